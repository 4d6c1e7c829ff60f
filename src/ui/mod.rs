//! The browser app: a thin Yew layer over the engine.
//!
//! Components render what the engine derives and send the learner's responses back to it;
//! all browser effects (the URL, storage) live in `hooks`. Compiled for wasm32 only.

pub mod app;
pub mod components;
pub mod hooks;
pub mod panic;
pub mod route;

/// Mounts the app on the page's `<main>`-holding body and installs the panic view.
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}

#[cfg(test)]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
