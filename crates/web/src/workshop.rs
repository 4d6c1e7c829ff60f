//! The workshop views' entry point in their own WebAssembly module (`modules/workshop`):
//! the app's `#/facilitate/…` and `#/join/…` places load that module and call [`mount`] with
//! an element to draw in and the place's path.
//!
//! The module brings its stylesheet, `workshop.css`, and links it into the page the first
//! time it mounts.

use crate::components::workshop::{Workshop, WorkshopProps};

/// Draws the workshop view for `path` into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, path: &str) {
    crate::link_stylesheet("workshop.css");
    crate::draw::<Workshop>(root, WorkshopProps { path: path.into() });
}
