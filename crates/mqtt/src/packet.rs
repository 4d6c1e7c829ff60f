//! The MQTT 3.1.1 control packets a client sends and receives, as values, and how each is
//! written as bytes (§2: a fixed header, the remaining length, then the packet's fields).

use crate::Error;
use crate::topic::{valid_filter, valid_topic};

/// The largest remaining length four bytes can carry (§2.2.3).
pub(crate) const MAX_REMAINING: usize = 268_435_455;

/// A quality of service this client speaks: at most once or at least once (§4.3). QoS 2 is
/// not supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QoS {
    /// QoS 0: sent once, never acknowledged.
    AtMostOnce = 0,
    /// QoS 1: sent until a PUBACK acknowledges it, so it may arrive more than once.
    AtLeastOnce = 1,
}

/// A CONNECT packet, the first a client sends (§3.1), without a will.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connect {
    /// The client identifier (§3.1.3.1); may be empty only with a clean session.
    pub client_id: String,
    /// Whether the server drops any session it kept for this client (§3.1.2.4).
    pub clean_session: bool,
    /// The longest quiet between two packets from the client, in seconds; 0 turns the
    /// keep-alive off (§3.1.2.10).
    pub keep_alive: u16,
    /// The user name, if any (§3.1.3.4).
    pub username: Option<String>,
    /// The password, if any: binary data, and only with a user name (§3.1.2.9, §3.1.3.5).
    pub password: Option<Vec<u8>>,
}

/// A PUBLISH packet (§3.3): an application message on a topic, either way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publish {
    /// The topic name: no wildcards (§3.3.2.1).
    pub topic: String,
    /// The application message, any bytes (§3.3.3).
    pub payload: Vec<u8>,
    /// The packet identifier for QoS 1, `None` for QoS 0 (§3.3.2.2).
    pub id: Option<u16>,
    /// Whether the server keeps the message for future subscribers (§3.3.1.3).
    pub retain: bool,
    /// Whether this is a redelivery of a QoS 1 message; always false at QoS 0 (§3.3.1.1).
    pub dup: bool,
}

impl Publish {
    /// The message's quality of service: QoS 1 when it has a packet identifier.
    pub fn qos(&self) -> QoS {
        if self.id.is_some() { QoS::AtLeastOnce } else { QoS::AtMostOnce }
    }
}

/// An MQTT 3.1.1 control packet (§2.2.1), QoS 2's PUBREC, PUBREL and PUBCOMP aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Packet {
    /// CONNECT, client to server (§3.1).
    Connect(Connect),
    /// CONNACK, server to client (§3.2): whether the server kept a session, and the return
    /// code (0 accepted; 1 to 5 refused: protocol version, identifier, server unavailable,
    /// user name or password, not authorised).
    ConnAck {
        /// Whether the server resumed a session it kept (§3.2.2.2).
        session_present: bool,
        /// The connect return code (§3.2.2.3).
        code: u8,
    },
    /// PUBLISH, either way (§3.3).
    Publish(Publish),
    /// PUBACK with the packet identifier of the QoS 1 PUBLISH it acknowledges (§3.4).
    PubAck(u16),
    /// SUBSCRIBE, client to server (§3.8): at least one topic filter, each with the largest
    /// QoS the client wants its messages at.
    Subscribe {
        /// The packet identifier the SUBACK answers with.
        id: u16,
        /// The topic filters and their requested QoS, at least one.
        filters: Vec<(String, QoS)>,
    },
    /// SUBACK, server to client (§3.9): one return code a filter, in order: the QoS granted
    /// (0, 1 or 2) or 0x80 for a failure.
    SubAck {
        /// The packet identifier of the SUBSCRIBE it answers.
        id: u16,
        /// The return codes, one a filter.
        codes: Vec<u8>,
    },
    /// UNSUBSCRIBE, client to server (§3.10): at least one topic filter.
    Unsubscribe {
        /// The packet identifier the UNSUBACK answers with.
        id: u16,
        /// The topic filters, at least one.
        filters: Vec<String>,
    },
    /// UNSUBACK with the packet identifier of the UNSUBSCRIBE it answers (§3.11).
    UnsubAck(u16),
    /// PINGREQ, client to server (§3.12).
    PingReq,
    /// PINGRESP, server to client (§3.13).
    PingResp,
    /// DISCONNECT, client to server (§3.14).
    Disconnect,
}

/// The return code of a SUBACK that refuses a subscription (§3.9.3).
pub const SUBACK_FAILURE: u8 = 0x80;

impl Packet {
    /// Appends the packet's bytes to `out`, or leaves `out` as it was and says why the packet
    /// cannot be written: a string over 65,535 bytes or holding U+0000, an invalid topic name
    /// or filter, a packet identifier of zero, an empty list, a password without a user name,
    /// an empty client identifier without a clean session, DUP at QoS 0, a reserved SUBACK
    /// code, or a packet over MQTT's largest.
    pub fn encode(&self, out: &mut Vec<u8>) -> Result<(), Error> {
        let mut body = Vec::new();
        let header = self.body(&mut body)?;
        let mut len = body.len();
        if len > MAX_REMAINING {
            return Err(Error::TooLarge);
        }
        out.reserve(body.len() + 5);
        out.push(header);
        // §2.2.3: seven bits a byte, least significant first, the top bit set on all but
        // the last.
        loop {
            let byte = (len % 128) as u8;
            len /= 128;
            out.push(if len > 0 { byte | 0x80 } else { byte });
            if len == 0 {
                break;
            }
        }
        out.extend_from_slice(&body);
        Ok(())
    }

    /// The packet's bytes; see [`Packet::encode`] for why it may fail.
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.encode(&mut out)?;
        Ok(out)
    }

    /// Writes the variable header and payload to `body` and returns the fixed header's first
    /// byte (§2.2).
    fn body(&self, body: &mut Vec<u8>) -> Result<u8, Error> {
        Ok(match self {
            Self::Connect(c) => {
                if (c.password.is_some() && c.username.is_none()) || (c.client_id.is_empty() && !c.clean_session) {
                    return Err(Error::Malformed);
                }
                // §3.1.2: protocol name, level 4, flags, keep-alive.
                put_string(body, "MQTT")?;
                let flags = u8::from(c.username.is_some()) << 7
                    | u8::from(c.password.is_some()) << 6
                    | u8::from(c.clean_session) << 1;
                body.extend_from_slice(&[4, flags]);
                body.extend_from_slice(&c.keep_alive.to_be_bytes());
                put_string(body, &c.client_id)?;
                if let Some(username) = &c.username {
                    put_string(body, username)?;
                }
                if let Some(password) = &c.password {
                    put_binary(body, password)?;
                }
                0x10
            }
            Self::ConnAck { session_present, code } => {
                body.extend_from_slice(&[u8::from(*session_present), *code]);
                0x20
            }
            Self::Publish(p) => {
                put_checked(body, &p.topic, valid_topic)?;
                let qos = match p.id {
                    Some(id) => {
                        put_id(body, id)?;
                        1
                    }
                    None if p.dup => return Err(Error::Malformed),
                    None => 0,
                };
                body.extend_from_slice(&p.payload);
                0x30 | u8::from(p.dup) << 3 | qos << 1 | u8::from(p.retain)
            }
            Self::PubAck(id) => {
                put_id(body, *id)?;
                0x40
            }
            Self::Subscribe { id, filters } => {
                put_id(body, *id)?;
                if filters.is_empty() {
                    return Err(Error::Malformed);
                }
                for (filter, qos) in filters {
                    put_checked(body, filter, valid_filter)?;
                    body.push(*qos as u8);
                }
                0x82
            }
            Self::SubAck { id, codes } => {
                put_id(body, *id)?;
                if !codes.iter().all(|&c| valid_suback_code(c)) {
                    return Err(Error::Malformed);
                }
                body.extend_from_slice(codes);
                0x90
            }
            Self::Unsubscribe { id, filters } => {
                put_id(body, *id)?;
                if filters.is_empty() {
                    return Err(Error::Malformed);
                }
                for filter in filters {
                    put_checked(body, filter, valid_filter)?;
                }
                0xA2
            }
            Self::UnsubAck(id) => {
                put_id(body, *id)?;
                0xB0
            }
            Self::PingReq => 0xC0,
            Self::PingResp => 0xD0,
            Self::Disconnect => 0xE0,
        })
    }
}

/// Whether a SUBACK return code is one the spec defines: a granted QoS or a failure (§3.9.3).
pub(crate) fn valid_suback_code(code: u8) -> bool {
    matches!(code, 0 | 1 | 2 | SUBACK_FAILURE)
}

/// A non-zero packet identifier, two bytes big-endian (§2.3.1).
fn put_id(out: &mut Vec<u8>, id: u16) -> Result<(), Error> {
    if id == 0 {
        return Err(Error::PacketId);
    }
    out.extend_from_slice(&id.to_be_bytes());
    Ok(())
}

/// Binary data: its length in two bytes, big-endian, then the bytes (§1.5.3, §3.1.3.5).
fn put_binary(out: &mut Vec<u8>, bytes: &[u8]) -> Result<(), Error> {
    let len = u16::try_from(bytes.len()).map_err(|_| Error::TooLong)?;
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(bytes);
    Ok(())
}

/// A UTF-8 encoded string, which may not hold U+0000 (§1.5.3).
fn put_string(out: &mut Vec<u8>, text: &str) -> Result<(), Error> {
    if text.contains('\0') {
        return Err(Error::Utf8);
    }
    put_binary(out, text.as_bytes())
}

/// A topic name or filter, checked with `valid` (§4.7).
fn put_checked(out: &mut Vec<u8>, topic: &str, valid: fn(&str) -> bool) -> Result<(), Error> {
    if topic.len() > usize::from(u16::MAX) {
        return Err(Error::TooLong);
    }
    if !valid(topic) {
        return Err(Error::Topic);
    }
    put_string(out, topic)
}
