//! The one integration-test binary: the language reference construct by construct, golden
//! diagnostics and playthrough plans, the CLI, property tests, library-wide checks and the
//! architecture's tidy rules.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "test code, helpers included: a fixture that cannot be read should stop the test where it failed"
)]

// The integration tests read files and use native-only crates (proptest, annotate-snippets
// through `report`); on wasm this binary is empty.

mod cli;
mod cohort;
mod diagnostics;
mod docs;
mod language;
mod library;
mod lms;
mod package;
mod panel;
mod plans;
mod properties;
mod room;
mod scoring;
mod tidy;
mod translate;
mod workshop;
