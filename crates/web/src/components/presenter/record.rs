//! The presenter window's part of the session's record (`use_record`): the facilitator's note
//! on the current decision, kept as they type; the notes so far, in the ended view; and the
//! session's downloads, CSV and JSON, with clearing the record, which asks first.

use yew::prelude::*;

use crate::components::confirm::{self, Question};
use crate::hooks::use_record::{Export, RecordHandle};
use ::workshop::record::Record;
use figures::count;

/// The note field for the decision of poll `poll`.
pub fn note(record: &RecordHandle, poll: u32) -> Html {
    let text = record.record.entry(poll).map(|e| e.note.clone()).unwrap_or_default();
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
            <h2><label for="decision-note">{ "Your note on this decision" }</label></h2>
            <p id="note-hint" class="hint">{ "Kept as you type, with the session's record in this browser, and in its downloads." }</p>
            <textarea id="decision-note" rows="5" data-poll={poll.to_string()} aria-describedby="note-hint" value={text} oninput={on_input} />
        </section>
    }
}

/// The notes written so far, decision by decision, for the ended view.
pub fn notes(record: &Record) -> Html {
    let noted: Vec<_> = record.entries.iter().filter(|e| !e.note.trim().is_empty()).collect();
    html! {
        <>
            <h3>{ "Your notes" }</h3>
            if noted.is_empty() {
                <p class="hint">{ "No notes yet: write them beside each decision as the room discusses it." }</p>
            } else {
                <ol class="noted">
                    { for noted.iter().map(|e| html! {
                        <li data-poll={e.poll.to_string()}>
                            <strong>{ format!("Decision {}: {}", e.turn + 1, e.question) }</strong>
                            <p class="note-text">{ e.note.clone() }</p>
                        </li>
                    }) }
                </ol>
            }
        </>
    }
}

/// The session's downloads and clearing the record; `clearing` is set while the facilitator
/// is asked whether to clear it.
pub fn downloads(record: &RecordHandle, clearing: &UseStateHandle<bool>) -> Html {
    const CLEAR: Question = Question {
        group: "Clear the session's record?",
        question: "Clear the session's record? Every poll and note so far leaves this browser (download the session first to keep them); the workshop itself carries on.",
        act: "Clear the record",
        keep: "Keep it",
    };
    if let Some(asked) = confirm::asked(clearing, &CLEAR, &record.on_clear) {
        return asked;
    }
    let download = |export: Export| record.on_download.reform(move |_: MouseEvent| export);
    let polls = record.record.entries.len();
    html! {
        <div class="session-record" role="group" aria-labelledby="session-record-title">
            <p id="session-record-title" class="hint">{ format!("The session's record: {} since it began, across restarts.", count(polls, "poll")) }</p>
            <div class="row">
                <button type="button" class="button secondary" data-export="session-csv" onclick={download(Export::Csv)}>{ "Download the session (CSV)" }</button>
                <button type="button" class="button secondary" data-export="session-json" onclick={download(Export::Json)}>{ "Download the session (JSON)" }</button>
                { confirm::button(clearing, &CLEAR) }
            </div>
            if record.failed {
                <p class="problem" role="alert">{ "This browser would not save the file." }</p>
            }
        </div>
    }
}
