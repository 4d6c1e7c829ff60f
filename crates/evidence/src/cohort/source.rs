//! Sources of attempts that are not statements: a line of text (a `jc1` log or a
//! participant's result code, optionally after `learner<TAB>`) and a learner's profile
//! export. What cannot be used is a [`Skip`] with its [`Reason`], never a panic.

use std::fmt;

use codec::json::Json;
use engine::{Playthrough, Scenario};
use lms::record::shorten;
use site::key::{Key, PREFIX};

use super::Attempt;

/// Why an input was not counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    /// It is about another scenario.
    Elsewhere,
    /// It cannot be used; `detail` says what was wrong, for the report's examples.
    Malformed { reason: Reason, learner: Option<String>, detail: String },
}

/// What was wrong with an input that could not be used: a short list, so the report can
/// count each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Not UTF-8 text.
    NotText,
    /// Not JSON where JSON was expected.
    NotJson,
    /// JSON, but not an xAPI statement (no verb, object or actor).
    NotAStatement,
    /// A statement without a registration to group it by.
    NoRegistration,
    /// An `answered` statement whose response does not fit its decision's options.
    UnreadableResponse,
    /// An `answered` statement without the confidence its decision asks for.
    NoConfidence,
    /// A line that is neither a `jc1` log nor a result code.
    NotAPlaythrough,
    /// A result code that does not read for this scenario.
    BadCode,
    /// A playthrough of another version of the scenario's text.
    OtherVersion,
    /// A playthrough whose answers do not replay.
    DoesNotReplay,
    /// Statements whose answers do not follow one path through the story.
    OffPath,
    /// An attempt without a single answer.
    NoAnswers,
    /// JSON that is neither statements nor a profile export.
    NotAProfile,
}

impl Reason {
    /// A short kebab-case name, for JSON.
    pub fn code(self) -> &'static str {
        match self {
            Reason::NotText => "not-text",
            Reason::NotJson => "not-json",
            Reason::NotAStatement => "not-a-statement",
            Reason::NoRegistration => "no-registration",
            Reason::UnreadableResponse => "unreadable-response",
            Reason::NoConfidence => "no-confidence",
            Reason::NotAPlaythrough => "not-a-playthrough",
            Reason::BadCode => "bad-code",
            Reason::OtherVersion => "other-version",
            Reason::DoesNotReplay => "does-not-replay",
            Reason::OffPath => "off-path",
            Reason::NoAnswers => "no-answers",
            Reason::NotAProfile => "not-a-profile",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Reason::NotText => "not UTF-8 text",
            Reason::NotJson => "not JSON",
            Reason::NotAStatement => "JSON that is not an xAPI statement",
            Reason::NoRegistration => "a statement without a registration",
            Reason::UnreadableResponse => "a response that does not fit its decision",
            Reason::NoConfidence => "an answer without the confidence its decision asks for",
            Reason::NotAPlaythrough => "neither a jc1 log nor a result code",
            Reason::BadCode => "a result code that does not read for this scenario",
            Reason::OtherVersion => "played on another version of the scenario",
            Reason::DoesNotReplay => "answers that do not replay",
            Reason::OffPath => "answers that do not follow one path through the story",
            Reason::NoAnswers => "an attempt without answers",
            Reason::NotAProfile => "JSON that is neither statements nor a profile export",
        })
    }
}

/// An attempt, or why there is none.
pub type Read = Result<Attempt, Skip>;

/// Reads one line: `jc1 …` or a result code, after an optional `learner<TAB>`; `None` for
/// a blank line or a `#` comment. A code is read against `scenario` (codes carry no id).
pub fn line(scenario: &Scenario, text: &str) -> Option<Read> {
    let text = text.trim();
    if text.is_empty() || text.starts_with('#') {
        return None;
    }
    let (learner, body) = match text.rsplit_once('\t') {
        Some((learner, body)) => (Some(learner.trim().to_string()).filter(|l| !l.is_empty()), body.trim()),
        None => (None, text),
    };
    let malformed = |reason, detail: String| Skip::Malformed { reason, learner: learner.clone(), detail };
    if body.starts_with("jc") {
        return Some(match Playthrough::decode(body) {
            Ok(playthrough) => Ok(Attempt { learner, when: None, playthrough }),
            Err(e) => Err(malformed(Reason::NotAPlaythrough, format!("`{}`: {e}", shorten(body, EXAMPLE)))),
        });
    }
    let looks_like_code = body.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ' '));
    if !looks_like_code {
        return Some(Err(malformed(Reason::NotAPlaythrough, format!("`{}`", shorten(body, EXAMPLE)))));
    }
    Some(match workshop::code::decode(scenario, body) {
        Ok(playthrough) => Ok(Attempt { learner, when: None, playthrough }),
        Err(e) => Err(malformed(Reason::BadCode, format!("`{}`: {e}", shorten(body, EXAMPLE)))),
    })
}

/// Reads a profile export (the Profile view's "Export progress" file) of one learner: every
/// finished attempt at `scenario`, earliest first, and the playthrough in progress when it
/// is not one of them. Entries for other scenarios are [`Skip::Elsewhere`].
pub fn profile(scenario: &Scenario, json: &Json, learner: Option<&str>) -> Vec<Read> {
    let learner = learner.map(str::to_string);
    let malformed = |reason, detail: String| Skip::Malformed { reason, learner: learner.clone(), detail };
    let Some(Json::Object(entries)) = json.get("entries") else {
        return vec![Err(malformed(Reason::NotAProfile, "a profile export without entries".into()))];
    };
    let mut out = Vec::new();
    let mut attempts: Vec<(i64, Playthrough)> = Vec::new();
    let mut progress = None;
    for (key, value) in entries {
        let full = format!("{PREFIX}{key}");
        let Some(parsed) = Key::read(&full) else { continue };
        let (Key::Attempt(..) | Key::Progress(_)) = parsed else { continue };
        if parsed.scenario() != scenario.meta.id {
            out.push(Err(Skip::Elsewhere));
            continue;
        }
        let text = value.as_str().unwrap_or_default();
        match parsed {
            Key::Attempt(..) => match finished(text) {
                Some(found) => attempts.push(found),
                None => out.push(Err(malformed(Reason::NotAPlaythrough, format!("entry `{key}`")))),
            },
            _ => match Playthrough::decode(text) {
                Ok(p) => progress = Some(p),
                Err(e) => out.push(Err(malformed(Reason::NotAPlaythrough, format!("entry `{key}`: {e}")))),
            },
        }
    }
    attempts.sort_by_key(|(at, _)| *at);
    let current = progress.filter(|p| attempts.iter().all(|(_, a)| a.seed != p.seed));
    let last = attempts.last().map(|(at, _)| *at);
    for (at, playthrough) in attempts {
        out.push(Ok(Attempt { learner: learner.clone(), when: Some(at), playthrough }));
    }
    if let Some(playthrough) = current {
        // Still being played: it started after every finished attempt.
        out.push(Ok(Attempt { learner: learner.clone(), when: last.map(|t| t + 1), playthrough }));
    }
    out
}

/// A finished attempt's entry, `<ms> <mode> jc1 …`, as the web app saves it.
fn finished(text: &str) -> Option<(i64, Playthrough)> {
    let (at, rest) = text.trim().split_once(' ')?;
    let (mode, log) = rest.split_once(' ')?;
    if !matches!(mode, "practice" | "assessment") {
        return None;
    }
    Some((at.parse().ok()?, Playthrough::decode(log).ok()?))
}

/// How many characters of a skipped record its example keeps.
pub(crate) const EXAMPLE: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    const SCENARIO: &str = "id: s\ntitle: S\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> end\n* y: Y\n  ratings: a 2, b 2, c 2\n  -> end\n\
        == ending e\ntitle: E\n";

    #[test]
    fn lines_read_logs_and_codes_with_or_without_a_learner() {
        let scenario = engine::load(SCENARIO).expect("loads");
        let log = Playthrough { scenario: "s".into(), hash: scenario.hash, seed: 3, responses: vec![] };
        let Some(Ok(a)) = line(&scenario, &format!("ann\t{}", log.encode())) else { panic!("a log reads") };
        assert_eq!(a.learner.as_deref(), Some("ann"));
        assert_eq!(line(&scenario, "  "), None);
        assert_eq!(line(&scenario, "# a comment"), None);
        assert!(matches!(line(&scenario, "jc1 s"), Some(Err(Skip::Malformed { reason: Reason::NotAPlaythrough, .. }))));
        assert!(matches!(
            line(&scenario, "bob\tZZZZ-ZZZZ"),
            Some(Err(Skip::Malformed { reason: Reason::BadCode, .. }))
        ));
        assert!(matches!(line(&scenario, "{json"), Some(Err(Skip::Malformed { reason: Reason::NotAPlaythrough, .. }))));
    }
}
