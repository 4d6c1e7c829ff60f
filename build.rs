//! Build script: lists every `scenarios/*.scenario` file for `src/library.rs`, so adding a
//! scenario to the library is adding a file, nothing more.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("scenarios");
    println!("cargo::rerun-if-changed=scenarios");
    let mut files: Vec<String> = fs::read_dir(dir)
        .expect("the scenarios folder exists")
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".scenario"))
        .collect();
    files.sort();
    let mut code = String::from("&[\n");
    for file in &files {
        println!("cargo::rerun-if-changed=scenarios/{file}");
        code.push_str(&format!(
            "    Entry {{ file: {file:?}, source: include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/scenarios/\", {file:?})) }},\n"
        ));
    }
    code.push_str("]\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("library.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
