//! `use_author`: loads the Author view's own WebAssembly module (through `boot.js`) and
//! draws it into the element with the given id, once the route has rendered it.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `boot.js`: the Author view's module, loaded and started on first use.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn author() -> Result<js_sys::Promise, JsValue>;
}

/// Where loading the Author view stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    Loading,
    Ready,
    Failed,
}

/// Loads the Author view into the element with id `root`.
#[hook]
pub fn use_author(root: &'static str) -> Loaded {
    let loaded = use_state(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(if mount(root).await.is_some() { Loaded::Ready } else { Loaded::Failed });
            });
        });
    }
    *loaded
}

async fn mount(root: &str) -> Option<()> {
    let module = JsFuture::from(author().ok()?).await.ok()?;
    let mount = js_sys::Reflect::get(&module, &JsValue::from_str("mount")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let element = web_sys::window()?.document()?.get_element_by_id(root)?;
    mount.call1(&JsValue::NULL, &element).ok().map(|_| ())
}
