//! `use_module`: loads one of the app's on-demand WebAssembly modules (the Author view, and
//! any other view too heavy for the first download) through `boot.js`, and draws it into
//! the element with the given id once the route has rendered it.
//!
//! Every such module exports `mount(root: Element, argument: string)`; the argument is
//! whatever the route carries for it (a scenario id, say), or the empty string.

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `boot.js`: the module called `name` (`name.js` and `name_bg.wasm`), loaded and
    /// started on first use.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn module(name: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Where loading a module stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    Loading,
    Ready,
    Failed,
}

/// Loads the module `name` and mounts it into the element with id `root`, passing it
/// `argument`; mounts again whenever `argument` changes.
#[hook]
pub fn use_module(name: &'static str, root: &'static str, argument: String) -> Loaded {
    let loaded = use_state(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        use_effect_with(argument, move |argument| {
            let argument = argument.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mounted = mount(name, root, &argument).await.is_some();
                loaded.set(if mounted { Loaded::Ready } else { Loaded::Failed });
            });
        });
    }
    *loaded
}

/// The module `name`, loaded and started: its exports.
pub async fn load(name: &str) -> Option<JsValue> {
    JsFuture::from(module(name).ok()?).await.ok()
}

async fn mount(name: &str, root: &str, argument: &str) -> Option<()> {
    let module = load(name).await?;
    let mount = js_sys::Reflect::get(&module, &JsValue::from_str("mount")).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let element = web_sys::window()?.document()?.get_element_by_id(root)?;
    mount.call2(&JsValue::NULL, &element, &JsValue::from_str(argument)).ok().map(|_| ())
}
