//! `judgement-call room`: a live workshop room run from a laptop. It serves the built web app
//! to the local network and runs an MQTT broker with a WebSocket listener, which the
//! presenter's and the participants' browsers talk to (MQTT 3.1.1, subprotocol `mqtt`). It
//! prints the presenter link for this laptop and the join link for phones, with its QR code,
//! and runs until Ctrl-C.
//!
//! A room is the public key of a key pair made here from 32 random bytes; the secret stays
//! in the presenter link (`workshop::live` says what travels where). The broker only relays
//! and keeps the retained messages: it does not know rooms.
//!
//! The app is served by a small HTTP/1.1 server on `std::net`, a thread per connection:
//! it answers GET and HEAD for the files of one folder, which a few dozen lines do without
//! another crate and its dependencies in the CLI.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, IsTerminal, Read, Write};
use std::net::{IpAddr, Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use workshop::live::{self, Secret};

use crate::out;
use crate::package::{self, Failure};

/// How long a connection may take to send its request before it is dropped, so that a
/// silent client cannot hold a thread.
const READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one write to a connection may block: long enough for a phone on a busy Wi-Fi
/// network to take the next piece of a large WebAssembly file.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);

/// The most bytes a request's line and headers may take: the app's requests are a few
/// hundred.
const MAX_REQUEST: usize = 8 * 1024;

/// The most connections served at once; past it a connection is told to come back
/// (`503`). A room of a few hundred phones loading the app stays well under it.
const MAX_CLIENTS: usize = 256;

/// How long the broker may take to start listening.
const BROKER_START: Duration = Duration::from_secs(10);

/// Runs a room for the built-in scenario `scenario` until Ctrl-C: exit 0 then, 2 for an
/// unknown scenario, 1 when the app, a port or the broker cannot be had.
pub fn run(scenario: &str, host: Option<IpAddr>, port: u16, broker_port: u16, dist: Option<&Path>) -> ExitCode {
    match open(scenario, host, port, broker_port, dist) {
        Ok(closed) => {
            // Wait for Ctrl-C; the channel only closes if the handler is gone, which is also
            // the end.
            let _ = closed.recv();
            out::line("");
            out::line("Room closed.");
            // Returning ends the process and with it the server's and the broker's threads,
            // which are never joined: nothing is left half-written but open connections.
            ExitCode::SUCCESS
        }
        Err(Failure { message, code }) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            code
        }
    }
}

/// Opens the room: checks the scenario, finds the app, starts the server and the broker and
/// prints the links. Returns the channel that hears Ctrl-C.
fn open(
    scenario: &str,
    host: Option<IpAddr>,
    port: u16,
    broker_port: u16,
    dist: Option<&Path>,
) -> Result<mpsc::Receiver<()>, Failure> {
    let listing = library::listing(scenario).ok_or_else(|| unknown(scenario))?;
    let dist = match dist {
        Some(dist) => dist.to_path_buf(),
        None => package::built_dist()?,
    };
    let dist = fs::canonicalize(&dist)
        .map_err(|e| Failure::input(format!("cannot read the app's folder {}: {e}", dist.display())))?;
    if !dist.join("index.html").is_file() {
        return Err(Failure::input(format!(
            "{} has no index.html: pass --dist with the folder of a built app",
            dist.display()
        )));
    }
    let host = host.unwrap_or_else(lan_address);

    // Ctrl-C is caught before anything starts, so it never kills the room half-open.
    let (stop, closed) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop.send(());
    })
    .map_err(|e| Failure::input(format!("cannot catch Ctrl-C: {e}")))?;

    let listener = bind(port, "--port")?;
    // rumqttd binds its own listener on its own thread and reports nothing back: a port in
    // use is found here first, and the broker is then waited for.
    drop(bind(broker_port, "--broker-port")?);
    start_broker(broker_port)?;
    thread::Builder::new()
        .name("app server".to_string())
        .spawn(move || serve(&listener, &dist))
        .map_err(|e| Failure::input(format!("cannot start the app's server: {e}")))?;

    let mut seed = [0; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| Failure::input(format!("cannot get random bytes from the operating system: {e}")))?;
    let secret = Secret::from_bytes(seed);
    // The broker asks for no user name or password: the room's seals keep its messages
    // honest, and anyone on the network may relay.
    let broker =
        live::Broker { url: format!("ws://{}", SocketAddr::new(host, broker_port)), ..live::Broker::default() };
    let presenter = live::presenter_link(
        &format!("http://{}", SocketAddr::new(Ipv4Addr::LOCALHOST.into(), port)),
        &broker,
        scenario,
        &secret,
    );
    let join = live::join_link(&format!("http://{}", SocketAddr::new(host, port)), &broker, scenario, &secret.room());

    out::line(&format!("A live room for “{}” is open.", listing.title));
    out::line("");
    out::line("Open the presenter link in a browser on this laptop (it holds the room's secret: keep it here):");
    out::line("");
    out::line(&format!("    {presenter}"));
    out::line("");
    out::line("Participants open the join link on their phones, on the same Wi-Fi network, or scan the code:");
    out::line("");
    out::line(&format!("    {join}"));
    out::line("");
    match qr(&join) {
        Some(code) => out::print(&code),
        None => out::line("(The join link is too long for a QR code: share it as text.)"),
    }
    out::line("");
    out::line("Press Ctrl-C to close the room.");
    Ok(closed)
}

/// The error for a scenario id that is not built in, naming a few that are.
fn unknown(scenario: &str) -> Failure {
    let ids: Vec<&str> = library::INDEX.iter().map(|listing| listing.id).collect();
    let shown = ids.iter().take(5).map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ");
    Failure {
        message: format!(
            "there is no built-in scenario `{scenario}`; the library has {} of them, such as {shown}",
            ids.len()
        ),
        code: ExitCode::from(2),
    }
}

/// This machine's address on the local network: the one a UDP socket would send from to a
/// public address. Connecting a UDP socket only chooses the route; no packet is sent.
/// Without a network it is 127.0.0.1, with a warning, and only this laptop can join.
fn lan_address() -> IpAddr {
    let found = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        // 192.0.2.1 is set aside for documentation (RFC 5737): routed like any public address.
        .and_then(|socket| socket.connect((Ipv4Addr::new(192, 0, 2, 1), 9)).map(|()| socket))
        .and_then(|socket| socket.local_addr())
        .map(|address| address.ip());
    match found {
        Ok(ip) if !ip.is_unspecified() && !ip.is_loopback() => ip,
        _ => {
            eprintln!(
                "warning: this laptop is on no network, so the links use 127.0.0.1 and only this laptop can open \
                 them; join a Wi-Fi network, or pass --host with the address phones can reach"
            );
            Ipv4Addr::LOCALHOST.into()
        }
    }
}

/// A listener on every interface at `port`; a port in use is an error that names it and
/// the flag that changes it.
fn bind(port: u16, flag: &str) -> Result<TcpListener, Failure> {
    TcpListener::bind((Ipv4Addr::UNSPECIFIED, port)).map_err(|e| {
        if e.kind() == io::ErrorKind::AddrInUse {
            Failure::input(format!("port {port} is in use by another program: choose another one with {flag}"))
        } else {
            Failure::input(format!("cannot listen on port {port} ({e}): choose another one with {flag}"))
        }
    })
}

/// The broker's settings: one WebSocket listener for MQTT 3.1.1 on every interface, sized
/// for a room of up to about a thousand participants on a laptop.
fn broker_config(port: u16) -> rumqttd::Config {
    let connections = rumqttd::ConnectionSettings {
        // Time from the WebSocket's opening to the MQTT CONNECT: a phone on a crowded network
        // is slow, but an idle connection must not hold a place for long.
        connection_timeout_ms: 10_000,
        // The largest packet a client may send, topic included. A ballot or the room's sealed
        // state is well under 2 KB; anything bigger is a mistake or an attack.
        max_payload_size: 8 * 1024,
        // How many packets are read from one connection in a batch before others get a turn
        // (rumqttd's own limit on unacknowledged QoS 1 messages to a client is fixed at 100).
        max_inflight_count: 100,
        auth: None,
        external_auth: None,
        // A topic needs no configured filter: rooms are made on the fly.
        dynamic_filters: true,
    };
    let websocket = rumqttd::ServerSettings {
        name: "room".to_string(),
        listen: SocketAddr::new(Ipv4Addr::UNSPECIFIED.into(), port),
        tls: None,
        // A pause after accepting each connection: 1 ms lets a thousand phones in within a
        // second or two.
        next_connection_delay_ms: 1,
        connections,
    };
    let router = rumqttd::RouterConfig {
        // Participants, the presenter and a projector, with room to spare.
        max_connections: 1_000,
        // How many messages go to a QoS 0 subscriber at a time, and the most retained
        // messages a new QoS 0 subscription receives (a QoS 1 one receives at most 100):
        // enough for every participant's retained ballot in a full room.
        max_outgoing_packet_count: 1_000,
        // Each topic (or subscribed filter) keeps its recent messages in memory, in at most
        // `max_segment_count` segments of about `max_segment_size` bytes: 2 MB a topic holds
        // a full room's burst of ballots while the presenter reads them, and bounds memory.
        max_segment_size: 1024 * 1024,
        max_segment_count: 2,
        custom_segment: None,
        initialized_filters: None,
        shared_subscriptions_strategy: rumqttd::Strategy::default(),
    };
    rumqttd::Config {
        router,
        // MQTT over WebSocket is MQTT 3.1.1 (rumqttd's "v4") in rumqttd; no plain TCP listener
        // is needed.
        ws: Some(HashMap::from([("room".to_string(), websocket)])),
        ..rumqttd::Config::default()
    }
}

/// Starts the broker on its own threads and waits until it accepts connections at `port`.
/// Its log (`tracing`) goes nowhere: no subscriber is installed.
fn start_broker(port: u16) -> Result<(), Failure> {
    let mut broker = rumqttd::Broker::new(broker_config(port));
    let (ended, broker_ended) = mpsc::channel();
    thread::Builder::new()
        .name("broker".to_string())
        .spawn(move || {
            // `start` returns only when every listener has stopped, as when its port was taken
            // after all.
            let _ = broker.start();
            let _ = ended.send(());
        })
        .map_err(|e| Failure::input(format!("cannot start the broker: {e}")))?;
    let address = SocketAddr::new(Ipv4Addr::LOCALHOST.into(), port);
    let started = Instant::now();
    while started.elapsed() < BROKER_START {
        if broker_ended.try_recv().is_ok() {
            break;
        }
        // The broker drops this connection when its WebSocket handshake never comes.
        if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
            return Ok(());
        }
        thread::sleep(Duration::from_millis(50));
    }
    Err(Failure::input(format!(
        "the broker did not start listening on port {port}: choose another one with --broker-port"
    )))
}

/// Serves the app in `dist` (canonical) to every connection `listener` accepts, a thread
/// each, at most [`MAX_CLIENTS`] at once.
fn serve(listener: &TcpListener, dist: &Path) {
    let active = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else {
            // Out of file descriptors, say: let some connections finish.
            thread::sleep(Duration::from_millis(100));
            continue;
        };
        if active.load(Ordering::Relaxed) >= MAX_CLIENTS {
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let _ = respond(&mut stream, Status::Unavailable, false);
            continue;
        }
        active.fetch_add(1, Ordering::Relaxed);
        let (count, dist) = (Arc::clone(&active), dist.to_path_buf());
        let spawned = thread::Builder::new().name("app connection".to_string()).spawn(move || {
            answer(stream, &dist);
            count.fetch_sub(1, Ordering::Relaxed);
        });
        if spawned.is_err() {
            active.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// A response's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Ok,
    BadRequest,
    NotFound,
    MethodNotAllowed,
    TooLarge,
    Unavailable,
}

impl Status {
    /// The status line's code and reason.
    fn line(self) -> &'static str {
        match self {
            Status::Ok => "200 OK",
            Status::BadRequest => "400 Bad Request",
            Status::NotFound => "404 Not Found",
            Status::MethodNotAllowed => "405 Method Not Allowed",
            Status::TooLarge => "431 Request Header Fields Too Large",
            Status::Unavailable => "503 Service Unavailable",
        }
    }
}

/// Reads one request from `stream` and answers it, then closes the connection.
fn answer(mut stream: TcpStream, dist: &Path) {
    let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let result = match read_head(&mut stream) {
        Ok(Some(head)) => match request(&head, dist) {
            Ok((file, head_only)) => send_file(&mut stream, &file, head_only),
            Err((status, head_only)) => respond(&mut stream, status, head_only),
        },
        // The client left, or was silent past the timeout.
        Ok(None) => return,
        Err(status) => respond(&mut stream, status, false),
    };
    if result.is_ok() {
        linger(stream);
    }
}

/// Closes `stream` after the response: ends the writing side, then reads and drops what the
/// client still sends (a body, the rest of a refused request) for a moment, since closing
/// with unread bytes resets the connection and the client may lose the response.
fn linger(mut stream: TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let _ = io::copy(&mut (&mut stream).take(64 * 1024), &mut io::sink());
}

/// The request line and headers, up to the blank line; `None` when the client closes or
/// stays silent first.
fn read_head(stream: &mut TcpStream) -> Result<Option<String>, Status> {
    let mut head = Vec::with_capacity(1024);
    let mut buffer = [0; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return Ok(None),
            Ok(n) => head.extend_from_slice(&buffer[..n]),
        }
        if head.len() > MAX_REQUEST {
            return Err(Status::TooLarge);
        }
    }
    String::from_utf8(head).map(Some).map_err(|_| Status::BadRequest)
}

/// The file a request asks for, and whether only its headers are wanted (HEAD); or the
/// status that refuses it.
fn request(head: &str, dist: &Path) -> Result<(PathBuf, bool), (Status, bool)> {
    let line = head.lines().next().unwrap_or_default();
    let parts: Vec<&str> = line.split(' ').collect();
    let [method, target, version] = parts[..] else {
        return Err((Status::BadRequest, false));
    };
    if !version.starts_with("HTTP/1.") {
        return Err((Status::BadRequest, false));
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Err((Status::MethodNotAllowed, false)),
    };
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let segments = segments(path).ok_or((Status::BadRequest, head_only))?;
    let mut file = dist.to_path_buf();
    file.extend(&segments);
    if file.is_dir() {
        file.push("index.html");
    }
    // A link inside the folder may still point out of it.
    match fs::canonicalize(&file) {
        Ok(file) if file.starts_with(dist) && file.is_file() => Ok((file, head_only)),
        _ => Err((Status::NotFound, head_only)),
    }
}

/// A request path's segments, percent-decoded, without empty ones and `.`; `None` when the
/// path does not start with `/`, or holds a `..` segment, a backslash, a NUL, a bad escape
/// or bytes that are not UTF-8.
fn segments(path: &str) -> Option<Vec<String>> {
    let rest = path.strip_prefix('/')?;
    let decoded = String::from_utf8(percent_decode(rest)?).ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut segments = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            segment => segments.push(segment.to_string()),
        }
    }
    Some(segments)
}

/// `text` with its `%XX` escapes decoded; `None` for a `%` without two hex digits.
fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            decoded.push(byte);
            i += 1;
        }
    }
    Some(decoded)
}

/// The `Content-Type` of a file the app ships, by its extension.
fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        // WebAssembly.compileStreaming insists on this type.
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "scenario" | "txt" => "text/plain; charset=utf-8",
        // Packed scenarios (`.jcp`) and anything else.
        _ => "application/octet-stream",
    }
}

/// Sends `file` with its headers (only the headers when `head_only`).
fn send_file(stream: &mut TcpStream, file: &Path, head_only: bool) -> io::Result<()> {
    let mut opened = File::open(file)?;
    let length = opened.metadata()?.len();
    stream.write_all(headers(Status::Ok, content_type(file), length, "").as_bytes())?;
    if !head_only {
        io::copy(&mut opened, stream)?;
    }
    stream.flush()
}

/// Sends a short plain-text page for `status` (only its headers when `head_only`).
fn respond(stream: &mut TcpStream, status: Status, head_only: bool) -> io::Result<()> {
    let body = format!("{}\n", status.line());
    let extra = match status {
        Status::MethodNotAllowed => "Allow: GET, HEAD\r\n",
        Status::Unavailable => "Retry-After: 1\r\n",
        _ => "",
    };
    let length = u64::try_from(body.len()).unwrap_or_default();
    let mut response = headers(status, "text/plain; charset=utf-8", length, extra);
    if !head_only {
        response.push_str(&body);
    }
    stream.write_all(response.as_bytes())?;
    stream.flush()
}

/// A response's status line and headers, with `extra` (whole header lines) among them.
fn headers(status: Status, content_type: &str, length: u64, extra: &str) -> String {
    format!(
        "HTTP/1.1 {}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\nCache-Control: no-cache\r\n\
         X-Content-Type-Options: nosniff\r\n{extra}Connection: close\r\n\r\n",
        status.line()
    )
}

/// The join link as a QR code in text ([`workshop::qr::terminal`]), indented. In a terminal
/// its light modules are drawn bright white on black whatever the terminal's colours;
/// elsewhere they are the text's colour. `None` when the link is too long for a code.
fn qr(link: &str) -> Option<String> {
    let text = workshop::qr::terminal(link)?;
    let colour = io::stdout().is_terminal();
    let mut drawn = String::new();
    for row in text.lines() {
        if colour {
            // Bright white on black, then back to the terminal's own colours.
            drawn.push_str(&format!("    \x1b[97;40m{row}\x1b[0m\n"));
        } else {
            drawn.push_str(&format!("    {row}\n"));
        }
    }
    Some(drawn)
}
