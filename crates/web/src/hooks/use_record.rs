//! `use_record`: the session's record in the presenter (`workshop::record`), kept under
//! `site::key::workshop_record`: it follows every change of the presentation (a poll opens,
//! its counts stay current, it closes when voting is locked or the room moves on), takes
//! the facilitator's notes as they type, starts afresh when the workshop starts over, and
//! downloads the session as CSV or JSON. The record is saved after every change and the
//! presenter drawn again; it lives in a cell rather than a reducer, since nothing but this
//! hook changes it.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::window;
use crate::model::session::Shared;
use ::workshop::presentation::Presentation;
use ::workshop::record::{self, Record};

/// What the presenter asks of the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Do {
    /// Sets the note on a poll.
    Note(u32, String),
    /// Empties the record, as the workshop starts over (the new start's poll opens the next
    /// entry).
    Clear,
    /// Downloads the session as CSV, or as JSON.
    Csv,
    Json,
    /// Follows the presentation as it now stands.
    See,
}

/// What the hook keeps between renders.
pub struct Kept {
    pub record: Record,
    /// The browser would not save the last download.
    pub failed: bool,
    /// The presentation as last seen, and as it is now.
    seen: Option<Presentation>,
    latest: Presentation,
}

/// The record of the workshop of `scenario`, as `presentation` changes, and what the
/// presenter asks of it. Every change of the record is saved, and drawn.
#[hook]
pub fn use_record(scenario: Shared, presentation: &Presentation) -> (Rc<RefCell<Kept>>, Callback<Do>) {
    let key = site::key::workshop_record(&scenario.meta.id);
    let kept = {
        let (key, latest) = (key.clone(), presentation.clone());
        use_mut_ref(move || {
            // A record that cannot be read is one nobody can use: a new one starts (the saved
            // presentation, which says where the room stands, has its own notice).
            let record = storage::get(&key).and_then(|text| Record::decode(&text)).unwrap_or_default();
            Kept { record, failed: false, seen: None, latest }
        })
    };
    kept.borrow_mut().latest = presentation.clone();
    let redraw = use_force_update();
    let ask = {
        let kept = kept.clone();
        Callback::from(move |asked: Do| {
            let mut kept = kept.borrow_mut();
            let kept = &mut *kept;
            let (record, now) = (&mut kept.record, window::now() as u64);
            let id = &scenario.meta.id;
            let (text, name, mime) = match asked {
                Do::Note(poll, text) => {
                    record.note(poll, &text);
                    return save(&key, record, &redraw);
                }
                Do::Clear => {
                    *record = Record::default();
                    return save(&key, record, &redraw);
                }
                Do::See => {
                    let before = kept.seen.replace(kept.latest.clone());
                    record.observe(&scenario, before.as_ref(), &kept.latest, now);
                    return save(&key, record, &redraw);
                }
                Do::Json => (
                    record::json(&scenario, &kept.latest, record, now),
                    format!("{id}-session.json"),
                    "application/json",
                ),
                Do::Csv => (record::csv(record), format!("{id}-session.csv"), "text/csv"),
            };
            kept.failed = !window::download(&name, mime, &text);
            redraw.force_update();
        })
    };
    {
        let ask = ask.clone();
        use_effect_with(presentation.clone(), move |_| ask.emit(Do::See));
    }
    (kept, ask)
}

/// Saves `record` under `key`, and draws the presenter again.
fn save(key: &str, record: &Record, redraw: &UseForceUpdateHandle) {
    storage::set(key, &record.encode());
    redraw.force_update();
}
