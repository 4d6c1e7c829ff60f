//! Architecture invariants as failing tests. The workspace's crate graph states most of the
//! architecture (see ARCHITECTURE.md) and the compiler enforces it; these tests pin the
//! graph itself, so a new dependency is a decision rather than an accident, and check what
//! the graph cannot: that the pure crates do no IO and read no clock, that platform gates
//! stay rare, and that every source file says what it is for.

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

/// Every crate of the workspace: its folder, and the crates it may depend on (ours and
/// others', normal dependencies only). The order is the graph's, lowest first.
const GRAPH: &[(&str, &[&str])] = &[
    ("crates/engine", &["rand", "rand_chacha"]),
    ("crates/library", &[]),
    ("crates/figures", &["engine"]),
    ("crates/codec", &["engine"]),
    ("crates/mqtt", &[]),
    ("crates/lms", &["engine", "codec", "site"]),
    ("crates/site", &[]),
    ("crates/storage", &["site", "wasm-bindgen", "js-sys", "web-sys"]),
    ("crates/workshop", &["engine", "codec", "site", "mqtt", "ed25519-compact", "sha2"]),
    ("crates/evidence", &["engine", "figures", "codec", "lms", "workshop", "site", "sha2"]),
    ("crates/translation", &["engine", "quick-xml"]),
    ("crates/report", &["engine", "figures", "annotate-snippets"]),
    (
        "crates/web",
        &[
            "engine",
            "figures",
            "codec",
            "library",
            "lms",
            "workshop",
            "evidence",
            "site",
            "storage",
            "yew",
            "wasm-bindgen",
            "wasm-bindgen-futures",
            "js-sys",
            "web-sys",
        ],
    ),
    ("modules/app", &["web", "site", "wasm-bindgen", "web-sys", "lol_alloc"]),
    ("modules/play", &["web", "site", "wasm-bindgen", "wasm-bindgen-futures", "web-sys", "lol_alloc"]),
    ("modules/join", &["web", "site", "wasm-bindgen", "web-sys", "lol_alloc"]),
    ("modules/vote", &["web", "site", "wasm-bindgen", "web-sys", "lol_alloc"]),
    ("modules/author", &["web", "wasm-bindgen", "web-sys"]),
    ("modules/cohort", &["web", "wasm-bindgen", "web-sys"]),
    ("modules/review", &["web", "wasm-bindgen", "web-sys"]),
    ("modules/workshop", &["web", "wasm-bindgen", "web-sys"]),
    (
        "modules/lms",
        &[
            "engine",
            "figures",
            "codec",
            "lms",
            "site",
            "storage",
            "wasm-bindgen",
            "wasm-bindgen-futures",
            "js-sys",
            "web-sys",
        ],
    ),
    (
        ".",
        &[
            "engine",
            "codec",
            "library",
            "lms",
            "workshop",
            "evidence",
            "translation",
            "report",
            "site",
            "clap",
            "serde_json",
            "zip",
            "mimalloc",
            "rumqttd",
            "getrandom",
            "ctrlc",
            "ureq",
        ],
    ),
];

/// The names under `[dependencies]` in a manifest (not dev- or build-dependencies).
fn dependencies(manifest: &Path) -> Vec<String> {
    let text = fs::read_to_string(manifest).expect("readable manifest");
    let mut names = Vec::new();
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == "[dependencies]";
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
            names.push(name.to_string());
        }
    }
    names
}

#[test]
fn the_crate_graph_is_the_one_drawn_in_architecture_md() {
    let mut found: Vec<String> = ["crates", "modules"]
        .iter()
        .flat_map(|dir| fs::read_dir(root().join(dir)).expect("readable folder"))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.join("Cargo.toml").is_file())
        .map(|path| path.strip_prefix(root()).expect("under the root").display().to_string())
        .collect();
    found.push(".".to_string());
    found.sort();
    let mut listed: Vec<String> = GRAPH.iter().map(|(dir, _)| dir.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed, "every crate of the workspace is in GRAPH, and nothing else");

    let mut offences = Vec::new();
    for (dir, allowed) in GRAPH {
        for name in dependencies(&root().join(dir).join("Cargo.toml")) {
            if !allowed.contains(&name.as_str()) {
                offences.push(format!("{dir} depends on `{name}`"));
            }
        }
    }
    assert!(offences.is_empty(), "dependencies the architecture does not allow:\n{}", offences.join("\n"));

    let architecture = fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    for (dir, _) in GRAPH.iter().filter(|(dir, _)| *dir != ".") {
        assert!(architecture.contains(&format!("`{dir}`")), "ARCHITECTURE.md names `{dir}`");
    }
}

/// The crates that run anywhere and must stay pure: no IO, no clock, no environment, no
/// threads. (The graph already keeps the browser out of them.)
const PURE: &[&str] = &[
    "crates/engine",
    "crates/figures",
    "crates/codec",
    "crates/mqtt",
    "crates/library/src",
    "crates/lms",
    "crates/workshop",
    "crates/evidence",
    "crates/translation",
    "crates/site",
];

/// What would give a pure crate IO, a clock or the process's environment.
const IMPURE: &[&str] = &[
    "std::fs",
    "std::io",
    "std::env",
    "std::net",
    "std::thread",
    "std::process",
    "SystemTime",
    "Instant::now",
    "println!",
    "eprintln!",
];

#[test]
fn the_pure_crates_do_no_io_and_read_no_clock() {
    let mut offences = Vec::new();
    for dir in PURE {
        let files = rust_files(&root().join(dir));
        assert!(!files.is_empty(), "{dir} holds Rust files");
        for file in files {
            let text = fs::read_to_string(&file).expect("readable file");
            // Unit tests may print and read fixtures.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (n, line) in code.lines().enumerate() {
                let line = line.trim_start();
                if line.starts_with("//") {
                    continue;
                }
                for word in IMPURE {
                    if line.contains(word) {
                        offences.push(format!("{}:{}: uses `{word}`", file.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(offences.is_empty(), "the pure crates must stay pure:\n{}", offences.join("\n"));
}

#[test]
fn no_crate_is_gated_on_the_platform() {
    // A crate is built for one kind of target or for every target alike; what differs is
    // which crates a build takes in, never cfg gates inside one.
    let mut offences = Vec::new();
    for dir in ["src", "crates", "modules"] {
        for file in rust_files(&root().join(dir)) {
            let text = fs::read_to_string(&file).expect("readable file");
            for (n, line) in text.lines().enumerate() {
                if line.contains("cfg(") && line.contains("target_arch") {
                    offences.push(format!("{}:{}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(offences.is_empty(), "gated on the platform:\n{}", offences.join("\n"));
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    let mut missing = Vec::new();
    for dir in ["src", "crates", "modules", "tests/it", "benches"] {
        for file in rust_files(&root().join(dir)) {
            let text = fs::read_to_string(&file).expect("readable file");
            if !text.trim_start().starts_with("//!") {
                missing.push(file.display().to_string());
            }
        }
    }
    assert!(missing.is_empty(), "these files need a `//!` doc at the top:\n{}", missing.join("\n"));
}

/// The registry (`site::Module`) and the page agree: `index.html` builds one crate under
/// `modules/` per module, by the module's name, and nothing else. Trunk reads the page, so
/// it cannot be generated; this keeps the two lists one fact.
#[test]
fn index_html_builds_every_registered_module() {
    let page = fs::read_to_string(root().join("index.html")).expect("index.html");
    let mut built: Vec<String> = page
        .lines()
        .filter(|line| line.contains("rel=\"rust\""))
        .map(|line| {
            let attribute = |name: &str| {
                let start = line.find(&format!("{name}=\"")).map(|i| i + name.len() + 2).expect("the attribute");
                line[start..].split('"').next().unwrap_or_default().to_string()
            };
            let (href, bin) = (attribute("href"), attribute("data-bin"));
            assert_eq!(href, format!("modules/{bin}/Cargo.toml"), "a module's crate is modules/<its name>");
            bin
        })
        .collect();
    built.sort();
    let mut registered: Vec<String> = site::Module::ALL.iter().map(|m| m.name().to_string()).collect();
    registered.sort();
    assert_eq!(built, registered, "index.html builds every module of site::Module, and only those");
    let mut crates: Vec<String> = fs::read_dir(root().join("modules"))
        .expect("modules/")
        .map(|entry| entry.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    crates.sort();
    assert_eq!(crates, registered, "one crate under modules/ per registered module");
}
