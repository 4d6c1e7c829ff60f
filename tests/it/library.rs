//! Every built-in scenario loads without diagnostics and can be played to an ending through
//! the engine's public API.

use judgement_call::engine::scenario::{Decision, DecisionKind};
use judgement_call::engine::{self, Answer, Confidence, Playthrough, Response, Step};
use judgement_call::library::{ENTRIES, INDEX};

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
fn the_index_lists_every_scenario_as_the_engine_reads_it() {
    assert_eq!(INDEX.len(), ENTRIES.len());
    for (listing, entry) in INDEX.iter().zip(ENTRIES) {
        let meta = engine::load(entry.source).expect("loads").meta;
        assert_eq!(listing.file, entry.file);
        assert_eq!(listing.id, meta.id);
        assert_eq!(listing.title, meta.title);
        assert_eq!(listing.summary, meta.summary);
        assert_eq!(listing.level, meta.level.map(|l| l.as_str()));
        assert_eq!(listing.minutes, meta.minutes);
        assert_eq!(listing.skills, meta.skills);
        // Reading without analysis gives the same scenario.
        assert_eq!(engine::read(entry.source).as_ref().ok(), engine::load(entry.source).as_ref().ok());
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

#[test]
fn the_library_covers_every_seed_idea_and_names_no_other() {
    use judgement_call::library::SEED_IDEAS;
    let known: Vec<&str> = SEED_IDEAS.iter().map(|s| s.id).collect();
    let mut covered = std::collections::BTreeSet::new();
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("loads");
        let named = scenario.meta.seeds;
        assert!(!named.is_empty(), "{} names no seed idea", entry.file);
        for seed in named {
            assert!(known.contains(&seed.as_str()), "{}: unknown seed idea `{seed}`", entry.file);
            covered.insert(seed);
        }
    }
    let missing: Vec<&&str> = known.iter().filter(|k| !covered.contains(**k)).collect();
    assert!(missing.is_empty(), "no scenario trains {missing:?}");
    assert!(ENTRIES.len() >= 14, "the library has {} scenarios", ENTRIES.len());
}

/// The library's authoring rules that can be checked mechanically: enough decisions with
/// scenes between them, endings chosen by state, a delayed consequence, varied decision
/// kinds, confidence, a rating panel, defensible options and discussion prompts.
#[test]
fn every_scenario_follows_the_authoring_rules() {
    use judgement_call::engine::bot::{self, Bot};
    use judgement_call::engine::scenario::NodeKind;
    use judgement_call::engine::score::expert_means;

    for entry in ENTRIES {
        let (found, diagnostics) = engine::study(entry.source);
        assert!(diagnostics.is_empty(), "{}: {diagnostics:?}", entry.file);
        let (scenario, analysis) = found.expect("loads");
        let file = entry.file;
        let decisions: Vec<_> = scenario.decisions().collect();
        assert!(decisions.len() >= 5, "{file}: {} decisions", decisions.len());
        assert!(scenario.raters.len() >= 3, "{file}: {} raters", scenario.raters.len());
        assert!(scenario.raters.iter().all(|r| r.description.len() > 20), "{file}: describe every rater");

        let kinds: std::collections::BTreeSet<&str> =
            decisions.iter().map(|(_, d)| d.kind.as_str()).filter(|k| *k != "pick").collect();
        assert!(kinds.len() >= 2, "{file}: kinds besides pick: {kinds:?}");
        let confident = decisions.iter().filter(|(_, d)| d.confidence.is_some()).count();
        assert!(confident >= 2, "{file}: confidence asked at {confident} decisions");

        for (node, decision) in &decisions {
            let id = &scenario.nodes[*node].id;
            assert!(!decision.discuss.is_empty(), "{file}: `{id}` has no discussion prompt");
            assert!(!decision.reasoning.is_empty(), "{file}: `{id}` has no expert reasoning");
            if !decision.kind.is_checklist() {
                let mut means = expert_means(decision);
                means.sort_by(|a, b| b.total_cmp(a));
                assert!(means[0] - means[1] <= 1.5, "{file}: `{id}` has one obvious answer ({means:?})");
            }
        }

        let endings = scenario.nodes.iter().filter(|n| matches!(&n.kind, NodeKind::Ending(e) if e.when.is_some()));
        assert!(endings.count() >= 2, "{file}: endings chosen by state");
        assert!(analysis.endings.len() >= 3, "{file}: {} endings reached", analysis.endings.len());
        assert!(analysis.unreachable_endings.is_empty() && analysis.unreachable.is_empty(), "{file}: unreachable");

        let delayed = decisions.iter().flat_map(|(_, d)| &d.options).flat_map(|o| &o.effects).any(|e| e.delay >= 2);
        assert!(delayed, "{file}: no consequence delayed by two decisions or more");

        // Narrative sits between decisions on the expert's path: a scene, or prose that opens
        // the next decision (the last response leads to an ending).
        let expert = bot::play(&scenario, &analysis, Bot::Expert, 0);
        assert!(expert.len() >= 5, "{file}: the expert answers {} decisions", expert.len());
        let mut playthrough = Playthrough::new(&scenario, 0);
        for answered in &expert {
            playthrough = engine::respond(&scenario, &playthrough, answered.response.clone()).expect("replays");
            let position = engine::replay(&scenario, &playthrough).expect("replays");
            let scene = position.passage.iter().any(|p| matches!(scenario.nodes[p.node].kind, NodeKind::Scene { .. }));
            let ended = matches!(position.step, Step::End(_));
            let opens = !scenario.nodes[position.node].prose.is_empty();
            assert!(scene || ended || opens, "{file}: no narrative after `{}`", scenario.nodes[answered.decision].id);
        }
    }
}

/// A participant's result code for any built-in scenario stays short enough to type: at
/// most 40 characters for six decisions, and not much more for the longest scenario.
#[test]
fn result_codes_for_the_library_are_short_and_read_back() {
    use judgement_call::engine::bot::{self, Bot};
    use judgement_call::workshop::code;
    for entry in ENTRIES {
        let (found, _) = engine::study(entry.source);
        let (scenario, analysis) = found.expect("loads");
        for seed in 0..20 {
            let mut playthrough = Playthrough::new(&scenario, seed);
            let bot = if seed == 0 { Bot::Expert } else { Bot::Random };
            playthrough.responses =
                bot::play(&scenario, &analysis, bot, seed).into_iter().map(|a| a.response).collect();
            let text = code::encode(&scenario, &playthrough).expect("encodes");
            let six = playthrough.responses.len() <= 6;
            assert!(
                text.len() <= if six { 40 } else { 48 },
                "{}: {text} for {} responses",
                entry.file,
                playthrough.responses.len()
            );
            let mut read = code::decode(&scenario, &text).expect("decodes");
            read.seed = seed;
            assert_eq!(read, playthrough, "{}", entry.file);
        }
    }
}
