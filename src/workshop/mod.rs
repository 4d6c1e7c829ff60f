//! Workshop facilitation, its pure parts: participant result codes (and their QR codes), the
//! room summary built from many of them, and the facilitated session as actions on data. The
//! facilitator's projector and presenter views will sit on top.

pub mod code;
pub mod qr;
pub mod room;
pub mod session;
