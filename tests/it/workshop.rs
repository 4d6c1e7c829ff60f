//! Workshop codes on the real library: every built-in scenario's playthroughs encode into
//! short codes that read back and import; a room of participants summarises to the tallies
//! counted here by hand; and the fixture the browser test pastes into the room summary
//! (`tests/e2e/fixtures/workshop-codes.json`: thirty participants' codes, each with its
//! answers and overall score, the expert's code, and a code for another scenario) is what
//! the encoder makes today. `UPDATE_GOLDEN=1` rewrites the fixture after a deliberate change.

use std::fs;
use std::path::PathBuf;

use engine::analyse::{self, Analysis};
use engine::bot::{self, Bot};
use engine::playthrough::encode_response;
use engine::scenario::{DecisionKind, Scenario};
use engine::{self, Answer, Playthrough, scorecard};
use library::ENTRIES;
use serde_json::{Value, json};
use workshop::{code, room};

/// The scenario the browser test runs a workshop of.
const SCENARIO: &str = "launch-support-scripts";
/// The other scenario whose code the browser test pastes by mistake.
const OTHER: &str = "poor-soil";
const PARTICIPANTS: u64 = 29;

fn load(id: &str) -> (Scenario, Analysis) {
    let entry = ENTRIES.iter().find(|e| e.file == format!("{id}.scenario")).expect("a built-in scenario");
    let scenario = engine::load(entry.source).expect("loads");
    let analysis = analyse::analyse(&scenario);
    (scenario, analysis)
}

fn playthrough(scenario: &Scenario, analysis: &Analysis, bot: Bot, seed: u64) -> Playthrough {
    let mut p = Playthrough::new(scenario, 0);
    p.responses = bot::play(scenario, analysis, bot, seed).into_iter().map(|a| a.response).collect();
    p
}

#[test]
fn every_built_in_scenario_s_playthroughs_make_short_codes_that_read_back() {
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("loads");
        let analysis = analyse::analyse(&scenario);
        for (bot, seed) in [(Bot::Expert, 0), (Bot::Random, 1), (Bot::Random, 2), (Bot::Last, 3)] {
            let p = playthrough(&scenario, &analysis, bot, seed);
            let text = code::encode(&scenario, &p).expect("encodes");
            // Forty characters for six decisions, dashes included; a little more per extra one.
            let limit = 40 + 8 * p.responses.len().saturating_sub(6);
            assert!(text.len() <= limit, "{}: {} decisions, {text}", entry.file, p.responses.len());
            assert_eq!(code::decode(&scenario, &text), Ok(p), "{}", entry.file);
        }
    }
}

#[test]
fn a_room_sums_up_to_the_answers_counted_by_hand() {
    let (scenario, analysis) = load(SCENARIO);
    let players: Vec<Playthrough> =
        (1..=PARTICIPANTS).map(|s| playthrough(&scenario, &analysis, Bot::Random, s)).collect();
    let pasted: Vec<String> = players.iter().map(|p| code::encode(&scenario, p).expect("encodes")).collect();
    let import = room::import(&scenario, &pasted.join("\n"));
    let accepted: Vec<Playthrough> = import.accepted.iter().map(|a| a.playthrough.clone()).collect();
    let summary = room::summarise(&scenario, &analysis, &accepted);
    for d in &summary.decisions {
        let Some(decision) = scenario.decision(d.node) else { panic!("a decision") };
        let mut counts = vec![0usize; decision.options.len()];
        let mut answered = 0;
        for p in &accepted {
            let position = engine::replay(&scenario, p).expect("replays");
            for a in position.history.iter().filter(|a| a.decision == d.node) {
                answered += 1;
                match &a.response.answer {
                    Answer::Pick(i) => counts[*i] += 1,
                    Answer::Tick(ticks) => {
                        ticks.iter().enumerate().filter(|(_, t)| **t).for_each(|(i, _)| counts[i] += 1)
                    }
                    _ => {}
                }
            }
        }
        assert_eq!(d.answered, answered, "{}", scenario.node(d.node).id);
        if decision.kind == DecisionKind::Pick || decision.kind.is_checklist() {
            assert_eq!(d.counts, counts, "{}", scenario.node(d.node).id);
        }
    }
    let overall: f64 =
        accepted.iter().map(|p| scorecard::score(&scenario, &analysis, p).expect("scores").overall).sum::<f64>()
            / accepted.len() as f64;
    assert!((summary.overall - overall).abs() < 1e-9);
}

/// One participant's answers, decision by decision, for the browser test to tally.
fn answers(scenario: &Scenario, p: &Playthrough) -> Vec<Value> {
    let position = engine::replay(scenario, p).expect("replays");
    position
        .history
        .iter()
        .map(|a| {
            let node = scenario.node(a.decision);
            let Some(decision) = scenario.decision(a.decision) else { panic!("a decision") };
            let chosen: Vec<usize> = match &a.response.answer {
                Answer::Pick(i) => vec![*i],
                Answer::Tick(ticks) => ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| i).collect(),
                Answer::Rate(_) | Answer::Rank(_) => Vec::new(),
            };
            json!({ "decision": node.id, "kind": decision.kind.as_str(), "chosen": chosen, "token": encode_response(&a.response) })
        })
        .collect()
}

#[test]
fn the_browser_test_s_participant_codes_are_current() {
    let (scenario, analysis) = load(SCENARIO);
    let participant = |p: &Playthrough| {
        let card = scorecard::score(&scenario, &analysis, p).expect("scores");
        json!({
            "code": code::encode(&scenario, p).expect("encodes"),
            "overall": card.overall,
            "passed": card.passed,
            "answers": answers(&scenario, p),
        })
    };
    let expert = playthrough(&scenario, &analysis, Bot::Expert, 0);
    let log: Vec<String> = expert.responses.iter().map(encode_response).collect();
    let (other, other_analysis) = load(OTHER);
    let participants: Vec<Value> =
        (1..=PARTICIPANTS).map(|s| participant(&playthrough(&scenario, &analysis, Bot::Random, s))).collect();
    let other_code = code::encode(&other, &playthrough(&other, &other_analysis, Bot::Expert, 0)).expect("encodes");
    // One participant a line, so a change reads as a diff of the participants it touches.
    let line = |v: &Value| serde_json::to_string(v).expect("serialises");
    let text = format!(
        "{{\n  \"scenario\": {},\n  \"expert\": {},\n  \"other\": {},\n  \"participants\": [\n    {}\n  ]\n}}\n",
        line(&json!(SCENARIO)),
        line(&json!({ "log": log.join("."), "participant": participant(&expert) })),
        line(&json!({ "scenario": OTHER, "code": other_code })),
        participants.iter().map(line).collect::<Vec<_>>().join(",\n    "),
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/fixtures/workshop-codes.json");
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        fs::write(&path, &text).expect("writes the fixture");
    }
    let current = fs::read_to_string(&path).unwrap_or_default();
    assert!(current == text, "{} is stale (UPDATE_GOLDEN=1 rewrites it)", path.display());
    // The thirty codes are all different, so the room counts every one.
    let fixture: Value = serde_json::from_str(&current).expect("the fixture is JSON");
    let codes: Vec<&str> =
        fixture["participants"].as_array().into_iter().flatten().filter_map(|p| p["code"].as_str()).collect();
    let import = room::import(&scenario, &codes.join(" "));
    assert_eq!((import.accepted.len(), import.refused.len()), (PARTICIPANTS as usize, 0));
}
