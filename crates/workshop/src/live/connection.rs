//! A live room's connection to its broker, without the socket: what to send when the
//! WebSocket opens, what a frame from the broker means, when to ping and when to give up on
//! a silent broker. The view's hook moves the bytes and keeps the clock; everything that
//! decides is here, so a test can run a connection through a broker restart.
//!
//! Messages a room cannot lose (ballots, the state) go at least once (QoS 1) and are kept
//! until the broker acknowledges them; when the connection drops they are sent again once
//! it is back. A message that replaces an earlier one on the same topic (a
//! retained state, a changed answer) drops the earlier one if it is still waiting: only the
//! latest matters, and every message is counted once however often it arrives.

use mqtt::{Connect, Packet, Publish, QoS, Stream, matches};

use super::Broker;

/// The longest packet a connection reads: a state and a ballot fit many times over.
pub const LONGEST: usize = 16 * 1024;

/// How long the broker may hear nothing from this client, in seconds (MQTT's keep-alive).
pub const KEEP_ALIVE: u16 = 30;

/// Something the broker said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Heard {
    /// The broker accepted the connection, and the subscriptions were asked for.
    Connected,
    /// The broker refused the connection, with MQTT's return code (4: bad user name or
    /// password, 5: not authorised).
    Refused(u8),
    /// A message on a subscribed topic.
    Message { topic: String, payload: Vec<u8> },
}

/// What a tick of the clock calls for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tick {
    /// Nothing to do.
    Quiet,
    /// Send these bytes (a ping).
    Send(Vec<u8>),
    /// The broker has been silent too long: close the socket and connect again.
    Dead,
}

/// A connection's state across sockets: one value lives as long as the room's view.
#[derive(Debug)]
pub struct Connection {
    client: String,
    broker: Broker,
    filters: Vec<(String, QoS)>,
    stream: Stream,
    connected: bool,
    next_id: u16,
    /// Messages sent at least once and not yet acknowledged, oldest first.
    waiting: Vec<Publish>,
    heard: f64,
    sent: f64,
}

impl Connection {
    /// A connection for the client named `client` (unique per device and room) to
    /// `broker`, subscribing to `filters` (each at its quality of service) each time it
    /// connects.
    pub fn new(client: String, broker: Broker, filters: Vec<(String, QoS)>) -> Connection {
        Connection {
            client,
            broker,
            filters,
            stream: Stream::new(LONGEST),
            connected: false,
            next_id: 0,
            waiting: Vec::new(),
            heard: 0.0,
            sent: 0.0,
        }
    }

    /// Whether the broker has accepted this socket's connection.
    pub fn connected(&self) -> bool {
        self.connected
    }

    /// How many messages wait for the broker's acknowledgement.
    pub fn waiting(&self) -> usize {
        self.waiting.len()
    }

    /// A new socket has opened at `now` (milliseconds): the CONNECT to send.
    pub fn open(&mut self, now: f64) -> Vec<u8> {
        self.stream = Stream::new(LONGEST);
        self.connected = false;
        self.heard = now;
        let credentials = !self.broker.user.is_empty();
        self.send(
            &Packet::Connect(Connect {
                client_id: self.client.clone(),
                clean_session: true,
                keep_alive: KEEP_ALIVE,
                username: credentials.then(|| self.broker.user.clone()),
                password: credentials.then(|| self.broker.password.clone().into_bytes()),
            }),
            now,
        )
    }

    /// The socket closed: nothing is sent until the next [`Connection::open`], and what waits is kept.
    pub fn closed(&mut self) {
        self.connected = false;
    }

    /// Reads a frame from the broker at `now`: what was heard, and the packets to answer with
    /// (the subscriptions and every waiting message once connected, acknowledgements of
    /// messages received at least once), each to be sent in a WebSocket message of its own:
    /// MQTT lets a message hold several packets, but some brokers (rumqttd) read only the
    /// first. An error means the bytes cannot be trusted: close the socket and connect again.
    pub fn receive(&mut self, frame: &[u8], now: f64) -> Result<(Vec<Heard>, Vec<Vec<u8>>), mqtt::Error> {
        self.heard = now;
        self.stream.push(frame);
        let mut heard = Vec::new();
        let mut out = Vec::new();
        while let Some(packet) = self.stream.next_packet()? {
            match packet {
                Packet::ConnAck { code: 0, .. } => {
                    self.connected = true;
                    heard.push(Heard::Connected);
                    let id = self.id();
                    let filters = self.filters.clone();
                    out.push(self.send(&Packet::Subscribe { id, filters }, now));
                    // Each session starts clean, so to the broker a message sent again is a
                    // new one: no DUP flag (which some brokers would pass on to QoS 0
                    // subscribers, against the spec). Ballots and states count once anyway.
                    for message in std::mem::take(&mut self.waiting) {
                        out.push(self.send(&Packet::Publish(message.clone()), now));
                        self.waiting.push(message);
                    }
                }
                Packet::ConnAck { code, .. } => heard.push(Heard::Refused(code)),
                Packet::Publish(message) => {
                    if let Some(id) = message.id {
                        out.push(self.send(&Packet::PubAck(id), now));
                    }
                    if self.filters.iter().any(|(f, _)| matches(f, &message.topic)) {
                        heard.push(Heard::Message { topic: message.topic, payload: message.payload });
                    }
                }
                Packet::PubAck(id) => self.waiting.retain(|m| m.id != Some(id)),
                _ => {}
            }
        }
        Ok((heard, out))
    }

    /// Publishes `payload` on `topic` at least once, retained if `retain`: the bytes to send
    /// now (none while disconnected: it waits for the next connection). An earlier message
    /// on the same topic that still waits is dropped.
    pub fn publish(&mut self, topic: &str, payload: Vec<u8>, retain: bool, now: f64) -> Vec<u8> {
        self.waiting.retain(|m| m.topic != topic);
        let message = Publish { topic: topic.to_string(), payload, id: Some(self.id()), retain, dup: false };
        self.waiting.push(message.clone());
        if self.connected { self.send(&Packet::Publish(message), now) } else { Vec::new() }
    }

    /// What the clock calls for at `now`: a ping after half the keep-alive without sending,
    /// or giving up after one and a half keep-alives without hearing from the broker.
    pub fn tick(&mut self, now: f64) -> Tick {
        let keep_alive = f64::from(KEEP_ALIVE) * 1000.0;
        if now - self.heard > keep_alive * 1.5 {
            Tick::Dead
        } else if self.connected && now - self.sent > keep_alive / 2.0 {
            Tick::Send(self.send(&Packet::PingReq, now))
        } else {
            Tick::Quiet
        }
    }

    /// The packet's bytes, noting when something was last sent. A packet this connection
    /// makes always encodes; if one did not, nothing is sent.
    fn send(&mut self, packet: &Packet, now: f64) -> Vec<u8> {
        self.sent = now;
        packet.to_bytes().unwrap_or_default()
    }

    /// A packet identifier not in use: 1 to 65,535, round and round.
    fn id(&mut self) -> u16 {
        loop {
            self.next_id = self.next_id.checked_add(1).unwrap_or(1);
            if !self.waiting.iter().any(|m| m.id == Some(self.next_id)) {
                return self.next_id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packets(bytes: &[u8]) -> Vec<Packet> {
        let mut stream = Stream::new(LONGEST);
        stream.push(bytes);
        std::iter::from_fn(|| stream.next_packet().expect("well formed")).collect()
    }

    fn bytes(packet: Packet) -> Vec<u8> {
        packet.to_bytes().expect("encodes")
    }

    /// The packets of `frames`, checking each frame holds exactly one.
    fn each(frames: &[Vec<u8>]) -> Vec<Packet> {
        frames
            .iter()
            .map(|frame| {
                let [packet] = packets(frame).try_into().expect("one packet a frame");
                packet
            })
            .collect()
    }

    fn connected(connection: &mut Connection, now: f64) -> Vec<Packet> {
        let (heard, out) =
            connection.receive(&bytes(Packet::ConnAck { session_present: false, code: 0 }), now).expect("reads");
        assert_eq!(heard, [Heard::Connected]);
        each(&out)
    }

    #[test]
    fn a_message_waits_through_a_dropped_connection_and_is_sent_again() {
        let broker = Broker { url: "ws://b".into(), user: "pm".into(), password: "pw".into() };
        let mut connection = Connection::new("jc-1".into(), broker, vec![("jc/v1/r/state".into(), QoS::AtLeastOnce)]);
        let opened = packets(&connection.open(0.0));
        let [Packet::Connect(connect)] = opened.as_slice() else { panic!("a CONNECT first") };
        assert_eq!((connect.username.as_deref(), connect.keep_alive), (Some("pm"), KEEP_ALIVE));
        // Published before the broker accepts: nothing goes out yet.
        assert!(connection.publish("jc/v1/r/ballot/a", b"one".to_vec(), true, 10.0).is_empty());
        let sent = connected(&mut connection, 20.0);
        assert!(matches!(&sent[0], Packet::Subscribe { filters, .. } if filters[0].0 == "jc/v1/r/state"));
        assert!(matches!(&sent[1], Packet::Publish(m) if m.payload == b"one" && m.retain && !m.dup));
        // The socket drops before the acknowledgement; a changed answer replaces the first.
        connection.closed();
        assert!(connection.publish("jc/v1/r/ballot/a", b"two".to_vec(), true, 30.0).is_empty());
        assert_eq!(connection.waiting(), 1);
        connection.open(40.0);
        let sent = connected(&mut connection, 50.0);
        let Packet::Publish(resent) = &sent[1] else { panic!("the waiting message") };
        assert_eq!(resent.payload, b"two");
        let (_, out) = connection.receive(&bytes(Packet::PubAck(resent.id.expect("QoS 1"))), 60.0).expect("reads");
        assert!(out.is_empty());
        assert_eq!(connection.waiting(), 0);
    }

    #[test]
    fn messages_are_heard_and_acknowledged_and_strangers_ignored() {
        let mut connection =
            Connection::new("jc-2".into(), Broker::default(), vec![("jc/v1/r/ballot/+".into(), QoS::AtMostOnce)]);
        connection.open(0.0);
        connected(&mut connection, 0.0);
        let publish = |topic: &str, id| {
            bytes(Packet::Publish(Publish {
                topic: topic.into(),
                payload: b"x".to_vec(),
                id,
                retain: false,
                dup: false,
            }))
        };
        let mut frame = publish("jc/v1/r/ballot/a", Some(7));
        frame.extend(publish("jc/v1/other/state", None));
        let (half, rest) = frame.split_at(5);
        assert_eq!(connection.receive(half, 1.0).expect("reads"), (vec![], vec![]));
        let (heard, out) = connection.receive(rest, 2.0).expect("reads");
        assert_eq!(heard, [Heard::Message { topic: "jc/v1/r/ballot/a".into(), payload: b"x".to_vec() }]);
        assert_eq!(each(&out), [Packet::PubAck(7)]);
        assert!(connection.receive(&[0xf0, 0x00], 3.0).is_err(), "a reserved packet type");
        // A broker that refuses the credentials says so; the connection never counts as made.
        let mut refused = Connection::new("jc-4".into(), Broker::default(), vec![("t".into(), QoS::AtLeastOnce)]);
        refused.open(0.0);
        let (heard, out) =
            refused.receive(&bytes(Packet::ConnAck { session_present: false, code: 5 }), 1.0).expect("reads");
        assert_eq!((heard, out), (vec![Heard::Refused(5)], vec![]));
        assert!(!refused.connected());
    }

    #[test]
    fn a_quiet_connection_pings_and_a_silent_broker_is_given_up() {
        let mut connection = Connection::new("jc-3".into(), Broker::default(), vec![("t".into(), QoS::AtLeastOnce)]);
        connection.open(0.0);
        assert_eq!(connection.tick(1_000.0), Tick::Quiet, "not connected yet: nothing to ping");
        connected(&mut connection, 1_000.0);
        assert_eq!(connection.tick(10_000.0), Tick::Quiet);
        let Tick::Send(ping) = connection.tick(17_000.0) else { panic!("a ping after 15 s quiet") };
        assert_eq!(packets(&ping), [Packet::PingReq]);
        connection.receive(&bytes(Packet::PingResp), 18_000.0).expect("reads");
        assert_eq!(connection.tick(20_000.0), Tick::Quiet);
        assert_eq!(connection.tick(18_000.0 + 46_000.0), Tick::Dead);
    }
}
