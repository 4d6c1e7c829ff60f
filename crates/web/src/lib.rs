//! The browser app: a thin Yew layer over the engine.
//!
//! Components render what the engine derives and send the learner's responses back to it;
//! `model` holds the state as plain data with its reducers; all browser effects (the URL,
//! storage, fetching, focus) live in `hooks`. Compiled for wasm32 only.
//!
//! Four WebAssembly modules draw the page, one at a time, each with [`mount`] and
//! [`unmount`]: the app (`modules/app`, with [`app::views`]), the play module
//! (`modules/play`, with [`play::views`]), the join module (`modules/join`, with
//! [`join::views`]) and the vote module (`modules/vote`, with [`vote::views`]); see `app.rs`.

use std::cell::RefCell;

pub mod app;
pub mod author;
pub mod cohort;
pub mod components;
pub mod hooks;
pub mod join;
pub mod model;
pub mod panic;
pub mod phrase;
pub mod play;
pub mod review;
pub mod vote;
pub mod workshop;

thread_local! {
    /// Takes down what this module drew last, while it draws.
    static DRAWN: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Installs the error view for panics, then draws `C` with `props` into `root`, replacing
/// whatever this module drew before. Every module's entry point draws through it.
pub fn draw<C: yew::BaseComponent>(root: web_sys::Element, props: C::Properties) {
    panic::install();
    unmount();
    let handle = yew::Renderer::<C>::with_root_and_props(root, props).render();
    DRAWN.with_borrow_mut(|drawn| *drawn = Some(Box::new(move || handle.destroy())));
}

/// Draws the app into `root` with these views, replacing any earlier drawing.
pub fn mount(root: web_sys::Element, props: app::AppProps) {
    draw::<app::App>(root, props);
}

/// Stops drawing, so another module can draw the page.
pub fn unmount() {
    if let Some(destroy) = DRAWN.with_borrow_mut(Option::take) {
        destroy();
    }
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
