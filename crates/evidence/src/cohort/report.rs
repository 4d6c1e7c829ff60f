//! The cohort's figures, worked out once from the tallies ([`Cohort::report`]): per decision
//! its reach, option frequencies, difficulty, item–rest discrimination, each option's pull
//! in the top and bottom thirds, and flags; the overall scores' spread, the route edges
//! walked, and each dimension's spread. docs/scoring.md ("Cohort analysis") explains each.

use engine::analyse;
use engine::playthrough::Answer;
use engine::scenario::{DecisionKind, NodeId};
use engine::score::{Panel, expert_mean};

use super::source::Reason;
use super::tally::{BINS, Cohort, Histogram};

/// Below this many attempts at a decision (or pairs, for discrimination) no flag is raised:
/// the figures would be noise.
pub const MIN_REACHED: u64 = 20;

/// Discrimination below this is flagged as weak (and below 0 as negative).
pub const LOW_DISCRIMINATION: f64 = 0.1;

/// An option whose experts' mean is at most this is one the key rates low.
pub const WEAK_MEAN: f64 = 3.5;

/// The top third "favours" an option when at least this share of it chooses it, and more
/// than of the bottom third.
pub const FAVOURED: f64 = 0.2;

/// A distractor chosen by fewer than this share does no work.
pub const RARE: f64 = 0.02;

/// Everything the cohort analysis says.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub scenario: String,
    pub title: String,
    /// The scenario's content hash, as `jc1` logs write it.
    pub hash: u32,
    /// True when only each learner's first attempt counts.
    pub first_only: bool,
    /// True when learners are shown by name; otherwise by [`super::pseudonym`].
    pub names: bool,
    /// Attempts counted.
    pub attempts: u64,
    /// Of those, attempts that reached an ending.
    pub finished: u64,
    /// Distinct learners seen (named ones; anonymous attempts count apart).
    pub learners: u64,
    /// Attempts from sources that do not say who played.
    pub anonymous: u64,
    pub skipped: Skipped,
    pub overall: Overall,
    pub decisions: Vec<DecisionReport>,
    /// Route edges walked, block to block (`None` for the start), most walked first.
    pub edges: Vec<(Option<String>, String, u64)>,
    /// Moves from a decision to the next decision or ending: the decision map's lines.
    pub moves: Vec<(NodeId, NodeId, u64)>,
    pub dimensions: Vec<DimensionSpread>,
}

/// What was not counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    pub later: u64,
    pub out_of_order: u64,
    pub elsewhere: u64,
    pub malformed: Vec<(Reason, u64)>,
    /// The first few malformed inputs: the learner as shown, and what was wrong.
    pub examples: Vec<(Option<String>, String)>,
}

/// The overall scores' spread.
#[derive(Clone, Debug, PartialEq)]
pub struct Overall {
    pub mean: Option<f64>,
    /// Population standard deviation.
    pub sd: Option<f64>,
    /// Attempts per ten points: 0–10, 10–20, … 90–100 (100 in the last).
    pub bins: [u64; 10],
    /// The bottom third's highest score and the top third's lowest, to a tenth.
    pub thirds: Option<(f64, f64)>,
}

/// One decision's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionReport {
    pub node: NodeId,
    pub id: String,
    pub ask: String,
    pub kind: DecisionKind,
    pub weight: f64,
    /// Attempts that reached it.
    pub reached: u64,
    /// Responses to it (more than `reached` where the story returns to it).
    pub responses: u64,
    /// The mean item score, 0–1 (higher is easier).
    pub difficulty: Option<f64>,
    /// The item–rest correlation.
    pub discrimination: Option<f64>,
    /// How many attempts the correlation is over.
    pub pairs: u64,
    pub options: Vec<OptionReport>,
    pub flags: Vec<Flag>,
}

/// One option's figures at a decision.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionReport {
    pub id: String,
    pub text: String,
    /// Attempts that chose it: picked, rated highest, ranked first, or ticked.
    pub chosen: u64,
    /// `chosen` over the attempts that reached the decision.
    pub share: Option<f64>,
    /// Among the top third of overall scores that reached the decision, the share that chose it.
    pub top: Option<f64>,
    pub bottom: Option<f64>,
    /// The key's best: the best pick (two when the experts are split), the key's highest
    /// rating or first place, or an item that matters.
    pub best: bool,
    /// The experts' mean rating (1–7), for options that have ratings.
    pub mean: Option<f64>,
    /// A checklist item's weight.
    pub weight: Option<i32>,
}

/// Something about a decision that an author should look at.
#[derive(Clone, Debug, PartialEq)]
pub enum Flag {
    /// Learners who do well here do worse elsewhere: the key may be wrong.
    NegativeDiscrimination(f64),
    /// The decision barely tells strong learners from weak ones.
    LowDiscrimination(f64),
    /// The top third favours an option the key rates low (by index).
    TopFavoursWeak { option: usize, top: f64, bottom: f64 },
    /// A distractor almost nobody chooses.
    RareDistractor { option: usize, share: f64 },
}

impl Flag {
    /// A short kebab-case name, for JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Flag::NegativeDiscrimination(_) => "negative-discrimination",
            Flag::LowDiscrimination(_) => "low-discrimination",
            Flag::TopFavoursWeak { .. } => "top-favours-weak",
            Flag::RareDistractor { .. } => "rare-distractor",
        }
    }

    /// The flag in words an instructional designer can act on.
    pub fn explain(&self, options: &[OptionReport]) -> String {
        let name = |i: usize| options.get(i).map_or_else(|| format!("option {i}"), |o| format!("`{}`", o.id));
        let pct = |x: f64| format!("{:.0}%", 100.0 * x);
        match self {
            Flag::NegativeDiscrimination(r) => format!(
                "Discrimination is negative ({r:.2}): learners who score well here score worse on the rest of \
                 the scenario. The key may be wrong, or the best option may read as the worst; check the ratings."
            ),
            Flag::LowDiscrimination(r) => format!(
                "Discrimination is weak ({r:.2}): this decision barely separates learners who do well on the \
                 rest from those who do not. It may be ambiguous, too easy, or testing something else."
            ),
            Flag::TopFavoursWeak { option, top, bottom } => format!(
                "The top third chooses {} ({} of them, against {} of the bottom third), which the key rates \
                 low. Either strong learners know something the key misses, or the option is attractive for \
                 a reason worth examining.",
                name(*option),
                pct(*top),
                pct(*bottom)
            ),
            Flag::RareDistractor { option, share } => format!(
                "Almost nobody chooses {} ({}): as a distractor it does no work. Make it more plausible or \
                 replace it.",
                name(*option),
                pct(*share)
            ),
        }
    }
}

/// One dimension's spread across the cohort.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionSpread {
    pub id: String,
    pub label: String,
    /// Estimates per tenth: 0–0.1, … 0.9–1.
    pub bins: [u64; 10],
    /// Attempts with too little evidence for an estimate.
    pub thin: u64,
    pub mean: Option<f64>,
}

/// The weights that cut exactly a third of the attempts from the bottom (or the top) of a
/// histogram: 1 for bins wholly inside, a fraction for the bin the cut falls in (its
/// attempts are tied, so each counts for that fraction), 0 outside.
pub fn third(overall: &Histogram, from_top: bool) -> Vec<f64> {
    let n: u64 = overall.0.iter().sum();
    let target = n as f64 / 3.0;
    let mut weights = vec![0.0; BINS];
    let mut taken = 0.0;
    let order: Box<dyn Iterator<Item = usize>> = if from_top { Box::new((0..BINS).rev()) } else { Box::new(0..BINS) };
    for bin in order {
        let count = overall.0.get(bin).copied().unwrap_or(0) as f64;
        if count == 0.0 {
            continue;
        }
        if taken >= target - 1e-9 {
            break;
        }
        let w = ((target - taken) / count).min(1.0);
        weights[bin] = w;
        taken += w * count;
    }
    weights
}

impl Cohort<'_> {
    /// The figures so far.
    pub fn report(&self) -> Report {
        let scenario = self.scenario;
        let (top, bottom) = (third(&self.overall, true), third(&self.overall, false));
        let decisions = scenario
            .decisions()
            .filter_map(|(node, d)| {
                let tally = self.decisions.get(node.index())?.as_ref()?;
                let reached = tally.reached;
                let best = best(d);
                let share_of = |n: f64, of: f64| (of > 1e-9).then(|| n / of);
                let top_reached = tally.reached_overall.weighted(&top);
                let bottom_reached = tally.reached_overall.weighted(&bottom);
                let options: Vec<OptionReport> = d
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let chosen = tally.chosen.get(i).copied().unwrap_or(0);
                        let h = tally.chosen_overall.get(i);
                        OptionReport {
                            id: o.id.clone(),
                            text: one_line(&o.text),
                            chosen,
                            share: share_of(chosen as f64, reached as f64),
                            top: h.and_then(|h| share_of(h.weighted(&top), top_reached)),
                            bottom: h.and_then(|h| share_of(h.weighted(&bottom), bottom_reached)),
                            best: best.contains(&i),
                            mean: (!d.kind.is_checklist()).then(|| expert_mean(o)),
                            weight: d.kind.is_checklist().then_some(o.weight),
                        }
                    })
                    .collect();
                let discrimination = tally.rest.pearson();
                let mut report = DecisionReport {
                    node,
                    id: scenario.node(node).id.clone(),
                    ask: one_line(&d.ask),
                    kind: d.kind,
                    weight: d.weight,
                    reached,
                    responses: tally.responses,
                    difficulty: (reached > 0).then(|| tally.score / reached as f64),
                    discrimination,
                    pairs: tally.rest.n,
                    options,
                    flags: Vec::new(),
                };
                report.flags = flags(&report);
                Some(report)
            })
            .collect();
        let name = |i: usize| scenario.nodes().nth(i).map(|(_, n)| n.id.clone()).unwrap_or_default();
        let mut edges: Vec<(Option<String>, String, u64)> = self
            .edges
            .iter()
            .map(|(&(from, to), &n)| ((from != super::tally::START).then(|| name(from)), name(to), n))
            .collect();
        edges.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| (&a.0, &a.1).cmp(&(&b.0, &b.1))));
        let moves = self.moves.iter().map(|(&(from, to), &n)| (NodeId::new(from), NodeId::new(to), n)).collect();
        let dimensions = self
            .dimensions
            .iter()
            .map(|t| {
                let n: u64 = t.bins.iter().sum();
                DimensionSpread {
                    id: t.id.clone(),
                    label: t.label.clone(),
                    bins: t.bins,
                    thin: t.thin,
                    mean: (n > 0).then(|| t.sum / n as f64),
                }
            })
            .collect();
        Report {
            scenario: scenario.meta.id.clone(),
            title: one_line(&scenario.meta.title),
            hash: scenario.hash,
            first_only: !self.options.all_attempts,
            names: self.options.names,
            attempts: self.attempts,
            finished: self.finished,
            learners: self.learners() as u64,
            anonymous: self.anonymous,
            skipped: Skipped {
                later: self.skipped.later,
                out_of_order: self.skipped.out_of_order,
                elsewhere: self.skipped.elsewhere,
                malformed: self.skipped.malformed.iter().map(|(r, n)| (*r, *n)).collect(),
                examples: self.skipped.examples.clone(),
            },
            overall: self.overall_spread(&top, &bottom),
            decisions,
            edges,
            moves,
            dimensions,
        }
    }

    fn overall_spread(&self, top: &[f64], bottom: &[f64]) -> Overall {
        let n = self.attempts as f64;
        let mean = (self.attempts > 0).then(|| self.overall_sum / n);
        let sd = mean.map(|m| (self.overall_squares / n - m * m).max(0.0).sqrt());
        let mut bins = [0u64; 10];
        for (bin, &count) in self.overall.0.iter().enumerate() {
            bins[(bin / 100).min(9)] += count;
        }
        let last = |w: &[f64]| w.iter().rposition(|w| *w > 0.0);
        let first = |w: &[f64]| w.iter().position(|w| *w > 0.0);
        let thirds = match (last(bottom), first(top)) {
            (Some(b), Some(t)) => Some((b as f64 / 10.0, t as f64 / 10.0)),
            _ => None,
        };
        Overall { mean, sd, bins, thirds }
    }
}

/// The options the key counts as best: see [`OptionReport::best`].
fn best(d: &engine::scenario::Decision) -> Vec<usize> {
    match (d.kind, analyse::key(d)) {
        (DecisionKind::Pick, _) => Panel::of(d).best,
        (_, Answer::Rate(ratings)) => {
            let top = ratings.iter().max().copied().unwrap_or(0);
            ratings.iter().enumerate().filter(|(_, r)| **r == top).map(|(i, _)| i).collect()
        }
        (_, Answer::Rank(order)) => order.first().copied().into_iter().collect(),
        _ => d.options.iter().enumerate().filter(|(_, o)| o.weight > 0).map(|(i, _)| i).collect(),
    }
}

/// The flags a decision's figures raise; none below [`MIN_REACHED`] attempts.
fn flags(d: &DecisionReport) -> Vec<Flag> {
    let mut flags = Vec::new();
    if let Some(r) = d.discrimination
        && d.pairs >= MIN_REACHED
    {
        if r < 0.0 {
            flags.push(Flag::NegativeDiscrimination(r));
        } else if r < LOW_DISCRIMINATION {
            flags.push(Flag::LowDiscrimination(r));
        }
    }
    if d.reached < MIN_REACHED {
        return flags;
    }
    for (i, o) in d.options.iter().enumerate() {
        let weak = o.mean.is_some_and(|m| m <= WEAK_MEAN) || o.weight.is_some_and(|w| w < 0);
        if let (true, Some(top), Some(bottom)) = (weak && !o.best, o.top, o.bottom)
            && top >= FAVOURED
            && top > bottom + 1e-9
        {
            flags.push(Flag::TopFavoursWeak { option: i, top, bottom });
        }
        // Only a pick's options and a checklist's distractors are chosen to be passed over;
        // a weak option that is rarely rated highest or ranked first is as it should be.
        let distractor = match d.kind {
            DecisionKind::Pick => !o.best,
            DecisionKind::Considerations | DecisionKind::Pivot => o.weight.is_some_and(|w| w < 0),
            DecisionKind::Rate | DecisionKind::Rank => false,
        };
        if let Some(share) = o.share
            && distractor
            && share < RARE
        {
            flags.push(Flag::RareDistractor { option: i, share });
        }
    }
    flags
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_third_is_cut_exactly_with_ties_shared() {
        let mut h = Histogram(vec![0; BINS]);
        h.0[0] = 3;
        h.0[500] = 3;
        h.0[1000] = 3;
        let bottom = third(&h, false);
        assert_eq!((bottom[0], bottom[500]), (1.0, 0.0));
        let mut tied = Histogram(vec![0; BINS]);
        tied.0[700] = 6;
        let top = third(&tied, true);
        assert!((top[700] - 1.0 / 3.0).abs() < 1e-12);
        assert!((tied.weighted(&top) - 2.0).abs() < 1e-12);
    }
}
