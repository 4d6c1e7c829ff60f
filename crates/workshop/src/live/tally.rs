//! The presenter's count of a live room's ballots: one ballot per participant per poll, the
//! highest-numbered one, checked before it counts. Everything else is dropped and counted by
//! its reason ([`Refusal`]), so the presenter can see a room being flooded or forged without
//! anything a participant sent reaching the tally.

use std::collections::BTreeMap;
use std::fmt;

use codec::lines;
use engine::playthrough::{Confidence, fits};
use engine::scenario::Scenario;

use super::ballot::{Ballot, Id};
use crate::presentation::{Presentation, count, current};

/// The most participants one poll counts; a ballot from one more is refused as [`Refusal::Full`].
pub const VOTERS: usize = 1000;

/// The least time between two ballots of one participant, in milliseconds: enough to change
/// an answer by hand, too little to flood.
pub const SPACING: f64 = 250.0;

/// Why a message was not counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Refusal {
    /// Not a ballot: too long, not text, or fields that do not read.
    Malformed,
    /// A ballot whose link is not its participant's.
    Forged,
    /// A ballot numbered no higher than one already counted from the same participant.
    Replayed,
    /// A ballot for another poll than the one open.
    Late,
    /// A ballot sent after voting closed.
    Locked,
    /// An answer that does not fit the decision (an option it does not have, say).
    Unfit,
    /// A ballot too soon after the participant's last.
    Flood,
    /// A ballot from a participant beyond the most a poll counts.
    Full,
}

impl Refusal {
    pub const ALL: [Refusal; 8] = [
        Refusal::Malformed,
        Refusal::Forged,
        Refusal::Replayed,
        Refusal::Late,
        Refusal::Locked,
        Refusal::Unfit,
        Refusal::Flood,
        Refusal::Full,
    ];

    /// A few words for the presenter.
    pub fn label(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::Forged => "forged",
            Refusal::Replayed => "repeated",
            Refusal::Late => "for another decision",
            Refusal::Locked => "after voting closed",
            Refusal::Unfit => "not an answer here",
            Refusal::Flood => "too fast",
            Refusal::Full => "over the limit of participants",
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The ballots of a live room.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    /// The most participants a poll counts ([`VOTERS`]).
    limit: usize,
    /// The poll the ballots are for.
    poll: u32,
    /// This poll's counted ballot per participant.
    ballots: BTreeMap<Id, Ballot>,
    /// The highest ballot number counted per participant, and when it arrived, over every poll.
    last: BTreeMap<Id, (u32, f64)>,
    /// Messages dropped, by reason.
    dropped: BTreeMap<Refusal, u32>,
}

impl Default for Tally {
    fn default() -> Tally {
        Tally::with_limit(VOTERS)
    }
}

impl Tally {
    /// A tally that counts at most `limit` participants a poll.
    pub fn with_limit(limit: usize) -> Tally {
        Tally { limit, poll: 0, ballots: BTreeMap::new(), last: BTreeMap::new(), dropped: BTreeMap::new() }
    }

    /// Reads a message that arrived at `now` (milliseconds) while the room stood as
    /// `presentation`, and counts it if it is a genuine, fresh ballot for the open poll that
    /// fits the decision; else drops it and says why.
    pub fn receive(
        &mut self,
        scenario: &Scenario,
        presentation: &Presentation,
        now: f64,
        bytes: &[u8],
    ) -> Result<(), Refusal> {
        let result = self.check(scenario, presentation, now, bytes);
        if let Err(refusal) = result {
            self.refuse(refusal);
        }
        result
    }

    fn check(
        &mut self,
        scenario: &Scenario,
        presentation: &Presentation,
        now: f64,
        bytes: &[u8],
    ) -> Result<(), Refusal> {
        self.follow(presentation.poll);
        let ballot = Ballot::decode(bytes).ok_or(Refusal::Malformed)?;
        let last = self.last.get(&ballot.voter).copied();
        if last.is_some_and(|(seq, _)| ballot.seq <= seq) {
            return Err(Refusal::Replayed);
        }
        if !ballot.genuine() {
            return Err(Refusal::Forged);
        }
        if ballot.poll != presentation.poll {
            return Err(Refusal::Late);
        }
        if presentation.locked {
            return Err(Refusal::Locked);
        }
        let decision = current(scenario, &presentation.playthrough).ok_or(Refusal::Late)?;
        if !fits(decision, &ballot.response) {
            return Err(Refusal::Unfit);
        }
        if last.is_some_and(|(_, at)| now - at < SPACING) {
            return Err(Refusal::Flood);
        }
        if !self.ballots.contains_key(&ballot.voter) && self.ballots.len() >= self.limit {
            return Err(Refusal::Full);
        }
        self.last.insert(ballot.voter, (ballot.seq, now));
        self.ballots.insert(ballot.voter, ballot);
        Ok(())
    }

    /// Starts counting `poll` afresh when it is not the one counted.
    fn follow(&mut self, poll: u32) {
        if poll != self.poll {
            self.poll = poll;
            self.ballots.clear();
        }
    }

    /// Counts a message dropped elsewhere (a forged state on the state topic, say).
    pub fn refuse(&mut self, refusal: Refusal) {
        *self.dropped.entry(refusal).or_default() += 1;
    }

    /// How many participants have voted in `poll`.
    pub fn voted(&self, poll: u32) -> usize {
        if poll == self.poll { self.ballots.len() } else { 0 }
    }

    /// The hand counts per option of `presentation`'s decision, as typed counts are kept.
    pub fn votes(&self, scenario: &Scenario, presentation: &Presentation) -> Vec<u32> {
        let options = current(scenario, &presentation.playthrough).map_or(0, |d| d.options.len());
        let mut votes = vec![0; options];
        for ballot in self.counted(presentation.poll) {
            count(&ballot.response.answer, &mut votes);
        }
        votes
    }

    /// How many said Unsure, Fairly sure and Sure.
    pub fn hands(&self, poll: u32) -> [u32; 3] {
        let mut hands = [0; 3];
        for ballot in self.counted(poll) {
            let level = ballot.response.confidence.map(Confidence::level);
            if let Some(slot) = level.and_then(|l| hands.get_mut(usize::from(l).wrapping_sub(1))) {
                *slot += 1;
            }
        }
        hands
    }

    /// This poll's ballots, in the order of their participants' ids.
    pub fn counted(&self, poll: u32) -> impl Iterator<Item = &Ballot> {
        self.ballots.values().filter(move |_| poll == self.poll)
    }

    /// Messages dropped so far, by reason (reasons with none left out).
    pub fn dropped(&self) -> impl Iterator<Item = (Refusal, u32)> + '_ {
        self.dropped.iter().map(|(r, n)| (*r, *n))
    }

    /// The tally as text, in the line form, for the presenter to save: the open poll's
    /// ballots and every participant's last ballot number. The dropped counts start again.
    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(FORMAT);
        out.field("poll", self.poll);
        for (voter, (seq, _)) in &self.last {
            out.field("last", format_args!("{} {seq}", voter.to_hex()));
        }
        for ballot in self.ballots.values() {
            out.field("ballot", lines::escape(&ballot.encode()));
        }
        out.finish()
    }

    /// Reads what [`Tally::encode`] wrote; `None` when any line does not read.
    pub fn decode(text: &str) -> Option<Tally> {
        let mut tally = Tally::default();
        for (field, value) in lines::fields(text, FORMAT)? {
            match field {
                "poll" => tally.poll = value.parse().ok()?,
                "last" => {
                    let (voter, seq) = value.split_once(' ')?;
                    tally.last.insert(Id::from_hex(voter)?, (seq.parse().ok()?, f64::NEG_INFINITY));
                }
                "ballot" => {
                    let ballot = Ballot::decode(lines::unescape(value).as_bytes()).filter(Ballot::genuine)?;
                    tally.ballots.insert(ballot.voter, ballot);
                }
                _ => return None,
            }
        }
        Some(tally)
    }
}

/// The first line of a saved tally.
const FORMAT: &str = "jcl1 tally";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::live::ballot::Voter;
    use crate::presentation::{Action, apply, start};
    use engine::playthrough::Response;

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  -> d2\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> d2\n\
        == decision d2\nask: ?\n* p: P\n  ratings: a 6, b 6, c 6\n  -> e1\n* q: Q\n  ratings: a 2, b 2, c 2\n  -> e1\n\
        == ending e1\ntitle: One\n";

    fn ballot(voter: u8, seq: u32, poll: u32, option: usize) -> Vec<u8> {
        // d1 asks for confidence, d2 does not.
        let confidence = (poll == 0).then_some(Confidence::Sure);
        let response = Response::new(engine::playthrough::Answer::Pick(option), confidence);
        Ballot::cast(&Voter::from_bytes([voter; 32]), seq, poll, response, "")
            .expect("in the chain")
            .encode()
            .into_bytes()
    }

    #[test]
    fn one_participant_counts_once_with_their_latest_answer() {
        let scenario = engine::load(STORY).expect("loads");
        let room = start(&scenario, 60);
        let mut tally = Tally::default();
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(1, 1, 0, 0)), Ok(()));
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(2, 1, 0, 0)), Ok(()));
        // Participant 1 changes their mind; the resend of the same ballot counts nothing.
        assert_eq!(tally.receive(&scenario, &room, 1_000.0, &ballot(1, 2, 0, 1)), Ok(()));
        assert_eq!(tally.receive(&scenario, &room, 2_000.0, &ballot(1, 2, 0, 1)), Err(Refusal::Replayed));
        assert_eq!(tally.votes(&scenario, &room), [1, 1]);
        assert_eq!(tally.hands(0), [0, 0, 2]);
        assert_eq!(tally.voted(0), 2);
        // Saved and read back, it counts the same and still refuses the old ballot.
        let mut again = Tally::decode(&tally.encode()).expect("reads");
        assert_eq!(again.votes(&scenario, &room), [1, 1]);
        assert_eq!(again.receive(&scenario, &room, 9_000.0, &ballot(1, 2, 0, 0)), Err(Refusal::Replayed));
    }

    #[test]
    fn forged_late_locked_unfit_and_flooding_ballots_are_dropped_and_counted() {
        let scenario = engine::load(STORY).expect("loads");
        let room = start(&scenario, 60);
        let mut tally = Tally::default();
        let mut forged = String::from_utf8(ballot(1, 3, 0, 0)).expect("text");
        let other = String::from_utf8(ballot(2, 3, 0, 0)).expect("text");
        let voter = |text: &str| text.lines().find(|l| l.starts_with("voter")).unwrap_or_default().to_string();
        forged = forged.replace(&voter(&forged), &voter(&other)).replace("seq 3", "seq 4");
        assert_eq!(tally.receive(&scenario, &room, 0.0, forged.as_bytes()), Err(Refusal::Forged));
        assert_eq!(tally.receive(&scenario, &room, 0.0, b"<script>"), Err(Refusal::Malformed));
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(1, 1, 7, 0)), Err(Refusal::Late));
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(1, 2, 0, 5)), Err(Refusal::Unfit));
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(1, 3, 0, 0)), Ok(()));
        assert_eq!(tally.receive(&scenario, &room, 100.0, &ballot(1, 4, 0, 1)), Err(Refusal::Flood));
        let locked = apply(&scenario, &room, &Action::Lock).expect("locks");
        assert_eq!(tally.receive(&scenario, &locked, 1_000.0, &ballot(1, 5, 0, 1)), Err(Refusal::Locked));
        assert_eq!(tally.votes(&scenario, &room), [1, 0]);
        let dropped: Vec<(Refusal, u32)> = tally.dropped().collect();
        assert_eq!(
            dropped,
            [
                (Refusal::Malformed, 1),
                (Refusal::Forged, 1),
                (Refusal::Late, 1),
                (Refusal::Locked, 1),
                (Refusal::Unfit, 1),
                (Refusal::Flood, 1)
            ]
        );
    }

    #[test]
    fn the_next_decision_opens_a_fresh_poll() {
        let scenario = engine::load(STORY).expect("loads");
        let room = start(&scenario, 60);
        let mut tally = Tally::default();
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(1, 1, 0, 1)), Ok(()));
        let voted = apply(&scenario, &room, &Action::Votes(tally.votes(&scenario, &room))).expect("votes");
        let next = apply(&scenario, &voted, &Action::Follow(crate::presentation::Follow::Majority)).expect("follows");
        assert_eq!(next.poll, 1);
        assert_eq!(tally.votes(&scenario, &next), [0, 0]);
        assert_eq!(tally.receive(&scenario, &next, 1_000.0, &ballot(1, 2, 0, 1)), Err(Refusal::Late));
        assert_eq!(tally.receive(&scenario, &next, 1_000.0, &ballot(1, 3, 1, 0)), Ok(()));
        assert_eq!(tally.votes(&scenario, &next), [1, 0]);
    }

    #[test]
    fn a_full_poll_refuses_newcomers_but_not_those_counted() {
        let scenario = engine::load(STORY).expect("loads");
        let room = start(&scenario, 60);
        let mut tally = Tally::with_limit(20);
        for i in 0..20u64 {
            let voter = Voter::from_bytes({
                let mut seed = [0u8; 32];
                seed[..8].copy_from_slice(&i.to_le_bytes());
                seed
            });
            let response = Response::new(engine::playthrough::Answer::Pick(0), Some(Confidence::Sure));
            let text = Ballot::cast(&voter, 1, 0, response, "").expect("1").encode();
            assert_eq!(tally.receive(&scenario, &room, 0.0, text.as_bytes()), Ok(()));
        }
        assert_eq!(tally.receive(&scenario, &room, 0.0, &ballot(200, 1, 0, 0)), Err(Refusal::Full));
        assert_eq!(tally.voted(0), 20);
        // Someone already counted may still change their answer.
        let response = Response::new(engine::playthrough::Answer::Pick(1), Some(Confidence::Sure));
        let seed = [0u8; 32];
        let again = Ballot::cast(&Voter::from_bytes(seed), 2, 0, response, "").expect("2").encode();
        assert_eq!(tally.receive(&scenario, &room, 1_000.0, again.as_bytes()), Ok(()));
        assert_eq!(tally.votes(&scenario, &room), [19, 1]);
    }
}
