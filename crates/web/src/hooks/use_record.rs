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
use engine::Scenario;

/// The two downloads of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Csv,
    Json,
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

/// The record, and what the presenter can do with it.
pub struct RecordHandle {
    pub kept: Rc<RefCell<Kept>>,
    /// Sets the note on a poll.
    pub on_note: Callback<(u32, String)>,
    /// Empties the record, as the workshop starts over (the new start's poll opens the next).
    pub on_clear: Callback<()>,
    pub on_download: Callback<Export>,
}

/// The record of the workshop of `scenario`, as `presentation` changes.
#[hook]
pub fn use_record(scenario: Shared, presentation: &Presentation) -> RecordHandle {
    let key = site::key::workshop_record(&scenario.meta.id);
    let kept = {
        let (key, latest) = (key.clone(), presentation.clone());
        use_mut_ref(move || {
            // A record that cannot be read is one nobody can use: a new one starts (the saved
            // presentation, which says where the room stands, has its own notice).
            let record = storage::get(&key).and_then(|text| Record::decode(&text).ok()).unwrap_or_default();
            Kept { record, failed: false, seen: None, latest }
        })
    };
    kept.borrow_mut().latest = presentation.clone();
    let redraw = use_force_update();
    // Every change of the record is saved, and drawn.
    let change = {
        let (kept, scenario) = (kept.clone(), scenario.clone());
        Rc::new(move |change: &dyn Fn(&mut Kept, &Scenario)| {
            let mut kept = kept.borrow_mut();
            change(&mut kept, &scenario);
            storage::set(&key, &kept.record.encode());
            redraw.force_update();
        })
    };
    {
        let change = change.clone();
        use_effect_with(presentation.clone(), move |_| {
            change(&|kept, scenario| {
                let before = kept.seen.replace(kept.latest.clone());
                kept.record.observe(scenario, before.as_ref(), &kept.latest, window::now() as u64);
            });
        });
    }
    let on_note = {
        let change = change.clone();
        Callback::from(move |(poll, text): (u32, String)| {
            change(&|kept, _| {
                kept.record.note(poll, &text);
            });
        })
    };
    let on_clear = {
        let change = change.clone();
        Callback::from(move |()| {
            change(&|kept, _| kept.record = Record::default());
        })
    };
    let on_download = Callback::from(move |export: Export| {
        change(&|kept, scenario| {
            let id = &scenario.meta.id;
            let (text, name, mime) = match export {
                Export::Json => {
                    let json = record::json(scenario, &kept.latest, &kept.record, window::now() as u64);
                    (json, format!("{id}-session.json"), "application/json")
                }
                Export::Csv => (record::csv(&kept.record), format!("{id}-session.csv"), "text/csv"),
            };
            kept.failed = !window::download(&name, mime, &text);
        });
    });
    RecordHandle { kept, on_note, on_clear, on_download }
}
