//! Reading one MQTT 3.1.1 control packet from the front of a buffer: the fixed header is
//! checked as soon as it arrives, a packet longer than the caller's limit is refused before
//! it is buffered, and a packet is read only once every byte of it is there.

use crate::packet::valid_suback_code;
use crate::topic::{valid_filter, valid_topic};
use crate::{Connect, Error, Packet, Publish, QoS};

/// Reads the packet at the front of `bytes`, which holds no more than `max` bytes in all
/// (fixed header included).
///
/// `Ok(None)`: `bytes` holds only the start of a packet, and more bytes are needed.
/// `Ok(Some((packet, consumed)))`: the first `consumed` bytes (at least 2, at most
/// `bytes.len()`) are `packet`; the rest is the next packet's. `Err`: the bytes are not an
/// MQTT 3.1.1 packet this client reads, or the packet is declared longer than `max` (as soon
/// as its length is known), and the connection is to be closed.
pub fn decode(bytes: &[u8], max: usize) -> Result<Option<(Packet, usize)>, Error> {
    let Some(&header) = bytes.first() else { return Ok(None) };
    check_header(header)?;
    let mut len = 0;
    let mut start = None;
    // §2.2.3: the remaining length, seven bits a byte in at most four bytes.
    for i in 0..4 {
        let Some(&byte) = bytes.get(1 + i) else { return Ok(None) };
        len |= usize::from(byte & 0x7F) << (7 * i);
        if byte & 0x80 == 0 {
            start = Some(2 + i);
            break;
        }
    }
    let Some(start) = start else { return Err(Error::RemainingLength) };
    let end = start.checked_add(len).ok_or(Error::TooLarge)?;
    if end > max {
        return Err(Error::TooLarge);
    }
    let Some(body) = bytes.get(start..end) else { return Ok(None) };
    let packet = read(header, Reader(body))?;
    Ok(Some((packet, end)))
}

/// Checks the fixed header's first byte: the packet type and its flags (§2.2.1, §2.2.2).
fn check_header(header: u8) -> Result<(), Error> {
    let flags = header & 0x0F;
    let expected = match header >> 4 {
        0 | 15 => return Err(Error::PacketType),
        // PUBLISH: DUP, QoS, RETAIN (§3.3.1).
        3 => {
            return match (flags >> 1) & 3 {
                3 => Err(Error::QoS),
                2 => Err(Error::Unsupported),
                _ => Ok(()),
            };
        }
        // PUBREC, PUBREL, PUBCOMP: QoS 2's handshake.
        5..=7 => return Err(Error::Unsupported),
        // SUBSCRIBE, UNSUBSCRIBE.
        8 | 10 => 0b0010,
        _ => 0,
    };
    if flags == expected { Ok(()) } else { Err(Error::Flags) }
}

/// Reads the variable header and payload of a packet whose fixed header is checked.
fn read(header: u8, mut r: Reader<'_>) -> Result<Packet, Error> {
    let packet = match header >> 4 {
        1 => Packet::Connect(read_connect(&mut r)?),
        2 => {
            let session_present = match r.u8()? {
                0 => false,
                1 => true,
                _ => return Err(Error::Malformed),
            };
            Packet::ConnAck { session_present, code: r.u8()? }
        }
        3 => {
            let topic = r.string()?;
            if !valid_topic(&topic) {
                return Err(Error::Topic);
            }
            let id = if header & 0b0110 != 0 { Some(r.id()?) } else { None };
            // The spec forbids DUP on a QoS 0 message, but some brokers (rumqttd) pass a
            // resent message's DUP on to QoS 0 subscribers: read it as the message it is.
            let dup = header & 0b1000 != 0 && id.is_some();
            let payload = r.rest().to_vec();
            Packet::Publish(Publish { topic, payload, id, retain: header & 1 != 0, dup })
        }
        4 => Packet::PubAck(r.id()?),
        8 => {
            let id = r.id()?;
            let mut filters = Vec::new();
            while !r.is_empty() {
                let filter = r.filter()?;
                let qos = match r.u8()? {
                    0 => QoS::AtMostOnce,
                    1 => QoS::AtLeastOnce,
                    2 => return Err(Error::Unsupported),
                    _ => return Err(Error::QoS),
                };
                filters.push((filter, qos));
            }
            if filters.is_empty() {
                return Err(Error::Malformed);
            }
            Packet::Subscribe { id, filters }
        }
        9 => {
            let id = r.id()?;
            let codes = r.rest().to_vec();
            if !codes.iter().all(|&c| valid_suback_code(c)) {
                return Err(Error::Malformed);
            }
            Packet::SubAck { id, codes }
        }
        10 => {
            let id = r.id()?;
            let mut filters = Vec::new();
            while !r.is_empty() {
                filters.push(r.filter()?);
            }
            if filters.is_empty() {
                return Err(Error::Malformed);
            }
            Packet::Unsubscribe { id, filters }
        }
        11 => Packet::UnsubAck(r.id()?),
        12 => Packet::PingReq,
        13 => Packet::PingResp,
        14 => Packet::Disconnect,
        _ => return Err(Error::PacketType),
    };
    if r.is_empty() { Ok(packet) } else { Err(Error::Malformed) }
}

/// Reads a CONNECT's variable header and payload (§3.1.2, §3.1.3).
fn read_connect(r: &mut Reader<'_>) -> Result<Connect, Error> {
    if r.binary()? != b"MQTT" || r.u8()? != 4 {
        return Err(Error::Unsupported);
    }
    let flags = r.u8()?;
    if flags & 0b100 != 0 {
        return Err(Error::Unsupported);
    }
    // The reserved bit, and a will's QoS and retain without a will (§3.1.2.3, §3.1.2.6).
    if flags & 0b0011_1001 != 0 {
        return Err(Error::Malformed);
    }
    let (has_username, has_password) = (flags & 0x80 != 0, flags & 0x40 != 0);
    if has_password && !has_username {
        return Err(Error::Malformed);
    }
    let clean_session = flags & 0b10 != 0;
    let keep_alive = r.u16()?;
    let client_id = r.string()?;
    if client_id.is_empty() && !clean_session {
        return Err(Error::Malformed);
    }
    let username = if has_username { Some(r.string()?) } else { None };
    let password = if has_password { Some(r.binary()?.to_vec()) } else { None };
    Ok(Connect { client_id, clean_session, keep_alive, username, password })
}

/// The fields of one packet's body, read from the front; running out is [`Error::Malformed`].
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let (taken, rest) = self.0.split_at_checked(n).ok_or(Error::Malformed)?;
        self.0 = rest;
        Ok(taken)
    }

    fn rest(&mut self) -> &'a [u8] {
        std::mem::take(&mut self.0)
    }

    fn u8(&mut self) -> Result<u8, Error> {
        let (&byte, rest) = self.0.split_first().ok_or(Error::Malformed)?;
        self.0 = rest;
        Ok(byte)
    }

    /// A two-byte integer, big-endian (§1.5.2).
    fn u16(&mut self) -> Result<u16, Error> {
        Ok(u16::from_be_bytes([self.u8()?, self.u8()?]))
    }

    /// A packet identifier, never zero (§2.3.1).
    fn id(&mut self) -> Result<u16, Error> {
        match self.u16()? {
            0 => Err(Error::PacketId),
            id => Ok(id),
        }
    }

    /// Binary data: a two-byte length, then that many bytes (§1.5.3).
    fn binary(&mut self) -> Result<&'a [u8], Error> {
        let len = self.u16()?;
        self.take(usize::from(len))
    }

    /// A UTF-8 encoded string without U+0000 (§1.5.3).
    fn string(&mut self) -> Result<String, Error> {
        let text = std::str::from_utf8(self.binary()?).map_err(|_| Error::Utf8)?;
        if text.contains('\0') {
            return Err(Error::Utf8);
        }
        Ok(text.to_owned())
    }

    /// A topic filter (§4.7).
    fn filter(&mut self) -> Result<String, Error> {
        let filter = self.string()?;
        if valid_filter(&filter) { Ok(filter) } else { Err(Error::Topic) }
    }
}
