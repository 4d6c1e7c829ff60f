//! The browser app: a thin Yew layer over the engine.
//!
//! Components render what the engine derives and send the learner's responses back to it;
//! `model` holds the state as plain data with its reducers; all browser effects (the URL,
//! storage, fetching, focus) live in `hooks`. Compiled for wasm32 only.

pub mod app;
pub mod author;
pub mod components;
pub mod hooks;
pub mod model;
pub mod panic;
pub mod route;
pub mod workshop;

/// Installs the error view for panics, then mounts the app on the page's body.
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
