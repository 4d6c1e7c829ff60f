//! The session's record: what a facilitated workshop went through, poll by poll, for the
//! facilitator to keep. Each [`Entry`] is one poll at a decision: where it stood in the
//! room's path, the question, when voting opened and closed, the room's hands for each option
//! and for each confidence level, whether the votes were revealed, which way the room went on
//! and the facilitator's note.
//!
//! The record is built by watching the presentation change ([`Record::observe`], handed the
//! presentation before and after each change and the time), so it needs nothing from the
//! presentation's actions: a poll's entry opens when the room comes to a decision, keeps its
//! counts current while it stands there, and closes when voting is locked or the room moves
//! on, whichever comes first. It keeps every poll since it began, across a restart of the
//! workshop, until the facilitator clears it. It saves in the line form
//! ([`Record::encode`], [`Record::decode`]) and downloads as CSV ([`csv`]) and JSON ([`json`]).

use std::fmt::{self, Write};

use codec::json::Json;
use codec::lines;
use engine::playthrough::{Answer, Playthrough, Step, replay};
use engine::scenario::Scenario;

use crate::csv as cell;
use crate::presentation::Presentation;

/// One poll at a decision, as the room went through it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// The presentation's poll number.
    pub poll: u32,
    /// The decision's place in the room's path, counting from 0 (the presentation's turn).
    pub turn: usize,
    /// The decision's id and its question, as they were asked.
    pub decision: String,
    pub question: String,
    /// The options' ids, in authored order.
    pub options: Vec<String>,
    /// Hands for each option, in authored order.
    pub votes: Vec<u32>,
    /// Hands for Unsure, Fairly sure and Sure, when the decision asks how sure.
    pub hands: Option<[u32; 3]>,
    /// Whether the votes were revealed at any time during the poll.
    pub revealed: bool,
    /// When voting opened and closed, in milliseconds since the epoch; `closed` is `None`
    /// while voting is open.
    pub opened: u64,
    pub closed: Option<u64>,
    /// How the room left the decision; `None` while it stands there.
    pub left: Option<Left>,
    /// Where the room went next: a decision's or an ending's id (empty while it stands here).
    pub to: String,
    /// The facilitator's note on the decision, free text.
    pub note: String,
}

/// How the room left a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Left {
    /// It followed this option, which had the most hands.
    Majority(usize),
    /// It followed this option, which the facilitator chose.
    Chosen(usize),
    /// It followed the first option, with the second waiting for its turn.
    BothInTurn(usize, usize),
    /// It moved on with the experts' answer (a checklist, rate or rank decision).
    Experts,
    /// It stepped back to the decision before (or started over from the second decision,
    /// which comes to the same).
    Back,
    /// It went anywhere else: the workshop started over, or another presenter's device moved
    /// the room.
    Elsewhere,
}

impl Left {
    /// How, in a word or three: what the exports write.
    pub fn how(self) -> &'static str {
        match self {
            Left::Majority(_) => "majority",
            Left::Chosen(_) => "chosen",
            Left::BothInTurn(..) => "both in turn",
            Left::Experts => "experts' answer",
            Left::Back => "back",
            Left::Elsewhere => "elsewhere",
        }
    }

    /// The options followed, in turn.
    pub fn taken(self) -> Vec<usize> {
        match self {
            Left::Majority(o) | Left::Chosen(o) => vec![o],
            Left::BothInTurn(first, second) => vec![first, second],
            Left::Experts | Left::Back | Left::Elsewhere => Vec::new(),
        }
    }
}

/// The session's record: its entries, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    pub entries: Vec<Entry>,
}

impl Record {
    /// Follows the presentation from `before` (`None` when the presenter has just opened) to
    /// `after` at `now` (milliseconds since the epoch): closes every other poll still open,
    /// says how the room left the poll `before` stood at, and opens or updates the entry of
    /// the poll `after` stands at, if it stands at a decision.
    pub fn observe(&mut self, scenario: &Scenario, before: Option<&Presentation>, after: &Presentation, now: u64) {
        for entry in self.entries.iter_mut().filter(|e| e.poll != after.poll && e.closed.is_none()) {
            entry.closed = Some(now);
        }
        if let Some(before) = before.filter(|b| b.poll != after.poll)
            && let Some(entry) = self.entries.iter_mut().find(|e| e.poll == before.poll && e.left.is_none())
        {
            entry.left = Some(left(before, after));
            entry.to =
                replay(scenario, &after.playthrough).map(|p| scenario.node(p.node).id.clone()).unwrap_or_default();
        }
        let Ok(position) = replay(scenario, &after.playthrough) else { return };
        let Step::Decide { decision, .. } = position.step else { return };
        let at = match self.entries.iter().position(|e| e.poll == after.poll) {
            Some(at) => at,
            None => {
                self.entries.push(Entry {
                    poll: after.poll,
                    turn: after.playthrough.responses.len(),
                    decision: scenario.node(position.node).id.clone(),
                    question: decision.ask.clone(),
                    options: decision.options.iter().map(|o| o.id.clone()).collect(),
                    votes: vec![0; decision.options.len()],
                    opened: now,
                    ..Entry::default()
                });
                self.entries.len() - 1
            }
        };
        let Some(entry) = self.entries.get_mut(at) else { return };
        if entry.left.is_some() || after.votes.len() != entry.votes.len() {
            // Not this poll's decision after all (a poll number met again): leave it be.
            return;
        }
        entry.votes.clone_from(&after.votes);
        entry.hands = decision.confidence.as_ref().map(|_| after.hands);
        entry.revealed |= after.revealed;
        match (after.locked, entry.closed) {
            (true, None) => entry.closed = Some(now),
            (false, Some(_)) => entry.closed = None,
            _ => {}
        }
    }

    /// Sets the facilitator's note on `poll`; false when the record has no such poll.
    pub fn note(&mut self, poll: u32, text: &str) -> bool {
        let entry = self.entries.iter_mut().find(|e| e.poll == poll);
        entry.map(|e| e.note = text.to_string()).is_some()
    }

    /// The entry of `poll`.
    pub fn entry(&self, poll: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.poll == poll)
    }

    /// The record as text, in the line form (`codec::lines`): each entry starts with its
    /// `poll` line, the question and the note escaped onto theirs. [`Record::decode`] reads it.
    pub fn encode(&self) -> String {
        let numbers = |values: &[u32]| values.iter().map(u32::to_string).collect::<Vec<_>>().join(" ");
        let mut out = lines::Writer::new(RECORD_FORMAT);
        for e in &self.entries {
            out.field("poll", e.poll)
                .field("turn", e.turn)
                .field("decision", &e.decision)
                .field("question", lines::escape(&e.question))
                .field("options", e.options.join(" "))
                .field("votes", numbers(&e.votes))
                .field("hands", e.hands.map_or("-".to_string(), |h| numbers(&h)))
                .field("revealed", u8::from(e.revealed))
                .field("opened", e.opened)
                .field("closed", e.closed.map_or("-".to_string(), |c| c.to_string()));
            if let Some(left) = e.left {
                let taken = left.taken().iter().map(|o| format!(" {o}")).collect::<String>();
                out.field("left", format_args!("{}{taken}", left_word(left))).field("to", &e.to);
            }
            if !e.note.is_empty() {
                out.field("note", lines::escape(&e.note));
            }
        }
        out.finish()
    }

    /// Reads what [`Record::encode`] wrote, refusing anything damaged with the field it
    /// stumbled on: a field before the first poll, an unknown field, a number that is not one,
    /// an id with a space, votes that do not fit the options, an option that is not there, a
    /// poll met twice or closed before it opened. Never panics.
    pub fn decode(text: &str) -> Result<Record, ReadError> {
        let fields = lines::fields(text, RECORD_FORMAT).ok_or(ReadError::NotARecord)?;
        let mut record = Record::default();
        for (field, value) in fields {
            let bad = || ReadError::Field(field.to_string());
            if field == "poll" {
                let poll = value.parse().map_err(|_| bad())?;
                if record.entry(poll).is_some() {
                    return Err(bad());
                }
                record.entries.push(Entry { poll, ..Entry::default() });
                continue;
            }
            let entry = record.entries.last_mut().ok_or_else(bad)?;
            let numbers = |value: &str| -> Result<Vec<u32>, ReadError> {
                value.split_whitespace().map(|n| n.parse::<u32>().map_err(|_| bad())).collect()
            };
            let time = |value: &str| value.parse::<u64>().map_err(|_| bad());
            match field {
                "turn" => entry.turn = value.parse().map_err(|_| bad())?,
                "decision" => entry.decision = id(value).ok_or_else(bad)?,
                "question" => entry.question = lines::unescape(value),
                "options" => {
                    entry.options = value.split(' ').map(|o| id(o).ok_or_else(bad)).collect::<Result<_, _>>()?;
                }
                "votes" => entry.votes = numbers(value)?,
                "hands" if value == "-" => entry.hands = None,
                "hands" => entry.hands = Some(numbers(value)?.try_into().map_err(|_| bad())?),
                "revealed" => entry.revealed = flag(value).ok_or_else(bad)?,
                "opened" => entry.opened = time(value)?,
                "closed" if value == "-" => entry.closed = None,
                "closed" => entry.closed = Some(time(value)?),
                "left" => entry.left = Some(read_left(value).ok_or_else(bad)?),
                "to" if value.is_empty() => entry.to = String::new(),
                "to" => entry.to = id(value).ok_or_else(bad)?,
                "note" => entry.note = lines::unescape(value),
                _ => return Err(bad()),
            }
        }
        for entry in &record.entries {
            let bad = |field: &str| Err(ReadError::Field(field.to_string()));
            if entry.decision.is_empty() {
                return bad("decision");
            }
            if entry.options.is_empty() || entry.votes.len() != entry.options.len() {
                return bad("votes");
            }
            if entry.closed.is_some_and(|c| c < entry.opened) {
                return bad("closed");
            }
            if entry.left.is_some_and(|left| left.taken().iter().any(|&o| o >= entry.options.len())) {
                return bad("left");
            }
        }
        Ok(record)
    }
}

/// Why a record's text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The text is not a session's record (or of a version this app does not read).
    NotARecord,
    /// A field is damaged, unknown or missing.
    Field(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotARecord => f.write_str("it is not a session's record"),
            ReadError::Field(field) => write!(f, "its `{field}` is damaged"),
        }
    }
}

impl std::error::Error for ReadError {}

/// The first line of a record's text form.
const RECORD_FORMAT: &str = "jcr1 record";

/// What the exports say they cover.
pub const COVERS: &str =
    "every poll since this browser's record began or was last cleared, across restarts of the workshop";

/// How the room left a decision, from the presentation before and after it moved: one
/// response more is a move on (the majority's option when it had the most hands, both in turn
/// when a branch joined the queue, the experts' answer at any kind but a pick), one fewer is a
/// step back, anything else is elsewhere.
fn left(before: &Presentation, after: &Presentation) -> Left {
    let (was, is) = (&before.playthrough.responses, &after.playthrough.responses);
    if is.len() == was.len() + 1 && is.starts_with(was) {
        let Some(Answer::Pick(first)) = is.last().map(|r| &r.answer) else { return Left::Experts };
        let second = (after.queue.len() == before.queue.len() + 1)
            .then(|| after.queue.first().and_then(|p| p.responses.get(was.len())))
            .flatten();
        if let Some(Answer::Pick(second)) = second.map(|r| &r.answer) {
            return Left::BothInTurn(*first, *second);
        }
        let most = before.votes.get(*first).copied().unwrap_or(0);
        let clear = most > 0 && before.votes.iter().enumerate().all(|(o, &v)| o == *first || v < most);
        if clear { Left::Majority(*first) } else { Left::Chosen(*first) }
    } else if was.len() == is.len() + 1 && was.starts_with(is) {
        Left::Back
    } else {
        Left::Elsewhere
    }
}

/// The word the text form writes for how the room left.
fn left_word(left: Left) -> &'static str {
    match left {
        Left::Majority(_) => "majority",
        Left::Chosen(_) => "chosen",
        Left::BothInTurn(..) => "both",
        Left::Experts => "experts",
        Left::Back => "back",
        Left::Elsewhere => "elsewhere",
    }
}

fn read_left(value: &str) -> Option<Left> {
    let words: Vec<&str> = value.split(' ').collect();
    let option = |i: usize| words.get(i)?.parse::<usize>().ok();
    let left = match words.first().copied()? {
        "majority" => Left::Majority(option(1)?),
        "chosen" => Left::Chosen(option(1)?),
        "both" => Left::BothInTurn(option(1)?, option(2)?),
        "experts" => Left::Experts,
        "back" => Left::Back,
        "elsewhere" => Left::Elsewhere,
        _ => return None,
    };
    (words.len() == 1 + left.taken().len()).then_some(left)
}

/// An id as the text form keeps it: not empty, no white space.
fn id(value: &str) -> Option<String> {
    (!value.is_empty() && !value.contains(char::is_whitespace)).then(|| value.to_string())
}

/// A flag's text: `0` or `1`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    }
}

/// The option's letter, as the room sees it: A for the first authored option.
pub fn letter(option: usize) -> char {
    char::from(b'A' + (option % 26) as u8)
}

/// The confidence levels as the exports name them.
const LEVELS: [&str; 3] = ["unsure", "fairly sure", "sure"];

/// The record as CSV: a header, then one row per entry, oldest first: the poll, the turn
/// (from 1, as the presenter numbers decisions), the decision's id and question, when voting
/// opened and closed (ISO 8601, UTC) and for how many seconds, the hands for each option under
/// its letter (as many columns as the record's widest decision has options; blank past a
/// decision's last), the confidence hands (blank when not asked), whether revealed, how the
/// room went on and the options it took (letters, in turn), where it went, and the note.
pub fn csv(record: &Record) -> String {
    let width = record.entries.iter().map(|e| e.votes.len()).max().unwrap_or(0);
    let mut out = String::from("poll,turn,decision,question,opened,closed,seconds");
    for option in 0..width {
        let _ = write!(out, ",{}", letter(option));
    }
    out.push_str(",unsure,fairly sure,sure,revealed,followed,taken,to,note\n");
    for e in &record.entries {
        let mut row = vec![
            e.poll.to_string(),
            (e.turn + 1).to_string(),
            cell::text(&e.decision),
            cell::text(&e.question),
            iso(e.opened),
            e.closed.map(iso).unwrap_or_default(),
            seconds(e).map(|s| codec::decimal(s, 3)).unwrap_or_default(),
        ];
        row.extend((0..width).map(|o| e.votes.get(o).map(u32::to_string).unwrap_or_default()));
        row.extend((0..3).map(|l| e.hands.map(|h| h[l].to_string()).unwrap_or_default()));
        row.push((if e.revealed { "yes" } else { "no" }).to_string());
        row.push(e.left.map(|l| cell::text(l.how())).unwrap_or_default());
        row.push(e.left.map(|l| taken(l).join(" then ")).unwrap_or_default());
        row.push(cell::text(&e.to));
        row.push(cell::text(&e.note));
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// The session as JSON: the format and its version, when exported, what the record covers,
/// the scenario (id, title, content hash), the room's label, the path the room stands on
/// (each decision answered, with the letter followed at a pick, the ending once reached, and
/// the path as a `jc1` log), and every entry of the record.
pub fn json(scenario: &Scenario, presentation: &Presentation, record: &Record, now: u64) -> String {
    let text = |s: &str| Json::str(s);
    let number = |n: u64| Json::Number(n.to_string());
    let entries = record.entries.iter().map(|e| {
        let options = e.options.iter().zip(&e.votes).enumerate().map(|(o, (id, votes))| {
            Json::object([
                ("letter", text(&letter(o).to_string())),
                ("id", text(id)),
                ("hands", number(u64::from(*votes))),
            ])
        });
        let hands = e.hands.map_or(Json::Null, |h| {
            Json::Object(LEVELS.iter().zip(h).map(|(level, n)| (level.to_string(), number(u64::from(n)))).collect())
        });
        Json::object([
            ("poll", number(u64::from(e.poll))),
            ("turn", number(e.turn as u64 + 1)),
            ("decision", text(&e.decision)),
            ("question", text(&e.question)),
            ("opened", number(e.opened)),
            ("closed", e.closed.map_or(Json::Null, number)),
            ("seconds", seconds(e).map_or(Json::Null, |s| Json::number(s, 3))),
            ("options", Json::Array(options.collect())),
            ("confidence", hands),
            ("revealed", Json::Bool(e.revealed)),
            ("followed", e.left.map_or(Json::Null, |l| text(l.how()))),
            ("taken", Json::Array(e.left.map(taken).unwrap_or_default().iter().map(|t| text(t)).collect())),
            ("to", if e.to.is_empty() { Json::Null } else { text(&e.to) }),
            ("note", text(&e.note)),
        ])
    });
    let (path, ending) = path(scenario, &presentation.playthrough);
    Json::object([
        ("format", text(JSON_FORMAT)),
        ("version", number(1)),
        ("exported", text(&iso(now))),
        ("covers", text(COVERS)),
        (
            "scenario",
            Json::object([
                ("id", text(&scenario.meta.id)),
                ("title", text(&scenario.meta.title)),
                ("hash", text(&format!("{:08x}", scenario.hash))),
            ]),
        ),
        ("room", text(&presentation.room)),
        ("path", Json::Array(path)),
        ("ending", ending.map_or(Json::Null, |e| text(&e))),
        ("log", text(&presentation.playthrough.encode())),
        ("entries", Json::Array(entries.collect())),
    ])
    .write()
}

/// The JSON export's `format`.
const JSON_FORMAT: &str = "judgement-call-session";

/// The path `playthrough` took, one object per decision answered (its id, question and the
/// letter followed at a pick, `null` where the room went on with the experts' answer), and
/// the ending's id once the story has ended.
fn path(scenario: &Scenario, playthrough: &Playthrough) -> (Vec<Json>, Option<String>) {
    let Ok(position) = replay(scenario, playthrough) else { return (Vec::new(), None) };
    let steps = position.history.iter().filter_map(|answered| {
        let decision = scenario.decision(answered.decision)?;
        let answer = match answered.response.answer {
            Answer::Pick(o) => Json::str(letter(o).to_string()),
            _ => Json::Null,
        };
        Some(Json::object([
            ("decision", Json::str(scenario.node(answered.decision).id.clone())),
            ("question", Json::str(decision.ask.clone())),
            ("answer", answer),
        ]))
    });
    let ending = matches!(position.step, Step::End(_)).then(|| scenario.node(position.node).id.clone());
    (steps.collect(), ending)
}

/// The letters of the options the room took, in turn.
fn taken(left: Left) -> Vec<String> {
    left.taken().into_iter().map(|o| letter(o).to_string()).collect()
}

/// How long voting was open, in seconds, once it has closed.
fn seconds(entry: &Entry) -> Option<f64> {
    entry.closed.map(|c| c.saturating_sub(entry.opened) as f64 / 1000.0)
}

/// `ms` since the epoch as an ISO 8601 time in UTC to the millisecond, such as
/// `2025-05-07T10:40:00.000Z` (the civil date by Howard Hinnant's `civil_from_days`).
pub fn iso(ms: u64) -> String {
    let (days, rest) = ((ms / 86_400_000) as i64, ms % 86_400_000);
    let z = days + 719_468;
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s, milli) = (rest / 3_600_000, rest / 60_000 % 60, rest / 1000 % 60, rest % 1000);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presentation::{Action, Follow, apply, start};
    use engine::playthrough::{Confidence, Response};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: Which first?\nconfidence:\n* x: X\n  ratings: a 6, b 6, c 6\n  -> e1\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> d2\n* z: Z\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        == decision d2 (rate)\nask: How good, \"really\"?\n* p: P\n  ratings: a 6, b 6, c 6\n* q: Q\n  ratings: a 2, b 2, c 2\n-> e2\n\
        == ending e1\ntitle: One\n== ending e2\ntitle: Two\n";

    /// A workshop being run and recorded: the presentation, the record, and the last time.
    struct Run {
        scenario: Scenario,
        presentation: Presentation,
        record: Record,
    }

    impl Run {
        fn new() -> Run {
            let scenario = engine::load(STORY).expect("loads");
            let presentation = Presentation { poll: 100, ..start(&scenario, 60) };
            let mut record = Record::default();
            record.observe(&scenario, None, &presentation, 1_000);
            Run { scenario, presentation, record }
        }

        /// Applies `action` at `now` and records the change.
        fn act(&mut self, now: u64, action: Action) {
            let after =
                apply(&self.scenario, &self.presentation, &action).unwrap_or_else(|e| panic!("{action:?}: {e}"));
            self.take(now, after);
        }

        /// Records the presentation becoming `after` at `now`.
        fn take(&mut self, now: u64, after: Presentation) {
            self.record.observe(&self.scenario, Some(&self.presentation), &after, now);
            self.presentation = after;
        }

        /// Starts the workshop over, as the presenter does: polls go on, the room's label stays.
        fn restart(&mut self, now: u64) {
            let fresh = Presentation {
                poll: self.presentation.poll + 1,
                room: self.presentation.room.clone(),
                ..start(&self.scenario, 60)
            };
            self.take(now, fresh);
        }
    }

    /// The run the tests share: every way of leaving a decision, and notes.
    fn facilitated() -> Run {
        let mut run = Run::new();
        run.act(1_500, Action::Room("Tue".into()));
        run.act(2_000, Action::Votes(vec![3, 9, 1]));
        run.act(3_000, Action::Hands([1, 2, 8]));
        run.act(4_000, Action::Reveal);
        assert!(run.record.note(100, "Said \"wait\", then\nmoved on, slowly"));
        run.act(5_000, Action::Follow(Follow::Majority));
        // The rate decision: voting locked, opened again, locked; then on with the experts.
        run.act(5_500, Action::Vote { option: 0, count: 4 });
        run.act(6_000, Action::Lock);
        run.act(6_500, Action::Unlock);
        run.act(7_000, Action::Lock);
        assert!(run.record.note(101, "=HYPERLINK(\"x\")"));
        run.act(9_000, Action::Follow(Follow::Majority));
        // The ending, then back twice, and both top choices in turn.
        run.act(10_000, Action::Back);
        run.act(11_000, Action::Back);
        run.act(11_500, Action::Votes(vec![5, 5, 1]));
        run.act(12_000, Action::Follow(Follow::BothInTurn));
        run.act(13_000, Action::NextBranch);
        // Another presenter's device took the room down z instead of y.
        let mut other = run.presentation.clone();
        other.playthrough.responses[0] = Response::new(Answer::Pick(2), Some(Confidence::FairlySure));
        other.poll += 1;
        run.take(14_000, other);
        // Started over (from the second decision, which reads as a step back), and the
        // facilitator chooses an option the room did not prefer.
        run.restart(15_000);
        run.act(15_500, Action::Votes(vec![4, 1, 0]));
        run.act(16_250, Action::Follow(Follow::Option(2)));
        run
    }

    #[test]
    fn a_facilitated_run_is_recorded_poll_by_poll() {
        let run = facilitated();
        let entries = &run.record.entries;
        type Line<'e> = (u32, usize, &'e str, u64, Option<u64>, Option<Left>, &'e str);
        let summary: Vec<Line> = entries
            .iter()
            .map(|e| (e.poll, e.turn, e.decision.as_str(), e.opened, e.closed, e.left, e.to.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (100, 0, "d1", 1_000, Some(5_000), Some(Left::Majority(1)), "d2"),
                (101, 1, "d2", 5_000, Some(7_000), Some(Left::Experts), "e2"),
                // Poll 102 was the ending: nobody votes there.
                (103, 1, "d2", 10_000, Some(11_000), Some(Left::Back), "d1"),
                (104, 0, "d1", 11_000, Some(12_000), Some(Left::BothInTurn(0, 1)), "e1"),
                (106, 1, "d2", 13_000, Some(14_000), Some(Left::Elsewhere), "d2"),
                (107, 1, "d2", 14_000, Some(15_000), Some(Left::Back), "d1"),
                (108, 0, "d1", 15_000, Some(16_250), Some(Left::Chosen(2)), "d2"),
                (109, 1, "d2", 16_250, None, None, ""),
            ]
        );
        let first = &entries[0];
        assert_eq!((first.votes.as_slice(), first.hands, first.revealed), (&[3, 9, 1][..], Some([1, 2, 8]), true));
        assert_eq!((first.question.as_str(), first.options.join(" ")), ("Which first?", "x y z".to_string()));
        assert_eq!((entries[1].votes.as_slice(), entries[1].hands, entries[1].revealed), (&[4, 0][..], None, false));
        assert_eq!(entries[3].votes, [5, 5, 1], "a tie followed in turn");
        // The room stands at d2 again: its counts follow the presentation.
        let mut run = run;
        run.act(17_000, Action::Votes(vec![2, 7]));
        assert_eq!(run.record.entry(109).map(|e| e.votes.clone()), Some(vec![2, 7]));
        assert!(!run.record.note(102, "the ending has no poll"));
    }

    #[test]
    fn a_presenter_reopened_keeps_the_open_poll_as_it_was() {
        let mut run = Run::new();
        run.act(2_000, Action::Votes(vec![1, 0, 0]));
        let saved = Record::decode(&run.record.encode()).expect("reads");
        let mut reopened = saved.clone();
        reopened.observe(&run.scenario, None, &run.presentation, 60_000);
        assert_eq!(reopened, saved, "the poll opened at 1 s is still open, nothing else changed");
    }

    #[test]
    fn the_record_survives_its_text_form_and_refuses_damage() {
        let record = facilitated().record;
        let text = record.encode();
        assert!(text.starts_with("jcr1 record\npoll 100\nturn 0\ndecision d1\nquestion Which first?\n"), "{text}");
        assert!(text.contains("\nleft both 0 1\nto e1\n"), "{text}");
        assert!(text.contains("\nnote Said \"wait\", then\\nmoved on, slowly\n"), "{text}");
        assert_eq!(Record::decode(&text), Ok(record.clone()));
        assert_eq!(Record::decode(&Record::default().encode()), Ok(Record::default()));
        assert_eq!(Record::decode("jcw1 session\npoll 1"), Err(ReadError::NotARecord));
        let refused = |from: &str, to: &str| {
            assert!(text.contains(from), "{from}");
            Record::decode(&text.replacen(from, to, 1)).err()
        };
        let field = |name: &str| Some(ReadError::Field(name.to_string()));
        assert_eq!(refused("votes 3 9 1", "votes 3 9"), field("votes"));
        assert_eq!(refused("votes 3 9 1", "votes 3 nine 1"), field("votes"));
        assert_eq!(refused("hands 1 2 8", "hands 1 2"), field("hands"));
        assert_eq!(refused("left both 0 1", "left both 0 7"), field("left"));
        assert_eq!(refused("left both 0 1", "left sideways"), field("left"));
        assert_eq!(refused("left majority 1", "left majority"), field("left"));
        assert_eq!(refused("closed 5000", "closed 500"), field("closed"));
        assert_eq!(refused("opened 1000", "opened soon"), field("opened"));
        assert_eq!(refused("poll 101", "poll 100"), field("poll"));
        assert_eq!(refused("decision d1", "decision d 1"), field("decision"));
        assert_eq!(refused("revealed 1", "revealed yes"), field("revealed"));
        assert_eq!(refused("options x y z", "options x  z"), field("options"));
        assert_eq!(refused("jcr1 record\npoll 100", "jcr1 record\nturn 0\npoll 100"), field("turn"));
        assert_eq!(refused("\nturn 0\n", "\ncolour red\n"), field("colour"));
        assert_eq!(refused("\ndecision d1\n", "\n"), field("decision"));
    }

    #[test]
    fn the_csv_has_a_row_per_poll_quoted_safely() {
        let csv = csv(&facilitated().record);
        let expected = "\
poll,turn,decision,question,opened,closed,seconds,A,B,C,unsure,fairly sure,sure,revealed,followed,taken,to,note
100,1,d1,Which first?,1970-01-01T00:00:01.000Z,1970-01-01T00:00:05.000Z,4,3,9,1,1,2,8,yes,majority,B,d2,\"Said \"\"wait\"\", then
moved on, slowly\"
101,2,d2,\"How good, \"\"really\"\"?\",1970-01-01T00:00:05.000Z,1970-01-01T00:00:07.000Z,2,4,0,,,,,no,experts' answer,,e2,\"'=HYPERLINK(\"\"x\"\")\"
103,2,d2,\"How good, \"\"really\"\"?\",1970-01-01T00:00:10.000Z,1970-01-01T00:00:11.000Z,1,0,0,,,,,no,back,,d1,
104,1,d1,Which first?,1970-01-01T00:00:11.000Z,1970-01-01T00:00:12.000Z,1,5,5,1,0,0,0,no,both in turn,A then B,e1,
106,2,d2,\"How good, \"\"really\"\"?\",1970-01-01T00:00:13.000Z,1970-01-01T00:00:14.000Z,1,0,0,,,,,no,elsewhere,,d2,
107,2,d2,\"How good, \"\"really\"\"?\",1970-01-01T00:00:14.000Z,1970-01-01T00:00:15.000Z,1,0,0,,,,,no,back,,d1,
108,1,d1,Which first?,1970-01-01T00:00:15.000Z,1970-01-01T00:00:16.250Z,1.25,4,1,0,0,0,0,no,chosen,C,d2,
109,2,d2,\"How good, \"\"really\"\"?\",1970-01-01T00:00:16.250Z,,,0,0,,,,,no,,,,
";
        assert_eq!(csv, expected);
        assert_eq!(
            super::csv(&Record::default()),
            "poll,turn,decision,question,opened,closed,seconds,unsure,fairly sure,sure,revealed,followed,taken,to,note\n"
        );
    }

    #[test]
    fn the_json_carries_the_scenario_the_path_and_every_entry() {
        let run = facilitated();
        let text = json(&run.scenario, &run.presentation, &run.record, 1_746_614_400_000);
        let json = Json::parse(&text).expect("the export is JSON");
        let at = |path: &[&str]| path.iter().try_fold(&json, |j, key| j.get(key)).cloned();
        assert_eq!(at(&["format"]), Some(Json::str("judgement-call-session")));
        assert_eq!(at(&["exported"]), Some(Json::str("2025-05-07T10:40:00.000Z")));
        assert_eq!(at(&["scenario", "id"]), Some(Json::str("room")));
        assert_eq!(at(&["room"]), Some(Json::str("Tue")));
        // The room stands at d2 after choosing z at d1, so that is its path; no ending yet.
        let path = Json::parse(r#"[{"decision":"d1","question":"Which first?","answer":"C"}]"#).expect("JSON");
        assert_eq!(at(&["path"]), Some(path));
        assert_eq!(at(&["ending"]), Some(Json::Null));
        let Some(Json::Array(entries)) = at(&["entries"]) else { panic!("entries: {text}") };
        assert_eq!(entries.len(), 8);
        let first = Json::parse(concat!(
            r#"{"poll":100,"turn":1,"decision":"d1","question":"Which first?","opened":1000,"closed":5000,"seconds":4,"#,
            r#""options":[{"letter":"A","id":"x","hands":3},{"letter":"B","id":"y","hands":9},{"letter":"C","id":"z","hands":1}],"#,
            r#""confidence":{"unsure":1,"fairly sure":2,"sure":8},"revealed":true,"followed":"majority","taken":["B"],"#,
            r#""to":"d2","note":"Said \"wait\", then\nmoved on, slowly"}"#
        ))
        .expect("JSON");
        assert_eq!(entries[0], first);
        assert_eq!(entries[3].get("taken"), Some(&Json::Array(vec![Json::str("A"), Json::str("B")])));
        assert_eq!(entries[7].get("closed"), Some(&Json::Null));
        assert!(text.contains(r#""note":"Said \"wait\", then\nmoved on, slowly""#), "escaped in the text itself");
        // At an ending, the path names it.
        let mut ended = run;
        ended.act(20_000, Action::Follow(Follow::Majority));
        let text = super::json(&ended.scenario, &ended.presentation, &ended.record, 0);
        let json = Json::parse(&text).expect("JSON");
        assert_eq!(json.get("ending"), Some(&Json::str("e2")));
        assert_eq!(json.get("path").and_then(|p| if let Json::Array(a) = p { Some(a.len()) } else { None }), Some(2));
    }

    #[test]
    fn times_are_iso_8601_in_utc() {
        assert_eq!(iso(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso(1_746_614_400_000), "2025-05-07T10:40:00.000Z");
        assert_eq!(iso(951_782_400_123), "2000-02-29T00:00:00.123Z");
        assert_eq!(iso(4_107_542_399_999), "2100-02-28T23:59:59.999Z");
    }
}
