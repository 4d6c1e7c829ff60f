//! A facilitated workshop's presentation as data: where the room is in the story, the votes
//! at the current decision, whether they are revealed, the timer, the branches still to visit
//! and what the projector shows. Every change is an [`Action`] applied by [`apply`], a pure
//! function, so a test can run a whole workshop; [`Presentation::encode`] and
//! [`Presentation::decode`] give the text form the presenter window saves and sends to its
//! projector windows.

use std::fmt;

use codec::lines;
use engine::analyse;
use engine::playthrough::{Answer, Confidence, Cursor, Playthrough, Response, Step, replay};
use engine::scenario::{Decision, DecisionKind, NodeId, Scenario};
use site::workshop::room_label;

/// Which branch the room follows from a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Follow {
    /// The option with the most votes.
    Majority,
    /// The option the facilitator chooses.
    Option(usize),
    /// The two most-voted options, one after the other: the second once the first ends.
    BothInTurn,
}

/// The round timer, driven by times the caller passes in (the presentation reads no clock).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    /// The length of a round.
    pub seconds: u32,
    /// When the running stretch started, in milliseconds; `None` while paused.
    pub started: Option<f64>,
    /// Milliseconds run before the running stretch.
    pub run: f64,
}

impl Timer {
    /// Milliseconds left at `now`, never below zero.
    pub fn remaining(&self, now: f64) -> f64 {
        let running = self.started.map_or(0.0, |start| (now - start).max(0.0));
        (f64::from(self.seconds) * 1000.0 - self.run - running).max(0.0)
    }
}

/// What the projector shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// How participants join on their phones: the link and its QR code.
    Join,
    /// The story so far: what happened, then the scene before the decision (or the ending).
    #[default]
    Scene,
    /// The decision: the question, the options, the timer and, once revealed, the votes.
    Question,
}

impl Screen {
    pub const ALL: [Screen; 3] = [Screen::Join, Screen::Scene, Screen::Question];

    pub fn as_str(self) -> &'static str {
        match self {
            Screen::Join => "join",
            Screen::Scene => "scene",
            Screen::Question => "question",
        }
    }

    pub fn parse(text: &str) -> Option<Screen> {
        Screen::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A facilitated workshop as it stands: everything the presenter and projector windows show.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    /// The path the room has taken.
    pub playthrough: Playthrough,
    /// Hands raised for each option at the current decision, in authored order.
    pub votes: Vec<u32>,
    /// Hands raised for Unsure, Fairly sure and Sure, when the facilitator asks.
    pub hands: [u32; 3],
    /// Whether the room's votes are shown beside the experts' ratings.
    pub revealed: bool,
    /// Branches to visit after this one ends ("both in turn").
    pub queue: Vec<Playthrough>,
    pub timer: Timer,
    /// What the projector shows.
    pub screen: Screen,
    /// The room's label, shown with the join link (see [`room_label`]); may be empty.
    pub room: String,
    /// The poll: voting at one decision, numbered one more each time the current decision
    /// changes, so a live room's ballots name the poll they answer. A presenter starts a
    /// workshop's polls from the clock (seconds) and a restart goes on from the last, so a
    /// room's retained ballots from an earlier run never count in a later one.
    pub poll: u32,
    /// Whether voting at the current decision is closed (a live room's timer closes it at zero).
    pub locked: bool,
}

/// One change to a presentation.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed hand counts for one option.
    Vote {
        option: usize,
        count: u32,
    },
    /// All hand counts at once (e.g. from imported participant codes).
    Votes(Vec<u32>),
    /// Show-of-hands confidence.
    Hands([u32; 3]),
    Reveal,
    Hide,
    /// Move on from the current decision by the chosen branch.
    Follow(Follow),
    /// After an ending, go back for the next branch in the queue.
    NextBranch,
    /// Step back to the previous decision.
    Back,
    StartTimer {
        now: f64,
    },
    PauseTimer {
        now: f64,
    },
    ResetTimer {
        seconds: u32,
    },
    /// Changes what the projector shows.
    Show(Screen),
    /// Names the room (see [`room_label`]).
    Room(String),
    /// Closes voting at the current decision.
    Lock,
    /// Opens it again.
    Unlock,
}

/// Why an action was refused; the presentation is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresentationError {
    /// There is no decision to act on: the story has ended.
    Ended,
    /// The option does not exist at this decision.
    NoSuchOption,
    /// Votes are tied, so "majority" does not say which way to go.
    Tie,
    /// Nobody has voted yet.
    NoVotes,
    /// Nothing to go back to.
    Nothing,
    /// No other branch is waiting ("both in turn" was not chosen, or every branch is done).
    NoBranch,
    /// The room's label has characters a link cannot carry, or is too long.
    BadRoom,
}

impl fmt::Display for PresentationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PresentationError::Ended => "the story has ended",
            PresentationError::NoSuchOption => "there is no such option here",
            PresentationError::Tie => "the vote is tied: choose which option the room follows",
            PresentationError::NoVotes => "nobody has voted yet",
            PresentationError::Nothing => "there is nothing to go back to",
            PresentationError::NoBranch => "no other branch is waiting: the story has ended",
            PresentationError::BadRoom => "a room's name is up to 24 letters, digits and dashes",
        })
    }
}

impl std::error::Error for PresentationError {}

/// A presentation at the scenario's start, with a round of `seconds`.
pub fn start(scenario: &Scenario, seconds: u32) -> Presentation {
    let playthrough = Playthrough::new(scenario, 0);
    let votes = current(scenario, &playthrough).map_or(Vec::new(), |d| vec![0; d.options.len()]);
    Presentation {
        playthrough,
        votes,
        hands: [0; 3],
        revealed: false,
        queue: Vec::new(),
        timer: Timer { seconds, started: None, run: 0.0 },
        screen: Screen::Scene,
        room: String::new(),
        poll: 0,
        locked: false,
    }
}

/// The decision the room stands at, if the story has not ended.
pub fn current<'a>(scenario: &'a Scenario, playthrough: &Playthrough) -> Option<&'a Decision> {
    match replay(scenario, playthrough).ok()?.step {
        Step::Decide { decision, .. } => Some(decision),
        Step::End(_) => None,
    }
}

/// Applies one action, returning the new presentation or why it was refused.
pub fn apply(
    scenario: &Scenario,
    presentation: &Presentation,
    action: &Action,
) -> Result<Presentation, PresentationError> {
    let mut next = presentation.clone();
    match action {
        Action::Vote { option, count } => {
            *next.votes.get_mut(*option).ok_or(PresentationError::NoSuchOption)? = *count;
        }
        Action::Votes(votes) => {
            if votes.len() != next.votes.len() {
                return Err(PresentationError::NoSuchOption);
            }
            next.votes = votes.clone();
        }
        Action::Hands(hands) => next.hands = *hands,
        Action::Reveal => next.revealed = true,
        Action::Hide => next.revealed = false,
        Action::Follow(follow) => {
            let decision = current(scenario, &presentation.playthrough).ok_or(PresentationError::Ended)?;
            let (first, second) = branches(decision, &presentation.votes, *follow)?;
            let confidence = decision.confidence.as_ref().map(|_| room_confidence(&presentation.hands));
            let step = |answer: Answer| -> Result<Playthrough, PresentationError> {
                let mut p = presentation.playthrough.clone();
                p.responses.push(Response::new(answer, confidence));
                replay(scenario, &p).map_err(|_| PresentationError::NoSuchOption)?;
                Ok(p)
            };
            next.playthrough = step(first)?;
            if let Some(second) = second {
                next.queue.insert(0, step(second)?);
            }
            next.settle(scenario);
        }
        Action::NextBranch => {
            if next.queue.is_empty() {
                return Err(PresentationError::NoBranch);
            }
            next.playthrough = next.queue.remove(0);
            next.settle(scenario);
        }
        Action::Back => {
            next.playthrough.responses.pop().ok_or(PresentationError::Nothing)?;
            next.settle(scenario);
        }
        Action::StartTimer { now } => {
            if next.timer.started.is_none() {
                next.timer.started = Some(*now);
            }
        }
        Action::PauseTimer { now } => {
            if let Some(start) = next.timer.started.take() {
                next.timer.run += (now - start).max(0.0);
            }
        }
        Action::ResetTimer { seconds } => next.timer = Timer { seconds: *seconds, started: None, run: 0.0 },
        Action::Show(screen) => next.screen = *screen,
        Action::Room(label) => next.room = room_label(label).ok_or(PresentationError::BadRoom)?,
        Action::Lock => next.locked = true,
        Action::Unlock => next.locked = false,
    }
    Ok(next)
}

impl Presentation {
    /// Clears the votes, the hands, the reveal and the timer for the decision now current.
    fn settle(&mut self, scenario: &Scenario) {
        self.votes = current(scenario, &self.playthrough).map_or(Vec::new(), |d| vec![0; d.options.len()]);
        self.hands = [0; 3];
        self.revealed = false;
        self.timer = Timer { seconds: self.timer.seconds, started: None, run: 0.0 };
        self.screen = Screen::Scene;
        self.poll = self.poll.wrapping_add(1);
        self.locked = false;
    }

    /// The presentation as text, in the line form (`codec::lines`): what the presenter saves and sends to
    /// projector windows. [`Presentation::decode`] reads it back.
    pub fn encode(&self) -> String {
        let numbers = |values: &[u32]| values.iter().map(u32::to_string).collect::<Vec<_>>().join(" ");
        // Times in whole milliseconds, which is all a clock gives, so reading them back needs
        // no decimal parsing (a phone's download carries none).
        let ms = |t: f64| t.max(0.0).round() as u64;
        let started = self.timer.started.map_or("-".to_string(), |t| ms(t).to_string());
        let mut out = lines::Writer::new(PRESENTATION_FORMAT);
        out.field("path", self.playthrough.encode())
            .field("votes", numbers(&self.votes))
            .field("hands", numbers(&self.hands))
            .field("revealed", u8::from(self.revealed))
            .field("timer", format_args!("{} {started} {}", self.timer.seconds, ms(self.timer.run)))
            .field("screen", self.screen.as_str())
            .field("room", &self.room)
            .field("poll", self.poll)
            .field("locked", u8::from(self.locked));
        for branch in &self.queue {
            out.field("queue", branch.encode());
        }
        out.finish()
    }

    /// Reads what [`Presentation::encode`] wrote, checking it against `scenario`: every path must
    /// replay and the votes must fit the decision the room stands at. Never panics.
    pub fn decode(scenario: &Scenario, text: &str) -> Result<Presentation, ReadError> {
        let fields = lines::fields(text, PRESENTATION_FORMAT).ok_or(ReadError::NotAPresentation)?;
        let mut presentation = start(scenario, 0);
        let mut seen = Vec::new();
        for (field, value) in fields {
            let bad = || ReadError::Field(field.to_string());
            let numbers = |value: &str| -> Result<Vec<u32>, ReadError> {
                value.split_whitespace().map(|n| n.parse::<u32>().map_err(|_| bad())).collect()
            };
            let path = |value: &str| -> Result<Playthrough, ReadError> {
                let playthrough = Playthrough::decode(value).map_err(|_| bad())?;
                replay(scenario, &playthrough).map_err(|_| ReadError::OtherScenario)?;
                Ok(playthrough)
            };
            match field {
                "path" => presentation.playthrough = path(value)?,
                "queue" => presentation.queue.push(path(value)?),
                "votes" => presentation.votes = numbers(value)?,
                "hands" => presentation.hands = numbers(value)?.try_into().map_err(|_| bad())?,
                "revealed" => presentation.revealed = flag(value).ok_or_else(bad)?,
                "locked" => presentation.locked = flag(value).ok_or_else(bad)?,
                "poll" => presentation.poll = value.parse().map_err(|_| bad())?,
                "timer" => {
                    let parts: Vec<&str> = value.split(' ').collect();
                    let [seconds, started, run] = parts.as_slice() else { return Err(bad()) };
                    // Whole milliseconds; a fraction (as older saves wrote) is dropped.
                    let time = |t: &str| t.split('.').next()?.parse::<u64>().ok().map(|t| t as f64);
                    presentation.timer = Timer {
                        seconds: seconds.parse().map_err(|_| bad())?,
                        started: if *started == "-" { None } else { Some(time(started).ok_or_else(bad)?) },
                        run: time(run).ok_or_else(bad)?,
                    };
                }
                "screen" => presentation.screen = Screen::parse(value).ok_or_else(bad)?,
                "room" => presentation.room = room_label(value).ok_or_else(bad)?,
                _ => return Err(bad()),
            }
            seen.push(field);
        }
        if !seen.contains(&"path") {
            return Err(ReadError::Field("path".to_string()));
        }
        let options = current(scenario, &presentation.playthrough).map_or(0, |d| d.options.len());
        if presentation.votes.len() != options {
            return Err(ReadError::Field("votes".to_string()));
        }
        Ok(presentation)
    }
}

/// A flag's text: `0` or `1`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    }
}

/// The first line of a presentation's text form. Saved presentations carry this exact text,
/// which keeps the word it was first written with.
const PRESENTATION_FORMAT: &str = "jcw1 session";

/// Why a presentation's text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    NotAPresentation,
    /// A field that is missing, unknown or does not read.
    Field(String),
    /// The path is of another scenario, or another version of it.
    OtherScenario,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotAPresentation => f.write_str("it is not a saved workshop session"),
            ReadError::Field(field) => write!(f, "its `{field}` does not read"),
            ReadError::OtherScenario => f.write_str("it was saved for another version of this scenario"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Where one way on from the current decision leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lead {
    /// To another decision.
    Decision(NodeId),
    /// To an ending.
    Ending(NodeId),
}

/// Where each option of the decision the room stands at leads, from here (state and all):
/// one entry per option for a pick, a single entry for the other kinds (the room moves on
/// with the experts' answer). Empty once the story has ended.
pub fn leads(scenario: &Scenario, playthrough: &Playthrough) -> Vec<Lead> {
    let Some(decision) = current(scenario, playthrough) else { return Vec::new() };
    let confidence = decision.confidence.as_ref().map(|_| Confidence::FairlySure);
    let answers: Vec<Answer> = match decision.kind {
        DecisionKind::Pick => (0..decision.options.len()).map(Answer::Pick).collect(),
        _ => vec![analyse::key(decision)],
    };
    answers
        .into_iter()
        .filter_map(|answer| {
            let mut p = playthrough.clone();
            p.responses.push(Response::new(answer, confidence));
            let position = replay(scenario, &p).ok()?;
            Some(match position.step {
                Step::Decide { .. } => Lead::Decision(position.node),
                Step::End(_) => Lead::Ending(position.node),
            })
        })
        .collect()
}

/// The answer (or two) the room gives. Only a pick chooses a branch by votes; at the other
/// kinds the room discusses and moves on with the experts' own answer, which leads the same
/// way whatever it is.
fn branches(decision: &Decision, votes: &[u32], follow: Follow) -> Result<(Answer, Option<Answer>), PresentationError> {
    if decision.kind != DecisionKind::Pick {
        return Ok((analyse::key(decision), None));
    }
    // The most-voted option but `except` that anyone voted for, the first of a tie (found
    // without sorting, which would cost the module a sort of its own).
    let most = |except: Option<usize>| {
        (0..votes.len()).filter(|&o| Some(o) != except && votes[o] > 0).fold(None, |best, o| match best {
            Some(b) if votes[b] >= votes[o] => Some(b),
            _ => Some(o),
        })
    };
    let (first, second) = (most(None), most(None).and_then(|first| most(Some(first))));
    match follow {
        Follow::Option(option) if option < decision.options.len() => Ok((Answer::Pick(option), None)),
        Follow::Option(_) => Err(PresentationError::NoSuchOption),
        Follow::Majority => {
            let first = first.ok_or(PresentationError::NoVotes)?;
            if second.is_some_and(|second| votes[second] == votes[first]) {
                return Err(PresentationError::Tie);
            }
            Ok((Answer::Pick(first), None))
        }
        Follow::BothInTurn => {
            let first = first.ok_or(PresentationError::NoVotes)?;
            Ok((Answer::Pick(first), second.map(Answer::Pick)))
        }
    }
}

/// The confidence the room's hands show: the level most hands went up for (Fairly sure
/// when nobody raised a hand, or on a tie).
fn room_confidence(hands: &[u32; 3]) -> Confidence {
    let most = hands.iter().copied().max().unwrap_or(0);
    let levels: Vec<usize> = (0..3).filter(|&i| most > 0 && hands[i] == most).collect();
    match levels.as_slice() {
        [only] => Confidence::ALL[*only],
        _ => Confidence::FairlySure,
    }
}

/// Hand counts at a decision from participants' playthroughs, one per option: at a pick,
/// who picked it; at a checklist, who ticked it; at a rate decision, who rated it highest
/// (every option sharing the top rating); at a rank decision, who put it first.
pub fn votes_from(scenario: &Scenario, decision: NodeId, playthroughs: &[Playthrough]) -> Vec<u32> {
    let Some(n) = scenario.decision(decision).map(|d| d.options.len()) else { return Vec::new() };
    let mut votes = vec![0; n];
    for playthrough in playthroughs {
        let Ok((mut cursor, _)) = Cursor::start(scenario, 0) else { continue };
        for response in &playthrough.responses {
            if cursor.node == decision {
                count(&response.answer, &mut votes);
            }
            if cursor.advance(response).is_err() {
                break;
            }
        }
    }
    votes
}

/// Adds one answer to the hand counts at its decision, as [`votes_from`] counts them.
pub fn count(answer: &Answer, votes: &mut [u32]) {
    let mut raise = |i: usize| {
        if let Some(slot) = votes.get_mut(i) {
            *slot += 1;
        }
    };
    match answer {
        Answer::Pick(i) => raise(*i),
        Answer::Tick(ticks) => ticks.iter().enumerate().filter(|(_, t)| **t).for_each(|(i, _)| raise(i)),
        Answer::Rate(ratings) => {
            let top = ratings.iter().copied().max().unwrap_or(0);
            ratings.iter().enumerate().filter(|(_, r)| **r == top).for_each(|(i, _)| raise(i));
        }
        Answer::Rank(order) => order.first().into_iter().for_each(|&i| raise(i)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  -> e1\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> d2\n* z: Z\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        == decision d2 (rate)\nask: ?\n* p: P\n  ratings: a 6, b 6, c 6\n* q: Q\n  ratings: a 2, b 2, c 2\n-> e2\n\
        == ending e1\ntitle: One\n== ending e2\ntitle: Two\n";

    fn run(scenario: &Scenario, presentation: Presentation, actions: &[Action]) -> Presentation {
        actions.iter().fold(presentation, |s, a| apply(scenario, &s, a).unwrap_or_else(|e| panic!("{a:?}: {e}")))
    }

    #[test]
    fn the_room_follows_the_majority_and_then_the_runner_up_in_turn() {
        let scenario = engine::load(STORY).expect("loads");
        let presentation = start(&scenario, 120);
        assert_eq!(presentation.votes, [0, 0, 0]);
        assert_eq!(apply(&scenario, &presentation, &Action::Follow(Follow::Majority)), Err(PresentationError::NoVotes));
        let voted = run(&scenario, presentation, &[Action::Votes(vec![9, 9, 1])]);
        assert_eq!(apply(&scenario, &voted, &Action::Follow(Follow::Majority)), Err(PresentationError::Tie));
        let both = run(
            &scenario,
            voted,
            &[
                Action::Vote { option: 1, count: 12 },
                Action::Hands([1, 2, 8]),
                Action::Reveal,
                Action::Follow(Follow::BothInTurn),
            ],
        );
        // y (12 votes) first: on to d2, with the room's confidence Sure; x (9) waits.
        assert_eq!(both.playthrough.responses, [Response::new(Answer::Pick(1), Some(Confidence::Sure))]);
        assert_eq!(both.queue.len(), 1);
        assert!(!both.revealed && both.votes == [0, 0]);
        // d2 is a rate decision: the room moves on with the experts' answer.
        let ended = run(&scenario, both, &[Action::Follow(Follow::Majority)]);
        assert!(current(&scenario, &ended.playthrough).is_none());
        let second = run(&scenario, ended, &[Action::NextBranch]);
        assert_eq!(second.playthrough.responses[0].answer, Answer::Pick(0));
        assert!(current(&scenario, &second.playthrough).is_none(), "x leads straight to an ending");
        let back = run(&scenario, second, &[Action::Back]);
        assert_eq!(back.votes, [0, 0, 0]);
    }

    #[test]
    fn the_timer_counts_down_across_pauses() {
        let scenario = engine::load(STORY).expect("loads");
        let s = run(
            &scenario,
            start(&scenario, 60),
            &[
                Action::StartTimer { now: 1_000.0 },
                Action::PauseTimer { now: 11_000.0 },
                Action::StartTimer { now: 20_000.0 },
            ],
        );
        assert_eq!(s.timer.remaining(25_000.0), 45_000.0);
        assert_eq!(s.timer.remaining(200_000.0), 0.0);
        let reset = run(&scenario, s, &[Action::ResetTimer { seconds: 90 }]);
        assert_eq!(reset.timer.remaining(0.0), 90_000.0);
    }

    #[test]
    fn participant_playthroughs_become_hand_counts() {
        let scenario = engine::load(STORY).expect("loads");
        let pick = |i| {
            let mut p = Playthrough::new(&scenario, 0);
            p.responses.push(Response::new(Answer::Pick(i), Some(Confidence::Sure)));
            p
        };
        assert_eq!(votes_from(&scenario, NodeId::new(0), &[pick(0), pick(1), pick(1)]), [1, 2, 0]);
        assert_eq!(votes_from(&scenario, NodeId::new(99), &[pick(0)]), Vec::<u32>::new());
        // At the rate decision: who rated each option highest (a tie counts for both).
        let rated = |ratings: Vec<u8>| {
            let mut p = pick(1);
            p.responses.push(Response::new(Answer::Rate(ratings), None));
            p
        };
        let d2 = scenario.nodes().find(|(_, n)| n.id == "d2").expect("d2").0;
        assert_eq!(votes_from(&scenario, d2, &[rated(vec![7, 2]), rated(vec![3, 3]), pick(0)]), [2, 1]);
    }

    #[test]
    fn a_presentation_survives_its_text_form_and_refuses_what_does_not_fit() {
        let scenario = engine::load(STORY).expect("loads");
        let presentation = run(
            &scenario,
            start(&scenario, 90),
            &[
                Action::Votes(vec![2, 5, 5]),
                Action::Follow(Follow::BothInTurn),
                Action::Vote { option: 1, count: 4 },
                Action::Hands([0, 3, 1]),
                Action::Reveal,
                Action::StartTimer { now: 1_700_000_000_000.0 },
                Action::PauseTimer { now: 1_700_000_012_500.0 },
                Action::StartTimer { now: 1_700_000_020_000.0 },
                Action::Show(Screen::Question),
                Action::Room("Tuesday PMs".into()),
            ],
        );
        assert_eq!(presentation.room, "Tuesday-PMs");
        assert_eq!(presentation.queue.len(), 1);
        let text = presentation.encode();
        assert_eq!(Presentation::decode(&scenario, &text), Ok(presentation.clone()));
        assert_eq!(Presentation::decode(&scenario, "hello"), Err(ReadError::NotAPresentation));
        let broken = text.replace("votes 0 4", "votes 0 x");
        assert_eq!(Presentation::decode(&scenario, &broken), Err(ReadError::Field("votes".into())));
        let wrong_length = text.replace("votes 0 4", "votes 0 4 1");
        assert_eq!(Presentation::decode(&scenario, &wrong_length), Err(ReadError::Field("votes".into())));
        let edited = engine::load(&STORY.replace("title: Room", "title: Room, edited")).expect("loads");
        assert_eq!(Presentation::decode(&edited, &text), Err(ReadError::OtherScenario));
        let unknown = format!("{text}\ncolour red");
        assert_eq!(Presentation::decode(&scenario, &unknown), Err(ReadError::Field("colour".into())));
        assert_eq!(
            apply(&scenario, &presentation, &Action::Room("no/slashes".into())),
            Err(PresentationError::BadRoom)
        );
    }

    #[test]
    fn each_option_says_where_it_leads_from_here() {
        let scenario = engine::load(STORY).expect("loads");
        let node = |id: &str| scenario.nodes().find(|(_, n)| n.id == id).expect(id).0;
        let presentation = start(&scenario, 60);
        assert_eq!(
            leads(&scenario, &presentation.playthrough),
            [Lead::Ending(node("e1")), Lead::Decision(node("d2")), Lead::Decision(node("d2"))]
        );
        let at_d2 = run(&scenario, presentation, &[Action::Follow(Follow::Option(2))]);
        assert_eq!(at_d2.screen, Screen::Scene);
        assert_eq!(leads(&scenario, &at_d2.playthrough), [Lead::Ending(node("e2"))]);
        let ended = run(&scenario, at_d2, &[Action::Follow(Follow::Majority)]);
        assert!(leads(&scenario, &ended.playthrough).is_empty());
    }
}
