//! The play module: a scenario being played (`#/play/<id>`), with the engine's rules of
//! play and scoring, as a WebAssembly module of its own beside the app, so that the app's
//! first download (the library) carries none of it, and a scenario's link downloads this
//! module and not the app.
//!
//! `boot.js` starts it for a `#/play/…` link, or when the app hands such a place over, and
//! calls `mount` with an element to draw the page in; `unmount` when it hands the page back.
//! The library asks it for a card's `progress`.

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

/// Draws the page into `root`: the header and a scenario's view.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    web::mount(root, web::app::AppProps { module: site::Module::Play, view: web::play::views });
}

/// Stops drawing the page.
#[wasm_bindgen]
pub fn unmount() {
    web::unmount();
}

/// How far the saved `log` of scenario `id` has got, in `site::message::Progress`'s text
/// form, or `undefined` when the scenario cannot be had.
#[wasm_bindgen]
pub async fn progress(id: String, log: String) -> Option<String> {
    web::play::progress(&id, &log).await
}

fn main() {}
