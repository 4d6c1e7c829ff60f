//! The workshop module's own places ([`crate::Place::Workshop`] carries their path) and
//! their `#/…` links: the presenter and projector windows of facilitator mode, the
//! printable facilitator guide, and a participant's view.
//!
//! - `#/facilitate/<scenario>`: the presenter window;
//! - `#/facilitate/<scenario>/live/<secret>`: opens a live room on the presenter's device
//!   with the secret `judgement-call room` made (64 hex digits), then becomes the presenter
//!   window;
//! - `#/facilitate/<scenario>/projector`: the projector window;
//! - `#/facilitate/<scenario>/guide`: the printable facilitator guide;
//! - `#/join/<scenario>` or `#/join/<scenario>/<room>`: a participant's phone, where the
//!   room is the label the facilitator shows (letters, digits and dashes);
//! - `#/vote/<scenario>`: a participant's phone in a live room, whose broker and room the
//!   link's query names.

/// A view of the workshop module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkshopPlace {
    Presenter(String),
    /// The presenter window, opening the live room whose secret the link carries.
    Open {
        scenario: String,
        secret: String,
    },
    Projector(String),
    Guide(String),
    Join {
        scenario: String,
        room: String,
    },
    /// A participant's phone in a live room.
    Vote(String),
}

/// A room's label as links carry it: letters, digits and dashes, at most 24, with spaces
/// read as dashes and the ends trimmed; `None` for anything else. Empty is allowed (no label).
pub fn room_label(text: &str) -> Option<String> {
    let label: String = text.trim().chars().map(|c| if c == ' ' { '-' } else { c }).collect();
    let fits = label.chars().count() <= 24 && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    fits.then_some(label)
}

impl WorkshopPlace {
    /// Reads a link's path without its `#/`, as `facilitate/first-call/projector`; `None`
    /// when it is none of the workshop's places.
    pub fn parse(path: &str) -> Option<WorkshopPlace> {
        let path = path.trim_start_matches('#').trim_matches('/');
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["facilitate", s] if crate::is_id(s) => Some(WorkshopPlace::Presenter(s.to_string())),
            ["facilitate", s, "projector"] if crate::is_id(s) => Some(WorkshopPlace::Projector(s.to_string())),
            ["facilitate", s, "guide"] if crate::is_id(s) => Some(WorkshopPlace::Guide(s.to_string())),
            ["facilitate", s, "live", secret]
                if crate::is_id(s)
                    && secret.len() == 64
                    && secret.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) =>
            {
                Some(WorkshopPlace::Open { scenario: s.to_string(), secret: secret.to_string() })
            }
            ["vote", s] if crate::is_id(s) => Some(WorkshopPlace::Vote(s.to_string())),
            ["join", s] if crate::is_id(s) => {
                Some(WorkshopPlace::Join { scenario: s.to_string(), room: String::new() })
            }
            ["join", s, room] if crate::is_id(s) => {
                let room = room_label(room).filter(|r| !r.is_empty())?;
                Some(WorkshopPlace::Join { scenario: s.to_string(), room })
            }
            _ => None,
        }
    }

    /// The scenario the place is about.
    pub fn scenario(&self) -> &str {
        match self {
            WorkshopPlace::Presenter(s)
            | WorkshopPlace::Projector(s)
            | WorkshopPlace::Guide(s)
            | WorkshopPlace::Vote(s) => s,
            WorkshopPlace::Join { scenario, .. } | WorkshopPlace::Open { scenario, .. } => scenario,
        }
    }

    /// The place's link, as `#/facilitate/first-call`.
    pub fn to_hash(&self) -> String {
        match self {
            WorkshopPlace::Presenter(s) => format!("#/facilitate/{s}"),
            WorkshopPlace::Projector(s) => format!("#/facilitate/{s}/projector"),
            WorkshopPlace::Guide(s) => format!("#/facilitate/{s}/guide"),
            WorkshopPlace::Open { scenario, secret } => format!("#/facilitate/{scenario}/live/{secret}"),
            WorkshopPlace::Vote(s) => format!("#/vote/{s}"),
            WorkshopPlace::Join { scenario, room } if room.is_empty() => format!("#/join/{scenario}"),
            WorkshopPlace::Join { scenario, room } => format!("#/join/{scenario}/{room}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_round_trip_and_strangers_are_refused() {
        let places = [
            WorkshopPlace::Presenter("first-call".into()),
            WorkshopPlace::Projector("first-call".into()),
            WorkshopPlace::Guide("first-call".into()),
            WorkshopPlace::Join { scenario: "first-call".into(), room: String::new() },
            WorkshopPlace::Join { scenario: "first-call".into(), room: "Tuesday-PMs".into() },
            WorkshopPlace::Open { scenario: "first-call".into(), secret: "0a".repeat(32) },
            WorkshopPlace::Vote("first-call".into()),
        ];
        for place in places {
            assert_eq!(WorkshopPlace::parse(&place.to_hash()), Some(place));
        }
        assert_eq!(WorkshopPlace::parse("facilitate/x/"), Some(WorkshopPlace::Presenter("x".into())));
        let short = format!("facilitate/x/live/{}", "0a".repeat(31));
        let upper = format!("facilitate/x/live/{}", "0A".repeat(32));
        for stranger in ["facilitate", "facilitate/x/nope", "join/x/a%20b", "join/<b>", "play/x", &short, &upper] {
            assert_eq!(WorkshopPlace::parse(stranger), None, "{stranger}");
        }
    }
}
