//! Presentational components, one per file.

pub mod decision;
pub mod library;
pub mod play;
pub mod prose;
