//! The workshop module: facilitator mode (presenter and projector windows, votes, the room
//! summary), the participant's view and the printable facilitator guide, with the engine's
//! analysis and the code and QR encoders. The app loads it only when someone opens
//! `#/facilitate/…` or `#/join/…`, so learners never download it.
//!
//! `boot.js` imports it on demand; the app's workshop places then call `mount` with the
//! element to draw into and the place's path.

use wasm_bindgen::prelude::wasm_bindgen;

/// Draws the workshop view for `path` (as `facilitate/first-call`) into `root`, replacing
/// any earlier one.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, path: String) {
    web::workshop::mount(root, &path);
}

fn main() {}
