//! The reader: the whole engine (parse, validate, analyse) for the Author view, built as a
//! WebAssembly module of its own that the app loads only when an author opens a file.
//!
//! Keeping it apart keeps the learner's app shell small: the learner plays packed scenarios
//! and never needs the parser or the diagnostics. `check` returns a packed
//! [`judgement_call::pack::Report`]. Built natively it does nothing.

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::wasm_bindgen;

    /// Reads an author's scenario text: the packed report of what the engine found.
    #[wasm_bindgen]
    pub fn check(source: &str) -> Vec<u8> {
        judgement_call::pack::encode_report(&judgement_call::pack::report(source))
    }
}

fn main() {}
