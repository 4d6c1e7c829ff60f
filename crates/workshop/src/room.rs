//! The room: many participant codes pasted at once, checked one by one, and summarised.
//!
//! Every code is accepted or refused on its own, with a reason, so one bad code never
//! affects the others. The summary gives, per decision, how the room answered beside the
//! experts' ratings, the dimension averages, the overall average, and which decisions split
//! the room most; it also renders as CSV.

use std::fmt::Write;

use crate::code::{self, CodeError};
use crate::csv;
use engine::analyse::Analysis;
use engine::playthrough::{Answer, Playthrough};
use engine::scenario::{DecisionKind, NodeId, Scenario};
use engine::score::expert_means;
use engine::scorecard;

/// A code that was accepted.
#[derive(Clone, Debug, PartialEq)]
pub struct Accepted {
    /// Where it was in the pasted text, counting from 1.
    pub number: usize,
    pub code: String,
    pub playthrough: Playthrough,
}

/// Why a code was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    Code(CodeError),
    /// The same code as an earlier one, which is counted once.
    Duplicate {
        of: usize,
    },
}

/// A code that was refused, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub number: usize,
    pub code: String,
    pub refusal: Refusal,
}

impl Refused {
    /// The reason in a sentence, for the facilitator.
    pub fn reason(&self) -> String {
        match &self.refusal {
            Refusal::Code(error) => error.to_string(),
            Refusal::Duplicate { of } => format!("the same code as number {of}, which is already counted"),
        }
    }
}

/// The outcome of pasting codes.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Import {
    pub accepted: Vec<Accepted>,
    pub refused: Vec<Refused>,
}

/// Reads every code in a pasted text: codes are separated by white space, commas or
/// semicolons (dashes inside a code are fine).
pub fn import(scenario: &Scenario, text: &str) -> Import {
    let mut result = Import::default();
    let mut seen: Vec<(Playthrough, usize)> = Vec::new();
    let codes = text.split(|c: char| c.is_whitespace() || c == ',' || c == ';').filter(|c| !c.is_empty());
    for (i, code) in codes.enumerate() {
        let number = i + 1;
        let code = code.to_string();
        match code::decode(scenario, &code) {
            Ok(playthrough) => match seen.iter().find(|(p, _)| *p == playthrough) {
                Some(&(_, of)) => result.refused.push(Refused { number, code, refusal: Refusal::Duplicate { of } }),
                None => {
                    seen.push((playthrough.clone(), number));
                    result.accepted.push(Accepted { number, code, playthrough });
                }
            },
            Err(error) => result.refused.push(Refused { number, code, refusal: Refusal::Code(error) }),
        }
    }
    result
}

/// How the room answered one decision.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionSummary {
    /// The decision.
    pub node: NodeId,
    pub kind: DecisionKind,
    /// How many participants answered it.
    pub answered: usize,
    /// Per option, in authored order: how many picked it (pick) or ticked it (checklists);
    /// empty for rate and rank.
    pub counts: Vec<usize>,
    /// Per option: the room's mean rating (rate) or mean place counting from 1 (rank);
    /// empty for the other kinds.
    pub means: Vec<f64>,
    /// Per option: the experts' mean rating.
    pub experts: Vec<f64>,
    /// How much the room split, from 0 (everyone agreed) to 1 (spread as widely as possible).
    pub split: f64,
}

/// The room's results.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub participants: usize,
    /// The mean overall score, 0–100.
    pub overall: f64,
    /// How many reached the pass mark.
    pub passed: usize,
    pub decisions: Vec<DecisionSummary>,
    /// Per dimension: its label and the room's mean estimate, with how many contributed.
    pub dimensions: Vec<(String, f64, usize)>,
}

impl Summary {
    /// The decisions that split the room most, most split first.
    pub fn contested(&self) -> Vec<&DecisionSummary> {
        // An insertion sort, stable as `sort_by` is: a few decisions, and it spares the
        // workshop module a sort of its own.
        let mut decisions: Vec<&DecisionSummary> = Vec::new();
        for d in self.decisions.iter().filter(|d| d.answered > 0) {
            let at = decisions.iter().position(|e| d.split.total_cmp(&e.split).is_gt()).unwrap_or(decisions.len());
            decisions.insert(at, d);
        }
        decisions
    }
}

/// Summarises the accepted playthroughs of a room.
pub fn summarise(scenario: &Scenario, analysis: &Analysis, playthroughs: &[Playthrough]) -> Summary {
    let mut decisions: Vec<DecisionSummary> = scenario
        .decisions()
        .map(|(node, d)| {
            let n = d.options.len();
            let tallies = matches!(d.kind, DecisionKind::Pick) || d.kind.is_checklist();
            DecisionSummary {
                node,
                kind: d.kind,
                answered: 0,
                counts: if tallies { vec![0; n] } else { Vec::new() },
                means: if tallies { Vec::new() } else { vec![0.0; n] },
                experts: expert_means(d),
                split: 0.0,
            }
        })
        .collect();
    let (mut overall, mut passed) = (0.0, 0);
    let mut dimensions: Vec<(String, f64, usize)> = Vec::new();
    let cards: Vec<_> = playthroughs.iter().filter_map(|p| scorecard::score(scenario, analysis, p).ok()).collect();
    for card in &cards {
        overall += card.overall;
        passed += usize::from(card.passed);
        for dimension in card.profile.iter().filter(|d| d.estimate.evidence > 0.0) {
            match dimensions.iter_mut().find(|(label, _, _)| *label == dimension.label) {
                Some((_, sum, n)) => {
                    *sum += dimension.estimate.value;
                    *n += 1;
                }
                None => dimensions.push((dimension.label.clone(), dimension.estimate.value, 1)),
            }
        }
    }
    for (_, sum, n) in &mut dimensions {
        *sum /= *n as f64;
    }
    for playthrough in playthroughs {
        let Ok(position) = engine::replay(scenario, playthrough) else { continue };
        for answered in &position.history {
            let Some(summary) = decisions.iter_mut().find(|d| d.node == answered.decision) else { continue };
            summary.answered += 1;
            match &answered.response.answer {
                Answer::Pick(i) => tally(&mut summary.counts, *i),
                Answer::Tick(ticks) => {
                    for (i, _) in ticks.iter().enumerate().filter(|(_, t)| **t) {
                        tally(&mut summary.counts, i);
                    }
                }
                Answer::Rate(ratings) => {
                    for (slot, r) in summary.means.iter_mut().zip(ratings) {
                        *slot += f64::from(*r);
                    }
                }
                Answer::Rank(order) => {
                    for (place, &option) in order.iter().enumerate() {
                        if let Some(slot) = summary.means.get_mut(option) {
                            *slot += (place + 1) as f64;
                        }
                    }
                }
            }
        }
    }
    for summary in &mut decisions {
        if summary.answered > 0 {
            for mean in &mut summary.means {
                *mean /= summary.answered as f64;
            }
        }
        summary.split = split(summary);
    }
    let participants = playthroughs.len();
    Summary {
        participants,
        overall: if cards.is_empty() { 0.0 } else { overall / cards.len() as f64 },
        passed,
        decisions,
        dimensions,
    }
}

/// Counts one more answer for option `i`.
fn tally(counts: &mut [usize], i: usize) {
    if let Some(slot) = counts.get_mut(i) {
        *slot += 1;
    }
}

/// How much a decision split the room: for a pick, the entropy of the picks over its
/// maximum; for a checklist, the mean over items of how evenly the room divided on it; for
/// rate and rank, the mean absolute gap of the room's means from their own average, over the
/// widest gap the scale allows (flat means: the room did not separate the options).
fn split(summary: &DecisionSummary) -> f64 {
    if summary.answered == 0 {
        return 0.0;
    }
    let total = summary.answered as f64;
    match summary.kind {
        DecisionKind::Pick => {
            let n = summary.counts.len();
            if n < 2 {
                return 0.0;
            }
            let entropy: f64 = summary
                .counts
                .iter()
                .filter(|&&c| c > 0)
                .map(|&c| {
                    let p = c as f64 / total;
                    -p * p.ln()
                })
                .sum();
            entropy / (n as f64).ln()
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let n = summary.counts.len().max(1) as f64;
            summary.counts.iter().map(|&c| 1.0 - (2.0 * c as f64 / total - 1.0).abs()).sum::<f64>() / n
        }
        DecisionKind::Rate | DecisionKind::Rank => {
            let n = summary.means.len().max(1) as f64;
            let centre = summary.means.iter().sum::<f64>() / n;
            let widest = if summary.kind == DecisionKind::Rate { 3.0 } else { (n - 1.0) / 2.0 };
            let gap = summary.means.iter().map(|m| (m - centre).abs()).sum::<f64>() / n;
            if widest > 0.0 { 1.0 - (gap / widest).min(1.0) } else { 0.0 }
        }
    }
}

/// The summary as CSV: one row per option of each decision, then the dimension averages.
pub fn csv(scenario: &Scenario, summary: &Summary) -> String {
    let mut out = String::from("decision,kind,answered,split,option,room,experts\n");
    for d in &summary.decisions {
        let node = scenario.node(d.node);
        let Some(decision) = scenario.decision(d.node) else { continue };
        for (i, option) in decision.options.iter().enumerate() {
            let room = match (d.counts.get(i), d.means.get(i)) {
                (Some(count), _) => count.to_string(),
                (None, Some(mean)) => format!("{mean:.2}"),
                (None, None) => String::new(),
            };
            let experts = d.experts.get(i).map_or(String::new(), |m| format!("{m:.2}"));
            let _ = writeln!(
                out,
                "{},{},{},{:.2},{},{},{}",
                csv::text(&node.id),
                d.kind.as_str(),
                d.answered,
                d.split,
                csv::text(&option.id),
                room,
                experts
            );
        }
    }
    let _ = writeln!(out, "\ndimension,mean,participants");
    for (label, mean, n) in &summary.dimensions {
        let _ = writeln!(out, "{},{mean:.2},{n}", csv::text(label));
    }
    let _ = writeln!(out, "overall,{:.1},{}", summary.overall, summary.participants);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::playthrough::{Confidence, Response};
    use engine::{self, analyse};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\ndimension judgement: Judgement\n\
        == decision d1\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n  -> d2\n* y: Y\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n  -> d2\n\
        == decision d2 (considerations)\nask: ?\n* a: A\n  weight: +2\n* b: B\n  weight: -2\n-> end\n\
        == ending e\ntitle: E\n";

    fn playthrough(scenario: &Scenario, pick: usize, ticks: [bool; 2]) -> Playthrough {
        let mut p = Playthrough::new(scenario, 0);
        p.responses = vec![
            Response::new(Answer::Pick(pick), Some(Confidence::Sure)),
            Response::new(Answer::Tick(ticks.to_vec()), None),
        ];
        p
    }

    #[test]
    fn pasted_codes_are_checked_one_by_one_and_summarised() {
        let scenario = engine::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let good = |pick, ticks| code::encode(&scenario, &playthrough(&scenario, pick, ticks)).expect("encodes");
        let (a, b, c) = (good(0, [true, false]), good(0, [true, true]), good(1, [false, true]));
        let mut typo = a.clone().into_bytes();
        typo[2] = if typo[2] == b'A' { b'B' } else { b'A' };
        let typo = String::from_utf8(typo).expect("ascii");
        let text = format!("{a}\n{b}, {c}; {a}\n{typo}\nnot-a-code!\n");
        let import = import(&scenario, &text);
        assert_eq!(import.accepted.iter().map(|a| a.number).collect::<Vec<_>>(), [1, 2, 3]);
        let reasons: Vec<(usize, String)> = import.refused.iter().map(|r| (r.number, r.reason())).collect();
        assert_eq!(reasons[0], (4, "the same code as number 1, which is already counted".to_string()));
        assert_eq!(reasons[1].0, 5);
        assert_eq!(reasons[2], (6, "`!` is not a character codes use".to_string()));

        let playthroughs: Vec<Playthrough> = import.accepted.iter().map(|a| a.playthrough.clone()).collect();
        let summary = summarise(&scenario, &analysis, &playthroughs);
        assert_eq!(summary.participants, 3);
        assert_eq!(summary.decisions[0].counts, [2, 1]);
        assert_eq!(summary.decisions[1].counts, [2, 2]);
        // Picks score 1, 1, 0; ticks score 1 (the item that matters), 0 (everything) and 0
        // (the distractor): overall 100, 50 and 0.
        assert!((summary.overall - 50.0).abs() < 1e-9, "{}", summary.overall);
        assert_eq!(summary.passed, 1);
        // A 2-to-1 pick has entropy 0.918 of its maximum.
        assert_eq!(summary.contested()[0].node, summary.decisions[0].node);
        let csv = csv(&scenario, &summary);
        assert!(csv.starts_with("decision,kind,answered,split,option,room,experts\n"));
        assert!(csv.contains("d1,pick,3,0.92,x,2,6.00\n"), "{csv}");
        assert!(csv.contains("overall,50.0,3\n"), "{csv}");
    }
}
