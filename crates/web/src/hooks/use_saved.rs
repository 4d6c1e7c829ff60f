//! `use_saved`: the library's view of what is saved: every scenario's progress log, read
//! once when the library opens, and a way to forget one scenario's progress.

use std::rc::Rc;

use yew::prelude::*;

use site::key;

use site::Place;

/// Saved logs by scenario id, and whether anything outlives the tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub logs: Rc<Vec<(String, String)>>,
    pub persistent: bool,
}

impl Saved {
    /// The saved log of this scenario.
    pub fn log(&self, id: &str) -> Option<&str> {
        self.logs.iter().find(|(i, _)| i == id).map(|(_, log)| log.as_str())
    }
}

fn read() -> Saved {
    let prefix = key::progress("");
    let logs = storage::keys(&prefix)
        .into_iter()
        .filter_map(|key| {
            let log = storage::get(&key)?;
            Some((key[prefix.len()..].to_string(), log))
        })
        .collect();
    Saved { logs: Rc::new(logs), persistent: storage::persistent() }
}

/// What is saved, and `on_restart`: forgets a scenario's progress (its journal stays) and
/// opens it afresh.
#[hook]
pub fn use_saved() -> (Saved, Callback<String>) {
    let state = use_state(read);
    let on_restart = {
        let state = state.clone();
        Callback::from(move |id: String| {
            storage::remove(&key::progress(&id));
            storage::remove(&key::mode(&id));
            state.set(read());
            if let Some(location) = web_sys::window().map(|w| w.location()) {
                let _ = location.set_hash(&Place::Play(id).to_hash());
            }
        })
    };
    ((*state).clone(), on_restart)
}
