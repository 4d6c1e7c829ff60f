//! `use_fit`: how much to shrink a screen's type so the whole page fits the window without
//! scrolling, such as a projected scene read from the back of a room. After each render
//! with new content, while the page is taller than the window, it steps the level up (the
//! stylesheet maps each level to a smaller size), up to `most`; a resized window starts
//! again from full size.

use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::hooks::window;

/// The level to shrink by (0 for none) for content identified by `key`.
#[hook]
pub fn use_fit<K: PartialEq + Clone + 'static>(key: K, most: u8) -> u8 {
    let level = use_state_eq(|| 0u8);
    let fitted = use_mut_ref(|| None::<(K, (i32, i32))>);
    let redraw = use_force_update();
    {
        let level = level.clone();
        use_effect_with((key, size(), *level), move |(key, size, now)| {
            let content = Some((key.clone(), *size));
            let fresh = *fitted.borrow() != content;
            *fitted.borrow_mut() = content;
            if fresh && *now > 0 {
                // New content, or a resized window, starts again from full size.
                level.set(0);
            } else if *now < most && spills() {
                level.set(now + 1);
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn()>::new(move || redraw.force_update());
        window::listen("resize", listener)
    });
    *level
}

/// The window's inner size, in whole pixels.
fn size() -> (i32, i32) {
    let Some(window) = web_sys::window() else { return (0, 0) };
    let px =
        |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0) as i32;
    (px(window.inner_width()), px(window.inner_height()))
}

/// True when the page is taller than the window.
fn spills() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let page = window.document().and_then(|d| d.document_element()).map_or(0, |e| e.scroll_height());
    f64::from(page) > height
}
