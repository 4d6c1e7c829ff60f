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
//!   arrives.

pub mod ballot;
pub mod key;
pub mod state;
pub mod tally;

pub use ballot::{Ballot, Id, Voter};
pub use key::{Room, Secret};
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

/// A participant's link to a live room: the app at `origin` (as `http://192.168.1.5:8080`),
/// the broker's WebSocket address, the room and the scenario.
pub fn join_link(origin: &str, broker: &str, scenario: &str, room: &Room) -> String {
    format!("{}/?broker={}&room={}#/join/{scenario}", origin.trim_end_matches('/'), component(broker), room.to_hex())
}

/// The presenter's link to open a live room on their own device: it carries the secret, so
/// it is for that device only (the app keeps the secret and drops it from the address).
pub fn presenter_link(origin: &str, broker: &str, scenario: &str, secret: &Secret) -> String {
    format!(
        "{}/?broker={}#/facilitate/{scenario}/live/{}",
        origin.trim_end_matches('/'),
        component(broker),
        secret.to_hex()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_room_to_phones_and_the_secret_only_to_the_presenter() {
        let secret = Secret::from_bytes([5; 32]);
        let room = secret.room();
        let join = join_link("http://192.168.1.5:8080/", "ws://192.168.1.5:8081", "first-call", &room);
        assert_eq!(
            join,
            format!(
                "http://192.168.1.5:8080/?broker=ws%3A%2F%2F192.168.1.5%3A8081&room={}#/join/first-call",
                room.to_hex()
            )
        );
        assert!(!join.contains(&secret.to_hex()));
        let presenter = presenter_link("http://127.0.0.1:8080", "wss://b.example/mqtt", "first-call", &secret);
        assert!(presenter.ends_with(&format!("#/facilitate/first-call/live/{}", secret.to_hex())));
        assert!(presenter.contains("?broker=wss%3A%2F%2Fb.example%2Fmqtt#"));
        assert_eq!(state_topic(&room), format!("jc/v1/{}/state", room.to_hex()));
        assert_eq!(ballots_filter(&room), format!("jc/v1/{}/ballot/+", room.to_hex()));
    }
}
