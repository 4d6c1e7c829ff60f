//! The live room under load: 500 participants in one room, each its own WebSocket to the
//! broker, and a presenter that walks a built-in scenario's decisions and counts every
//! ballot with `workshop::live::Tally`, on the room's own broker (`judgement-call room`,
//! rumqttd inside) and on Debian's Mosquitto, each started as a child process on free
//! ports. At every decision each participant casts one retained QoS 1 ballot for the open
//! poll; the run fails if a ballot is lost or counted twice, or the counts per option are
//! not what was cast. It prints, per broker, how long the room took to join and how many
//! WebSockets the broker turned away first, the time from a participant's publish to the
//! presenter's count (p50, p95, max) and what the tally dropped. No time is asserted: the
//! figures are the machine's, devices and broker sharing its processors.
//!
//! Run with `cargo bench --bench room` (`./x bench` runs it too); a number after `--` sets
//! the participants (`cargo bench --bench room -- 1000`).

mod brokers;
mod participant;
mod presenter;
mod websocket;

use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use engine::scenario::Scenario;
use workshop::live::Secret;

use crate::brokers::Running;
use crate::participant::Setting;
use crate::presenter::Figures;

/// The built-in scenario the room plays.
const SCENARIO: &str = "launch-support-scripts";

/// The participants in the room, unless told otherwise.
const PARTICIPANTS: usize = 500;

/// How long anything may take before the run gives up: generous, for a loaded machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// A simulated participant's stack: it keeps little.
const STACK: usize = 256 * 1024;

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; a number sets the participants.
    let participants = std::env::args().skip(1).find_map(|arg| arg.parse().ok()).unwrap_or(PARTICIPANTS);
    let Some(entry) = library::ENTRIES.iter().find(|entry| entry.file == format!("{SCENARIO}.scenario")) else {
        eprintln!("error: no built-in scenario {SCENARIO}");
        return ExitCode::FAILURE;
    };
    let scenario = match engine::load(entry.source) {
        Ok(scenario) => Arc::new(scenario),
        Err(_) => {
            eprintln!("error: the built-in scenario {SCENARIO} does not load");
            return ExitCode::FAILURE;
        }
    };

    println!("\nlive room: {participants} participants in one room, each its own WebSocket, playing {SCENARIO}");
    println!("(connect: until every participant's connection is accepted; retried: WebSockets the broker turned away,");
    println!(
        " opened again; publish→count: a ballot's publish to the presenter's count; round: a poll's state to its last count)"
    );
    println!(
        "  {:<30} {:>9} {:>7} {:>8} {:>7} {:>26} {:>16} {:>7} {:>4} {:>7}",
        "broker",
        "decisions",
        "ballots",
        "connect",
        "retried",
        "publish→count p50/p95/max",
        "round p50/max",
        "dropped",
        "lost",
        "doubled"
    );
    let mut failed = false;
    for name in BROKERS {
        let outcome = match start(name) {
            None => {
                println!("  {name:<30} not installed (./x setup installs Debian's mosquitto)");
                continue;
            }
            Some(Err(error)) => Err(error),
            Some(Ok(broker)) => {
                let outcome = run(&broker, &scenario, participants);
                drop(broker);
                outcome
            }
        };
        match outcome {
            Ok(figures) => {
                println!("  {}", row(name, &figures));
                for (refusal, n) in &figures.dropped {
                    println!("  {:<30} dropped {n} {refusal}", "");
                }
                for problem in &figures.problems {
                    eprintln!("error: {name}: {problem}");
                }
                failed |= !figures.problems.is_empty();
            }
            Err(error) => {
                eprintln!("error: {name}: {error}");
                failed = true;
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// The brokers loaded, in order.
const BROKERS: [&str; 2] = ["rumqttd (judgement-call room)", "mosquitto"];

/// Starts the broker called `name`; `None` when it is not installed.
fn start(name: &str) -> Option<Result<Running, String>> {
    if name == "mosquitto" {
        brokers::mosquitto_binary().map(|binary| brokers::mosquitto(&binary))
    } else {
        Some(brokers::room(SCENARIO))
    }
}

/// One room on `broker`: the participants on threads of their own, the presenter on this one.
fn run(broker: &Running, scenario: &Arc<Scenario>, participants: usize) -> Result<Figures, String> {
    let mut seed = [0; 32];
    seed[..8].copy_from_slice(&u64::from(broker.port).to_le_bytes());
    let secret = Secret::from_bytes(seed);
    let setting = Setting {
        port: broker.port,
        room: secret.room(),
        scenario: Arc::clone(scenario),
        epoch: Instant::now(),
        patience: PATIENCE,
        stop: Arc::new(AtomicBool::new(false)),
    };
    let presenter = presenter::open(&setting, participants)?;
    let (events, heard) = mpsc::channel();
    let (mut crowd, mut started) = (Vec::with_capacity(participants), Ok(()));
    for index in 0..participants {
        let (setting, events) = (setting.clone(), events.clone());
        let spawned = thread::Builder::new()
            .name(format!("participant {index}"))
            .stack_size(STACK)
            .spawn(move || participant::run(index, &setting, &events));
        match spawned {
            Ok(participant) => crowd.push(participant),
            Err(e) => {
                started = Err(format!("cannot start participant {index}: {e}"));
                break;
            }
        }
    }
    drop(events);
    let figures = started.and_then(|()| presenter::run(presenter, &secret, participants, &heard));
    // Participants still waiting for a presenter that gave up leave too.
    setting.stop.store(true, Ordering::Relaxed);
    // The participants' errors, each told once with how many participants had it.
    let mut errors: Vec<(String, usize)> = Vec::new();
    let mut retried = 0;
    for participant in crowd {
        let error = match participant.join() {
            Ok(Ok(tries)) => {
                retried += tries;
                continue;
            }
            Ok(Err(error)) => error,
            Err(_) => "the thread panicked".to_string(),
        };
        match errors.iter_mut().find(|(seen, _)| *seen == error) {
            Some((_, n)) => *n += 1,
            None => errors.push((error, 1)),
        }
    }
    let errors = errors.into_iter().map(|(error, n)| format!("{n} participants: {error}"));
    match figures {
        Ok(mut figures) => {
            figures.retried = retried;
            figures.problems.extend(errors);
            Ok(figures)
        }
        Err(error) => Err(std::iter::once(error).chain(errors).collect::<Vec<_>>().join("\n  ")),
    }
}

/// A broker's line of figures.
fn row(name: &str, figures: &Figures) -> String {
    let mut latencies = figures.latencies.clone();
    latencies.sort_by(f64::total_cmp);
    let mut rounds = figures.rounds.clone();
    rounds.sort_by(f64::total_cmp);
    let dropped: u32 = figures.dropped.iter().map(|(_, n)| n).sum();
    format!(
        "{name:<30} {:>9} {:>7} {:>6.0}ms {:>7} {:>26} {:>16} {dropped:>7} {:>4} {:>7}",
        figures.decisions,
        figures.counted,
        figures.connected,
        figures.retried,
        format!("{} / {} / {} ms", ms(&latencies, 0.5), ms(&latencies, 0.95), ms(&latencies, 1.0)),
        format!("{} / {} ms", ms(&rounds, 0.5), ms(&rounds, 1.0)),
        figures.lost,
        figures.doubled,
    )
}

/// The `q` quantile of `sorted` (nearest rank), in whole milliseconds or tenths below 10.
fn ms(sorted: &[f64], q: f64) -> String {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len().max(1));
    match sorted.get(rank - 1) {
        Some(value) if *value < 10.0 => format!("{value:.1}"),
        Some(value) => format!("{value:.0}"),
        None => "-".to_string(),
    }
}
