//! `use_handover`: hands the page to another of its WebAssembly modules when the place is
//! one that module draws (the app hands `#/play/…` to the play module, which hands every
//! other place back), through `boot.js`.

use site::Module;
use yew::prelude::*;

use crate::hooks::boot;
use crate::hooks::use_module::Loaded;

/// Hands the page to the module `to` whenever it is not `here`; says `Failed` when that
/// module could not be loaded, and `Loading` until then.
#[hook]
pub fn use_handover(here: Module, to: Module) -> Loaded {
    let loaded = use_state_eq(|| Loaded::Loading);
    {
        let loaded = loaded.clone();
        use_effect_with(to, move |&to| {
            loaded.set(Loaded::Loading);
            if to != here {
                wasm_bindgen_futures::spawn_local(async move {
                    if !boot::hand_over(to).await {
                        loaded.set(Loaded::Failed);
                    }
                });
            }
        });
    }
    *loaded
}
