//! `use_keys`: facilitator mode's keyboard shortcuts (N, R, T), heard anywhere on the page
//! except while someone types in a field, and never with Ctrl, Alt or Meta held (the
//! browser's own shortcuts).

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::hooks::window;

use ::workshop::message::Key;

/// Calls `on_key` for every shortcut pressed while the element `root` is on the page.
#[hook]
pub fn use_keys(root: NodeRef, on_key: Callback<Key>) {
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
            if event.ctrl_key() || event.alt_key() || event.meta_key() || event.repeat() || event.default_prevented() {
                return;
            }
            // A view replaced by another place stays in memory until the module draws again.
            if !root.get().is_some_and(|r| r.is_connected()) {
                return;
            }
            let typing = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|target| {
                matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || target.closest("[contenteditable]").ok().flatten().is_some()
            });
            if typing {
                return;
            }
            if let Some(key) = Key::from_key(&event.key()) {
                event.prevent_default();
                latest.borrow().emit(key);
            }
        });
        window::listen("keydown", listener)
    });
}
