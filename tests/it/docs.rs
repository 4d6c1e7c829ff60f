//! The language reference and the code agree: the annotated example in
//! docs/scenario-language.md is the fixture file, loads cleanly and uses every construct; the
//! table of diagnostic codes is the engine's; and the encoded playthrough shown fits the example.

use std::fs;
use std::path::PathBuf;

use engine::condition::Condition;
use engine::scenario::{Change, DecisionKind, NodeKind, Scenario, StateKind, Target};
use engine::{self, Playthrough, Step, diagnostic, playthrough};

fn read(path: &str) -> String {
    fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)).expect("a readable file")
}

fn reference() -> String {
    read("docs/scenario-language.md")
}

fn example() -> String {
    read("tests/it/fixtures/annotated-example.scenario")
}

/// The body of the first ```text block after `heading`.
fn code_block_after(doc: &str, heading: &str) -> String {
    let after = doc.split_once(heading).map(|(_, rest)| rest).expect("the heading exists");
    let start = after.find("```text\n").expect("a text block") + "```text\n".len();
    let end = after[start..].find("```").expect("a closed block");
    after[start..start + end].to_string()
}

#[test]
fn the_annotated_example_in_the_reference_is_the_fixture() {
    assert_eq!(code_block_after(&reference(), "## A complete annotated example"), example());
}

#[test]
fn the_annotated_example_loads_without_diagnostics() {
    let (scenario, diagnostics) = engine::check(&example());
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(scenario.is_some());
}

#[test]
fn the_annotated_example_uses_every_construct() {
    let source = example();
    let scenario: Scenario = engine::load(&source).expect("loads");
    let meta = &scenario.meta;
    assert!(meta.level.is_some() && meta.minutes.is_some() && !meta.skills.is_empty() && !meta.seeds.is_empty());
    assert!(!meta.summary.is_empty() && !meta.goal.is_empty());
    for field in ["version:", "language:", "pass:", "start:", "\n    "] {
        assert!(source.contains(field), "{field:?}");
    }
    assert!(!scenario.dimensions().is_empty() && !scenario.raters().is_empty());
    assert!(scenario.states().iter().any(|s| s.kind == StateKind::Flag));
    assert!(scenario.states().iter().any(|s| matches!(s.kind, StateKind::Number { .. })));

    let kinds: Vec<DecisionKind> = scenario.decisions().map(|(_, d)| d.kind).collect();
    for kind in DecisionKind::ALL {
        assert!(kinds.contains(&kind), "{kind:?}");
    }
    let decisions: Vec<_> = scenario.decisions().map(|(_, d)| d).collect();
    assert!(decisions.iter().any(|d| d.confidence.is_some() && d.rationale.is_some() && !d.reasoning.is_empty()));
    assert!(decisions.iter().any(|d| d.discuss.len() > 1 && d.weight != 1.0));
    let options: Vec<_> = decisions.iter().flat_map(|d| &d.options).collect();
    assert!(options.iter().any(|o| !o.consequence.is_empty() && !o.coaching.is_empty() && !o.evidence.is_empty()));
    assert!(options.iter().any(|o| o.stakeholder.is_some() && o.weight > 0));
    // Every option of a pick, rate or rank decision says what it does.
    for d in decisions.iter().filter(|d| !d.kind.is_checklist()) {
        assert!(d.options.iter().all(|o| o.r#move.is_some()), "{}", d.ask);
    }
    assert!(options.iter().any(|o| o.weight < 0));
    let effects: Vec<_> = options.iter().flat_map(|o| &o.effects).collect();
    assert!(effects.iter().any(|e| e.delay > 0 && !e.visible));
    assert!(effects.iter().any(|e| matches!(e.change, Change::Add(n) if n < 0)));
    assert!(effects.iter().any(|e| matches!(e.change, Change::Add(n) if n > 0)));
    assert!(effects.iter().filter(|e| matches!(e.change, Change::Set(_))).count() >= 2);
    assert!(decisions.iter().any(|d| d.options.iter().any(|o| o.routes.is_empty()) && !d.routes.is_empty()));

    let routes: Vec<_> = scenario
        .nodes()
        .flat_map(|(_, n)| match &n.kind {
            NodeKind::Scene { routes } => routes.iter().collect::<Vec<_>>(),
            NodeKind::Decision(d) => d.routes.iter().chain(d.options.iter().flat_map(|o| &o.routes)).collect(),
            NodeKind::Ending(_) => Vec::new(),
        })
        .collect();
    assert!(routes.iter().any(|r| r.target == Target::End));
    let conditions: Vec<&Condition> = routes.iter().filter_map(|r| r.condition.as_ref()).collect();
    let text = format!("{conditions:?}");
    for piece in ["All", "Any", "Not", "Compare", "Flag", "Chose"] {
        assert!(text.contains(piece), "no condition uses {piece}");
    }
    assert!(scenario.nodes().any(|(_, n)| n.prose.iter().any(|p| p.condition.is_some())));
    assert!(scenario.nodes().any(|(_, n)| matches!(&n.kind, NodeKind::Ending(e) if e.when.is_some())));
    for markup in ["**", "*just*", "_old_", "\n- ", "\n> ", "](https://", "\n// "] {
        assert!(source.contains(markup), "{markup:?}");
    }
}

#[test]
fn the_reference_lists_exactly_the_engines_codes() {
    let doc = reference();
    let table = doc.split_once("The codes are stable:").map(|(_, rest)| rest).expect("the table exists");
    let mut listed: Vec<&str> = Vec::new();
    for row in table.lines().take_while(|l| l.starts_with('|') || l.is_empty()).filter(|l| l.starts_with("| `")) {
        let first_cell = row.split('|').nth(1).unwrap_or_default();
        listed.extend(first_cell.split('`').skip(1).step_by(2));
    }
    let mut expected: Vec<&str> = diagnostic::code::ALL.to_vec();
    listed.sort_unstable();
    expected.sort_unstable();
    assert_eq!(listed, expected);
}

#[test]
fn the_encoded_playthrough_in_the_reference_fits_the_example() {
    let doc = reference();
    let line = code_block_after(&doc, "A playthrough is saved as one line of text:");
    let mut saved = Playthrough::decode(line.trim()).expect("the example decodes");
    assert_eq!(saved.encode(), line.trim());
    let scenario = engine::load(&example()).expect("loads");
    assert_eq!(saved.scenario, scenario.meta.id);
    // The hash in the reference is made up; every response must fit its decision in turn.
    saved.hash = scenario.hash;
    let position = engine::replay(&scenario, &saved).expect("every response fits");
    assert!(matches!(position.step, Step::End(_)));
    for answered in &position.history {
        let Some(decision) = scenario.decision(answered.decision) else { panic!("a decision") };
        assert!(playthrough::fits(decision, &answered.response));
    }
}
