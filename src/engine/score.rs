//! Scores: derived from a scenario and a playthrough, never stored.
//!
//! Each response gets an item score in [0, 1], judged only against the options the learner
//! had at that decision (so recovering from a mistake earns credit). The formulas follow
//! `docs/scoring.md`: partial credit from expert means for `pick`, the shape of the ratings
//! for `rate`, rating-weighted pairwise agreement for `rank`, and plus/minus weights for the
//! checklists. The overall score is the weighted mean of the item scores, from 0 to 100.

use crate::engine::playthrough::{Answer, Answered, Response};
use crate::engine::scenario::{Choice, Decision, DecisionKind, NodeKind, Scenario};

/// The mean of an option's expert ratings, from 1 to 7 (4 when it has none).
pub fn expert_mean(choice: &Choice) -> f64 {
    if choice.ratings.is_empty() {
        return 4.0;
    }
    choice.ratings.iter().map(|r| f64::from(r.value)).sum::<f64>() / choice.ratings.len() as f64
}

/// Every option's expert mean, in authored order.
pub fn expert_means(decision: &Decision) -> Vec<f64> {
    decision.options.iter().map(expert_mean).collect()
}

/// `pick`: (q_chosen − q_min) / (q_max − q_min); 1 when every option is rated alike.
pub fn pick(means: &[f64], chosen: usize) -> f64 {
    let (min, max) = bounds(means);
    match means.get(chosen) {
        Some(q) if max > min => (q - min) / (max - min),
        Some(_) => 1.0,
        None => 0.0,
    }
}

/// `rate`: (1 + r) / 2 where r is the Pearson correlation of the learner's ratings with the
/// expert means. Flat ratings (or flat means) carry no shape and score 0.5, which is chance.
pub fn rate(ratings: &[f64], means: &[f64]) -> f64 {
    (1.0 + pearson(ratings, means)) / 2.0
}

/// `rank`: 1 − (Σ over discordant pairs |q_i − q_j|) / (Σ over all pairs |q_i − q_j|), where
/// `order` lists option indices best first. Swapping near-equal options costs little.
pub fn rank(means: &[f64], order: &[usize]) -> f64 {
    let mut position = vec![usize::MAX; means.len()];
    for (at, &option) in order.iter().enumerate() {
        if let Some(slot) = position.get_mut(option) {
            *slot = at;
        }
    }
    let (mut discordant, mut total) = (0.0, 0.0);
    for i in 0..means.len() {
        for j in i + 1..means.len() {
            let gap = (means[i] - means[j]).abs();
            total += gap;
            // The learner put i above j when its position is smaller.
            let learner_prefers_i = position[i] < position[j];
            let experts_prefer_i = means[i] > means[j];
            if gap > 0.0 && learner_prefers_i != experts_prefer_i {
                discordant += gap;
            }
        }
    }
    if total > 0.0 { 1.0 - discordant / total } else { 1.0 }
}

/// Checklists: max(0, Σ weights of ticked items) / Σ positive weights. Because penalties add
/// up to at least the positive weights, ticking everything scores 0.
pub fn plus_minus(weights: &[f64], ticked: &[bool]) -> f64 {
    let relevant: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    let earned: f64 = weights.iter().zip(ticked).filter(|(_, t)| **t).map(|(w, _)| w).sum();
    if relevant > 0.0 { (earned.max(0.0) / relevant).min(1.0) } else { 0.0 }
}

/// The item score of one response at one decision, in [0, 1].
pub fn item(decision: &Decision, response: &Response) -> f64 {
    let means = expert_means(decision);
    match (&response.answer, decision.kind) {
        (Answer::Pick(chosen), DecisionKind::Pick) => pick(&means, *chosen),
        (Answer::Rate(ratings), DecisionKind::Rate) => {
            rate(&ratings.iter().map(|r| f64::from(*r)).collect::<Vec<_>>(), &means)
        }
        (Answer::Rank(order), DecisionKind::Rank) => rank(&means, order),
        (Answer::Tick(ticked), DecisionKind::Considerations | DecisionKind::Pivot) => {
            plus_minus(&decision.options.iter().map(|o| f64::from(o.weight)).collect::<Vec<_>>(), ticked)
        }
        _ => 0.0,
    }
}

/// The overall score from 0 to 100: the decision-weighted mean of the item scores of every
/// response so far (0 when there are none).
pub fn overall(scenario: &Scenario, history: &[Answered]) -> f64 {
    let (mut earned, mut possible) = (0.0, 0.0);
    for answered in history {
        if let Some(NodeKind::Decision(decision)) = scenario.nodes.get(answered.decision).map(|n| &n.kind) {
            earned += decision.weight * item(decision, &answered.response);
            possible += decision.weight;
        }
    }
    if possible > 0.0 { 100.0 * earned / possible } else { 0.0 }
}

fn bounds(values: &[f64]) -> (f64, f64) {
    values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
}

/// Pearson's r, or 0 when either side has no spread.
fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    if n < 2 {
        return 0.0;
    }
    let mean = |v: &[f64]| v[..n].iter().sum::<f64>() / n as f64;
    let (mx, my) = (mean(x), mean(y));
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (dx, dy) = (x[i] - mx, y[i] - my);
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if sxx <= f64::EPSILON || syy <= f64::EPSILON { 0.0 } else { (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn pick_gives_partial_credit_between_the_worst_and_best_means() {
        let means = [6.2, 5.9, 3.0, 1.5];
        assert!(close(pick(&means, 0), 1.0));
        assert!(close(pick(&means, 3), 0.0));
        // (5.9 − 1.5) / (6.2 − 1.5) = 4.4 / 4.7
        assert!(close(pick(&means, 1), 4.4 / 4.7));
        assert!(close(pick(&[4.0, 4.0], 1), 1.0));
        assert!(close(pick(&means, 9), 0.0));
    }

    #[test]
    fn rate_scores_shape_not_elevation() {
        let means = [6.0, 2.0, 4.0, 5.0];
        assert!(close(rate(&[6.0, 2.0, 4.0, 5.0], &means), 1.0));
        // The same shape shifted down still scores full marks.
        assert!(close(rate(&[5.0, 1.0, 3.0, 4.0], &means), 1.0));
        assert!(close(rate(&[4.0, 4.0, 4.0, 4.0], &means), 0.5));
        assert!(close(rate(&[2.0, 6.0, 4.0, 3.0], &means), 0.0));
    }

    #[test]
    fn rank_weights_discordant_pairs_by_their_gap() {
        let means = [6.0, 5.5, 2.0];
        assert!(close(rank(&means, &[0, 1, 2]), 1.0));
        // Swapping the near-equal top pair costs 0.5 of a total of 0.5 + 4 + 3.5 = 8.
        assert!(close(rank(&means, &[1, 0, 2]), 1.0 - 0.5 / 8.0));
        assert!(close(rank(&means, &[2, 1, 0]), 0.0));
    }

    #[test]
    fn select_all_scores_zero_on_a_balanced_checklist() {
        let weights = [3.0, 3.0, -3.0, -3.0];
        assert!(close(plus_minus(&weights, &[true, true, true, true]), 0.0));
        assert!(close(plus_minus(&weights, &[true, true, false, false]), 1.0));
        assert!(close(plus_minus(&weights, &[true, false, false, false]), 0.5));
        assert!(close(plus_minus(&weights, &[false, false, true, false]), 0.0));
    }
}
