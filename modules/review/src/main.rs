//! The review module: the analysis, the scorecard, the debrief and the Debrief and Profile
//! views, which the app loads only when a learner opens `#/debrief/<id>` or `#/profile`, so
//! the first download stays small.
//!
//! `boot.js` imports it on demand; the app's place then calls `mount` with the element to
//! draw into and `debrief/<id>` or `profile`.

use wasm_bindgen::prelude::wasm_bindgen;

/// Draws the view `argument` names (`debrief/<id>` or `profile`) into `root`, replacing any
/// earlier one.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, argument: String) {
    web::review::mount(root, &argument);
}

fn main() {}
