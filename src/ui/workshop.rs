//! The workshop views' entry point in their own WebAssembly module (`src/bin/workshop.rs`):
//! the app's `#/facilitate/…` and `#/join/…` routes load that module and call [`mount`] with
//! an element to draw in and the route's path.

use std::cell::RefCell;

use crate::ui::components::workshop::{Workshop, WorkshopProps};

thread_local! {
    /// The workshop view drawn last, so mounting again replaces it.
    static MOUNTED: RefCell<Option<yew::AppHandle<Workshop>>> = const { RefCell::new(None) };
}

/// The stylesheet only the workshop views use, beside the app's own.
const STYLESHEET: &str = "workshop.css";

/// Draws the workshop view for `path` into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, path: &str) {
    crate::ui::panic::install();
    attach_stylesheet();
    MOUNTED.with_borrow_mut(|mounted| {
        if let Some(earlier) = mounted.take() {
            earlier.destroy();
        }
        let props = WorkshopProps { path: path.into() };
        *mounted = Some(yew::Renderer::<Workshop>::with_root_and_props(root, props).render());
    });
}

/// Adds `<link rel="stylesheet" href="workshop.css">` to the page once. The page's
/// Content-Security-Policy allows stylesheets from its own origin.
fn attach_stylesheet() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector(&format!("link[href='{STYLESHEET}']")).ok().flatten().is_some() {
        return;
    }
    let Ok(link) = document.create_element("link") else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", STYLESHEET);
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}
