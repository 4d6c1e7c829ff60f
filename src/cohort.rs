//! `judgement-call cohort`: a cohort's item analysis (`evidence::cohort`) from the files a
//! class left behind, as text, JSON or a self-contained HTML page.
//!
//! Each source's kind is read from its content, and it is streamed: a file that opens with
//! `[` or `{` is JSON (a statement array is read element by element, NDJSON value by value;
//! an LRS page or a profile export is one value), anything else is lines (`jc1` logs and
//! result codes, each optionally after `learner<TAB>`). `-` reads standard input. Memory
//! holds one value or line at a time, besides the cohort's tallies.
//!
//! With `--lrs`, statements also come from an LRS's statements API (see `lrs`), after the
//! files, one page at a time: memory holds one page.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codec::json::Json;
use engine::Scenario;
use evidence::cohort::source::{self, Read as Found};
use evidence::cohort::xapi::{Splitter, Statements};
use evidence::cohort::{Cohort, Options, Skip, html, render};

use crate::{files, lrs, out};

/// Where `--lrs` reads statements, and which.
pub struct Lrs {
    /// The LRS's xAPI address, before `/statements`.
    pub endpoint: String,
    pub query: lrs::Query,
}

/// What `cohort` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CohortFormat {
    /// A report for the terminal.
    Text,
    /// The figures as JSON, for tools.
    Json,
    /// A self-contained HTML page (one scenario).
    Html,
}

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
            // `lrs` follows the `more` link itself; files hold what they hold.
            let _more = self.statements.page(json, &mut |f| found.push(f));
        } else {
            self.statements.statement(json, &mut |f| found.push(f));
        }
        for f in found {
            self.take(f, place);
        }
    }

    fn finish(&mut self) {
        let mut found = Vec::new();
        self.statements.finish(&mut |f| found.push(f));
        for f in found {
            self.take(f, "end of input");
        }
    }
}

pub fn run(
    paths: &[PathBuf],
    sources: &[PathBuf],
    from_lrs: Option<&Lrs>,
    options: Options,
    format: CohortFormat,
    output: Option<&Path>,
) -> ExitCode {
    let mut scenarios = Vec::new();
    for path in paths {
        match files::load(path) {
            Ok(scenario) => scenarios.push(scenario),
            Err(code) => return code,
        }
    }
    if format == CohortFormat::Html && scenarios.len() != 1 {
        eprintln!("error: an HTML report is for one scenario; name one scenario file");
        return ExitCode::from(2);
    }
    let mut sinks: Vec<Sink> = scenarios
        .iter()
        .map(|scenario| Sink {
            scenario,
            cohort: Cohort::new(scenario, options),
            statements: Statements::new(scenario),
        })
        .collect();
    for path in sources {
        if let Err(e) = read(path, &mut sinks) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if let Some(from) = from_lrs {
        let mut number = 0usize;
        let read = lrs::read(&from.endpoint, &from.query, &mut |page| {
            number += 1;
            let place = format!("{}: page {number}", from.endpoint);
            sinks.iter_mut().for_each(|s| s.value(page, None, &place));
        });
        if let Err(e) = read {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let mut text = String::new();
    let mut reports = Vec::new();
    for sink in &mut sinks {
        sink.finish();
        reports.push(sink.cohort.report());
    }
    match format {
        CohortFormat::Text => {
            let parts: Vec<String> = reports.iter().map(render::text).collect();
            text = parts.join("\n");
        }
        CohortFormat::Json if reports.len() == 1 => text = reports.iter().map(render::json).collect(),
        CohortFormat::Json => {
            let parts: Vec<String> = reports.iter().map(|r| render::json(r).trim_end().to_string()).collect();
            text = format!("[{}]\n", parts.join(","));
        }
        CohortFormat::Html => {
            if let (Some(report), Some(scenario)) = (reports.first(), scenarios.first()) {
                text = html::html(report, scenario);
            }
        }
    }
    match output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: {}: {e}", path.display());
                return ExitCode::from(2);
            }
        }
        None => out::print(&text),
    }
    ExitCode::SUCCESS
}

/// Streams one source into every scenario's analysis.
fn read(path: &Path, sinks: &mut [Sink]) -> io::Result<()> {
    let name = path.display().to_string();
    let input: Box<dyn Read> =
        if path == Path::new("-") { Box::new(io::stdin().lock()) } else { Box::new(File::open(path)?) };
    let mut input = BufReader::with_capacity(1 << 16, input);
    let first = loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(at) => break buffer[at],
            None => {
                let n = buffer.len();
                input.consume(n);
            }
        }
    };
    if first == b'[' || first == b'{' {
        // A profile export names no learner: its file's name stands in.
        let learner = path.file_stem().map(|s| s.to_string_lossy().to_string()).filter(|_| path != Path::new("-"));
        let mut splitter = Splitter::new();
        let mut number = 0usize;
        let mut handle = |value: Result<String, Skip>, sinks: &mut [Sink]| {
            number += 1;
            let place = format!("{name}: value {number}");
            match value.map(|text| Json::parse(&text).map_err(|e| (e, text))) {
                Ok(Ok(json)) => sinks.iter_mut().for_each(|s| s.value(&json, learner.as_deref(), &place)),
                Ok(Err((e, text))) => sinks.iter_mut().for_each(|s| {
                    s.take(
                        Err(Skip::Malformed {
                            reason: evidence::cohort::Reason::NotJson,
                            learner: None,
                            detail: format!("{e}: `{}`", text.chars().take(60).collect::<String>()),
                        }),
                        &place,
                    )
                }),
                Err(skip) => sinks.iter_mut().for_each(|s| s.take(Err(skip.clone()), &place)),
            }
        };
        loop {
            let buffer = input.fill_buf()?;
            if buffer.is_empty() {
                break;
            }
            let mut values = Vec::new();
            splitter.feed(buffer, &mut |v| values.push(v));
            let n = buffer.len();
            input.consume(n);
            for v in values {
                handle(v, sinks);
            }
        }
        let mut values = Vec::new();
        splitter.finish(&mut |v| values.push(v));
        for v in values {
            handle(v, sinks);
        }
        return Ok(());
    }
    let mut line = String::new();
    let mut number = 0usize;
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            break;
        }
        number += 1;
        for sink in sinks.iter_mut() {
            if let Some(found) = source::line(sink.scenario, &line) {
                sink.take(found, &format!("{name}:{number}"));
            }
        }
    }
    Ok(())
}
