//! One simulated participant: a phone in the room, its own WebSocket to the broker. It
//! subscribes to the room's state, opens every state the presenter seals, and at each new
//! poll casts one ballot (retained, at least once) with an answer that fits the decision,
//! telling the benchmark what it cast and when, until the story ends.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use engine::playthrough::{Answer, Confidence, Response};
use engine::scenario::{Decision, DecisionKind, Scenario};
use workshop::live::{self, Ballot, Connection, Heard, QoS, Room, State, Tick, Voter};
use workshop::presentation::current;

use crate::websocket::Socket;

/// What a participant tells the benchmark.
pub enum Event {
    /// The broker accepted a participant's connection.
    Connected,
    /// Participant `index` is about to send its ballot for `poll`, answering `response`.
    Cast { index: usize, poll: u32, response: Response, at: Instant },
}

/// What a participant needs to know: the room, where its broker is and the scenario.
#[derive(Clone)]
pub struct Setting {
    pub port: u16,
    pub room: Room,
    pub scenario: Arc<Scenario>,
    /// When the run started: the clock every connection keeps, in milliseconds.
    pub epoch: Instant,
    /// How long the presenter waits for the participants; a participant waits twice as long
    /// for the presenter, so the presenter is the one that gives up and says why.
    pub patience: Duration,
    /// Set when the run is over, whether or not the story has ended.
    pub stop: Arc<AtomicBool>,
}

impl Setting {
    pub fn now(&self) -> f64 {
        self.epoch.elapsed().as_secs_f64() * 1000.0
    }
}

/// Participant `index`'s seed: the benchmark's presenter knows every participant's id.
pub fn voter(index: usize) -> Voter {
    let mut seed = [0x6A; 32];
    seed[..8].copy_from_slice(&(index as u64).to_le_bytes());
    Voter::from_bytes(seed)
}

/// Participant `index`'s answer to `decision` at `poll`, of the decision's kind. At a pick,
/// half the room agrees on one option and the rest spread over all of them, so a majority
/// is clear; other kinds vary by participant.
pub fn answer(decision: &Decision, index: usize, poll: u32) -> Response {
    let n = decision.options.len().max(1);
    let poll = poll as usize;
    let answer = match decision.kind {
        DecisionKind::Pick if index.is_multiple_of(2) => Answer::Pick(poll % n),
        DecisionKind::Pick => Answer::Pick((index / 2) % n),
        DecisionKind::Rate => Answer::Rate((0..n).map(|j| 1 + ((index + j * 3 + poll) % 7) as u8).collect()),
        DecisionKind::Rank => Answer::Rank((0..n).map(|j| (j + index) % n).collect()),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            Answer::Tick((0..n).map(|j| (index >> (j % 8)) & 1 == 1).collect())
        }
    };
    let confidence = decision.confidence.as_ref().map(|_| Confidence::ALL[index % 3]);
    Response::new(answer, confidence)
}

/// Runs participant `index` until the story ends: how many times its WebSocket was turned
/// away before it opened, or why it stopped early.
pub fn run(index: usize, setting: &Setting, events: &Sender<Event>) -> Result<u32, String> {
    let fail = |what: &str, error: &dyn std::fmt::Display| format!("{what}: {error}");
    let voter = voter(index);
    let topic = live::ballot_topic(&setting.room, &voter.id());
    let broker = live::Broker { url: format!("ws://127.0.0.1:{}", setting.port), ..live::Broker::default() };
    let filters = vec![(live::state_topic(&setting.room), QoS::AtLeastOnce)];
    let mut connection = Connection::new(format!("bench-{index}"), broker, filters);
    let (mut socket, retried) = Socket::open_retrying(setting.port).map_err(|e| fail("connecting", &e))?;
    socket.send(&connection.open(setting.now())).map_err(|e| fail("sending", &e))?;
    let (mut seq, mut newest, mut voted) = (0, 0, None);
    let mut heard_at = Instant::now();
    while !setting.stop.load(Ordering::Relaxed) {
        let Some(frame) = socket.receive().map_err(|e| fail("receiving", &e))? else {
            match connection.tick(setting.now()) {
                Tick::Send(ping) => socket.send(&ping).map_err(|e| fail("sending", &e))?,
                Tick::Dead => return Err(fail("the broker", &"went silent")),
                Tick::Quiet => {}
            }
            if heard_at.elapsed() > setting.patience * 2 {
                let what = if connection.connected() { "no state from the presenter" } else { "no CONNACK" };
                return Err(fail("waiting", &what));
            }
            continue;
        };
        let (heard, reply) =
            connection.receive(&frame, setting.now()).map_err(|e| fail("reading", &format!("{e:?}")))?;
        for packet in reply {
            socket.send(&packet).map_err(|e| fail("sending", &e))?;
        }
        for heard in heard {
            let payload = match heard {
                Heard::Connected => {
                    let _ = events.send(Event::Connected);
                    continue;
                }
                Heard::Refused(code) => return Err(fail("connecting", &format!("refused with code {code}"))),
                Heard::Message { payload, .. } => payload,
            };
            heard_at = Instant::now();
            let state = State::open(&setting.room, &setting.scenario, &payload)
                .ok_or_else(|| fail("the state", &"does not open"))?;
            if state.seq <= newest {
                continue;
            }
            newest = state.seq;
            let presentation = state.presentation;
            let Some(decision) = current(&setting.scenario, &presentation.playthrough) else { return Ok(retried) };
            if presentation.locked || voted == Some(presentation.poll) {
                continue;
            }
            let response = answer(decision, index, presentation.poll);
            seq += 1;
            let ballot = Ballot::cast(&voter, seq, presentation.poll, response.clone(), "")
                .ok_or_else(|| fail("casting", &"no links left"))?;
            let bytes = ballot.encode().into_bytes();
            let at = Instant::now();
            let _ = events.send(Event::Cast { index, poll: presentation.poll, response, at });
            let publish = connection.publish(&topic, bytes, true, setting.now());
            socket.send(&publish).map_err(|e| fail("sending", &e))?;
            voted = Some(presentation.poll);
        }
    }
    Ok(retried)
}
