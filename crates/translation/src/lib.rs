//! Translation of a scenario: every piece of text a learner reads, by a stable id
//! ([`units`]), out to XLIFF 2.0 for translators' tools ([`export`]) and back into the
//! scenario file in its places with nothing else changed ([`import`]).
//!
//! An export can carry an earlier translation forward: a unit whose source changed since it
//! was translated keeps its translation, marked `initial` with a note of what the source
//! was, and an import refuses such units until a translator has confirmed them (and units
//! translated from another source), unless told to take them as they are.

pub mod units;
pub mod xliff;

use std::collections::{HashMap, HashSet};

use engine::Scenario;
use engine::diagnostic::Diagnostic;
use engine::parse;

pub use units::{Unit, units};
use xliff::{Document, Entry, State};

/// What an export carried over from an earlier translation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exported {
    pub document: Document,
    /// Units whose translation was carried over unchanged.
    pub carried: usize,
    /// Units whose translation was carried over although their source changed.
    pub changed: Vec<String>,
    /// Units of the earlier translation that the scenario no longer has.
    pub dropped: Vec<String>,
}

/// A scenario's units as a translation into `to`, carrying over `previous` where it has
/// them; with `fill`, units without a translation start from their source (state
/// `initial`), which a translator overwrites.
pub fn export(source: &str, scenario: &Scenario, to: &str, previous: Option<&Document>, fill: bool) -> Exported {
    let found = units(source);
    let old: HashMap<&str, &Entry> =
        previous.map(|p| p.entries.iter().map(|e| (e.id.as_str(), e)).collect()).unwrap_or_default();
    let mut exported = Exported::default();
    let mut entries = Vec::new();
    for unit in &found {
        let mut entry = Entry {
            id: unit.id.clone(),
            note: Some(unit.note.to_string()),
            source: unit.text.clone(),
            ..Entry::default()
        };
        match old.get(unit.id.as_str()).filter(|e| e.target.is_some()) {
            Some(before) if before.source == entry.source && before.changed.is_none() => {
                entry.target = before.target.clone();
                entry.state = before.state;
                exported.carried += 1;
            }
            Some(before) => {
                entry.target = before.target.clone();
                entry.changed = Some(before.changed.clone().unwrap_or_else(|| before.source.clone()));
                entry.state = State::Initial;
                exported.changed.push(unit.id.clone());
            }
            None if fill => entry.target = Some(entry.source.clone()),
            None => {}
        }
        entries.push(entry);
    }
    let ids: HashSet<&str> = found.iter().map(|u| u.id.as_str()).collect();
    if let Some(previous) = previous {
        exported.dropped =
            previous.entries.iter().filter(|e| !ids.contains(e.id.as_str())).map(|e| e.id.clone()).collect();
    }
    exported.document = Document {
        source_language: scenario.meta.language.clone(),
        target_language: to.to_string(),
        scenario: scenario.meta.id.clone(),
        entries,
    };
    exported
}

/// How an import treats what it finds.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options<'a> {
    /// The translated scenario's id (default: the source's).
    pub id: Option<&'a str>,
    /// Take translations made from an older source as they are.
    pub allow_stale: bool,
}

/// A translated scenario file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub text: String,
    pub units: usize,
    /// Units taken although their translation was made from another source.
    pub stale: Vec<String>,
    /// Units whose segment is still `initial` (translated, not yet reviewed).
    pub unreviewed: usize,
}

/// Why a translation cannot be imported. Nothing is written when there is any.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    AnotherScenario {
        found: String,
        expected: String,
    },
    SourceLanguage {
        found: String,
        expected: String,
    },
    TargetLanguage {
        found: String,
    },
    Id {
        found: String,
    },
    Unknown {
        ids: Vec<String>,
    },
    Missing {
        ids: Vec<String>,
    },
    Stale {
        ids: Vec<String>,
    },
    Write(units::Refusal),
    /// The translated file does not read as a scenario.
    Invalid {
        text: String,
        diagnostics: Vec<Diagnostic>,
    },
}

fn some(ids: &[String]) -> String {
    let shown: Vec<String> = ids.iter().take(5).map(|id| format!("`{id}`")).collect();
    let more = if ids.len() > 5 { format!(" and {} more", ids.len() - 5) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::AnotherScenario { found, expected } => {
                write!(f, "this translation is of the scenario `{found}`, not `{expected}`")
            }
            Problem::SourceLanguage { found, expected } => {
                write!(f, "this translation is from `{found}`, and the scenario is in `{expected}`; export it again")
            }
            Problem::TargetLanguage { found } => {
                write!(f, "the translation's language (trgLang) `{found}` is not a BCP 47 tag such as `fr` or `pt-BR`")
            }
            Problem::Id { found } => write!(f, "`{found}` is not a scenario id: letters, digits, `-` and `_`"),
            Problem::Unknown { ids } => write!(f, "{} unit(s) the scenario does not have: {}", ids.len(), some(ids)),
            Problem::Missing { ids } => write!(
                f,
                "{} unit(s) not translated yet: {}; translate them (`translate export --fill` starts every unit \
                 from its source)",
                ids.len(),
                some(ids)
            ),
            Problem::Stale { ids } => write!(
                f,
                "{} unit(s) were translated from a source that has changed since: {}; update them (`translate \
                 export --update`), or take them as they are with --allow-stale",
                ids.len(),
                some(ids)
            ),
            Problem::Write(refusal) => refusal.fmt(f),
            Problem::Invalid { diagnostics, .. } => {
                let errors = diagnostics.iter().filter(|d| d.severity == engine::Severity::Error).count();
                write!(f, "the translated scenario has {errors} error(s)")
            }
        }
    }
}

/// The scenario file translated by `document`: every unit's text replaced by its
/// translation, `language:` set to the translation's, and the result checked.
pub fn import(
    source: &str,
    scenario: &Scenario,
    document: &Document,
    options: Options,
) -> Result<Imported, Vec<Problem>> {
    let mut problems = Vec::new();
    let meta = &scenario.meta;
    if document.scenario != meta.id {
        problems.push(Problem::AnotherScenario { found: document.scenario.clone(), expected: meta.id.clone() });
    }
    if document.source_language != meta.language {
        let found = document.source_language.clone();
        problems.push(Problem::SourceLanguage { found, expected: meta.language.clone() });
    }
    if !engine::validate::is_language_tag(&document.target_language) {
        problems.push(Problem::TargetLanguage { found: document.target_language.clone() });
    }
    if let Some(id) = options.id.filter(|id| !parse::is_id(id)) {
        problems.push(Problem::Id { found: id.to_string() });
    }
    let found = units(source);
    let texts: HashMap<&str, &String> = found.iter().map(|u| (u.id.as_str(), &u.text)).collect();
    let given: HashMap<&str, &Entry> = document.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let unknown: Vec<String> =
        document.entries.iter().filter(|e| !texts.contains_key(e.id.as_str())).map(|e| e.id.clone()).collect();
    let missing: Vec<String> = found
        .iter()
        .filter(|u| given.get(u.id.as_str()).is_none_or(|e| e.target.is_none()))
        .map(|u| u.id.clone())
        .collect();
    let stale: Vec<String> = found
        .iter()
        .filter(|u| {
            given.get(u.id.as_str()).is_some_and(|e| {
                (e.changed.is_some() && e.state == State::Initial) || texts.get(u.id.as_str()) != Some(&&e.source)
            })
        })
        .map(|u| u.id.clone())
        .collect();
    if !unknown.is_empty() {
        problems.push(Problem::Unknown { ids: unknown });
    }
    if !missing.is_empty() {
        problems.push(Problem::Missing { ids: missing });
    }
    if !stale.is_empty() && !options.allow_stale {
        problems.push(Problem::Stale { ids: stale.clone() });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let targets: HashMap<String, String> =
        document.entries.iter().filter_map(|e| Some((e.id.clone(), e.target.clone()?))).collect();
    let written = units::write(source, &targets).map_err(|r| vec![Problem::Write(r)])?;
    let written = header(&written, "language", &document.target_language);
    let written = match options.id {
        Some(id) => header(&written, "id", id),
        None => written,
    };
    if let Err(diagnostics) = engine::read(&written) {
        return Err(vec![Problem::Invalid { text: written, diagnostics }]);
    }
    let unreviewed = document.entries.iter().filter(|e| e.state == State::Initial).count();
    Ok(Imported {
        text: written,
        units: found.len(),
        stale: if options.allow_stale { stale } else { Vec::new() },
        unreviewed,
    })
}

/// The text with a header field's value set, or the field added after `id:` when the
/// header has none.
fn header(text: &str, key: &str, value: &str) -> String {
    let (file, _) = parse::parse(text);
    let mut out = text.to_string();
    if let Some(field) = file.header.iter().find(|f| f.key.text == key && f.name.is_none()) {
        out.replace_range(field.value.span.range(), value);
    } else {
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let after = file
            .header
            .iter()
            .find(|f| f.key.text == "id")
            .map_or(0, |f| text[f.value.span.end..].find('\n').map_or(text.len(), |n| f.value.span.end + n + 1));
        out.insert_str(after, &format!("{key}: {value}{newline}"));
    }
    out
}
