//! Item scores: the formulas that turn one response at one decision into numbers, and the
//! overall score. Derived from a scenario and a playthrough, never stored.
//!
//! Each response gets an item score in [0, 1], judged only against the options the learner
//! had at that decision (so recovering from a mistake earns credit): partial credit from the
//! experts' means for `pick` (near-tied top options both count as best), the shape of the
//! ratings for `rate` (Pearson's r, normalised by the best r whole-number ratings can reach),
//! rating-weighted pairwise agreement for `rank`, and plus/minus weights for `considerations`
//! and `pivot` checklists. Every item also has its chance level (what answering at random
//! scores on average) so that scores can be reported relative to chance. Confidence is
//! marked by certainty-based marking and summarised by the Brier score and its
//! decomposition; dimension estimates shrink toward 0.5 when evidence is thin.
//!
//! The overall score is the decision-weighted mean of the item scores, times 100. The
//! formulas, with worked examples, are in `docs/scoring.md`; `tests/it/scoring.rs`
//! reproduces every example. Everything here is a pure function of numbers and never panics.

use std::collections::BTreeMap;

use crate::playthrough::{Answer, Answered, Confidence, Response};
use crate::scenario::{Choice, Decision, DecisionKind, NodeId, NodeKind, Scenario};

/// The smallest tolerance, in rating points, within which an option still counts as an
/// acceptable call for calibration (B4.1's τ is this or the top option's SD, the larger).
pub const TOLERANCE: f64 = 0.75;

/// A top option whose ratings spread this much (sample SD, on the 1–7 scale) splits the panel.
pub const SPLIT_SD: f64 = 1.5;

/// How strongly a dimension estimate is pulled toward [`PRIOR`]: worth this much evidence.
pub const ALPHA: f64 = 2.0;

/// Where a dimension estimate starts before any evidence.
pub const PRIOR: f64 = 0.5;

/// The z-value of an ~80% band (the 10th to the 90th percentile of a normal distribution).
pub const BAND_Z: f64 = 1.28;

/// Below this much evidence a dimension says "not enough evidence yet".
pub const ENOUGH: f64 = 2.0;

/// The most options for which the best whole-number ratings are found by exhaustive search
/// (C(n + 6, 6) candidates: 18,564 at twelve); beyond it a search over stretched roundings
/// stands in.
pub const EXACT_RATINGS: usize = 12;

/// The mean of an option's expert ratings, from 1 to 7 (4 when it has none).
pub fn expert_mean(choice: &Choice) -> f64 {
    if choice.ratings.is_empty() {
        return 4.0;
    }
    choice.ratings.iter().map(|r| f64::from(r.value)).sum::<f64>() / choice.ratings.len() as f64
}

/// The sample standard deviation (n − 1) of an option's expert ratings; 0 with fewer than two.
pub fn expert_sd(choice: &Choice) -> f64 {
    let n = choice.ratings.len();
    if n < 2 {
        return 0.0;
    }
    let mean = expert_mean(choice);
    let sum: f64 = choice.ratings.iter().map(|r| (f64::from(r.value) - mean).powi(2)).sum();
    (sum / (n - 1) as f64).sqrt()
}

/// Every option's expert mean, in authored order.
pub fn expert_means(decision: &Decision) -> Vec<f64> {
    decision.options.iter().map(expert_mean).collect()
}

/// What the rating panel says about one decision's options: their means and spread, which
/// options count as best, and which are acceptable calls.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    pub means: Vec<f64>,
    /// Sample standard deviations of each option's ratings.
    pub sds: Vec<f64>,
    /// Every option's index, best mean first (equal means in authored order).
    pub order: Vec<usize>,
    /// True when the top two means are within half their pooled SD: a near-tie, where both
    /// count as best.
    pub contested: bool,
    /// The options that earn full marks: the top one, and the runner-up when contested.
    pub best: Vec<usize>,
    /// τ: an option within this many rating points of the top mean is an acceptable call.
    pub tolerance: f64,
    /// Whether each option is an acceptable call (for confidence marking).
    pub acceptable: Vec<bool>,
}

impl Panel {
    /// The panel's view of a decision.
    pub fn of(decision: &Decision) -> Panel {
        let means = expert_means(decision);
        let sds: Vec<f64> = decision.options.iter().map(expert_sd).collect();
        let counts: Vec<usize> = decision.options.iter().map(|o| o.ratings.len()).collect();
        Panel::from_ratings(means, sds, &counts)
    }

    /// The panel from means, SDs and rater counts, in authored order.
    pub fn from_ratings(means: Vec<f64>, sds: Vec<f64>, counts: &[usize]) -> Panel {
        let order = by_mean(&means, true);
        let sd = |i: usize| sds.get(i).copied().unwrap_or(0.0);
        let contested = match order.as_slice() {
            [a, b, ..] => {
                let pooled = pooled_sd(sd(*a), sd(*b), counts.get(*a).copied(), counts.get(*b).copied());
                means[*a] - means[*b] <= 0.5 * pooled
            }
            _ => false,
        };
        let best = order.iter().copied().take(if contested { 2 } else { 1 }).collect();
        let top = order.first().map_or(0.0, |&i| means[i]);
        let tolerance = order.first().map_or(TOLERANCE, |&i| sd(i).max(TOLERANCE));
        let acceptable = means.iter().map(|q| *q >= top - tolerance - 1e-9).collect();
        Panel { means, sds, order, contested, best, tolerance, acceptable }
    }

    /// True when the experts disagree about the best call: a near-tie at the top, or a top
    /// option whose ratings spread by [`SPLIT_SD`] or more.
    pub fn split(&self) -> bool {
        self.contested || self.order.first().is_some_and(|&i| self.sds.get(i).copied().unwrap_or(0.0) >= SPLIT_SD)
    }

    /// The mean that earns full marks: the top mean, or the runner-up's when contested.
    pub fn ceiling(&self) -> f64 {
        self.best.last().and_then(|&i| self.means.get(i)).copied().unwrap_or(0.0)
    }

    /// `pick` with near-ties: (q_chosen − q_min) / (ceiling − q_min), at most 1.
    pub fn pick(&self, chosen: usize) -> f64 {
        partial(&self.means, self.ceiling(), chosen)
    }

    /// The chance level of [`Panel::pick`]: its mean over the options.
    pub fn pick_chance(&self) -> f64 {
        mean((0..self.means.len()).map(|i| self.pick(i))).unwrap_or(1.0)
    }
}

/// The options' indices in order of `means`, highest first when `descending`, ties in
/// authored order. One sort for every caller, so the WebAssembly carries one copy of it.
pub fn by_mean(means: &[f64], descending: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..means.len()).collect();
    order.sort_by(|&a, &b| {
        let ascending = means[a].total_cmp(&means[b]);
        if descending { ascending.reverse() } else { ascending }
    });
    order
}

/// Pooled standard deviation of two options' ratings: √(((n₁−1)s₁² + (n₂−1)s₂²) / (n₁+n₂−2)),
/// or the root mean square of the two SDs when the counts are unknown or too small.
pub fn pooled_sd(a: f64, b: f64, na: Option<usize>, nb: Option<usize>) -> f64 {
    match (na, nb) {
        (Some(na), Some(nb)) if na + nb > 2 => {
            let (fa, fb) = (na.saturating_sub(1) as f64, nb.saturating_sub(1) as f64);
            ((fa * a * a + fb * b * b) / (fa + fb)).sqrt()
        }
        _ => ((a * a + b * b) / 2.0).sqrt(),
    }
}

/// `pick` (B4.1) without near-ties: (q_chosen − q_min) / (q_max − q_min); 1 when every
/// option is rated alike, 0 for an option that does not exist.
pub fn pick(means: &[f64], chosen: usize) -> f64 {
    partial(means, bounds(means).1, chosen)
}

/// The chance level of [`pick`]: its mean over the options.
pub fn pick_chance(means: &[f64]) -> f64 {
    mean((0..means.len()).map(|i| pick(means, i))).unwrap_or(1.0)
}

/// (q_chosen − q_min) / (ceiling − q_min), clamped to [0, 1]; 1 when the ceiling is no
/// higher than the worst mean.
fn partial(means: &[f64], ceiling: f64, chosen: usize) -> f64 {
    let (min, _) = bounds(means);
    match means.get(chosen) {
        Some(q) if ceiling > min + 1e-12 => ((q - min) / (ceiling - min)).clamp(0.0, 1.0),
        Some(_) => 1.0,
        None => 0.0,
    }
}

/// How a learner's ratings compare with the experts' means. Only `score` is graded; the rest
/// are diagnostics for the debrief.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RatingProfile {
    /// Pearson's r between the learner's ratings and the means (0 when either is flat).
    pub r: f64,
    /// The best r that whole-number ratings from 1 to 7 can reach against these means.
    pub best: f64,
    /// The graded score: (1 + r / best) / 2, in [0, 1]; 0.5 for flat ratings.
    pub score: f64,
    /// Mean rating minus mean of the means: positive when everything is rated as effective.
    pub elevation: f64,
    /// SD of the ratings minus SD of the means (population SDs): negative when the learner
    /// does not separate strong options from weak ones.
    pub scatter: f64,
    /// Raw agreement, 1 − RMSD / 6: shown, never graded, since it rewards avoiding extremes.
    pub agreement: f64,
}

/// Scores `rate` ratings against the experts' means; see [`RatingProfile`].
///
/// The graded score is the shape of the ratings: r = Pearson(ratings, means), divided by
/// the best r that any whole-number ratings can reach against these means (so the experts'
/// own answer on the learner's scale, [`best_ratings`], scores exactly 1), clamped to
/// [−1, 1] and mapped to (1 + r / best) / 2. Flat ratings have r = 0 and score 0.5, which is
/// chance. When the means themselves are all equal there is no shape to match and every
/// answer scores 1.
pub fn rating_profile(ratings: &[f64], means: &[f64]) -> RatingProfile {
    let n = ratings.len().min(means.len());
    profile_against(ratings, means, best_ratings(&means[..n]).1)
}

/// [`rating_profile`] with the means' best r already known.
fn profile_against(ratings: &[f64], means: &[f64], best: f64) -> RatingProfile {
    let n = ratings.len().min(means.len());
    let (x, k) = (&ratings[..n], &means[..n]);
    let r = pearson(x, k);
    let score = if best > 1e-12 { (1.0 + (r / best).clamp(-1.0, 1.0)) / 2.0 } else { 1.0 };
    let (mx, mk) = (mean(x.iter().copied()).unwrap_or(0.0), mean(k.iter().copied()).unwrap_or(0.0));
    let sd = |v: &[f64], m: f64| mean(v.iter().map(|a| (a - m).powi(2))).unwrap_or(0.0).sqrt();
    let rmsd = mean(x.iter().zip(k).map(|(a, b)| (a - b).powi(2))).unwrap_or(0.0).sqrt();
    RatingProfile { r, best, score, elevation: mx - mk, scatter: sd(x, mx) - sd(k, mk), agreement: 1.0 - rmsd / 6.0 }
}

/// `rate`: the graded score of [`rating_profile`].
pub fn rate(ratings: &[f64], means: &[f64]) -> f64 {
    rating_profile(ratings, means).score
}

/// The whole-number ratings from 1 to 7 whose Pearson correlation with `means` is highest,
/// and that correlation; among equally good ratings, the ones closest to the means (so their
/// level matches too). This is the experts' own answer to a `rate` decision on the learner's
/// scale, and the `best` that [`rate`] divides by.
///
/// Some best ratings rise with the means (the rearrangement inequality), so the search runs
/// over non-decreasing sequences in the means' order: C(n + 6, 6) of them, exhaustively up to
/// [`EXACT_RATINGS`] options. Beyond that, the means stretched to the scale and rounded stand
/// in, which the rounded means never beat.
pub fn best_ratings(means: &[f64]) -> (Vec<u8>, f64) {
    let n = means.len();
    let rounded: Vec<u8> = means.iter().map(|m| m.round().clamp(1.0, 7.0) as u8).collect();
    let (lo, hi) = bounds(means);
    if n < 2 || hi - lo <= 1e-12 {
        return (rounded, 0.0);
    }
    let order = by_mean(means, false);
    let mut best = Candidate::new(rounded, means);
    if n <= EXACT_RATINGS {
        // Walks every non-decreasing sequence of 1..=7 over the sorted positions, measuring
        // each in one reused buffer and keeping a copy only of a better one.
        let mut sequence = vec![1u8; n];
        let mut ratings = vec![1u8; n];
        let mut x = vec![0.0; n];
        loop {
            for (place, &option) in order.iter().enumerate() {
                ratings[option] = sequence[place];
            }
            for (slot, &v) in x.iter_mut().zip(&ratings) {
                *slot = f64::from(v);
            }
            let (r, distance) = Candidate::fit(&x, means);
            if best.beaten_by(r, distance) {
                best = Candidate { ratings: ratings.clone(), r, distance };
            }
            // The next sequence: raise the last place below 7 and level everything after it.
            let Some(place) = sequence.iter().rposition(|&v| v < 7) else { break };
            let value = sequence[place] + 1;
            for slot in &mut sequence[place..] {
                *slot = value;
            }
        }
    } else {
        let stretched: Vec<u8> =
            means.iter().map(|m| (1.0 + 6.0 * (m - lo) / (hi - lo)).round().clamp(1.0, 7.0) as u8).collect();
        best = best.better(Candidate::new(stretched, means));
    }
    (best.ratings, best.r)
}

/// One candidate answer in [`best_ratings`]' search.
struct Candidate {
    ratings: Vec<u8>,
    r: f64,
    distance: f64,
}

impl Candidate {
    fn new(ratings: Vec<u8>, means: &[f64]) -> Candidate {
        let x: Vec<f64> = ratings.iter().map(|&v| f64::from(v)).collect();
        let (r, distance) = Candidate::fit(&x, means);
        Candidate { ratings, r, distance }
    }

    /// Ratings' correlation with the means, and their squared distance from them.
    fn fit(x: &[f64], means: &[f64]) -> (f64, f64) {
        (pearson(x, means), x.iter().zip(means).map(|(a, b)| (a - b).powi(2)).sum())
    }

    /// True when a candidate with this fit is better: higher r, then (within rounding)
    /// closer to the means.
    fn beaten_by(&self, r: f64, distance: f64) -> bool {
        let tie = (r - self.r).abs() <= 1e-12;
        r > self.r + 1e-12 || (tie && distance < self.distance - 1e-12)
    }

    /// The better of two.
    fn better(self, other: Candidate) -> Candidate {
        if self.beaten_by(other.r, other.distance) { other } else { self }
    }
}

/// `rank`: 1 − (Σ over discordant pairs |q_i − q_j|) / (Σ over all pairs |q_i − q_j|), where
/// `order` lists option indices best first. Swapping near-equal options costs little; an
/// option left out of `order` counts as ranked last. Chance is 0.5.
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

/// The chance level of [`rank`]: 0.5, since a random order gets each pair wrong half the
/// time; 1 when every option is rated alike.
pub fn rank_chance(means: &[f64]) -> f64 {
    let (lo, hi) = bounds(means);
    if means.len() < 2 || hi - lo <= 0.0 { 1.0 } else { 0.5 }
}

/// The chance level of [`rate`]: 0.5, since random or flat ratings have r = 0 on average;
/// 1 when every option is rated alike.
pub fn rate_chance(means: &[f64]) -> f64 {
    rank_chance(means)
}

/// Checklists: max(0, Σ weights of ticked items) / Σ positive weights. Because penalties add
/// up to at least the positive weights, ticking everything scores 0.
pub fn plus_minus(weights: &[f64], ticked: &[bool]) -> f64 {
    let relevant: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    let earned: f64 = weights.iter().zip(ticked).filter(|(_, t)| **t).map(|(w, _)| w).sum();
    if relevant > 0.0 { (earned.max(0.0) / relevant).min(1.0) } else { 0.0 }
}

/// The chance level of [`plus_minus`]: its expected value when each item is ticked with
/// probability ½, i.e. E[max(0, S)] / Σ positive weights, S being the sum of the ticked
/// weights. Computed exactly over the distribution of S (every subset, with equal sums
/// merged), which stays small for whole-number weights; if the distribution would exceed
/// 65,536 distinct sums, a normal approximation stands in. The sums are kept in a fixed
/// order, so the result is the same to the last digit on every run.
pub fn plus_minus_chance(weights: &[f64]) -> f64 {
    let relevant: f64 = weights.iter().filter(|w| **w > 0.0).sum();
    if relevant <= 0.0 {
        return 0.0;
    }
    let mut sums: BTreeMap<u64, (f64, f64)> = BTreeMap::from([(0f64.to_bits(), (0.0, 1.0))]);
    for &w in weights {
        let mut next: BTreeMap<u64, (f64, f64)> = BTreeMap::new();
        for &(sum, p) in sums.values() {
            for s in [sum, sum + w] {
                next.entry((s + 0.0).to_bits()).or_insert((s, 0.0)).1 += p / 2.0;
            }
        }
        sums = next;
        if sums.len() > 1 << 16 {
            let mu: f64 = weights.iter().sum::<f64>() / 2.0;
            let sigma = weights.iter().map(|w| w * w).sum::<f64>().sqrt() / 2.0;
            let z = mu / sigma;
            let expected = mu * normal_cdf(z) + sigma * (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
            return (expected / relevant).clamp(0.0, 1.0);
        }
    }
    let expected: f64 = sums.values().map(|&(s, p)| s.max(0.0).min(relevant) * p).sum();
    expected / relevant
}

/// Φ(z), by Abramowitz and Stegun 7.1.26 (error below 1.5e-7): only the large-checklist
/// fallback of [`plus_minus_chance`] uses it.
fn normal_cdf(z: f64) -> f64 {
    let x = z.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * x);
    let poly =
        t * (0.254_829_592 + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-x * x).exp();
    if z >= 0.0 { (1.0 + erf) / 2.0 } else { (1.0 - erf) / 2.0 }
}

/// A score relative to chance: max(0, (s − chance) / (1 − chance)). When chance is already
/// full marks there was nothing to beat, and the corrected score is the score itself.
pub fn chance_corrected(score: f64, chance: f64) -> f64 {
    if chance >= 1.0 - 1e-12 {
        return score.clamp(0.0, 1.0);
    }
    ((score - chance) / (1.0 - chance)).clamp(0.0, 1.0)
}

/// The item score of one response at one decision, in [0, 1]; 0 for a response that does
/// not fit the decision.
pub fn item(decision: &Decision, response: &Response) -> f64 {
    match (&response.answer, decision.kind) {
        (Answer::Pick(chosen), DecisionKind::Pick) => Panel::of(decision).pick(*chosen),
        (Answer::Rate(ratings), DecisionKind::Rate) => rate(&as_f64(ratings), &expert_means(decision)),
        (Answer::Rank(order), DecisionKind::Rank) => rank(&expert_means(decision), order),
        (Answer::Tick(ticked), DecisionKind::Considerations | DecisionKind::Pivot) => {
            plus_minus(&weights(decision), ticked)
        }
        _ => 0.0,
    }
}

/// The chance level of a decision's item score: what answering at random earns on average.
pub fn chance(decision: &Decision) -> f64 {
    match decision.kind {
        DecisionKind::Pick => Panel::of(decision).pick_chance(),
        DecisionKind::Rate => rate_chance(&expert_means(decision)),
        DecisionKind::Rank => rank_chance(&expert_means(decision)),
        DecisionKind::Considerations | DecisionKind::Pivot => plus_minus_chance(&weights(decision)),
    }
}

/// Whether a response is an acceptable call, for confidence marking (B4.1's y): a picked
/// option within τ of the top mean; for `rank`, the option ranked first; for `rate`, every
/// option rated highest; for a checklist, a score of at least one half.
pub fn acceptable(decision: &Decision, response: &Response) -> bool {
    let panel = || Panel::of(decision);
    let ok = |p: &Panel, i: usize| p.acceptable.get(i).copied().unwrap_or(false);
    match (&response.answer, decision.kind) {
        (Answer::Pick(chosen), DecisionKind::Pick) => ok(&panel(), *chosen),
        (Answer::Rank(order), DecisionKind::Rank) => order.first().is_some_and(|&i| ok(&panel(), i)),
        (Answer::Rate(ratings), DecisionKind::Rate) => {
            let p = panel();
            let top = ratings.iter().max().copied().unwrap_or(0);
            !ratings.is_empty() && ratings.iter().enumerate().filter(|(_, r)| **r == top).all(|(i, _)| ok(&p, i))
        }
        (Answer::Tick(_), DecisionKind::Considerations | DecisionKind::Pivot) => item(decision, response) >= 0.5,
        _ => false,
    }
}

/// The options' evidence for dimension `dimension`, in authored order (0 where an option
/// gives none).
pub fn evidence(decision: &Decision, dimension: usize) -> Vec<f64> {
    decision
        .options
        .iter()
        .map(|o| o.evidence.iter().filter(|x| x.dimension == dimension).map(|x| x.weight).sum())
        .collect()
}

/// A checklist's item weights as numbers.
pub fn weights(decision: &Decision) -> Vec<f64> {
    decision.options.iter().map(|o| f64::from(o.weight)).collect()
}

fn as_f64(ratings: &[u8]) -> Vec<f64> {
    ratings.iter().map(|r| f64::from(*r)).collect()
}

/// Every decision's marking worked out once, for scoring many playthroughs of one scenario
/// (the bots' hundreds): the same item scores as [`item`] and the same overall as
/// [`overall`], without working out a panel or a `rate` decision's best ratings again for
/// every response.
pub struct Marking {
    /// By node index; `None` for scenes and endings.
    decisions: Vec<Option<Marks>>,
    /// Each decision's chance level, by node index (0 for scenes and endings).
    chances: Vec<f64>,
    /// For each `rate` decision, by node index, and each dimension: the best r whole-number
    /// ratings reach against the options' evidence for it (what the profile's `rate` evidence
    /// divides by); empty for other nodes.
    evidence_best: Vec<Vec<f64>>,
}

/// One decision's marking.
enum Marks {
    Pick(Panel),
    Rate { means: Vec<f64>, best: f64 },
    Rank(Vec<f64>),
    Tick(Vec<f64>),
}

impl Marking {
    pub fn of(scenario: &Scenario) -> Marking {
        let decisions = scenario
            .nodes()
            .map(|(_, node)| match &node.kind {
                NodeKind::Decision(d) => Some(match d.kind {
                    DecisionKind::Pick => Marks::Pick(Panel::of(d)),
                    DecisionKind::Rate => {
                        let means = expert_means(d);
                        let best = best_ratings(&means).1;
                        Marks::Rate { means, best }
                    }
                    DecisionKind::Rank => Marks::Rank(expert_means(d)),
                    DecisionKind::Considerations | DecisionKind::Pivot => Marks::Tick(weights(d)),
                }),
                _ => None,
            })
            .collect();
        let chances = scenario.nodes().map(|(node, _)| scenario.decision(node).map_or(0.0, chance)).collect();
        let evidence_best = scenario
            .nodes()
            .map(|(node, _)| match scenario.decision(node) {
                Some(d) if d.kind == DecisionKind::Rate => {
                    (0..scenario.dimensions().len()).map(|dim| best_ratings(&evidence(d, dim)).1).collect()
                }
                _ => Vec::new(),
            })
            .collect();
        Marking { decisions, chances, evidence_best }
    }

    /// [`chance`] for the decision at `node`.
    pub fn chance(&self, node: NodeId) -> f64 {
        self.chances.get(node.index()).copied().unwrap_or(0.0)
    }

    /// [`rating_profile`] for ratings at the `rate` decision at `node`; `None` for any other
    /// node, or ratings that do not cover its options.
    pub fn rating(&self, node: NodeId, ratings: &[f64]) -> Option<RatingProfile> {
        match self.decisions.get(node.index()).and_then(Option::as_ref) {
            Some(Marks::Rate { means, best }) if ratings.len() == means.len() => {
                Some(profile_against(ratings, means, *best))
            }
            _ => None,
        }
    }

    /// [`rate`] of ratings at the `rate` decision at `node` against `values`, the options'
    /// evidence for dimension `dimension` (see [`evidence`]); `None` when it is not such a
    /// decision or the ratings do not cover its options.
    pub fn rate_evidence(&self, node: NodeId, dimension: usize, ratings: &[f64], values: &[f64]) -> Option<f64> {
        let best = self.evidence_best.get(node.index())?.get(dimension)?;
        (ratings.len() == values.len()).then(|| profile_against(ratings, values, *best).score)
    }

    /// [`item`] for the decision at `node`.
    pub fn item(&self, node: NodeId, response: &Response) -> f64 {
        match (self.decisions.get(node.index()).and_then(Option::as_ref), &response.answer) {
            (Some(Marks::Pick(panel)), Answer::Pick(chosen)) => panel.pick(*chosen),
            (Some(Marks::Rate { means, best }), Answer::Rate(ratings)) => {
                let ratings = as_f64(ratings);
                let n = ratings.len().min(means.len());
                profile_against(&ratings, means, if n == means.len() { *best } else { best_ratings(&means[..n]).1 })
                    .score
            }
            (Some(Marks::Rank(means)), Answer::Rank(order)) => rank(means, order),
            (Some(Marks::Tick(weights)), Answer::Tick(ticked)) => plus_minus(weights, ticked),
            _ => 0.0,
        }
    }

    /// [`overall`], marked with this marking.
    pub fn overall(&self, scenario: &Scenario, history: &[Answered]) -> f64 {
        let (mut earned, mut possible) = (0.0, 0.0);
        for answered in history {
            if let Some(decision) = scenario.decision(answered.decision) {
                earned += decision.weight * self.item(answered.decision, &answered.response);
                possible += decision.weight;
            }
        }
        if possible > 0.0 { 100.0 * earned / possible } else { 0.0 }
    }
}

/// The overall score from 0 to 100: the decision-weighted mean of the item scores of every
/// response so far (0 when there are none). Only responses count: the state, the ending and
/// any other outcome never move it.
pub fn overall(scenario: &Scenario, history: &[Answered]) -> f64 {
    Marking::of(scenario).overall(scenario, history)
}

/// Whether an overall score reaches a pass mark, allowing for the last bits of the sums'
/// rounding (a 70 that is 69.999999999 in floating point passes a mark of 70).
pub fn passes(overall: f64, pass: u32) -> bool {
    overall + 1e-9 >= f64::from(pass)
}

/// An overall score in `parts` of a point (10 for tenths, 100 for hundredths), from 0 to
/// `100 * parts`, rounded so that it never crosses the pass mark: a 69.96 that did not pass
/// is 699 tenths, not 700, and a 70 that passed is never rounded below 700.
pub fn rounded(overall: f64, pass: u32, parts: u32) -> u32 {
    let most = 100 * parts;
    let value = (overall * f64::from(parts)).round().clamp(0.0, f64::from(most)) as u32;
    let mark = pass.saturating_mul(parts).min(most);
    match passes(overall, pass) {
        true => value.max(mark),
        false if value >= mark => mark.saturating_sub(1),
        false => value,
    }
}

/// Certainty-based marking: +1, +2 or +3 for an acceptable call at confidence 1, 2 or 3;
/// 0, −2 or −6 for one that is not.
pub fn cbm(confidence: Confidence, right: bool) -> i32 {
    match (confidence, right) {
        (Confidence::Unsure, true) => 1,
        (Confidence::FairlySure, true) => 2,
        (Confidence::Sure, true) => 3,
        (Confidence::Unsure, false) => 0,
        (Confidence::FairlySure, false) => -2,
        (Confidence::Sure, false) => -6,
    }
}

/// The probability a confidence level stands for: the middle of the range of P(right) in
/// which that level is the best bet under [`cbm`] (below 2/3, 2/3 to 4/5, above 4/5).
pub fn probability(confidence: Confidence) -> f64 {
    match confidence {
        Confidence::Unsure => 0.55,
        Confidence::FairlySure => 0.735,
        Confidence::Sure => 0.90,
    }
}

/// The range of P(right) in which a confidence level is the best bet under [`cbm`].
pub fn fitting_range(confidence: Confidence) -> (f64, f64) {
    match confidence {
        Confidence::Unsure => (0.0, 2.0 / 3.0),
        Confidence::FairlySure => (2.0 / 3.0, 0.8),
        Confidence::Sure => (0.8, 1.0),
    }
}

/// How often the learner was right at one confidence level: the calls made at it, and how
/// many of them were acceptable.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConfidenceTally {
    pub confidence: Confidence,
    /// How many times the learner gave this level.
    pub said: usize,
    /// How many of those calls were acceptable.
    pub right: usize,
}

/// The fewest calls at one confidence level from which its fit is stated as a verdict
/// ("over-confident"); from fewer, one unlucky call would decide it.
pub const VERDICT_MIN: usize = 3;

/// How a level's hit rate compares with the range it claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Right less often than the level claims.
    Overconfident,
    /// Right more often than the level claims.
    Underconfident,
    /// Within the level's range.
    Fits,
}

impl ConfidenceTally {
    /// The hit rate, when the level was used.
    pub fn rate(&self) -> Option<f64> {
        (self.said > 0).then(|| self.right as f64 / self.said as f64)
    }

    /// Whether the hit rate fits the level's range; `None` when the level was not used.
    pub fn fit(&self) -> Option<Fit> {
        let rate = self.rate()?;
        let (lo, hi) = fitting_range(self.confidence);
        Some(if rate < lo - 1e-12 {
            Fit::Overconfident
        } else if rate > hi + 1e-12 {
            Fit::Underconfident
        } else {
            Fit::Fits
        })
    }
}

/// Calibration over a playthrough's confidence judgements (B4.7): certainty-based marks,
/// the Brier score with Murphy's decomposition binned by the three levels (so the identity
/// brier = reliability − resolution + uncertainty is exact), over-confidence and
/// discrimination, and the dimension score.
#[derive(Clone, Debug, PartialEq)]
pub struct Calibration {
    /// How many judgements there were.
    pub judgements: usize,
    /// The sum of the certainty-based marks.
    pub cbm: i32,
    /// The most the marks could have been: 3 per judgement.
    pub cbm_max: i32,
    /// Mean of (p − y)², p the level's probability and y 1 for an acceptable call.
    pub brier: f64,
    /// Σ n_k (p_k − ȳ_k)² / N over the levels: how far stated confidence is from hit rates.
    pub reliability: f64,
    /// Σ n_k (ȳ_k − ȳ)² / N: how much the hit rates differ between levels.
    pub resolution: f64,
    /// ȳ (1 − ȳ): the variance of the outcomes themselves.
    pub uncertainty: f64,
    /// Mean stated probability minus hit rate: positive when over-confident.
    pub overconfidence: f64,
    /// Mean probability when right minus mean probability when wrong; `None` unless there
    /// are both.
    pub discrimination: Option<f64>,
    /// The tally at each confidence level, Unsure first.
    pub levels: [ConfidenceTally; 3],
    /// The calibration dimension's evidence: clamp(1 − 2√reliability, 0, 1).
    pub score: f64,
}

/// Summarises confidence judgements, each a level and whether the call was acceptable;
/// `None` when there are none.
pub fn calibration(judgements: &[(Confidence, bool)]) -> Option<Calibration> {
    let n = judgements.len();
    if n == 0 {
        return None;
    }
    let nf = n as f64;
    let y = |right: bool| if right { 1.0 } else { 0.0 };
    let tallies = Confidence::ALL.map(|confidence| {
        let at = judgements.iter().filter(|(c, _)| *c == confidence);
        ConfidenceTally { confidence, said: at.clone().count(), right: at.filter(|(_, r)| *r).count() }
    });
    let base = judgements.iter().filter(|(_, r)| *r).count() as f64 / nf;
    let brier = judgements.iter().map(|&(c, r)| (probability(c) - y(r)).powi(2)).sum::<f64>() / nf;
    let (mut reliability, mut resolution) = (0.0, 0.0);
    for tally in tallies.iter().filter(|t| t.said > 0) {
        let (count, hit) = (tally.said as f64, tally.right as f64 / tally.said as f64);
        reliability += count * (probability(tally.confidence) - hit).powi(2) / nf;
        resolution += count * (hit - base).powi(2) / nf;
    }
    let stated = judgements.iter().map(|&(c, _)| probability(c)).sum::<f64>() / nf;
    let when = |right: bool| mean(judgements.iter().filter(|(_, r)| *r == right).map(|&(c, _)| probability(c)));
    let discrimination = match (when(true), when(false)) {
        (Some(a), Some(b)) => Some(a - b),
        _ => None,
    };
    Some(Calibration {
        judgements: n,
        cbm: judgements.iter().map(|&(c, r)| cbm(c, r)).sum(),
        cbm_max: 3 * i32::try_from(n).unwrap_or(i32::MAX / 3),
        brier,
        reliability,
        resolution,
        uncertainty: base * (1.0 - base),
        overconfidence: stated - base,
        discrimination,
        levels: tallies,
        score: (1.0 - 2.0 * reliability.sqrt()).clamp(0.0, 1.0),
    })
}

/// A dimension estimate from weighted evidence (B5.4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// Σc, the total weight of evidence.
    pub evidence: f64,
    /// Σc·z / Σc, the unshrunk mean of the evidence; `None` without evidence.
    pub raw: Option<f64>,
    /// D = (Σc·z + α·0.5) / (Σc + α): shrunk toward 0.5 when evidence is thin.
    pub value: f64,
    /// The ~80% band: D ± 1.28·√(D(1 − D) / (Σc + α + 1)), within [0, 1].
    pub low: f64,
    pub high: f64,
    /// False below [`ENOUGH`] evidence: show "not enough evidence yet".
    pub enough: bool,
}

/// Estimates a dimension from (c, z) pairs: weight c ≥ 0, evidence z in [0, 1].
pub fn estimate(evidence: &[(f64, f64)]) -> Estimate {
    let weight: f64 = evidence.iter().map(|(c, _)| c.max(0.0)).sum();
    let sum: f64 = evidence.iter().map(|(c, z)| c.max(0.0) * z.clamp(0.0, 1.0)).sum();
    let value = (sum + ALPHA * PRIOR) / (weight + ALPHA);
    let half = BAND_Z * (value * (1.0 - value) / (weight + ALPHA + 1.0)).sqrt();
    Estimate {
        evidence: weight,
        raw: (weight > 0.0).then(|| sum / weight),
        value,
        low: (value - half).max(0.0),
        high: (value + half).min(1.0),
        enough: weight >= ENOUGH,
    }
}

/// The smallest and largest value; (∞, −∞) for an empty slice.
pub fn bounds(values: &[f64]) -> (f64, f64) {
    values.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(*v), hi.max(*v)))
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / count as f64)
}

/// Pearson's r, or 0 when either side has no spread.
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
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
    if sxx <= 1e-12 || syy <= 1e-12 { 0.0 } else { (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_rounded_score_never_crosses_the_pass_mark() {
        assert_eq!(rounded(69.96, 70, 10), 699, "a failing 69.96 is not shown as 70.0");
        assert_eq!(rounded(69.996, 70, 100), 6999);
        assert_eq!(rounded(70.0 - 1e-12, 70, 10), 700, "a pass by the sums' last bits stays a pass");
        assert_eq!(rounded(72.44, 70, 10), 724);
        assert_eq!(rounded(72.46, 70, 10), 725);
        assert_eq!(rounded(87.5, 70, 100), 8750);
        assert_eq!(rounded(0.0, 0, 10), 0, "a pass mark of 0 passes everything");
        assert_eq!(rounded(100.4, 100, 10), 1000);
        assert!(passes(70.0 - 1e-12, 70) && !passes(69.96, 70));
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
        // The chance floor of the research's example: (1 + 4.4/4.7 + 1.5/4.7 + 0) / 4 ≈ 0.56.
        assert!(close(pick_chance(&means), (1.0 + 4.4 / 4.7 + 1.5 / 4.7) / 4.0));
    }

    #[test]
    fn a_near_tie_at_the_top_counts_both_as_best() {
        // Top two 6.0 and 5.8, each with SD 1: the gap 0.2 is within half the pooled SD.
        let panel = Panel::from_ratings(vec![6.0, 5.8, 2.0], vec![1.0, 1.0, 1.0], &[5, 5, 5]);
        assert!(panel.contested && panel.split());
        assert_eq!(panel.best, [0, 1]);
        assert!(close(panel.pick(1), 1.0) && close(panel.pick(0), 1.0));
        assert!(close(panel.pick(2), 0.0));
        // Tight agreement keeps the gap meaningful.
        let clear = Panel::from_ratings(vec![6.0, 5.8, 2.0], vec![0.2, 0.2, 0.2], &[5, 5, 5]);
        assert!(!clear.contested);
        assert!(close(clear.pick(1), 3.8 / 4.0));
    }

    #[test]
    fn rate_scores_shape_not_elevation() {
        let means = [6.0, 2.0, 4.0, 5.0];
        assert!(close(rate(&[6.0, 2.0, 4.0, 5.0], &means), 1.0));
        // The same shape shifted down still scores full marks.
        assert!(close(rate(&[5.0, 1.0, 3.0, 4.0], &means), 1.0));
        assert!(close(rate(&[4.0, 4.0, 4.0, 4.0], &means), 0.5));
        assert!(close(rate(&[2.0, 6.0, 4.0, 3.0], &means), 0.0));
        let profile = rating_profile(&[5.0, 1.0, 3.0, 4.0], &means);
        assert!(close(profile.elevation, -1.0) && close(profile.scatter, 0.0));
    }

    #[test]
    fn the_best_whole_number_ratings_score_exactly_one() {
        let means = [5.0 + 1.0 / 3.0, 3.0 + 1.0 / 3.0, 1.0 + 1.0 / 3.0, 4.6];
        let (key, best) = best_ratings(&means);
        assert!(best > 0.99 && best <= 1.0);
        let x: Vec<f64> = key.iter().map(|&v| f64::from(v)).collect();
        assert_eq!(rate(&x, &means), 1.0);
        // Rounding alone would fall short of full marks.
        let rounded = [5.0, 3.0, 1.0, 5.0];
        assert!(pearson(&rounded, &means) < best);
        assert!(rate(&rounded, &means) < 1.0);
        // The reversed best scores 0, and any ratings stay in [0, 1].
        let reversed: Vec<f64> = x.iter().map(|v| 8.0 - v).collect();
        assert!(close(rate(&reversed, &means), 0.0));
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

    #[test]
    fn checklist_chance_is_exact_over_every_subset() {
        // Sixteen subsets of [3, 3, −3, −3]: sums 6 once, 3 four times, 0 six times, and the
        // rest negative; E[max(0, S)] = (6 + 12) / 16 = 1.125, over 6.
        assert!(close(plus_minus_chance(&[3.0, 3.0, -3.0, -3.0]), 1.125 / 6.0));
        let brute = |w: &[f64]| {
            let n = w.len();
            (0..1u32 << n)
                .map(|mask| {
                    let ticks: Vec<bool> = (0..n).map(|i| mask & (1 << i) != 0).collect();
                    plus_minus(w, &ticks)
                })
                .sum::<f64>()
                / f64::from(1u32 << n)
        };
        for w in [vec![2.0, 1.0, -2.0], vec![3.0, -1.0, -1.0, -1.0, 2.0, -2.0], vec![5.0]] {
            assert!(close(plus_minus_chance(&w), brute(&w)), "{w:?}");
        }
    }

    #[test]
    fn checklist_chance_is_the_same_to_the_last_digit_every_time() {
        // Irregular weights give many distinct sums whose total depends on the order they
        // are added in: that order must not change between calls.
        let weights = [0.7, 1.3, -2.1, 0.9, 1.1, -0.4, 2.2, -1.7, 0.3, 1.9];
        let first = plus_minus_chance(&weights).to_bits();
        for _ in 0..50 {
            assert_eq!(plus_minus_chance(&weights).to_bits(), first);
        }
    }

    #[test]
    fn certainty_based_marks_and_calibration() {
        assert_eq!(cbm(Confidence::Sure, false), -6);
        assert_eq!(cbm(Confidence::FairlySure, true), 2);
        let c = calibration(&[
            (Confidence::Sure, true),
            (Confidence::Sure, false),
            (Confidence::Unsure, true),
            (Confidence::FairlySure, true),
        ])
        .expect("judgements");
        assert_eq!((c.cbm, c.cbm_max), (3 - 6 + 1 + 2, 12));
        assert!(close(c.brier, c.reliability - c.resolution + c.uncertainty));
        assert_eq!(c.levels[2].fit(), Some(Fit::Overconfident));
        assert_eq!(c.levels[0].fit(), Some(Fit::Underconfident));
        assert!(calibration(&[]).is_none());
    }

    #[test]
    fn thin_evidence_shrinks_toward_one_half() {
        let one = estimate(&[(1.0, 1.0)]);
        assert!(close(one.value, 2.0 / 3.0) && !one.enough);
        assert!(close(estimate(&[]).value, 0.5));
        assert!(estimate(&[(12.0, 1.0)]).value > 0.9);
    }
}
