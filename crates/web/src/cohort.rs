//! The Cohort view's entry point in its own WebAssembly module (`modules/cohort`): the app's
//! `#/cohort` place loads that module and calls [`mount`] with an element to draw in.
//!
//! `boot.js` links its stylesheet (`author.css`; see `site::Module::stylesheets`) before it
//! first draws.

use crate::components::cohort::Cohort;

/// Draws the Cohort view into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element) {
    crate::draw::<Cohort>(root, ());
}
