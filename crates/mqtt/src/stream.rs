//! Whole packets out of a stream of frames: a WebSocket binary frame may hold several MQTT
//! packets, or part of one, so the bytes are kept until a packet is complete.

use crate::{Error, Packet, decode};

/// The bytes received and not yet read as packets, and the longest packet to accept.
#[derive(Debug, Clone, Default)]
pub struct Stream {
    /// Received bytes; those before `read` are already read.
    bytes: Vec<u8>,
    read: usize,
    max: usize,
}

impl Stream {
    /// An empty stream that accepts packets of at most `max` bytes (fixed header included).
    pub fn new(max: usize) -> Self {
        Self { bytes: Vec::new(), read: 0, max }
    }

    /// Adds a frame's bytes after those received so far.
    pub fn push(&mut self, frame: &[u8]) {
        if self.read > 0 {
            self.bytes.drain(..self.read);
            self.read = 0;
        }
        self.bytes.extend_from_slice(frame);
    }

    /// The next whole packet, `Ok(None)` until more bytes arrive, or why the bytes are not a
    /// packet (see [`decode`]). After an error the stream stays at the bad packet, which every
    /// later call reports again: the connection is to be closed.
    pub fn next_packet(&mut self) -> Result<Option<Packet>, Error> {
        let unread = self.bytes.get(self.read..).unwrap_or_default();
        let Some((packet, consumed)) = decode(unread, self.max)? else { return Ok(None) };
        self.read = self.read.saturating_add(consumed);
        Ok(Some(packet))
    }

    /// How many bytes are received and not yet read as packets.
    pub fn buffered(&self) -> usize {
        self.bytes.len().saturating_sub(self.read)
    }
}
