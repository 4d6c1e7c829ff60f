//! `judgement-call cohort` on synthetic cohorts the project's own bots played, with planted
//! properties: a decision whose key is inverted must come out with negative discrimination
//! and be flagged; option frequencies and difficulties must equal the planted mixture; the
//! same cohort as `jc1` logs, as cmi5 statements (built by `lms::cmi5::statements`), as
//! result codes and as profile exports must give the same report, and so must the same
//! statements read from an LRS's statements API page by page (a small stand-in LRS here;
//! tests/e2e/cohort.test.mjs reads a real one), whose failures are clear errors.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

use codec::json::Json;
use engine::analyse::{self, Analysis};
use engine::bot::{self, Bot};
use engine::playthrough::{Answer, Confidence, Cursor, Response};
use engine::{Playthrough, Scenario, scorecard};
use lms::cmi5::{self, Launch, Sent};
use lms::{Timestamp, Visit};

use crate::cli::{cli, cli_with};

const SCRIPTS: &str = "launch-support-scripts.scenario";
/// The decision every playthrough of it starts at, whose key the tests invert.
const FIRST: &str = "first-move";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judgement-call-{}-cohort-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn library_text(file: &str) -> &'static str {
    library::ENTRIES.iter().find(|e| e.file == file).expect("a built-in scenario").source
}

/// The scenario with every rating at `decision` turned upside down (v becomes 8 − v): the
/// key inverted, the story unchanged.
fn inverted(text: &str, decision: &str) -> String {
    let mut inside = false;
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("== ") {
            inside = line.trim_end() == format!("== decision {decision}");
        }
        match line.split_once("ratings:") {
            Some((head, ratings)) if inside => {
                let flipped: Vec<String> = ratings
                    .trim()
                    .split(", ")
                    .map(|r| {
                        let (rater, value) = r.split_once(' ').expect("rater value");
                        format!("{rater} {}", 8 - value.parse::<u8>().expect("a rating"))
                    })
                    .collect();
                out.push_str(&format!("{head}ratings: {}\n", flipped.join(", ")));
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// A planted cohort: `strong` learners answer everything as the (original) experts do;
/// weak learner `j` picks option `weak_options[j % len]` at the first decision and answers
/// every later decision at random. Each playthrough is written against `target` (the same
/// story, maybe with another key).
struct Planted {
    attempts: Vec<(String, Playthrough)>,
    /// How many learners picked each option of the first decision.
    counts: Vec<u64>,
    /// The first responses, for the expected difficulty.
    firsts: Vec<Response>,
}

fn plant(original: &Scenario, analysis: &Analysis, target: &Scenario, strong: usize, weak: usize) -> Planted {
    let (start, first) = original.decisions().next().expect("a first decision");
    assert_eq!(original.node(start).id, FIRST);
    let mut counts = vec![0u64; first.options.len()];
    let mut attempts = Vec::new();
    let mut firsts = Vec::new();
    let expert: Vec<Response> = bot::play(original, analysis, Bot::Expert, 1).into_iter().map(|a| a.response).collect();
    let best = match expert.first().map(|r| &r.answer) {
        Some(Answer::Pick(i)) => *i,
        other => panic!("the expert picks first, not {other:?}"),
    };
    let weak_options: Vec<usize> = (0..first.options.len()).filter(|&i| i != best).collect();
    for j in 0..strong + weak {
        let seed = j as u64 + 1;
        let responses = if j < strong {
            expert.clone()
        } else {
            let option = weak_options[j % weak_options.len()];
            let response = Response::new(Answer::Pick(option), first.confidence.as_ref().map(|_| Confidence::Sure));
            let (mut cursor, _) = Cursor::start(original, seed).expect("starts");
            cursor.advance(&response).expect("fits");
            let rest = bot::play_at_random(original, cursor, seed);
            std::iter::once(response).chain(rest.into_iter().map(|a| a.response)).collect()
        };
        if let Some(Response { answer: Answer::Pick(i), .. }) = responses.first() {
            counts[*i] += 1;
        }
        firsts.push(responses[0].clone());
        let playthrough = Playthrough { scenario: target.meta.id.clone(), hash: target.hash, seed, responses };
        attempts.push((format!("learner-{j:03}@example.com"), playthrough));
    }
    Planted { attempts, counts, firsts }
}

/// The cohort as `learner<TAB>jc1 …` lines.
fn logs(planted: &Planted) -> String {
    planted.attempts.iter().map(|(learner, p)| format!("{learner}\t{}\n", p.encode())).collect()
}

/// The cohort as the cmi5 bridge would have sent it, one statement a line (NDJSON), each
/// learner's statements in order, learners one after another.
fn statements(scenario: &Scenario, analysis: &Analysis, planted: &Planted) -> String {
    let mut out = String::new();
    let mut id = 0u64;
    for (n, (learner, p)) in planted.attempts.iter().enumerate() {
        let actor = format!(
            r#"{{"objectType":"Agent","account":{{"homePage":"https://lms.example.com","name":"{learner}"}}}}"#
        );
        let registration = format!("00000000-0000-4000-8000-{n:012x}");
        let activity = format!("urn:judgement-call:scenario:{}", scenario.meta.id);
        let launch = Launch::read(&actor, &registration, &activity, r#"{"launchMode":"Normal"}"#).expect("a launch");
        let card = scorecard::score(scenario, analysis, p).expect("replays");
        let record = lms::record(scenario, p, &card).expect("replays");
        let t0 = 1_795_255_200_000 + 60_000 * n as i64;
        let visit = Visit { started: Timestamp(t0), now: Timestamp(t0 + 1000), offset: 0, timings: &[] };
        let mut ids = || {
            id += 1;
            format!("00000000-0000-4000-9000-{id:012x}")
        };
        for statement in cmi5::statements(&launch, &record, &visit, Sent::default(), true, &mut ids).expect("valid") {
            out.push_str(&statement.body);
            out.push('\n');
        }
    }
    out
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    fs::write(&path, text).expect("writes");
    path.display().to_string()
}

fn json_report(args: &[&str]) -> Json {
    let run = cli(args, "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    Json::parse(&run.stdout).expect("the report is JSON")
}

fn decision<'j>(report: &'j Json, id: &str) -> &'j Json {
    let Some(Json::Array(decisions)) = report.get("decisions") else { panic!("decisions") };
    decisions.iter().find(|d| d.get("id").and_then(Json::as_str) == Some(id)).expect("the decision is reported")
}

fn f(json: &Json, key: &str) -> f64 {
    json.get(key).and_then(Json::as_f64).unwrap_or(f64::NAN)
}

fn flags(decision: &Json) -> Vec<String> {
    let Some(Json::Array(flags)) = decision.get("flags") else { return Vec::new() };
    flags.iter().filter_map(|f| f.get("flag").and_then(Json::as_str).map(str::to_string)).collect()
}

#[test]
fn an_inverted_key_comes_out_with_negative_discrimination_and_is_flagged() {
    let dir = scratch("inverted");
    let text = library_text(SCRIPTS);
    let original = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&original);
    let flipped_text = inverted(text, FIRST);
    let flipped = engine::load(&flipped_text).expect("the inverted copy loads");
    assert_ne!(flipped.hash, original.hash);

    let planted = plant(&original, &analysis, &flipped, 30, 60);
    let scenario = write(&dir, "inverted.scenario", &flipped_text);
    let logs = write(&dir, "logs.txt", &logs(&planted));
    let report = json_report(&["cohort", &scenario, "--from", &logs, "--format", "json"]);
    let first = decision(&report, FIRST);
    let r = f(first, "discrimination");
    assert!(r < -0.5, "the inverted decision discriminates negatively: {r}");
    assert!(flags(first).contains(&"negative-discrimination".to_string()), "{:?}", flags(first));

    // The same learners against the true key: the decision discriminates well, unflagged.
    let planted = plant(&original, &analysis, &original, 30, 60);
    let logs = write(&dir, "logs-original.txt", &self::logs(&planted));
    let report = json_report(&["cohort", &format!("scenarios/{SCRIPTS}"), "--from", &logs, "--format", "json"]);
    let first = decision(&report, FIRST);
    assert!(f(first, "discrimination") > 0.5, "{}", f(first, "discrimination"));
    assert!(!flags(first).iter().any(|f| f.contains("discrimination")));
}

#[test]
fn option_frequencies_and_difficulty_equal_the_planted_mixture() {
    let dir = scratch("mixture");
    let text = library_text(SCRIPTS);
    let scenario = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 13, 47);
    let n = planted.attempts.len() as f64;
    let logs = write(&dir, "logs.txt", &logs(&planted));
    let report = json_report(&["cohort", &format!("scenarios/{SCRIPTS}"), "--from", &logs, "--format", "json"]);
    assert_eq!(f(&report, "attempts"), n);
    let first = decision(&report, FIRST);
    assert_eq!(f(first, "reached"), n);
    let Some(Json::Array(options)) = first.get("options") else { panic!("options") };
    for (option, &count) in options.iter().zip(&planted.counts) {
        assert_eq!(f(option, "chosen"), count as f64);
        // The report's four decimals are the planted share's, digit for digit.
        assert_eq!(option.get("share").map(Json::write), Some(codec::decimal(count as f64 / n, 4)));
    }
    let (_, d) = scenario.decisions().next().expect("a first decision");
    let expected = planted.firsts.iter().map(|r| engine::score::item(d, r)).sum::<f64>() / n;
    assert_eq!(first.get("difficulty").map(Json::write), Some(codec::decimal(expected, 4)));
    assert!((f(first, "difficulty") - expected).abs() < 1e-4);
}

#[test]
fn the_same_cohort_as_logs_statements_codes_and_profiles_gives_the_same_report() {
    let dir = scratch("sources");
    let text = library_text(SCRIPTS);
    let scenario = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 10, 30);
    let path = format!("scenarios/{SCRIPTS}");
    let logs = write(&dir, "logs.txt", &logs(&planted));
    let ndjson = statements(&scenario, &analysis, &planted);
    let statements_file = write(&dir, "statements.ndjson", &ndjson);
    let from_logs = cli(&["cohort", &path, "--from", &logs, "--format", "json"], "");
    let from_statements = cli(&["cohort", &path, "--from", &statements_file, "--format", "json"], "");
    assert_eq!(from_logs.code, Some(0), "{}", from_logs.stderr);
    assert_eq!(from_statements.stdout, from_logs.stdout);

    // As a JSON array, and as one LRS page, newest first (an LRS's default order).
    let values: Vec<&str> = ndjson.lines().collect();
    let array = write(&dir, "statements.json", &format!("[\n{}\n]", values.join(",\n")));
    let from_array = cli(&["cohort", &path, "--from", &array, "--format", "json"], "");
    assert_eq!(from_array.stdout, from_logs.stdout);
    let reversed: Vec<&str> = values.iter().rev().copied().collect();
    let page = write(&dir, "page.json", &format!(r#"{{"statements":[{}],"more":""}}"#, reversed.join(",")));
    let from_page = cli(&["cohort", &path, "--from", &page, "--format", "json"], "");
    assert_eq!(from_page.stdout, from_logs.stdout);

    // As result codes typed into the room, and from standard input.
    let codes: String = planted
        .attempts
        .iter()
        .map(|(learner, p)| format!("{learner}\t{}\n", workshop::code::encode(&scenario, p).expect("encodes")))
        .collect();
    let from_codes = cli(&["cohort", &path, "--from", "-", "--format", "json"], &codes);
    assert_eq!(from_codes.stdout, from_logs.stdout);

    // As each learner's profile export, named after the learner.
    let mut profiles = Vec::new();
    for (learner, p) in &planted.attempts {
        let entry = format!("attempt/{}/{:x}", scenario.meta.id, p.seed);
        let export = Json::object([
            ("format", Json::str("judgement-call-progress")),
            ("version", Json::Number("1".into())),
            ("exported", Json::str("2026-12-01T10:00:00.000Z")),
            ("entries", Json::Object(vec![(entry, Json::str(format!("1790000000000 practice {}", p.encode())))])),
        ]);
        profiles.push(write(&dir, &format!("{learner}.json"), &export.write()));
    }
    let mut args = vec!["cohort", &path, "--format", "json", "--from"];
    args.extend(profiles.iter().map(String::as_str));
    let from_profiles = cli(&args, "");
    assert_eq!(from_profiles.stdout, from_logs.stdout);
}

#[test]
fn only_first_attempts_count_unless_asked_and_learners_are_hashed_unless_named() {
    let dir = scratch("attempts");
    let text = library_text(SCRIPTS);
    let scenario = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 2, 4);
    let mut lines = logs(&planted);
    // A second attempt by the first learner, a log of another scenario, a broken line.
    let (learner, again) = &planted.attempts[3];
    lines.push_str(&format!("{}\t{}\n", planted.attempts[0].0, again.encode()));
    lines.push_str(&format!("{learner}\tjc1 other-scenario 00000001 1 p0\n"));
    lines.push_str("mallory@example.com\tjc1 launch-support-scripts zz 1 p0\n");
    let logs = write(&dir, "logs.txt", &lines);
    let path = format!("scenarios/{SCRIPTS}");
    let report = json_report(&["cohort", &path, "--from", &logs, "--format", "json"]);
    assert_eq!(f(&report, "attempts"), 6.0);
    let skipped = report.get("skipped").expect("skipped");
    assert_eq!((f(skipped, "later"), f(skipped, "elsewhere")), (1.0, 1.0));
    assert_eq!(skipped.get("malformed").map(Json::write).as_deref(), Some(r#"{"not-a-playthrough":1}"#));
    assert_eq!(report.get("learnerIds").and_then(Json::as_str), Some("sha256-12"));
    let hashed = report.get("skipped").and_then(|s| s.get("examples")).map(Json::write).unwrap_or_default();
    assert!(!hashed.contains("mallory"), "{hashed}");
    assert!(hashed.contains(&evidence::cohort::pseudonym("mallory@example.com")), "{hashed}");

    let every = json_report(&["cohort", &path, "--from", &logs, "--format", "json", "--all-attempts", "--names"]);
    assert_eq!(f(&every, "attempts"), 7.0);
    assert_eq!(every.get("learnerIds").and_then(Json::as_str), Some("names"));
    let named = every.get("skipped").and_then(|s| s.get("examples")).map(Json::write).unwrap_or_default();
    assert!(named.contains("mallory@example.com"), "{named}");
}

#[test]
fn the_text_and_html_reports_explain_the_figures_and_flags() {
    let dir = scratch("html");
    let text = library_text(SCRIPTS);
    let original = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&original);
    let flipped_text = inverted(text, FIRST);
    let flipped = engine::load(&flipped_text).expect("loads");
    let planted = plant(&original, &analysis, &flipped, 30, 60);
    let scenario = write(&dir, "inverted.scenario", &flipped_text);
    let logs = write(&dir, "logs.txt", &logs(&planted));

    let run = cli(&["cohort", &scenario, "--from", &logs], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("90 attempts counted (first attempts only)"), "{}", run.stdout);
    assert!(run.stdout.contains("Discrimination is negative"), "{}", run.stdout);
    assert!(run.stdout.contains("(start) → "), "{}", run.stdout);

    let out = dir.join("report.html");
    let run = cli(&["cohort", &scenario, "--from", &logs, "--format", "html", "-o", &out.display().to_string()], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let html = fs::read_to_string(&out).expect("the page is written");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("<script"), "no script is needed to read it");
    assert!(html.contains("<title>Cohort analysis: "));
    for chart in html.split("<svg").skip(1) {
        let inside = chart.split_once('>').map_or("", |(_, rest)| rest);
        assert!(inside.starts_with("<title"), "every chart opens with a title: {}", &inside[..40]);
        assert!(inside.split_once("</title>").is_some_and(|(_, r)| r.starts_with("<desc")), "and a description");
    }
    assert!(html.contains("<caption>"));
    assert!(html.contains("Look at this:</strong> Discrimination is negative"));
    assert!(html.contains("Decision map of"));
}

#[test]
fn a_missing_source_exits_2_and_junk_is_counted_not_fatal() {
    let path = format!("scenarios/{SCRIPTS}");
    let run = cli(&["cohort", &path, "--from", "no/such/file"], "");
    assert_eq!(run.code, Some(2));
    let run = cli(&["cohort", &path, "--from", "-", "--format", "json"], "[{\"verb\":1}, 3, {\"actor\":");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let report = Json::parse(&run.stdout).expect("JSON");
    let malformed = report.get("skipped").and_then(|s| s.get("malformed")).map(Json::write).unwrap_or_default();
    assert_eq!(malformed, r#"{"not-json":1,"not-a-statement":2}"#);
}

#[test]
fn the_marked_scorecard_the_cohort_uses_is_the_plain_one_on_every_built_in_scenario() {
    for entry in library::ENTRIES {
        let scenario = engine::load(entry.source).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let marking = engine::score::Marking::of(&scenario);
        for (bot, seed) in [(Bot::Expert, 1), (Bot::Random, 1), (Bot::Random, 2), (Bot::Random, 3), (Bot::Last, 4)] {
            let mut playthrough = Playthrough::new(&scenario, seed);
            playthrough.responses =
                bot::play(&scenario, &analysis, bot, seed).into_iter().map(|a| a.response).collect();
            let position = engine::replay(&scenario, &playthrough).expect("replays");
            let ending = matches!(position.step, engine::Step::End(_)).then_some(position.node);
            let plain = scorecard::of_history(&scenario, &analysis, &position.history, &position.state, ending);
            let marked = scorecard::of_history_marked(
                &scenario,
                &analysis,
                &marking,
                &position.history,
                &position.state,
                ending,
            );
            assert_eq!(marked, plain, "{} {bot}", entry.file);
        }
    }
}

/// docs/scoring.md's cohort example: d1 (weight 2) then d2 and d3, each a pick whose options
/// score 1, 0.5 and 0.
const EXAMPLE: &str = "id: example\ntitle: Example\nrater a: A\nrater b: B\nrater c: C\n\
    == decision d1\nask: ?\nweight: 2\n* a: A\n  ratings: a 6, b 6, c 6\n* b: B\n  ratings: a 4, b 4, c 4\n* c: C\n  ratings: a 2, b 2, c 2\n-> d2\n\
    == decision d2\nask: ?\n* a: A\n  ratings: a 6, b 6, c 6\n* b: B\n  ratings: a 4, b 4, c 4\n* c: C\n  ratings: a 2, b 2, c 2\n-> d3\n\
    == decision d3\nask: ?\n* a: A\n  ratings: a 6, b 6, c 6\n* b: B\n  ratings: a 4, b 4, c 4\n* c: C\n  ratings: a 2, b 2, c 2\n-> end\n\
    == ending e\ntitle: E\n";

#[test]
fn the_worked_example_in_the_scoring_doc_comes_out_as_written() {
    use evidence::cohort::{Attempt, Cohort, Options};
    let scenario = engine::load(EXAMPLE).expect("loads");
    // Options by index: a scores 1, b 0.5, c 0.
    let learners = [[0, 0, 0], [0, 0, 1], [1, 1, 0], [2, 0, 0], [1, 2, 1], [2, 1, 2]];
    let mut cohort = Cohort::new(&scenario, Options::default());
    for (n, picks) in learners.iter().enumerate() {
        let mut playthrough = Playthrough::new(&scenario, 0);
        playthrough.responses = picks.iter().map(|&i| Response::pick(i)).collect();
        cohort.add(Attempt { learner: Some(format!("learner {}", n + 1)), when: None, playthrough });
    }
    let report = cohort.report();
    let overall: Vec<u64> = report.overall.bins.to_vec();
    assert_eq!(overall, [0, 1, 0, 1, 0, 1, 1, 0, 1, 1]);
    let d1 = &report.decisions[0];
    assert_eq!(d1.id, "d1");
    assert_eq!(d1.difficulty, Some(0.5));
    let shares: Vec<String> = d1.options.iter().map(|o| format!("{:.2}", o.share.unwrap_or(0.0))).collect();
    assert_eq!(shares, ["0.33", "0.33", "0.33"]);
    assert_eq!(format!("{:.4}", d1.discrimination.expect("varies")), "0.3273");
    let top: Vec<Option<f64>> = d1.options.iter().map(|o| o.top).collect();
    let bottom: Vec<Option<f64>> = d1.options.iter().map(|o| o.bottom).collect();
    assert_eq!(top, [Some(1.0), Some(0.0), Some(0.0)]);
    assert_eq!(bottom, [Some(0.0), Some(0.5), Some(0.5)]);
    assert_eq!(report.overall.thirds, Some((37.5, 87.5)));
}

#[test]
fn interleaved_registrations_a_resumed_session_and_other_scenarios_statements_are_read() {
    let dir = scratch("interleaved");
    let text = library_text(SCRIPTS);
    let scenario = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 3, 9);
    let activity = format!("urn:judgement-call:scenario:{}", scenario.meta.id);
    let mut id = 0u64;
    let mut ids = || {
        id += 1;
        format!("00000000-0000-4000-9000-{id:012x}")
    };
    // Every learner plays in two sessions of one registration: the first stops after two
    // answers (terminated mid-story), the second resumes and finishes.
    let mut sessions: Vec<Vec<String>> = Vec::new();
    for (n, (learner, p)) in planted.attempts.iter().enumerate() {
        let actor = format!(r#"{{"account":{{"homePage":"https://lms.example.com","name":"{learner}"}}}}"#);
        let registration = format!("00000000-0000-4000-8000-{n:012x}");
        let launch = Launch::read(&actor, &registration, &activity, "{}").expect("a launch");
        let visit = Visit { started: Timestamp(0), now: Timestamp(1000), offset: 0, timings: &[] };
        let mut part = p.clone();
        part.responses.truncate(2);
        let card = scorecard::score(&scenario, &analysis, &part).expect("replays");
        let record = lms::record(&scenario, &part, &card).expect("replays");
        let first = cmi5::statements(&launch, &record, &visit, Sent::default(), true, &mut ids).expect("valid");
        let card = scorecard::score(&scenario, &analysis, p).expect("replays");
        let record = lms::record(&scenario, p, &card).expect("replays");
        let resumed = Sent { answered: 2, ..Sent::default() };
        let second = cmi5::statements(&launch, &record, &visit, resumed, true, &mut ids).expect("valid");
        sessions.push(first.into_iter().map(|s| s.body).collect());
        sessions.push(second.into_iter().map(|s| s.body).collect());
    }
    // Learners' sessions interleaved statement by statement, each learner's in order (first
    // sessions before second ones), with statements about another scenario among them.
    let mut lines = Vec::new();
    for round in [0, 1] {
        let mut queues: Vec<std::collections::VecDeque<String>> =
            sessions.iter().skip(round).step_by(2).map(|s| s.iter().cloned().collect()).collect();
        while queues.iter().any(|q| !q.is_empty()) {
            for q in &mut queues {
                if let Some(line) = q.pop_front() {
                    lines.push(line);
                }
            }
        }
    }
    let foreign = lines[3].replace(&activity, "urn:judgement-call:scenario:poor-soil");
    lines.insert(5, foreign.clone());
    lines.push(foreign);
    let ndjson = write(&dir, "interleaved.ndjson", &(lines.join("\n") + "\n"));
    let logs = write(&dir, "logs.txt", &logs(&planted));
    let path = format!("scenarios/{SCRIPTS}");
    let from_statements = json_report(&["cohort", &path, "--from", &ndjson, "--format", "json"]);
    let from_logs = json_report(&["cohort", &path, "--from", &logs, "--format", "json"]);
    assert_eq!(f(&from_statements, "attempts"), 12.0);
    assert_eq!(from_statements.get("skipped").and_then(|s| s.get("elsewhere")).map(Json::write), Some("2".into()));
    assert_eq!(from_statements.get("decisions"), from_logs.get("decisions"));
    assert_eq!(from_statements.get("edges"), from_logs.get("edges"));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Whatever bytes arrive, cut anywhere, the reader counts and skips; it never panics,
    /// and a real statement damaged anywhere is skipped or read, never fatal.
    #[test]
    fn no_input_makes_the_statement_reader_panic(
        junk in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
        cut in 0usize..400,
        at in 0usize..2000,
        byte in proptest::prelude::any::<u8>(),
    ) {
        let scenario = scripts();
        let (_, _, statement) = &*SAMPLE;
        let mut damaged = statement.clone().into_bytes();
        let at = at % damaged.len().max(1);
        if let Some(b) = damaged.get_mut(at) {
            *b = byte;
        }
        for input in [junk, damaged] {
            let mut splitter = evidence::cohort::xapi::Splitter::new();
            let mut reader = evidence::cohort::xapi::Statements::new(scenario);
            let mut cohort = evidence::cohort::Cohort::new(scenario, evidence::cohort::Options::default());
            let mut values = Vec::new();
            let (a, b) = input.split_at(cut.min(input.len()));
            splitter.feed(a, &mut |v| values.push(v));
            splitter.feed(b, &mut |v| values.push(v));
            splitter.finish(&mut |v| values.push(v));
            let mut found = Vec::new();
            for value in values {
                match value {
                    Ok(text) => {
                        reader.value(&text, &mut |f| found.push(f));
                    }
                    Err(skip) => found.push(Err(skip)),
                }
            }
            reader.finish(&mut |f| found.push(f));
            for f in found {
                match f {
                    Ok(attempt) => {
                        cohort.add(attempt);
                    }
                    Err(skip) => cohort.skip(skip),
                }
            }
            let _ = evidence::cohort::render::json(&cohort.report());
        }
    }
}

fn scripts() -> &'static Scenario {
    &SAMPLE.0
}

/// The scenario, its analysis, and one `answered` statement of the expert's first answer.
static SAMPLE: std::sync::LazyLock<(Scenario, Analysis, String)> = std::sync::LazyLock::new(|| {
    let scenario = engine::load(library_text(SCRIPTS)).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 1, 0);
    let ndjson = statements(&scenario, &analysis, &planted);
    let answered = ndjson.lines().find(|l| l.contains("/verbs/answered")).expect("an answer").to_string();
    (scenario, analysis, answered)
});

/// The browser test's cohort (tests/e2e/cohort-view.test.mjs), made here by the bots so it stays
/// the scenario's: 40 learners' `jc1` logs, and one attempt's cmi5 statements with
/// `LEARNER` and `REGISTRATION` for the test to fill in, learner after learner, up to a
/// hundred thousand statements. `UPDATE_GOLDEN=1` rewrites them after a deliberate change.
#[test]
fn the_browser_tests_cohort_is_the_scenarios_own() {
    let text = library_text(SCRIPTS);
    let scenario = engine::load(text).expect("loads");
    let analysis = analyse::analyse(&scenario);
    let planted = plant(&scenario, &analysis, &scenario, 10, 30);
    let one = Planted { attempts: planted.attempts[12..13].to_vec(), counts: Vec::new(), firsts: Vec::new() };
    let (learner, _) = &one.attempts[0];
    let template = statements(&scenario, &analysis, &one)
        .replace(learner.as_str(), "LEARNER")
        .replace("00000000-0000-4000-8000-000000000000", "REGISTRATION");
    let dir = root().join("tests/e2e/fixtures/cohort");
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    for (name, made) in [("logs.txt", logs(&planted)), ("statements.ndjson", template)] {
        let path = dir.join(name);
        if update {
            fs::create_dir_all(&dir).expect("a folder");
            fs::write(&path, &made).expect("written");
        }
        let kept = fs::read_to_string(&path).unwrap_or_default();
        assert!(kept == made, "{} is not the bots' cohort any more: UPDATE_GOLDEN=1 rewrites it", path.display());
    }
}

/// A stand-in LRS on a free port: each request's path and query, with its headers, goes to
/// `answer` for a status and a body. Returns the LRS's xAPI address and every request seen
/// (the path, then lowercase `name: value` lines of the headers that matter here).
fn stand_in_lrs(
    answer: impl Fn(&str, &str) -> (u16, String) + Send + 'static,
) -> (String, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = listener.local_addr().expect("an address").port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("a second handle"));
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let target = line.split(' ').nth(1).unwrap_or_default().to_string();
            let mut headers = String::new();
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                    break;
                }
                let (name, value) = header.split_once(':').unwrap_or_default();
                let name = name.trim().to_ascii_lowercase();
                if name == "authorization" || name == "x-experience-api-version" {
                    headers.push_str(&format!("{name}: {}\n", value.trim()));
                }
            }
            log.lock().expect("the log").push(format!("{target}\n{headers}"));
            let (status, body) = answer(&target, &headers);
            let reply = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    (format!("http://127.0.0.1:{port}/xapi"), seen)
}

#[test]
fn issue_17_the_cohort_read_from_an_lrs_page_by_page_is_the_cohort_of_its_logs() {
    let dir = scratch("lrs");
    let scenario = scripts();
    let analysis = &SAMPLE.1;
    let planted = plant(scenario, analysis, scenario, 8, 12);
    let logs = write(&dir, "logs.txt", &logs(&planted));
    let ndjson = statements(scenario, analysis, &planted);
    let values: Vec<String> = ndjson.lines().map(str::to_string).collect();
    let pages: Vec<String> = values
        .chunks(25)
        .enumerate()
        .map(|(n, chunk)| {
            let more =
                if (n + 1) * 25 < values.len() { format!("/xapi/statements?page={}", n + 1) } else { String::new() };
            format!(r#"{{"statements":[{}],"more":"{more}"}}"#, chunk.join(","))
        })
        .collect();
    assert!(pages.len() > 3, "{} pages", pages.len());
    let count = pages.len();
    let (url, seen) = stand_in_lrs(move |target, headers| {
        if !headers.contains("authorization: Basic dGVzdGVyOnNlY3JldA==") {
            return (401, r#"{"error":"bad credentials"}"#.into());
        }
        let n = target.split("page=").nth(1).and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
        (200, pages[n].clone())
    });
    let path = format!("scenarios/{SCRIPTS}");
    let credentials = [("JC_LRS_USER", "tester"), ("JC_LRS_PASSWORD", "secret")];
    let from_lrs = cli_with(&["cohort", &path, "--lrs", &url, "--format", "json"], "", &credentials);
    let from_logs = cli(&["cohort", &path, "--from", &logs, "--format", "json"], "");
    assert_eq!(from_lrs.code, Some(0), "{}", from_lrs.stderr);
    assert_eq!(from_lrs.stdout, from_logs.stdout);
    let requests = seen.lock().expect("the log").clone();
    assert_eq!(requests.len(), count, "every page once: {requests:?}");
    assert!(requests[0].starts_with("/xapi/statements?ascending=true\n"), "{}", requests[0]);
    assert!(requests.iter().all(|r| r.contains("x-experience-api-version: 1.0.3")));

    // The filters go to the LRS; a header value in JC_LRS_AUTH serves as well.
    let auth = [("JC_LRS_AUTH", "Basic dGVzdGVyOnNlY3JldA==")];
    let mut args = vec!["cohort", &path, "--lrs", &url, "--page-size", "25", "--format", "json"];
    args.extend(["--activity", "urn:judgement-call:scenario:launch-support-scripts"]);
    args.extend(["--since", "2026-11-21T10:00:00+01:00"]);
    let filtered = cli_with(&args, "", &auth);
    assert_eq!(filtered.stdout, from_logs.stdout, "{}", filtered.stderr);
    let requests = seen.lock().expect("the log").clone();
    assert!(
        requests[count].starts_with(
            "/xapi/statements?ascending=true&activity=urn%3Ajudgement-call%3Ascenario%3Alaunch-support-scripts\
             &related_activities=true&since=2026-11-21T10%3A00%3A00%2B01%3A00&limit=25\n"
        ),
        "{}",
        requests[count]
    );
}

#[test]
fn issue_17_an_lrs_that_cannot_be_read_is_a_clear_error_with_exit_2() {
    let path = format!("scenarios/{SCRIPTS}");
    let credentials = [("JC_LRS_USER", "tester"), ("JC_LRS_PASSWORD", "secret")];
    let check = |url: &str, env: &[(&str, &str)], expected: &str| {
        let run = cli_with(&["cohort", &path, "--lrs", url], "", env);
        assert_eq!(run.code, Some(2), "{url}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{url}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    };
    // Nobody listens.
    let closed = TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().expect("an address").port();
    check(&format!("http://127.0.0.1:{closed}/xapi"), &credentials, "cannot reach the LRS at");
    check("ftp://lrs.example.com/xapi", &credentials, "is not an LRS's http:// or https:// address");
    check("http://127.0.0.1:9/xapi", &[("JC_LRS_USER", "tester")], "set both JC_LRS_USER and JC_LRS_PASSWORD");
    let (url, _) = stand_in_lrs(|target, headers| match target {
        _ if !headers.contains("authorization") => (401, "{}".into()),
        _ if headers.contains("wrong") => (403, "{}".into()),
        t if t.starts_with("/html/") => (200, "<html>Sign in</html>".into()),
        t if t.starts_with("/teapot/") => (500, r#"{"error":"the store is down"}"#.into()),
        t if t.starts_with("/list/") => (200, "[]".into()),
        t if t.contains("again") => (200, r#"{"statements":[],"more":"/xapi/statements?again"}"#.into()),
        _ => (200, r#"{"statements":[],"more":"/xapi/statements?again"}"#.into()),
    });
    let origin = url.trim_end_matches("/xapi");
    check(&url, &[], "set JC_LRS_USER and JC_LRS_PASSWORD, or JC_LRS_AUTH");
    check(&url, &[("JC_LRS_AUTH", "Basic wrong")], "refused the credentials (403)");
    check(&format!("{origin}/html"), &credentials, "is not a page of statements");
    check(&format!("{origin}/teapot"), &credentials, "answered 500");
    check(&format!("{origin}/list"), &credentials, "no `statements` list");
    check(&url, &credentials, "leads back to a page already read");
    // A time the LRS could not read is refused before anything is asked of it.
    for (flag, time) in [("--since", "yesterday"), ("--until", "2026-11-21 09:00"), ("--since", "2026-13-01T00:00:00Z")]
    {
        let run = cli_with(&["cohort", &path, "--lrs", &url, flag, time], "", &credentials);
        assert_eq!(run.code, Some(2), "{flag} {time}: {}", run.stderr);
        assert!(run.stderr.contains("not an ISO 8601 time with its zone"), "{flag} {time}: {}", run.stderr);
    }
}
