//! The answer a learner is putting together at one decision, before they submit it, and
//! the edits that change it.

use std::rc::Rc;

use yew::Reducible;

use crate::phrase;
use engine::scenario::{Decision, DecisionKind};
use engine::{Answer, Confidence, Response};

/// What a submit found missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// No option chosen.
    Pick,
    /// An option left unrated.
    Rate,
    /// Confidence asked for and not given.
    Confidence,
}

impl Missing {
    /// What the form says is missing.
    pub fn said(self) -> String {
        match self {
            Missing::Pick => phrase!("draft-pick-first"),
            Missing::Rate => phrase!("draft-rate-first"),
            Missing::Confidence => phrase!("draft-confidence-first"),
        }
    }
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
    pub problem: Option<Missing>,
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
    Problem(Missing),
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
    pub fn response(&self, decision: &Decision, pick: Option<usize>) -> Result<Response, Missing> {
        let answer = match decision.kind {
            DecisionKind::Pick => Answer::Pick(pick.or(self.selected).ok_or(Missing::Pick)?),
            DecisionKind::Rate if self.ratings.contains(&0) => return Err(Missing::Rate),
            DecisionKind::Rate => Answer::Rate(self.ratings.clone()),
            DecisionKind::Rank => Answer::Rank(self.ranking.clone()),
            DecisionKind::Considerations | DecisionKind::Pivot => Answer::Tick(self.ticks.clone()),
        };
        match (self.confidence, decision.confidence.is_some()) {
            (None, true) => Err(Missing::Confidence),
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
