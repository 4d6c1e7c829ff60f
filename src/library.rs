//! The built-in scenario library, compiled into every binary.
//!
//! Scenario files live in `scenarios/`; this module only names them. Keeping the list here
//! (rather than reading a folder at run time) lets the web app work from any static host.

/// One built-in scenario file: its file name and its source text.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub file: &'static str,
    pub source: &'static str,
}

/// Every built-in scenario, in the order the library shows them.
pub const ENTRIES: &[Entry] =
    &[Entry { file: "first-call.scenario", source: include_str!("../scenarios/first-call.scenario") }];
