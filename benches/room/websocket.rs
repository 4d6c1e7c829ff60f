//! A WebSocket client for the benchmark's simulated devices, written out by hand as
//! `tests/it/room.rs` does it: the opening handshake (subprotocol `mqtt`), masked binary
//! frames out, and frames in read from a buffer, so a read that times out in the middle of
//! a frame loses nothing. A browser's WebSocket moves the same bytes; what they mean is
//! `workshop::live::Connection`'s business.

use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// How long one read waits before the caller gets a turn (to ping, or to give up).
const WAIT: Duration = Duration::from_millis(200);

/// The most bytes one frame from the broker may carry: an MQTT packet of the room is far
/// smaller, and the broker may put several in one frame.
const LONGEST_FRAME: usize = 1 << 20;

/// How many times a device tries to open its WebSocket, waiting a little longer each time,
/// as the app's view reconnects: a broker that accepts connections one at a time may turn
/// some away when a whole room joins at once.
const TRIES: u32 = 10;

/// An open WebSocket to the broker.
pub struct Socket {
    stream: TcpStream,
    /// Bytes read but not yet taken as frames.
    buffer: Vec<u8>,
    /// A counter that varies the masks, as a client must.
    masks: u32,
}

impl Socket {
    /// Opens a WebSocket to the broker's listener at `port` on this machine, asking for
    /// the `mqtt` subprotocol.
    pub fn open(port: u16) -> io::Result<Socket> {
        let mut stream = TcpStream::connect(("127.0.0.1", port))?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        write!(
            stream,
            "GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Protocol: mqtt\r\n\r\n"
        )?;
        let mut buffer = Vec::new();
        let end = loop {
            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break end + 4;
            }
            let mut chunk = [0; 1024];
            match stream.read(&mut chunk)? {
                0 => return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "closed during the handshake")),
                n => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
        if !head.starts_with("http/1.1 101") || !head.contains("sec-websocket-protocol: mqtt") {
            let line = head.lines().next().unwrap_or_default().to_string();
            return Err(io::Error::other(format!("the broker refused the WebSocket: {line}")));
        }
        buffer.drain(..end);
        stream.set_read_timeout(Some(WAIT))?;
        Ok(Socket { stream, buffer, masks: 0 })
    }

    /// Opens a WebSocket as [`Socket::open`] does, trying again when the broker turns it
    /// away: the socket and how many tries failed first.
    pub fn open_retrying(port: u16) -> io::Result<(Socket, u32)> {
        let mut failed = 0;
        loop {
            match Socket::open(port) {
                Ok(socket) => return Ok((socket, failed)),
                Err(error) if failed + 1 >= TRIES => return Err(error),
                Err(_) => {
                    failed += 1;
                    std::thread::sleep(Duration::from_millis(100 * u64::from(failed)));
                }
            }
        }
    }

    /// Sends `bytes` as one masked binary frame; nothing when there are none.
    pub fn send(&mut self, bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.frame(0x2, bytes)
    }

    /// The payload of the next data frame, or `None` when nothing came for a while. Pings
    /// are answered on the way; the broker closing the socket is an error.
    pub fn receive(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if let Some((opcode, payload)) = self.next_frame()? {
                match opcode {
                    0x0..=0x2 => return Ok(Some(payload)),
                    0x8 => {
                        return Err(io::Error::new(io::ErrorKind::ConnectionAborted, "the broker closed the socket"));
                    }
                    0x9 => self.frame(0xA, &payload)?,
                    _ => {}
                }
                continue;
            }
            let mut chunk = [0; 16 * 1024];
            match self.stream.read(&mut chunk) {
                Ok(0) => return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the broker closed the connection")),
                Ok(n) => self.buffer.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => return Ok(None),
                Err(e) => return Err(e),
            }
        }
    }

    /// Takes one whole frame out of the buffer: its opcode and its (unmasked) payload.
    fn next_frame(&mut self) -> io::Result<Option<(u8, Vec<u8>)>> {
        let [first, second, ..] = self.buffer[..] else { return Ok(None) };
        let (length, mut start) = match second & 0x7F {
            126 => match self.buffer.get(2..4) {
                Some(bytes) => (usize::from(u16::from_be_bytes([bytes[0], bytes[1]])), 4),
                None => return Ok(None),
            },
            127 => match self.buffer.get(2..10).and_then(|bytes| <[u8; 8]>::try_from(bytes).ok()) {
                Some(bytes) => (usize::try_from(u64::from_be_bytes(bytes)).unwrap_or(usize::MAX), 10),
                None => return Ok(None),
            },
            n => (usize::from(n), 2),
        };
        if length > LONGEST_FRAME {
            return Err(io::Error::other(format!("a frame of {length} bytes from the broker")));
        }
        let mask = if second & 0x80 != 0 {
            let Some(mask) = self.buffer.get(start..start + 4).map(<[u8]>::to_vec) else { return Ok(None) };
            start += 4;
            Some(mask)
        } else {
            None
        };
        if self.buffer.len() < start + length {
            return Ok(None);
        }
        let mut payload: Vec<u8> = self.buffer.drain(..start + length).skip(start).collect();
        if let Some(mask) = mask {
            payload.iter_mut().zip(mask.iter().cycle()).for_each(|(byte, m)| *byte ^= m);
        }
        Ok(Some((first & 0x0F, payload)))
    }

    /// Writes one final, masked frame.
    fn frame(&mut self, opcode: u8, payload: &[u8]) -> io::Result<()> {
        self.masks = self.masks.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        let mask = self.masks.to_be_bytes();
        let mut frame = Vec::with_capacity(payload.len() + 14);
        frame.push(0x80 | opcode);
        match payload.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n <= usize::from(u16::MAX) => {
                frame.push(0x80 | 126);
                frame.extend((n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend((n as u64).to_be_bytes());
            }
        }
        frame.extend(mask);
        frame.extend(payload.iter().zip(mask.iter().cycle()).map(|(byte, m)| byte ^ m));
        self.stream.write_all(&frame)
    }
}
