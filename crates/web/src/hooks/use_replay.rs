//! `use_replay`: starts a scenario over from the Debrief view, from the beginning or from
//! the decision that cost the most, keeping the finished attempt first (so the first attempt
//! stays the record), then opens the scenario to play.

use yew::prelude::*;

use site::key;

use crate::hooks::use_session::fresh_seed;
use crate::model::saved::{Finished, Journal};
use engine::{Playthrough, Response};
use site::Place;

/// A replay to start.
#[derive(Clone, Debug, PartialEq)]
pub struct Replay {
    /// The finished attempt being replayed.
    pub finished: Finished,
    /// The responses to keep (none to start from the beginning).
    pub keep: Vec<Response>,
    /// Their rationales, carried over to the new attempt.
    pub rationales: Vec<String>,
}

/// Starts the replay it is given.
#[hook]
pub fn use_replay() -> Callback<Replay> {
    use_callback((), |replay: Replay, ()| {
        let id = replay.finished.playthrough.scenario.clone();
        let kept = key::attempt(&id, replay.finished.playthrough.seed);
        if storage::get(&kept).is_none() {
            let mut finished = replay.finished.clone();
            if finished.at == u64::MAX {
                finished.at = js_sys::Date::now() as u64;
            }
            storage::set(&kept, &finished.encode());
        }
        // A new seed: a new attempt, with the options shuffled afresh.
        let seed = fresh_seed();
        let playthrough = Playthrough { seed, responses: replay.keep, ..replay.finished.playthrough };
        storage::set(&key::progress(&id), &playthrough.encode());
        if replay.rationales.iter().any(|r| !r.trim().is_empty()) {
            let key = key::journal(&id);
            let mut journal = Journal::decode(&storage::get(&key).unwrap_or_default());
            journal.record(seed, &replay.rationales);
            storage::set(&key, &journal.encode());
        }
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let _ = location.set_hash(&Place::Play(id).to_hash());
        }
    })
}
