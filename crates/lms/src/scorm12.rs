//! What SCORM 1.2 records: [`values`] turns a [`Record`] into the `cmi.*` element–value
//! pairs to `LMSSetValue` in order before `LMSCommit`.
//!
//! - `cmi.core.lesson_location`: `<scenario>/<block>`; `cmi.suspend_data`: the `jc1 …` log
//!   (at most 4,096 characters, the strict limit Moodle enforces);
//! - one journaled interaction per response, and one more for its confidence: 1.2
//!   interactions are write-only, so only those past the LMS's `cmi.interactions._count`
//!   are written, each with `id`, `type`, `time`, `weighting`, `student_response`,
//!   `correct_responses.m.pattern`, `result` (the item score, 0–1) and `latency`;
//! - once the story has ended, `cmi.core.score.min`, `max` (0, 100) and `raw`;
//! - `cmi.core.lesson_status` (`incomplete`, then `passed` or `failed` by the pass mark),
//!   `cmi.core.exit` (`suspend` while unfinished, empty at the end) and
//!   `cmi.core.session_time`.
//!
//! Responses use 1.2's formats, which name options by single characters: `a` to `z`, then
//! `0` to `9`, in authored order (so at most 36 options). Every pair passes [`check`], the
//! strict reading of the 1.2 data model, before it is returned.

use std::collections::HashMap;

use crate::Visit;
use crate::limit::{self, Limit, LimitError, is_identifier};
use crate::record::{Interaction, Item, Part, Record};
use crate::time;
use codec::decimal;
use engine::playthrough::Answer;

/// `cmi.suspend_data` is a CMIString4096.
pub const SUSPEND_DATA_MAX: usize = 4096;
/// `cmi.core.lesson_location` is a CMIString255.
pub const LOCATION_MAX: usize = 255;
/// CMIIdentifier and CMIFeedback hold at most 255 characters.
pub const IDENTIFIER_MAX: usize = 255;
/// The single characters that name options in 1.2 responses, in order.
pub const OPTION_NAMES: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

const STATUS: &[&str] = &["passed", "completed", "failed", "incomplete", "browsed"];
const EXIT: &[&str] = &["time-out", "suspend", "logout", ""];
const TYPES: &[&str] =
    &["true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"];
const RESULTS: &[&str] = &["correct", "wrong", "unanticipated", "neutral"];

/// The pairs to write now, in order. `recorded` is the LMS's `cmi.interactions._count`:
/// interactions below it were journaled earlier and are not written again.
pub fn values(record: &Record, visit: &Visit, recorded: usize) -> Result<Vec<(String, String)>, LimitError> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut set = |element: String, value: String| out.push((element, value));
    set("cmi.core.lesson_location".into(), record.location.clone());
    set("cmi.suspend_data".into(), record.log.clone());
    for (n, interaction) in record.interactions().into_iter().enumerate().skip(recorded) {
        for (field, value) in fields(record, interaction, visit)? {
            set(format!("cmi.interactions.{n}.{field}"), value);
        }
    }
    if let Some(score) = record.score {
        set("cmi.core.score.min".into(), "0".into());
        set("cmi.core.score.max".into(), "100".into());
        set("cmi.core.score.raw".into(), score.raw());
    }
    let status = match record.score {
        Some(score) if score.passed => "passed",
        Some(_) => "failed",
        None => "incomplete",
    };
    set("cmi.core.lesson_status".into(), status.into());
    set("cmi.core.exit".into(), if record.finished { "" } else { "suspend" }.into());
    let session_time = time::scorm12_timespan(visit.length())
        .ok_or_else(|| LimitError::new("cmi.core.session_time", "10000 hours or more", Limit::Format("CMITimespan")))?;
    set("cmi.core.session_time".into(), session_time);
    check(&out)?;
    Ok(out)
}

/// One interaction's fields, `id` first.
fn fields(record: &Record, interaction: Interaction, visit: &Visit) -> Result<Vec<(String, String)>, LimitError> {
    let item = interaction.item;
    let mut out = Vec::new();
    let base = format!("{}.{}", record.scenario, item.decision);
    let timing = visit.timing(item.response);
    match interaction.part {
        Part::Answer => {
            out.push(("id".to_string(), base));
            out.push(("type".to_string(), item.interaction_type().to_string()));
            if let Some(timing) = timing {
                out.push(("time".to_string(), time::scorm12_time(timing.answered, visit.offset)));
            }
            out.push(("weighting".to_string(), decimal(item.weight, 4)));
            let given = response(item, &item.answer)?;
            if !given.is_empty() {
                out.push(("student_response".to_string(), given));
            }
            let patterns: Vec<String> = item.key.iter().map(|key| response(item, key)).collect::<Result<_, _>>()?;
            for (m, pattern) in patterns.into_iter().filter(|p| !p.is_empty()).enumerate() {
                out.push((format!("correct_responses.{m}.pattern"), pattern));
            }
            out.push(("result".to_string(), decimal(item.score, 4)));
        }
        Part::Confidence => {
            out.push(("id".to_string(), format!("{base}.confidence")));
            out.push(("type".to_string(), "likert".to_string()));
            if let Some(timing) = timing {
                out.push(("time".to_string(), time::scorm12_time(timing.answered, visit.offset)));
            }
            out.push(("weighting".to_string(), "0".to_string()));
            if let Some(confidence) = item.confidence {
                out.push(("student_response".to_string(), confidence.level().to_string()));
            }
            out.push(("result".to_string(), "neutral".to_string()));
        }
    }
    if let Some(timing) = timing {
        let latency = time::scorm12_timespan(timing.latency())
            .ok_or_else(|| LimitError::new("latency", "10000 hours or more", Limit::Format("CMITimespan")))?;
        out.push(("latency".to_string(), latency));
    }
    Ok(out)
}

/// An answer in 1.2's format: `b` (pick), `a,c` (ticks; empty when none), `c,a,b` (rank),
/// `a.5,b.3,c.7` (rate: each option matched to its rating).
fn response(item: &Item, answer: &Answer) -> Result<String, LimitError> {
    let count = item.options.len();
    if count > OPTION_NAMES.len() {
        let element = format!("{}.{}", item.decision, "student_response");
        return Err(LimitError::new(element, &item.decision, Limit::Options { count, max: OPTION_NAMES.len() }));
    }
    let name = |i: usize| OPTION_NAMES.get(i).map_or('?', |&b| char::from(b));
    let names: Vec<String> = match answer {
        Answer::Pick(i) => vec![name(*i).to_string()],
        Answer::Tick(ticks) => {
            ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| name(i).to_string()).collect()
        }
        Answer::Rank(order) => order.iter().map(|&i| name(i).to_string()).collect(),
        Answer::Rate(ratings) => ratings.iter().enumerate().map(|(i, r)| format!("{}.{r}", name(i))).collect(),
    };
    Ok(names.join(","))
}

/// Checks every pair against the strict SCORM 1.2 data model: the elements this mapping
/// writes, their vocabularies, formats, ranges and lengths, and each interaction's response
/// against its type.
pub fn check(pairs: &[(String, String)]) -> Result<(), LimitError> {
    let mut types: HashMap<&str, &str> = HashMap::new();
    for (element, value) in pairs {
        let (e, v) = (element.as_str(), value.as_str());
        match e {
            "cmi.core.lesson_location" => limit::length(e, v, LOCATION_MAX)?,
            "cmi.suspend_data" => limit::length(e, v, SUSPEND_DATA_MAX)?,
            "cmi.core.lesson_status" => limit::vocabulary(e, v, STATUS)?,
            "cmi.core.exit" => limit::vocabulary(e, v, EXIT)?,
            "cmi.core.session_time" => limit::format(e, v, is_timespan(v), "CMITimespan (HHHH:MM:SS.SS)")?,
            "cmi.core.score.raw" | "cmi.core.score.min" | "cmi.core.score.max" => {
                limit::decimal(e, v, 3, 0.0, 100.0, "0 to 100")?;
            }
            _ => {
                let Some((n, field)) = e.strip_prefix("cmi.interactions.").and_then(|rest| rest.split_once('.')) else {
                    return Err(LimitError::new(e, v, Limit::Unknown));
                };
                interaction_field(e, v, field, types.get(n).copied())?;
                if field == "type" {
                    types.insert(n, v);
                }
            }
        }
    }
    Ok(())
}

fn interaction_field(e: &str, v: &str, field: &str, kind: Option<&str>) -> Result<(), LimitError> {
    match field {
        "id" => {
            limit::format(e, v, is_identifier(v), "CMIIdentifier (ASCII letters, digits, `_`, `.`, `-`)")?;
            limit::length(e, v, IDENTIFIER_MAX)
        }
        "type" => limit::vocabulary(e, v, TYPES),
        "time" => limit::format(e, v, is_time(v), "CMITime (HH:MM:SS)"),
        "weighting" => limit::decimal(e, v, 3, -999.0, 999.0, "-999 to 999"),
        "latency" => limit::format(e, v, is_timespan(v), "CMITimespan (HHHH:MM:SS.SS)"),
        "result" if RESULTS.contains(&v) => Ok(()),
        "result" => limit::decimal(e, v, 3, 0.0, 999.0, "0 to 999"),
        "student_response" => response_format(e, v, kind),
        _ if field.starts_with("correct_responses.") && field.ends_with(".pattern") => response_format(e, v, kind),
        _ => Err(LimitError::new(e, v, Limit::Unknown)),
    }
}

/// A response in the format of its interaction's type, which must have been written first.
fn response_format(e: &str, v: &str, kind: Option<&str>) -> Result<(), LimitError> {
    limit::length(e, v, IDENTIFIER_MAX)?;
    let single = |s: &str| s.len() == 1 && s.bytes().all(|b| OPTION_NAMES.contains(&b));
    let valid = match kind {
        Some("choice" | "sequencing") => v.split(',').all(single),
        Some("likert") => single(v),
        Some("matching") => v.split(',').all(|pair| pair.split_once('.').is_some_and(|(a, b)| single(a) && single(b))),
        _ => return Err(LimitError::new(e, v, Limit::Order("the interaction's type before its responses"))),
    };
    limit::format(e, v, valid, "SCORM 1.2 response of this interaction type")
}

/// CMITimespan: `HH:MM:SS` with 2–4 digits of hours and an optional one- or two-digit
/// fraction of a second.
fn is_timespan(v: &str) -> bool {
    let mut parts = v.splitn(3, ':');
    let (Some(h), Some(m), Some(s)) = (parts.next(), parts.next(), parts.next()) else { return false };
    (2..=4).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_digit()) && is_minutes(m) && is_seconds(s)
}

/// CMITime: `HH:MM:SS`, hours 00–23, with an optional fraction of a second.
fn is_time(v: &str) -> bool {
    let mut parts = v.splitn(3, ':');
    let (Some(h), Some(m), Some(s)) = (parts.next(), parts.next(), parts.next()) else { return false };
    h.len() == 2 && h.parse::<u8>().is_ok_and(|h| h < 24) && is_minutes(m) && is_seconds(s)
}

fn is_minutes(m: &str) -> bool {
    m.len() == 2 && m.parse::<u8>().is_ok_and(|m| m < 60)
}

fn is_seconds(s: &str) -> bool {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, "00"));
    is_minutes(whole) && (1..=2).contains(&fraction.len()) && fraction.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(e, v)| (e.to_string(), v.to_string())).collect()
    }

    #[test]
    fn the_strict_data_model_refuses_what_lenient_runtimes_accept() {
        let refused = [
            ("cmi.suspend_data", "x".repeat(4097)),
            ("cmi.core.lesson_location", "x".repeat(256)),
            ("cmi.core.score.raw", "150".to_string()),
            ("cmi.core.score.raw", "1e2".to_string()),
            ("cmi.core.lesson_status", "not attempted".to_string()),
            ("cmi.core.exit", "normal".to_string()),
            ("cmi.core.session_time", "PT5M".to_string()),
            ("cmi.interactions.0.id", "q 1".to_string()),
            ("cmi.comments", "hello".to_string()),
        ];
        for (element, value) in refused {
            assert!(check(&pairs(&[(element, &value)])).is_err(), "{element} = {value}");
        }
        assert!(check(&pairs(&[("cmi.suspend_data", &"x".repeat(4096))])).is_ok());
    }

    #[test]
    fn responses_follow_their_type() {
        let with = |kind: &str, response: &str| {
            check(&pairs(&[
                ("cmi.interactions.0.id", "s.d1"),
                ("cmi.interactions.0.type", kind),
                ("cmi.interactions.0.student_response", response),
            ]))
        };
        assert!(with("choice", "b").is_ok());
        assert!(with("choice", "a,c").is_ok());
        assert!(with("choice", "option-b").is_err());
        assert!(with("sequencing", "c,a,b").is_ok());
        assert!(with("matching", "a.5,b.3").is_ok());
        assert!(with("matching", "a5").is_err());
        assert!(with("likert", "3").is_ok());
        assert!(with("likert", "3,2").is_err());
        let untyped = check(&pairs(&[("cmi.interactions.0.student_response", "b")])).expect_err("no type yet");
        assert!(matches!(untyped.limit, Limit::Order(_)));
    }

    #[test]
    fn times_follow_cmi_formats() {
        for ok in ["00:00:00", "23:59:59", "12:00:00.5"] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in ["24:00:00", "1:00:00", "12:60:00", "12:00"] {
            assert!(!is_time(bad), "{bad}");
        }
        for ok in ["0000:05:12.30", "00:00:01", "9999:59:59.99"] {
            assert!(is_timespan(ok), "{ok}");
        }
        for bad in ["PT5M", "00000:00:00", "0:00:00", "00:00:00.123"] {
            assert!(!is_timespan(bad), "{bad}");
        }
    }
}
