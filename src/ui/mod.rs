//! The browser app: a thin Yew layer over the engine.
//!
//! Components render what the engine derives and send the learner's responses back to it;
//! `model` holds the state as plain data with its reducers; all browser effects (the URL,
//! storage, fetching, focus) live in `hooks`. Compiled for wasm32 only.
//!
//! Two WebAssembly modules draw the page, one at a time, each with [`mount`] and
//! [`unmount`]: the app (`src/main.rs`, with [`app::views`]) and the play module
//! (`src/bin/play.rs`, with [`play::views`]); see `app.rs`.

use std::cell::RefCell;

pub mod app;
pub mod author;
pub mod components;
pub mod hooks;
pub mod model;
pub mod panic;
pub mod play;
pub mod review;
pub mod route;
pub mod workshop;

thread_local! {
    /// The app drawn by this module, while it draws the page.
    static MOUNTED: RefCell<Option<yew::AppHandle<app::App>>> = const { RefCell::new(None) };
}

/// Installs the error view for panics, then draws the app into `root` with these views,
/// replacing any earlier drawing.
pub fn mount(root: web_sys::Element, props: app::AppProps) {
    panic::install();
    unmount();
    let handle = yew::Renderer::<app::App>::with_root_and_props(root, props).render();
    MOUNTED.with_borrow_mut(|mounted| *mounted = Some(handle));
}

/// Stops drawing, so another module can draw the page.
pub fn unmount() {
    if let Some(handle) = MOUNTED.with_borrow_mut(Option::take) {
        handle.destroy();
    }
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
