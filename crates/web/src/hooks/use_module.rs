//! `use_module`: loads one of the app's on-demand WebAssembly modules (the Author view, and
//! any other view too heavy for the first download) through `boot.js`, and draws it into
//! the element with the given id once the place has rendered it.
//!
//! Every such module exports `mount(root: Element, argument: string)`; the argument is
//! whatever the place carries for it (a scenario id, say), or the empty string.

use site::Module;
use yew::prelude::*;

use crate::hooks::boot;

/// Where loading a module stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loaded {
    Loading,
    Ready,
    Failed,
}

/// Loads `module` and mounts it into the element with id `root`, passing it `argument`;
/// mounts again whenever `argument` changes.
#[hook]
pub fn use_module(module: Module, root: String, argument: String) -> Loaded {
    let loaded = use_state(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        use_effect_with(argument, move |argument| {
            let argument = argument.clone();
            let root = root.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mounted = boot::mount(module, &root, &argument).await.is_some();
                loaded.set(if mounted { Loaded::Ready } else { Loaded::Failed });
            });
        });
    }
    *loaded
}
