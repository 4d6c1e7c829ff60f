//! `translate export` and `import`, run as the real binary: every library scenario's export
//! validates against the vendored OASIS XLIFF 2.0 schema and comes back unchanged; a
//! translation of every unit is laid out, checked and read back; a changed source is marked
//! and refused; a translation that does not fit is refused with nothing written; and the
//! committed translations are current.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use translation::xliff::{self, State};

use crate::cli::{cli, scratch};
use crate::plans::root;

const SCHEMA: &str = "schemas/xliff-2.0/xliff_core_2.0.xsd";

fn library() -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(root().join("scenarios"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "scenario"))
        .map(|p| p.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    found.sort();
    found
}

/// Asserts that `xmllint` validates the files against the XLIFF 2.0 core schema.
fn validates(files: &[String]) {
    let output = Command::new("xmllint")
        .args(["--noout", "--schema", SCHEMA])
        .args(files)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("xmllint cannot run ({e}): `./x setup` installs it (Debian's libxml2-utils)"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    for file in files {
        assert!(stderr.contains(&format!("{file} validates")), "{file}: {stderr}");
    }
}

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn every_export_is_valid_xliff_and_comes_back_unchanged() {
    let dir = scratch("translate-round-trip");
    let mut exports = Vec::new();
    for scenario in library() {
        let name = Path::new(&scenario).file_stem().unwrap().to_string_lossy().into_owned();
        let xlf = path(&dir, &format!("{name}.xlf"));
        let run = cli(&["translate", "export", &scenario, "--to", "en-GB", "--fill", "-o", &xlf], "");
        assert_eq!(run.code, Some(0), "{scenario}: {}", run.stderr);
        exports.push(xlf.clone());
        let back = path(&dir, &format!("{name}.scenario"));
        let run = cli(&["translate", "import", &scenario, &xlf, "-o", &back], "");
        assert_eq!(run.code, Some(0), "{scenario}: {}", run.stderr);
        let source = fs::read_to_string(root().join(&scenario)).unwrap();
        let expect = source.replacen("\nlanguage: en\n", "\nlanguage: en-GB\n", 1);
        assert_eq!(fs::read_to_string(&back).unwrap(), expect, "{scenario}: only `language:` changes");
    }
    validates(&exports);
}

/// A stand-in translation: every word changed, longer, with accents and a no-break space.
fn pseudo(text: &str) -> String {
    text.split('\n')
        .map(|line| {
            line.split(' ')
                .map(|word| {
                    if word.len() > 3 && word.chars().all(char::is_alphabetic) {
                        format!("{}é{}", word, "x".repeat(word.len() / 3))
                    } else {
                        word.replace('?', "\u{a0}?")
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The file without its units' text.
fn skeleton(text: &str) -> String {
    let mut out = text.to_string();
    for unit in translation::units(text).iter().rev() {
        out.replace_range(unit.range(), "");
    }
    out
}

#[test]
fn a_translation_of_every_unit_fits_every_library_scenario() {
    for scenario in library() {
        let source = fs::read_to_string(root().join(&scenario)).unwrap();
        let loaded = engine::read(&source).unwrap();
        let mut exported = translation::export(&source, &loaded, "fr", None, false).document;
        for entry in &mut exported.entries {
            entry.target = Some(pseudo(&entry.source));
            entry.state = State::Translated;
        }
        let document = xliff::read(&xliff::write(&exported)).unwrap();
        let imported = translation::import(&source, &loaded, &document, translation::Options::default())
            .unwrap_or_else(|p| {
                panic!("{scenario}: {}", p.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))
            });
        let translated = engine::read(&imported.text).unwrap();
        assert_eq!(translated.meta.language, "fr");
        assert_eq!(translated.meta.title, pseudo(&loaded.meta.title), "{scenario}");
        // The translated file's units are the translation, one for one.
        let units: HashMap<String, String> = translation::units(&imported.text)
            .into_iter()
            .map(|u| (u.id, translation::units::normalize(&u.text)))
            .collect();
        for entry in &document.entries {
            assert_eq!(units.get(&entry.id), entry.target.as_ref(), "{scenario}: {}", entry.id);
        }
        // Only the words changed: without its units' text, the file is the same.
        let expect = skeleton(&source).replacen("\nlanguage: en\n", "\nlanguage: fr\n", 1);
        assert_eq!(skeleton(&imported.text), expect, "{scenario}");
    }
}

#[test]
fn a_changed_source_is_marked_for_review_and_refused_until_taken() {
    let dir = scratch("translate-changed");
    let scenario = path(&dir, "s.scenario");
    let original = fs::read_to_string(root().join("scenarios/launch-support-scripts.scenario")).unwrap();
    fs::write(&scenario, &original).unwrap();
    let first = path(&dir, "first.xlf");
    assert_eq!(cli(&["translate", "export", &scenario, "--to", "fr", "--fill", "-o", &first], "").code, Some(0));

    let edited = original.replace("ask: What do you do first?", "ask: What do you do before anything else?");
    fs::write(&scenario, &edited).unwrap();
    let second = path(&dir, "second.xlf");
    let run = cli(&["translate", "export", &scenario, "--to", "fr", "--update", &first, "-o", &second], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("1 whose source changed, marked for review: first-move.ask"), "{}", run.stderr);
    let document = xliff::read(&fs::read_to_string(&second).unwrap()).unwrap();
    let ask = document.entries.iter().find(|e| e.id == "first-move.ask").unwrap();
    assert_eq!(ask.state, State::Initial);
    assert_eq!(ask.source, "What do you do before anything else?");
    assert_eq!(ask.changed.as_deref().map(|c| c.contains("What do you do first?")), Some(true));
    assert_eq!(ask.target.as_deref(), Some("What do you do first?"), "the old translation is kept for review");
    let untouched = document.entries.iter().find(|e| e.id == "title").unwrap();
    assert!(untouched.changed.is_none() && untouched.target.is_some());
    validates(std::slice::from_ref(&second));

    // Imported from the first export, or from the updated one before review: refused.
    let out = path(&dir, "out.scenario");
    for xlf in [&first, &second] {
        let run = cli(&["translate", "import", &scenario, xlf, "-o", &out], "");
        assert_eq!(run.code, Some(2), "{}", run.stderr);
        assert!(run.stderr.contains("first-move.ask") && run.stderr.contains("--allow-stale"), "{}", run.stderr);
        assert!(!Path::new(&out).exists(), "nothing written");
    }
    let run = cli(&["translate", "import", &scenario, &second, "-o", &out, "--allow-stale"], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("warning: 1 taken from an older source: first-move.ask"), "{}", run.stderr);
    assert!(fs::read_to_string(&out).unwrap().contains("ask: What do you do first?"));

    // A translator revises the unit and confirms it (the note may stay): it imports.
    let text = fs::read_to_string(&second).unwrap();
    let at = text.find("<unit id=\"first-move.ask\">").unwrap();
    let (before, unit) = text.split_at(at);
    let revised = unit.replacen("<segment state=\"initial\">", "<segment state=\"translated\">", 1).replacen(
        ">What do you do first?</target>",
        ">Que faites-vous avant tout ?</target>",
        1,
    );
    fs::write(&second, format!("{before}{revised}")).unwrap();
    let run = cli(&["translate", "import", &scenario, &second, "-o", &out], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(fs::read_to_string(&out).unwrap().contains("ask: Que faites-vous avant tout ?"));
}

#[test]
fn translations_that_do_not_fit_are_refused_and_nothing_is_written() {
    let dir = scratch("translate-refusals");
    let scenario = "scenarios/launch-support-scripts.scenario";
    let xlf = path(&dir, "fr.xlf");
    assert_eq!(cli(&["translate", "export", scenario, "--to", "fr", "--fill", "-o", &xlf], "").code, Some(0));
    let good = fs::read_to_string(&xlf).unwrap();
    let cases: [(&str, String, &str); 8] = [
        ("another scenario", good.replace("<file id=\"launch-support-scripts\"", "<file id=\"poor-soil\""), "of the scenario `poor-soil`"),
        ("another source language", good.replace("srcLang=\"en\"", "srcLang=\"de\""), "is from `de`"),
        ("an unknown unit", good.replace("<unit id=\"title\">", "<unit id=\"kickoff.p99\">"), "the scenario does not have: `kickoff.p99`"),
        (
            "a missing translation",
            good.replacen("<target xml:space=\"preserve\">Launch week, old scripts</target>", "", 1),
            "not translated yet: `title`",
        ),
        (
            "a line break in a one-line unit",
            good.replace(
                "<target xml:space=\"preserve\">Support load</target>",
                "<target xml:space=\"preserve\">Support<ph id=\"1\" type=\"fmt\" subType=\"xlf:lb\"/>load</target>",
            ),
            "`state:support_load` must stay on one line",
        ),
        (
            "syntax in a translation",
            good.replacen(
                "<target xml:space=\"preserve\">What do you do first?</target>",
                "<target xml:space=\"preserve\">What?<ph id=\"1\" type=\"fmt\" subType=\"xlf:lb\"/>-&gt; the-end</target>",
                1,
            ),
            "the translation of `first-move.ask` would change the file's structure",
        ),
        ("XLIFF 1.2", "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>".into(), "XLIFF 1.2"),
        ("broken XML", good.replace("</file>", ""), "not well-formed XML"),
    ];
    let out = path(&dir, "out.scenario");
    fs::write(&out, "kept").unwrap();
    for (case, text, reason) in cases {
        let bad = path(&dir, "bad.xlf");
        fs::write(&bad, text).unwrap();
        let run = cli(&["translate", "import", scenario, &bad, "-o", &out], "");
        assert_eq!(run.code, Some(2), "{case}: {}", run.stderr);
        assert!(run.stderr.contains(reason), "{case}: {}", run.stderr);
        assert_eq!(fs::read_to_string(&out).unwrap(), "kept", "{case}: nothing written");
    }
    let run = cli(&["translate", "export", scenario, "--to", "not a tag"], "");
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("is not a BCP 47 language tag"), "{}", run.stderr);
}

#[test]
fn the_committed_translations_are_current_and_import_to_their_scenarios() {
    let folder = root().join("translations");
    let mut checked = 0;
    for language in fs::read_dir(&folder).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()) {
        let tag = language.file_name().unwrap().to_string_lossy().into_owned();
        for xlf in fs::read_dir(&language).unwrap().map(|e| e.unwrap().path()) {
            if xlf.extension().is_none_or(|e| e != "xlf") {
                continue;
            }
            let id = xlf.file_stem().unwrap().to_string_lossy().into_owned();
            let scenario = format!("scenarios/{id}.scenario");
            let xlf_name = xlf.strip_prefix(root()).unwrap().display().to_string();
            validates(std::slice::from_ref(&xlf_name));
            let run = cli(&["translate", "import", &scenario, &xlf_name, "--id", &format!("{id}-{tag}")], "");
            assert_eq!(run.code, Some(0), "{xlf_name} is current with {scenario}: {}", run.stderr);
            let committed = fs::read_to_string(language.join(format!("{id}.scenario"))).unwrap();
            assert_eq!(
                run.stdout, committed,
                "translations/{tag}/{id}.scenario is `translate import --id {id}-{tag}` of its XLIFF"
            );
            let document = xliff::read(&fs::read_to_string(&xlf).unwrap()).unwrap();
            assert_eq!(document.target_language, tag);
            assert!(
                document.entries.iter().all(|e| e.target.as_ref() != Some(&e.source) || e.source.len() < 40),
                "{xlf_name}: every unit is translated, not left as its source"
            );
            checked += 1;
        }
    }
    assert!(checked >= 2, "at least two built-in scenarios are translated");
}
