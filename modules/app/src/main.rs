//! The app's WebAssembly module: the library and every view but a scenario's, which it
//! hands to the play module (`modules/play`). `boot.js` starts it and asks it to draw the
//! page; Trunk builds it for wasm32 (see index.html).

use wasm_bindgen::prelude::wasm_bindgen;

/// A free-list allocator: some 8 KB smaller than the standard one, which matters for the
/// app's download, and quick enough for a page that allocates little. The app is single
/// threaded, which is what makes `AssumeSingleThreaded` sound here.
#[global_allocator]
#[expect(
    unsafe_code,
    reason = "lol_alloc's single-threaded wrapper is unsafe to build; sound because the browser runs this module on one thread"
)]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: WebAssembly in the browser runs this app on one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Draws the page into `root`.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) {
    web::mount(root, web::app::AppProps { module: site::Module::App, view: web::app::views });
}

/// Stops drawing the page.
#[wasm_bindgen]
pub fn unmount() {
    web::unmount();
}

fn main() {}
