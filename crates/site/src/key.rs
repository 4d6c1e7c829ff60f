//! Every key the app stores under, in one place. Every key is versioned
//! (`judgement-call/v1/…`) and per scenario where it can be, so damage to one save never
//! touches another:
//!
//! - `progress/<id>`: the playthrough's compact log (`jc1 …`), written after every response;
//! - `mode/<id>`: `practice` or `assessment`;
//! - `journal/<id>`: the learner's rationales, every attempt's (`jj1 …`);
//! - `attempt/<id>/<seed>`: a finished attempt, kept when the story first reaches an ending;
//!   the earliest is the record, and nothing overwrites it;
//! - `discarded/<id>`: a save that could not be used, kept aside rather than deleted;
//! - `backup`: when the learner last downloaded a backup of their progress (an ISO time);
//! - `settings`: the display settings (`boot.js` applies them before the first paint);
//! - `language`: the interface's language chosen in Settings (`boot.js` loads its catalogue);
//! - `workshop/<id>`, `workshop/<id>/codes` and `workshop/<id>/record`: a facilitator's
//!   session, pasted codes and the session's record (every poll, with its notes);
//! - `join/<room>/<id>`: a participant's playthrough in a workshop room;
//! - `live/<id>` and `live/<id>/tally`: a presenter's live room of scenario `id` (its secret,
//!   broker and settings) and its tally;
//! - `voter/<room>`: a participant's seed, ballot number and name in a live room;
//! - `cmi5/<fetch URL>`: a cmi5 launch's progress (session storage, not local);
//! - `probe`: written and removed once, to learn whether storage works.

/// The prefix of every key.
pub const PREFIX: &str = "judgement-call/v1/";

pub fn settings() -> String {
    format!("{PREFIX}settings")
}

/// The interface's language the learner chose in Settings (a BCP 47 tag); none follows the
/// browser's languages.
pub fn language() -> String {
    format!("{PREFIX}language")
}

pub fn backup() -> String {
    format!("{PREFIX}backup")
}

pub fn progress(id: &str) -> String {
    format!("{PREFIX}progress/{id}")
}

pub fn mode(id: &str) -> String {
    format!("{PREFIX}mode/{id}")
}

pub fn journal(id: &str) -> String {
    format!("{PREFIX}journal/{id}")
}

pub fn discarded(id: &str) -> String {
    format!("{PREFIX}discarded/{id}")
}

/// The key of the attempt at `id` shuffled by `seed`; every attempt has its own seed.
pub fn attempt(id: &str, seed: u64) -> String {
    format!("{PREFIX}attempt/{id}/{seed:x}")
}

/// The start of the key of every attempt at `id`.
pub fn attempts(id: &str) -> String {
    format!("{PREFIX}attempt/{id}/")
}

/// A facilitator's session of scenario `id`.
pub fn workshop(id: &str) -> String {
    format!("{PREFIX}workshop/{id}")
}

/// The participants' codes a facilitator pasted for scenario `id`.
pub fn workshop_codes(id: &str) -> String {
    format!("{PREFIX}workshop/{id}/codes")
}

/// The record of a facilitator's sessions of scenario `id`: every poll and its notes, kept
/// until the facilitator clears it.
pub fn workshop_record(id: &str) -> String {
    format!("{PREFIX}workshop/{id}/record")
}

/// A participant's playthrough of scenario `id` in `room` (`-` for no room).
pub fn join(room: &str, id: &str) -> String {
    let room = if room.is_empty() { "-" } else { room };
    format!("{PREFIX}join/{room}/{id}")
}

/// A presenter's live room of scenario `id`: the room's secret, the broker and the settings.
pub fn live(id: &str) -> String {
    format!("{PREFIX}live/{id}")
}

/// The tally of a presenter's live room of scenario `id`.
pub fn live_tally(id: &str) -> String {
    format!("{PREFIX}live/{id}/tally")
}

/// A participant's seed, last ballot number and name in the live room `room` (its key in hex).
pub fn voter(room: &str) -> String {
    format!("{PREFIX}voter/{room}")
}

/// An expert's ratings of scenario `id` for its author's panel, as far as they have got.
pub fn panel(id: &str) -> String {
    format!("{PREFIX}panel/{id}")
}

/// A cmi5 launch's progress, by the launch's `fetch` URL.
pub fn cmi5(fetch: &str) -> String {
    format!("{PREFIX}cmi5/{fetch}")
}

/// Written and removed once, to learn whether storage works.
pub fn probe() -> String {
    format!("{PREFIX}probe")
}

/// A key that holds something of the learner's that moves with them (export and import):
/// progress, mode, journal or a finished attempt, with its scenario's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key<'k> {
    Progress(&'k str),
    Mode(&'k str),
    Journal(&'k str),
    /// The scenario's id and the attempt's seed, in hex.
    Attempt(&'k str, &'k str),
}

impl<'k> Key<'k> {
    /// Reads a storage key as one of these; `None` for the settings, saves set aside, and
    /// anything else.
    pub fn read(key: &'k str) -> Option<Key<'k>> {
        let id = crate::is_id;
        let parts: Vec<&'k str> = key.strip_prefix(PREFIX)?.split('/').collect();
        match parts.as_slice() {
            ["progress", i] if id(i) => Some(Key::Progress(i)),
            ["mode", i] if id(i) => Some(Key::Mode(i)),
            ["journal", i] if id(i) => Some(Key::Journal(i)),
            ["attempt", i, seed] if id(i) && !seed.is_empty() && seed.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Some(Key::Attempt(i, seed))
            }
            _ => None,
        }
    }

    /// The scenario it belongs to.
    pub fn scenario(self) -> &'k str {
        match self {
            Key::Progress(id) | Key::Mode(id) | Key::Journal(id) | Key::Attempt(id, _) => id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_learners_keys_read_back() {
        assert_eq!(attempt("first-call", 255), "judgement-call/v1/attempt/first-call/ff");
        assert_eq!(Key::read(&progress("a")), Some(Key::Progress("a")));
        assert_eq!(Key::read(&mode("a")), Some(Key::Mode("a")));
        assert_eq!(Key::read(&journal("a")), Some(Key::Journal("a")));
        assert_eq!(Key::read(&attempt("a", 10)), Some(Key::Attempt("a", "a")));
        for other in [
            settings(),
            discarded("a"),
            workshop("a"),
            workshop_record("a"),
            probe(),
            progress(""),
            "other/progress/a".to_string(),
        ] {
            assert_eq!(Key::read(&other), None, "{other}");
        }
    }
}
