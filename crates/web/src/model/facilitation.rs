//! Facilitator mode's state: the scenario and the presentation (`workshop::presentation`),
//! with the last refusal to show. The reducer only applies the presentation's actions; the
//! `use_facilitation` hook saves and broadcasts the result.

use std::rc::Rc;

use yew::Reducible;

use crate::model::session::Shared;
use crate::phrase;
use ::workshop::message::Key;
use ::workshop::presentation::{self, Action, Presentation, PresentationError};

/// The presenter's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Facilitation {
    pub scenario: Shared,
    pub presentation: Presentation,
    /// Why the last change was refused, as a sentence; cleared by the next change.
    pub problem: Option<String>,
    /// How many times a projector window asked for the presentation, so it is sent again.
    pub announced: u32,
}

/// A change the facilitator asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Act(Action),
    /// A shortcut, at this time (for the timer).
    Press(Key, f64),
    /// Back to the scenario's start, keeping the room's label and the round's length.
    Restart,
    /// A projector window asked for the presentation.
    Announce,
    /// A co-facilitator's device moved the live room on: take its presentation, keeping this
    /// device's hand counts while they are hidden from the room (each presenter counts the
    /// ballots itself).
    Adopt(Box<Presentation>),
}

impl Reducible for Facilitation {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let scenario = &self.scenario;
        let actions = match change {
            Change::Act(action) => vec![action],
            Change::Press(key, now) => key.actions(scenario, &self.presentation, now),
            Change::Restart => {
                let mut fresh = presentation::start(scenario, self.presentation.timer.seconds);
                fresh.room = self.presentation.room.clone();
                // Polls go on from the last, so no earlier ballot counts again.
                fresh.poll = self.presentation.poll.wrapping_add(1);
                return Rc::new(Facilitation { presentation: fresh, problem: None, ..(*self).clone() });
            }
            Change::Adopt(heard) => {
                let mut presentation = *heard;
                let current = &self.presentation;
                if !presentation.revealed && presentation.poll == current.poll {
                    presentation.votes.clone_from(&current.votes);
                    presentation.hands = current.hands;
                }
                return Rc::new(Facilitation { presentation, problem: None, ..(*self).clone() });
            }
            Change::Announce => {
                return Rc::new(Facilitation { announced: self.announced.wrapping_add(1), ..(*self).clone() });
            }
        };
        let applied = actions.iter().try_fold(self.presentation.clone(), |s, a| presentation::apply(scenario, &s, a));
        let mut next = (*self).clone();
        match applied {
            Ok(presentation) => {
                next.presentation = presentation;
                next.problem = None;
            }
            Err(error) => next.problem = Some(refusal(&error)),
        }
        Rc::new(next)
    }
}

/// Why the presentation refused an action, as a sentence in the facilitator's language.
fn refusal(error: &PresentationError) -> String {
    match error {
        PresentationError::Ended => phrase!("presenter-refused-ended"),
        PresentationError::NoSuchOption => phrase!("presenter-refused-no-option"),
        PresentationError::Tie => phrase!("presenter-refused-tie"),
        PresentationError::NoVotes => phrase!("presenter-refused-no-votes"),
        PresentationError::Nothing => phrase!("presenter-refused-nothing"),
        PresentationError::NoBranch => phrase!("presenter-refused-no-branch"),
        PresentationError::BadRoom => phrase!("presenter-refused-bad-room"),
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use ::workshop::presentation::Screen;

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[wasm_bindgen_test]
    fn refusals_become_sentences_and_leave_the_session_alone() {
        let scenario = Shared(Rc::new(engine::read(FIRST_CALL).expect("reads")));
        let presentation = presentation::start(&scenario, 60);
        let state = Rc::new(Facilitation { scenario, presentation: presentation.clone(), problem: None, announced: 0 });
        let question = state.clone().reduce(Change::Press(Key::Next, 0.0));
        assert_eq!(question.presentation.screen, Screen::Question);
        let refused = question.clone().reduce(Change::Press(Key::Next, 0.0));
        // Without boot.js a phrase is its id.
        assert_eq!(refused.problem.as_deref(), Some("presenter-refused-no-votes"));
        assert_eq!(refused.presentation, question.presentation);
        let named = refused.reduce(Change::Act(Action::Room("Tue".into())));
        assert_eq!(named.problem, None);
        let restarted = named.reduce(Change::Restart);
        assert_eq!((restarted.presentation.room.as_str(), restarted.presentation.screen), ("Tue", Screen::Scene));
    }
}
