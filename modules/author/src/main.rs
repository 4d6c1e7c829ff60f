//! The Author module: the whole engine (parse, validate, analyse), the Author view's
//! components and the expert panel's rating view, which the app loads only when someone
//! opens `#/author` or `#/panel/<id>`, so learners never download them.
//!
//! `boot.js` imports it on demand; the app's Author place then calls `mount` with the
//! element to draw into.

use wasm_bindgen::prelude::wasm_bindgen;

/// Draws the view `argument` names (`panel/<id>`, else the Author view) into `root`,
/// replacing any earlier one.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, argument: String) {
    web::author::mount(root, &argument);
}

fn main() {}
