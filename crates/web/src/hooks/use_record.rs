//! `use_record`: the session's record in the presenter (`workshop::record`), kept under
//! `site::key::workshop_record`: it follows every change of the presentation (a poll opens,
//! its counts stay current, it closes when voting is locked or the room moves on), takes
//! the facilitator's notes as they type, starts again when asked, and downloads the session
//! as CSV or JSON. It keeps every poll since it began, across restarts of the workshop, until
//! the facilitator clears it.

use yew::prelude::*;

use crate::hooks::window;
use crate::model::record::{Keeping, Note};
use crate::model::session::Shared;
use ::workshop::presentation::Presentation;
use ::workshop::record::{self, Record};

/// The two downloads of the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Csv,
    Json,
}

/// The record, and what the presenter can do with it.
pub struct RecordHandle {
    pub record: Record,
    /// Why a saved record could not be used.
    pub notice: Option<String>,
    /// Sets the note on a poll.
    pub on_note: Callback<(u32, String)>,
    /// Starts a new record from where the room stands.
    pub on_clear: Callback<()>,
    pub on_download: Callback<Export>,
    /// The browser would not save the last download.
    pub failed: bool,
}

/// The record of the workshop of `scenario`, as `presentation` changes.
#[hook]
pub fn use_record(scenario: Shared, presentation: &Presentation) -> RecordHandle {
    let key = site::key::workshop_record(&scenario.meta.id);
    let notice = use_mut_ref(|| None::<String>);
    let state = {
        let (scenario, notice, key) = (scenario.clone(), notice.clone(), key.clone());
        use_reducer(move || {
            let record = match storage::get(&key) {
                None => Record::default(),
                Some(text) => Record::decode(&text).unwrap_or_else(|why| {
                    *notice.borrow_mut() = Some(format!(
                        "The session's record saved in this browser could not be used ({why}), so a new one starts."
                    ));
                    Record::default()
                }),
            };
            Keeping { scenario, record, changes: 0 }
        })
    };
    // The presentation as last seen, and as it is now (for the callbacks).
    let seen = use_mut_ref(|| None::<Presentation>);
    let latest = use_mut_ref(|| presentation.clone());
    *latest.borrow_mut() = presentation.clone();
    {
        let state = state.clone();
        use_effect_with(presentation.clone(), move |after| {
            let before = seen.replace(Some(after.clone())).map(Box::new);
            state.dispatch(Note::Seen { before, after: Box::new(after.clone()), now: window::now() as u64 });
        });
    }
    {
        let (key, state) = (key.clone(), state.clone());
        use_effect_with(state.changes, move |_| storage::set(&key, &state.record.encode()));
    }
    let failed = use_state(|| false);
    let on_note = state.dispatcher().to_callback().reform(|(poll, text)| Note::Write { poll, text });
    let on_clear = {
        let (state, latest) = (state.clone(), latest.clone());
        Callback::from(move |()| {
            let presentation = Box::new(latest.borrow().clone());
            state.dispatch(Note::Clear { presentation, now: window::now() as u64 });
        })
    };
    let on_download = {
        let (state, failed, id) = (state.clone(), failed.clone(), scenario.meta.id.clone());
        Callback::from(move |export: Export| {
            let (text, name, mime) = match export {
                Export::Csv => (record::csv(&state.record), format!("{id}-session.csv"), "text/csv"),
                Export::Json => {
                    let now = window::now() as u64;
                    let json = record::json(&state.scenario, &latest.borrow(), &state.record, now);
                    (json, format!("{id}-session.json"), "application/json")
                }
            };
            failed.set(!window::download(&name, mime, &text));
        })
    };
    let notice = notice.borrow().clone();
    RecordHandle { record: state.record.clone(), notice, on_note, on_clear, on_download, failed: *failed }
}
