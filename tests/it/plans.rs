//! Golden playthrough plans: each `fixtures/plans/*.plan` names a scenario and a response
//! log on its first line, written as the command that prints its transcript, and holds the
//! expected transcript after a blank line:
//!
//! ```text
//! judgement-call play tests/it/fixtures/first-call.scenario --responses p0
//!
//! The first call (first-call)
//! Path: kickoff → first-move → ready
//! …
//! ```
//!
//! The scenario path is relative to the repository root; `--seed N` may follow the responses
//! (default 1), and `--full` ends the line of a plan that holds the whole debrief. Each plan
//! is replayed through `report::transcript` followed by `report::debrief` (short, or full
//! with the score breakdown), as `play` prints them, and must match; run with
//! `UPDATE_GOLDEN=1` to rewrite the transcripts after a deliberate change, then read the diff.

use std::collections::BTreeSet;
use std::fs;
use std::path::PathBuf;

use engine::playthrough::decode_response;
use engine::scenario::{DecisionKind, Scenario};
use engine::{self, Playthrough, Step};

/// One plan file, read.
pub struct Plan {
    /// The file name, such as `first-call-ready.plan`.
    pub name: String,
    /// The scenario file, relative to the repository root.
    pub scenario: String,
    /// The response tokens, joined by `.`.
    pub responses: String,
    pub seed: u64,
    /// Whether the plan holds the full debrief (`--full`) or the short one.
    pub full: bool,
    /// Everything after the header and its blank line.
    pub transcript: String,
}

impl Plan {
    pub fn source(&self) -> String {
        fs::read_to_string(root().join(&self.scenario))
            .unwrap_or_else(|e| panic!("{}: cannot read {}: {e}", self.name, self.scenario))
    }

    /// The plan's playthrough of its scenario.
    pub fn playthrough(&self, scenario: &Scenario) -> Playthrough {
        let mut playthrough = Playthrough::new(scenario, self.seed);
        playthrough.responses = self
            .responses
            .split('.')
            .filter(|t| !t.is_empty())
            .map(|token| decode_response(token).unwrap_or_else(|| panic!("{}: bad token `{token}`", self.name)))
            .collect();
        playthrough
    }

    /// The header's command-line arguments after `judgement-call`.
    pub fn args(&self) -> Vec<String> {
        let mut args = vec!["play".to_string(), self.scenario.clone(), "--responses".into(), self.responses.clone()];
        if self.seed != DEFAULT_SEED {
            args.extend(["--seed".to_string(), self.seed.to_string()]);
        }
        if self.full {
            args.push("--full".to_string());
        }
        args
    }

    fn header(&self) -> String {
        format!("judgement-call {}", self.args().join(" "))
    }
}

/// The seed `play --responses` uses with bare tokens.
const DEFAULT_SEED: u64 = 1;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn folder() -> PathBuf {
    root().join("tests/it/fixtures/plans")
}

/// Every plan, sorted by file name.
pub fn plans() -> Vec<Plan> {
    let mut paths: Vec<PathBuf> = fs::read_dir(folder())
        .expect("the plans folder exists")
        .map(|entry| entry.expect("a readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "plan"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.file_name().and_then(|n| n.to_str()).expect("a UTF-8 name").to_string();
            let text = fs::read_to_string(path).expect("a readable plan");
            read(&name, &text).unwrap_or_else(|message| panic!("{name}: {message}"))
        })
        .collect()
}

/// Reads a plan: `judgement-call play FILE --responses TOKENS [--seed N] [--full]`, a blank
/// line, the transcript.
fn read(name: &str, text: &str) -> Result<Plan, String> {
    let (header, rest) = text.split_once('\n').unwrap_or((text, ""));
    let transcript = rest.strip_prefix('\n').unwrap_or(rest).to_string();
    let usage = "the first line must be `judgement-call play FILE --responses TOKENS [--seed N] [--full]`";
    let mut words: Vec<&str> = header.split_whitespace().collect();
    let full = words.last() == Some(&"--full");
    if full {
        words.pop();
    }
    let (scenario, responses, seed) = match words.as_slice() {
        ["judgement-call", "play", file, "--responses", tokens] => (file, tokens, DEFAULT_SEED),
        ["judgement-call", "play", file, "--responses", tokens, "--seed", seed] => {
            (file, tokens, seed.parse().map_err(|_| format!("`{seed}` is not a seed"))?)
        }
        _ => return Err(usage.to_string()),
    };
    Ok(Plan {
        name: name.to_string(),
        scenario: scenario.to_string(),
        responses: responses.to_string(),
        seed,
        full,
        transcript,
    })
}

#[test]
fn every_plan_replays_to_its_transcript() {
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let mut mismatches = Vec::new();
    for plan in plans() {
        let (Some((scenario, analysis)), _) = engine::study(&plan.source()) else {
            panic!("{}: does not load", plan.scenario)
        };
        let playthrough = plan.playthrough(&scenario);
        let transcript = report::transcript(&scenario, &playthrough).unwrap_or_else(|e| panic!("{}: {e}", plan.name));
        let length = if plan.full { report::Length::Full } else { report::Length::Short };
        let debrief = report::debrief(&scenario, &analysis, &playthrough, length)
            .unwrap_or_else(|e| panic!("{}: {e}", plan.name));
        let transcript = format!("{transcript}\n{debrief}");
        if update {
            // Written aside and renamed, so the other tests never read a half-written plan.
            let path = folder().join(&plan.name);
            let aside = path.with_extension("plan.new");
            fs::write(&aside, format!("{}\n\n{transcript}", plan.header())).expect("the plans folder is writable");
            fs::rename(&aside, &path).expect("the plan can be replaced");
        } else if transcript != plan.transcript {
            mismatches.push(format!("{}: got\n{transcript}", plan.name));
        }
    }
    assert!(
        mismatches.is_empty(),
        "transcripts differ from the plans (UPDATE_GOLDEN=1 rewrites them):\n{}",
        mismatches.join("\n")
    );
}

/// The ending a plan reaches, and the kinds of decision it answers.
fn walk(plan: &Plan) -> (Option<String>, BTreeSet<&'static str>) {
    let scenario = engine::load(&plan.source()).expect("loads");
    let position = engine::replay(&scenario, &plan.playthrough(&scenario)).expect("replays");
    let kinds =
        position.history.iter().filter_map(|a| scenario.decision(a.decision).map(|d| d.kind.as_str())).collect();
    let ending = matches!(position.step, Step::End(_)).then(|| scenario.node(position.node).id.clone());
    (ending, kinds)
}

#[test]
fn plans_cover_both_placeholder_endings_and_every_decision_kind() {
    let plans = plans();
    let of = |file: &'static str| plans.iter().filter(move |p| p.scenario == file);
    let endings: BTreeSet<String> = of("tests/it/fixtures/first-call.scenario").filter_map(|p| walk(p).0).collect();
    assert_eq!(endings, BTreeSet::from(["ready".to_string(), "scramble".to_string()]));
    let mut kinds = BTreeSet::new();
    for plan in of("tests/it/fixtures/annotated-example.scenario") {
        let (ending, answered) = walk(plan);
        assert!(ending.is_some(), "{} stops before an ending", plan.name);
        kinds.extend(answered);
    }
    let all: BTreeSet<&str> = DecisionKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(kinds, all);
    // The same playthroughs in both lengths: the short debrief and the whole breakdown.
    for plan in plans.iter().filter(|p| p.full) {
        let twin = plans
            .iter()
            .find(|p| !p.full && (&p.scenario, &p.responses, p.seed) == (&plan.scenario, &plan.responses, plan.seed));
        assert!(twin.is_some(), "{} has no short twin", plan.name);
    }
    assert!(plans.iter().any(|p| p.full), "a plan holds the full debrief");
}

#[test]
fn the_overall_score_and_the_final_state_are_printed_once() {
    for plan in plans() {
        let count = |words: &str| plan.transcript.matches(words).count();
        assert_eq!(count("/ 100 (pass mark"), 1, "{}: the overall score once", plan.name);
        assert_eq!(count("Final state:"), 1, "{}", plan.name);
        let short = plan.transcript.contains("add --full");
        assert_eq!(short, !plan.full, "{}: the short debrief says how to see the rest", plan.name);
        assert_eq!(plan.transcript.contains("Items (score 0-1"), plan.full, "{}", plan.name);
    }
}

#[test]
fn a_malformed_header_is_refused_with_the_expected_form() {
    assert!(read("x.plan", "play a --responses p0\n\n").is_err());
    assert!(read("x.plan", "judgement-call play a --responses p0 --seed x\n\n").is_err());
    let plan = read("x.plan", "judgement-call play a --responses p0 --seed 9\n\nbody\n").expect("reads");
    assert_eq!((plan.seed, plan.full, plan.transcript.as_str()), (9, false, "body\n"));
    let full = read("x.plan", "judgement-call play a --responses p0 --full\n\nbody\n").expect("reads");
    assert!(full.full);
}
