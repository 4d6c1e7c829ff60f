//! `use_scenario`: a scenario of the library (or one a package ships), fetched packed from
//! beside the app (`site::place::SCENARIO_FILE`) by `boot.js`, once a visit, and decoded.
//! For a `#/play/…` link, `boot.js` has fetched it before the module started, so the very
//! first render can draw it. Decoded scenarios are kept for the rest of the visit, so going
//! back to the library and on to the same scenario again never decodes it twice.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::boot::{self, Fetched};
use crate::model::session::Shared;
use crate::phrase;
use codec::pack;

thread_local! {
    /// Every scenario decoded so far in this visit.
    static CACHE: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
}

fn cached(id: &str) -> Option<Shared> {
    CACHE.with_borrow(|c| c.iter().find(|s| s.meta.id == id).cloned())
}

/// The cached copy of this scenario, keeping this one if there is none yet.
fn remember(scenario: engine::Scenario) -> Shared {
    cached(&scenario.meta.id).unwrap_or_else(|| {
        let shared = Shared(Rc::new(scenario));
        CACHE.with_borrow_mut(|c| c.push(shared.clone()));
        shared
    })
}

/// Where fetching a scenario stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Loading {
    Pending,
    Ready(Shared),
    /// The library has no such scenario.
    Unknown,
    /// It could not be fetched or read; the text (a phrase) says why, for people.
    Failed(String),
}

/// Fetches and decodes the built-in scenario with this id; re-renders when it is ready, and
/// again when the id changes.
#[hook]
pub fn use_scenario(id: &str) -> Loading {
    let initial = || match cached(id) {
        Some(scenario) => Loading::Ready(scenario),
        None => boot::scenario_file_now(id).map_or(Loading::Pending, loaded),
    };
    let loading = use_state_eq(initial);
    // The id asked for last: a fetch for an id asked for before it is not shown.
    let wanted = use_mut_ref(String::new);
    {
        let loading = loading.clone();
        use_effect_with(id.to_string(), move |id| {
            wanted.replace(id.clone());
            if let Some(scenario) = cached(id) {
                loading.set(Loading::Ready(scenario));
            } else {
                loading.set(Loading::Pending);
                let id = id.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = loaded(boot::scenario_file(&id).await);
                    if *wanted.borrow() == id {
                        loading.set(fetched);
                    }
                });
            }
        });
    }
    (*loading).clone()
}

/// The built-in scenario with this id, from the cache or fetched now, outside any component
/// (the play module works out the library's card progress with it).
pub async fn scenario(id: &str) -> Loading {
    match cached(id) {
        Some(scenario) => Loading::Ready(scenario),
        None => loaded(boot::scenario_file(id).await),
    }
}

/// What fetched bytes come to.
fn loaded(fetched: Fetched) -> Loading {
    match fetched {
        Fetched::Bytes(bytes) => match pack::decode(&bytes) {
            Ok(scenario) => Loading::Ready(remember(scenario)),
            Err(_) => Loading::Failed(phrase!("scenario-damaged")),
        },
        Fetched::Missing => Loading::Unknown,
        Fetched::Failed => Loading::Failed(phrase!("scenario-not-downloaded")),
    }
}
