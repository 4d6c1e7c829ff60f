//! Workshop facilitation, its pure parts: participant result codes, and the room summary
//! built from many of them. The facilitator's projector and presenter views will sit on top.

pub mod code;
pub mod qr;
pub mod room;
