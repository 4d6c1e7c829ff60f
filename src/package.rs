//! `judgement-call package`: a scenario, several, or the whole library as a SCORM 1.2,
//! SCORM 2004 4th edition or cmi5 zip that an LMS imports as it is.
//!
//! The zip holds, with forward slashes and no wrapping folder: `imsmanifest.xml` (SCORM) or
//! `cmi5.xml` (cmi5) at the root; the schema files the SCORM manifest names; the built web
//! app (`index.html`, the launch file, and everything beside it); and the scenario files
//! under `scenarios/`. Every shipped file is listed in a `<file href>`. One scenario
//! launches straight into it (`#/play/<id>` as the item's `parameters` or the AU's
//! `launchParameters`); several become one item or AU each; `--all` is one item or AU that
//! opens the library.
//!
//! The app comes from `--dist DIR` when given, used as it is. Otherwise from the source
//! tree's `dist/`, which is first rebuilt with `trunk build --release` when it is missing or
//! older than any source of the app.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::SystemTime;

use engine::Scenario;
use library::ENTRIES;
use lms::Start;
use lms::limit::is_identifier;
use zip::write::SimpleFileOptions;

use crate::{files, out};

/// The standards a package can be built for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Standard {
    /// SCORM 1.2: `imsmanifest.xml` with ADL's 1.2 schemas.
    Scorm12,
    /// SCORM 2004 4th edition: `imsmanifest.xml` with the 4th edition's schemas.
    Scorm2004,
    /// cmi5: `cmi5.xml`, the course structure.
    Cmi5,
}

/// A schema file shipped in SCORM packages, embedded from `schemas/`.
struct Schema {
    name: &'static str,
    text: &'static str,
}

macro_rules! schemas {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(Schema { name: $name, text: include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/", $dir, "/", $name)) }),*]
    };
}

const SCORM12_SCHEMAS: &[Schema] =
    schemas!("scorm12": "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd", "adlcp_rootv1p2.xsd", "ims_xml.xsd");

const SCORM2004_SCHEMAS: &[Schema] = schemas!("scorm2004":
    "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd",
    "imsss_v1p0auxresource.xsd", "imsss_v1p0control.xsd", "imsss_v1p0delivery.xsd", "imsss_v1p0limit.xsd",
    "imsss_v1p0objective.xsd", "imsss_v1p0random.xsd", "imsss_v1p0rollup.xsd", "imsss_v1p0seqrule.xsd",
    "imsss_v1p0util.xsd", "xml.xsd", "datatypes.dtd", "XMLSchema.dtd",
);

/// The app's launch file, at the package root.
const LAUNCH: &str = "index.html";

/// One scenario to ship: its file name under `scenarios/`, its text and what it says.
struct Packed {
    file: String,
    text: String,
    scenario: Scenario,
}

pub fn run(standard: Standard, paths: &[PathBuf], all: bool, output: &Path, dist: Option<&Path>) -> ExitCode {
    match package(standard, paths, all, output, dist) {
        Ok(summary) => {
            out::line(&summary);
            ExitCode::SUCCESS
        }
        Err(Failure { message, code }) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            code
        }
    }
}

/// The files of the built app that make it installable and playable offline, which a
/// package leaves out.
const OFFLINE: &[&str] =
    &["service-worker.js", "manifest.webmanifest", "icon-192.png", "icon-512.png", "icon-maskable-512.png"];

/// The page's link to the install manifest, which a package's page drops.
const MANIFEST_LINK: &str = "<link rel=\"manifest\" href=\"manifest.webmanifest\" />";

/// The marker in `boot.js` that [`stage`] replaces with the site's map.
const SITE_MARKER: &str = "/* site */ null";

/// Readies a build of the web app in `dir` (Trunk's staging folder; see Trunk.toml): every
/// built-in scenario packed to `dir/library/<id>.jcp`, the files the web app plays the
/// library from, so it never parses scenario text for them; and the site's map
/// (`site::module::boot_table`) written into `dir/boot.js`, so the page's starter knows
/// which module draws which link without a list of its own.
pub fn stage(dir: &Path) -> ExitCode {
    match pack_library(dir).and_then(|()| write_site(&dir.join("boot.js"))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("error: {problem}");
            ExitCode::FAILURE
        }
    }
}

/// Packs every built-in scenario and translation to its file (`site::place::scenario_file`)
/// under `dir`.
fn pack_library(dir: &Path) -> Result<(), String> {
    let translations = library::TRANSLATIONS.iter().map(|t| &t.entry);
    ENTRIES.iter().chain(translations).try_for_each(|entry| {
        let scenario = engine::read(entry.source).map_err(|diagnostics| {
            let lines: Vec<String> = diagnostics.iter().map(|d| d.headline(entry.file, entry.source)).collect();
            lines.join("\n")
        })?;
        let path = dir.join(site::place::scenario_file(&scenario.meta.id));
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        }
        fs::write(&path, codec::pack::encode(&scenario)).map_err(|e| format!("{}: {e}", path.display()))
    })
}

fn write_site(path: &Path) -> Result<(), String> {
    let script = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if !script.contains(SITE_MARKER) {
        return Err(format!("{}: no `{SITE_MARKER}` for the site's map", path.display()));
    }
    let filled = script.replacen(SITE_MARKER, &site::module::boot_table(), 1);
    fs::write(path, filled).map_err(|e| format!("{}: {e}", path.display()))
}

/// Why a command stopped: a message (empty when it was already printed) and the exit code.
pub(crate) struct Failure {
    pub(crate) message: String,
    pub(crate) code: ExitCode,
}

impl Failure {
    /// A problem with the input or the build: exit 1.
    pub(crate) fn input(message: String) -> Failure {
        Failure { message, code: ExitCode::FAILURE }
    }

    /// A file that cannot be read or written: exit 2.
    fn io(message: String) -> Failure {
        Failure { message, code: ExitCode::from(2) }
    }
}

fn package(
    standard: Standard,
    paths: &[PathBuf],
    all: bool,
    output: &Path,
    dist: Option<&Path>,
) -> Result<String, Failure> {
    let scenarios = scenarios(paths, all)?;
    for packed in &scenarios {
        let id = &packed.scenario.meta.id;
        if !is_identifier(id) {
            return Err(Failure::input(format!(
                "{}: the id `{id}` must be ASCII letters, digits, `-` and `_` to be packaged (LMS identifiers are ASCII)",
                packed.file
            )));
        }
    }
    let dist = match dist {
        Some(dir) => dir.to_path_buf(),
        None => built_dist()?,
    };
    let mut app = app_files(&dist)?;
    // No offline copy inside an LMS: the LMS's page decides what a browser keeps, and its
    // content is served from the LMS (docs/offline.md). boot.js registers no service worker
    // there; the package leaves out the worker and the install manifest with its icons.
    app.retain(|(name, _)| !OFFLINE.contains(&name.as_str()));
    // The app's page may reach a live room's broker (`ws:`, `wss:`); a package never runs a
    // room, so its page keeps to its own origin, except that a cmi5 unit sends its
    // statements to the endpoint the LMS names at launch, which may be any https origin.
    let connect = if standard == Standard::Cmi5 { "connect-src 'self' https:;" } else { "connect-src 'self';" };
    for (name, bytes) in &mut app {
        if name == LAUNCH
            && let Ok(text) = std::str::from_utf8(bytes)
        {
            let text = text.replacen("connect-src 'self' ws: wss:;", "connect-src 'self';", 1);
            let text = text.replacen(MANIFEST_LINK, "", 1);
            *bytes = text.replacen("connect-src 'self';", connect, 1).into_bytes();
        }
    }
    if !app.iter().any(|(name, _)| name == LAUNCH) {
        return Err(Failure::input(format!(
            "{} has no {LAUNCH}: it is not a built Judgement Call app",
            dist.display()
        )));
    }
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let schemas: &[Schema] = match standard {
        Standard::Scorm12 => SCORM12_SCHEMAS,
        Standard::Scorm2004 => SCORM2004_SCHEMAS,
        Standard::Cmi5 => &[],
    };
    entries.extend(schemas.iter().map(|s| (s.name.to_string(), s.text.as_bytes().to_vec())));
    entries.extend(app);
    // The built app already ships the built-in scenarios' sources under `scenarios/` (for the
    // Author view); a packaged file that is one of them, unchanged, is shipped once.
    for packed in &scenarios {
        let entry = (format!("scenarios/{}", packed.file), packed.text.as_bytes().to_vec());
        if !entries.contains(&entry) {
            entries.push(entry);
        }
    }
    // The app plays a scenario from its packed form, `library/<id>.jcp`: the packaged file's
    // own, so a scenario that is not built in plays too, and an edited built-in one plays as
    // packaged.
    for packed in &scenarios {
        let name = site::place::scenario_file(&packed.scenario.meta.id);
        let bytes = codec::pack::encode(&packed.scenario);
        match entries.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = bytes,
            None => entries.push((name, bytes)),
        }
    }
    let shipped: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
    let schema_names: Vec<&str> = schemas.iter().map(|s| s.name).collect();
    let app_names: Vec<&str> = shipped.iter().copied().filter(|n| !schema_names.contains(n)).collect();
    let (manifest_name, manifest) = match standard {
        Standard::Scorm12 => ("imsmanifest.xml", scorm12_manifest(&scenarios, all, &app_names, &schema_names)),
        Standard::Scorm2004 => ("imsmanifest.xml", scorm2004_manifest(&scenarios, all, &app_names, &schema_names)),
        Standard::Cmi5 => ("cmi5.xml", cmi5_structure(&scenarios, all)),
    };
    let mut seen = std::collections::HashSet::new();
    for name in std::iter::once(manifest_name).chain(shipped.iter().copied()) {
        if !seen.insert(name) {
            return Err(Failure::input(format!("two files would be shipped as `{name}`")));
        }
    }
    entries.insert(0, (manifest_name.to_string(), manifest.into_bytes()));
    write_zip(output, &entries).map_err(|e| {
        let _ = fs::remove_file(output);
        Failure::io(format!("cannot write {}: {e}", output.display()))
    })?;
    let what = if all { "the library".to_string() } else { format!("{} scenario(s)", scenarios.len()) };
    Ok(format!("wrote {} ({what}, {} files, from {})", output.display(), entries.len(), dist.display()))
}

/// The scenarios to ship: the built-in library, or the files named (each must check cleanly).
fn scenarios(paths: &[PathBuf], all: bool) -> Result<Vec<Packed>, Failure> {
    if all {
        // Translations ship too (the library shows each learner their language), each under
        // its own id.
        let translations = library::TRANSLATIONS.iter().map(|t| &t.entry);
        return ENTRIES
            .iter()
            .chain(translations)
            .map(|entry| {
                let scenario = engine::load(entry.source)
                    .map_err(|_| Failure::input(format!("the built-in {} does not load", entry.file)))?;
                let file = format!("{}.{}", scenario.meta.id, files::EXTENSION);
                Ok(Packed { file, text: entry.source.to_string(), scenario })
            })
            .collect();
    }
    let mut packed: Vec<Packed> = Vec::new();
    for path in paths {
        let scenario = files::load(path).map_err(|code| Failure { message: String::new(), code })?;
        let text = fs::read_to_string(path).map_err(|e| Failure::io(format!("{}: {e}", path.display())))?;
        let file = format!("{}.{}", scenario.meta.id, files::EXTENSION);
        if packed.iter().any(|p| p.scenario.meta.id == scenario.meta.id) {
            return Err(Failure::input(format!("the scenario `{}` is named twice", scenario.meta.id)));
        }
        packed.push(Packed { file, text, scenario });
    }
    Ok(packed)
}

/// Every file of the built app, by its path inside the package (forward slashes), sorted.
fn app_files(dist: &Path) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    let mut found = Vec::new();
    let mut stack = vec![dist.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| Failure::io(format!("{}: {e}", dir.display())))?;
        for entry in entries {
            let path = entry.map_err(|e| Failure::io(format!("{}: {e}", dir.display())))?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let relative = path.strip_prefix(dist).unwrap_or(&path);
            let parts: Option<Vec<&str>> = relative.components().map(|c| c.as_os_str().to_str()).collect();
            let name = parts
                .map(|p| p.join("/"))
                .ok_or_else(|| Failure::input(format!("{}: the file name is not UTF-8", path.display())))?;
            let bytes = fs::read(&path).map_err(|e| Failure::io(format!("{}: {e}", path.display())))?;
            found.push((name, bytes));
        }
    }
    found.sort();
    Ok(found)
}

/// The source tree's `dist/`, rebuilt with Trunk when it is missing or stale.
pub(crate) fn built_dist() -> Result<PathBuf, Failure> {
    let root = source_root().ok_or_else(|| {
        Failure::input(
            "no built app: run inside the Judgement Call source tree (to build dist/ with Trunk) or pass --dist DIR"
                .to_string(),
        )
    })?;
    let dist = root.join("dist");
    let sources = [
        "src",
        "crates",
        "modules",
        "index.html",
        "styles",
        "web",
        "scenarios",
        "Cargo.toml",
        "Cargo.lock",
        "Trunk.toml",
    ];
    let newest_source = sources.iter().filter_map(|s| newest(&root.join(s), true)).max();
    let oldest_built = newest(&dist, false);
    let fresh = dist.join(LAUNCH).is_file() && matches!((newest_source, oldest_built), (Some(s), Some(b)) if b >= s);
    if fresh {
        return Ok(dist);
    }
    eprintln!("building the web app with `trunk build --release` (dist/ is missing or older than its sources)");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut dirs = vec![root.join("node_modules/.bin")];
    dirs.extend(std::env::split_paths(&path));
    let path = std::env::join_paths(dirs).unwrap_or(path);
    let status =
        Command::new("trunk").args(["build", "--release", "--quiet"]).current_dir(&root).env("PATH", path).status();
    match status {
        Ok(status) if status.success() => Ok(dist),
        Ok(status) => Err(Failure::input(format!("`trunk build --release` failed ({status})"))),
        Err(e) => Err(Failure::input(format!(
            "cannot run trunk ({e}): run `./x setup` to install it, or pass --dist DIR with a built app"
        ))),
    }
}

/// The nearest folder, from the current one up, that holds the app's sources.
fn source_root() -> Option<PathBuf> {
    let here = std::env::current_dir().ok()?;
    here.ancestors()
        .find(|dir| dir.join("Trunk.toml").is_file() && dir.join(LAUNCH).is_file() && dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}

/// The newest (or, with `newest` false, the oldest) modification time of the files under
/// `path`; `None` when there are none.
fn newest(path: &Path, newest: bool) -> Option<SystemTime> {
    let mut times = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).ok()?.filter_map(|e| e.ok().map(|e| e.path())));
        } else if let Ok(time) = fs::metadata(&path).and_then(|m| m.modified()) {
            times.push(time);
        }
    }
    if newest { times.into_iter().max() } else { times.into_iter().min() }
}

fn write_zip(output: &Path, entries: &[(String, Vec<u8>)]) -> zip::result::ZipResult<()> {
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
    }
    let mut zip = zip::ZipWriter::new(fs::File::create(output)?);
    // A fixed time and mode for every entry, so the same input gives the same zip.
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?.flush()?;
    Ok(())
}

/// Text for XML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even as references.
            c if u32::from(c) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The package's identifier, title and version from what it holds.
fn identity(scenarios: &[Packed], all: bool) -> (String, String, String) {
    match scenarios {
        [one] if !all => (
            format!("judgement-call.{}", one.scenario.meta.id),
            one.scenario.meta.title.clone(),
            one.scenario.meta.version.to_string(),
        ),
        _ if all => {
            ("judgement-call.library".to_string(), "Judgement Call: the scenario library".to_string(), "1".into())
        }
        many => {
            let ids: Vec<&str> = many.iter().map(|p| p.scenario.meta.id.as_str()).collect();
            let hash = engine::scenario::content_hash(&ids.join(" "));
            (format!("judgement-call.set-{hash:08x}"), format!("Judgement Call: {} scenarios", many.len()), "1".into())
        }
    }
}

/// One launchable entry: an item (SCORM) or an AU (cmi5).
struct Launchable<'a> {
    id: String,
    title: String,
    summary: String,
    language: String,
    start: Start,
    /// The pass mark, 0–100, for a single scenario.
    pass: Option<u32>,
    scenario: Option<&'a Scenario>,
}

fn launchables(scenarios: &[Packed], all: bool) -> Vec<Launchable<'_>> {
    if all {
        return vec![Launchable {
            id: "library".to_string(),
            title: "Judgement Call: the scenario library".to_string(),
            summary: format!("{} branching scenarios that train product managers' judgement.", scenarios.len()),
            language: "en".to_string(),
            start: Start::Library,
            pass: None,
            scenario: None,
        }];
    }
    scenarios
        .iter()
        .map(|p| {
            let meta = &p.scenario.meta;
            Launchable {
                id: meta.id.clone(),
                title: meta.title.clone(),
                summary: if meta.summary.is_empty() { meta.title.clone() } else { meta.summary.clone() },
                language: meta.language.clone(),
                start: Start::Scenario(meta.id.clone()),
                pass: Some(meta.pass),
                scenario: Some(&p.scenario),
            }
        })
        .collect()
}

fn file_list(names: &[&str], indent: &str) -> String {
    names.iter().map(|n| format!("{indent}<file href=\"{}\"/>\n", escape(n))).collect()
}

fn scorm12_manifest(scenarios: &[Packed], all: bool, app: &[&str], schemas: &[&str]) -> String {
    let (identifier, title, version) = identity(scenarios, all);
    let mut items = String::new();
    for l in launchables(scenarios, all) {
        let parameters = l.start.parameters().map(|p| format!(" parameters=\"{}\"", escape(&p))).unwrap_or_default();
        items.push_str(&format!(
            "      <item identifier=\"item-{}\" identifierref=\"app\" isvisible=\"true\"{parameters}>\n        <title>{}</title>\n",
            l.id,
            escape(&l.title)
        ));
        if let Some(pass) = l.pass {
            items.push_str(&format!("        <adlcp:masteryscore>{pass}</adlcp:masteryscore>\n"));
        }
        items.push_str("      </item>\n");
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="{version}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="judgement-call">
    <organization identifier="judgement-call">
      <title>{title}</title>
{items}    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" adlcp:scormtype="sco" href="{LAUNCH}">
{app_files}      <dependency identifierref="schemas"/>
    </resource>
    <resource identifier="schemas" type="webcontent" adlcp:scormtype="asset">
{schema_files}    </resource>
  </resources>
</manifest>
"#,
        title = escape(&title),
        app_files = file_list(app, "      "),
        schema_files = file_list(schemas, "      "),
    )
}

fn scorm2004_manifest(scenarios: &[Packed], all: bool, app: &[&str], schemas: &[&str]) -> String {
    let (identifier, title, version) = identity(scenarios, all);
    let mut items = String::new();
    for l in launchables(scenarios, all) {
        let parameters = l.start.parameters().map(|p| format!(" parameters=\"{}\"", escape(&p))).unwrap_or_default();
        items.push_str(&format!(
            "      <item identifier=\"item-{}\" identifierref=\"app\"{parameters}>\n        <title>{}</title>\n      </item>\n",
            l.id,
            escape(&l.title)
        ));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="{identifier}" version="{version}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="judgement-call">
    <organization identifier="judgement-call">
      <title>{title}</title>
{items}    </organization>
  </organizations>
  <resources>
    <resource identifier="app" type="webcontent" adlcp:scormType="sco" href="{LAUNCH}">
{app_files}      <dependency identifierref="schemas"/>
    </resource>
    <resource identifier="schemas" type="webcontent" adlcp:scormType="asset">
{schema_files}    </resource>
  </resources>
</manifest>
"#,
        title = escape(&title),
        app_files = file_list(app, "      "),
        schema_files = file_list(schemas, "      "),
    )
}

fn cmi5_structure(scenarios: &[Packed], all: bool) -> String {
    let (identifier, title, _) = identity(scenarios, all);
    let text = |lang: &str, text: &str| format!("<langstring lang=\"{}\">{}</langstring>", escape(lang), escape(text));
    let language = scenarios.first().filter(|_| !all).map_or("en", |p| p.scenario.meta.language.as_str());
    let summary = match scenarios {
        [one] if !all => one.scenario.meta.summary.clone(),
        _ => format!("{} branching scenarios that train product managers' judgement.", scenarios.len()),
    };
    let mut aus = String::new();
    for l in launchables(scenarios, all) {
        // A scenario's AU is passed at its pass mark; the library's is done when completed.
        let (move_on, mastery) = match (l.pass, l.scenario) {
            (Some(pass), Some(_)) => ("Passed", format!(" masteryScore=\"{}\"", f64::from(pass.min(100)) / 100.0)),
            _ => ("Completed", String::new()),
        };
        let parameters = l
            .start
            .parameters()
            .map(|p| format!("    <launchParameters>{}</launchParameters>\n", escape(&p)))
            .unwrap_or_default();
        aus.push_str(&format!(
            "  <au id=\"{}\" moveOn=\"{move_on}\"{mastery} launchMethod=\"AnyWindow\">\n    <title>{}</title>\n    <description>{}</description>\n    <url>{LAUNCH}</url>\n{parameters}  </au>\n",
            match l.start {
                Start::Library => "urn:judgement-call:library".to_string(),
                Start::Scenario(_) => format!("urn:judgement-call:scenario:{}", l.id),
            },
            text(&l.language, &l.title),
            text(&l.language, &l.summary),
        ));
    }
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:judgement-call:course:{}">
    <title>{}</title>
    <description>{}</description>
  </course>
{aus}</courseStructure>
"#,
        identifier.trim_start_matches("judgement-call."),
        text(language, &title),
        text(language, &summary),
    )
}
