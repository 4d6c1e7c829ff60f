//! `judgement-call room`, run as a real process on free local ports: the app served over
//! HTTP (types, 404, 405, no way out of the folder), the broker speaking MQTT 3.1.1 over a
//! WebSocket (CONNECT, a retained QoS 1 message heard by a later subscriber), the links and
//! their keys, Ctrl-C, an unknown scenario and a port in use.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use workshop::live::{self, Secret};

/// A built-in scenario id.
const SCENARIO: &str = "launch-support-scripts";

/// How long anything may take before a test gives up: generous, for a loaded machine.
const PATIENCE: Duration = Duration::from_secs(60);

/// A port nothing listens on (at the moment it is returned).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A tiny built app: an index, a WebAssembly file and a subfolder; and, beside the app, a
/// file that must not be served.
fn app(test: &str) -> PathBuf {
    let base = std::env::temp_dir().join(format!("judgement-call-room-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&base);
    let dist = base.join("dist");
    fs::create_dir_all(dist.join("library")).unwrap();
    fs::write(dist.join("index.html"), "<!doctype html><title>room</title>").unwrap();
    fs::write(dist.join("app_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    fs::write(dist.join("library/first.jcp"), b"packed").unwrap();
    fs::write(base.join("secret.txt"), "outside the app").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(base.join("secret.txt"), dist.join("link.txt")).unwrap();
    dist
}

/// A running room and the lines it has printed.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    printed: Vec<String>,
    port: u16,
    broker_port: u16,
}

impl Running {
    /// Starts a room on free ports for the app in `dist` and waits until it has printed how
    /// to close it.
    fn start(dist: &PathBuf) -> Running {
        let (port, broker_port) = (free_port(), free_port());
        let mut child = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
            .args(["room", SCENARIO, "--host", "127.0.0.1"])
            .args(["--port", &port.to_string(), "--broker-port", &broker_port.to_string()])
            .arg("--dist")
            .arg(dist)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut running = Running { child, lines, printed: Vec::new(), port, broker_port };
        running.read_until("Ctrl-C");
        running
    }

    /// Reads printed lines until one contains `text`.
    fn read_until(&mut self, text: &str) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let found = line.contains(text);
                    self.printed.push(line);
                    if found {
                        return;
                    }
                }
                Err(_) => panic!("no line with {text:?}; printed:\n{}", self.printed.join("\n")),
            }
        }
    }

    /// The printed link that contains `text`.
    fn link(&self, text: &str) -> String {
        self.printed
            .iter()
            .map(|line| line.trim())
            .find(|line| line.starts_with("http://") && line.contains(text))
            .unwrap_or_else(|| panic!("no link with {text:?}:\n{}", self.printed.join("\n")))
            .to_string()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits up to `limit` for `child` to exit.
fn exit_within(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Sends `request` as it is and returns the status line, the headers and the body.
fn http(port: u16, request: &str) -> (String, String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let end = response.windows(4).position(|w| w == b"\r\n\r\n").expect("a blank line after the headers");
    let head = String::from_utf8(response[..end].to_vec()).unwrap();
    let (status, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    (status.to_string(), headers.to_ascii_lowercase(), response[end + 4..].to_vec())
}

/// A plain GET of `path`.
fn get(port: u16, path: &str) -> (String, String, Vec<u8>) {
    http(port, &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"))
}

#[test]
fn room_serves_the_app_and_runs_a_broker_until_ctrl_c() {
    let dist = app("serves");
    let mut room = Running::start(&dist);
    let port = room.port;

    let (status, headers, body) = get(port, "/?broker=ws%3A%2F%2Fx&room=1");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-type: text/html"), "{headers}");
    assert!(headers.contains("cache-control: no-cache"), "{headers}");
    assert_eq!(body, b"<!doctype html><title>room</title>");
    let (status, headers, body) = get(port, "/app_bg.wasm");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-type: application/wasm"), "{headers}");
    assert_eq!(body, b"\0asm\x01\0\0\0");
    let (status, headers, _) = get(port, "/library/first.jcp");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-type: application/octet-stream"), "{headers}");
    let (status, headers, body) = http(port, &format!("HEAD /app_bg.wasm HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-length: 8"), "{headers}");
    assert!(body.is_empty());
    assert!(get(port, "/missing.js").0.starts_with("HTTP/1.1 404"));
    let long = format!("/{}", "a".repeat(9000));
    assert!(get(port, &long).0.starts_with("HTTP/1.1 431"), "a request over 8 KB is refused");
    for escape in
        ["/../Cargo.toml", "/%2e%2e/secret.txt", "/library/..%2F..%2Fsecret.txt", "/..\\secret.txt", "//etc/passwd"]
    {
        let (status, _, body) = get(port, escape);
        assert!(status.starts_with("HTTP/1.1 400") || status.starts_with("HTTP/1.1 404"), "{escape}: {status}");
        assert!(!String::from_utf8_lossy(&body).contains("outside the app"), "{escape}");
    }
    #[cfg(unix)]
    assert!(get(port, "/link.txt").0.starts_with("HTTP/1.1 404"), "a link out of the app is not followed");
    let (status, headers, _) =
        http(port, &format!("POST / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\r\n"));
    assert!(status.starts_with("HTTP/1.1 405"), "{status}");
    assert!(headers.contains("allow: get, head"), "{headers}");

    // The links: the presenter's holds the secret, the participants' its room.
    let broker = format!("ws%3A%2F%2F127.0.0.1%3A{}", room.broker_port);
    let join = room.link("#/vote/");
    assert!(join.starts_with(&format!("http://127.0.0.1:{port}/?broker={broker}&room=")), "{join}");
    assert!(join.ends_with(&format!("#/vote/{SCENARIO}")), "{join}");
    let presenter = room.link("#/facilitate/");
    let prefix = format!("http://127.0.0.1:{port}/?broker={broker}#/facilitate/{SCENARIO}/live/");
    let secret = presenter.strip_prefix(&prefix).unwrap_or_else(|| panic!("{presenter}"));
    assert_eq!(secret.len(), 64, "{secret}");
    let room_id = Secret::from_hex(secret).expect("the secret is 64 hex digits").room().to_hex();
    assert!(join.contains(&format!("&room={room_id}#")), "{join} is not the room of {secret}");
    let query = join.split_once('?').and_then(|(_, rest)| rest.split_once('#')).unwrap().0;
    let invitation = live::invitation(query).expect("the join link names the broker");
    assert_eq!(invitation.broker.url, format!("ws://127.0.0.1:{}", room.broker_port));
    assert_eq!(invitation.room.map(|room| room.to_hex()), Some(room_id.clone()));

    // The broker: a retained QoS 1 message reaches a client that subscribes afterwards.
    let topic = format!("jc/v1/{room_id}/state");
    let mut presenter = Mqtt::connect(room.broker_port, "presenter");
    presenter.send(&publish(&topic, b"sealed state", 1));
    assert_eq!(presenter.packet(), (0x40, vec![0, 1]), "PUBACK for packet 1");
    let mut phone = Mqtt::connect(room.broker_port, "phone");
    phone.send(&subscribe(&format!("jc/v1/{room_id}/#"), 1));
    assert_eq!(phone.packet(), (0x90, vec![0, 1, 1]), "SUBACK granting QoS 1");
    let (header, body) = phone.packet();
    assert_eq!(header & 0xF0, 0x30, "a PUBLISH");
    assert_eq!(header & 0x06, 0x02, "at QoS 1");
    assert_eq!(header & 0x01, 0x01, "retained");
    let topic = mqtt_string(&topic);
    assert_eq!(&body[..topic.len()], &topic[..], "the topic");
    assert_eq!(&body[topic.len() + 2..], b"sealed state", "the payload, after the packet id");

    // Ctrl-C closes the room.
    let pid = room.child.id().to_string();
    assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let status = exit_within(&mut room.child, Duration::from_secs(5)).expect("the room closes within 5 s");
    assert_eq!(status.code(), Some(0));
    room.read_until("Room closed.");
}

#[test]
fn room_refuses_an_unknown_scenario_and_a_port_in_use() {
    let dist = app("refuses");
    let unknown = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
        .args(["room", "no-such-scenario", "--dist"])
        .arg(&dist)
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(stderr.contains("`no-such-scenario`"), "{stderr}");
    assert!(library::INDEX.iter().any(|listing| stderr.contains(listing.id)), "names a built-in id: {stderr}");

    for flag in ["--port", "--broker-port"] {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port().to_string();
        let other = free_port().to_string();
        let (http, broker) = if flag == "--port" { (&port, &other) } else { (&other, &port) };
        let mut child = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
            .args(["room", SCENARIO, "--host", "127.0.0.1", "--port", http, "--broker-port", broker, "--dist"])
            .arg(&dist)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let status = exit_within(&mut child, PATIENCE);
        let _ = child.kill();
        let mut stderr = String::new();
        child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
        assert_eq!(status.and_then(|s| s.code()), Some(1), "{flag}: {stderr}");
        assert!(stderr.contains(&format!("port {port} is in use")) && stderr.contains(flag), "{stderr}");
    }
}

/// An MQTT 3.1.1 client over a WebSocket, written out by hand: enough to connect, publish,
/// subscribe and read packets.
struct Mqtt {
    stream: TcpStream,
    /// MQTT bytes received but not yet read as packets.
    pending: Vec<u8>,
}

impl Mqtt {
    /// Opens a WebSocket (subprotocol `mqtt`) to the broker and connects as `client`,
    /// checking the CONNACK.
    fn connect(port: u16, client: &str) -> Mqtt {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /mqtt HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\
             Sec-WebSocket-Protocol: mqtt\r\n\r\n"
        )
        .unwrap();
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            let mut byte = [0];
            stream.read_exact(&mut byte).unwrap();
            head.push(byte[0]);
        }
        let head = String::from_utf8(head).unwrap().to_ascii_lowercase();
        assert!(head.starts_with("http/1.1 101"), "{head}");
        assert!(head.contains("sec-websocket-protocol: mqtt"), "{head}");
        let mut mqtt = Mqtt { stream, pending: Vec::new() };
        // CONNECT: protocol "MQTT" level 4, a clean session, keep-alive 60 s, the client id.
        let mut body = mqtt_string("MQTT");
        body.extend([4, 0x02, 0, 60]);
        body.extend(mqtt_string(client));
        mqtt.send(&packet(0x10, &body));
        assert_eq!(mqtt.packet(), (0x20, vec![0, 0]), "CONNACK, accepted");
        mqtt
    }

    /// Sends `bytes` as one masked binary WebSocket frame.
    fn send(&mut self, bytes: &[u8]) {
        let mask = [0x37, 0xfa, 0x21, 0x3d];
        let mut frame = vec![0x82];
        match bytes.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n => {
                frame.push(0x80 | 126);
                frame.extend(u16::try_from(n).unwrap().to_be_bytes());
            }
        }
        frame.extend(mask);
        frame.extend(bytes.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream.write_all(&frame).unwrap();
    }

    /// The next MQTT packet: its first byte and its body.
    fn packet(&mut self) -> (u8, Vec<u8>) {
        loop {
            if let Some((length, size)) = remaining_length(self.pending.get(1..).unwrap_or_default())
                && self.pending.len() >= 1 + size + length
            {
                let packet: Vec<u8> = self.pending.drain(..1 + size + length).collect();
                return (packet[0], packet[1 + size..].to_vec());
            }
            self.read_frame();
        }
    }

    /// Reads one WebSocket frame from the broker (unmasked) into `pending`.
    fn read_frame(&mut self) {
        let mut start = [0; 2];
        self.stream.read_exact(&mut start).unwrap();
        assert_eq!(start[0] & 0x0F, 0x02, "a binary frame, not {:#04x}", start[0]);
        let length = match start[1] & 0x7F {
            126 => {
                let mut bytes = [0; 2];
                self.stream.read_exact(&mut bytes).unwrap();
                usize::from(u16::from_be_bytes(bytes))
            }
            127 => {
                let mut bytes = [0; 8];
                self.stream.read_exact(&mut bytes).unwrap();
                usize::try_from(u64::from_be_bytes(bytes)).unwrap()
            }
            n => usize::from(n),
        };
        let mut payload = vec![0; length];
        self.stream.read_exact(&mut payload).unwrap();
        self.pending.extend(payload);
    }
}

/// An MQTT packet: its first byte, the remaining length and `body`.
fn packet(first: u8, body: &[u8]) -> Vec<u8> {
    let mut bytes = vec![first];
    let mut length = body.len();
    loop {
        let digit = (length % 128) as u8;
        length /= 128;
        bytes.push(if length > 0 { digit | 0x80 } else { digit });
        if length == 0 {
            break;
        }
    }
    bytes.extend(body);
    bytes
}

/// A remaining length at the start of `bytes`, and how many bytes it took.
fn remaining_length(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut length = 0;
    for (i, byte) in bytes.iter().take(4).enumerate() {
        length += usize::from(byte & 0x7F) << (7 * i);
        if byte & 0x80 == 0 {
            return Some((length, i + 1));
        }
    }
    None
}

/// A string as MQTT writes it: its length in two bytes, then its bytes.
fn mqtt_string(text: &str) -> Vec<u8> {
    let mut bytes = u16::try_from(text.len()).unwrap().to_be_bytes().to_vec();
    bytes.extend(text.as_bytes());
    bytes
}

/// A retained QoS 1 PUBLISH of `payload` to `topic` with packet id `id`.
fn publish(topic: &str, payload: &[u8], id: u16) -> Vec<u8> {
    let mut body = mqtt_string(topic);
    body.extend(id.to_be_bytes());
    body.extend(payload);
    packet(0x30 | 0x02 | 0x01, &body)
}

/// A SUBSCRIBE to `filter` at QoS 1 with packet id `id`.
fn subscribe(filter: &str, id: u16) -> Vec<u8> {
    let mut body = id.to_be_bytes().to_vec();
    body.extend(mqtt_string(filter));
    body.push(1);
    packet(0x82, &body)
}
