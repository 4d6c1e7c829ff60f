//! The workshop views' entry point in their own WebAssembly module (`modules/workshop`):
//! the app's `#/facilitate/…` places load that module and call [`mount`] with
//! an element to draw in and the place's path.
//!
//! `boot.js` links its stylesheets (`play.css`, `workshop.css`; see `site::Module::stylesheets`)
//! before it first draws.

use crate::components::workshop::{Workshop, WorkshopProps, views};

/// Draws the workshop view for `path` into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, path: &str) {
    crate::draw::<Workshop>(root, WorkshopProps { path: path.into(), draw: views });
}
