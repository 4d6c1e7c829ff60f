//! The Author view's entry point in its own WebAssembly module (`modules/author`): the
//! app's `#/author` place loads that module and calls [`mount`] with an element to draw in.
//!
//! The module brings its stylesheet, `author.css`, and links it into the page the first
//! time it mounts.

use crate::components::author::Author;

/// Draws the Author view into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element) {
    crate::link_stylesheet("author.css");
    crate::draw::<Author>(root, ());
}
