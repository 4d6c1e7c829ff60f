//! Every built-in scenario loads without diagnostics and can be played to an ending through
//! the engine's public API.

use judgement_call::engine::scenario::{Decision, DecisionKind};
use judgement_call::engine::{self, Answer, Confidence, Playthrough, Response, Step};
use judgement_call::library::ENTRIES;

/// The response a learner gives who always goes with the first option shown: picks it, rates
/// it highest, ranks in shown order, ticks it alone; and is fairly sure when asked.
fn first_shown(decision: &Decision, order: &[usize]) -> Response {
    let n = decision.options.len();
    let answer = match decision.kind {
        DecisionKind::Pick => Answer::Pick(order[0]),
        DecisionKind::Rate => Answer::Rate((0..n).map(|i| if i == order[0] { 7 } else { 4 }).collect()),
        DecisionKind::Rank => Answer::Rank(order.to_vec()),
        DecisionKind::Considerations | DecisionKind::Pivot => Answer::Tick((0..n).map(|i| i == order[0]).collect()),
    };
    Response::new(answer, decision.confidence.as_ref().map(|_| Confidence::FairlySure))
}

#[test]
fn every_built_in_scenario_is_clean() {
    assert!(!ENTRIES.is_empty());
    for entry in ENTRIES {
        let (scenario, diagnostics) = engine::check(entry.source);
        assert!(diagnostics.is_empty(), "{}: {diagnostics:?}", entry.file);
        let scenario = scenario.expect("a clean scenario loads");
        assert_eq!(format!("{}.scenario", scenario.meta.id), entry.file, "the file is named after the scenario id");
    }
}

#[test]
fn always_picking_the_first_shown_option_reaches_an_ending() {
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("built-in scenarios load");
        let mut playthrough = Playthrough::new(&scenario, 42);
        for _ in 0..=scenario.nodes.len() {
            let position = engine::replay(&scenario, &playthrough).expect("a fresh playthrough replays");
            match position.step {
                Step::End(_) => break,
                Step::Decide { decision, order } => {
                    let response = first_shown(decision, &order);
                    playthrough = engine::respond(&scenario, &playthrough, response).expect("a shown option is valid");
                }
            }
        }
        let end = engine::replay(&scenario, &playthrough).expect("replays");
        assert!(matches!(end.step, Step::End(_)), "{} never ended", entry.file);
        // The compact log survives a round trip and replays to the same place.
        let decoded = Playthrough::decode(&playthrough.encode()).expect("decodes");
        assert_eq!(engine::replay(&scenario, &decoded).expect("replays").node, end.node);
    }
}

#[test]
fn responses_that_do_not_fit_are_refused() {
    let scenario = engine::load(ENTRIES[0].source).expect("loads");
    let fresh = Playthrough::new(&scenario, 1);
    assert_eq!(engine::respond(&scenario, &fresh, Response::pick(99)), Err(engine::PlayError::InvalidResponse));
    let mut foreign = fresh.clone();
    foreign.hash ^= 1;
    assert_eq!(engine::replay(&scenario, &foreign).err(), Some(engine::PlayError::WrongScenario));
}
