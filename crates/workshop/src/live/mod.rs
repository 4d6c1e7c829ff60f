//! A live room: the workshop over an MQTT broker, so phones vote and the presenter counts
//! without anyone typing hand counts or codes. This module is the room's protocol, pure: the
//! keys and their seals (`key`), a participant's ballot (`ballot`), the presenter's count
//! (`tally`), the state the presenter publishes (`state`), the topics they travel on and the
//! links that open a room. The transport (a WebSocket, MQTT packets) lives with the views;
//! `docs/facilitation.md` describes the protocol for people.
//!
//! Topics, all under `jc/v1/<room>/` where `<room>` is the room's public key in hex:
//!
//! - `state`: the presenter's [`State`], sealed, retained, at least once (QoS 1): a phone or
//!   projector that joins late or reconnects hears the latest at once;
//! - `ballot/<id>`: a participant's latest [`Ballot`], retained, QoS 1, so a presenter that
//!   reloads hears every participant's last answer again; counted once however often it
//!   arrives. The presenter subscribes to ballots at QoS 0: brokers hold back retained
//!   messages beyond a small in-flight window for QoS 1 subscriptions (rumqttd sends a
//!   hundred), while a room has up to a thousand; a ballot lost between broker and presenter
//!   is still retained and heard again on the next reconnect.

pub mod ballot;
pub mod connection;
pub mod host;
pub mod key;
pub mod state;
pub mod tally;

pub use ballot::{Ballot, Id, Seat, Voter};
pub use connection::{Connection, Heard, Tick};
pub use host::Host;
pub use key::{Room, Secret};
pub use mqtt::QoS;
pub use state::{Naming, State};
pub use tally::{Refusal, Tally};

/// The topic of a room's state.
pub fn state_topic(room: &Room) -> String {
    format!("jc/v1/{}/state", room.to_hex())
}

/// The topic a participant's ballots go to.
pub fn ballot_topic(room: &Room, voter: &Id) -> String {
    format!("jc/v1/{}/ballot/{}", room.to_hex(), voter.to_hex())
}

/// The filter that hears every participant's ballots.
pub fn ballots_filter(room: &Room) -> String {
    format!("jc/v1/{}/ballot/+", room.to_hex())
}

/// Where a live room's messages travel: an MQTT broker's WebSocket address (`ws://` or
/// `wss://`) and, when the broker asks for them, a user name and password (the same for
/// everyone in the room: the join link carries them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Broker {
    pub url: String,
    pub user: String,
    pub password: String,
}

/// Why a broker's address cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BrokerError {
    /// Not a `ws://` or `wss://` address.
    NotWebSocket,
    /// A `ws://` address from a page served over HTTPS, which browsers refuse.
    Insecure,
}

impl std::fmt::Display for BrokerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BrokerError::NotWebSocket => "a broker's address starts with wss:// (or ws:// on a local network)",
            BrokerError::Insecure => {
                "this page came over HTTPS, so the browser only lets it reach a wss:// broker, not a ws:// one"
            }
        })
    }
}

impl Broker {
    /// The longest address, user name or password a link carries.
    pub const LONGEST: usize = 300;

    /// Checks the address for a page served over `https` or not.
    pub fn check(&self, https: bool) -> Result<(), BrokerError> {
        let url = self.url.trim();
        let rest = url.strip_prefix("wss://").or_else(|| url.strip_prefix("ws://"));
        let host = rest.and_then(|r| r.split(['/', '?', '#']).next()).unwrap_or_default();
        let plain = |t: &str| t.len() <= Self::LONGEST && !t.chars().any(|c| c.is_whitespace() || c.is_control());
        if host.is_empty() || !plain(url) || !plain(&self.user) || self.password.len() > Self::LONGEST {
            return Err(BrokerError::NotWebSocket);
        }
        if https && url.starts_with("ws://") {
            return Err(BrokerError::Insecure);
        }
        Ok(())
    }

    /// The link's query parameters for this broker: `broker`, and `user` and `password`
    /// when there are credentials.
    fn query(&self) -> String {
        let mut query = format!("broker={}", component(&self.url));
        if !self.user.is_empty() {
            query.push_str(&format!("&user={}&password={}", component(&self.user), component(&self.password)));
        }
        query
    }
}

/// What a link's query string says about a live room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    pub broker: Broker,
    /// The room, on a participant's link; `None` on the presenter's.
    pub room: Option<Room>,
}

/// Reads a link's query string (`?broker=…&room=…`, as `location.search` gives it); `None`
/// when it names no broker. A room that does not read is `None`.
pub fn invitation(search: &str) -> Option<Invitation> {
    let mut broker = Broker::default();
    let mut room = None;
    for pair in search.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = decoded(value)?;
        match name {
            "broker" => broker.url = value,
            "user" => broker.user = value,
            "password" => broker.password = value,
            "room" => room = Room::from_hex(&value),
            _ => {}
        }
    }
    (!broker.url.is_empty()).then_some(Invitation { broker, room })
}

/// A participant's link to a live room: the app at `origin` (as `http://192.168.1.5:8080`),
/// the broker, the room and the scenario.
pub fn join_link(origin: &str, broker: &Broker, scenario: &str, room: &Room) -> String {
    format!("{}/?{}&room={}#/vote/{scenario}", origin.trim_end_matches('/'), broker.query(), room.to_hex())
}

/// The presenter's link to open a live room on their own device: it carries the secret, so
/// it is for that device only (the app keeps the secret and drops it from the address).
pub fn presenter_link(origin: &str, broker: &Broker, scenario: &str, secret: &Secret) -> String {
    format!("{}/?{}#/facilitate/{scenario}/live/{}", origin.trim_end_matches('/'), broker.query(), secret.to_hex())
}

/// A projector's link on another device: it follows the room's state, like a phone, and
/// shows it large.
pub fn projector_link(origin: &str, broker: &Broker, scenario: &str, room: &Room) -> String {
    format!(
        "{}/?{}&room={}#/facilitate/{scenario}/projector",
        origin.trim_end_matches('/'),
        broker.query(),
        room.to_hex()
    )
}

/// `text` percent-encoded as a URL's query component: every byte but the unreserved ones.
pub fn component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reads a percent-encoded query component (`+` is a space); `None` when it is not UTF-8
/// or a `%` is not followed by two hex digits.
pub fn decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.bytes();
    while let Some(byte) = rest.next() {
        bytes.push(match byte {
            b'+' => b' ',
            b'%' => {
                let digits = [rest.next()?, rest.next()?];
                u8::from_str_radix(std::str::from_utf8(&digits).ok()?, 16).ok()?
            }
            other => other,
        });
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broker_is_a_websocket_address_a_page_can_reach() {
        let broker = |url: &str| Broker { url: url.into(), ..Broker::default() };
        assert_eq!(broker("wss://b.example/mqtt").check(true), Ok(()));
        assert_eq!(broker("ws://192.168.1.5:8081").check(false), Ok(()));
        assert_eq!(broker("ws://192.168.1.5:8081").check(true), Err(BrokerError::Insecure));
        for bad in ["", "https://b.example", "wss://", "wss:// b.example", "mqtt://b.example"] {
            assert_eq!(broker(bad).check(false), Err(BrokerError::NotWebSocket), "{bad}");
        }
        assert_eq!(decoded("a%20b+c%2F"), Some("a b c/".to_string()));
        assert_eq!(decoded("%e9"), None, "not UTF-8");
    }

    #[test]
    fn links_carry_the_room_to_phones_and_the_secret_only_to_the_presenter() {
        let secret = Secret::from_bytes([5; 32]);
        let room = secret.room();
        let local = Broker { url: "ws://192.168.1.5:8081".into(), ..Broker::default() };
        let join = join_link("http://192.168.1.5:8080/", &local, "first-call", &room);
        assert_eq!(
            join,
            format!(
                "http://192.168.1.5:8080/?broker=ws%3A%2F%2F192.168.1.5%3A8081&room={}#/vote/first-call",
                room.to_hex()
            )
        );
        assert!(!join.contains(&secret.to_hex()));
        let projector = projector_link("http://192.168.1.5:8080", &local, "first-call", &room);
        assert!(projector.ends_with(&format!("&room={}#/facilitate/first-call/projector", room.to_hex())));
        let hosted = Broker { url: "wss://b.example/mqtt".into(), user: "pm room".into(), password: "p&ss".into() };
        let presenter = presenter_link("http://127.0.0.1:8080", &hosted, "first-call", &secret);
        assert!(presenter.ends_with(&format!("#/facilitate/first-call/live/{}", secret.to_hex())));
        assert!(presenter.contains("?broker=wss%3A%2F%2Fb.example%2Fmqtt&user=pm%20room&password=p%26ss#"));
        // What a link carries reads back from its query string.
        let query = |link: &str| link.split_once('?').and_then(|(_, q)| q.split_once('#')).map(|(q, _)| q.to_string());
        let invited = invitation(&query(&join).expect("a query")).expect("a broker");
        assert_eq!(invited, Invitation { broker: local, room: Some(room) });
        let opened = invitation(&format!("?{}", query(&presenter).expect("a query"))).expect("a broker");
        assert_eq!(opened, Invitation { broker: hosted, room: None });
        assert_eq!(invitation("?embed=1"), None);
        assert_eq!(invitation("?broker=%zz"), None);
        assert_eq!(state_topic(&room), format!("jc/v1/{}/state", room.to_hex()));
        assert_eq!(ballots_filter(&room), format!("jc/v1/{}/ballot/+", room.to_hex()));
    }
}
