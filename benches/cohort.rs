//! The cohort analysis's throughput (not a timed test, and not divan's: one pass per size is
//! the measurement): 10,000, 100,000 and 1,000,000 cmi5 statements, as NDJSON bytes, through
//! the same pipeline as `judgement-call cohort --from statements.ndjson` (the splitter, the
//! JSON reader, the statement reader and the tally), printing statements per second and the
//! process's peak memory.
//!
//! The statements are the app's own (`lms::cmi5::statements`) for 200 bot-played attempts
//! at a built-in scenario (an eighth answering as the experts do, the rest at random),
//! repeated with a fresh learner and registration each time, so every attempt is a new
//! learner's first and the first-attempt set grows with the cohort. Only the analysis is
//! timed; making the bytes is not.
//!
//! Run with `cargo bench --bench cohort`.

#![allow(clippy::expect_used, reason = "benchmark code: a built-in scenario that fails to load should stop the run")]

use std::time::{Duration, Instant};

use codec::json::Json;
use engine::analyse;
use engine::bot::{self, Bot};
use engine::{Playthrough, scorecard};
use evidence::cohort::xapi::{Splitter, Statements};
use evidence::cohort::{Cohort, Options};
use lms::cmi5::{self, Launch, Sent};
use lms::{Timestamp, Visit};

/// The same allocator as the CLI, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SCENARIO: &str = "launch-support-scripts.scenario";
const ACTOR: &str = "LEARNER-PLACEHOLDER";
const REGISTRATION: &str = "00000000-0000-4000-8000-000000000000";

fn main() {
    let source = library::ENTRIES.iter().find(|e| e.file == SCENARIO).expect("a built-in scenario").source;
    let scenario = engine::load(source).expect("loads");
    let analysis = analyse::analyse(&scenario);
    // 200 attempts' statements, one NDJSON text each, with placeholders for who and which
    // registration.
    let templates: Vec<(String, usize)> = (0..200u64)
        .map(|seed| {
            let bot = if seed % 8 == 0 { Bot::Expert } else { Bot::Random };
            let mut playthrough = Playthrough::new(&scenario, seed);
            playthrough.responses =
                bot::play(&scenario, &analysis, bot, seed).into_iter().map(|a| a.response).collect();
            let actor = format!(
                r#"{{"objectType":"Agent","account":{{"homePage":"https://lms.example.com","name":"{ACTOR}"}}}}"#
            );
            let activity = format!("urn:judgement-call:scenario:{}", scenario.meta.id);
            let launch = Launch::read(&actor, REGISTRATION, &activity, r#"{"launchMode":"Normal"}"#).expect("a launch");
            let card = scorecard::score(&scenario, &analysis, &playthrough).expect("replays");
            let record = lms::record(&scenario, &playthrough, &card).expect("replays");
            let t0 = 1_795_255_200_000;
            let visit = Visit { started: Timestamp(t0), now: Timestamp(t0 + 1000), offset: 0, timings: &[] };
            let mut n = 0u64;
            let mut ids = || {
                n += 1;
                format!("00000000-0000-4000-9000-{n:012x}")
            };
            let statements =
                cmi5::statements(&launch, &record, &visit, Sent::default(), true, &mut ids).expect("valid");
            let text: String = statements.iter().map(|s| format!("{}\n", s.body)).collect();
            (text, statements.len())
        })
        .collect();
    let per_attempt = templates.iter().map(|t| t.1).sum::<usize>() as f64 / templates.len() as f64;
    let bytes = templates.iter().map(|t| t.0.len()).sum::<usize>() as f64 / templates.len() as f64;
    println!(
        "cohort analysis of {} ({per_attempt:.1} statements and {:.1} KB an attempt on average)",
        scenario.meta.id,
        bytes / 1024.0
    );
    println!(
        "{:>10} {:>9} {:>10} {:>14} {:>10} {:>10}",
        "statements", "attempts", "seconds", "statements/s", "MB/s", "peak RSS"
    );
    for size in [10_000usize, 100_000, 1_000_000] {
        reset_peak();
        let mut cohort = Cohort::new(&scenario, Options::default());
        let mut reader = Statements::new(&scenario);
        let mut splitter = Splitter::new();
        let (mut sent, mut attempts, mut volume) = (0usize, 0u64, 0usize);
        let mut timed = Duration::ZERO;
        while sent < size {
            let (template, count) = &templates[attempts as usize % templates.len()];
            let text = template
                .replace(ACTOR, &format!("learner-{attempts}"))
                .replace(REGISTRATION, &format!("00000000-0000-4000-8000-{attempts:012x}"));
            attempts += 1;
            sent += count;
            volume += text.len();
            let started = Instant::now();
            let mut values = Vec::new();
            splitter.feed(text.as_bytes(), &mut |v| values.push(v));
            for value in values.into_iter().flatten() {
                let mut found = Vec::new();
                match Json::parse(&value) {
                    Ok(json) => reader.statement(&json, &mut |f| found.push(f)),
                    Err(_) => continue,
                }
                for f in found {
                    match f {
                        Ok(attempt) => {
                            cohort.add(attempt);
                        }
                        Err(skip) => cohort.skip(skip),
                    }
                }
            }
            timed += started.elapsed();
        }
        let started = Instant::now();
        let report = cohort.report();
        timed += started.elapsed();
        assert_eq!(report.attempts, attempts, "every attempt is counted");
        let seconds = timed.as_secs_f64();
        println!(
            "{:>10} {:>9} {:>10.2} {:>14.0} {:>10.1} {:>9.1}M",
            sent,
            attempts,
            seconds,
            sent as f64 / seconds,
            volume as f64 / seconds / 1e6,
            peak() as f64 / 1024.0
        );
    }
}

/// Resets the peak resident set size the kernel keeps (Linux; elsewhere nothing happens).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The peak resident set size in KB since the last reset (Linux's VmHWM; 0 elsewhere).
fn peak() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
