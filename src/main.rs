//! The web entry point: mounts the Yew app. Built for wasm32 by Trunk; a native build only
//! explains where the app lives.

#[cfg(target_arch = "wasm32")]
fn main() {
    judgement_call::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The web app runs in a browser: build it with `trunk serve` (see README.md).");
}
