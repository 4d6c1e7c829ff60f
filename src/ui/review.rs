//! The Debrief and Profile views' entry point in their own WebAssembly module
//! (`src/bin/review.rs`): the app's `#/debrief/<id>` and `#/profile` routes load that module
//! and call [`mount`] with an element to draw in and `debrief/<id>` or `profile`.
//!
//! The module brings its stylesheet, `review.css`, and attaches it to the page the first
//! time it mounts (the page's Content-Security-Policy allows the app's own stylesheets).

use std::cell::RefCell;

use crate::ui::components::review::{Review, ReviewProps};

thread_local! {
    /// The view drawn last, so mounting again replaces it.
    static MOUNTED: RefCell<Option<yew::AppHandle<Review>>> = const { RefCell::new(None) };
}

/// The id of the module's stylesheet link.
const STYLESHEET: &str = "review-stylesheet";

/// Draws the view that `argument` names into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element, argument: &str) {
    crate::ui::panic::install();
    attach_stylesheet();
    let props = ReviewProps { place: argument.to_string() };
    MOUNTED.with_borrow_mut(|mounted| {
        if let Some(earlier) = mounted.take() {
            earlier.destroy();
        }
        *mounted = Some(yew::Renderer::<Review>::with_root_and_props(root, props).render());
    });
}

/// Links `review.css` into the page's head, once.
fn attach_stylesheet() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id(STYLESHEET).is_some() {
        return;
    }
    let (Ok(Some(head)), Ok(link)) = (document.query_selector("head"), document.create_element("link")) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "review.css");
    link.set_id(STYLESHEET);
    let _ = head.append_child(&link);
}
