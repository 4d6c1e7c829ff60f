//! The vote module: a participant's phone in a live workshop room
//! (`?broker=…&room=…#/vote/<scenario>`), as a WebAssembly module of its own, so a live
//! room's join link downloads this module and the scenario: the room's transport and the
//! decision forms, and neither the app, the facilitator's views nor the join module's solo
//! play and codes.
//!
//! `boot.js` starts it for a `#/vote/…` link and calls `mount` with an element to draw the
//! page in; `unmount` when it hands the page back.

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

/// Draws the page into `root`: the header and the phone's view of the room.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    web::mount(root, web::app::AppProps { module: site::Module::Vote, view: web::vote::views });
}

/// Stops drawing the page.
#[wasm_bindgen]
pub fn unmount() {
    web::unmount();
}

fn main() {}
