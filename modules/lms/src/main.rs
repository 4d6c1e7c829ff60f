//! The LMS bridges as a WebAssembly module of their own: `boot.js` loads it only when it
//! finds an LMS at start (a SCORM API on a parent or opener window, or cmi5 launch
//! parameters), so a standalone learner never downloads it. It holds what recording needs
//! and the app shell lacks: the analysis and scoring of a playthrough, the mapping to each
//! standard, and the bridges (`crate::bridge`).
//!
//! It exports four calls for `boot.js`: `start(kind)` before the app starts, `resume(id)`
//! and `progress(id, log, scenario)` for the app's play sessions (through `judgementCall`),
//! and
//! `mounted()` once the app has drawn the page.

mod bridge;

use wasm_bindgen::prelude::wasm_bindgen;

/// Opens the link to the LMS `boot.js` found: `scorm2004`, `scorm12` or `cmi5`.
#[wasm_bindgen]
pub async fn start(kind: String) {
    bridge::start(&kind).await;
}

/// The log to resume scenario `id` from (empty for a fresh start), or `undefined` when
/// this launch does not record it.
#[wasm_bindgen]
pub fn resume(id: String) -> Option<String> {
    bridge::resume(&id)
}

/// The app's log of scenario `id` after a change (a response, a restart), with the
/// scenario's packed bytes as `boot.js` fetched them for the play module (an `ArrayBuffer`,
/// or anything else when it has none), so this module never fetches it again.
#[wasm_bindgen]
pub fn progress(id: String, log: String, scenario: wasm_bindgen::JsValue) {
    bridge::progress(&id, &log, &scenario);
}

/// The app has drawn the page: the status line can be shown.
#[wasm_bindgen]
pub fn mounted() {
    bridge::mounted();
}

fn main() {}
