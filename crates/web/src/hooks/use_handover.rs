//! `use_handover`: hands the page to another of its WebAssembly modules when the route is
//! one that module draws (the app hands `#/play/…` to the play module, which hands every
//! other route back), through `boot.js`'s `judgementCall.enter(name)`.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::hooks::use_module::Loaded;

#[wasm_bindgen]
extern "C" {
    /// `boot.js`: loads the module called `name` and lets it draw the page in place of the
    /// one drawing it now.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn enter(name: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Hands the page to the module `to` whenever it is not `here`; says `Failed` when that
/// module could not be loaded, and `Loading` until then.
#[hook]
pub fn use_handover(here: &'static str, to: &'static str) -> Loaded {
    let loaded = use_state_eq(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        use_effect_with(to, move |&to| {
            loaded.set(Loaded::Loading);
            if to != here {
                wasm_bindgen_futures::spawn_local(async move {
                    let entered = match enter(to) {
                        Ok(promise) => JsFuture::from(promise).await.is_ok(),
                        Err(_) => false,
                    };
                    if !entered {
                        loaded.set(Loaded::Failed);
                    }
                });
            }
        });
    }
    *loaded
}
