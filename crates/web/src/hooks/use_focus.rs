//! `use_focus`: moves keyboard focus to an element when something changes, such as the
//! heading of the next scene after a response, so keyboard and screen-reader users land
//! where the story continues.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Focuses the element with id `target` whenever `key` changes after the first render.
/// `None` leaves focus where it is.
#[hook]
pub fn use_focus<K: PartialEq + Clone + 'static>(key: K, target: Option<String>) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if std::mem::replace(&mut *first.borrow_mut(), false) {
            return;
        }
        focus(target.as_deref());
    });
}

/// Focuses the element with this id, if there is one.
pub fn focus(id: Option<&str>) {
    let element = id.and_then(|id| web_sys::window()?.document()?.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
