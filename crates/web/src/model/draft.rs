//! The answer a learner is putting together at one decision, before they submit it, and
//! the edits that change it.

use std::rc::Rc;
use std::thread::LocalKey;

use yew::Reducible;

use crate::phrase;
use engine::scenario::{Decision, DecisionKind};
use engine::{Answer, Confidence, Response};

thread_local! {
    // What a submit can find missing, each a phrase said once a visit and kept: a draft's
    // problem is a `&'static str` (so the form copies it out of the draft), and the
    // interface's language only changes with a reload. Three short texts, never more.
    static PICK: &'static str = Box::leak(phrase!("draft-pick-first").into_boxed_str());
    static RATE: &'static str = Box::leak(phrase!("draft-rate-first").into_boxed_str());
    static SURE: &'static str = Box::leak(phrase!("draft-confidence-first").into_boxed_str());
}

/// The phrase kept in `missing`.
fn said(missing: &'static LocalKey<&'static str>) -> &'static str {
    missing.with(|text| *text)
}

/// A draft answer; options are by authored index throughout.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// `pick`: the option pressed, when pressing does not answer at once.
    pub selected: Option<usize>,
    /// `rate`: each option's rating, 0 while unrated.
    pub ratings: Vec<u8>,
    /// `rank`: the options, best first.
    pub ranking: Vec<usize>,
    /// Checklists: whether each item is ticked.
    pub ticks: Vec<bool>,
    pub confidence: Option<Confidence>,
    pub rationale: String,
    /// What is missing, after a submit that could not be sent.
    pub problem: Option<&'static str>,
}

/// One change to a draft.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Select(usize),
    Rate(usize, u8),
    /// Moves the option at one place in the ranking to another.
    Move(usize, usize),
    Toggle(usize),
    Confidence(Confidence),
    Rationale(String),
    Problem(&'static str),
}

impl Draft {
    /// An empty draft for a decision of `n` options shown in `order`.
    pub fn new(n: usize, order: &[usize]) -> Draft {
        Draft {
            selected: None,
            ratings: vec![0; n],
            ranking: order.to_vec(),
            ticks: vec![false; n],
            confidence: None,
            rationale: String::new(),
            problem: None,
        }
    }

    /// The response this draft makes (with `pick` as the option pressed, if one was just
    /// pressed), or what is still missing.
    pub fn response(&self, decision: &Decision, pick: Option<usize>) -> Result<Response, &'static str> {
        let answer = match decision.kind {
            DecisionKind::Pick => Answer::Pick(pick.or(self.selected).ok_or_else(|| said(&PICK))?),
            DecisionKind::Rate if self.ratings.contains(&0) => return Err(said(&RATE)),
            DecisionKind::Rate => Answer::Rate(self.ratings.clone()),
            DecisionKind::Rank => Answer::Rank(self.ranking.clone()),
            DecisionKind::Considerations | DecisionKind::Pivot => Answer::Tick(self.ticks.clone()),
        };
        match (self.confidence, decision.confidence.is_some()) {
            (None, true) => Err(said(&SURE)),
            (level, asked) => Ok(Response::new(answer, level.filter(|_| asked))),
        }
    }
}

impl Reducible for Draft {
    type Action = Edit;

    fn reduce(self: Rc<Self>, edit: Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        next.problem = None;
        match edit {
            Edit::Select(option) => next.selected = Some(option),
            Edit::Rate(option, value) => {
                if let Some(slot) = next.ratings.get_mut(option) {
                    *slot = value;
                }
            }
            Edit::Move(from, to) if from < next.ranking.len() && to < next.ranking.len() => {
                let option = next.ranking.remove(from);
                next.ranking.insert(to, option);
            }
            Edit::Move(..) => {}
            Edit::Toggle(option) => {
                if let Some(slot) = next.ticks.get_mut(option) {
                    *slot = !*slot;
                }
            }
            Edit::Confidence(level) => next.confidence = Some(level),
            Edit::Rationale(text) => next.rationale = text,
            Edit::Problem(missing) => next.problem = Some(missing),
        }
        Rc::new(next)
    }
}
