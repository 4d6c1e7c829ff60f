//! Attempts from cmi5's xAPI statements, as the app's cmi5 bridge sends them
//! (`lms::cmi5::statements`) and an LRS hands them back: a JSON array, NDJSON, or
//! `StatementResult` pages (`{"statements": […], "more": "…"}`).
//!
//! [`Splitter`] cuts a byte stream into JSON values without holding more than one value:
//! each element of a top-level array, each top-level value otherwise (so a page or a profile
//! export is one value). [`Statements`] takes statements one at a time ([`Statements::page`]
//! takes a whole page and returns its `more` link, for a reader that fetches the next), and
//! groups `answered` statements by registration (actor and registration): each gives its
//! decision (the object's id ends in `/decision/<id>`) and its response in xAPI's format,
//! read back with `lms::scorm2004::answer`. A `completed` statement ends the attempt, as does
//! a `terminated` one once the story has ended (a session that stops half-way may be
//! resumed in a later session of the same registration); anything still open at the end of
//! the input ends then ([`Statements::finish`]). Until then each open registration holds its
//! answers: that, and the activity ids seen, is the reader's memory.
//!
//! The answers are put in story order by replaying them: at each decision the reader takes
//! the first unused answer to it, so statements may arrive in any order (an LRS returns the
//! newest first unless asked for `ascending=true`), except that answers to a decision the
//! story returns to are taken in the order they came. The option order's seed is not
//! recorded in statements; it never affects a score, so attempts are rebuilt with seed 0.

use std::collections::HashMap;

use codec::json::Json;
use engine::Playthrough;
use engine::playthrough::{Confidence, Cursor, Response, Step};
use engine::scenario::{Decision, NodeId, Scenario};
use lms::cmi5::{CONFIDENCE, INTERACTION};
use lms::record::shorten;

use super::Attempt;
use super::source::{EXAMPLE, Read, Reason, Skip};

/// The activity id the app's packages give a scenario (`urn:judgement-call:scenario:<id>`).
pub const SCENARIO_ACTIVITY: &str = "urn:judgement-call:scenario:";

/// Cuts a stream of bytes into JSON values: see the module's doc.
#[derive(Debug, Default)]
pub struct Splitter {
    buffer: Vec<u8>,
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// Inside a top-level array, whose elements are the values.
    in_array: bool,
    /// A bare scalar (not an object or array) is being read.
    scalar: bool,
}

impl Splitter {
    pub fn new() -> Splitter {
        Splitter::default()
    }

    /// Reads more bytes; every value they complete is handed to `value`.
    pub fn feed(&mut self, mut bytes: &[u8], value: &mut dyn FnMut(Result<String, Skip>)) {
        while let Some((&b, rest)) = bytes.split_first() {
            if self.depth == 0 || self.scalar {
                self.byte(b, value);
                bytes = rest;
                continue;
            }
            // Inside an object or array: scan a whole run at once, copying it in one piece.
            let (end, done) = self.scan(bytes);
            self.buffer.extend_from_slice(&bytes[..end]);
            bytes = &bytes[end..];
            if done {
                self.emit(value);
            }
        }
    }

    /// Follows strings and nesting through `bytes`: how many bytes belong to the value being
    /// read, and whether they finish it.
    fn scan(&mut self, bytes: &[u8]) -> (usize, bool) {
        let (mut depth, mut in_string, mut escaped) = (self.depth, self.in_string, self.escaped);
        let mut i = 0;
        let mut done = false;
        while i < bytes.len() {
            if in_string {
                if escaped {
                    escaped = false;
                    i += 1;
                    continue;
                }
                // Jump to the next quote or backslash.
                match bytes[i..].iter().position(|&b| b == b'"' || b == b'\\') {
                    Some(at) => {
                        i += at;
                        if bytes[i] == b'\\' {
                            escaped = true;
                        } else {
                            in_string = false;
                        }
                        i += 1;
                    }
                    None => i = bytes.len(),
                }
                continue;
            }
            match bytes[i] {
                b'"' => in_string = true,
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        i += 1;
                        done = true;
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        (self.depth, self.in_string, self.escaped) = (depth, in_string, escaped);
        (i, done)
    }

    /// The end of the stream: a value left unfinished is malformed.
    pub fn finish(&mut self, value: &mut dyn FnMut(Result<String, Skip>)) {
        if self.scalar {
            self.emit(value);
        } else if !self.buffer.is_empty() {
            let detail = format!("unfinished JSON: `{}`", shorten(&String::from_utf8_lossy(&self.buffer), EXAMPLE));
            self.buffer.clear();
            value(Err(Skip::Malformed { reason: Reason::NotJson, learner: None, detail }));
        }
        *self = Splitter::default();
    }

    fn emit(&mut self, value: &mut dyn FnMut(Result<String, Skip>)) {
        // A copy of exactly the value's size; the buffer keeps its capacity for the next.
        let bytes = self.buffer.clone();
        self.buffer.clear();
        self.scalar = false;
        value(String::from_utf8(bytes).map_err(|_| Skip::Malformed {
            reason: Reason::NotText,
            learner: None,
            detail: "a statement that is not UTF-8".into(),
        }));
    }

    fn byte(&mut self, b: u8, value: &mut dyn FnMut(Result<String, Skip>)) {
        if self.scalar {
            if b.is_ascii_whitespace() || b == b',' || b == b']' || b == b'[' || b == b'{' {
                self.emit(value);
                if b == b']' && self.in_array {
                    self.in_array = false;
                }
                if b != b'[' && b != b'{' {
                    return;
                }
            } else {
                self.buffer.push(b);
                return;
            }
        }
        // Outside any value (inside values, `feed` scans whole runs).
        match b {
            b'[' if !self.in_array => self.in_array = true,
            b'{' | b'[' => {
                self.depth = 1;
                self.buffer.push(b);
            }
            b']' if self.in_array => self.in_array = false,
            b',' => {}
            b if b.is_ascii_whitespace() => {}
            _ => {
                self.scalar = true;
                self.buffer.push(b);
            }
        }
    }
}

/// One registration's attempt, still open.
#[derive(Debug)]
struct Open {
    learner: String,
    when: Option<i64>,
    /// (decision node, response), in the order they came.
    answers: Vec<(NodeId, Response)>,
}

/// Groups statements into attempts: see the module's doc.
pub struct Statements<'s> {
    scenario: &'s Scenario,
    /// By (actor, registration).
    open: HashMap<(String, String), Open>,
    /// Activity ids that `answered` statements named as their scenario's, besides the
    /// package's own: an LMS may give the unit an id of its own.
    activities: Vec<String>,
}

impl<'s> Statements<'s> {
    pub fn new(scenario: &'s Scenario) -> Statements<'s> {
        Statements { scenario, open: HashMap::new(), activities: Vec::new() }
    }

    /// How many registrations have an attempt open.
    pub fn open(&self) -> usize {
        self.open.len()
    }

    /// Reads one JSON value from a [`Splitter`]: a statement, or a `StatementResult` page
    /// (whose `more` link is returned).
    pub fn value(&mut self, text: &str, out: &mut dyn FnMut(Read)) -> Option<String> {
        match Json::parse(text) {
            Ok(json) if json.get("statements").is_some() => self.page(&json, out),
            Ok(json) => {
                self.statement(&json, out);
                None
            }
            Err(e) => {
                let detail = format!("`{}`: {e}", shorten(text, EXAMPLE));
                out(Err(Skip::Malformed { reason: Reason::NotJson, learner: None, detail }));
                None
            }
        }
    }

    /// Reads a `StatementResult` page; returns its `more` link when there are more pages.
    pub fn page(&mut self, page: &Json, out: &mut dyn FnMut(Read)) -> Option<String> {
        match page.get("statements") {
            Some(Json::Array(statements)) => {
                for statement in statements {
                    self.statement(statement, out);
                }
            }
            _ => out(Err(Skip::Malformed {
                reason: Reason::NotAStatement,
                learner: None,
                detail: "a page whose `statements` is not a list".into(),
            })),
        }
        page.get("more").and_then(Json::as_str).filter(|m| !m.is_empty()).map(str::to_string)
    }

    /// Reads one statement.
    pub fn statement(&mut self, statement: &Json, out: &mut dyn FnMut(Read)) {
        let verb = statement.get("verb").and_then(|v| v.get("id")).and_then(Json::as_str);
        let object = statement.get("object").and_then(|o| o.get("id")).and_then(Json::as_str);
        let actor = statement.get("actor").and_then(actor);
        let (Some(verb), Some(object), Some(actor)) = (verb, object, actor) else {
            let detail = format!("`{}`", shorten(&statement.write(), EXAMPLE));
            out(Err(Skip::Malformed { reason: Reason::NotAStatement, learner: None, detail }));
            return;
        };
        let verb = verb.rsplit('/').next().unwrap_or_default();
        let registration = statement.get("context").and_then(|c| c.get("registration")).and_then(Json::as_str);
        let malformed = |reason, detail: String| Skip::Malformed { reason, learner: Some(actor.clone()), detail };
        match verb {
            "answered" => {
                let Some((activity, decision)) = object.rsplit_once("/decision/") else {
                    out(Err(Skip::Elsewhere));
                    return;
                };
                let Some((node, d)) = self.decision(activity, decision, statement) else {
                    out(Err(Skip::Elsewhere));
                    return;
                };
                let Some(registration) = registration else {
                    out(Err(malformed(Reason::NoRegistration, format!("an answer to `{decision}`"))));
                    return;
                };
                let result = statement.get("result");
                let text = result.and_then(|r| r.get("response")).and_then(Json::as_str).unwrap_or_default();
                let ids: Vec<&str> = d.options.iter().map(|o| o.id.as_str()).collect();
                let Some(answer) = lms::scorm2004::answer(d.kind, &ids, text) else {
                    out(Err(malformed(
                        Reason::UnreadableResponse,
                        format!("`{}` at `{decision}`", shorten(text, EXAMPLE)),
                    )));
                    return;
                };
                let confidence = result
                    .and_then(|r| r.get("extensions"))
                    .and_then(|e| e.get(CONFIDENCE))
                    .and_then(Json::as_str)
                    .and_then(confidence);
                if d.confidence.is_some() && confidence.is_none() {
                    out(Err(malformed(Reason::NoConfidence, format!("at `{decision}`"))));
                    return;
                }
                let confidence = if d.confidence.is_some() { confidence } else { None };
                if !self.activities.iter().any(|a| a == activity) {
                    self.activities.push(activity.to_string());
                }
                let when = statement.get("timestamp").and_then(Json::as_str).and_then(millis);
                let open = self.open.entry((actor.clone(), registration.to_string())).or_insert(Open {
                    learner: actor.clone(),
                    when,
                    answers: Vec::new(),
                });
                open.when = match (open.when, when) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                open.answers.push((node, Response { answer, confidence }));
            }
            "completed" | "terminated" | "passed" | "failed" | "initialized" => {
                if !self.about(object) {
                    out(Err(Skip::Elsewhere));
                    return;
                }
                let Some(registration) = registration else {
                    out(Err(malformed(Reason::NoRegistration, format!("a `{verb}` statement"))));
                    return;
                };
                let key = (actor.clone(), registration.to_string());
                let ends = match verb {
                    "completed" => true,
                    "terminated" => self.open.get(&key).is_some_and(|o| self.finished(o)),
                    _ => false,
                };
                if ends && let Some(open) = self.open.remove(&key) {
                    out(self.close(open));
                }
            }
            _ => out(Err(Skip::Elsewhere)),
        }
    }

    /// The end of the input: every attempt still open ends, in the order of their first
    /// statements' times.
    pub fn finish(&mut self, out: &mut dyn FnMut(Read)) {
        let mut open: Vec<Open> = self.open.drain().map(|(_, o)| o).collect();
        open.sort_by(|a, b| (a.when, &a.learner).cmp(&(b.when, &b.learner)));
        for attempt in open {
            out(self.close(attempt));
        }
    }

    /// The decision an `answered` statement is about, with its options' ids, when it is this
    /// scenario's: the activity is the package's own id for it (or any id that is not the
    /// package's for another scenario), the decision exists, and the interaction's
    /// choices, when the statement lists them, are its options.
    fn decision(&self, activity: &str, decision: &str, statement: &Json) -> Option<(NodeId, &'s Decision)> {
        if let Some(id) = activity.strip_prefix(SCENARIO_ACTIVITY)
            && id != self.scenario.meta.id
        {
            return None;
        }
        let scenario: &'s Scenario = self.scenario;
        let (node, d) = scenario.decisions().find(|(node, _)| scenario.node(*node).id == decision)?;
        let definition = statement.get("object").and_then(|o| o.get("definition"));
        if let Some(definition) = definition {
            if definition.get("type").and_then(Json::as_str).is_some_and(|t| t != INTERACTION) {
                return None;
            }
            let listed = definition.get("choices").or_else(|| definition.get("source"));
            if let Some(Json::Array(listed)) = listed {
                let ids: Vec<&str> = listed.iter().filter_map(|c| c.get("id").and_then(Json::as_str)).collect();
                if !ids.iter().copied().eq(d.options.iter().map(|o| o.id.as_str())) {
                    return None;
                }
            }
        }
        Some((node, d))
    }

    /// Whether a unit-level statement's object is this scenario.
    fn about(&self, object: &str) -> bool {
        object.strip_prefix(SCENARIO_ACTIVITY) == Some(self.scenario.meta.id.as_str())
            || self.activities.iter().any(|a| a == object)
    }

    /// Whether an open attempt's answers take the story to an ending.
    fn finished(&self, open: &Open) -> bool {
        matches!(self.rebuild(open), Ok((_, true)))
    }

    /// Ends an attempt: its answers in story order, as a playthrough.
    fn close(&self, open: Open) -> Read {
        match self.rebuild(&open) {
            Ok((playthrough, _)) => Ok(Attempt { learner: Some(open.learner), when: open.when, playthrough }),
            Err(reason) => Err(Skip::Malformed {
                reason,
                learner: Some(open.learner),
                detail: format!("{} answers that do not follow the story", open.answers.len()),
            }),
        }
    }

    /// The answers put in story order by replaying them, and whether they reach an ending.
    fn rebuild(&self, open: &Open) -> Result<(Playthrough, bool), Reason> {
        let scenario = self.scenario;
        let mut playthrough = Playthrough::new(scenario, 0);
        let (mut cursor, _) = Cursor::start(scenario, 0).map_err(|_| Reason::DoesNotReplay)?;
        let mut used = vec![false; open.answers.len()];
        while let Step::Decide { .. } = cursor.step() {
            let next = open.answers.iter().enumerate().find(|(i, (node, _))| !used[*i] && *node == cursor.node);
            let Some((i, (_, response))) = next else { break };
            cursor.advance(response).map_err(|_| Reason::DoesNotReplay)?;
            used[i] = true;
            playthrough.responses.push(response.clone());
        }
        if used.iter().any(|u| !u) {
            return Err(Reason::OffPath);
        }
        Ok((playthrough, matches!(cursor.step(), Step::End(_))))
    }
}

/// A statement's actor as one stable string: its account, mailbox, hashed mailbox or
/// OpenID, whichever it has.
fn actor(actor: &Json) -> Option<String> {
    if let Some(account) = actor.get("account") {
        let home = account.get("homePage").and_then(Json::as_str).unwrap_or_default();
        let name = account.get("name").and_then(Json::as_str)?;
        return Some(format!("account:{home}/{name}"));
    }
    for key in ["mbox", "mbox_sha1sum", "openid"] {
        if let Some(id) = actor.get(key).and_then(Json::as_str) {
            return Some(format!("{key}:{id}"));
        }
    }
    None
}

/// The confidence word of lms's `confidence` extension.
fn confidence(word: &str) -> Option<Confidence> {
    match word {
        "unsure" => Some(Confidence::Unsure),
        "fairly-sure" => Some(Confidence::FairlySure),
        "sure" => Some(Confidence::Sure),
        _ => None,
    }
}

/// An ISO 8601 timestamp (`YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`) in milliseconds since the
/// Unix epoch; `None` when it is not one.
pub fn millis(text: &str) -> Option<i64> {
    let (date, time) = text.split_once('T')?;
    let mut d = date.split('-');
    let (year, month, day): (i64, i64, i64) =
        (d.next()?.parse().ok()?, d.next()?.parse().ok()?, d.next()?.parse().ok()?);
    let (clock, offset) = if let Some(clock) = time.strip_suffix('Z') {
        (clock, 0)
    } else {
        let at = time.rfind(['+', '-'])?;
        let (clock, zone) = time.split_at(at);
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let (h, m) = zone.get(1..)?.split_once(':').unwrap_or((zone.get(1..3)?, zone.get(3..).unwrap_or("0")));
        (clock, sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().unwrap_or(0)))
    };
    let mut c = clock.split(':');
    let (hour, minute): (i64, i64) = (c.next()?.parse().ok()?, c.next()?.parse().ok()?);
    let seconds: f64 = c.next().unwrap_or("0").parse().ok()?;
    if !(0..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || !(0.0..61.0).contains(&seconds)
    {
        return None;
    }
    // Days from civil (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let ms = ((days * 24 + hour) * 60 + minute - offset) * 60_000 + (seconds * 1000.0).round() as i64;
    Some(ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(chunks: &[&str]) -> Vec<Result<String, Skip>> {
        let mut splitter = Splitter::new();
        let mut out = Vec::new();
        for chunk in chunks {
            splitter.feed(chunk.as_bytes(), &mut |v| out.push(v));
        }
        splitter.finish(&mut |v| out.push(v));
        out
    }

    #[test]
    fn arrays_ndjson_and_pages_are_cut_into_values_across_chunks() {
        let ok = |v: &[&str]| v.iter().map(|s| Ok(s.to_string())).collect::<Vec<_>>();
        assert_eq!(split(&["[{\"a\":\"]}\\\"\"}", ", {\"b\":[1,2]}]"]), ok(&["{\"a\":\"]}\\\"\"}", "{\"b\":[1,2]}"]));
        assert_eq!(split(&["{\"a\":1}\n{\"b\"", ":2}\n"]), ok(&["{\"a\":1}", "{\"b\":2}"]));
        assert_eq!(split(&["{\"statements\":[{}],\"more\":\"\"}"]), ok(&["{\"statements\":[{}],\"more\":\"\"}"]));
        assert_eq!(split(&["[1, true]"]), ok(&["1", "true"]));
        assert!(matches!(split(&["[{\"a\":"]).as_slice(), [Err(Skip::Malformed { reason: Reason::NotJson, .. })]));
    }

    #[test]
    fn timestamps_read_in_any_zone() {
        assert_eq!(millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(millis("2026-11-21T10:00:00.250Z"), Some(1_795_255_200_250));
        assert_eq!(millis("2026-11-21T11:00:00+01:00"), Some(1_795_255_200_000));
        assert_eq!(millis("2026-11-21T09:30:00-00:30"), Some(1_795_255_200_000));
        assert_eq!(millis("yesterday"), None);
        assert_eq!(millis("2026-13-01T00:00:00Z"), None);
        assert_eq!(millis("99999999999999-01-01T00:00:00Z"), None);
    }
}
