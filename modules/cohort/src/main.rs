//! The cohort module: the Cohort view (`#/cohort`) with the cohort's item analysis
//! (`evidence::cohort`: the statement reader, the tallies and the report), which the app
//! loads only when an instructional designer opens it, so nobody else downloads it.
//!
//! `boot.js` imports it on demand; the app's Cohort place then calls `mount` with the
//! element to draw into.

use wasm_bindgen::prelude::wasm_bindgen;

/// Draws the Cohort view into `root`, replacing any earlier one; it takes no argument.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, _argument: String) {
    web::cohort::mount(root);
}

fn main() {}
