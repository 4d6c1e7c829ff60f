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
//! on, whichever comes first. The presenter starts a new record when the workshop starts
//! over. It saves in the line form ([`Record::encode`], [`Record::decode`]) and downloads as
//! a table of the same columns in CSV ([`csv`]) and in JSON ([`json`], with the scenario and
//! the room's path). Its code is kept small: the workshop module carries it.

use std::fmt::Write;

use codec::{json, lines};
use engine::playthrough::{Answer, Step, replay};
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
    /// Hands for each option, in authored order (the room knows them by letter: A first).
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
    /// How, in a word or three, as the exports write it.
    pub fn how(self) -> &'static str {
        HOW[self.kind()]
    }

    /// Its place in [`HOW`] and [`WORDS`].
    fn kind(self) -> usize {
        match self {
            Left::Majority(_) => 0,
            Left::Chosen(_) => 1,
            Left::BothInTurn(..) => 2,
            Left::Experts => 3,
            Left::Back => 4,
            Left::Elsewhere => 5,
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

    /// The word the text form writes for how.
    fn word(self) -> &'static str {
        WORDS[self.kind()]
    }

    /// Reads `how` (as the text form writes it) and the options taken.
    fn read(how: &str, taken: &[usize]) -> Option<Left> {
        let at = WORDS.iter().position(|w| *w == how)?;
        Some(match (at, taken) {
            (0, [o]) => Left::Majority(*o),
            (1, [o]) => Left::Chosen(*o),
            (2, [first, second]) => Left::BothInTurn(*first, *second),
            (3, []) => Left::Experts,
            (4, []) => Left::Back,
            (5, []) => Left::Elsewhere,
            _ => return None,
        })
    }
}

/// How the room left a decision, as the exports write it, in [`Left`]'s order, and as the
/// text form does, in a word.
const HOW: [&str; 6] = ["majority", "chosen", "both in turn", "experts' answer", "back", "elsewhere"];
const WORDS: [&str; 6] = ["majority", "chosen", "both", "experts", "back", "elsewhere"];

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
        let Ok(position) = replay(scenario, &after.playthrough) else { return };
        if let Some(before) = before.filter(|b| b.poll != after.poll)
            && let Some(entry) = self.entries.iter_mut().find(|e| e.poll == before.poll && e.left.is_none())
        {
            entry.left = Some(left(before, after));
            entry.to.clone_from(&scenario.node(position.node).id);
        }
        let Step::Decide { decision, .. } = position.step else { return };
        let at = match self.entries.iter().position(|e| e.poll == after.poll) {
            Some(at) => at,
            None => {
                self.entries.push(Entry {
                    poll: after.poll,
                    turn: after.playthrough.responses.len(),
                    decision: scenario.node(position.node).id.clone(),
                    question: decision.ask.clone(),
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

    /// The record as text, in the line form (`codec::lines`): each entry is an `entry` line of
    /// its figures in order (the poll, the turn, the decision's id, when voting opened and
    /// closed, whether revealed, the hands for Unsure, Fairly sure and Sure, how the room left
    /// and the two options it may have taken, where it went, then the hands for each option;
    /// `-` for what there is not), then its question and its note, if any, escaped onto lines
    /// of their own. [`Record::decode`] reads it.
    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(RECORD_FORMAT);
        for e in &self.entries {
            let dash = |n: Option<u64>| n.map_or("-".to_string(), |n| n.to_string());
            let hands = e.hands.map_or("- - -".to_string(), |h| numbers(&h, " "));
            let (how, taken) = e.left.map_or(("-", Vec::new()), |l| (l.word(), l.taken()));
            let taken = |i: usize| dash(taken.get(i).map(|&o| o as u64));
            let to = if e.to.is_empty() { "-" } else { &e.to };
            let (poll, turn, decision, opened, closed) = (e.poll, e.turn, &e.decision, e.opened, dash(e.closed));
            let (revealed, first, second, votes) = (u8::from(e.revealed), taken(0), taken(1), numbers(&e.votes, " "));
            out.field(
                "entry",
                format_args!(
                    "{poll} {turn} {decision} {opened} {closed} {revealed} {hands} {how} {first} {second} {to} {votes}"
                ),
            )
            .field("question", lines::escape(&e.question));
            if !e.note.is_empty() {
                out.field("note", lines::escape(&e.note));
            }
        }
        out.finish()
    }

    /// Reads what [`Record::encode`] wrote; `None` when it is not a record or is damaged in
    /// any way: an entry with a figure missing or too many, a number that is not one, an id
    /// with a space, no votes, an option followed that is not there, a poll met twice or closed
    /// before it opened; a question or note before any entry; an unknown field. Nobody can use
    /// a damaged record, so the reason is not kept. Never panics.
    pub fn decode(text: &str) -> Option<Record> {
        let mut record = Record::default();
        for (field, value) in lines::fields(text, RECORD_FORMAT)? {
            if field == "entry" {
                let entry = entry(value).filter(|e| record.entry(e.poll).is_none())?;
                record.entries.push(entry);
                continue;
            }
            let (text, entry) = (lines::unescape(value), record.entries.last_mut()?);
            match field {
                "question" => entry.question = text,
                "note" => entry.note = text,
                _ => return None,
            }
        }
        Some(record)
    }
}

/// An entry's line of figures, as [`Record::encode`] writes it; `None` when it is damaged.
fn entry(line: &str) -> Option<Entry> {
    let mut tokens = line.split(' ');
    let mut next = || tokens.next();
    let small = |n: u64| u32::try_from(n).ok();
    let maybe = |token: &str| if token == "-" { Some(None) } else { number(token).map(Some) };
    let poll = small(number(next()?)?)?;
    let turn = usize::try_from(number(next()?)?).ok()?;
    let decision = id(next()?)?;
    let (opened, closed, revealed) = (number(next()?)?, maybe(next()?)?, flag(next()?)?);
    let hands = match [maybe(next()?)?, maybe(next()?)?, maybe(next()?)?] {
        [Some(a), Some(b), Some(c)] => Some([small(a)?, small(b)?, small(c)?]),
        [None, None, None] => None,
        _ => return None,
    };
    let how = next()?;
    let taken = [maybe(next()?)?, maybe(next()?)?].into_iter().flatten();
    let taken: Vec<usize> = taken.map(|o| usize::try_from(o).ok()).collect::<Option<_>>()?;
    let left = if how == "-" && taken.is_empty() { None } else { Some(Left::read(how, &taken)?) };
    let to = next()?;
    let to = if to == "-" { String::new() } else { id(to)? };
    let votes: Vec<u32> = std::iter::from_fn(next).map(|n| small(number(n)?)).collect::<Option<_>>()?;
    let fits = taken.iter().all(|&o| o < votes.len());
    (fits && !votes.is_empty() && closed.is_none_or(|c| c >= opened)).then(|| Entry {
        poll,
        turn,
        decision,
        question: String::new(),
        votes,
        hands,
        revealed,
        opened,
        closed,
        left,
        to,
        note: String::new(),
    })
}

/// The first line of a record's text form.
const RECORD_FORMAT: &str = "jcr1 record";

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

/// `values` written out, `between` each.
fn numbers(values: &[u32], between: &str) -> String {
    let mut out = String::new();
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        let _ = write!(out, "{value}");
    }
    out
}

/// A whole number written plainly: digits only.
fn number(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
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

/// One figure of an entry in the exports.
enum Cell {
    Number(u64),
    /// Text; nothing when empty (an empty CSV cell, JSON's `null`).
    Text(String),
    Flag(bool),
    /// Hand counts: a cell each in CSV, an array in JSON; `None` when not asked.
    Counts(Option<Vec<u32>>),
}

/// The exports' columns, in order (CSV spreads `votes` over a column per option, under its
/// letter, and `confidence` over three, one per level).
const COLUMNS: [&str; 13] = [
    "poll",
    "turn",
    "decision",
    "question",
    "opened",
    "closed",
    "votes",
    "confidence",
    "revealed",
    "followed",
    "taken",
    "to",
    "note",
];

/// An entry's figures, in [`COLUMNS`]' order: the turn counts from 1, as the presenter
/// numbers decisions; times are milliseconds since the epoch; the options taken are letters,
/// in turn.
fn cells(e: &Entry) -> [Cell; 13] {
    let left = |f: fn(Left) -> String| Cell::Text(e.left.map(f).unwrap_or_default());
    [
        Cell::Number(u64::from(e.poll)),
        Cell::Number(e.turn as u64 + 1),
        Cell::Text(e.decision.clone()),
        Cell::Text(e.question.clone()),
        Cell::Number(e.opened),
        e.closed.map_or(Cell::Text(String::new()), Cell::Number),
        Cell::Counts(Some(e.votes.clone())),
        Cell::Counts(e.hands.map(|h| h.to_vec())),
        Cell::Flag(e.revealed),
        left(|l| l.how().to_string()),
        left(|l| letters(l, " then ")),
        Cell::Text(e.to.clone()),
        Cell::Text(e.note.clone()),
    ]
}

/// The record as CSV: a header, then one row per entry, oldest first, in [`COLUMNS`]' order
/// (see [`cells`]): a column for each option's hands under its letter, as many as the
/// record's widest decision has options (blank past a decision's last), and one for each
/// confidence level (blank when not asked); `yes` or `no` for revealed.
pub fn csv(record: &Record) -> String {
    let width = record.entries.iter().map(|e| e.votes.len()).max().unwrap_or(0);
    let mut out = String::from("poll");
    for column in &COLUMNS[1..] {
        match *column {
            "votes" => (0..width).for_each(|o| {
                out.push(',');
                out.push(letter(o));
            }),
            "confidence" => out.push_str(",unsure,fairly sure,sure"),
            column => {
                out.push(',');
                out.push_str(column);
            }
        }
    }
    for e in &record.entries {
        out.push('\n');
        for (i, cell) in cells(e).into_iter().enumerate() {
            let comma = if i == 0 { "" } else { "," };
            let _ = match cell {
                Cell::Number(n) => write!(out, "{comma}{n}"),
                Cell::Text(t) => write!(out, "{comma}{}", cell::text(&t)),
                Cell::Flag(f) => write!(out, "{comma}{}", if f { "yes" } else { "no" }),
                Cell::Counts(counts) => {
                    (0..if i == 6 { width } else { 3 }).try_for_each(|c| match counts.as_ref().and_then(|n| n.get(c)) {
                        Some(n) => write!(out, ",{n}"),
                        None => write!(out, ","),
                    })
                }
            };
        }
    }
    out.push('\n');
    out
}

/// The session as JSON: the format and its version, when exported, the scenario (id, title,
/// content hash), the room's label, the path the room stands on (each decision answered, with
/// the letter followed at a pick, `null` where the room went on with the experts' answer; the
/// ending once reached; the path as a `jc1` log), then the record's entries, each an object of
/// its figures under the names of [`COLUMNS`] (see [`cells`]; `null` for nothing, hand counts
/// as arrays). Written as it goes, every string escaped by `codec::json`.
pub fn json(scenario: &Scenario, presentation: &Presentation, record: &Record, now: u64) -> String {
    let mut out = String::new();
    let o = &mut out;
    text(o, "{\"format\":", "judgement-call-session");
    let _ = write!(o, ",\"version\":1,\"exported\":{now}");
    text(o, ",\"scenario\":{\"id\":", &scenario.meta.id);
    text(o, ",\"title\":", &scenario.meta.title);
    text(o, ",\"hash\":", &format!("{:08x}", scenario.hash));
    text(o, "},\"room\":", &presentation.room);
    o.push_str(",\"path\":[");
    let position = replay(scenario, &presentation.playthrough).ok();
    for (i, answered) in position.iter().flat_map(|p| &p.history).enumerate() {
        text(o, if i == 0 { "{\"decision\":" } else { ",{\"decision\":" }, &scenario.node(answered.decision).id);
        let answer = match answered.response.answer {
            Answer::Pick(option) => letter(option).to_string(),
            _ => String::new(),
        };
        maybe(o, ",\"answer\":", &answer);
        o.push('}');
    }
    let ending = position.filter(|p| matches!(p.step, Step::End(_))).map(|p| scenario.node(p.node).id.clone());
    maybe(o, "],\"ending\":", &ending.unwrap_or_default());
    text(o, ",\"log\":", &presentation.playthrough.encode());
    o.push_str(",\"entries\":[");
    for (i, e) in record.entries.iter().enumerate() {
        o.push_str(if i == 0 { "{" } else { ",{" });
        for (i, (cell, column)) in cells(e).into_iter().zip(COLUMNS).enumerate() {
            text(o, if i == 0 { "" } else { "," }, column);
            let _ = match cell {
                Cell::Text(t) => {
                    maybe(o, ":", &t);
                    Ok(())
                }
                Cell::Number(n) => write!(o, ":{n}"),
                Cell::Flag(f) => write!(o, ":{f}"),
                Cell::Counts(Some(counts)) => write!(o, ":[{}]", numbers(&counts, ",")),
                Cell::Counts(None) => write!(o, ":null"),
            };
        }
        o.push('}');
    }
    o.push_str("]}");
    out
}

/// Writes `before` (JSON's punctuation and a key), then `value` as a JSON string.
fn text(out: &mut String, before: &str, value: &str) {
    out.push_str(before);
    json::write_string(value, out);
}

/// As [`text`], with `null` for an empty value.
fn maybe(out: &mut String, before: &str, value: &str) {
    if value.is_empty() {
        out.push_str(before);
        out.push_str("null");
    } else {
        text(out, before, value);
    }
}

/// The letters of the options the room took, in turn, joined by `between`.
fn letters(left: Left, between: &str) -> String {
    let mut out = String::new();
    for (i, o) in left.taken().into_iter().enumerate() {
        if i > 0 {
            out.push_str(between);
        }
        out.push(letter(o));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presentation::{Action, Follow, apply, start};
    use codec::json::Json;
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
        assert_eq!(first.question, "Which first?");
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
        assert!(
            text.starts_with(concat!(
                "jcr1 record\n",
                "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3 9 1\n",
                "question Which first?\n",
                "note Said \"wait\", then\\nmoved on, slowly\n",
                "entry 101 1 d2 5000 7000 0 - - - experts - - e2 4 0\n",
            )),
            "{text}"
        );
        assert!(text.contains("\nentry 104 0 d1 11000 12000 0 0 0 0 both 0 1 e1 5 5 1\n"), "{text}");
        assert!(
            text.ends_with("\nentry 109 1 d2 16250 - 0 - - - - - - - 0 0\nquestion How good, \"really\"?"),
            "{text}"
        );
        assert_eq!(Record::decode(&text), Some(record.clone()));
        assert_eq!(Record::decode(&Record::default().encode()), Some(Record::default()));
        assert_eq!(Record::decode("jcw1 session\nentry 1"), None);
        let refused = |from: &str, to: &str| {
            assert!(text.contains(from), "{from}");
            Record::decode(&text.replacen(from, to, 1))
        };
        let first = "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3 9 1";
        for damaged in [
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3", // B was followed: there is a B
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3 nine 1", // not a number
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3  9 1", // an empty figure
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2",   // no votes
            "entry 100 0 d1 1000 5000 1 1 2 - majority 1 - d2 3 9 1", // two hands of three
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 7 - d2 3 9 1", // no option H
            "entry 100 0 d1 1000 5000 1 1 2 8 majority - - d2 3 9 1", // the majority of what?
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 2 d2 3 9 1", // two options, one way
            "entry 100 0 d1 1000 5000 1 1 2 8 sideways 1 - d2 3 9 1", // no such way
            "entry 100 0 d1 1000 500 1 1 2 8 majority 1 - d2 3 9 1", // closed before it opened
            "entry 100 0 d1 soon 5000 1 1 2 8 majority 1 - d2 3 9 1", // not a time
            "entry 100 0 d1 1000 5000 yes 1 2 8 majority 1 - d2 3 9 1", // not a flag
            "entry 101 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3 9 1", // poll 101 comes next
            "entry 100 0 d1 1000 5000 1 1 2 8 majority 1 - d2 3 9 4294967296", // too many hands
            "entry 100",                                          // cut short
        ] {
            assert_eq!(refused(first, damaged), None, "{damaged}");
        }
        assert_eq!(refused("jcr1 record\nentry", "jcr1 record\nnote early\nentry"), None);
        assert_eq!(refused("\nquestion Which first?\n", "\ncolour red\n"), None);
    }

    #[test]
    fn the_csv_has_a_row_per_poll_quoted_safely() {
        let csv = csv(&facilitated().record);
        let expected = "\
poll,turn,decision,question,opened,closed,A,B,C,unsure,fairly sure,sure,revealed,followed,taken,to,note
100,1,d1,Which first?,1000,5000,3,9,1,1,2,8,yes,majority,B,d2,\"Said \"\"wait\"\", then
moved on, slowly\"
101,2,d2,\"How good, \"\"really\"\"?\",5000,7000,4,0,,,,,no,experts' answer,,e2,\"'=HYPERLINK(\"\"x\"\")\"
103,2,d2,\"How good, \"\"really\"\"?\",10000,11000,0,0,,,,,no,back,,d1,
104,1,d1,Which first?,11000,12000,5,5,1,0,0,0,no,both in turn,A then B,e1,
106,2,d2,\"How good, \"\"really\"\"?\",13000,14000,0,0,,,,,no,elsewhere,,d2,
107,2,d2,\"How good, \"\"really\"\"?\",14000,15000,0,0,,,,,no,back,,d1,
108,1,d1,Which first?,15000,16250,4,1,0,0,0,0,no,chosen,C,d2,
109,2,d2,\"How good, \"\"really\"\"?\",16250,,0,0,,,,,no,,,,
";
        assert_eq!(csv, expected);
        assert_eq!(
            super::csv(&Record::default()),
            "poll,turn,decision,question,opened,closed,unsure,fairly sure,sure,revealed,followed,taken,to,note\n"
        );
    }

    #[test]
    fn the_json_carries_the_scenario_the_path_and_every_entry() {
        let run = facilitated();
        let text = json(&run.scenario, &run.presentation, &run.record, 1_746_614_400_000);
        let json = Json::parse(&text).expect("the export is JSON");
        let at = |path: &[&str]| path.iter().try_fold(&json, |j, key| j.get(key)).cloned();
        assert_eq!(at(&["format"]), Some(Json::str("judgement-call-session")));
        assert_eq!(at(&["exported"]), Some(Json::Number("1746614400000".into())));
        assert_eq!(at(&["scenario", "id"]), Some(Json::str("room")));
        assert_eq!(at(&["room"]), Some(Json::str("Tue")));
        // The room stands at d2 after choosing z at d1, so that is its path; no ending yet.
        let path = Json::parse(r#"[{"decision":"d1","answer":"C"}]"#).expect("JSON");
        assert_eq!(at(&["path"]), Some(path));
        assert_eq!(at(&["ending"]), Some(Json::Null));
        let Some(Json::Array(entries)) = at(&["entries"]) else { panic!("entries: {text}") };
        assert_eq!(entries.len(), 8);
        let first = Json::parse(concat!(
            r#"{"poll":100,"turn":1,"decision":"d1","question":"Which first?","opened":1000,"closed":5000,"#,
            r#""votes":[3,9,1],"confidence":[1,2,8],"revealed":true,"followed":"majority","taken":"B","#,
            r#""to":"d2","note":"Said \"wait\", then\nmoved on, slowly"}"#
        ))
        .expect("JSON");
        assert_eq!(entries[0], first);
        assert_eq!(entries[3].get("taken"), Some(&Json::str("A then B")));
        assert_eq!(entries[1].get("confidence"), Some(&Json::Null), "d2 asks nobody how sure");
        assert_eq!(entries[1].get("note"), Some(&Json::str("=HYPERLINK(\"x\")")), "as written: JSON runs nothing");
        assert_eq!(entries[7].get("closed"), Some(&Json::Null));
        assert_eq!(entries[7].get("followed"), Some(&Json::Null));
        assert_eq!(entries[7].get("note"), Some(&Json::Null));
        assert!(text.contains(r#""note":"Said \"wait\", then\nmoved on, slowly""#), "escaped in the text itself");
        // At an ending, the path names it.
        let mut ended = run;
        ended.act(20_000, Action::Follow(Follow::Majority));
        let text = super::json(&ended.scenario, &ended.presentation, &ended.record, 0);
        let json = Json::parse(&text).expect("JSON");
        assert_eq!(json.get("ending"), Some(&Json::str("e2")));
        assert_eq!(json.get("path").and_then(|p| if let Json::Array(a) = p { Some(a.len()) } else { None }), Some(2));
    }
}
