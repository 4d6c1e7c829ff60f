//! The brokers the benchmark loads, each started as a child process on free ports of this
//! machine and killed when dropped: the room's own (`judgement-call room`, rumqttd inside)
//! and Debian's Mosquitto with a configuration written for the run.

use std::fs;
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long a broker may take to start listening.
const START: Duration = Duration::from_secs(30);

/// A broker running as a child process, with its WebSocket listener's port.
pub struct Running {
    pub port: u16,
    child: Child,
    /// The run's own files, removed with the broker.
    folder: PathBuf,
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_dir_all(&self.folder);
    }
}

/// A port nothing listens on (at the moment it is returned).
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener.local_addr().map(|address| address.port()).map_err(|e| format!("no free port: {e}"))
}

/// A fresh folder of the run's own under the system's temporary folder.
fn folder(name: &str) -> Result<PathBuf, String> {
    let folder = std::env::temp_dir().join(format!("judgement-call-bench-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir_all(&folder).map_err(|e| format!("cannot make {}: {e}", folder.display()))?;
    Ok(folder)
}

/// `judgement-call room` for `scenario` (a built-in id), serving a one-page app of its own,
/// once it has printed its links.
pub fn room(scenario: &str) -> Result<Running, String> {
    let folder = folder("room")?;
    // The room serves an app, but the benchmark's devices only talk to its broker.
    fs::write(folder.join("index.html"), "<!doctype html><title>room</title>")
        .map_err(|e| format!("cannot write the app: {e}"))?;
    let (port, broker_port) = (free_port()?, free_port()?);
    let mut child = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
        .args(["room", scenario, "--host", "127.0.0.1"])
        .args(["--port", &port.to_string(), "--broker-port", &broker_port.to_string()])
        .arg("--dist")
        .arg(&folder)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start judgement-call room: {e}"))?;
    let stdout = child.stdout.take();
    let running = Running { port: broker_port, child, folder };
    // The room prints how to close it once its broker listens; the rest of its output is read
    // and dropped, so it never blocks on a full pipe.
    let (ready, printed) = mpsc::channel();
    thread::spawn(move || {
        for line in stdout.into_iter().flat_map(|out| BufReader::new(out).lines()).map_while(Result::ok) {
            if line.contains("Ctrl-C") {
                let _ = ready.send(());
            }
        }
    });
    printed.recv_timeout(START).map_err(|_| "judgement-call room did not open its room".to_string())?;
    Ok(running)
}

/// Where Debian installs Mosquitto, or `None` when it is not installed.
pub fn mosquitto_binary() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|dir| dir.join("mosquitto"))
        .find(|binary| binary.is_file())
}

/// Mosquitto's configuration for a run: a plain MQTT listener first (Mosquitto 2.0 refuses a
/// configuration whose only listener speaks WebSockets), then the WebSocket one the
/// devices use; anyone may connect, as in the room's own broker; packets up to 16 KB (a
/// sealed state is at most 8 KB); nothing kept on disk; only errors and warnings logged.
pub fn mosquitto_config(tcp_port: u16, websocket_port: u16) -> String {
    format!(
        "listener {tcp_port} 127.0.0.1\n\
         listener {websocket_port} 127.0.0.1\n\
         protocol websockets\n\
         allow_anonymous true\n\
         max_packet_size 16384\n\
         persistence false\n\
         log_dest stderr\n\
         log_type error\n\
         log_type warning\n"
    )
}

/// Debian's Mosquitto at `binary`, with [`mosquitto_config`], once its WebSocket port
/// accepts connections.
pub fn mosquitto(binary: &Path) -> Result<Running, String> {
    let folder = folder("mosquitto")?;
    let (tcp_port, port) = (free_port()?, free_port()?);
    let config = folder.join("mosquitto.conf");
    fs::write(&config, mosquitto_config(tcp_port, port))
        .map_err(|e| format!("cannot write {}: {e}", config.display()))?;
    let child = Command::new(binary)
        .arg("-c")
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
    let mut running = Running { port, child, folder };
    let started = Instant::now();
    while started.elapsed() < START {
        if let Ok(Some(status)) = running.child.try_wait() {
            return Err(format!("mosquitto stopped at once ({status})"));
        }
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(running);
        }
        thread::sleep(Duration::from_millis(50));
    }
    Err(format!("mosquitto did not listen on port {port}"))
}
