//! `judgement-call package`, run as a real binary against a small stand-in for the built app:
//! every format's zip is unpacked and its manifest validated with `xmllint` against the
//! official schemas (vendored in `schemas/`); the zip's layout, file lists, launch
//! parameters, escaping, determinism and failures are checked too.
//!
//! The manifest and zip logic do not need the real app, so these tests pass `--dist` with a
//! few placeholder files; the real app is exercised in a package by the browser tests.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::plans::root;

const FIRST_CALL: &str = "tests/it/fixtures/first-call.scenario";
const LIBRARY_SCENARIO: &str = "scenarios/launch-support-scripts.scenario";

/// The SCORM 1.2 schemas as one: xmllint does not follow the manifest's imported namespaces,
/// so this driver imports both (as in the LMS research harness).
const SCORM12_DRIVER: &str = r#"<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-driver" elementFormDefault="qualified">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xs:schema>
"#;

/// The SCORM 2004 schemas as one. Validating against `imscp_v1p1.xsd` alone would let a
/// wrong `adlcp:scormType` through; importing every namespace checks it.
const SCORM2004_DRIVER: &str = r#"<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-driver" elementFormDefault="qualified">
  <xs:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xs:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/>
</xs:schema>
"#;

/// A fresh, empty folder for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judgement-call-package-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// A stand-in for Trunk's `dist/`: the files the real build makes, and one in a subfolder.
fn fake_dist(dir: &Path) -> PathBuf {
    let dist = dir.join("dist");
    fs::create_dir_all(dist.join("assets")).expect("a dist folder");
    for (name, text) in [
        (
            "index.html",
            "<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; connect-src 'self'; object-src 'none'\" /><title>Judgement Call</title><script type=\"module\" src=\"boot.js\"></script>",
        ),
        ("boot.js", "import init from \"./app.js\"; init();"),
        ("app.js", "export default function init() {}"),
        ("app_bg.wasm", "\0asm\u{1}\0\0\0"),
        ("app.css", "body { margin: 0; }"),
        ("assets/icon.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
    ] {
        fs::write(dist.join(name), text).expect("a dist file");
    }
    dist
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn cli(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the CLI starts");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Builds a package and returns its entries, by name, in zip order.
fn package(dir: &Path, format: &str, inputs: &[&str]) -> Vec<(String, Vec<u8>)> {
    let zip = dir.join(format!("{format}.zip"));
    let dist = fake_dist(dir);
    let mut args = vec!["package", "--format", format, "-o"];
    let (zip_arg, dist_arg) = (zip.display().to_string(), dist.display().to_string());
    args.extend([zip_arg.as_str(), "--dist", dist_arg.as_str()]);
    args.extend(inputs);
    let run = cli(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.starts_with("wrote "), "{}", run.stdout);
    entries(&zip)
}

fn entries(zip: &Path) -> Vec<(String, Vec<u8>)> {
    let file = fs::File::open(zip).expect("the zip exists");
    let mut archive = zip::ZipArchive::new(file).expect("a readable zip");
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).expect("a readable entry");
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).expect("a readable entry");
            (entry.name().expect("a UTF-8 name").to_string(), bytes)
        })
        .collect()
}

/// Writes the entries into `dir`, as an LMS unpacks the zip.
fn unpack(entries: &[(String, Vec<u8>)], dir: &Path) {
    for (name, bytes) in entries {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        fs::write(path, bytes).expect("an unpacked file");
    }
}

fn text(entries: &[(String, Vec<u8>)], name: &str) -> String {
    let bytes = entries.iter().find(|(n, _)| n == name).map(|(_, b)| b.clone()).unwrap_or_default();
    String::from_utf8(bytes).expect("UTF-8 text")
}

/// The values of every `attribute="…"` in an XML text.
fn attributes(xml: &str, attribute: &str) -> Vec<String> {
    let marker = format!(" {attribute}=\"");
    xml.match_indices(&marker)
        .filter_map(|(at, _)| xml[at + marker.len()..].split_once('"').map(|(v, _)| v.to_string()))
        .collect()
}

/// Asserts that `xmllint` validates `file` against `schema` (paths relative to `dir`).
fn validates(dir: &Path, schema: &Path, file: &str) {
    let output = Command::new("xmllint")
        .args(["--noout", "--schema"])
        .arg(schema)
        .arg(file)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("xmllint cannot run ({e}): `./x setup` installs it (Debian's libxml2-utils)"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success() && stderr.contains(&format!("{file} validates")), "{}: {stderr}", dir.display());
}

/// The checks every package passes: the manifest at the root, forward slashes and no
/// wrapping folder, and (SCORM) the launch file and every shipped file listed.
fn check_layout(entries: &[(String, Vec<u8>)], manifest: &str) {
    assert_eq!(entries.first().map(|(n, _)| n.as_str()), Some(manifest), "the manifest comes first, at the root");
    for (name, _) in entries {
        assert!(!name.contains('\\') && !name.starts_with('/') && !name.contains(".."), "{name}");
    }
    let top: BTreeSet<&str> = entries.iter().map(|(n, _)| n.split('/').next().unwrap_or_default()).collect();
    assert!(top.contains("index.html") && top.len() > 2, "no wrapping folder: {top:?}");
    let xml = text(entries, manifest);
    if manifest == "imsmanifest.xml" {
        let listed: BTreeSet<String> = attributes(&xml, "href").into_iter().collect();
        let shipped: BTreeSet<String> = entries.iter().map(|(n, _)| n.clone()).filter(|n| n != manifest).collect();
        assert_eq!(listed, shipped, "every shipped file is listed, and every listed file shipped");
        let resource =
            xml.lines().find(|l| l.contains("adlcp:scormtype=\"sco\"") || l.contains("adlcp:scormType=\"sco\""));
        assert!(resource.is_some_and(|l| l.contains("href=\"index.html\"")), "the launch file is the SCO's href");
    } else {
        assert!(xml.contains("<url>index.html</url>"));
    }
}

fn check_schemas(dir: &Path, format: &str, entries: &[(String, Vec<u8>)]) {
    unpack(entries, dir);
    match format {
        "scorm12" => {
            fs::write(dir.join("driver.xsd"), SCORM12_DRIVER).expect("the driver schema");
            validates(dir, Path::new("driver.xsd"), "imsmanifest.xml");
        }
        "scorm2004" => {
            fs::write(dir.join("driver.xsd"), SCORM2004_DRIVER).expect("the driver schema");
            validates(dir, Path::new("driver.xsd"), "imsmanifest.xml");
        }
        _ => validates(dir, &root().join("schemas/cmi5/CourseStructure.xsd"), "cmi5.xml"),
    }
}

#[test]
fn every_format_validates_against_the_official_schemas() {
    for format in ["scorm12", "scorm2004", "cmi5"] {
        let manifest = if format == "cmi5" { "cmi5.xml" } else { "imsmanifest.xml" };
        for (case, inputs) in
            [("one", vec![FIRST_CALL]), ("two", vec![FIRST_CALL, LIBRARY_SCENARIO]), ("all", vec!["--all"])]
        {
            let dir = scratch(&format!("{format}-{case}"));
            let entries = package(&dir, format, &inputs);
            check_layout(&entries, manifest);
            assert!(entries.iter().any(|(n, _)| n == "assets/icon.svg"), "subfolders keep their path");
            check_schemas(&dir.join("unpacked"), format, &entries);
            let _ = fs::remove_dir_all(&dir);
        }
    }
}

#[test]
fn one_scenario_launches_straight_into_it_and_the_library_opens_the_library() {
    let dir = scratch("launch");
    let one = package(&dir, "scorm12", &[FIRST_CALL]);
    let xml = text(&one, "imsmanifest.xml");
    assert_eq!(attributes(&xml, "parameters"), ["#/play/first-call"]);
    assert!(xml.contains("<adlcp:masteryscore>70</adlcp:masteryscore>"), "the pass mark is the mastery score");
    assert!(one.iter().any(|(n, _)| n == "scenarios/first-call.scenario"));
    let two = package(&dir, "scorm2004", &[FIRST_CALL, LIBRARY_SCENARIO]);
    let xml = text(&two, "imsmanifest.xml");
    assert_eq!(attributes(&xml, "parameters"), ["#/play/first-call", "#/play/launch-support-scripts"]);
    let all = package(&dir, "scorm2004", &["--all"]);
    let xml = text(&all, "imsmanifest.xml");
    assert!(attributes(&xml, "parameters").is_empty(), "the library needs no parameters");
    let scenarios = all.iter().filter(|(n, _)| n.starts_with("scenarios/")).count();
    assert_eq!(scenarios, library::ENTRIES.len() + library::TRANSLATIONS.len(), "the library and its translations");
    assert!(
        all.iter().any(|(n, _)| n == "scenarios/launch-support-scripts-fr.scenario"),
        "a translation under its own id"
    );
    let cmi5 = package(&dir, "cmi5", &[FIRST_CALL]);
    let xml = text(&cmi5, "cmi5.xml");
    assert!(xml.contains("<launchParameters>#/play/first-call</launchParameters>"));
    assert!(xml.contains("moveOn=\"Passed\" masteryScore=\"0.7\""));
    // A cmi5 unit sends statements to whatever endpoint the LMS names, so its page may connect
    // to any https origin; a SCORM package's page keeps to its own.
    assert!(text(&cmi5, "index.html").contains("connect-src 'self' https:;"));
    assert!(text(&one, "index.html").contains("connect-src 'self';"));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn titles_are_escaped_and_the_same_input_makes_the_same_zip() {
    let dir = scratch("escape");
    let source = fs::read_to_string(root().join(FIRST_CALL)).expect("the fixture");
    let source = source.replace("title: The first call", "title: Fish & <Chips> \"now\"");
    let file = dir.join("fish.scenario");
    fs::write(&file, source).expect("a scenario file");
    let file = file.display().to_string();
    for format in ["scorm12", "scorm2004", "cmi5"] {
        let entries = package(&dir, format, &[&file]);
        let manifest = &entries[0].0;
        assert!(text(&entries, manifest).contains("Fish &amp; &lt;Chips&gt; &quot;now&quot;"), "{format}");
        check_schemas(&dir.join(format!("unpacked-{format}")), format, &entries);
    }
    let first = fs::read(dir.join("scorm12.zip")).expect("the zip");
    package(&dir, "scorm12", &[&file]);
    assert_eq!(fs::read(dir.join("scorm12.zip")).expect("the zip"), first, "deterministic");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_stops_with_a_reason_and_no_zip() {
    let dir = scratch("bad");
    let zip = dir.join("out.zip").display().to_string();
    let dist = fake_dist(&dir);
    fs::remove_file(dist.join("index.html")).expect("the launch file");
    let dist = dist.display().to_string();
    let run = cli(&["package", "--format", "scorm12", FIRST_CALL, "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("has no index.html"), "{}", run.stderr);

    let dist = fake_dist(&dir).display().to_string();
    let broken = "tests/it/fixtures/diagnostics/routes.scenario";
    let run = cli(&["package", "--format", "scorm12", broken, "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(1), "a scenario with errors");
    assert!(run.stderr.contains("error["), "{}", run.stderr);

    let source = fs::read_to_string(root().join(FIRST_CALL)).expect("the fixture");
    let accented = dir.join("premiere.scenario");
    fs::write(&accented, source.replace("id: first-call", "id: première")).expect("a scenario file");
    let run = cli(&["package", "--format", "scorm2004", &accented.display().to_string(), "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(1), "a non-ASCII id cannot become an LMS identifier");
    assert!(run.stderr.contains("must be ASCII"), "{}", run.stderr);

    let run = cli(&["package", "--format", "cmi5", "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(2), "neither scenarios nor --all");
    let run = cli(&["package", "--format", "cmi5", FIRST_CALL, "--all", "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(2), "both scenarios and --all");
    let run = cli(&["package", "--format", "aicc", FIRST_CALL, "-o", &zip, "--dist", &dist]);
    assert_eq!(run.code, Some(2), "an unknown format");
    assert!(!Path::new(&zip).exists(), "no zip is left behind");

    // Outside a source tree there is no dist/ to build: --dist is needed.
    let outside = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
        .args(["package", "--format", "scorm12", "--all", "-o", &zip])
        .current_dir(&dir)
        .output()
        .expect("the CLI starts");
    assert_eq!(outside.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&outside.stderr).contains("--dist DIR"));
    let _ = fs::remove_dir_all(&dir);
}

/// `stage`, as Trunk runs it after a build: the library packed beside the app, one file per
/// built-in scenario that decodes to the scenario its text reads as, and boot.js given the
/// site's map in place of its marker, as JSON that names the play module for `#/play/…`.
#[test]
fn stage_packs_the_library_and_gives_boot_js_the_site_map() {
    let dir = scratch("stage");
    let boot = fs::read_to_string(root().join("web/boot.js")).expect("web/boot.js");
    fs::write(dir.join("boot.js"), &boot).expect("a staged boot.js");
    let run = cli(&["stage", &dir.display().to_string()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);

    for entry in library::ENTRIES.iter().chain(library::TRANSLATIONS.iter().map(|t| &t.entry)) {
        let scenario = engine::read(entry.source).expect("a valid built-in scenario");
        let packed = fs::read(dir.join("library").join(format!("{}.jcp", scenario.meta.id))).expect("a packed file");
        let unpacked = codec::pack::decode(&packed).expect("it decodes");
        assert_eq!(unpacked.hash, scenario.hash, "{}", entry.file);
        assert_eq!(unpacked.meta.id, scenario.meta.id, "{}", entry.file);
    }

    let staged = fs::read_to_string(dir.join("boot.js")).expect("the staged boot.js");
    assert!(!staged.contains("/* site */"), "the marker is replaced");
    let line = staged.lines().find(|l| l.starts_with("const SITE = ")).expect("the SITE line");
    let json = line.trim_start_matches("const SITE = ").trim_end_matches(';');
    let site: serde_json::Value = serde_json::from_str(json).expect("the site's map is JSON");
    assert_eq!(site["module"], "app");
    assert_eq!(site["lms"], "lms");
    assert_eq!(site["settings"], "judgement-call/v1/settings");
    assert_eq!(site["pages"][0]["segment"], "play");
    assert_eq!(site["pages"][0]["module"], "play");
    assert_eq!(site["scenario"], "library/{id}.jcp");

    // Staged twice (the marker is gone), it says so rather than shipping a boot.js without a map.
    let again = cli(&["stage", &dir.display().to_string()]);
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("no `/* site */ null`"), "{}", again.stderr);
    let _ = fs::remove_dir_all(&dir);
}
