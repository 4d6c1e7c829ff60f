//! Architecture invariants as failing tests: the engine stays pure, and every source file
//! says what it is for.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("readable source folder") {
            let path = entry.expect("readable entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Words that would tie the engine to the browser, to Yew, or to the layers above it.
const FORBIDDEN_IN_ENGINE: &[&str] =
    &["yew", "web_sys", "wasm_bindgen", "gloo", "crate::ui", "crate::lms", "ui::", "lms::"];

#[test]
fn engine_is_pure() {
    let files = rust_files(&root().join("src/engine"));
    assert!(!files.is_empty(), "src/engine holds the engine");
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable file");
        for (n, line) in text.lines().enumerate() {
            for word in FORBIDDEN_IN_ENGINE {
                if line.contains(word) {
                    offences.push(format!("{}:{}: mentions `{word}`", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "the engine must not depend on the browser or the layers above it:\n{}",
        offences.join("\n")
    );
}

/// Words that would give the LMS mapping IO, a clock, the browser or serde. The browser
/// bridges will live in `src/lms/bridge/`, the one place allowed to use them.
const FORBIDDEN_IN_LMS_MAPPING: &[&str] =
    &["yew", "web_sys", "js_sys", "wasm_bindgen", "gloo", "serde", "std::fs", "std::io", "SystemTime", "Instant::now"];

#[test]
fn lms_mapping_is_pure() {
    let files: Vec<PathBuf> = rust_files(&root().join("src/lms"))
        .into_iter()
        .filter(|f| !f.components().any(|c| c.as_os_str() == "bridge"))
        .collect();
    assert!(!files.is_empty(), "src/lms holds the mapping");
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable file");
        for (n, line) in text.lines().enumerate() {
            for word in FORBIDDEN_IN_LMS_MAPPING {
                if line.contains(word) && !line.trim_start().starts_with("//") {
                    offences.push(format!("{}:{}: mentions `{word}`", file.display(), n + 1));
                }
            }
        }
    }
    assert!(offences.is_empty(), "the LMS mapping must stay pure:\n{}", offences.join("\n"));
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    let mut missing = Vec::new();
    for dir in ["src", "tests/it"] {
        for file in rust_files(&root().join(dir)) {
            let text = fs::read_to_string(&file).expect("readable file");
            if !text.trim_start().starts_with("//!") {
                missing.push(file.display().to_string());
            }
        }
    }
    assert!(missing.is_empty(), "these files need a `//!` doc at the top:\n{}", missing.join("\n"));
}
