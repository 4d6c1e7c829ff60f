//! A cohort's sources as byte streams, for any host: the CLI feeds a file as it reads it,
//! the web app's Cohort view feeds a dropped file in slices between frames, and both get
//! the same reports. Each source is opened ([`Feed::open`]), fed bytes in pieces of any size
//! ([`Feed::feed`]) and closed ([`Feed::close`]); its kind is read from its first
//! non-blank byte: `[` or `{` is JSON (a statement array element by element, NDJSON value by
//! value, an LRS page or a profile export as one value), anything else is lines (`jc1` logs
//! and result codes, each optionally after `learner<TAB>`). Every attempt goes to every
//! scenario's [`Cohort`]; [`Feed::reports`] ends the open registrations and reports.

use codec::json::Json;
use engine::Scenario;

use super::source::{self, Read as Found};
use super::xapi::{Splitter, Statements};
use super::{Cohort, Options, Reason, Report, Skip};

/// One scenario's analysis under way.
struct Sink<'s> {
    scenario: &'s Scenario,
    cohort: Cohort<'s>,
    statements: Statements<'s>,
}

impl Sink<'_> {
    fn take(&mut self, found: Found, place: &str) {
        match found {
            Ok(attempt) => {
                self.cohort.add(attempt);
            }
            Err(Skip::Malformed { reason, learner, detail }) => {
                self.cohort.skip(Skip::Malformed { reason, learner, detail: format!("{place}: {detail}") })
            }
            Err(skip) => self.cohort.skip(skip),
        }
    }

    /// One JSON value: a statement, an LRS page, or a profile export.
    fn value(&mut self, json: &Json, learner: Option<&str>, place: &str) {
        let mut found = Vec::new();
        if json.get("format").and_then(Json::as_str) == Some("judgement-call-progress") {
            found = source::profile(self.scenario, json, learner);
        } else if json.get("statements").is_some() {
            // The `more` link is for a reader that fetches pages; a file holds what it holds.
            let _more = self.statements.page(json, &mut |f| found.push(f));
        } else {
            self.statements.statement(json, &mut |f| found.push(f));
        }
        for f in found {
            self.take(f, place);
        }
    }
}

/// What kind the open source turned out to be.
enum Kind {
    /// Nothing but blanks so far.
    Unknown,
    Json(Splitter),
    /// Lines, with the start of one not yet ended.
    Lines(Vec<u8>),
}

/// The source being read.
struct Source {
    name: String,
    /// Who a profile export belongs to (it names no learner itself): its file's name.
    learner: Option<String>,
    kind: Kind,
    /// Values or lines read so far, to say where a problem is.
    number: usize,
}

/// Every scenario's analysis, fed source by source.
pub struct Feed<'s> {
    sinks: Vec<Sink<'s>>,
    source: Option<Source>,
}

impl<'s> Feed<'s> {
    pub fn new(scenarios: &'s [Scenario], options: Options) -> Feed<'s> {
        let sinks = scenarios
            .iter()
            .map(|scenario| Sink {
                scenario,
                cohort: Cohort::new(scenario, options),
                statements: Statements::new(scenario),
            })
            .collect();
        Feed { sinks, source: None }
    }

    /// Starts reading a source called `name` (closing the one before); `learner` names who a
    /// profile export in it belongs to.
    pub fn open(&mut self, name: &str, learner: Option<&str>) {
        self.close();
        self.source = Some(Source {
            name: name.to_string(),
            learner: learner.map(str::to_string),
            kind: Kind::Unknown,
            number: 0,
        });
    }

    /// The open source's next bytes.
    pub fn feed(&mut self, mut bytes: &[u8]) {
        let Some(mut source) = self.source.take() else { return };
        if let Kind::Unknown = source.kind {
            match bytes.iter().position(|b| !b.is_ascii_whitespace()) {
                None => bytes = &[],
                Some(at) => {
                    bytes = bytes.get(at..).unwrap_or_default();
                    source.kind = match bytes.first() {
                        Some(b'[' | b'{') => Kind::Json(Splitter::new()),
                        _ => Kind::Lines(Vec::new()),
                    };
                }
            }
        }
        match &mut source.kind {
            Kind::Unknown => {}
            Kind::Json(splitter) => {
                let mut values = Vec::new();
                splitter.feed(bytes, &mut |v| values.push(v));
                for value in values {
                    self.value(&mut source, value);
                }
            }
            Kind::Lines(partial) => {
                let mut rest = bytes;
                while let Some(end) = rest.iter().position(|&b| b == b'\n') {
                    let (line, after) = rest.split_at(end + 1);
                    rest = after;
                    let whole = if partial.is_empty() {
                        String::from_utf8_lossy(line).into_owned()
                    } else {
                        partial.extend_from_slice(line);
                        let text = String::from_utf8_lossy(partial).into_owned();
                        partial.clear();
                        text
                    };
                    source.number += 1;
                    self.line(&source.name, source.number, &whole);
                }
                partial.extend_from_slice(rest);
            }
        }
        self.source = Some(source);
    }

    /// Ends the open source: a last line without its line break, a last value.
    pub fn close(&mut self) {
        let Some(mut source) = self.source.take() else { return };
        match std::mem::replace(&mut source.kind, Kind::Unknown) {
            Kind::Unknown => {}
            Kind::Json(mut splitter) => {
                let mut values = Vec::new();
                splitter.finish(&mut |v| values.push(v));
                for value in values {
                    self.value(&mut source, value);
                }
            }
            Kind::Lines(partial) => {
                if !partial.is_empty() {
                    source.number += 1;
                    self.line(&source.name, source.number, &String::from_utf8_lossy(&partial));
                }
            }
        }
    }

    /// One JSON value of the open source, or why it is not one.
    fn value(&mut self, source: &mut Source, value: Result<String, Skip>) {
        source.number += 1;
        let place = format!("{}: value {}", source.name, source.number);
        let learner = source.learner.as_deref();
        match value.map(|text| Json::parse(&text).map_err(|e| (e, text))) {
            Ok(Ok(json)) => self.sinks.iter_mut().for_each(|s| s.value(&json, learner, &place)),
            Ok(Err((e, text))) => {
                let detail = format!("{e}: `{}`", text.chars().take(60).collect::<String>());
                for sink in &mut self.sinks {
                    let skip = Skip::Malformed { reason: Reason::NotJson, learner: None, detail: detail.clone() };
                    sink.take(Err(skip), &place);
                }
            }
            Err(skip) => self.sinks.iter_mut().for_each(|s| s.take(Err(skip.clone()), &place)),
        }
    }

    /// One line of the open source.
    fn line(&mut self, name: &str, number: usize, text: &str) {
        let place = format!("{name}:{number}");
        for sink in &mut self.sinks {
            if let Some(found) = source::line(sink.scenario, text) {
                sink.take(found, &place);
            }
        }
    }

    /// One JSON value that came from elsewhere, such as an LRS's page of statements.
    pub fn json(&mut self, json: &Json, place: &str) {
        self.sinks.iter_mut().for_each(|s| s.value(json, None, place));
    }

    /// Closes the open source, ends the registrations still open (their attempts count as
    /// far as they got) and reports on every scenario, in the order given.
    pub fn reports(mut self) -> Vec<Report> {
        self.close();
        self.sinks
            .iter_mut()
            .map(|sink| {
                let mut found = Vec::new();
                sink.statements.finish(&mut |f| found.push(f));
                for f in found {
                    sink.take(f, "end of input");
                }
                sink.cohort.report()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::render;

    const STORY: &str = "id: s\ntitle: S\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: What now?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> end\n* y: Y\n  ratings: a 2, b 2, c 2\n  -> end\n\
        == ending e\ntitle: Done\n";

    fn json(scenario: &Scenario, pieces: &[&[u8]]) -> String {
        let scenarios = std::slice::from_ref(scenario);
        let mut feed = Feed::new(scenarios, Options::default());
        feed.open("logs", None);
        pieces.iter().for_each(|p| feed.feed(p));
        feed.reports().iter().map(render::json).collect()
    }

    #[test]
    fn a_source_reads_the_same_whole_or_a_byte_at_a_time() {
        let scenario = engine::load(STORY).expect("loads");
        let hash = scenario.hash;
        let text = format!("\n  ana\tjc1 s {hash:08x} 1 p0\nben\tjc1 s {hash:08x} 2 p1\ncy\tjc1 s {hash:08x} 3 p0");
        let whole = json(&scenario, &[text.as_bytes()]);
        let bytes: Vec<&[u8]> = text.as_bytes().chunks(1).collect();
        assert_eq!(json(&scenario, &bytes), whole);
        // Three learners (the last line without its line break), two of them on the key.
        assert!(whole.contains("\"learners\":3"), "{whole}");
        assert!(whole.contains("\"id\":\"x\",\"text\":\"X\",\"chosen\":2"), "{whole}");
    }
}
