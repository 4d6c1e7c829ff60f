//! A participant's ballot: their answer in one poll of a live room, sent from their phone.
//!
//! A phone has no key the room knows, and a phone should not have to sign (a signing key
//! costs a participant's download more than the rest of the room together). Instead each
//! phone draws a random seed and hashes it [`LINKS`] times: the last hash is the
//! participant's id ([`Id`], public), and ballot number `seq` carries the hash `LINKS - seq`
//! steps along the chain ([`Voter::link`]). Anyone can check a ballot by hashing its link
//! `seq` times and finding the id ([`Ballot::genuine`]); nobody but the phone can make the link of
//! a number not yet sent, so nobody can vote for another participant, and a copy of a ballot
//! already counted counts nothing (the tally keeps the highest number it has seen per id).

use codec::lines;
use engine::playthrough::{Response, decode_response, encode_response};
use sha2::{Digest, Sha256};

use super::key::{hex, unhex};

/// How many ballots one participant id can send: a workshop of 20 decisions with every
/// answer changed ten times stays far below it. A phone that runs out draws a new id.
pub const LINKS: u32 = 1024;

/// The longest name a participant may give, in characters.
pub const NAME: usize = 40;

/// The longest ballot a room reads, in bytes.
pub const SIZE: usize = 1024;

/// A participant's id: the end of their chain of hashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(pub [u8; 32]);

impl Id {
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    pub fn from_hex(text: &str) -> Option<Id> {
        unhex(text).map(Id)
    }
}

/// A phone's seed, from which its id and every link are hashed.
#[derive(Clone, PartialEq, Eq)]
pub struct Voter([u8; 32]);

impl std::fmt::Debug for Voter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Voter(…)")
    }
}

fn hashed(mut value: [u8; 32], times: u32) -> [u8; 32] {
    for _ in 0..times {
        value = Sha256::digest(value).into();
    }
    value
}

impl Voter {
    /// The seed, from 32 random bytes the caller draws.
    pub fn from_bytes(bytes: [u8; 32]) -> Voter {
        Voter(bytes)
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    pub fn from_hex(text: &str) -> Option<Voter> {
        unhex(text).map(Voter)
    }

    pub fn id(&self) -> Id {
        Id(hashed(self.0, LINKS))
    }

    /// The link ballot number `seq` carries; `None` outside `1..=LINKS`.
    pub fn link(&self, seq: u32) -> Option<[u8; 32]> {
        (1..=LINKS).contains(&seq).then(|| hashed(self.0, LINKS - seq))
    }
}

/// One ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    pub voter: Id,
    /// The ballot's number: every ballot a phone sends has a higher one.
    pub seq: u32,
    /// The link of the voter's chain for `seq`.
    pub link: [u8; 32],
    /// The poll the answer is for (see [`crate::presentation::Presentation::poll`]).
    pub poll: u32,
    pub response: Response,
    /// The participant's or their table's name, when the room asks for names; else empty.
    pub name: String,
}

/// The first line of a ballot's text.
const FORMAT: &str = "jcl1 ballot";

impl Ballot {
    /// The voter's ballot number `seq` for `poll`; `None` when the voter's chain has no
    /// such number.
    pub fn cast(voter: &Voter, seq: u32, poll: u32, response: Response, name: &str) -> Option<Ballot> {
        Some(Ballot { voter: voter.id(), seq, link: voter.link(seq)?, poll, response, name: name.trim().to_string() })
    }

    /// Whether the link belongs to the voter's chain at this number.
    pub fn genuine(&self) -> bool {
        (1..=LINKS).contains(&self.seq) && hashed(self.link, self.seq) == self.voter.0
    }

    /// The ballot as text, in the line form.
    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(FORMAT);
        out.field("voter", self.voter.to_hex())
            .field("seq", self.seq)
            .field("link", hex(&self.link))
            .field("poll", self.poll)
            .field("answer", encode_response(&self.response));
        if !self.name.is_empty() {
            out.field("name", lines::escape(&self.name));
        }
        out.finish()
    }

    /// Reads what [`Ballot::encode`] wrote; `None` for anything else, including a ballot
    /// over [`SIZE`] bytes or a name that is too long or holds control characters. Whether
    /// it is genuine is [`Ballot::genuine`]'s question.
    pub fn decode(bytes: &[u8]) -> Option<Ballot> {
        if bytes.len() > SIZE {
            return None;
        }
        let text = std::str::from_utf8(bytes).ok()?;
        let (mut voter, mut seq, mut link, mut poll, mut response, mut name) = (None, None, None, None, None, None);
        for (field, value) in lines::fields(text, FORMAT)? {
            let slot = match field {
                "voter" => voter.replace(Id::from_hex(value)?).is_some(),
                "seq" => seq.replace(value.parse::<u32>().ok()?).is_some(),
                "link" => link.replace(unhex::<32>(value)?).is_some(),
                "poll" => poll.replace(value.parse::<u32>().ok()?).is_some(),
                "answer" => response.replace(decode_response(value)?).is_some(),
                "name" => name.replace(lines::unescape(value)).is_some(),
                _ => return None,
            };
            if slot {
                return None;
            }
        }
        let name = name.unwrap_or_default();
        if name.chars().count() > NAME || name.chars().any(char::is_control) {
            return None;
        }
        Some(Ballot { voter: voter?, seq: seq?, link: link?, poll: poll?, response: response?, name })
    }
}

/// What a phone keeps about its place in a room: its seed, the number of its last ballot
/// (the next must be higher) and the name it answers under, when the room asks for one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seat {
    pub voter: Voter,
    pub seq: u32,
    pub name: String,
}

/// The first line of a saved seat.
const SEAT: &str = "jcl1 seat";

impl Seat {
    /// The next ballot for `poll` with `response`, and the seat that cast it; `None` once
    /// the voter's chain is spent.
    pub fn cast(&self, poll: u32, response: Response) -> Option<(Ballot, Seat)> {
        let seq = self.seq + 1;
        let ballot = Ballot::cast(&self.voter, seq, poll, response, &self.name)?;
        Some((ballot, Seat { seq, ..self.clone() }))
    }

    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(SEAT);
        out.field("voter", self.voter.to_hex()).field("seq", self.seq).field("name", lines::escape(&self.name));
        out.finish()
    }

    /// Reads what [`Seat::encode`] wrote; `None` when it does not read.
    pub fn decode(text: &str) -> Option<Seat> {
        let (mut voter, mut seq, mut name) = (None, 0, String::new());
        for (field, value) in lines::fields(text, SEAT)? {
            match field {
                "voter" => voter = Some(Voter::from_hex(value)?),
                "seq" => seq = value.parse().ok()?,
                "name" => name = lines::unescape(value),
                _ => {}
            }
        }
        Some(Seat { voter: voter?, seq, name })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ballot_is_genuine_only_with_its_own_link() {
        let voter = Voter::from_bytes([3; 32]);
        let ballot = Ballot::cast(&voter, 5, 2, Response::pick(1), " Ana ").expect("in the chain");
        assert_eq!(ballot.name, "Ana");
        assert!(ballot.genuine());
        assert_eq!(Ballot::decode(ballot.encode().as_bytes()), Some(ballot.clone()));
        // Someone who saw ballot 5 cannot make ballot 6, nor pass ballot 5 off as 6.
        assert!(!Ballot { seq: 6, ..ballot.clone() }.genuine());
        assert!(!Ballot { voter: Voter::from_bytes([4; 32]).id(), ..ballot.clone() }.genuine());
        assert!(Ballot::cast(&voter, 6, 2, Response::pick(1), "").expect("6").genuine());
        assert_eq!(Ballot::cast(&voter, 0, 2, Response::pick(1), ""), None);
        assert_eq!(Ballot::cast(&voter, LINKS + 1, 2, Response::pick(1), ""), None);
        assert!(Ballot::cast(&voter, LINKS, 2, Response::pick(1), "").expect("last").genuine());
        assert_eq!(Voter::from_hex(&voter.to_hex()), Some(voter));
    }

    #[test]
    fn what_is_not_a_ballot_does_not_read() {
        let voter = Voter::from_bytes([3; 32]);
        let text = Ballot::cast(&voter, 1, 0, Response::pick(0), "Table 4").expect("1").encode();
        assert!(Ballot::decode(text.as_bytes()).is_some());
        let long = format!("{text}\n{}", " ".repeat(SIZE));
        let bad = [
            text.replace("jcl1 ballot", "jcl2 ballot"),
            text.replace("answer p0", "answer q0"),
            text.replace("seq 1", "seq -1"),
            text.replace("poll 0", "poll 0\npoll 1"),
            text.replace("name Table 4", &format!("name {}", "x".repeat(NAME + 1))),
            text.replace("name Table 4", "name a\\nb"),
            format!("{text}\ncolour red"),
            text.lines().filter(|l| !l.starts_with("link")).collect::<Vec<_>>().join("\n"),
            long,
        ];
        for text in bad {
            assert_eq!(Ballot::decode(text.as_bytes()), None, "{text}");
        }
        assert_eq!(Ballot::decode(&[0xff, 0xfe]), None);
    }

    #[test]
    fn a_seat_casts_numbered_ballots_and_reads_back() {
        let seat = Seat { voter: Voter::from_bytes([3; 32]), seq: 0, name: "Table 4".into() };
        let response = Response::new(engine::playthrough::Answer::Pick(1), None);
        let (first, seat) = seat.cast(2, response.clone()).expect("in the chain");
        let (second, seat) = seat.cast(2, response).expect("in the chain");
        assert_eq!((first.seq, second.seq, second.name.as_str()), (1, 2, "Table 4"));
        assert!(first.genuine() && second.genuine());
        assert_eq!(Seat::decode(&seat.encode()), Some(seat.clone()));
        assert_eq!(Seat::decode(&seat.encode().replace("seq 2", "seq x")), None);
        let spent = Seat { seq: LINKS, ..seat };
        assert_eq!(spent.cast(2, Response::new(engine::playthrough::Answer::Pick(0), None)), None);
    }
}
