//! Presentational components, one per file.

pub mod library;
pub mod play;
