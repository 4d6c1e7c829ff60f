//! Build script: lists every `scenarios/*.scenario` file for the library crate, so adding a
//! scenario to the library is adding a file, nothing more.
//!
//! It writes two lists into `OUT_DIR`: `library.rs`, every file's text embedded with
//! `include_str!` (the native CLI and tests use it), and `index.rs`, each file's listing (id,
//! title, summary, level, minutes, pass mark, skills), read from its header here so the web
//! app can show the library without shipping or parsing the scenarios' text. The header reading below is
//! deliberately small; `tests/it/library.rs` checks that it agrees with the engine.

use std::fs;
use std::path::Path;

/// The pass mark of a file whose header names none: the engine's `DEFAULT_PASS`.
const DEFAULT_PASS: u32 = 70;

#[expect(
    clippy::expect_used,
    reason = "a build script that cannot read the scenarios or write OUT_DIR must stop the build, naming what failed"
)]
fn main() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios"));
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("the scenarios folder exists")
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".scenario"))
        .collect();
    files.sort();
    let mut library = String::from("&[\n");
    let mut index = String::from("&[\n");
    for file in &files {
        println!("cargo::rerun-if-changed={}", dir.join(file).display());
        library.push_str(&format!(
            "    Entry {{ file: {file:?}, source: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../scenarios/\", {file:?})) }},\n"
        ));
        let source = fs::read_to_string(dir.join(file)).expect("a readable scenario file");
        let header = header(&source);
        let field = |key: &str| header.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let skills: Vec<String> = field("skills")
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
        index.push_str(&format!(
            "    Listing {{ id: {:?}, file: {file:?}, title: {:?}, summary: {:?}, level: {:?}, minutes: {:?}, pass: {}, skills: &{skills:?} }},\n",
            field("id").unwrap_or_default(),
            field("title").unwrap_or_default(),
            field("summary").unwrap_or_default(),
            field("level"),
            field("minutes").and_then(|m| m.parse::<u32>().ok()),
            field("pass").and_then(|m| m.parse::<u32>().ok()).unwrap_or(DEFAULT_PASS),
        ));
    }
    library.push_str("]\n");
    index.push_str("]\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("library.rs"), library).expect("OUT_DIR is writable");
    fs::write(Path::new(&out).join("index.rs"), index).expect("OUT_DIR is writable");
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
