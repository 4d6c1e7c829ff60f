//! Export and import of the learner's progress, in the Profile view: a download link for
//! the JSON file (see `model::transfer`), and a file input that reads one back, says what it
//! holds, and lets the learner merge it or replace this browser's progress with it. A file
//! that cannot be imported is refused with the reason, and nothing saved is touched.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_backup::use_backup;
use crate::hooks::use_import::{Importing, use_import};
use crate::hooks::use_saved_entries::Entries;
use crate::hooks::window::long_date;
use crate::model::transfer::How;
use figures::count;

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    /// Everything saved, by key without the prefix.
    pub entries: Entries,
    /// Called once an import has changed what is saved.
    pub on_imported: Callback<()>,
}

#[component]
pub fn Transfer(props: &TransferProps) -> Html {
    let backup = use_backup(props.entries.clone());
    let (importing, on_file, on_apply, on_cancel) = use_import(props.on_imported.clone());
    let status = match &importing {
        Importing::Idle => Html::default(),
        Importing::Reading(name) => html! { <p class="loading" role="status">{ format!("Reading {name}…") }</p> },
        Importing::Refused(name, why) => notice(
            "This file was not imported",
            "alert",
            html! { <p>{ format!("“{name}”: {why} Nothing saved in this browser has changed.") }</p> },
        ),
        Importing::Ready(name, file) => {
            let exported = file.exported.get(..10).map(|d| format!(", exported on {d}")).unwrap_or_default();
            let apply = |how: How| on_apply.reform(move |_: MouseEvent| how);
            html! {
                <div class="import-choice" role="group" aria-labelledby="import-ready">
                    <p id="import-ready" role="status">{ format!(
                        "“{name}” holds progress for {} and {}{exported}. How should it come in?",
                        count(file.scenarios(), "scenario"), count(file.attempts(), "finished attempt")
                    ) }</p>
                    <ul class="hint">
                        <li><strong>{ "Merge: " }</strong>{ "adds what this browser does not have yet. Where both have progress for the same scenario, this browser’s stays; journals keep every rationale from both." }</li>
                        <li><strong>{ "Replace: " }</strong>{ "clears the progress, attempts and journal saved in this browser and puts the file’s in their place. Export first if you may want them back." }</li>
                    </ul>
                    <div class="actions">
                        <button type="button" class="button" onclick={apply(How::Merge)}>{ "Merge into this browser" }</button>
                        <button type="button" class="button danger" onclick={apply(How::Replace)}>{ "Replace this browser’s progress" }</button>
                        <button type="button" class="button secondary" onclick={on_cancel.reform(|_: MouseEvent| ())}>{ "Cancel" }</button>
                    </div>
                </div>
            }
        }
        Importing::Done(said) => html! { <p class="imported" role="status">{ said.clone() }</p> },
    };
    html! {
        <div class="transfer">
            <div class="transfer-part">
                <h3>{ "Export" }</h3>
                <p>{ "Download everything you have played here, with your attempts and journal, as one JSON file: a copy to keep, or to carry to another browser." }</p>
                if let Some(last) = &backup.last {
                    <p class="hint">{ format!("Your last copy was made on {}.", long_date(last)) }</p>
                }
                { match backup.download {
                    _ if !backup.anything => {
                        html! { <p class="hint">{ "Nothing to export yet: play a scenario first." }</p> }
                    }
                    Some(file) => html! { <a class="button" href={file.href} download={file.name} onclick={backup.on_backup}>{ "Export progress" }</a> },
                    None => html! { <p class="loading">{ "Preparing the file…" }</p> },
                } }
            </div>
            <div class="transfer-part">
                <h3>{ "Import" }</h3>
                <label for="import-file">{ "Choose a file that Export progress saved" }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
                <div class="import-status">{ status }</div>
            </div>
        </div>
    }
}
