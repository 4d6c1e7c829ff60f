//! `use_scenarios`: several built-in scenarios at once (the Profile view's, one per
//! scenario the learner has played), fetched packed and decoded one after another, from
//! this visit's cache when they are there (see `use_scenario`).

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_scenario::{Loading, scenario};

/// Each id with where loading it stands; re-renders once all have arrived.
#[hook]
pub fn use_scenarios(ids: Rc<Vec<String>>) -> Rc<Vec<(String, Loading)>> {
    let pending = |ids: &[String]| ids.iter().map(|id| (id.clone(), Loading::Pending)).collect::<Vec<_>>();
    let found = use_state(|| Rc::new(pending(&ids)));
    {
        let found = found.clone();
        use_effect_with(ids, move |ids| {
            let ids = ids.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mut loaded = Vec::with_capacity(ids.len());
                for id in ids.iter() {
                    loaded.push((id.clone(), scenario(id).await));
                }
                found.set(Rc::new(loaded));
            });
        });
    }
    (*found).clone()
}
