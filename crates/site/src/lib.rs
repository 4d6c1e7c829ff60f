//! The web app's map, said once for every host: its places and their `#/…` links
//! ([`place`]), the WebAssembly modules and which of them draws each place ([`module`]),
//! what one module tells another ([`message`]), every key the app stores under ([`key`]),
//! and the workshop module's own places ([`workshop`]).
//!
//! The web crate draws with it, the LMS module reads its keys and places, and the CLI
//! writes [`module::boot_table`] into `boot.js` at build time, so the page's starter knows
//! which module to start without a second list of names. Pure: no IO, no browser.

pub mod key;
pub mod message;
pub mod module;
pub mod place;
pub mod workshop;

pub use module::Module;
pub use place::Place;

/// Whether `word` can be a scenario id: letters, digits, `-` and `_`, at least one.
pub fn is_id(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}
