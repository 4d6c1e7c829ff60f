//! The streaming accumulator: [`Cohort::add`] replays one attempt and adds it to tallies
//! whose size depends on the scenario, never on the number of attempts.
//!
//! Per decision it keeps how many attempts reached it, per option how many chose it, the
//! running sums of the item score and of the item–rest pairs (for difficulty and
//! discrimination), and histograms of the attempts' overall scores in tenths of a point
//! (1,001 bins: for the reaching attempts, and per option for those who chose it), from
//! which the report cuts the top and bottom thirds afterwards. Per scenario it keeps the
//! histogram of every overall score, the route edges walked and each dimension's spread.
//! The one thing that grows with the cohort is the set of learners seen (eight bytes of
//! each learner's SHA-256 and the time of their first attempt), which the first-attempt
//! filter needs.

use std::collections::{BTreeMap, HashMap};

use engine::analyse::{self, Analysis};
use engine::playthrough::{Answer, Answered, Cursor, Step};
use engine::scenario::{NodeKind, Scenario};
use engine::score::Marking;
use engine::scorecard;

use super::source::{Reason, Skip};
use super::{Attempt, Options, learner_key, pseudonym};

/// Overall scores are binned in tenths of a point: 0.0, 0.1, … 100.0.
pub const BINS: usize = 1001;

/// How many malformed inputs the report quotes, as examples to fix the data by.
pub const EXAMPLES: usize = 10;

/// Where the route edges start when the story starts.
pub const START: usize = usize::MAX;

/// A count per bin of the overall score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Histogram(pub Vec<u64>);

impl Histogram {
    fn new() -> Histogram {
        Histogram(vec![0; BINS])
    }

    fn add(&mut self, bin: usize) {
        if let Some(slot) = self.0.get_mut(bin) {
            *slot += 1;
        }
    }

    /// The count weighted bin by bin (the thirds' weights).
    pub fn weighted(&self, weights: &[f64]) -> f64 {
        self.0.iter().zip(weights).map(|(&n, w)| n as f64 * w).sum()
    }
}

/// Running sums for a Pearson correlation.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Moments {
    pub n: u64,
    pub x: f64,
    pub y: f64,
    pub xx: f64,
    pub yy: f64,
    pub xy: f64,
}

impl Moments {
    fn add(&mut self, x: f64, y: f64) {
        self.n += 1;
        self.x += x;
        self.y += y;
        self.xx += x * x;
        self.yy += y * y;
        self.xy += x * y;
    }

    /// Pearson's r; `None` with fewer than two pairs or when either side does not vary.
    pub fn pearson(&self) -> Option<f64> {
        let n = self.n as f64;
        let sxx = self.xx - self.x * self.x / n;
        let syy = self.yy - self.y * self.y / n;
        let sxy = self.xy - self.x * self.y / n;
        // Sums of squares this small against their raw sums are rounding, not variation.
        let flat = |s: f64, raw: f64| s <= 1e-9 * raw.max(1.0);
        if self.n < 2 || flat(sxx, self.xx) || flat(syy, self.yy) {
            return None;
        }
        Some((sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0))
    }
}

/// What the cohort did at one decision.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionTally {
    /// Attempts that reached it.
    pub reached: u64,
    /// Responses to it (more than `reached` only where the story can return to it).
    pub responses: u64,
    /// Per option, the attempts that chose it (see [`chosen`]).
    pub chosen: Vec<u64>,
    /// The sum over reaching attempts of their mean item score here.
    pub score: f64,
    /// (item score, rest score) per reaching attempt that answered something else too.
    pub rest: Moments,
    /// The overall scores of the attempts that reached it.
    pub reached_overall: Histogram,
    /// Per option, the overall scores of the attempts that chose it.
    pub chosen_overall: Vec<Histogram>,
}

/// One dimension's spread: estimates binned in tenths (0–0.1, …, 0.9–1), and how many
/// attempts had too little evidence to say.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionTally {
    pub id: String,
    pub label: String,
    pub bins: [u64; 10],
    pub thin: u64,
    pub sum: f64,
}

/// What was not counted, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Later attempts of learners already counted (first attempts only).
    pub later: u64,
    /// Of those, attempts that started before the one counted: the input was not in order.
    pub out_of_order: u64,
    /// Inputs about another scenario.
    pub elsewhere: u64,
    /// Inputs that could not be used, by reason.
    pub malformed: BTreeMap<Reason, u64>,
    /// The first few malformed inputs: the learner as shown, and what was wrong.
    pub examples: Vec<(Option<String>, String)>,
}

/// A cohort being counted: see the module's doc.
pub struct Cohort<'s> {
    pub(crate) scenario: &'s Scenario,
    pub(crate) options: Options,
    marking: Marking,
    analysis: Analysis,
    /// Learners counted, by [`learner_key`], with when their counted attempt started.
    seen: HashMap<u64, Option<i64>>,
    pub(crate) attempts: u64,
    pub(crate) finished: u64,
    pub(crate) anonymous: u64,
    pub(crate) overall: Histogram,
    /// The sum of the overall scores, and of their squares.
    pub(crate) overall_sum: f64,
    pub(crate) overall_squares: f64,
    /// By node index; `None` for scenes and endings.
    pub(crate) decisions: Vec<Option<DecisionTally>>,
    /// Route edges walked, block to block by node index ([`START`] for the start).
    pub(crate) edges: BTreeMap<(usize, usize), u64>,
    /// Moves from one decision to the next decision or ending, as the decision map draws them.
    pub(crate) moves: BTreeMap<(usize, usize), u64>,
    pub(crate) dimensions: Vec<DimensionTally>,
    pub(crate) skipped: Skipped,
}

/// What [`Cohort::add`] did with an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    Counted,
    /// A later attempt of a learner already counted.
    Later,
    /// Not counted: about another scenario, or unusable.
    Skipped,
}

impl<'s> Cohort<'s> {
    pub fn new(scenario: &'s Scenario, options: Options) -> Cohort<'s> {
        let decisions = scenario
            .nodes()
            .map(|(_, node)| match &node.kind {
                NodeKind::Decision(d) => Some(DecisionTally {
                    reached: 0,
                    responses: 0,
                    chosen: vec![0; d.options.len()],
                    score: 0.0,
                    rest: Moments::default(),
                    reached_overall: Histogram::new(),
                    chosen_overall: vec![Histogram::new(); d.options.len()],
                }),
                _ => None,
            })
            .collect();
        Cohort {
            scenario,
            options,
            marking: Marking::of(scenario),
            analysis: analyse::analyse(scenario),
            seen: HashMap::new(),
            attempts: 0,
            finished: 0,
            anonymous: 0,
            overall: Histogram::new(),
            overall_sum: 0.0,
            overall_squares: 0.0,
            decisions,
            edges: BTreeMap::new(),
            moves: BTreeMap::new(),
            dimensions: Vec::new(),
            skipped: Skipped::default(),
        }
    }

    /// How many learners have been seen.
    pub fn learners(&self) -> usize {
        self.seen.len()
    }

    /// Counts what a source could not use.
    pub fn skip(&mut self, skip: Skip) {
        match skip {
            Skip::Elsewhere => self.skipped.elsewhere += 1,
            Skip::Malformed { reason, learner, detail } => {
                *self.skipped.malformed.entry(reason).or_insert(0) += 1;
                if self.skipped.examples.len() < EXAMPLES {
                    let shown = learner.map(|l| if self.options.names { l } else { pseudonym(&l) });
                    self.skipped.examples.push((shown, detail));
                }
            }
        }
    }

    /// Replays an attempt and, when it is the learner's first (or every attempt counts),
    /// adds it to the tallies.
    pub fn add(&mut self, attempt: Attempt) -> Added {
        let scenario = self.scenario;
        let p = &attempt.playthrough;
        let malformed = |reason: Reason, detail: String| Skip::Malformed {
            reason,
            learner: attempt.learner.clone(),
            detail: format!("{}: {detail}", p.encode()),
        };
        if p.scenario != scenario.meta.id {
            self.skip(Skip::Elsewhere);
            return Added::Skipped;
        }
        if p.hash != scenario.hash {
            self.skip(malformed(Reason::OtherVersion, format!("played against version {:08x}", p.hash)));
            return Added::Skipped;
        }
        if p.responses.is_empty() {
            self.skip(malformed(Reason::NoAnswers, "no answers".into()));
            return Added::Skipped;
        }
        let Some(walk) = walk(scenario, p) else {
            self.skip(malformed(Reason::DoesNotReplay, "an answer does not fit its decision".into()));
            return Added::Skipped;
        };
        match &attempt.learner {
            Some(learner) => {
                let key = learner_key(learner);
                match self.seen.get(&key) {
                    Some(first) if !self.options.all_attempts => {
                        self.skipped.later += 1;
                        if let (Some(first), Some(when)) = (first, attempt.when)
                            && when < *first
                        {
                            self.skipped.out_of_order += 1;
                        }
                        return Added::Later;
                    }
                    Some(_) => {}
                    None => {
                        self.seen.insert(key, attempt.when);
                    }
                }
            }
            None => self.anonymous += 1,
        }
        self.count(&walk);
        Added::Counted
    }

    fn count(&mut self, walk: &Walk) {
        let scenario = self.scenario;
        let (mut earned, mut possible) = (0.0, 0.0);
        // Per decision reached, by node index: (responses, sum of item scores).
        let mut here: BTreeMap<usize, (u64, f64)> = BTreeMap::new();
        let mut scores = Vec::with_capacity(walk.history.len());
        for answered in &walk.history {
            let weight = scenario.decision(answered.decision).map_or(0.0, |d| d.weight);
            let s = self.marking.item(answered.decision, &answered.response);
            scores.push(s);
            earned += weight * s;
            possible += weight;
            let entry = here.entry(answered.decision.index()).or_insert((0, 0.0));
            entry.0 += 1;
            entry.1 += s;
        }
        let overall = if possible > 0.0 { 100.0 * earned / possible } else { 0.0 };
        let bin = ((overall * 10.0).round().clamp(0.0, 1000.0)) as usize;
        self.attempts += 1;
        self.finished += u64::from(walk.finished);
        self.overall.add(bin);
        self.overall_sum += overall;
        self.overall_squares += overall * overall;
        for (&node, &(k, sum)) in &here {
            let weight = scenario.decision(engine::scenario::NodeId::new(node)).map_or(0.0, |d| d.weight);
            let Some(Some(tally)) = self.decisions.get_mut(node) else { continue };
            let mean = sum / k as f64;
            tally.reached += 1;
            tally.responses += k;
            tally.score += mean;
            tally.reached_overall.add(bin);
            let rest = possible - k as f64 * weight;
            if rest > 1e-12 {
                tally.rest.add(mean, 100.0 * (earned - weight * sum) / rest);
            }
            let mut picked = vec![false; tally.chosen.len()];
            for answered in walk.history.iter().filter(|a| a.decision.index() == node) {
                for option in chosen(&answered.response.answer) {
                    if let Some(slot) = picked.get_mut(option) {
                        *slot = true;
                    }
                }
            }
            for (option, _) in picked.iter().enumerate().filter(|(_, p)| **p) {
                tally.chosen[option] += 1;
                if let Some(h) = tally.chosen_overall.get_mut(option) {
                    h.add(bin);
                }
            }
        }
        for edge in &walk.edges {
            *self.edges.entry(*edge).or_insert(0) += 1;
        }
        for edge in &walk.moves {
            *self.moves.entry(*edge).or_insert(0) += 1;
        }
        let card = scorecard::of_history_marked(
            scenario,
            &self.analysis,
            &self.marking,
            &walk.history,
            &walk.state,
            walk.ending,
        );
        for d in &card.profile {
            let at = match self.dimensions.iter().position(|t| t.id == d.id) {
                Some(at) => at,
                None => {
                    self.dimensions.push(DimensionTally {
                        id: d.id.clone(),
                        label: d.label.clone(),
                        bins: [0; 10],
                        thin: 0,
                        sum: 0.0,
                    });
                    self.dimensions.len() - 1
                }
            };
            let Some(t) = self.dimensions.get_mut(at) else { continue };
            if d.estimate.enough {
                let bin = ((d.estimate.value * 10.0).floor().clamp(0.0, 9.0)) as usize;
                t.bins[bin] += 1;
                t.sum += d.estimate.value;
            } else {
                t.thin += 1;
            }
        }
    }
}

/// The options an answer counts for: the pick; every option rated highest; the option
/// ranked first; every item ticked.
pub fn chosen(answer: &Answer) -> Vec<usize> {
    match answer {
        Answer::Pick(i) => vec![*i],
        Answer::Rate(ratings) => {
            let top = ratings.iter().max().copied().unwrap_or(0);
            ratings.iter().enumerate().filter(|(_, r)| **r == top).map(|(i, _)| i).collect()
        }
        Answer::Rank(order) => order.first().copied().into_iter().collect(),
        Answer::Tick(ticks) => ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| i).collect(),
    }
}

/// One attempt replayed: its history, the edges it walked, where it ended.
struct Walk {
    history: Vec<Answered>,
    edges: Vec<(usize, usize)>,
    moves: Vec<(usize, usize)>,
    state: Vec<engine::scenario::Value>,
    ending: Option<engine::scenario::NodeId>,
    finished: bool,
}

/// Replays a playthrough with a cursor, noting every block passed; `None` when an answer
/// does not fit (or the story gets stuck).
fn walk(scenario: &Scenario, p: &engine::Playthrough) -> Option<Walk> {
    let (mut cursor, _) = Cursor::start(scenario, p.seed).ok()?;
    let mut edges = Vec::new();
    let mut moves = Vec::new();
    let mut from = START;
    for &node in &cursor.trail {
        edges.push((from, node.index()));
        from = node.index();
    }
    let mut history = Vec::with_capacity(p.responses.len());
    for response in &p.responses {
        let at = cursor.node;
        cursor.advance(response).ok()?;
        history.push(Answered { decision: at, response: response.clone() });
        let mut from = at.index();
        for &node in &cursor.trail {
            edges.push((from, node.index()));
            from = node.index();
        }
        moves.push((at.index(), cursor.node.index()));
    }
    let finished = matches!(cursor.step(), Step::End(_));
    Some(Walk { history, edges, moves, ending: finished.then_some(cursor.node), state: cursor.state, finished })
}
