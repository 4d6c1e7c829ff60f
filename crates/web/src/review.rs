//! The Debrief and Profile views' entry point in their own WebAssembly module
//! (`modules/review`): the app's `#/debrief/<id>` and `#/profile` places load that module
//! and call [`mount`] with an element to draw in and `debrief/<id>` or `profile`.
//!
//! The module brings its stylesheet, `review.css`, and links it into the page the first
//! time it mounts.

use crate::components::review::{Review, ReviewProps};

/// Draws the view that `argument` names into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, argument: &str) {
    crate::link_stylesheet("review.css");
    crate::draw::<Review>(root, ReviewProps { place: argument.to_string() });
}
