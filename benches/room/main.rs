//! The live room under load: 500 participants in one room, each its own WebSocket to the
//! broker, and a presenter that walks a built-in scenario's decisions and counts every
//! ballot with `workshop::live::Tally`, on the room's own broker (`judgement-call room`,
//! rumqttd inside) and on Debian's Mosquitto, each started as a child process on free
//! ports. At every decision each participant casts one retained QoS 1 ballot for the open
//! poll; the run fails if a ballot is lost or counted twice, or the counts per option are
//! not what was cast. It prints, per broker, the time from a participant's publish to the
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
    println!(
        "(time from a participant's publish to the presenter's count; a round is a state published to its last ballot counted)"
    );
    println!(
        "  {:<30} {:>9} {:>9} {:>8} {:>26} {:>18} {:>9} {:>5} {:>7}",
        "broker",
        "decisions",
        "ballots",
        "connect",
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
    };
    let (events, heard) = mpsc::channel();
    let mut crowd = Vec::with_capacity(participants);
    for index in 0..participants {
        let (setting, events) = (setting.clone(), events.clone());
        let spawned = thread::Builder::new()
            .name(format!("participant {index}"))
            .stack_size(STACK)
            .spawn(move || participant::run(index, &setting, &events))
            .map_err(|e| format!("cannot start participant {index}: {e}"))?;
        crowd.push(spawned);
    }
    drop(events);
    let figures = presenter::run(&setting, &secret, participants, &heard);
    let mut errors = Vec::new();
    for participant in crowd {
        match participant.join() {
            Ok(Ok(_)) => {}
            Ok(Err(error)) => errors.push(error),
            Err(_) => errors.push("a participant's thread panicked".to_string()),
        }
    }
    let mut figures = figures?;
    figures.problems.extend(errors.into_iter().take(5));
    Ok(figures)
}

/// A broker's line of figures.
fn row(name: &str, figures: &Figures) -> String {
    let mut latencies = figures.latencies.clone();
    latencies.sort_by(f64::total_cmp);
    let mut rounds = figures.rounds.clone();
    rounds.sort_by(f64::total_cmp);
    let dropped: u32 = figures.dropped.iter().map(|(_, n)| n).sum();
    format!(
        "{name:<30} {:>9} {:>9} {:>6.0}ms {:>26} {:>18} {dropped:>9} {:>5} {:>7}",
        figures.decisions,
        figures.counted,
        figures.connected,
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
