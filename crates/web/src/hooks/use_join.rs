//! `use_join`: a participant's playthrough in workshop mode, saved after every response
//! under the room (`site::key::join`), apart from the
//! learner's own progress in the scenario, so a reload or a locked phone loses nothing.
//! Every participant plays with seed 0, so options appear in authored order, lettered as
//! the projector letters them.

use yew::prelude::*;

use crate::model::session::Shared;
use engine::{self, Playthrough, Response};

/// The playthrough, with callbacks to respond and to start again.
pub struct JoinHandle {
    pub playthrough: Playthrough,
    pub on_respond: Callback<Response>,
    pub on_restart: Callback<()>,
}

#[hook]
pub fn use_join(scenario: Shared, room: String) -> JoinHandle {
    let key = site::key::join(&room, &scenario.meta.id);
    let playthrough = {
        let (scenario, key) = (scenario.clone(), key.clone());
        use_state(move || {
            storage::get(&key)
                .and_then(|text| Playthrough::decode(&text).ok())
                .filter(|p| p.seed == 0 && engine::replay(&scenario, p).is_ok())
                .unwrap_or_else(|| Playthrough::new(&scenario, 0))
        })
    };
    {
        let key = key.clone();
        use_effect_with((*playthrough).clone(), move |playthrough| {
            if playthrough.responses.is_empty() {
                storage::remove(&key);
            } else {
                storage::set(&key, &playthrough.encode());
            }
        });
    }
    let on_respond = {
        let (playthrough, scenario) = (playthrough.clone(), scenario.clone());
        Callback::from(move |response: Response| {
            // A response the engine refuses changes nothing; the form never sends one.
            if let Ok(next) = engine::respond(&scenario, &playthrough, response) {
                playthrough.set(next);
            }
        })
    };
    let on_restart = {
        let playthrough = playthrough.clone();
        Callback::from(move |()| playthrough.set(Playthrough::new(&scenario, 0)))
    };
    JoinHandle { playthrough: (*playthrough).clone(), on_respond, on_restart }
}
