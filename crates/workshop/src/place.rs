//! The places of the workshop module and their `#/…` links: the presenter and projector
//! windows of facilitator mode, the printable facilitator guide, and a participant's view.
//!
//! - `#/facilitate/<scenario>`: the presenter window;
//! - `#/facilitate/<scenario>/projector`: the projector window;
//! - `#/facilitate/<scenario>/guide`: the printable facilitator guide;
//! - `#/join/<scenario>` or `#/join/<scenario>/<room>`: a participant's phone, where the
//!   room is the label the facilitator shows (letters, digits and dashes).

use crate::session::room_label;

/// A view of the workshop module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    Presenter(String),
    Projector(String),
    Guide(String),
    Join { scenario: String, room: String },
}

impl Place {
    /// Reads a link's path without its `#/`, as `facilitate/first-call/projector`; `None`
    /// when it is none of the workshop's places.
    pub fn parse(path: &str) -> Option<Place> {
        let path = path.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        let id = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        match parts.as_slice() {
            ["facilitate", s] if id(s) => Some(Place::Presenter(s.to_string())),
            ["facilitate", s, "projector"] if id(s) => Some(Place::Projector(s.to_string())),
            ["facilitate", s, "guide"] if id(s) => Some(Place::Guide(s.to_string())),
            ["join", s] if id(s) => Some(Place::Join { scenario: s.to_string(), room: String::new() }),
            ["join", s, room] if id(s) => {
                let room = room_label(room).filter(|r| !r.is_empty())?;
                Some(Place::Join { scenario: s.to_string(), room })
            }
            _ => None,
        }
    }

    /// The scenario the place is about.
    pub fn scenario(&self) -> &str {
        match self {
            Place::Presenter(s) | Place::Projector(s) | Place::Guide(s) => s,
            Place::Join { scenario, .. } => scenario,
        }
    }

    /// The place's link, as `#/facilitate/first-call`.
    pub fn to_hash(&self) -> String {
        match self {
            Place::Presenter(s) => format!("#/facilitate/{s}"),
            Place::Projector(s) => format!("#/facilitate/{s}/projector"),
            Place::Guide(s) => format!("#/facilitate/{s}/guide"),
            Place::Join { scenario, room } if room.is_empty() => format!("#/join/{scenario}"),
            Place::Join { scenario, room } => format!("#/join/{scenario}/{room}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip_and_strangers_are_refused() {
        let places = [
            Place::Presenter("first-call".into()),
            Place::Projector("first-call".into()),
            Place::Guide("first-call".into()),
            Place::Join { scenario: "first-call".into(), room: String::new() },
            Place::Join { scenario: "first-call".into(), room: "Tuesday-PMs".into() },
        ];
        for place in places {
            assert_eq!(Place::parse(&place.to_hash()), Some(place));
        }
        assert_eq!(Place::parse("facilitate/x/"), Some(Place::Presenter("x".into())));
        for stranger in ["facilitate", "facilitate/x/nope", "join/x/a%20b", "join/<b>", "play/x"] {
            assert_eq!(Place::parse(stranger), None, "{stranger}");
        }
    }
}
