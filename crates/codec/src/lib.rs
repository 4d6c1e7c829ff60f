//! The persisted formats: how the engine's values are written to bytes or text and read
//! back, for every host alike.
//!
//! [`pack`] is the compact binary form of a validated scenario that the web app plays the
//! built-in library from. Nothing here does IO: callers hand in and take out bytes.

pub mod pack;
