//! The session's record as the presenter keeps it: the scenario and a
//! `workshop::record::Record`, with its reducer, which only calls the record's own functions
//! (follow a change of the presentation, set a note, start again). The `use_record` hook
//! feeds it every presentation and saves the result.

use std::rc::Rc;

use yew::Reducible;

use crate::model::session::Shared;
use ::workshop::presentation::Presentation;
use ::workshop::record::Record;

/// The presenter's record of the session.
#[derive(Clone, Debug, PartialEq)]
pub struct Keeping {
    pub scenario: Shared,
    pub record: Record,
    /// How many times the record has changed, so the hook saves it only then.
    pub changes: u32,
}

/// A change to the record.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// The presentation became `after` at `now` (milliseconds since the epoch); `before` is
    /// the one seen last, `None` when the presenter has just opened.
    Seen { before: Option<Box<Presentation>>, after: Box<Presentation>, now: u64 },
    /// The facilitator's note on a poll.
    Write { poll: u32, text: String },
    /// A new record, from the presentation as it stands at `now`.
    Clear { presentation: Box<Presentation>, now: u64 },
}

impl Reducible for Keeping {
    type Action = Note;

    fn reduce(self: Rc<Self>, note: Note) -> Rc<Self> {
        let mut record = self.record.clone();
        match note {
            Note::Seen { before, after, now } => record.observe(&self.scenario, before.as_deref(), &after, now),
            Note::Write { poll, text } => {
                record.note(poll, &text);
            }
            Note::Clear { presentation, now } => {
                record = Record::default();
                record.observe(&self.scenario, None, &presentation, now);
            }
        }
        if record == self.record {
            // Unchanged: the same state, so nothing draws again.
            return self;
        }
        Rc::new(Keeping { record, changes: self.changes.wrapping_add(1), ..(*self).clone() })
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use ::workshop::presentation::{self, Action, Follow};

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[wasm_bindgen_test]
    fn the_record_follows_the_presentation_and_keeps_notes() {
        let scenario = Shared(Rc::new(engine::read(FIRST_CALL).expect("reads")));
        let start = presentation::start(&scenario, 60);
        let kept = Rc::new(Keeping { scenario: scenario.clone(), record: Record::default(), changes: 0 });
        let opened = kept.reduce(Note::Seen { before: None, after: Box::new(start.clone()), now: 1_000 });
        assert_eq!((opened.record.entries.len(), opened.changes), (1, 1));
        let same = opened.clone().reduce(Note::Seen { before: None, after: Box::new(start.clone()), now: 2_000 });
        assert!(Rc::ptr_eq(&same, &opened), "nothing new: the same state");
        let noted = same.reduce(Note::Write { poll: start.poll, text: "Quiet room, \"fine\"".into() });
        assert_eq!(noted.record.entry(start.poll).map(|e| e.note.as_str()), Some("Quiet room, \"fine\""));
        let voted = presentation::apply(&scenario, &start, &Action::Vote { option: 1, count: 3 }).expect("votes");
        let moved = presentation::apply(&scenario, &voted, &Action::Follow(Follow::Majority)).expect("moves on");
        let kept = noted
            .reduce(Note::Seen { before: Some(Box::new(start)), after: Box::new(voted.clone()), now: 3_000 })
            .reduce(Note::Seen { before: Some(Box::new(voted)), after: Box::new(moved.clone()), now: 4_000 });
        assert_eq!(kept.record.entries.len(), 2);
        assert_eq!(kept.record.entries[0].closed, Some(4_000));
        let cleared = kept.reduce(Note::Clear { presentation: Box::new(moved.clone()), now: 5_000 });
        assert_eq!(cleared.record.entries.len(), 1);
        assert_eq!((cleared.record.entries[0].poll, cleared.record.entries[0].opened), (moved.poll, 5_000));
    }
}
