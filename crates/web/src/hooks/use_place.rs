//! `use_place`: the current [`Place`], kept in step with the URL hash.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

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
            let window = web_sys::window();
            if let Some(w) = &window {
                // Failing to listen only loses back/forward navigation; the app still works.
                let _ = w.add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
    (*place).clone()
}
