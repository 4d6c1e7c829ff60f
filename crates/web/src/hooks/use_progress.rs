//! `use_progress`: how far a saved playthrough has got, for the library's card. Working it
//! out takes the scenario and the engine's rules of play, which only the play module has,
//! so the app asks that module (loading it, which also readies it for "Continue").

use site::message::Progress;
use yew::prelude::*;

use crate::hooks::boot;

/// The progress of scenario `id`'s saved `log`: `None` until the play module has said, or
/// when it cannot (the scenario or the module could not be downloaded).
#[hook]
pub fn use_progress(id: &'static str, log: AttrValue) -> Option<Progress> {
    let progress = use_state_eq(|| None);
    {
        let progress = progress.clone();
        use_effect_with(log, move |log| {
            let log = log.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(found) = boot::progress(id, &log).await {
                    progress.set(Some(found));
                }
            });
        });
    }
    *progress
}
