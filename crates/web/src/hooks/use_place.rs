//! `use_place`: the current [`Place`], kept in step with the URL hash.

use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::hooks::window;

use site::Place;

fn current() -> Place {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    Place::from_hash(&hash)
}

/// The place now; re-renders the component whenever the hash changes.
#[hook]
pub fn use_place() -> Place {
    let place = use_state(current);
    {
        let place = place.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || place.set(current()));
            window::listen("hashchange", listener)
        });
    }
    (*place).clone()
}
