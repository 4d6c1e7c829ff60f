//! The presenter window's part of the session's record (`use_record`): the facilitator's note
//! on the current decision, kept as they type; the notes so far, in the ended view; and the
//! session's downloads, CSV and JSON.

use yew::prelude::*;

use crate::hooks::use_record::{Export, RecordHandle};
use ::workshop::record::Record;

/// The note field for the decision of poll `poll`.
pub fn note(record: &RecordHandle, poll: u32) -> Html {
    let text = record.kept.borrow().record.entry(poll).map(|e| e.note.clone()).unwrap_or_default();
    let on_input = {
        let on_note = record.on_note.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                on_note.emit((poll, area.value()));
            }
        })
    };
    html! {
        <section class="panel-box note-panel">
            <h2><label for="decision-note">{ "Your notes on this decision" }</label></h2>
            <textarea id="decision-note" rows="5" data-poll={poll.to_string()} value={text} oninput={on_input} />
        </section>
    }
}

/// The notes written so far, decision by decision, for the ended view.
pub fn notes(record: &Record) -> Html {
    let noted = record.entries.iter().filter(|e| !e.note.trim().is_empty());
    html! {
        <ol class="noted" aria-label="Your notes">
            { for noted.map(|e| html! {
                <li><strong>{ format!("Decision {}: {}", e.turn + 1, e.question) }</strong><p class="note-text">{ e.note.clone() }</p></li>
            }) }
        </ol>
    }
}

/// The session's downloads, with what they cover.
pub fn downloads(record: &RecordHandle) -> Html {
    let download = |export: Export| record.on_download.reform(move |_: MouseEvent| export);
    html! {
        <div class="row session-record">
            <button type="button" class="button secondary" data-export="session-csv" onclick={download(Export::Csv)}>{ "Download the session (CSV)" }</button>
            <button type="button" class="button secondary" data-export="session-json" onclick={download(Export::Json)}>{ "Download the session (JSON)" }</button>
            if record.kept.borrow().failed {
                <p class="problem" role="alert">{ "This browser would not save the file." }</p>
            }
        </div>
    }
}
