//! What the app keeps in the browser's storage, as text, and how it is read back.
//!
//! The keys they are stored under are listed in one place, `site::key`.

use codec::lines;
use engine::{self, DecodeError, PlayError, Playthrough, Scenario, Step, score};
use site::message::Progress;

use crate::model::session::expected_decisions;
use crate::phrase;

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
            return Restored::Unusable(phrase!("saved-newer", title = title));
        }
        Err(_) => return Restored::Unusable(phrase!("saved-damaged", title = title)),
    };
    if playthrough.scenario != scenario.meta.id {
        return Restored::Unusable(phrase!("saved-foreign", title = title));
    }
    match engine::replay(scenario, &playthrough) {
        Ok(_) => Restored::Resumed(playthrough),
        Err(PlayError::WrongScenario) => Restored::Unusable(phrase!("saved-changed", title = title)),
        Err(_) => Restored::Unusable(phrase!("saved-misfit", title = title)),
    }
}

/// How many responses a saved log holds, without the scenario; `None` when unreadable.
pub fn answered(saved: &str) -> Option<usize> {
    Playthrough::decode(saved).ok().map(|p| p.responses.len())
}

/// How far the saved `log` has got in `scenario`, for the library's card. The play module
/// works it out (the app does not link the engine's rules of play) and sends it over.
pub fn progress(scenario: &Scenario, log: &str) -> Progress {
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

/// The learner's rationales for one scenario, across attempts: one entry per response that
/// had one, by the attempt's seed and the response's index.
///
/// Its text is in the line form (`codec::lines`), format `jj1`, a field per entry: the seed
/// in hex as its name, then the index, a tab and the escaped text.
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

/// The format line of a journal's text.
const JOURNAL_FORMAT: &str = "jj1";

impl Journal {
    pub fn encode(&self) -> String {
        let mut out = lines::Writer::new(JOURNAL_FORMAT);
        for entry in &self.entries {
            out.field(format_args!("{:x}", entry.seed), format_args!("{}\t{}", entry.turn, lines::escape(&entry.text)));
        }
        out.finish()
    }

    /// Reads what [`Journal::encode`] wrote, skipping lines it cannot read.
    pub fn decode(text: &str) -> Journal {
        let Some(fields) = lines::fields(text, JOURNAL_FORMAT) else { return Journal::default() };
        let entries = fields
            .filter_map(|(seed, value)| {
                let (turn, text) = value.split_once('\t')?;
                Some(Entry {
                    seed: u64::from_str_radix(seed, 16).ok()?,
                    turn: turn.parse().ok()?,
                    text: lines::unescape(text),
                })
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
        // Without boot.js a phrase is its id.
        assert_eq!(why, "saved-changed");
        let mut foreign = played.clone();
        foreign.scenario = "another".into();
        let Restored::Unusable(why) = restore(&scenario, Some(&foreign.encode())) else { panic!("foreign") };
        assert_eq!(why, "saved-foreign");
        for damaged in ["{\"not\":\"ours\"}", "jc1 first-call zz", "jc1 first-call 00000000 7 p9.x"] {
            assert!(matches!(restore(&scenario, Some(damaged)), Restored::Unusable(_)), "{damaged}");
        }
        assert!(matches!(restore(&scenario, Some("jc9 x 0 0")), Restored::Unusable(why) if why == "saved-newer"));
        assert_eq!(answered(&played.encode()), Some(1));
    }

    #[wasm_bindgen_test]
    fn progress_says_how_far_a_save_has_got() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let fresh = Playthrough::new(&scenario, 7);
        let ended = engine::respond(&scenario, &fresh, Response::pick(0)).expect("fits");
        let finished = progress(&scenario, &ended.encode());
        assert!(matches!(finished, Progress::Finished(score) if (0..=1000).contains(&score)), "{finished:?}");
        assert_eq!(progress(&scenario, "damaged"), Progress::Unusable);
        let Progress::Playing { answered: 0, expected } = progress(&scenario, &fresh.encode()) else {
            panic!("a fresh save is being played")
        };
        assert!(expected >= 1);
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
