//! An MQTT 3.1.1 packet codec for a client (OASIS standard, 29 October 2014): the packets a
//! client sends and receives as values, [`Packet::encode`] to write one as bytes and
//! [`decode`] to read one back, [`Stream`] to read whole packets out of WebSocket frames that
//! may hold several packets or part of one, and [`matches`] to route a publish to the
//! subscriptions whose topic filter it matches.
//!
//! Nothing here does IO, keeps time or starts threads, and the crate depends on nothing but
//! `std`: the caller moves the bytes and sends `PINGREQ` when its keep-alive runs out. Quality
//! of service 0 and 1 are supported; QoS 2 is not, and a QoS 2 packet or a subscription
//! asking for it is [`Error::Unsupported`], as a CONNECT with a will is. Bad input is an
//! [`Error`], never a panic, and [`decode`] never buffers more than its caller's limit.

mod decode;
mod packet;
mod stream;
mod topic;

#[cfg(test)]
mod tests;

pub use decode::decode;
pub use packet::{Connect, Packet, Publish, QoS, SUBACK_FAILURE};
pub use stream::Stream;
pub use topic::{matches, valid_filter, valid_topic};

/// Why bytes are not a packet, or a packet cannot be written. After a decoding error the
/// connection is to be closed (MQTT 3.1.1 §4.8): the bytes that follow cannot be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// The remaining length runs past four bytes (§2.2.3).
    RemainingLength,
    /// The packet is longer than the caller's limit when decoding, or than MQTT's largest
    /// (a remaining length of 268,435,455 bytes, §2.2.3) when encoding.
    TooLarge,
    /// The packet type is reserved: 0 or 15 (§2.2.1).
    PacketType,
    /// The fixed header's flags are not the ones the packet type requires (§2.2.2).
    Flags,
    /// A quality of service of 3, or a requested QoS byte with reserved bits set
    /// (§3.3.1.2, §3.8.3.1).
    QoS,
    /// Something this client does not speak: a QoS 2 packet or subscription, a CONNECT with
    /// a will, another protocol name or level (§3.1.2.1, §3.1.2.2).
    Unsupported,
    /// A string that is not well-formed UTF-8 or holds U+0000 (§1.5.3).
    Utf8,
    /// A string or binary field longer than 65,535 bytes (§1.5.3).
    TooLong,
    /// An empty topic name or filter, a wildcard in a topic name, or a wildcard that does not
    /// fill its level of a filter (§4.7).
    Topic,
    /// A packet identifier of zero (§2.3.1).
    PacketId,
    /// The bytes do not hold the packet's fields: a length that disagrees with them, reserved
    /// bits set, an empty list of subscriptions, a password without a user name, an empty
    /// client identifier without a clean session, a SUBACK return code that is reserved.
    Malformed,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::RemainingLength => "MQTT remaining length longer than four bytes",
            Self::TooLarge => "MQTT packet too large",
            Self::PacketType => "reserved MQTT packet type",
            Self::Flags => "wrong MQTT fixed header flags",
            Self::QoS => "invalid MQTT quality of service",
            Self::Unsupported => "unsupported MQTT feature (QoS 2, will, protocol version)",
            Self::Utf8 => "invalid MQTT string",
            Self::TooLong => "MQTT string longer than 65535 bytes",
            Self::Topic => "invalid MQTT topic name or filter",
            Self::PacketId => "MQTT packet identifier of zero",
            Self::Malformed => "malformed MQTT packet",
        })
    }
}

impl std::error::Error for Error {}
