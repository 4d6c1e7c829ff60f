//! Golden diagnostics: every broken (or only warned-of) fixture under `fixtures/diagnostics/`
//! is checked, and the full rendering of its diagnostics must equal its `.expected` file.
//!
//! Run with `UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change, then
//! read the diff: the expected files are what an author sees.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use engine::{self, diagnostic};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/it/fixtures/diagnostics")
}

/// Each fixture's name and source, sorted by name.
fn scenarios() -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = fs::read_dir(fixtures())
        .expect("the fixtures folder exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "scenario"))
        .map(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 name").to_string();
            (name, fs::read_to_string(&path).expect("a readable fixture"))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_fixture_renders_as_expected() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for (name, source) in scenarios() {
        let (scenario, diagnostics) = engine::check(&source);
        let warned = diagnostics.iter().all(|d| d.severity == engine::Severity::Warning);
        assert!(!diagnostics.is_empty() && (scenario.is_none() || warned), "{name} should be broken or warned of");
        let rendered = report::diagnostics(&name, &source, &diagnostics);
        let expected_path = fixtures().join(name.replace(".scenario", ".expected"));
        if update {
            fs::write(&expected_path, &rendered).expect("the expected file is writable");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if rendered != expected {
            mismatches.push(format!("{name}: got\n{rendered}"));
        }
    }
    assert!(
        mismatches.is_empty(),
        "rendered diagnostics differ from the .expected files (UPDATE_GOLDEN=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn the_fixtures_cover_every_diagnostic_code() {
    let mut covered = BTreeSet::new();
    for (_, source) in scenarios() {
        covered.extend(engine::check(&source).1.iter().map(|d| d.code));
    }
    // `analysis-limit` needs a scenario of a million situations; the engine's unit tests
    // cover it with a small limit instead.
    let missing: Vec<&&str> = diagnostic::code::ALL
        .iter()
        .filter(|code| !covered.contains(*code) && **code != diagnostic::code::ANALYSIS_LIMIT)
        .collect();
    assert!(missing.is_empty(), "no fixture produces {missing:?}");
    let unknown: Vec<&&str> = covered.iter().filter(|code| !diagnostic::code::ALL.contains(code)).collect();
    assert!(unknown.is_empty(), "codes missing from diagnostic::code::ALL: {unknown:?}");
}
