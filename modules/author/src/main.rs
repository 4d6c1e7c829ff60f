//! The Author module: the whole engine (parse, validate, analyse) and the Author view's
//! components, which the app loads only when someone opens `#/author`, so learners never
//! download them.
//!
//! `boot.js` imports it on demand; the app's Author place then calls `mount` with the
//! element to draw into.

use wasm_bindgen::prelude::wasm_bindgen;

/// Draws the Author view into `root`, replacing any earlier one; it takes no argument.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, _argument: String) {
    web::author::mount(root);
}

fn main() {}
