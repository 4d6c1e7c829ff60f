//! The web entry point: the app's WebAssembly module, which `boot.js` starts and asks to
//! draw the page. Built for wasm32 by Trunk.
//!
//! Built natively, the same binary prepares the app's static files: `app pack DIR` writes
//! every built-in scenario, packed (see `src/pack.rs`), to `DIR/<id>.jcp`. Trunk runs it
//! after each build (see `Trunk.toml`), so the web app never parses scenario text to play
//! the built-in library.

/// A free-list allocator: some 8 KB smaller than the standard one, which matters for the
/// app's download, and quick enough for a page that allocates little. The app is single
/// threaded, which is what makes `AssumeSingleThreaded` sound here.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: WebAssembly in the browser runs this app on one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// What `boot.js` calls: the app draws the library and every other view but a scenario's,
/// which it hands to the play module (`src/bin/play.rs`).
#[cfg(target_arch = "wasm32")]
mod web {
    use judgement_call::ui;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Draws the page into `root`.
    #[wasm_bindgen]
    pub fn mount(root: web_sys::Element) {
        ui::mount(root, ui::app::AppProps { module: "app", view: ui::app::views });
    }

    /// Stops drawing the page.
    #[wasm_bindgen]
    pub fn unmount() {
        ui::unmount();
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [command, dir] if command == "pack" => match pack(std::path::Path::new(dir)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(problem) => {
                eprintln!("app pack: {problem}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("The web app runs in a browser: build it with `trunk serve` (see README.md).");
            eprintln!("`app pack DIR` writes the built-in scenarios, packed, into DIR.");
            ExitCode::from(2)
        }
    }
}

/// Writes every built-in scenario, packed, into `dir`.
#[cfg(not(target_arch = "wasm32"))]
fn pack(dir: &std::path::Path) -> Result<(), String> {
    use judgement_call::{engine, library, pack};

    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in library::ENTRIES {
        let scenario = engine::read(entry.source).map_err(|diagnostics| {
            let lines: Vec<String> = diagnostics.iter().map(|d| d.headline(entry.file, entry.source)).collect();
            lines.join("\n")
        })?;
        let path = dir.join(format!("{}.jcp", scenario.meta.id));
        std::fs::write(&path, pack::encode(&scenario)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
