//! Judgement Call: a branching-scenario trainer for product managers' judgement.
//!
//! The crate has three layers. [`engine`] is pure: it parses scenario files, validates them
//! into a [`engine::Scenario`], and plays a [`engine::Playthrough`] forward one response at a
//! time. It does no IO and knows nothing of the browser. `ui` (browser only) is a thin Yew
//! layer over the engine, and [`lms`] maps playthroughs to what learning-management systems
//! record. [`library`] lists the built-in scenarios (and, natively, holds their text);
//! [`pack`] is the compact binary form the web app plays them from; `report` (native only)
//! draws diagnostics, graphs and transcripts for people, with [`figures`] formatting numbers
//! the way the web app does too.
//!
//! See ARCHITECTURE.md for the map and the invariants that keep these layers apart.

pub mod engine;
pub mod figures;
pub mod library;
pub mod lms;
pub mod pack;
#[cfg(not(target_arch = "wasm32"))]
pub mod report;
#[cfg(target_arch = "wasm32")]
pub mod ui;
pub mod workshop;
