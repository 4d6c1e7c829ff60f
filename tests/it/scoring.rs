//! Scoring: every worked example of docs/scoring.md reproduced with the same numbers (each
//! printed figure is also checked to appear in the doc), property tests of the formulas and
//! the scorecard, and the library-wide bot check: on every built-in scenario the expert bot
//! scores exactly 100, and no surface heuristic beats the random bot by more than 10 points.

use std::fs;
use std::path::PathBuf;

use proptest::prelude::{Just, Strategy, any, prop, prop_assert, prop_assert_eq, prop_assume, proptest};

use engine::analyse::{self, key};
use engine::bot::{self, Bot};
use engine::debrief::{self, Attempt, Attempts};
use engine::scenario::{Decision, DecisionKind, NodeId, Scenario};
use engine::score::{self, Fit, Panel};
use engine::scorecard;
use engine::{self, Answer, Answered, Confidence, Playthrough, Response, Step};
use library::ENTRIES;

fn doc() -> String {
    fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/scoring.md")).expect("docs/scoring.md")
}

/// Asserts `value` is `expected` to 1e-9, and that the doc prints it as `printed`.
#[track_caller]
fn check(value: f64, expected: f64, printed: &str) {
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
    assert!(doc().contains(&format!("**{printed}**")), "docs/scoring.md does not print **{printed}**");
    // The printed figure is the value to the decimals shown.
    let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len());
    let shown = format!("{:.*}", decimals, value).replace('-', "−");
    let printed = printed.trim_start_matches('+');
    assert_eq!(shown, printed, "the doc rounds {value} differently");
}

fn approx(value: f64, expected: f64) {
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
}

#[test]
fn pick_example() {
    let means = [6.0, 5.0, 3.0, 2.0];
    check(score::pick(&means, 1), 0.75, "0.75");
    check(score::pick_chance(&means), 0.5, "0.5");
    check(score::chance_corrected(0.75, 0.5), 0.5, "0.5");
}

#[test]
fn near_tie_example() {
    let sd_a = 1.0;
    let sd_b = 12.0_f64.sqrt();
    check(score::pooled_sd(sd_a, sd_b, Some(3), Some(3)), 6.5_f64.sqrt(), "2.5495");
    let panel = Panel::from_ratings(vec![6.0, 5.0, 2.0], vec![sd_a, sd_b, 0.0], &[3, 3, 3]);
    assert!(panel.contested && panel.split());
    check(panel.pick(1), 1.0, "1");
    approx(score::pick(&panel.means, 1), 0.75);
    check(panel.pick_chance(), 2.0 / 3.0, "0.6667");
    // From the ratings themselves, through a scenario.
    let scenario = engine::load(
        "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\n== decision d\nask: ?\n\
         * a: A\n  ratings: a 7, b 5, c 6\n* b: B\n  ratings: a 7, b 7, c 1\n* c: C\n  ratings: a 2, b 2, c 2\n-> end\n\
         == ending e\ntitle: E\n",
    )
    .expect("loads");
    let Some(decision) = scenario.decision(NodeId::new(0)) else { panic!("a decision") };
    assert_eq!(Panel::of(decision), panel.clone());
    approx(score::item(decision, &Response::pick(1)), 1.0);
}

#[test]
fn rate_example() {
    let profile = score::rating_profile(&[6.0, 3.0, 3.0], &[6.0, 2.0, 4.0]);
    check(profile.r, 6.0 / 48.0_f64.sqrt(), "0.8660");
    approx(profile.best, 1.0);
    check(profile.score, (1.0 + 6.0 / 48.0_f64.sqrt()) / 2.0, "0.9330");
    check(profile.elevation, 0.0, "0");
    check(profile.scatter, 2.0_f64.sqrt() - (8.0_f64 / 3.0).sqrt(), "−0.2188");
    check(profile.agreement, 1.0 - (2.0_f64 / 3.0).sqrt() / 6.0, "0.8639");
    // Flat ratings score chance.
    approx(score::rate(&[4.0, 4.0, 4.0], &[6.0, 2.0, 4.0]), 0.5);
}

#[test]
fn rate_best_whole_numbers_example() {
    let means = [6.4, 5.6, 1.0];
    let (best, r_best) = score::best_ratings(&means);
    assert_eq!(best, [7, 6, 1]);
    check(r_best, score::pearson(&[7.0, 6.0, 1.0], &means), "0.9998");
    assert!((score::pearson(&[6.0, 6.0, 1.0], &means) - 0.9905).abs() < 5e-5);
    check(score::rate(&[7.0, 6.0, 1.0], &means), 1.0, "1");
    let rounded = score::rate(&[6.0, 6.0, 1.0], &means);
    check(rounded, (1.0 + score::pearson(&[6.0, 6.0, 1.0], &means) / r_best) / 2.0, "0.9954");
}

#[test]
fn rank_example() {
    let means = [6.0, 5.5, 2.0];
    check(score::rank(&means, &[1, 0, 2]), 1.0 - 0.5 / 8.0, "0.9375");
    check(score::chance_corrected(0.9375, score::rank_chance(&means)), 0.875, "0.875");
}

#[test]
fn checklist_examples() {
    let weights = [3.0, 3.0, -3.0, -3.0];
    check(score::plus_minus(&weights, &[true, true, false, false]), 1.0, "1");
    check(score::plus_minus(&weights, &[true, false, true, false]), 0.0, "0");
    approx(score::plus_minus(&weights, &[true; 4]), 0.0);
    check(score::plus_minus_chance(&weights), (6.0 + 4.0 * 3.0) / 16.0 / 6.0, "0.1875");
    let pivot = [2.0, -2.0];
    approx(score::plus_minus(&pivot, &[true, false]), 1.0);
    check(score::plus_minus_chance(&pivot), 0.25, "0.25");
}

#[test]
fn confidence_example() {
    let c = score::calibration(&[
        (Confidence::Sure, true),
        (Confidence::Sure, true),
        (Confidence::Sure, false),
        (Confidence::Unsure, true),
    ])
    .expect("judgements");
    assert_eq!((c.cbm, c.cbm_max), (1, 12));
    assert!(doc().contains("**+1** of a possible 12"));
    check(c.brier, (0.01 + 0.01 + 0.81 + 0.2025) / 4.0, "0.2581");
    check(c.uncertainty, 0.1875, "0.1875");
    let reliability = 3.0 * (0.9_f64 - 2.0 / 3.0).powi(2) / 4.0 + 0.45_f64.powi(2) / 4.0;
    check(c.reliability, reliability, "0.0915");
    check(c.resolution, 3.0 * (2.0_f64 / 3.0 - 0.75).powi(2) / 4.0 + 0.25_f64.powi(2) / 4.0, "0.0208");
    approx(c.brier, c.reliability - c.resolution + c.uncertainty);
    check(c.overconfidence, 0.0625, "+0.0625");
    check(c.discrimination.expect("right and wrong calls"), (0.9 + 0.9 + 0.55) / 3.0 - 0.9, "−0.1167");
    check(c.score, 1.0 - 2.0 * reliability.sqrt(), "0.3952");
    assert_eq!((c.levels[2].said, c.levels[2].right, c.levels[2].fit()), (3, 2, Some(Fit::Overconfident)));
    assert_eq!(score::cbm(Confidence::Sure, false), -6);
    assert_eq!(score::cbm(Confidence::FairlySure, false), -2);
    assert_eq!(score::cbm(Confidence::Unsure, false), 0);
}

#[test]
fn dimension_examples() {
    let e = [1.0, 0.5, -1.0];
    check(score::pick(&e, 1), 0.75, "0.75");
    check(score::pick_chance(&e), (1.0 + 0.75) / 3.0, "0.5833");
    let estimate = score::estimate(&[(2.0, 1.0), (1.0, 0.5), (1.5, 0.0)]);
    check(estimate.value, 3.5 / 6.5, "0.5385");
    check(estimate.high - estimate.value, 1.28 * (3.5 / 6.5 * (3.0 / 6.5) / 7.5_f64).sqrt(), "0.2330");
    assert!(estimate.enough);
    let one = score::estimate(&[(1.0, 1.0)]);
    check(one.value, 2.0 / 3.0, "0.6667");
    check(one.value - one.low, 1.28 * (2.0 / 9.0 / 4.0_f64).sqrt(), "0.3017");
    assert!(!one.enough);
}

/// The path example of docs/scoring.md as a scenario.
const PATH: &str = "id: path\ntitle: Path\nrater a: A\nrater b: B\nrater c: C\n\
    == decision d1\nask: ?\nweight: 2\n\
    * a: A\n  ratings: a 6, b 6, c 6\n  -> d2\n* b: B\n  ratings: a 4, b 4, c 4\n  -> d2\n\
    * c: C\n  ratings: a 2, b 2, c 2\n  -> d3\n\
    == decision d2\nask: ?\n* x: X\n  ratings: a 5, b 5, c 5\n* y: Y\n  ratings: a 3, b 3, c 3\n-> end\n\
    == decision d3\nask: ?\n* x: X\n  ratings: a 3, b 3, c 3\n* y: Y\n  ratings: a 1, b 1, c 1\n-> end\n\
    == ending e\ntitle: E\n";

fn path_card(picks: &[usize]) -> scorecard::Scorecard {
    let (Some((scenario, analysis)), _) = engine::study(PATH) else { panic!("the path example loads") };
    let mut playthrough = Playthrough::new(&scenario, 1);
    playthrough.responses = picks.iter().map(|&i| Response::pick(i)).collect();
    scorecard::score(&scenario, &analysis, &playthrough).expect("replays")
}

#[test]
fn path_example() {
    let card = path_card(&[1, 0]);
    check(card.path.best, 17.0, "17");
    check(card.path.worst, 5.0, "5");
    check(card.items[0].regret, 1.0, "1");
    check(card.items[0].points, 100.0 / 3.0, "33.3");
    approx(card.items[1].regret, 0.0);
    check(card.overall, 200.0 / 3.0, "66.7");
    check(card.path.efficiency.expect("finished"), 8.0 / 12.0, "0.6667");
    approx(card.chance, 50.0);
    check(card.path.chance, (34.0 / 3.0 - 5.0) / 12.0, "0.5278");
    let corrected = (8.0 / 12.0 - (34.0 / 3.0 - 5.0) / 12.0) / (1.0 - (34.0 / 3.0 - 5.0) / 12.0);
    check(card.path.corrected.expect("finished"), corrected, "0.2941");
    check(card.corrected, 100.0 / 3.0, "33.3");
    assert!(!card.passed && card.pass == 70);
    // Recovery after a mistake earns full local credit.
    let recovered = path_card(&[2, 0]);
    approx(recovered.items[1].score, 1.0);
    check(recovered.overall, 100.0 / 3.0, "33.3");
    check(recovered.path.efficiency.expect("finished"), 2.0 / 12.0, "0.1667");
    // The best path scores 100.
    let best = path_card(&[0, 0]);
    approx(best.overall, 100.0);
    approx(best.path.efficiency.expect("finished"), 1.0);
}

#[test]
fn the_outcome_never_moves_the_judgement_score() {
    let (Some((scenario, analysis)), _) = engine::study(PATH) else { panic!("loads") };
    let history = vec![
        Answered { decision: NodeId::new(0), response: Response::pick(1) },
        Answered { decision: NodeId::new(1), response: Response::pick(0) },
    ];
    let a = scorecard::of_history(&scenario, &analysis, &history, &[], Some(NodeId::new(4)));
    let b = scorecard::of_history(&scenario, &analysis, &history, &[], None);
    approx(a.overall, b.overall);
    approx(a.overall, score::overall(&scenario, &history));
}

#[test]
fn attempts_keep_the_first_as_the_record() {
    let mut attempts = Attempts::new();
    attempts.record(Attempt { overall: 55.0, passed: false });
    for overall in [80.0, 75.0] {
        attempts.record(Attempt { overall, passed: true });
    }
    assert_eq!(attempts.first().map(|a| a.overall), Some(55.0));
    assert_eq!(attempts.improvement(), Some(20.0));
}

/// Answers every decision with the experts' key until the story ends.
fn play_key(scenario: &Scenario) -> Vec<Answered> {
    let mut playthrough = Playthrough::new(scenario, 7);
    for _ in 0..=4 * scenario.nodes().len() {
        let Ok(position) = engine::replay(scenario, &playthrough) else { break };
        let Step::Decide { decision, .. } = position.step else { break };
        let response = Response::new(key(decision), decision.confidence.as_ref().map(|_| Confidence::Sure));
        match engine::respond(scenario, &playthrough, response) {
            Ok(next) => playthrough = next,
            Err(_) => break,
        }
    }
    engine::replay(scenario, &playthrough).map(|p| p.history).unwrap_or_default()
}

/// The marking worked out once per scenario (what the bots and the overall score use) gives
/// every response exactly the item score that scoring it afresh does.
#[test]
fn a_scenarios_marking_scores_exactly_as_scoring_afresh() {
    for entry in ENTRIES {
        let (Some((scenario, analysis)), _) = engine::study(entry.source) else { panic!("{} loads", entry.file) };
        let marking = score::Marking::of(&scenario);
        for bot in [Bot::Random, Bot::First, Bot::Tone(bot::Tone::Hedged)] {
            for seed in 0..5 {
                let history = bot::play(&scenario, &analysis, bot, seed);
                for answered in &history {
                    let Some(decision) = scenario.decision(answered.decision) else {
                        panic!("{}: a response at a decision", entry.file)
                    };
                    let (marked, afresh) = (
                        marking.item(answered.decision, &answered.response),
                        score::item(decision, &answered.response),
                    );
                    assert_eq!(marked.to_bits(), afresh.to_bits(), "{} {bot} {seed}", entry.file);
                }
            }
        }
    }
}

#[test]
fn on_every_built_in_scenario_the_expert_scores_100_and_surface_cues_do_not_pay() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for entry in ENTRIES {
        let (Some((scenario, analysis)), _) = engine::study(entry.source) else { panic!("{} loads", entry.file) };
        let expert = bot::score(&scenario, &analysis, Bot::Expert);
        let random = bot::score(&scenario, &analysis, Bot::Random);
        if (expert - 100.0).abs() > 1e-9 {
            failures.push(format!("{}: the expert scores {expert}", scenario.meta.id));
        }
        let (best_bot, best) = Bot::SURFACE
            .iter()
            .map(|&b| (b, bot::score(&scenario, &analysis, b)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("surface bots");
        if best > random + 10.0 {
            failures.push(format!("{}: the {} bot scores {best:.1}, random {random:.1}", scenario.meta.id, best_bot));
        }
        // Answering every decision with the key, as the expert does, is the best path.
        let keyed = score::overall(&scenario, &play_key(&scenario));
        if (keyed - 100.0).abs() > 1e-9 {
            failures.push(format!("{}: answering with the key scores {keyed}", scenario.meta.id));
        }
        report.push(format!(
            "{:<24} expert {expert:5.1}  random {random:5.1}  best surface {} {best:5.1}",
            scenario.meta.id, best_bot
        ));
    }
    println!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn means() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(1.0..=7.0_f64, 2..8)
}

/// Checklist weights whose penalties add up to at least the positive weights, as the
/// language requires.
fn checklist() -> impl Strategy<Value = Vec<f64>> {
    (prop::collection::vec(1..6_i32, 1..5), prop::collection::vec(1..6_i32, 0..4)).prop_map(|(positive, extra)| {
        let total: i32 = positive.iter().sum();
        let mut weights: Vec<f64> = positive.iter().map(|&w| f64::from(w)).collect();
        weights.push(-f64::from(total));
        weights.extend(extra.iter().map(|&w| -f64::from(w)));
        weights
    })
}

fn in_unit(x: f64) -> bool {
    (0.0..=1.0).contains(&x)
}

proptest! {
    #[test]
    fn item_scores_and_chance_stay_in_range(
        means in means(),
        ratings in prop::collection::vec(1..=7_u8, 8),
        chosen in 0..10_usize,
        order in Just((0..8).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let n = means.len();
        let x: Vec<f64> = ratings[..n].iter().map(|&r| f64::from(r)).collect();
        let order: Vec<usize> = order.into_iter().filter(|&i| i < n).collect();
        for s in [score::pick(&means, chosen), score::rate(&x, &means), score::rank(&means, &order),
                  score::pick_chance(&means), score::rate_chance(&means), score::rank_chance(&means)] {
            prop_assert!(in_unit(s), "{s}");
        }
        let profile = score::rating_profile(&x, &means);
        prop_assert!(in_unit(profile.score) && profile.agreement <= 1.0 && profile.best <= 1.0);
        let panel = Panel::from_ratings(means.clone(), vec![1.0; n], &vec![3; n]);
        prop_assert!(in_unit(panel.pick(chosen)) && in_unit(panel.pick_chance()));
        prop_assert!(panel.pick(chosen) >= score::pick(&means, chosen) - 1e-12, "near-ties only add credit");
    }

    #[test]
    fn the_best_whole_number_ratings_score_one_and_flat_ratings_score_chance(means in means(), level in 1..=7_u8) {
        let (lo, hi) = score::bounds(&means);
        prop_assume!(hi - lo > 1e-6, "flat means have no shape");
        let (key, _) = score::best_ratings(&means);
        let x: Vec<f64> = key.iter().map(|&v| f64::from(v)).collect();
        prop_assert_eq!(score::rate(&x, &means), 1.0);
        let flat = vec![f64::from(level); means.len()];
        prop_assert_eq!(score::rate(&flat, &means), score::rate_chance(&means));
        prop_assert_eq!(score::rate_chance(&means), 0.5);
    }

    #[test]
    fn select_all_scores_zero_and_chance_is_exact(weights in checklist()) {
        prop_assert_eq!(score::plus_minus(&weights, &vec![true; weights.len()]), 0.0);
        let n = weights.len();
        let brute: f64 = (0..1u32 << n)
            .map(|mask| score::plus_minus(&weights, &(0..n).map(|i| mask & (1 << i) != 0).collect::<Vec<_>>()))
            .sum::<f64>() / f64::from(1u32 << n);
        prop_assert!((score::plus_minus_chance(&weights) - brute).abs() < 1e-12);
    }

    #[test]
    fn calibration_decomposes_exactly(judgements in prop::collection::vec((0..3_usize, any::<bool>()), 1..30)) {
        let judgements: Vec<(Confidence, bool)> = judgements.iter().map(|&(c, y)| (Confidence::ALL[c], y)).collect();
        let c = score::calibration(&judgements).expect("judgements");
        prop_assert!((c.brier - (c.reliability - c.resolution + c.uncertainty)).abs() < 1e-12);
        prop_assert!(in_unit(c.brier) && in_unit(c.score) && c.cbm <= c.cbm_max);
    }

    #[test]
    fn estimates_and_bands_stay_in_range(evidence in prop::collection::vec((0.0..5.0_f64, 0.0..=1.0_f64), 0..12)) {
        let e = score::estimate(&evidence);
        prop_assert!(in_unit(e.value) && e.low <= e.value && e.value <= e.high && in_unit(e.low) && in_unit(e.high));
    }

    /// On any generated scenario, answering with the key everywhere scores 100, every
    /// scorecard figure of any playthrough stays in range, and the debrief never fails.
    #[test]
    fn generated_scenarios_score_in_range(source in crate::properties::valid_scenario(), seeds in prop::collection::vec(any::<u8>(), 0..16)) {
        let (Some((scenario, analysis)), _) = engine::study(&source) else { return Ok(()) };
        let keyed = play_key(&scenario);
        if !keyed.is_empty() {
            prop_assert!((score::overall(&scenario, &keyed) - 100.0).abs() < 1e-9);
        }
        let mut playthrough = Playthrough::new(&scenario, u64::from(seeds.first().copied().unwrap_or(0)));
        for &seed in &seeds {
            let Ok(position) = engine::replay(&scenario, &playthrough) else { break };
            let Step::Decide { decision, order } = position.step else { break };
            match engine::respond(&scenario, &playthrough, crate::properties::fitting(decision, &order, seed)) {
                Ok(next) => playthrough = next,
                Err(_) => break,
            }
        }
        check_card(&scenario, &analysis, &playthrough)?;
    }

    /// Swapping one answer in a history for a worse one never raises the judgement score:
    /// a pick of an option with a lower mean, a checklist with a distractor ticked or an item
    /// that matters unticked, or a ranking with a correctly ordered adjacent pair swapped.
    #[test]
    fn a_worse_answer_never_raises_the_judgement(entry in 0..ENTRIES.len(), seeds in prop::collection::vec(any::<u8>(), 32), at in 0..32_usize, pick in 0..16_usize) {
        let scenario = engine::load(ENTRIES[entry].source).expect("built-in scenarios load");
        let mut playthrough = Playthrough::new(&scenario, u64::from(seeds[0]));
        for &seed in &seeds {
            let Ok(position) = engine::replay(&scenario, &playthrough) else { break };
            let Step::Decide { decision, order } = position.step else { break };
            playthrough = engine::respond(&scenario, &playthrough, crate::properties::fitting(decision, &order, seed)).expect("fits");
        }
        let history = engine::replay(&scenario, &playthrough).expect("replays").history;
        let i = at % history.len().max(1);
        let Some(answered) = history.get(i) else { return Ok(()) };
        let Some(decision) = scenario.decision(answered.decision) else { return Ok(()) };
        let Some(worse) = worse(decision, &answered.response.answer, pick) else { return Ok(()) };
        let mut swapped = history.clone();
        swapped[i].response.answer = worse;
        prop_assert!(score::overall(&scenario, &swapped) <= score::overall(&scenario, &history) + 1e-9);
        prop_assert!(score::item(decision, &swapped[i].response) <= score::item(decision, &answered.response) + 1e-12);
    }

    /// Random walks on the library: every scorecard and debrief figure stays in range.
    #[test]
    fn library_scorecards_stay_in_range(entry in 0..ENTRIES.len(), seeds in prop::collection::vec(any::<u8>(), 0..32)) {
        let (Some((scenario, analysis)), _) = engine::study(ENTRIES[entry].source) else { panic!("loads") };
        let mut playthrough = Playthrough::new(&scenario, u64::from(seeds.first().copied().unwrap_or(3)));
        for &seed in &seeds {
            let position = engine::replay(&scenario, &playthrough).expect("replays");
            let Step::Decide { decision, order } = position.step else { break };
            playthrough = engine::respond(&scenario, &playthrough, crate::properties::fitting(decision, &order, seed)).expect("fits");
        }
        check_card(&scenario, &analysis, &playthrough)?;
    }
}

/// A worse answer than `answer` at `decision`, if the decision has one.
fn worse(decision: &Decision, answer: &Answer, choice: usize) -> Option<Answer> {
    let means = score::expert_means(decision);
    match (decision.kind, answer) {
        (DecisionKind::Pick, Answer::Pick(i)) => {
            let lower: Vec<usize> = (0..means.len()).filter(|&j| means[j] < means[*i]).collect();
            lower.get(choice % lower.len().max(1)).map(|&j| Answer::Pick(j))
        }
        (DecisionKind::Considerations | DecisionKind::Pivot, Answer::Tick(ticks)) => {
            let n = ticks.len();
            let item = choice % n.max(1);
            let weight = decision.options.get(item)?.weight;
            let mut ticks = ticks.clone();
            // Tick a distractor, or untick an item that matters.
            match (weight > 0, ticks[item]) {
                (true, true) => ticks[item] = false,
                (false, false) => ticks[item] = true,
                _ => return None,
            }
            Some(Answer::Tick(ticks))
        }
        (DecisionKind::Rank, Answer::Rank(order)) => {
            let at = choice % order.len().saturating_sub(1).max(1);
            let (a, b) = (*order.get(at)?, *order.get(at + 1)?);
            (means[a] > means[b]).then(|| {
                let mut order = order.clone();
                order.swap(at, at + 1);
                Answer::Rank(order)
            })
        }
        _ => None,
    }
}

/// Every figure of a playthrough's scorecard is in range, and its debrief builds.
fn check_card(
    scenario: &Scenario,
    analysis: &analyse::Analysis,
    playthrough: &Playthrough,
) -> Result<(), proptest::test_runner::TestCaseError> {
    // A generated story can loop through scenes before its first decision: then nothing
    // replays, and scoring refuses cleanly too.
    if engine::replay(scenario, playthrough).is_err() {
        prop_assert!(scorecard::score(scenario, analysis, playthrough).is_err());
        return Ok(());
    }
    let card = scorecard::score(scenario, analysis, playthrough).expect("an accepted playthrough scores");
    prop_assert!((0.0..=100.0).contains(&card.overall) && (0.0..=100.0).contains(&card.chance));
    prop_assert!((0.0..=100.0).contains(&card.corrected));
    for item in &card.items {
        prop_assert!(in_unit(item.score) && in_unit(item.chance) && in_unit(item.corrected), "{item:?}");
        prop_assert!(item.regret >= 0.0 && item.regret <= item.weight + 1e-12);
    }
    if let Some(e) = card.path.efficiency {
        prop_assert!(in_unit(e) && card.path.corrected.is_some_and(in_unit));
    }
    prop_assert!(in_unit(card.path.chance));
    for d in &card.profile {
        prop_assert!(in_unit(d.estimate.value) && d.estimate.low <= d.estimate.high);
        prop_assert!(d.corrected.is_none_or(in_unit));
    }
    if let Some(c) = &card.calibration {
        prop_assert!(in_unit(c.brier) && in_unit(c.score));
    }
    let debrief = debrief::debrief(scenario, analysis, playthrough, &card).expect("a debrief");
    prop_assert!(debrief.moments.len() <= debrief::MOMENTS);
    if let Some(replay) = &debrief.replay {
        prop_assert!(replay.from.responses.len() < playthrough.responses.len());
    }
    Ok(())
}
