//! The room's state as the presenter publishes it: the presentation (with the hand counts
//! left out until they are revealed), how many have voted, whether the room asks for names,
//! whether the facilitator has closed the room, and a number that only grows, so a phone or a projector that hears an older state (a
//! retained message from before a reconnect, say) keeps the newer one. Sealed with the
//! presenter's secret (`key`), so only the presenter can change what the room shows.

use codec::lines;
use engine::scenario::Scenario;

use super::key::{Room, Secret};
use crate::presentation::Presentation;

/// Whether participants answer anonymously, under their name, or one device per table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Naming {
    #[default]
    Anonymous,
    Named,
    Teams,
}

impl Naming {
    pub const ALL: [Naming; 3] = [Naming::Anonymous, Naming::Named, Naming::Teams];

    pub fn as_str(self) -> &'static str {
        match self {
            Naming::Anonymous => "anonymous",
            Naming::Named => "named",
            Naming::Teams => "teams",
        }
    }

    pub fn parse(text: &str) -> Option<Naming> {
        Naming::ALL.into_iter().find(|n| n.as_str() == text)
    }
}

/// What the presenter tells the room.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Grows with every state published, across reloads (the presenter takes the larger of
    /// one more than its last and the time in milliseconds).
    pub seq: u64,
    pub naming: Naming,
    /// How many participants have voted in the open poll.
    pub voted: u32,
    /// The presentation, with its hand counts zero until revealed.
    pub presentation: Presentation,
    /// The facilitator has closed the room: phones stop voting and say so, and a phone
    /// that opens the link later is told rather than left waiting.
    pub closed: bool,
}

/// The first line of a state's text.
const FORMAT: &str = "jcl1 state";

/// The line after which the presentation's own text follows.
const PRESENTATION: &str = "presentation";

impl State {
    /// The state as the room may see it: `presentation`'s hand counts and confidence hands
    /// only once revealed.
    pub fn new(seq: u64, naming: Naming, voted: u32, presentation: &Presentation) -> State {
        let mut presentation = presentation.clone();
        if !presentation.revealed {
            presentation.votes.iter_mut().for_each(|v| *v = 0);
            presentation.hands = [0; 3];
        }
        State { seq, naming, voted, presentation, closed: false }
    }

    /// The state as text, sealed with the presenter's secret.
    pub fn seal(&self, secret: &Secret) -> String {
        let mut out = lines::Writer::new(FORMAT);
        out.field("seq", self.seq).field("naming", self.naming.as_str()).field("voted", self.voted);
        if self.closed {
            out.field("closed", "yes");
        }
        let head = out.finish();
        secret.seal(&format!("{head}\n{PRESENTATION}\n{}", self.presentation.encode()))
    }

    /// Reads a sealed state of `room` for `scenario`; `None` when it is not sealed by the
    /// room's presenter, does not read, or is for another scenario or version of it.
    pub fn open(room: &Room, scenario: &Scenario, bytes: &[u8]) -> Option<State> {
        State::sealed(bytes)?;
        State::read(scenario, room.open(std::str::from_utf8(bytes).ok()?)?)
    }

    /// A message's body and seal, unchecked; `None` when it is too long or not a sealed
    /// text. A host that checks seals itself checks these, then reads the body with
    /// [`State::read`].
    pub fn sealed(bytes: &[u8]) -> Option<(&str, [u8; 64])> {
        if bytes.len() > SIZE {
            return None;
        }
        super::key::unsealed(std::str::from_utf8(bytes).ok()?)
    }

    /// Reads a state's body, whose seal was checked; `None` when it does not read or is for
    /// another scenario or version of it.
    pub fn read(scenario: &Scenario, body: &str) -> Option<State> {
        let (head, presentation) = body.split_once(&format!("\n{PRESENTATION}\n"))?;
        let (mut seq, mut naming, mut voted, mut closed) = (None, None, None, false);
        for (field, value) in lines::fields(head, FORMAT)? {
            match field {
                "seq" => seq = Some(value.parse().ok()?),
                "naming" => naming = Some(Naming::parse(value)?),
                "voted" => voted = Some(value.parse().ok()?),
                "closed" if value == "yes" => closed = true,
                _ => return None,
            }
        }
        let presentation = Presentation::decode(scenario, presentation).ok()?;
        Some(State { seq: seq?, naming: naming?, voted: voted?, presentation, closed })
    }
}

/// The longest state a room reads, in bytes (a long workshop's path and queue fit many times).
pub const SIZE: usize = 8 * 1024;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presentation::{Action, apply, start};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> e1\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> e1\n\
        == ending e1\ntitle: One\n";

    #[test]
    fn the_room_sees_counts_only_once_revealed_and_only_from_its_presenter() {
        let scenario = engine::load(STORY).expect("loads");
        let secret = Secret::from_bytes([1; 32]);
        let room = secret.room();
        let voted = apply(&scenario, &start(&scenario, 60), &Action::Votes(vec![4, 2])).expect("votes");
        let hidden = State::new(9, Naming::Named, 6, &voted);
        assert_eq!(hidden.presentation.votes, [0, 0]);
        let text = hidden.seal(&secret);
        assert_eq!(State::open(&room, &scenario, text.as_bytes()), Some(hidden));
        let revealed = apply(&scenario, &voted, &Action::Reveal).expect("reveals");
        assert_eq!(State::new(10, Naming::Anonymous, 6, &revealed).presentation.votes, [4, 2]);
        // Sealed by another secret, edited, or for another version of the scenario: unread.
        let stranger = State::new(11, Naming::Anonymous, 0, &voted).seal(&Secret::from_bytes([2; 32]));
        assert_eq!(State::open(&room, &scenario, stranger.as_bytes()), None);
        assert_eq!(State::open(&room, &scenario, text.replace("voted 6", "voted 7").as_bytes()), None);
        let edited = engine::load(&STORY.replace("title: Room", "title: Room 2")).expect("loads");
        assert_eq!(State::open(&room, &edited, text.as_bytes()), None);
        assert_eq!(State::open(&room, &scenario, &vec![b'a'; SIZE + 1]), None);
        let closed = State { seq: 12, closed: true, ..State::new(0, Naming::Anonymous, 0, &voted) };
        let sealed = closed.seal(&secret);
        assert!(sealed.contains("\nclosed yes\n"), "{sealed}");
        assert_eq!(State::open(&room, &scenario, sealed.as_bytes()), Some(closed));
        assert_eq!(State::open(&room, &scenario, sealed.replace("closed yes", "closed no").as_bytes()), None);
    }
}
