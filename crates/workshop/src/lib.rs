//! Workshop facilitation, its pure parts: participant result codes (and their QR codes), the
//! room summary built from many of them, the presentation (the facilitated workshop as it
//! stands) as actions on data, the session's record kept by watching it (votes, timings,
//! notes) and its downloads, the messages its windows exchange, the facilitator guide's
//! timings and decision map, and the workshop's places. The views (`ui`, in the workshop module) sit on top.

pub mod code;
pub mod csv;
pub mod guide;
pub mod live;
pub mod message;
pub mod presentation;
pub mod qr;
pub mod record;
pub mod room;
