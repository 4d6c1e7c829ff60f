//! The simulated presenter: the room's secret, its own WebSocket to the broker, ballots heard
//! at QoS 0 and counted by `workshop::live::Tally`, as the presenter's window does it. It
//! walks the scenario's decisions by the room's majority, publishing each poll's sealed
//! state (retained), and at every decision checks what it counted against what the
//! participants cast: nobody missing, nobody counted twice, every option's votes and the
//! confidence hands as cast.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use engine::playthrough::{Confidence, Response};
use engine::scenario::Scenario;
use workshop::live::{self, Ballot, Connection, Heard, Id, Naming, QoS, Refusal, Secret, State, Tally, Tick, tally};
use workshop::presentation::{self, Action, Follow, apply, current};

use crate::participant::{self, Event, Setting};
use crate::websocket::Socket;

/// What one run measured.
#[derive(Default)]
pub struct Figures {
    /// How long until every participant's connection was accepted, in milliseconds.
    pub connected: f64,
    pub decisions: usize,
    /// Ballots cast and ballots counted.
    pub cast: usize,
    pub counted: usize,
    /// For every counted ballot, the milliseconds from its participant's publish to its count.
    pub latencies: Vec<f64>,
    /// For every decision, the milliseconds from the state's publish to its last ballot counted.
    pub rounds: Vec<f64>,
    /// Messages the tally refused, by reason.
    pub dropped: Vec<(Refusal, u32)>,
    /// Participants' WebSockets the broker turned away before one opened.
    pub retried: u32,
    /// Ballots cast and never counted, and ballots counted more than once.
    pub lost: usize,
    pub doubled: usize,
    /// What did not add up, decision by decision.
    pub problems: Vec<String>,
}

/// The presenter's side of a run: its connection, and what it has heard of the participants.
pub struct Presenter<'a> {
    setting: &'a Setting,
    socket: Socket,
    connection: Connection,
    /// Participants' ballots by id, as the presenter reads them.
    ids: HashMap<Id, usize>,
    /// What each participant cast and when, by participant and poll.
    casts: HashMap<(usize, u32), (Response, Instant)>,
    connected: usize,
}

impl Presenter<'_> {
    fn now(&self) -> f64 {
        self.setting.now()
    }

    /// Takes what the participants have told so far.
    fn drain(&mut self, events: &Receiver<Event>) {
        while let Ok(event) = events.try_recv() {
            match event {
                Event::Connected => self.connected += 1,
                Event::Cast { index, poll, response, at } => {
                    self.casts.insert((index, poll), (response, at));
                }
            }
        }
    }

    /// Messages heard within one wait: their payloads.
    fn listen(&mut self) -> Result<Vec<Vec<u8>>, String> {
        let now = self.now();
        let Some(frame) = self.socket.receive().map_err(|e| format!("presenter: {e}"))? else {
            match self.connection.tick(now) {
                Tick::Send(ping) => self.socket.send(&ping).map_err(|e| format!("presenter: {e}"))?,
                Tick::Dead => return Err("presenter: the broker went silent".to_string()),
                Tick::Quiet => {}
            }
            return Ok(Vec::new());
        };
        let (heard, reply) = self.connection.receive(&frame, now).map_err(|e| format!("presenter: {e:?}"))?;
        for packet in reply {
            self.socket.send(&packet).map_err(|e| format!("presenter: {e}"))?;
        }
        let mut messages = Vec::new();
        for heard in heard {
            match heard {
                Heard::Connected => {}
                Heard::Refused(code) => return Err(format!("presenter: refused with code {code}")),
                Heard::Message { payload, .. } => messages.push(payload),
            }
        }
        Ok(messages)
    }

    /// Publishes `state`, sealed and retained.
    fn publish(&mut self, state: &State, secret: &Secret) -> Result<(), String> {
        let topic = live::state_topic(&self.setting.room);
        let bytes = self.connection.publish(&topic, state.seal(secret).into_bytes(), true, self.now());
        self.socket.send(&bytes).map_err(|e| format!("presenter: {e}"))
    }
}

/// The presenter of a room of `participants`, connected to the broker before anyone joins,
/// as in a workshop.
pub fn open(setting: &Setting, participants: usize) -> Result<Presenter<'_>, String> {
    let broker = live::Broker { url: format!("ws://127.0.0.1:{}", setting.port), ..live::Broker::default() };
    let filters = vec![(live::ballots_filter(&setting.room), QoS::AtMostOnce)];
    let mut connection = Connection::new("bench-presenter".to_string(), broker, filters);
    let (mut socket, _) = Socket::open_retrying(setting.port).map_err(|e| format!("presenter: {e}"))?;
    socket.send(&connection.open(setting.now())).map_err(|e| format!("presenter: {e}"))?;
    let ids = (0..participants).map(|index| (participant::voter(index).id(), index)).collect();
    let mut presenter = Presenter { setting, socket, connection, ids, casts: HashMap::new(), connected: 0 };
    let deadline = Instant::now() + setting.patience;
    while !presenter.connection.connected() {
        presenter.listen()?;
        if Instant::now() > deadline {
            return Err("presenter: no CONNACK".to_string());
        }
    }
    Ok(presenter)
}

/// Runs the room with `participants` participants, who have just started and report on
/// `events`, until the story ends: the figures, or why the run could not go on.
pub fn run(
    mut presenter: Presenter<'_>,
    secret: &Secret,
    participants: usize,
    events: &Receiver<Event>,
) -> Result<Figures, String> {
    let setting = presenter.setting;
    let scenario: Arc<Scenario> = Arc::clone(&setting.scenario);
    let mut figures = Figures::default();
    let joined = Instant::now();

    // Everyone in before the first poll opens: connecting is not what is measured.
    let deadline = Instant::now() + setting.patience;
    while presenter.connected < participants {
        presenter.listen()?;
        presenter.drain(events);
        if Instant::now() > deadline {
            return Err(format!("only {} of {participants} participants connected", presenter.connected));
        }
    }
    figures.connected = joined.elapsed().as_secs_f64() * 1000.0;

    let mut tally = Tally::default();
    let mut room = presentation::start(&scenario, 60);
    let mut seq = 0;
    while let Some(decision) = current(&scenario, &room.playthrough) {
        seq += 1;
        presenter.publish(&State::new(seq, Naming::Anonymous, 0, &room), secret)?;
        let opened = Instant::now();
        let poll = room.poll;
        let (mut counted, mut last) = (HashMap::new(), opened);
        let deadline = opened + setting.patience;
        while tally.voted(poll) < participants && Instant::now() < deadline {
            for payload in presenter.listen()? {
                if tally.receive(&scenario, &room, presenter.now(), &payload).is_err() {
                    continue;
                }
                last = Instant::now();
                let Some(index) = Ballot::decode(&payload).and_then(|b| presenter.ids.get(&b.voter).copied()) else {
                    figures.problems.push("a ballot from nobody in the room was counted".to_string());
                    continue;
                };
                *counted.entry(index).or_insert(0) += 1;
                presenter.drain(events);
                match presenter.casts.get(&(index, poll)) {
                    Some((_, at)) => figures.latencies.push(last.duration_since(*at).as_secs_f64() * 1000.0),
                    None => {
                        figures.problems.push(format!("participant {index}'s ballot was counted before it was cast"))
                    }
                }
            }
        }
        presenter.drain(events);
        figures.decisions += 1;
        figures.rounds.push(last.duration_since(opened).as_secs_f64() * 1000.0);

        // What the room cast against what the tally counted.
        let cast: Vec<&Response> =
            (0..participants).filter_map(|i| presenter.casts.get(&(i, poll))).map(|c| &c.0).collect();
        let (mut votes, mut hands) = (vec![0; decision.options.len()], [0; 3]);
        for response in &cast {
            presentation::count(&response.answer, &mut votes);
            if let Some(level) = response.confidence.map(Confidence::level) {
                hands[usize::from(level) - 1] += 1;
            }
        }
        let lost = cast.len().saturating_sub(counted.len());
        let doubled: usize = counted.values().map(|n| n - 1).sum();
        figures.cast += cast.len();
        figures.counted += counted.len();
        figures.lost += lost;
        figures.doubled += doubled;
        let at = format!("decision {} (poll {poll})", figures.decisions);
        if cast.len() != participants {
            figures.problems.push(format!("{at}: {} of {participants} participants cast a ballot", cast.len()));
        }
        if tally.voted(poll) != participants || lost > 0 || doubled > 0 {
            figures.problems.push(format!(
                "{at}: {} voted of {participants}, {lost} lost, {doubled} counted twice",
                tally.voted(poll)
            ));
        }
        if tally.votes(&scenario, &room) != votes || tally.hands(poll) != hands {
            figures.problems.push(format!(
                "{at}: counted {:?} and hands {:?}, cast {votes:?} and hands {hands:?}",
                tally.votes(&scenario, &room),
                tally.hands(poll)
            ));
        }

        // The room moves on by its majority. The tally refuses a participant's ballots closer
        // together than `SPACING`, so the next poll opens only after that.
        let voted = apply(&scenario, &room, &Action::Votes(tally.votes(&scenario, &room)))
            .and_then(|room| apply(&scenario, &room, &Action::Hands(tally.hands(poll))))
            .map_err(|e| format!("{at}: {e}"))?;
        room = apply(&scenario, &voted, &Action::Follow(Follow::Majority))
            .or_else(|_| apply(&scenario, &voted, &Action::Follow(Follow::Option(0))))
            .map_err(|e| format!("{at}: {e}"))?;
        let pause = last + Duration::from_secs_f64((tally::SPACING + 50.0) / 1000.0);
        while Instant::now() < pause {
            for payload in presenter.listen()? {
                let _ = tally.receive(&scenario, &voted, presenter.now(), &payload);
            }
        }
    }

    // The story's end, for the participants to hear and leave; the presenter stays until the
    // broker has it.
    seq += 1;
    presenter.publish(&State::new(seq, Naming::Anonymous, 0, &room), secret)?;
    let deadline = Instant::now() + setting.patience;
    while presenter.connection.waiting() > 0 && Instant::now() < deadline {
        presenter.listen()?;
    }
    figures.dropped = tally.dropped().collect();
    Ok(figures)
}
