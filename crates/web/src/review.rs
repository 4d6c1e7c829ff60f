//! The Debrief and Profile views' entry point in their own WebAssembly module
//! (`modules/review`): the app's `#/debrief/<id>` and `#/profile` places load that module
//! and call [`mount`] with an element to draw in and `debrief/<id>` or `profile`.
//!
//! `boot.js` links its stylesheets (`play.css`, `review.css`; see `site::Module::stylesheets`)
//! before it first draws.

use crate::components::review::{Review, ReviewProps};

/// Draws the view that `argument` names into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, argument: &str) {
    crate::draw::<Review>(root, ReviewProps { place: argument.to_string() });
}
