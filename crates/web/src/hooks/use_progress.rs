//! `use_progress`: how far a saved playthrough has got, for the library's card. Working it
//! out takes the scenario and the engine's rules of play, which only the play module has,
//! so the app asks that module (loading it, which also readies it for "Continue").

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::hooks::use_module::load;
use crate::model::saved::Progress;

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
                if let Some(found) = ask(id, &log).await {
                    progress.set(Some(found));
                }
            });
        });
    }
    *progress
}

async fn ask(id: &str, log: &str) -> Option<Progress> {
    let module = load("play").await?;
    let progress = js_sys::Reflect::get(&module, &"progress".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = progress.call2(&JsValue::NULL, &id.into(), &log.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let numbers = JsFuture::from(promise).await.ok().filter(|n| !n.is_undefined())?;
    Some(Progress::decode(&js_sys::Float64Array::new(&numbers).to_vec()))
}
