//! A play session: the scenario, the learner's playthrough, the mode and the rationales,
//! with the reducer that moves it on. Everything the Play view shows is derived from it.
//!
//! The reducer only calls the engine; saving is the `use_session` hook's job.

use std::rc::Rc;

use yew::Reducible;

use engine::bot;
use engine::playthrough::Cursor;
use engine::scenario::NodeId;
use engine::{self, Playthrough, Response, Scenario, Step};

/// A scenario shared between components; two are equal when they are the same allocation,
/// so comparing props never walks a whole scenario.
#[derive(Clone, Debug)]
pub struct Shared(pub Rc<Scenario>);

impl PartialEq for Shared {
    fn eq(&self, other: &Shared) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Shared {
    /// The scenario without its rationale prompts, for a workshop's phones: the room
    /// discusses its reasons aloud, so no decision asks for one there.
    pub fn quiet(&self) -> Shared {
        let mut quiet = (*self.0).clone();
        quiet.drop_rationales();
        Shared(Rc::new(quiet))
    }
}

impl std::ops::Deref for Shared {
    type Target = Scenario;
    fn deref(&self) -> &Scenario {
        &self.0
    }
}

/// How a session gives feedback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// Feedback after every response, and the last response can be taken back.
    #[default]
    Practice,
    /// No feedback until the end and no taking back: the attempt that counts.
    Assessment,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Assessment => "assessment",
        }
    }

    pub fn parse(text: &str) -> Option<Mode> {
        [Mode::Practice, Mode::Assessment].into_iter().find(|m| m.as_str() == text)
    }
}

/// Everything about one session that is not derived.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub scenario: Shared,
    pub playthrough: Playthrough,
    pub mode: Mode,
    /// The learner's rationale for each response, empty where none was given.
    pub rationales: Vec<String>,
}

/// What the learner can do to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Answers the current decision, with a rationale (maybe empty).
    Respond(Response, String),
    /// Takes back the last response (practice only).
    Rewind,
    /// Starts again with a fresh playthrough shuffled by this seed.
    Restart(u64),
    /// Chooses the mode; only before the first response.
    SetMode(Mode),
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Respond(response, rationale) => {
                match engine::respond(&self.scenario, &self.playthrough, response) {
                    Ok(playthrough) => {
                        next.playthrough = playthrough;
                        next.rationales.truncate(self.playthrough.responses.len());
                        next.rationales.resize(self.playthrough.responses.len(), String::new());
                        next.rationales.push(rationale);
                    }
                    // A response the engine refuses changes nothing; the form never sends one.
                    Err(_) => return self,
                }
            }
            Action::Rewind if self.mode == Mode::Practice && !self.playthrough.responses.is_empty() => {
                next.playthrough.responses.pop();
                next.rationales.truncate(next.playthrough.responses.len());
            }
            Action::Rewind => return self,
            Action::Restart(seed) => {
                next.playthrough = Playthrough::new(&self.scenario, seed);
                next.rationales.clear();
            }
            Action::SetMode(mode) if self.playthrough.responses.is_empty() => next.mode = mode,
            Action::SetMode(_) => return self,
        }
        Rc::new(next)
    }
}

/// The text of option `option` of the decision at `node`.
pub fn option_text(scenario: &Scenario, node: NodeId, option: usize) -> &str {
    scenario.decision(node).and_then(|d| d.options.get(option)).map_or("", |o| o.text.as_str())
}

/// How many random playthroughs [`expected_decisions`] averages.
const ROLLOUTS: u64 = 12;

/// About how many decisions this playthrough will have answered at its end: those answered
/// so far, plus the mean number left over the random bot's continuations from here (the
/// story's length depends on the path). At least the number answered, plus one before the end.
pub fn expected_decisions(scenario: &Scenario, playthrough: &Playthrough) -> usize {
    let answered = playthrough.responses.len();
    let Ok((mut here, _)) = Cursor::start(scenario, playthrough.seed) else { return answered };
    for response in &playthrough.responses {
        if here.advance(response).is_err() {
            return answered;
        }
    }
    if matches!(here.step(), Step::End(_)) {
        return answered;
    }
    let total: usize = (0..ROLLOUTS)
        .map(|round| {
            let seed = playthrough.seed ^ round ^ ((answered as u64) << 32);
            bot::play_at_random(scenario, here.clone(), seed).len()
        })
        .sum();
    answered + (total as f64 / ROLLOUTS as f64).round().max(1.0) as usize
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    fn session(mode: Mode) -> Rc<Session> {
        let scenario = Shared(Rc::new(engine::read(FIRST_CALL).expect("reads")));
        let playthrough = Playthrough::new(&scenario, 3);
        Rc::new(Session { scenario, playthrough, mode, rationales: Vec::new() })
    }

    #[wasm_bindgen_test]
    fn practice_can_take_a_response_back_and_assessment_cannot() {
        let practice = session(Mode::Practice);
        assert_eq!(expected_decisions(&practice.scenario, &practice.playthrough), 1);
        let answered = practice.clone().reduce(Action::Respond(Response::pick(1), "Speed".into()));
        assert_eq!(answered.playthrough.responses.len(), 1);
        assert_eq!(answered.rationales, vec!["Speed".to_string()]);
        assert_eq!(expected_decisions(&answered.scenario, &answered.playthrough), 1);
        let rewound = answered.clone().reduce(Action::Rewind);
        assert!(rewound.playthrough.responses.is_empty() && rewound.rationales.is_empty());
        // A mode is chosen before the first response, never after.
        assert_eq!(answered.clone().reduce(Action::SetMode(Mode::Assessment)).mode, Mode::Practice);
        let assessed = session(Mode::Practice).reduce(Action::SetMode(Mode::Assessment));
        let assessed = assessed.reduce(Action::Respond(Response::pick(0), String::new()));
        assert_eq!(assessed.clone().reduce(Action::Rewind).playthrough.responses.len(), 1);
        // A refused response changes nothing; a restart starts afresh with the new seed.
        let same = assessed.clone().reduce(Action::Respond(Response::pick(9), String::new()));
        assert!(Rc::ptr_eq(&same, &assessed));
        let again = assessed.reduce(Action::Restart(11));
        assert_eq!((again.playthrough.seed, again.playthrough.responses.len()), (11, 0));
    }
}
