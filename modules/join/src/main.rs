//! The join module: a participant's phone in a workshop (`#/join/<scenario>[/<room>]`), as a
//! WebAssembly module of its own, so a join link downloads this module and the scenario, and
//! neither the app nor the facilitator's views. A live room's phones load the vote module
//! instead (`modules/vote`).
//!
//! `boot.js` starts it for a `#/join/…` link, or when the app hands such a place over, and
//! calls `mount` with an element to draw the page in; `unmount` when it hands the page back.

use wasm_bindgen::prelude::wasm_bindgen;

/// The same small allocator as the app's (see `modules/app`).
#[global_allocator]
#[expect(
    unsafe_code,
    reason = "lol_alloc's single-threaded wrapper is unsafe to build; sound because the browser runs this module on one thread"
)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: WebAssembly in the browser runs this module on one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Draws the page into `root`: the header and a participant's view.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    web::mount(root, web::app::AppProps { module: site::Module::Join, view: web::join::views });
}

/// Stops drawing the page.
#[wasm_bindgen]
pub fn unmount() {
    web::unmount();
}

fn main() {}
