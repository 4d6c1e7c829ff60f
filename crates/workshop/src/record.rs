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
    /// How, in a word or three, as the exports write it (and the text form, dashed).
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
        let mut out = lines::Writer::new(RECORD_FORMAT);
        for e in &self.entries {
            out.field("poll", e.poll)
                .field("turn", e.turn)
                .field("decision", &e.decision)
                .field("question", lines::escape(&e.question))
                .field("options", e.options.join(" "))
                .field("votes", numbers(&e.votes, " "))
                .field("hands", e.hands.map_or("-".to_string(), |h| numbers(&h, " ")))
                .field("revealed", u8::from(e.revealed))
                .field("opened", e.opened)
                .field("closed", e.closed.map_or("-".to_string(), |c| c.to_string()));
            if let Some(left) = e.left {
                let taken: String = left.taken().iter().map(|o| format!(" {o}")).collect();
                out.field("left", format_args!("{}{taken}", left.word())).field("to", &e.to);
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
            record.read(field, value).ok_or_else(|| ReadError::Field(field.to_string()))?;
        }
        for e in &record.entries {
            let fits = |o: &usize| *o < e.options.len();
            let bad = if e.decision.is_empty() {
                "decision"
            } else if e.options.is_empty() || e.votes.len() != e.options.len() {
                "votes"
            } else if e.closed.is_some_and(|c| c < e.opened) {
                "closed"
            } else if e.left.is_some_and(|l| !l.taken().iter().all(fits)) {
                "left"
            } else {
                continue;
            };
            return Err(ReadError::Field(bad.to_string()));
        }
        Ok(record)
    }

    /// Reads one field of the text form into the record; `None` when it is damaged.
    fn read(&mut self, field: &str, value: &str) -> Option<()> {
        let numbers = || value.split(' ').map(number).collect::<Option<Vec<u64>>>();
        let small = |n: u64| u32::try_from(n).ok();
        if field == "poll" {
            let poll = small(number(value)?)?;
            if self.entry(poll).is_some() {
                return None;
            }
            self.entries.push(Entry { poll, ..Entry::default() });
            return Some(());
        }
        let entry = self.entries.last_mut()?;
        match field {
            "turn" => entry.turn = usize::try_from(number(value)?).ok()?,
            "decision" => entry.decision = id(value)?,
            "question" => entry.question = lines::unescape(value),
            "options" => entry.options = value.split(' ').map(id).collect::<Option<_>>()?,
            "votes" => entry.votes = numbers()?.into_iter().map(small).collect::<Option<_>>()?,
            "hands" if value == "-" => entry.hands = None,
            "hands" => {
                let hands: Vec<u32> = numbers()?.into_iter().map(small).collect::<Option<_>>()?;
                entry.hands = Some(hands.try_into().ok()?);
            }
            "revealed" => entry.revealed = flag(value)?,
            "opened" => entry.opened = number(value)?,
            "closed" if value == "-" => entry.closed = None,
            "closed" => entry.closed = Some(number(value)?),
            "left" => {
                let (how, taken) = value.split_once(' ').unwrap_or((value, ""));
                let taken: Vec<usize> =
                    taken.split_terminator(' ').map(|o| usize::try_from(number(o)?).ok()).collect::<Option<_>>()?;
                entry.left = Some(Left::read(how, &taken)?);
            }
            "to" if value.is_empty() => entry.to = String::new(),
            "to" => entry.to = id(value)?,
            "note" => entry.note = lines::unescape(value),
            _ => return None,
        }
        Some(())
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
        out.push(',');
        out.push(letter(option));
    }
    out.push_str(",unsure,fairly sure,sure,revealed,followed,taken,to,note\n");
    for e in &record.entries {
        let (closed, seconds) = (e.closed.map(iso).unwrap_or_default(), seconds(e).unwrap_or_default());
        let (decision, question) = (cell::text(&e.decision), cell::text(&e.question));
        let _ = write!(out, "{},{},{decision},{question},{},{closed},{seconds}", e.poll, e.turn + 1, iso(e.opened));
        let hands = e.hands.map(|h| h.to_vec());
        for count in (0..width).map(|o| e.votes.get(o)).chain((0..3).map(|l| hands.as_ref().and_then(|h| h.get(l)))) {
            out.push(',');
            if let Some(count) = count {
                let _ = write!(out, "{count}");
            }
        }
        let revealed = if e.revealed { "yes" } else { "no" };
        let (how, taken) = e.left.map_or(("", String::new()), |l| (l.how(), letters(l, " then ")));
        let (how, to, note) = (cell::text(how), cell::text(&e.to), cell::text(&e.note));
        let _ = writeln!(out, ",{revealed},{how},{taken},{to},{note}");
    }
    out
}

/// The session as JSON: the format and its version, when exported, what the record covers,
/// the scenario (id, title, content hash), the room's label, the path the room stands on
/// (each decision answered, with the letter followed at a pick, the ending once reached, and
/// the path as a `jc1` log), and every entry of the record. Written as it goes, every string
/// escaped by `codec::json`.
pub fn json(scenario: &Scenario, presentation: &Presentation, record: &Record, now: u64) -> String {
    let mut out = String::new();
    let o = &mut out;
    text(o, "{\"format\":", "judgement-call-session");
    text(o, ",\"version\":1,\"exported\":", &iso(now));
    text(o, ",\"covers\":", COVERS);
    text(o, ",\"scenario\":{\"id\":", &scenario.meta.id);
    text(o, ",\"title\":", &scenario.meta.title);
    text(o, ",\"hash\":", &format!("{:08x}", scenario.hash));
    text(o, "},\"room\":", &presentation.room);
    o.push_str(",\"path\":[");
    let position = replay(scenario, &presentation.playthrough).ok();
    for (i, answered) in position.iter().flat_map(|p| &p.history).enumerate() {
        let Some(decision) = scenario.decision(answered.decision) else { continue };
        text(o, if i == 0 { "{\"decision\":" } else { ",{\"decision\":" }, &scenario.node(answered.decision).id);
        text(o, ",\"question\":", &decision.ask);
        let answer = match answered.response.answer {
            Answer::Pick(option) => Some(letter(option).to_string()),
            _ => None,
        };
        maybe(o, ",\"answer\":", answer.as_deref());
        o.push('}');
    }
    let ending = position.filter(|p| matches!(p.step, Step::End(_))).map(|p| scenario.node(p.node).id.as_str());
    maybe(o, "],\"ending\":", ending);
    text(o, ",\"log\":", &presentation.playthrough.encode());
    o.push_str(",\"entries\":[");
    for (i, e) in record.entries.iter().enumerate() {
        let _ =
            write!(o, "{}{{\"poll\":{},\"turn\":{},\"decision\":", if i == 0 { "" } else { "," }, e.poll, e.turn + 1);
        json::write_string(&e.decision, o);
        text(o, ",\"question\":", &e.question);
        let closed = e.closed.map_or("null".to_string(), |c| c.to_string());
        let seconds = seconds(e).unwrap_or("null".to_string());
        let _ = write!(o, ",\"opened\":{},\"closed\":{closed},\"seconds\":{seconds},\"options\":[", e.opened);
        for (i, id) in e.options.iter().enumerate() {
            text(o, if i == 0 { "" } else { "," }, id);
        }
        o.push_str("],\"votes\":[");
        o.push_str(&numbers(&e.votes, ","));
        o.push_str("],\"confidence\":");
        match e.hands {
            Some(hands) => {
                let _ = write!(o, "[{}]", numbers(&hands, ","));
            }
            None => o.push_str("null"),
        }
        let _ = write!(o, ",\"revealed\":{}", e.revealed);
        maybe(o, ",\"followed\":", e.left.map(Left::how));
        let taken = e.left.map(|l| letters(l, "\",\"")).filter(|t| !t.is_empty());
        let _ = write!(o, ",\"taken\":[{}]", taken.map_or(String::new(), |t| format!("\"{t}\"")));
        maybe(o, ",\"to\":", Some(e.to.as_str()).filter(|t| !t.is_empty()));
        text(o, ",\"note\":", &e.note);
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

/// As [`text`], with `null` for no value.
fn maybe(out: &mut String, before: &str, value: Option<&str>) {
    match value {
        Some(value) => text(out, before, value),
        None => {
            out.push_str(before);
            out.push_str("null");
        }
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

/// How long voting was open, in seconds to the millisecond (`125.5`), once it has closed.
fn seconds(entry: &Entry) -> Option<String> {
    let ms = entry.closed?.saturating_sub(entry.opened);
    let text = format!("{}.{:03}", ms / 1000, ms % 1000);
    Some(text.trim_end_matches('0').trim_end_matches('.').to_string())
}

/// `ms` since the epoch as an ISO 8601 time in UTC to the millisecond, such as
/// `2025-05-07T10:40:00.000Z` (the civil date by Howard Hinnant's `civil_from_days`).
pub fn iso(ms: u64) -> String {
    let (days, rest) = (ms / 86_400_000, ms % 86_400_000);
    let z = days + 719_468;
    let (era, doe) = (z / 146_097, z % 146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    let (h, m, s, milli) = (rest / 3_600_000, rest / 60_000 % 60, rest / 1000 % 60, rest % 1000);
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
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
        assert_eq!(refused("left both 0 1", "left both 0"), field("left"));
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
            r#""options":["x","y","z"],"votes":[3,9,1],"confidence":[1,2,8],"#,
            r#""revealed":true,"followed":"majority","taken":["B"],"#,
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
