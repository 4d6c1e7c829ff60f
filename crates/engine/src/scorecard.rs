//! The scorecard of a playthrough: every score the engine derives from a scenario, its
//! analysis and the learner's responses, as plain data for the debrief, the CLI, the web app
//! and the LMS mapping.
//!
//! - **Items**: each response's item score with its chance level and its score relative to
//!   chance, its local regret (what the decision's weight lost against the best option
//!   *where the learner stood*, so recovering from a mistake earns full credit later),
//!   whether it was an acceptable call, and its certainty-based mark.
//! - **Overall**: the decision-weighted mean of the item scores, 0–100, against the
//!   scenario's pass mark; with its chance level and its value relative to chance.
//! - **Path**: path efficiency, the total expert quality of the picked options placed between
//!   the worst and best totals any path achieves (from analysis, by backward induction), never
//!   against the visited path's own maximum.
//! - **Profile**: one estimate per dimension, from option evidence, pivot items (nuance),
//!   considerations (stakeholders) and confidence (calibration), shrunk toward 0.5 when the
//!   evidence is thin, with an ~80% band and the evidence count.
//! - **Calibration** and the **outcome**: the final state, the ending and any variable driven
//!   to its floor. The outcome is shown beside the scores and never moves them.

use crate::analyse::Analysis;
use crate::playthrough::{Answer, Answered, Confidence, PlayError, Playthrough, Response, Step, replay};
use crate::scenario::{Decision, DecisionKind, NodeId, Scenario, StateKind, Value};
use crate::score::{
    self, Calibration, Estimate, Marking, Panel, RatingProfile, chance_corrected, expert_mean, expert_means,
};

/// The dimension fed by `pivot` decisions, whether or not the scenario declares it.
pub const NUANCE: &str = "nuance";
/// The dimension fed by `considerations` decisions.
pub const STAKEHOLDERS: &str = "stakeholders";
/// The dimension fed by confidence judgements.
pub const CALIBRATION: &str = "calibration";

/// Every score of one playthrough.
#[derive(Clone, Debug, PartialEq)]
pub struct Scorecard {
    /// One per response, in the order given.
    pub items: Vec<ItemScore>,
    /// The decision-weighted mean of the item scores, 0–100.
    pub overall: f64,
    /// The overall score that answering at random earns on average along this path, 0–100.
    pub chance: f64,
    /// The overall score relative to chance, 0–100.
    pub corrected: f64,
    /// The scenario's pass mark, 0–100.
    pub pass: u32,
    pub passed: bool,
    pub path: PathScore,
    /// Declared dimensions first, then nuance, stakeholders and calibration when the scenario
    /// has pivot items, considerations or confidence prompts and does not declare them.
    pub profile: Vec<DimensionScore>,
    /// `None` when no decision asked for confidence.
    pub calibration: Option<Calibration>,
    pub outcome: Outcome,
    /// True when the story has reached an ending.
    pub finished: bool,
}

/// One response's scores.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemScore {
    /// The response's index in the playthrough.
    pub response: usize,
    /// The decision.
    pub decision: NodeId,
    pub kind: DecisionKind,
    pub weight: f64,
    /// The item score, 0–1.
    pub score: f64,
    /// What answering this decision at random earns on average.
    pub chance: f64,
    /// max(0, (score − chance) / (1 − chance)).
    pub corrected: f64,
    /// Local regret: weight × (1 − score), what this decision lost against the best answer
    /// available where the learner stood.
    pub regret: f64,
    /// The overall points this decision lost: 100 × regret / Σ weights answered.
    pub points: f64,
    /// For a pick, the rating points between the mean that earns full marks and the chosen
    /// option's mean (0 for a best or near-tied option).
    pub gap: Option<f64>,
    /// Whether the response was an acceptable call (what confidence is marked against).
    pub acceptable: bool,
    pub confidence: Option<Confidence>,
    /// The certainty-based mark, when confidence was given.
    pub cbm: Option<i32>,
    /// For `rate`: the rating diagnostics (elevation, scatter, raw agreement).
    pub rating: Option<RatingProfile>,
    /// For checklists: items that matter but were not ticked.
    pub missed: Vec<usize>,
    /// For checklists: distractors that were ticked.
    pub distractors: Vec<usize>,
}

/// Path efficiency against the best and worst achievable paths.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PathScore {
    /// Σ weight × expert mean over the options picked so far.
    pub quality: f64,
    /// The best and worst totals any playthrough achieves, by backward induction.
    pub best: f64,
    pub worst: f64,
    /// (quality − worst) / (best − worst), in [0, 1]; 1 when every path is worth the same;
    /// `None` until the story ends.
    pub efficiency: Option<f64>,
    /// The efficiency random play achieves on average (taking every way out of a decision
    /// with equal probability): the chance level of a path.
    pub chance: f64,
    /// The efficiency relative to chance; `None` until the story ends.
    pub corrected: Option<f64>,
}

/// One dimension of the profile.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionScore {
    pub id: String,
    pub label: String,
    pub estimate: Estimate,
    /// Each piece of evidence: the response it came from, its weight c and its value z.
    pub evidence: Vec<Piece>,
    /// The evidence-weighted chance level of the pieces; `None` without evidence or for
    /// calibration, which has no guessing floor.
    pub chance: Option<f64>,
    /// The estimate relative to chance.
    pub corrected: Option<f64>,
}

/// One piece of evidence for a dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    /// The response it came from; `None` for calibration, which summarises every judgement.
    pub response: Option<usize>,
    /// c: the decision's weight, or the number of confidence judgements.
    pub weight: f64,
    /// z, in [0, 1].
    pub value: f64,
    /// What z would be on average when answering at random; `None` for calibration.
    pub chance: Option<f64>,
}

/// The outcome panel: how the story ended. Shown beside the scores, never part of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The ending reached, when the story is over.
    pub ending: Option<NodeId>,
    /// Every state variable, in declared order.
    pub states: Vec<StateOutcome>,
    /// Number variables driven to their floor from above: a department sacrificed.
    pub sacrificed: Vec<usize>,
}

/// One state variable at the end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StateOutcome {
    pub state: usize,
    pub initial: Value,
    pub value: Value,
    /// A number now at the bottom of its range that started above it.
    pub floor: bool,
    /// A number now at the top of its range that started below it.
    pub ceiling: bool,
}

/// Scores a playthrough. Fails only when the playthrough does not replay (another scenario,
/// a refused response, a story stuck in scenes).
pub fn score(scenario: &Scenario, analysis: &Analysis, playthrough: &Playthrough) -> Result<Scorecard, PlayError> {
    let position = replay(scenario, playthrough)?;
    let finished = matches!(position.step, Step::End(_));
    let ending = finished.then_some(position.node);
    Ok(of_history(scenario, analysis, &position.history, &position.state, ending))
}

/// Scores a history of responses with the state it left and the ending it reached.
pub fn of_history(
    scenario: &Scenario,
    analysis: &Analysis,
    history: &[Answered],
    state: &[Value],
    ending: Option<NodeId>,
) -> Scorecard {
    scored(scenario, analysis, &Unmarked, history, state, ending)
}

/// [`of_history`] with the scenario's marking worked out once (`Marking::of`), for scoring
/// many histories of one scenario: the same scorecard, without working out a panel's
/// chance or a `rate` decision's best ratings again for every response.
pub fn of_history_marked(
    scenario: &Scenario,
    analysis: &Analysis,
    marking: &Marking,
    history: &[Answered],
    state: &[Value],
    ending: Option<NodeId>,
) -> Scorecard {
    scored(scenario, analysis, marking, history, state, ending)
}

fn scored(
    scenario: &Scenario,
    analysis: &Analysis,
    marking: &impl Mark,
    history: &[Answered],
    state: &[Value],
    ending: Option<NodeId>,
) -> Scorecard {
    let answered: Vec<(usize, &Answered, &Decision)> =
        history.iter().enumerate().filter_map(|(i, a)| scenario.decision(a.decision).map(|d| (i, a, d))).collect();
    let total: f64 = answered.iter().map(|(_, _, d)| d.weight).sum();
    let items: Vec<ItemScore> = answered.iter().map(|&(i, a, d)| item(i, a, d, total, marking)).collect();

    let weighted = |f: &dyn Fn(&ItemScore) -> f64| {
        if total > 0.0 { 100.0 * items.iter().map(|s| s.weight * f(s)).sum::<f64>() / total } else { 0.0 }
    };
    let overall = weighted(&|s| s.score);
    let chance = weighted(&|s| s.chance);
    let corrected = if items.is_empty() { 0.0 } else { 100.0 * chance_corrected(overall / 100.0, chance / 100.0) };

    let judgements: Vec<(Confidence, bool)> =
        items.iter().filter_map(|s| s.confidence.map(|c| (c, s.acceptable))).collect();
    let calibration = score::calibration(&judgements);

    let quality: f64 = answered
        .iter()
        .filter_map(|(_, a, d)| match a.response.answer {
            Answer::Pick(i) if d.kind == DecisionKind::Pick => d.options.get(i).map(|o| d.weight * expert_mean(o)),
            _ => None,
        })
        .sum();
    let (best, worst) = analysis.ranges.first().map_or((quality, quality), |r| (r.best, r.worst));
    let place = |total: f64| if best - worst > 1e-9 { ((total - worst) / (best - worst)).clamp(0.0, 1.0) } else { 1.0 };
    let efficiency = ending.map(|_| place(quality));
    let path_chance = place(analysis.random_quality);
    let path_corrected = efficiency.map(|e| chance_corrected(e, path_chance));

    Scorecard {
        profile: profile(scenario, &answered, &items, calibration.as_ref(), marking),
        items,
        overall,
        chance,
        corrected,
        pass: scenario.meta.pass,
        passed: score::passes(overall, scenario.meta.pass),
        path: PathScore { quality, best, worst, efficiency, chance: path_chance, corrected: path_corrected },
        calibration,
        outcome: outcome(scenario, state, ending),
        finished: ending.is_some(),
    }
}

/// How [`scored`] marks a response: working it out ([`Unmarked`], as one learner's
/// scorecard does) or looking it up in a scenario's [`Marking`] (a cohort's many). Generic,
/// so a host that scores only its learner links none of the marking.
trait Mark {
    fn item(&self, node: NodeId, decision: &Decision, response: &Response) -> f64;
    fn chance(&self, node: NodeId, decision: &Decision) -> f64;
    fn rating(&self, node: NodeId, ratings: &[f64]) -> Option<RatingProfile>;
    fn rate_evidence(&self, node: NodeId, dimension: usize, ratings: &[f64], values: &[f64]) -> Option<f64>;
}

/// Marking worked out for each response.
struct Unmarked;

impl Mark for Unmarked {
    fn item(&self, _: NodeId, decision: &Decision, response: &Response) -> f64 {
        score::item(decision, response)
    }
    fn chance(&self, _: NodeId, decision: &Decision) -> f64 {
        score::chance(decision)
    }
    fn rating(&self, _: NodeId, _: &[f64]) -> Option<RatingProfile> {
        None
    }
    fn rate_evidence(&self, _: NodeId, _: usize, _: &[f64], _: &[f64]) -> Option<f64> {
        None
    }
}

impl Mark for Marking {
    fn item(&self, node: NodeId, _: &Decision, response: &Response) -> f64 {
        Marking::item(self, node, response)
    }
    fn chance(&self, node: NodeId, _: &Decision) -> f64 {
        Marking::chance(self, node)
    }
    fn rating(&self, node: NodeId, ratings: &[f64]) -> Option<RatingProfile> {
        Marking::rating(self, node, ratings)
    }
    fn rate_evidence(&self, node: NodeId, dimension: usize, ratings: &[f64], values: &[f64]) -> Option<f64> {
        Marking::rate_evidence(self, node, dimension, ratings, values)
    }
}

fn item(index: usize, answered: &Answered, decision: &Decision, total: f64, marking: &impl Mark) -> ItemScore {
    let response = &answered.response;
    let node = answered.decision;
    let score = marking.item(node, decision, response);
    let chance = marking.chance(node, decision);
    let regret = decision.weight * (1.0 - score);
    let acceptable = score::acceptable(decision, response);
    let gap = match response.answer {
        Answer::Pick(i) if decision.kind == DecisionKind::Pick => {
            let panel = Panel::of(decision);
            panel.means.get(i).map(|q| (panel.ceiling() - q).max(0.0))
        }
        _ => None,
    };
    let rating = match &response.answer {
        Answer::Rate(ratings) if decision.kind == DecisionKind::Rate => {
            let x: Vec<f64> = ratings.iter().map(|&r| f64::from(r)).collect();
            marking.rating(node, &x).or_else(|| Some(score::rating_profile(&x, &expert_means(decision))))
        }
        _ => None,
    };
    let (missed, distractors) = match &response.answer {
        Answer::Tick(ticks) if decision.kind.is_checklist() => {
            let ticked = |i: usize| ticks.get(i).copied().unwrap_or(false);
            let items = decision.options.iter().enumerate();
            (
                items.clone().filter(|(i, o)| o.weight > 0 && !ticked(*i)).map(|(i, _)| i).collect(),
                items.filter(|(i, o)| o.weight < 0 && ticked(*i)).map(|(i, _)| i).collect(),
            )
        }
        _ => (Vec::new(), Vec::new()),
    };
    ItemScore {
        response: index,
        decision: answered.decision,
        kind: decision.kind,
        weight: decision.weight,
        score,
        chance,
        corrected: chance_corrected(score, chance),
        regret,
        points: if total > 0.0 { 100.0 * regret / total } else { 0.0 },
        gap,
        acceptable,
        confidence: response.confidence,
        cbm: response.confidence.map(|c| score::cbm(c, acceptable)),
        rating,
        missed,
        distractors,
    }
}

/// The evidence an answer gives for dimension `d` (B5.4): where the options' evidence
/// differs, the chosen option's place between the least and most (pick), or how well the
/// ratings or ranking follow the evidence (rate, rank), with its chance level.
fn option_evidence(
    decision: &Decision,
    answer: &Answer,
    d: usize,
    (marking, node): (&impl Mark, NodeId),
) -> Option<(f64, f64)> {
    let e = score::evidence(decision, d);
    let (lo, hi) = score::bounds(&e);
    if e.len() < 2 || hi - lo <= 1e-12 {
        return None;
    }
    match (decision.kind, answer) {
        (DecisionKind::Pick, Answer::Pick(i)) => Some((score::pick(&e, *i), score::pick_chance(&e))),
        (DecisionKind::Rate, Answer::Rate(ratings)) => {
            let x: Vec<f64> = ratings.iter().map(|&r| f64::from(r)).collect();
            let s = marking.rate_evidence(node, d, &x, &e).unwrap_or_else(|| score::rate(&x, &e));
            Some((s, score::rate_chance(&e)))
        }
        (DecisionKind::Rank, Answer::Rank(order)) => Some((score::rank(&e, order), score::rank_chance(&e))),
        _ => None,
    }
}

fn profile(
    scenario: &Scenario,
    answered: &[(usize, &Answered, &Decision)],
    items: &[ItemScore],
    calibration: Option<&Calibration>,
    marking: &impl Mark,
) -> Vec<DimensionScore> {
    let mut rows: Vec<(String, String, Vec<Piece>)> =
        scenario.dimensions().iter().map(|d| (d.id.clone(), d.label.clone(), Vec::new())).collect();
    for ((index, answered, decision), _) in answered.iter().zip(items) {
        for (d, row) in rows.iter_mut().enumerate().take(scenario.dimensions().len()) {
            let marked = (marking, answered.decision);
            if let Some((value, chance)) = option_evidence(decision, &answered.response.answer, d, marked) {
                row.2.push(Piece { response: Some(*index), weight: decision.weight, value, chance: Some(chance) });
            }
        }
    }
    let decisions: Vec<&Decision> = scenario.decisions().map(|(_, d)| d).collect();
    let built_in = [
        (NUANCE, "Conditional reasoning", decisions.iter().any(|d| d.kind == DecisionKind::Pivot)),
        (STAKEHOLDERS, "Stakeholder insight", decisions.iter().any(|d| d.kind == DecisionKind::Considerations)),
        (CALIBRATION, "Calibration", decisions.iter().any(|d| d.confidence.is_some())),
    ];
    for (id, label, used) in built_in {
        if used && !rows.iter().any(|(r, _, _)| r == id) {
            rows.push((id.to_string(), label.to_string(), Vec::new()));
        }
    }
    fn row<'r>(rows: &'r mut [(String, String, Vec<Piece>)], id: &str) -> Option<&'r mut Vec<Piece>> {
        rows.iter_mut().find(|(r, _, _)| r == id).map(|(_, _, pieces)| pieces)
    }
    for item in items {
        let target = match item.kind {
            DecisionKind::Pivot => NUANCE,
            DecisionKind::Considerations => STAKEHOLDERS,
            _ => continue,
        };
        if let Some(pieces) = row(&mut rows, target) {
            pieces.push(Piece {
                response: Some(item.response),
                weight: item.weight,
                value: item.score,
                chance: Some(item.chance),
            });
        }
    }
    if let (Some(c), Some(pieces)) = (calibration, row(&mut rows, CALIBRATION)) {
        pieces.push(Piece { response: None, weight: c.judgements as f64, value: c.score, chance: None });
    }
    rows.into_iter()
        .map(|(id, label, evidence)| {
            let estimate = score::estimate(&evidence.iter().map(|p| (p.weight, p.value)).collect::<Vec<_>>());
            let with_chance: Vec<(f64, f64)> =
                evidence.iter().filter_map(|p| p.chance.map(|c| (p.weight, c))).collect();
            let weight: f64 = with_chance.iter().map(|(w, _)| w).sum();
            let chance = (weight > 0.0).then(|| with_chance.iter().map(|(w, c)| w * c).sum::<f64>() / weight);
            let corrected = chance.map(|c| chance_corrected(estimate.value, c));
            DimensionScore { id, label, estimate, evidence, chance, corrected }
        })
        .collect()
}

fn outcome(scenario: &Scenario, state: &[Value], ending: Option<NodeId>) -> Outcome {
    let states: Vec<StateOutcome> = scenario
        .states()
        .iter()
        .zip(state)
        .enumerate()
        .map(|(i, (var, &value))| {
            let (floor, ceiling) = match (var.kind, var.initial, value) {
                (StateKind::Number { low, high }, Value::Number(start), Value::Number(now)) => {
                    (now <= low && start > low, now >= high && start < high)
                }
                _ => (false, false),
            };
            StateOutcome { state: i, initial: var.initial, value, floor, ceiling }
        })
        .collect();
    let sacrificed = states.iter().filter(|s| s.floor).map(|s| s.state).collect();
    Outcome { ending, states, sacrificed }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Response, analyse};

    const STORY: &str = "id: t\ntitle: T\npass: 60\nrater a: A\nrater b: B\nrater c: C\n\
        dimension judgement: J\nstate morale: number 0..10 = 5 \"Morale\"\n\
        == decision d1\nask: ?\nconfidence:\n\
        * good: G\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n  -> d2\n\
        * bad: B\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n  effect: morale - 5 after 1 hidden\n  -> d2\n\
        == decision d2 (considerations)\nask: ?\n* m: M\n  weight: +2\n  stakeholder: Team\n* n: N\n  weight: -2\n-> end\n\
        == ending e\ntitle: E\n";

    fn card(responses: Vec<Response>) -> Scorecard {
        let scenario = crate::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = responses;
        score(&scenario, &analysis, &playthrough).expect("replays")
    }

    #[test]
    fn a_mistake_costs_its_weight_and_the_outcome_is_kept_apart() {
        let card = card(vec![
            Response::new(Answer::Pick(1), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![true, false]), None),
        ]);
        assert_eq!(card.items.len(), 2);
        assert_eq!((card.items[0].score, card.items[0].regret, card.items[0].cbm), (0.0, 1.0, Some(-6)));
        assert_eq!(card.items[0].gap, Some(4.0));
        assert_eq!(card.items[1].score, 1.0);
        assert!((card.overall - 50.0).abs() < 1e-9 && !card.passed);
        assert_eq!(card.path.efficiency, Some(0.0));
        assert_eq!(card.outcome.sacrificed, [0], "morale fell from 5 to 0");
        let ids: Vec<&str> = card.profile.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["judgement", STAKEHOLDERS, CALIBRATION]);
        assert_eq!(card.profile[0].estimate.raw, Some(0.0));
        assert!(!card.profile[0].estimate.enough);
    }

    #[test]
    fn the_best_answers_score_full_marks_on_every_count() {
        let card = card(vec![
            Response::new(Answer::Pick(0), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![true, false]), None),
        ]);
        assert!((card.overall - 100.0).abs() < 1e-9 && card.passed);
        assert!((card.corrected - 100.0).abs() < 1e-9);
        assert_eq!(card.path.efficiency, Some(1.0));
        assert!(card.outcome.sacrificed.is_empty());
        assert_eq!(card.calibration.as_ref().map(|c| c.cbm), Some(3));
    }

    #[test]
    fn an_unfinished_playthrough_has_no_efficiency_yet() {
        let card = card(vec![Response::new(Answer::Pick(0), Some(Confidence::Unsure))]);
        assert!(!card.finished && card.path.efficiency.is_none());
        assert_eq!(card.items[0].cbm, Some(1));
    }
}
