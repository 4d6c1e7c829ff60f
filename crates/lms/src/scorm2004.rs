//! What SCORM 2004 4th edition records: [`values`] turns a [`Record`] into the `cmi.*`
//! element–value pairs to `SetValue` in order before `Commit`.
//!
//! - `cmi.location` (`<scenario>/<block>`) and `cmi.suspend_data` (the `jc1 …` log);
//! - one interaction per response and one more for its confidence, past the LMS's
//!   `cmi.interactions._count`: `id` first (a URN), then `type` (`choice`, `sequencing`,
//!   `matching` or `likert`), `timestamp`, `weighting`, `learner_response`,
//!   `correct_responses.m.pattern`, `result` (the item score, 0–1), `latency` and
//!   `description` (the question);
//! - one objective per competency: `id` first, `description`, `score.scaled` (the
//!   estimate, 0–1) and `success_status` (unknown until the end and without enough
//!   evidence; then passed when the estimate reaches the pass mark);
//! - once the story has ended, `cmi.score.scaled`, `raw`, `min` and `max`;
//! - `cmi.completion_status`, `cmi.success_status`, `cmi.exit` (`suspend` while unfinished,
//!   `normal` at the end) and `cmi.session_time`.
//!
//! Responses use 2004's formats with the author's option ids: `b`, `a[,]c`, `a[.]5[,]b[.]3`.
//! Every pair passes [`check`], which also enforces 2004's ordering rules.

use std::collections::HashMap;

use crate::Visit;
use crate::limit::{self, Limit, LimitError, is_identifier};
use crate::record::{Interaction, Item, Part, Record, shorten};
use crate::time;
use codec::decimal;
use engine::playthrough::Answer;

/// `cmi.suspend_data` holds at least 64,000 characters in the 4th edition.
pub const SUSPEND_DATA_MAX: usize = 64_000;
/// `cmi.location` holds at least 1,000 characters.
pub const LOCATION_MAX: usize = 1000;
/// Descriptions are localized strings of at most 250 characters.
pub const DESCRIPTION_MAX: usize = 250;
/// `short_identifier_type` holds 250 characters, `long_identifier_type` 4,000.
pub const SHORT_IDENTIFIER_MAX: usize = 250;
pub const LONG_IDENTIFIER_MAX: usize = 4000;
/// A response names at most 36 options.
pub const RESPONSE_OPTIONS_MAX: usize = 36;
/// The namespace of the URNs this mapping writes: `urn:judgement-call:<scenario>:…`.
pub const URN: &str = "urn:judgement-call";

const COMPLETION: &[&str] = &["completed", "incomplete", "not attempted", "unknown"];
const SUCCESS: &[&str] = &["passed", "failed", "unknown"];
const EXIT: &[&str] = &["time-out", "suspend", "logout", "normal", ""];
const TYPES: &[&str] = &[
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "likert",
    "matching",
    "performance",
    "sequencing",
    "numeric",
    "other",
];
const RESULTS: &[&str] = &["correct", "incorrect", "unanticipated", "neutral"];

/// The pairs to write now, in order. `recorded` is the LMS's `cmi.interactions._count`:
/// interactions below it were written earlier and are not written again.
pub fn values(record: &Record, visit: &Visit, recorded: usize) -> Result<Vec<(String, String)>, LimitError> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut set = |element: String, value: String| out.push((element, value));
    set("cmi.location".into(), record.location.clone());
    set("cmi.suspend_data".into(), record.log.clone());
    for (n, interaction) in record.interactions().into_iter().enumerate().skip(recorded) {
        for (field, value) in fields(record, interaction, visit)? {
            set(format!("cmi.interactions.{n}.{field}"), value);
        }
    }
    for (n, competency) in record.competencies.iter().enumerate() {
        let base = format!("cmi.objectives.{n}");
        set(format!("{base}.id"), format!("{URN}:{}:dimension:{}", record.scenario, competency.id));
        set(format!("{base}.description"), shorten(&competency.label, DESCRIPTION_MAX));
        set(format!("{base}.score.scaled"), decimal(competency.value, 4));
        let status = match competency.met {
            Some(true) => "passed",
            Some(false) => "failed",
            None => "unknown",
        };
        set(format!("{base}.success_status"), status.into());
    }
    if let Some(score) = record.score {
        set("cmi.score.scaled".into(), score.scaled());
        set("cmi.score.raw".into(), score.raw());
        set("cmi.score.min".into(), "0".into());
        set("cmi.score.max".into(), "100".into());
    }
    let (completion, success) = match record.score {
        Some(score) => ("completed", if score.passed { "passed" } else { "failed" }),
        None => ("incomplete", "unknown"),
    };
    set("cmi.completion_status".into(), completion.into());
    set("cmi.success_status".into(), success.into());
    set("cmi.exit".into(), if record.finished { "normal" } else { "suspend" }.into());
    set("cmi.session_time".into(), time::iso_duration(visit.length()));
    check(&out, recorded)?;
    Ok(out)
}

/// One interaction's fields, `id` first and `type` before the responses.
fn fields(record: &Record, interaction: Interaction, visit: &Visit) -> Result<Vec<(String, String)>, LimitError> {
    let item = interaction.item;
    let id = format!("{URN}:{}:decision:{}", record.scenario, item.decision);
    let timing = visit.timing(item.response);
    let mut out = Vec::new();
    let (id, kind) = match interaction.part {
        Part::Answer => (id, item.interaction_type()),
        Part::Confidence => (format!("{id}:confidence"), "likert"),
    };
    out.push(("id".to_string(), id));
    out.push(("type".to_string(), kind.to_string()));
    if let Some(timing) = timing {
        let stamp = time::scorm2004_timestamp(timing.answered).ok_or_else(|| {
            LimitError::new("timestamp", &timing.answered.0.to_string(), Limit::Range("the years 1970 to 2038"))
        })?;
        out.push(("timestamp".to_string(), stamp));
    }
    match interaction.part {
        Part::Answer => {
            out.push(("weighting".to_string(), decimal(item.weight, 4)));
            let given = response(item, &item.answer);
            if !given.is_empty() {
                out.push(("learner_response".to_string(), given));
            }
            let patterns = item.key.iter().map(|key| response(item, key)).filter(|p| !p.is_empty());
            for (m, pattern) in patterns.enumerate() {
                out.push((format!("correct_responses.{m}.pattern"), pattern));
            }
            out.push(("result".to_string(), decimal(item.score, 4)));
        }
        Part::Confidence => {
            out.push(("weighting".to_string(), "0".to_string()));
            if let Some(confidence) = item.confidence {
                out.push(("learner_response".to_string(), confidence.level().to_string()));
            }
            out.push(("result".to_string(), "neutral".to_string()));
        }
    }
    if let Some(timing) = timing {
        out.push(("latency".to_string(), time::iso_duration(timing.latency())));
    }
    let description = match interaction.part {
        Part::Answer => item.ask.clone(),
        Part::Confidence => item.confidence_prompt.clone().unwrap_or_default(),
    };
    let description = shorten(description.trim_start_matches('{'), DESCRIPTION_MAX);
    if !description.is_empty() {
        out.push(("description".to_string(), description));
    }
    Ok(out)
}

/// An answer in 2004's (and xAPI's) format with the option ids: `b`, `a[,]c` (ticks; empty
/// when none), `c[,]a[,]b` (rank), `a[.]5[,]b[.]3` (rate).
pub fn response(item: &Item, answer: &Answer) -> String {
    let id = |i: usize| item.options.get(i).map_or("", |o| o.id.as_str());
    let ids: Vec<String> = match answer {
        Answer::Pick(i) => vec![id(*i).to_string()],
        Answer::Tick(ticks) => ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| id(i).to_string()).collect(),
        Answer::Rank(order) => order.iter().map(|&i| id(i).to_string()).collect(),
        Answer::Rate(ratings) => ratings.iter().enumerate().map(|(i, r)| format!("{}[.]{r}", id(i))).collect(),
    };
    ids.join("[,]")
}

/// Reads back what [`response`] wrote, for a decision of `kind` whose options (or items) have
/// these ids in authored order: the answer, or `None` when the text does not fit them (an
/// unknown id, an option twice, a ranking or ratings that leave one out, a rating outside
/// 1–7). Cohort analysis rebuilds playthroughs from cmi5 statements with it.
pub fn answer(kind: engine::scenario::DecisionKind, ids: &[&str], text: &str) -> Option<Answer> {
    use engine::scenario::DecisionKind;
    let index = |id: &str| ids.iter().position(|&o| o == id);
    let parts: Vec<&str> = if text.is_empty() { Vec::new() } else { text.split("[,]").collect() };
    match kind {
        DecisionKind::Pick => match parts.as_slice() {
            [id] => index(id).map(Answer::Pick),
            _ => None,
        },
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let mut ticks = vec![false; ids.len()];
            for id in parts {
                let slot = ticks.get_mut(index(id)?)?;
                if *slot {
                    return None;
                }
                *slot = true;
            }
            Some(Answer::Tick(ticks))
        }
        DecisionKind::Rank => {
            let order: Vec<usize> = parts.iter().map(|id| index(id)).collect::<Option<_>>()?;
            let mut sorted = order.clone();
            sorted.sort_unstable();
            sorted.dedup();
            (order.len() == ids.len() && sorted.len() == ids.len()).then_some(Answer::Rank(order))
        }
        DecisionKind::Rate => {
            let mut ratings: Vec<Option<u8>> = vec![None; ids.len()];
            for part in parts {
                let (id, rating) = part.split_once("[.]")?;
                let rating: u8 = rating.parse().ok().filter(|r| (1..=7).contains(r))?;
                let slot = ratings.get_mut(index(id)?)?;
                if slot.replace(rating).is_some() {
                    return None;
                }
            }
            ratings.into_iter().collect::<Option<Vec<u8>>>().map(Answer::Rate)
        }
    }
}

/// A `long_identifier_type` as this mapping writes it: printable ASCII without spaces, and a
/// well-formed URN when it starts with `urn:`.
pub fn is_long_identifier(v: &str) -> bool {
    let printable = !v.is_empty() && v.bytes().all(|b| b.is_ascii_graphic());
    let urn = match v.strip_prefix("urn:") {
        Some(rest) => rest.split_once(':').is_some_and(|(nid, nss)| {
            (1..=31).contains(&nid.len())
                && nid.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !nss.is_empty()
        }),
        None => true,
    };
    printable && urn
}

/// What [`check`] has seen of one interaction.
#[derive(Default)]
struct Seen<'a> {
    id: bool,
    kind: Option<&'a str>,
    patterns: usize,
}

/// Checks every pair against the strict SCORM 2004 4th edition data model: the elements this
/// mapping writes, their vocabularies, formats, ranges and lengths, each response against
/// its interaction's type, and the ordering rules (an interaction's or objective's `id`
/// before its other fields, `type` before responses, new indices without gaps after the
/// `recorded` interactions the LMS holds).
pub fn check(pairs: &[(String, String)], recorded: usize) -> Result<(), LimitError> {
    let mut interactions: HashMap<usize, Seen> = HashMap::new();
    let mut objectives: HashMap<usize, bool> = HashMap::new();
    for (element, value) in pairs {
        let (e, v) = (element.as_str(), value.as_str());
        match e {
            "cmi.location" => limit::length(e, v, LOCATION_MAX)?,
            "cmi.suspend_data" => limit::length(e, v, SUSPEND_DATA_MAX)?,
            "cmi.completion_status" => limit::vocabulary(e, v, COMPLETION)?,
            "cmi.success_status" => limit::vocabulary(e, v, SUCCESS)?,
            "cmi.exit" => limit::vocabulary(e, v, EXIT)?,
            "cmi.session_time" => limit::format(e, v, is_interval(v), "timeinterval (PThHmMs.ssS)")?,
            "cmi.score.scaled" => limit::decimal(e, v, 1, -1.0, 1.0, "-1 to 1")?,
            "cmi.score.raw" | "cmi.score.min" | "cmi.score.max" => limit::decimal(e, v, 3, 0.0, 100.0, "0 to 100")?,
            _ => {
                if let Some(rest) = e.strip_prefix("cmi.interactions.") {
                    interaction(e, v, rest, recorded, &mut interactions)?;
                } else if let Some(rest) = e.strip_prefix("cmi.objectives.") {
                    objective(e, v, rest, &mut objectives)?;
                } else {
                    return Err(LimitError::new(e, v, Limit::Unknown));
                }
            }
        }
    }
    Ok(())
}

fn index(e: &str, v: &str, rest: &str) -> Result<(usize, String), LimitError> {
    rest.split_once('.')
        .and_then(|(n, field)| n.parse::<usize>().ok().map(|n| (n, field.to_string())))
        .ok_or_else(|| LimitError::new(e, v, Limit::Unknown))
}

fn interaction<'a>(
    e: &str,
    v: &'a str,
    rest: &str,
    recorded: usize,
    seen: &mut HashMap<usize, Seen<'a>>,
) -> Result<(), LimitError> {
    let (n, field) = index(e, v, rest)?;
    if field == "id" {
        let count = recorded.max(seen.keys().map(|k| k + 1).max().unwrap_or(0));
        if n > count {
            return Err(LimitError::new(e, v, Limit::Order("new interactions without gaps")));
        }
        limit::format(e, v, is_long_identifier(v), "long_identifier_type (a URI without spaces)")?;
        limit::length(e, v, LONG_IDENTIFIER_MAX)?;
        seen.entry(n).or_default().id = true;
        return Ok(());
    }
    let Some(state) = seen.get_mut(&n).filter(|s| s.id) else {
        return Err(LimitError::new(e, v, Limit::Order("an interaction's id before its other fields")));
    };
    match field.as_str() {
        "type" => {
            limit::vocabulary(e, v, TYPES)?;
            state.kind = Some(v);
            Ok(())
        }
        "timestamp" => limit::format(e, v, is_timestamp(v), "time (YYYY-MM-DDThh:mm:ss.ssZ, 1970–2038)"),
        "weighting" => limit::decimal(e, v, 10, -1e10, 1e10, "a real number"),
        "latency" => limit::format(e, v, is_interval(v), "timeinterval (PThHmMs.ssS)"),
        "description" => description(e, v),
        "result" if RESULTS.contains(&v) => Ok(()),
        "result" => limit::decimal(e, v, 4, -1e4, 1e4, "a real number"),
        "learner_response" => response_format(e, v, state.kind),
        _ => {
            let m = field.strip_prefix("correct_responses.").and_then(|f| f.strip_suffix(".pattern"));
            match m.and_then(|m| m.parse::<usize>().ok()) {
                Some(m) if m == state.patterns => {
                    state.patterns += 1;
                    response_format(e, v, state.kind)
                }
                Some(_) => Err(LimitError::new(e, v, Limit::Order("correct responses without gaps"))),
                None => Err(LimitError::new(e, v, Limit::Unknown)),
            }
        }
    }
}

fn objective(e: &str, v: &str, rest: &str, seen: &mut HashMap<usize, bool>) -> Result<(), LimitError> {
    let (n, field) = index(e, v, rest)?;
    if field == "id" {
        if n > seen.len() {
            return Err(LimitError::new(e, v, Limit::Order("new objectives without gaps")));
        }
        limit::format(e, v, is_long_identifier(v), "long_identifier_type (a URI without spaces)")?;
        limit::length(e, v, LONG_IDENTIFIER_MAX)?;
        seen.insert(n, true);
        return Ok(());
    }
    if !seen.contains_key(&n) {
        return Err(LimitError::new(e, v, Limit::Order("an objective's id before its other fields")));
    }
    match field.as_str() {
        "score.scaled" => limit::decimal(e, v, 1, -1.0, 1.0, "-1 to 1"),
        "success_status" => limit::vocabulary(e, v, SUCCESS),
        "description" => description(e, v),
        _ => Err(LimitError::new(e, v, Limit::Unknown)),
    }
}

/// A localized string of at most 250 characters on one line that does not open with `{`
/// (which would read as a language tag).
fn description(e: &str, v: &str) -> Result<(), LimitError> {
    limit::length(e, v, DESCRIPTION_MAX)?;
    limit::format(e, v, !v.contains(['\n', '\r']) && !v.starts_with('{'), "localized_string_type (one line)")
}

/// A response in the format of its interaction's type, which must have been written first.
fn response_format(e: &str, v: &str, kind: Option<&str>) -> Result<(), LimitError> {
    let short = |s: &str| is_identifier(s) && s.len() <= SHORT_IDENTIFIER_MAX;
    let nodes: Vec<&str> = v.split("[,]").collect();
    if nodes.len() > RESPONSE_OPTIONS_MAX {
        return Err(LimitError::new(e, v, Limit::Options { count: nodes.len(), max: RESPONSE_OPTIONS_MAX }));
    }
    let valid = match kind {
        Some("choice") => {
            nodes.iter().all(|n| short(n)) && nodes.iter().enumerate().all(|(i, n)| !nodes[..i].contains(n))
        }
        Some("sequencing") => nodes.iter().all(|n| short(n)),
        Some("matching") => nodes.iter().all(|n| n.split_once("[.]").is_some_and(|(a, b)| short(a) && short(b))),
        Some("likert") => nodes.len() == 1 && short(v),
        _ => return Err(LimitError::new(e, v, Limit::Order("the interaction's type before its responses"))),
    };
    limit::format(e, v, valid, "SCORM 2004 response of this interaction type")
}

/// `YYYY-MM-DDThh:mm:ss.s…Z` as [`time::scorm2004_timestamp`] writes it: every field, years
/// 1970–2038, one or two decimals and `Z`.
fn is_timestamp(v: &str) -> bool {
    let b = v.as_bytes();
    let digits = |range: std::ops::Range<usize>| b.get(range).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num = |range: std::ops::Range<usize>| v.get(range).and_then(|s| s.parse::<u32>().ok()).unwrap_or(99_999);
    let fraction = v.get(20..v.len().saturating_sub(1)).unwrap_or("");
    v.len() >= 22
        && digits(0..4)
        && (1970..=2038).contains(&num(0..4))
        && b[4] == b'-'
        && digits(5..7)
        && (1..=12).contains(&num(5..7))
        && b[7] == b'-'
        && digits(8..10)
        && (1..=31).contains(&num(8..10))
        && b[10] == b'T'
        && digits(11..13)
        && num(11..13) < 24
        && b[13] == b':'
        && digits(14..16)
        && num(14..16) < 60
        && b[16] == b':'
        && digits(17..19)
        && num(17..19) < 60
        && b[19] == b'.'
        && (1..=2).contains(&fraction.len())
        && fraction.bytes().all(|d| d.is_ascii_digit())
        && v.ends_with('Z')
}

/// `PT[hH][mM][s[.s]S]` with at most two decimals, at least one part: the subset of
/// `timeinterval` [`time::iso_duration`] writes.
fn is_interval(v: &str) -> bool {
    let Some(mut rest) = v.strip_prefix("PT") else { return false };
    let mut parts = 0;
    for unit in ['H', 'M'] {
        if let Some((n, after)) = rest.split_once(unit)
            && !n.is_empty()
            && n.bytes().all(|b| b.is_ascii_digit())
        {
            rest = after;
            parts += 1;
        }
    }
    if let Some(seconds) = rest.strip_suffix('S') {
        let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
        let ok = !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && (1..=2).contains(&fraction.len())
            && fraction.bytes().all(|b| b.is_ascii_digit());
        return ok;
    }
    rest.is_empty() && parts > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(e, v)| (e.to_string(), v.to_string())).collect()
    }

    #[test]
    fn responses_read_back_into_answers() {
        use crate::record::OptionText;
        use engine::scenario::DecisionKind;
        let ids = ["fix", "ask", "ship"];
        let options = ids.iter().map(|id| OptionText { id: id.to_string(), text: String::new() }).collect();
        let mut item = Item {
            response: 0,
            decision: "d".into(),
            ask: String::new(),
            kind: DecisionKind::Pick,
            options,
            answer: Answer::Pick(0),
            key: Vec::new(),
            score: 0.0,
            weight: 1.0,
            confidence: None,
            confidence_prompt: None,
            evidence: Vec::new(),
        };
        let cases = [
            (DecisionKind::Pick, Answer::Pick(2)),
            (DecisionKind::Considerations, Answer::Tick(vec![true, false, true])),
            (DecisionKind::Pivot, Answer::Tick(vec![false, false, false])),
            (DecisionKind::Rank, Answer::Rank(vec![2, 0, 1])),
            (DecisionKind::Rate, Answer::Rate(vec![5, 3, 7])),
        ];
        for (kind, given) in cases {
            item.kind = kind;
            let text = response(&item, &given);
            assert_eq!(answer(kind, &ids, &text), Some(given), "{text}");
        }
        for (kind, bad) in [
            (DecisionKind::Pick, "nope"),
            (DecisionKind::Pick, "fix[,]ask"),
            (DecisionKind::Considerations, "fix[,]fix"),
            (DecisionKind::Rank, "fix[,]ask"),
            (DecisionKind::Rank, "fix[,]ask[,]ask"),
            (DecisionKind::Rate, "fix[.]5[,]ask[.]3"),
            (DecisionKind::Rate, "fix[.]8[,]ask[.]3[,]ship[.]1"),
            (DecisionKind::Rate, "fix[.]5[,]fix[.]3[,]ship[.]1"),
        ] {
            assert_eq!(answer(kind, &ids, bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_follow_the_rte() {
        assert!(is_timestamp("2026-11-21T10:04:05.67Z"));
        assert!(is_timestamp("2026-11-21T10:04:05.6Z"));
        for bad in
            ["2026-11-21T10:04:05Z", "2039-01-01T00:00:00.00Z", "2026-13-01T00:00:00.00Z", "2026-11-21T10:04:05.678Z"]
        {
            assert!(!is_timestamp(bad), "{bad}");
        }
        for ok in ["PT0S", "PT1H2M3.45S", "PT1M", "PT2H", "PT0.5S"] {
            assert!(is_interval(ok), "{ok}");
        }
        for bad in ["PT", "PT1.234S", "P1D", "00:01:00", "PTS", "PT1H2"] {
            assert!(!is_interval(bad), "{bad}");
        }
        assert!(is_long_identifier("urn:judgement-call:s:decision:d1"));
        assert!(!is_long_identifier("urn:judgement call:x"));
        assert!(!is_long_identifier("urn:x"));
        assert!(!is_long_identifier("a b"));
    }

    #[test]
    fn the_ordering_rules_are_enforced() {
        let id = ("cmi.interactions.0.id", "urn:judgement-call:s:decision:d1");
        assert!(check(&pairs(&[("cmi.interactions.0.type", "choice")]), 0).is_err(), "type before id");
        assert!(check(&pairs(&[id, ("cmi.interactions.0.learner_response", "b")]), 0).is_err(), "response before type");
        assert!(
            check(
                &pairs(&[id, ("cmi.interactions.0.type", "choice"), ("cmi.interactions.0.learner_response", "b")]),
                0
            )
            .is_ok()
        );
        assert!(check(&pairs(&[("cmi.interactions.3.id", "x")]), 2).is_err(), "a gap after the recorded two");
        assert!(check(&pairs(&[("cmi.interactions.2.id", "x")]), 2).is_ok());
        assert!(check(&pairs(&[("cmi.objectives.0.score.scaled", "0.5")]), 0).is_err(), "objective id first");
        let pattern = |m: &str| {
            check(
                &pairs(&[
                    id,
                    ("cmi.interactions.0.type", "choice"),
                    (&format!("cmi.interactions.0.correct_responses.{m}.pattern"), "a"),
                ]),
                0,
            )
        };
        assert!(pattern("0").is_ok());
        assert!(pattern("1").is_err(), "patterns without gaps");
    }

    #[test]
    fn values_outside_the_data_model_are_refused() {
        let typed = |kind: &str, response: &str| {
            check(
                &pairs(&[
                    ("cmi.interactions.0.id", "x"),
                    ("cmi.interactions.0.type", kind),
                    ("cmi.interactions.0.learner_response", response),
                ]),
                0,
            )
        };
        assert!(typed("choice", "a[,]b").is_ok());
        assert!(typed("choice", "a[,]a").is_err(), "choices are a set");
        assert!(typed("choice", "a b").is_err());
        assert!(typed("matching", "a[.]5[,]b[.]3").is_ok());
        assert!(typed("likert", "1[,]2").is_err());
        for (element, value) in [
            ("cmi.score.scaled", "1.5"),
            ("cmi.completion_status", "done"),
            ("cmi.success_status", "completed"),
            ("cmi.session_time", "00:05:00"),
            ("cmi.location", &"x".repeat(1001)),
            ("cmi.learner_id", "me"),
        ] {
            assert!(check(&pairs(&[(element, value)]), 0).is_err(), "{element} = {value}");
        }
        let description =
            |text: &str| check(&pairs(&[("cmi.interactions.0.id", "x"), ("cmi.interactions.0.description", text)]), 0);
        assert!(description("What now?").is_ok());
        assert!(description(&"x".repeat(251)).is_err());
        assert!(description("{lang=en}x").is_err());
    }
}
