//! Build script: lists every `scenarios/*.scenario` file for the library crate, and every
//! translation of one (`translations/<language>/<source id>.scenario`), so adding a
//! scenario or a translation to the library is adding a file, nothing more.
//!
//! It writes three lists into `OUT_DIR`: `library.rs` and `translations.rs`, every file's
//! text embedded with `include_str!` (the native CLI and tests use them), and `index.rs`,
//! each file's listing (id, title, summary, level, minutes, pass mark, skills, language and
//! the scenario a translation is of), read from its header here so the web
//! app can show the library without shipping or parsing the scenarios' text. The header reading below is
//! deliberately small; `tests/it/library.rs` checks that it agrees with the engine.

use std::fs;
use std::path::Path;

/// The pass mark of a file whose header names none: the engine's `DEFAULT_PASS`.
const DEFAULT_PASS: u32 = 70;

#[expect(clippy::expect_used, reason = "a build script that cannot write OUT_DIR must stop the build")]
fn main() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut library = String::from("&[\n");
    let mut translations = String::from("&[\n");
    let mut index = String::from("&[\n");
    for file in files(&root.join("scenarios")) {
        library.push_str(&format!("    {},\n", entry("scenarios", &file)));
        index.push_str(&format!("    {},\n", listing(root, "scenarios", &file, None)));
    }
    // Translations of built-in scenarios: translations/<language>/<source id>.scenario.
    let folder = root.join("translations");
    println!("cargo::rerun-if-changed={}", folder.display());
    let mut languages: Vec<String> = fs::read_dir(&folder)
        .map(|found| found.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()))
        .into_iter()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    for language in &languages {
        let dir = folder.join(language);
        for file in files(&dir) {
            let of = file.trim_end_matches(".scenario");
            let path = format!("translations/{language}");
            translations.push_str(&format!("    Translation {{ of: {of:?}, entry: {} }},\n", entry(&path, &file)));
            index.push_str(&format!("    {},\n", listing(root, &path, &file, Some(of))));
        }
    }
    for list in [&mut library, &mut translations, &mut index] {
        list.push_str("]\n");
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("library.rs"), library).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("translations.rs"), translations).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("index.rs"), index).expect("OUT_DIR is writable");
}

/// The `*.scenario` files of a folder, sorted by name.
#[expect(
    clippy::expect_used,
    reason = "a build script that cannot read the scenarios must stop the build, naming what failed"
)]
fn files(dir: &Path) -> Vec<String> {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("the scenarios folder exists")
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".scenario"))
        .collect();
    files.sort();
    for file in &files {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
    }
    files
}

/// An `Entry` of the file `folder/file` (under the repository's root), its text included.
fn entry(folder: &str, file: &str) -> String {
    format!(
        "Entry {{ file: {file:?}, source: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../{folder}/\", {file:?})) }}"
    )
}

/// The `Listing` of the file `folder/file` (under the repository's root), read from its header.
#[expect(
    clippy::expect_used,
    reason = "a build script that cannot read a scenario must stop the build, naming what failed"
)]
fn listing(root: &Path, folder: &str, file: &str, of: Option<&str>) -> String {
    let source = fs::read_to_string(root.join(folder).join(file)).expect("a readable scenario file");
    let header = header(&source);
    let field = |key: &str| header.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let skills: Vec<String> = field("skills")
        .unwrap_or_default()
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    format!(
        "Listing {{ id: {:?}, file: \"{folder}/{file}\", title: {:?}, summary: {:?}, level: {:?}, minutes: {:?}, pass: {}, skills: &{skills:?}, language: {:?}, of: {of:?} }}",
        field("id").unwrap_or_default(),
        field("title").unwrap_or_default(),
        field("summary").unwrap_or_default(),
        field("level"),
        field("minutes").and_then(|m| m.parse::<u32>().ok()),
        field("pass").and_then(|m| m.parse::<u32>().ok()).unwrap_or(DEFAULT_PASS),
        field("language").unwrap_or_else(|| "en".to_string()),
    )
}

/// The header's `key: value` fields, in order: the lines before the first `==` block, with
/// comments skipped and lines indented deeper than their key joined onto its value by spaces.
fn header(source: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut open: Option<usize> = None;
    for line in source.lines() {
        let text = line.trim();
        if text.starts_with("//") {
            continue;
        }
        if text.starts_with("==") {
            break;
        }
        let indent = line.len() - line.trim_start().len();
        if text.is_empty() {
            open = None;
        } else if open.is_some_and(|column| indent > column)
            && let Some((_, value)) = fields.last_mut()
        {
            if !value.is_empty() {
                value.push(' ');
            }
            value.push_str(text);
        } else if let Some((key, value)) = text.split_once(':').filter(|(k, _)| !k.contains(' ')) {
            fields.push((key.to_string(), value.trim().to_string()));
            open = Some(indent);
        } else {
            open = None;
        }
    }
    fields
}
