//! `use_scenario`: a built-in scenario, fetched packed from beside the app when it is first
//! opened and decoded. For a `#/play/…` link, `boot.js` has fetched it already, before the
//! app started, so the very first render can draw it.
//! Decoded scenarios are kept for the rest of the visit, so going back to the library and
//! on to the same scenario again never fetches it twice.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::library;
use crate::pack;
use crate::ui::model::session::Shared;

thread_local! {
    /// Every scenario decoded so far in this visit.
    static CACHE: RefCell<Vec<Shared>> = const { RefCell::new(Vec::new()) };
}

fn cached(id: &str) -> Option<Shared> {
    CACHE.with_borrow(|c| c.iter().find(|s| s.meta.id == id).cloned())
}

/// The cached copy of this scenario, keeping this one if there is none yet.
fn remember(scenario: crate::engine::Scenario) -> Shared {
    cached(&scenario.meta.id).unwrap_or_else(|| {
        let shared = Shared(Rc::new(scenario));
        CACHE.with_borrow_mut(|c| c.push(shared.clone()));
        shared
    })
}

#[wasm_bindgen]
extern "C" {
    /// `boot.js`'s early fetch of this scenario: its bytes (an `ArrayBuffer`), or null.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn prefetched(id: &str) -> Result<JsValue, JsValue>;
}

/// Where fetching a scenario stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Loading {
    Pending,
    Ready(Shared),
    /// The library has no such scenario.
    Unknown,
    /// It could not be fetched or read; the text says why, for people.
    Failed(&'static str),
}

/// Fetches and decodes the built-in scenario with this id; re-renders when it is ready.
#[hook]
pub fn use_scenario(id: &str) -> Loading {
    let initial = || match cached(id) {
        Some(scenario) => Loading::Ready(scenario),
        None if library::listing(id).is_some() => match prefetched(id).ok().filter(|b| b.is_object()) {
            Some(buffer) => loaded(Some(js_sys::Uint8Array::new(&buffer).to_vec())),
            None => Loading::Pending,
        },
        None => Loading::Unknown,
    };
    let loading = use_state_eq(initial);
    {
        let loading = loading.clone();
        use_effect_with(id.to_string(), move |id| {
            if let Some(scenario) = cached(id) {
                loading.set(Loading::Ready(scenario));
            } else if library::listing(id).is_some() {
                let id = id.clone();
                wasm_bindgen_futures::spawn_local(async move { loading.set(loaded(fetch_packed(&id).await)) });
            }
        });
    }
    (*loading).clone()
}

/// The built-in scenario with this id: from this visit's cache, or fetched and decoded now.
pub async fn load(id: &str) -> Loading {
    match cached(id) {
        Some(scenario) => Loading::Ready(scenario),
        None if library::listing(id).is_some() => loaded(fetch_packed(id).await),
        None => Loading::Unknown,
    }
}

/// What fetched bytes come to.
fn loaded(bytes: Option<Vec<u8>>) -> Loading {
    match bytes.map(|b| pack::decode(&b)) {
        Some(Ok(scenario)) => Loading::Ready(remember(scenario)),
        Some(Err(_)) => Loading::Failed("The scenario's file is damaged. Reload the page to fetch it again."),
        None => Loading::Failed("The scenario could not be downloaded. Check your connection, then reload the page."),
    }
}

/// The packed scenario's bytes, fetched now.
async fn fetch_packed(id: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(&format!("library/{id}.jcp"))).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
