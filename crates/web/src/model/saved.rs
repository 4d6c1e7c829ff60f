//! What the app keeps in the browser's storage, as text, and how it is read back.
//!
//! Every key is versioned (`judgement-call/v1/…`) and per scenario where it can be, so
//! damage to one save never touches another:
//!
//! - `progress/<id>`: the playthrough's compact log, `Playthrough::encode` (`jc1 …`),
//!   written after every response;
//! - `mode/<id>`: `practice` or `assessment`;
//! - `journal/<id>`: the learner's rationales, every attempt's, one per line (see
//!   [`Journal`]);
//! - `attempt/<id>/<seed>`: a finished attempt, kept when the story first reaches an ending
//!   (see [`Finished`]); the earliest is the record, and nothing overwrites it;
//! - `discarded/<id>`: a save that could not be used, kept aside rather than deleted;
//! - `settings`: the display settings.

use crate::model::session::expected_decisions;
use engine::{self, DecodeError, PlayError, Playthrough, Scenario, Step, score};

/// The prefix of every key.
pub const PREFIX: &str = "judgement-call/v1/";

pub fn settings_key() -> String {
    format!("{PREFIX}settings")
}

pub fn progress_key(id: &str) -> String {
    format!("{PREFIX}progress/{id}")
}

pub fn mode_key(id: &str) -> String {
    format!("{PREFIX}mode/{id}")
}

pub fn journal_key(id: &str) -> String {
    format!("{PREFIX}journal/{id}")
}

pub fn discarded_key(id: &str) -> String {
    format!("{PREFIX}discarded/{id}")
}

/// The key of the attempt at `id` shuffled by `seed`; every attempt has its own seed.
pub fn attempt_key(id: &str, seed: u64) -> String {
    format!("{PREFIX}attempt/{id}/{seed:x}")
}

/// The start of the key of every attempt at `id`.
pub fn attempts_prefix(id: &str) -> String {
    format!("{PREFIX}attempt/{id}/")
}

/// A key that holds something of the learner's that moves with them (export and import):
/// progress, mode, journal or a finished attempt, with its scenario's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key<'k> {
    Progress(&'k str),
    Mode(&'k str),
    Journal(&'k str),
    /// The scenario's id and the attempt's seed, in hex.
    Attempt(&'k str, &'k str),
}

impl<'k> Key<'k> {
    /// Reads a storage key as one of these; `None` for the settings, saves set aside, and
    /// anything else.
    pub fn read(key: &'k str) -> Option<Key<'k>> {
        let id = |id: &str| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        let parts: Vec<&'k str> = key.strip_prefix(PREFIX)?.split('/').collect();
        match parts.as_slice() {
            ["progress", i] if id(i) => Some(Key::Progress(i)),
            ["mode", i] if id(i) => Some(Key::Mode(i)),
            ["journal", i] if id(i) => Some(Key::Journal(i)),
            ["attempt", i, seed] if id(i) && !seed.is_empty() && seed.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Some(Key::Attempt(i, seed))
            }
            _ => None,
        }
    }

    /// The scenario it belongs to.
    pub fn scenario(self) -> &'k str {
        match self {
            Key::Progress(id) | Key::Mode(id) | Key::Journal(id) | Key::Attempt(id, _) => id,
        }
    }
}

/// A finished attempt as saved: when it finished (milliseconds since 1970, from the
/// browser's clock), the mode it was played in, and its log, as `<ms> <mode> <jc1 log>`.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub at: u64,
    /// `practice` or `assessment`.
    pub mode: String,
    pub playthrough: Playthrough,
}

impl Finished {
    pub fn encode(&self) -> String {
        format!("{} {} {}", self.at, self.mode, self.playthrough.encode())
    }

    /// Reads what [`Finished::encode`] wrote; `None` for anything else.
    pub fn decode(text: &str) -> Option<Finished> {
        let (at, rest) = text.trim().split_once(' ')?;
        let (mode, log) = rest.split_once(' ')?;
        if !matches!(mode, "practice" | "assessment") {
            return None;
        }
        Some(Finished { at: at.parse().ok()?, mode: mode.to_string(), playthrough: Playthrough::decode(log).ok()? })
    }
}

/// What a saved log means for a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Nothing was saved.
    Fresh,
    /// The saved playthrough, which replays cleanly.
    Resumed(Playthrough),
    /// Something was saved but cannot be used; the text says why, for the learner.
    Unusable(String),
}

/// Reads a saved log against the scenario it was saved for.
pub fn restore(scenario: &Scenario, saved: Option<&str>) -> Restored {
    let Some(text) = saved.filter(|t| !t.trim().is_empty()) else { return Restored::Fresh };
    let title = &scenario.meta.title;
    let playthrough = match Playthrough::decode(text) {
        Ok(playthrough) => playthrough,
        Err(DecodeError::UnknownVersion(_)) => {
            return Restored::Unusable(format!(
                "Your progress in “{title}” was saved by a newer version of Judgement Call, so this one starts it afresh."
            ));
        }
        Err(_) => {
            return Restored::Unusable(format!(
                "Your saved progress in “{title}” was damaged and could not be read, so the scenario starts afresh."
            ));
        }
    };
    if playthrough.scenario != scenario.meta.id {
        return Restored::Unusable(format!(
            "The progress saved for “{title}” belongs to another scenario, so this one starts afresh."
        ));
    }
    match engine::replay(scenario, &playthrough) {
        Ok(_) => Restored::Resumed(playthrough),
        Err(PlayError::WrongScenario) => Restored::Unusable(format!(
            "“{title}” has changed since you last played it, so your earlier progress no longer fits and it starts afresh."
        )),
        Err(_) => Restored::Unusable(format!(
            "Your saved progress in “{title}” does not fit the scenario any more, so it starts afresh."
        )),
    }
}

/// How many responses a saved log holds, without the scenario; `None` when unreadable.
pub fn answered(saved: &str) -> Option<usize> {
    Playthrough::decode(saved).ok().map(|p| p.responses.len())
}

/// How far a saved playthrough has got, as the library's card shows it once the scenario is
/// at hand. The play module works it out (the app does not link the engine's rules of play)
/// and hands it over as numbers ([`Progress::encode`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// The story has ended, with this overall score out of 100, in tenths of a point
    /// (rounded as [`figures::score`](figures::score) shows it).
    Finished(u32),
    /// `answered` decisions of about `expected`.
    Playing { answered: usize, expected: usize },
    /// The save cannot be used: the scenario will start afresh.
    Unusable,
    /// The save replays, yet no position comes of it (it never happens).
    Unknown,
}

impl Progress {
    /// Works out the progress of the saved `log` in `scenario`.
    pub fn of(scenario: &Scenario, log: &str) -> Progress {
        let Restored::Resumed(playthrough) = restore(scenario, Some(log)) else { return Progress::Unusable };
        let Ok(position) = engine::replay(scenario, &playthrough) else { return Progress::Unknown };
        match position.step {
            Step::End(_) => {
                let overall = score::overall(scenario, &position.history);
                Progress::Finished(score::rounded(overall, scenario.meta.pass, 10))
            }
            Step::Decide { .. } => Progress::Playing {
                answered: playthrough.responses.len(),
                expected: expected_decisions(scenario, &playthrough),
            },
        }
    }

    /// As numbers: the kind, then its figures.
    pub fn encode(self) -> Vec<f64> {
        match self {
            Progress::Finished(score) => vec![1.0, score as f64],
            Progress::Playing { answered, expected } => vec![2.0, answered as f64, expected as f64],
            Progress::Unusable => vec![3.0],
            Progress::Unknown => vec![0.0],
        }
    }

    /// Reads what [`Progress::encode`] wrote.
    pub fn decode(numbers: &[f64]) -> Progress {
        match numbers {
            [1.0, score] => Progress::Finished(*score as u32),
            [2.0, answered, expected] => {
                Progress::Playing { answered: *answered as usize, expected: *expected as usize }
            }
            [3.0] => Progress::Unusable,
            _ => Progress::Unknown,
        }
    }
}

/// The learner's rationales for one scenario, across attempts: one entry per response that
/// had one, by the attempt's seed and the response's index.
///
/// The text form is a `jj1` line, then one line per entry: the seed in hex, the index, a tab,
/// and the text with `\`, newlines and tabs escaped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Journal {
    pub entries: Vec<Entry>,
}

/// One rationale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub seed: u64,
    pub turn: usize,
    pub text: String,
}

impl Journal {
    pub fn encode(&self) -> String {
        let mut out = String::from("jj1");
        for entry in &self.entries {
            out.push_str(&format!("\n{:x} {}\t", entry.seed, entry.turn));
            for c in entry.text.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    c => out.push(c),
                }
            }
        }
        out
    }

    /// Reads what [`Journal::encode`] wrote, skipping lines it cannot read.
    pub fn decode(text: &str) -> Journal {
        let mut lines = text.lines();
        if lines.next() != Some("jj1") {
            return Journal::default();
        }
        let entries = lines
            .filter_map(|line| {
                let (head, body) = line.split_once('\t')?;
                let (seed, turn) = head.split_once(' ')?;
                let mut text = String::new();
                let mut chars = body.chars();
                while let Some(c) = chars.next() {
                    text.push(match (c, c == '\\') {
                        (_, true) => match chars.next() {
                            Some('n') => '\n',
                            Some('t') => '\t',
                            _ => '\\',
                        },
                        (c, false) => c,
                    });
                }
                Some(Entry { seed: u64::from_str_radix(seed, 16).ok()?, turn: turn.parse().ok()?, text })
            })
            .collect();
        Journal { entries }
    }

    /// The rationales of the attempt with this seed, by response index.
    pub fn attempt(&self, seed: u64, responses: usize) -> Vec<String> {
        let mut out = vec![String::new(); responses];
        for entry in self.entries.iter().filter(|e| e.seed == seed) {
            if let Some(slot) = out.get_mut(entry.turn) {
                slot.clone_from(&entry.text);
            }
        }
        out
    }

    /// Replaces the attempt with this seed by these rationales (empty ones are left out).
    pub fn record(&mut self, seed: u64, rationales: &[String]) {
        self.entries.retain(|e| e.seed != seed);
        for (turn, text) in rationales.iter().enumerate().filter(|(_, t)| !t.trim().is_empty()) {
            self.entries.push(Entry { seed, turn, text: text.clone() });
        }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use engine::Response;

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[wasm_bindgen_test]
    fn a_saved_log_resumes_and_anything_else_says_why_not() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let fresh = Playthrough::new(&scenario, 7);
        let played = engine::respond(&scenario, &fresh, Response::pick(0)).expect("fits");
        assert_eq!(restore(&scenario, None), Restored::Fresh);
        assert_eq!(restore(&scenario, Some(&played.encode())), Restored::Resumed(played.clone()));
        let mut old = played.clone();
        old.hash ^= 1;
        let Restored::Unusable(why) = restore(&scenario, Some(&old.encode())) else { panic!("an old save") };
        assert!(why.contains("has changed"), "{why}");
        let mut foreign = played.clone();
        foreign.scenario = "another".into();
        let Restored::Unusable(why) = restore(&scenario, Some(&foreign.encode())) else { panic!("foreign") };
        assert!(why.contains("another scenario"), "{why}");
        for damaged in ["{\"not\":\"ours\"}", "jc1 first-call zz", "jc1 first-call 00000000 7 p9.x"] {
            assert!(matches!(restore(&scenario, Some(damaged)), Restored::Unusable(_)), "{damaged}");
        }
        assert!(matches!(restore(&scenario, Some("jc9 x 0 0")), Restored::Unusable(why) if why.contains("newer")));
        assert_eq!(answered(&played.encode()), Some(1));
    }

    #[wasm_bindgen_test]
    fn progress_says_how_far_a_save_has_got_and_survives_its_numbers() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let fresh = Playthrough::new(&scenario, 7);
        let ended = engine::respond(&scenario, &fresh, Response::pick(0)).expect("fits");
        let finished = Progress::of(&scenario, &ended.encode());
        assert!(matches!(finished, Progress::Finished(score) if (0..=1000).contains(&score)), "{finished:?}");
        assert_eq!(Progress::of(&scenario, "damaged"), Progress::Unusable);
        let Progress::Playing { answered: 0, expected } = Progress::of(&scenario, &fresh.encode()) else {
            panic!("a fresh save is being played")
        };
        assert!(expected >= 1);
        let playing = Progress::Playing { answered: 3, expected: 9 };
        for progress in [finished, playing, Progress::Unusable, Progress::Unknown] {
            assert_eq!(Progress::decode(&progress.encode()), progress);
        }
        assert_eq!(Progress::decode(&[7.0, 1.0]), Progress::Unknown);
    }

    #[wasm_bindgen_test]
    fn a_finished_attempt_reads_back_and_nothing_else_does() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let played = engine::respond(&scenario, &Playthrough::new(&scenario, 7), Response::pick(0)).expect("fits");
        let finished = Finished { at: 1_790_000_000_000, mode: "assessment".into(), playthrough: played };
        assert_eq!(Finished::decode(&finished.encode()), Some(finished.clone()));
        assert!(finished.encode().starts_with("1790000000000 assessment jc1 first-call "));
        for bad in
            ["", "12 practice", "x practice jc1 first-call 0 1", "12 sport jc1 first-call 0 1", "12 practice jc1"]
        {
            assert_eq!(Finished::decode(bad), None, "{bad}");
        }
        assert_eq!(attempt_key("first-call", 255), "judgement-call/v1/attempt/first-call/ff");
        assert_eq!(Key::read(&attempt_key("first-call", 255)), Some(Key::Attempt("first-call", "ff")));
        assert_eq!(Key::read(&journal_key("first-call")).map(Key::scenario), Some("first-call"));
        for other in
            [settings_key(), discarded_key("first-call"), format!("{PREFIX}progress/../x"), "progress/x".into()]
        {
            assert_eq!(Key::read(&other), None, "{other}");
        }
    }

    #[wasm_bindgen_test]
    fn the_journal_keeps_every_attempt_and_survives_any_text() {
        let mut journal = Journal::default();
        journal.record(1, &["Because\tof \\ this\nand that".into(), String::new(), "Second".into()]);
        journal.record(2, &["Another go".into()]);
        let read = Journal::decode(&journal.encode());
        assert_eq!(read, journal);
        assert_eq!(
            read.attempt(1, 3),
            vec!["Because\tof \\ this\nand that".to_string(), String::new(), "Second".into()]
        );
        journal.record(1, &["Rewound".into()]);
        assert_eq!(journal.attempt(1, 2), vec!["Rewound".to_string(), String::new()]);
        assert_eq!(journal.attempt(2, 1), vec!["Another go".to_string()]);
        assert_eq!(Journal::decode("garbage"), Journal::default());
    }
}
