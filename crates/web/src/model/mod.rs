//! The app's state as plain data: display settings, a play session and its reducer, and the
//! text forms they are saved in. Nothing here touches the browser; the hooks do the saving.

pub mod attempts;
pub mod draft;
pub mod facilitation;
pub mod finding;
pub mod profile;
pub mod saved;
pub mod session;
pub mod settings;
pub mod transfer;
