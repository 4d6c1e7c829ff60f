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

use evidence::cohort::{Feed, Options, html, render};

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
    let mut feed = Feed::new(&scenarios, options);
    for path in sources {
        if let Err(e) = read(path, &mut feed) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    if let Some(from) = from_lrs {
        let mut number = 0usize;
        let read = lrs::read(&from.endpoint, &from.query, &mut |page| {
            number += 1;
            feed.json(page, &format!("{}: page {number}", from.endpoint));
        });
        if let Err(e) = read {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    }
    let reports = feed.reports();
    let mut text = String::new();
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
fn read(path: &Path, feed: &mut Feed) -> io::Result<()> {
    let stdin = path == Path::new("-");
    let input: Box<dyn Read> = if stdin { Box::new(io::stdin().lock()) } else { Box::new(File::open(path)?) };
    let mut input = BufReader::with_capacity(1 << 16, input);
    // A profile export names no learner: its file's name stands in.
    let learner = path.file_stem().map(|s| s.to_string_lossy().to_string()).filter(|_| !stdin);
    feed.open(&path.display().to_string(), learner.as_deref());
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        feed.feed(buffer);
        let n = buffer.len();
        input.consume(n);
    }
    feed.close();
    Ok(())
}
