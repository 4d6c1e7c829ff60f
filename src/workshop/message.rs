//! What the presenter and projector windows say to each other over their broadcast channel,
//! as text: the presenter sends its whole session after every change; a projector opened
//! late says hello and is sent the session; a shortcut pressed in a projector window is
//! passed to the presenter, which owns the session.

use crate::engine::Scenario;
use crate::workshop::session::{ReadError, Session};

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
    /// A projector window asks for the session.
    Hello,
    /// The presenter's session, whole.
    State(Session),
    /// A shortcut pressed in a projector window.
    Key(Key),
}

impl Message {
    pub fn encode(&self) -> String {
        match self {
            Message::Hello => "hello".to_string(),
            Message::State(session) => format!("state\n{}", session.encode()),
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
        let session = text.strip_prefix("state\n")?;
        Some(Session::decode(scenario, session).map(Message::State))
    }
}

/// The name of the channel a scenario's workshop windows share.
pub fn channel(scenario_id: &str) -> String {
    format!("judgement-call/workshop/{scenario_id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;
    use crate::workshop::session::{Action, apply, start};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> e1\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> e1\n\
        == ending e1\ntitle: One\n";

    #[test]
    fn messages_round_trip_and_strangers_are_ignored() {
        let scenario = engine::load(STORY).expect("loads");
        let session = apply(&scenario, &start(&scenario, 60), &Action::Votes(vec![3, 1])).expect("votes");
        for message in [Message::Hello, Message::Key(Key::Reveal), Message::State(session)] {
            assert_eq!(Message::decode(&scenario, &message.encode()), Some(Ok(message)));
        }
        assert_eq!(Message::decode(&scenario, "key dance"), None);
        assert_eq!(Message::decode(&scenario, "gossip"), None);
        assert!(matches!(Message::decode(&scenario, "state\nnonsense"), Some(Err(_))));
        assert_eq!(Key::from_key("N"), Some(Key::Next));
        assert_eq!(Key::from_key("x"), None);
        assert_eq!(channel("room"), "judgement-call/workshop/room");
    }
}
