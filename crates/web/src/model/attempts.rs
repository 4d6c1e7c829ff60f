//! A learner's attempts at one scenario, read from what is saved: every finished attempt
//! that fits this version of the scenario, oldest first (the first is the record, see
//! `engine::debrief::Attempts`), and the one the Debrief view shows: the playthrough now in
//! progress when it has reached its ending, else the latest finished attempt.
//!
//! Entries are storage keys (see `saved`) with their text, as the hooks read them; nothing
//! here touches storage.

use site::key;

use crate::model::saved::Finished;
use crate::model::session::Mode;
use engine::{self, Playthrough, Scenario, Step};

/// One scenario's attempts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attempts {
    /// Finished attempts that replay to an ending on this version, as kept, oldest first. A
    /// finished playthrough not kept yet (saved before attempts were) comes last.
    pub finished: Vec<Finished>,
    /// The attempt to debrief: the playthrough now saved when it has reached its ending (a
    /// practice answer may have changed since its attempt was kept), else the latest kept.
    pub shown: Option<Finished>,
    /// Finished attempts saved against another version of the scenario, which no longer fit.
    pub outdated: usize,
}

impl Attempts {
    /// The record: the first finished attempt, as it was kept.
    pub fn record(&self) -> Option<&Finished> {
        self.finished.first()
    }

    /// The attempt to debrief.
    pub fn shown(&self) -> Option<&Finished> {
        self.shown.as_ref()
    }

    /// The place of the shown attempt among the finished ones, from 0.
    pub fn number(&self) -> Option<usize> {
        let seed = self.shown.as_ref()?.playthrough.seed;
        self.finished.iter().position(|f| f.playthrough.seed == seed)
    }
}

/// The value saved under `key`.
pub fn value<'e>(entries: &'e [(String, String)], key: &str) -> Option<&'e str> {
    entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// True when `playthrough` is of this scenario and replays to an ending.
pub fn ended(scenario: &Scenario, playthrough: &Playthrough) -> bool {
    playthrough.scenario == scenario.meta.id
        && engine::replay(scenario, playthrough).is_ok_and(|p| matches!(p.step, Step::End(_)))
}

/// The attempts at `scenario` found in `entries`.
pub fn of(scenario: &Scenario, entries: &[(String, String)]) -> Attempts {
    let id = &scenario.meta.id;
    let prefix = key::attempts(id);
    let mut attempts = Attempts::default();
    for (_, text) in entries.iter().filter(|(k, _)| k.starts_with(&prefix)) {
        match Finished::decode(text) {
            Some(f) if ended(scenario, &f.playthrough) => attempts.finished.push(f),
            _ => attempts.outdated += 1,
        }
    }
    attempts.finished.sort_by_key(|f| (f.at, f.playthrough.seed));
    let progress = value(entries, &key::progress(id))
        .and_then(|text| Playthrough::decode(text).ok())
        .filter(|p| ended(scenario, p));
    attempts.shown = match progress {
        Some(playthrough) => match attempts.finished.iter().find(|f| f.playthrough.seed == playthrough.seed) {
            Some(kept) => Some(Finished { playthrough, ..kept.clone() }),
            None => {
                let mode = value(entries, &key::mode(id)).and_then(Mode::parse).unwrap_or_default();
                let unkept = Finished { at: u64::MAX, mode: mode.as_str().to_string(), playthrough };
                attempts.finished.push(unkept.clone());
                Some(unkept)
            }
        },
        None => attempts.finished.last().cloned(),
    };
    attempts
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use engine::Response;

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[wasm_bindgen_test]
    fn the_first_finished_attempt_is_the_record_and_the_latest_is_shown() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let played = |seed: u64, option: usize| {
            engine::respond(&scenario, &Playthrough::new(&scenario, seed), Response::pick(option)).expect("fits")
        };
        let kept = |at: u64, p: &Playthrough| Finished { at, mode: "assessment".into(), playthrough: p.clone() };
        let (first, second) = (played(7, 0), played(9, 1));
        let mut entries = vec![
            (key::attempt("first-call", 9), kept(200, &second).encode()),
            (key::attempt("first-call", 7), kept(100, &first).encode()),
            (key::attempt("first-call", 1), "1 practice jc1 first-call 00000000 1 p0".to_string()),
        ];
        let attempts = of(&scenario, &entries);
        assert_eq!(attempts.record().map(|f| f.playthrough.seed), Some(7));
        assert_eq!(attempts.shown().map(|f| f.playthrough.seed), Some(9));
        assert_eq!(attempts.outdated, 1, "a log of another version");

        // A replay in progress leaves the latest finished one shown; a finished playthrough
        // not kept yet is shown, after the kept ones.
        entries.push((key::progress("first-call"), Playthrough::new(&scenario, 11).encode()));
        assert_eq!(of(&scenario, &entries).shown().map(|f| f.playthrough.seed), Some(9));
        entries.pop();
        entries.push((key::progress("first-call"), played(11, 0).encode()));
        entries.push((key::mode("first-call"), "practice".to_string()));
        let attempts = of(&scenario, &entries);
        let shown = attempts.shown().expect("the finished progress");
        assert_eq!((shown.playthrough.seed, shown.mode.as_str(), attempts.finished.len()), (11, "practice", 3));
        assert_eq!(of(&scenario, &[]), Attempts::default());

        // A practice answer changed after the ending is shown, and the record stays as kept.
        let changed = vec![
            (key::attempt("first-call", 7), kept(100, &first).encode()),
            (key::progress("first-call"), played(7, 1).encode()),
        ];
        let attempts = of(&scenario, &changed);
        assert_eq!(attempts.record().map(|f| &f.playthrough), Some(&first));
        assert_eq!(attempts.shown().map(|f| f.playthrough.clone()), Some(played(7, 1)));
        assert_eq!(attempts.number(), Some(0));
    }
}
