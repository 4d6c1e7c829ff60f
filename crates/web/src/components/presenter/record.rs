//! The presenter window's part of the session's record (`use_record`): the facilitator's note
//! on the current decision, kept as they type; the notes so far, in the ended view; and the
//! session's downloads, CSV and JSON.

use yew::prelude::*;

use std::cell::RefCell;

use crate::hooks::use_record::{Do, Kept};
use crate::phrase;
use ::workshop::record::Record;

/// The note field for the decision of poll `poll`.
pub fn note(kept: &RefCell<Kept>, ask: &Callback<Do>, poll: u32) -> Html {
    let text = kept.borrow().record.entry(poll).map(|e| e.note.clone()).unwrap_or_default();
    let on_input = {
        let ask = ask.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                ask.emit(Do::Note(poll, area.value()));
            }
        })
    };
    html! {
        <section class="panel-box note-panel">
            <h2><label for="decision-note">{ phrase!("presenter-note") }</label></h2>
            <textarea id="decision-note" rows="5" data-poll={poll.to_string()} value={text} oninput={on_input} />
        </section>
    }
}

/// The notes written so far, decision by decision, for the ended view.
pub fn notes(record: &Record) -> Html {
    let noted = record.entries.iter().filter(|e| !e.note.trim().is_empty());
    html! {
        <ol class="noted" aria-label={phrase!("presenter-notes-so-far")}>
            { for noted.map(|e| html! {
                <li><strong>{ phrase!("presenter-record-decision", number = e.turn + 1, ask = &e.question) }</strong><p class="note-text">{ e.note.clone() }</p></li>
            }) }
        </ol>
    }
}

/// The session's downloads.
pub fn downloads(kept: &RefCell<Kept>, ask: &Callback<Do>) -> Html {
    let download = |export: fn() -> Do| ask.reform(move |_: MouseEvent| export());
    html! {
        <div class="row session-record">
            <button type="button" class="button secondary" data-export="session-csv" onclick={download(|| Do::Csv)}>{ phrase!("presenter-download-csv") }</button>
            <button type="button" class="button secondary" data-export="session-json" onclick={download(|| Do::Json)}>{ phrase!("presenter-download-json") }</button>
            if kept.borrow().failed {
                <p class="problem" role="alert">{ phrase!("presenter-save-failed") }</p>
            }
        </div>
    }
}
