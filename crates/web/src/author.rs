//! The author module's entry point (`modules/author`): the app's `#/author` place (the
//! Author view) and `#/panel/<id>` (an expert's rating for the author's panel) load that
//! module and call [`mount`] with an element to draw in and `` or `panel/<id>`.
//!
//! `boot.js` links its stylesheets (`play.css`, `author.css`; see `site::Module::stylesheets`)
//! before it first draws.

use crate::components::author::Author;
use crate::components::panel::{Panel, PanelProps};

/// Draws the view `argument` names into `root` (`panel/<id>`, else the Author view),
/// replacing any earlier one.
pub fn mount(root: web_sys::Element, argument: &str) {
    match argument.strip_prefix("panel/") {
        Some(id) => crate::draw::<Panel>(root, PanelProps { id: id.to_string().into() }),
        None => crate::draw::<Author>(root, ()),
    }
}
