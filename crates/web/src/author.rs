//! The Author view's entry point in its own WebAssembly module (`modules/author`): the
//! app's `#/author` place loads that module and calls [`mount`] with an element to draw in.
//!
//! `boot.js` links its stylesheets (`play.css`, `author.css`; see `site::Module::stylesheets`)
//! before it first draws.

use crate::components::author::Author;

/// Draws the Author view into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element) {
    crate::draw::<Author>(root, ());
}
