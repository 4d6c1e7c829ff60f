//! The Author view's entry point in its own WebAssembly module (`src/bin/author.rs`): the
//! app's `#/author` route loads that module and calls [`mount`] with an element to draw in.

use std::cell::RefCell;

use crate::ui::components::author::Author;

thread_local! {
    /// The Author view drawn last, so mounting again replaces it.
    static MOUNTED: RefCell<Option<yew::AppHandle<Author>>> = const { RefCell::new(None) };
}

/// Draws the Author view into `root`, replacing any earlier one.
pub fn mount(root: web_sys::Element) {
    crate::ui::panic::install();
    MOUNTED.with_borrow_mut(|mounted| {
        if let Some(earlier) = mounted.take() {
            earlier.destroy();
        }
        *mounted = Some(yew::Renderer::<Author>::with_root(root).render());
    });
}
