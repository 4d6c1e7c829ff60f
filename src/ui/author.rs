//! The Author view's entry point in its own WebAssembly module (`src/bin/author.rs`): the
//! app's `#/author` route loads that module and calls [`mount`] with an element to draw in.
//!
//! The module brings its stylesheet, `author.css`, and links it into the page the first
//! time it mounts.

use crate::ui::components::author::Author;

/// Draws the Author view into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element) {
    crate::ui::link_stylesheet("author.css");
    crate::ui::draw::<Author>(root, ());
}
