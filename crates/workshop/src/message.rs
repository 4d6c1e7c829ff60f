//! What the presenter and projector windows say to each other over their broadcast channel,
//! as text: the presenter sends its whole presentation after every change; a projector opened
//! late says hello and is sent the presentation; a shortcut pressed in a projector window is
//! passed to the presenter, which owns the presentation.

use crate::presentation::{Action, Follow, Presentation, ReadError, Screen, current};
use engine::Scenario;

/// A keyboard shortcut of facilitator mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// On to the next step: from the scene to the question, from the question along the
    /// majority's branch, from an ending to the next branch waiting.
    Next,
    /// Shows or hides the room's votes beside the experts' ratings.
    Reveal,
    /// Starts or pauses the timer.
    Timer,
}

impl Key {
    pub const ALL: [Key; 3] = [Key::Next, Key::Reveal, Key::Timer];

    /// The key that presses it: N, R or T (either case).
    pub fn from_key(key: &str) -> Option<Key> {
        match key {
            "n" | "N" => Some(Key::Next),
            "r" | "R" => Some(Key::Reveal),
            "t" | "T" => Some(Key::Timer),
            _ => None,
        }
    }

    /// The actions the key stands for in `presentation`, at `now` (for the timer).
    pub fn actions(self, scenario: &Scenario, presentation: &Presentation, now: f64) -> Vec<Action> {
        match self {
            Key::Next => match (current(scenario, &presentation.playthrough), presentation.screen) {
                (_, Screen::Join) => vec![Action::Show(Screen::Scene)],
                (Some(_), Screen::Scene) => vec![Action::Show(Screen::Question)],
                (Some(_), Screen::Question) => vec![Action::Follow(Follow::Majority)],
                (None, _) => vec![Action::NextBranch],
            },
            Key::Reveal if presentation.revealed => vec![Action::Hide],
            Key::Reveal => vec![Action::Show(Screen::Question), Action::Reveal],
            Key::Timer if presentation.timer.started.is_some() => vec![Action::PauseTimer { now }],
            Key::Timer => vec![Action::StartTimer { now }],
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Key::Next => "next",
            Key::Reveal => "reveal",
            Key::Timer => "timer",
        }
    }
}

/// One message on the channel.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// A projector window asks for the presentation.
    Hello,
    /// The presentation as the presenter has it, whole.
    State(Presentation),
    /// A shortcut pressed in a projector window.
    Key(Key),
}

impl Message {
    pub fn encode(&self) -> String {
        match self {
            Message::Hello => "hello".to_string(),
            Message::State(presentation) => format!("state\n{}", presentation.encode()),
            Message::Key(key) => format!("key {}", key.as_str()),
        }
    }

    /// Reads a message for `scenario`; `None` for anything else (another version of the app
    /// in another tab, say), which the windows ignore.
    pub fn decode(scenario: &Scenario, text: &str) -> Option<Result<Message, ReadError>> {
        if text == "hello" {
            return Some(Ok(Message::Hello));
        }
        if let Some(name) = text.strip_prefix("key ") {
            return Key::ALL.into_iter().find(|k| k.as_str() == name).map(|k| Ok(Message::Key(k)));
        }
        let presentation = text.strip_prefix("state\n")?;
        Some(Presentation::decode(scenario, presentation).map(Message::State))
    }
}

/// The name of the channel a scenario's workshop windows share.
pub fn channel(scenario_id: &str) -> String {
    format!("judgement-call/workshop/{scenario_id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presentation::{PresentationError, apply, start};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> e1\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> e1\n\
        == ending e1\ntitle: One\n";

    #[test]
    fn messages_round_trip_and_strangers_are_ignored() {
        let scenario = engine::load(STORY).expect("loads");
        let presentation = apply(&scenario, &start(&scenario, 60), &Action::Votes(vec![3, 1])).expect("votes");
        for message in [Message::Hello, Message::Key(Key::Reveal), Message::State(presentation)] {
            assert_eq!(Message::decode(&scenario, &message.encode()), Some(Ok(message)));
        }
        assert_eq!(Message::decode(&scenario, "key dance"), None);
        assert_eq!(Message::decode(&scenario, "gossip"), None);
        assert!(matches!(Message::decode(&scenario, "state\nnonsense"), Some(Err(_))));
        assert_eq!(Key::from_key("N"), Some(Key::Next));
        assert_eq!(Key::from_key("x"), None);
        assert_eq!(channel("room"), "judgement-call/workshop/room");
    }

    #[test]
    fn next_walks_from_scene_to_question_to_the_majority_s_branch() {
        let scenario = engine::load(STORY).expect("loads");
        let press = |presentation: &Presentation, key: Key| {
            key.actions(&scenario, presentation, 5_000.0)
                .iter()
                .try_fold(presentation.clone(), |s, a| apply(&scenario, &s, a))
        };
        let presentation = start(&scenario, 60);
        let question = press(&presentation, Key::Next).expect("shows the question");
        assert_eq!(question.screen, Screen::Question);
        assert_eq!(press(&question, Key::Next), Err(PresentationError::NoVotes));
        let revealed = press(&question, Key::Reveal).expect("reveals");
        assert!(revealed.revealed);
        assert!(!press(&revealed, Key::Reveal).expect("hides").revealed);
        let timed = press(&revealed, Key::Timer).expect("starts");
        assert_eq!(timed.timer.started, Some(5_000.0));
        assert_eq!(press(&timed, Key::Timer).expect("pauses").timer.started, None);
        let voted = apply(&scenario, &revealed, &Action::Votes(vec![1, 4])).expect("votes");
        let ended = press(&voted, Key::Next).expect("follows y");
        assert!(current(&scenario, &ended.playthrough).is_none());
        assert_eq!(press(&ended, Key::Next), Err(PresentationError::NoBranch));
    }
}
