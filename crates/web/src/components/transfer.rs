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
use crate::phrase;

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
        Importing::Reading(name) => {
            html! { <p class="loading" role="status">{ phrase!("transfer-reading", name = name) }</p> }
        }
        Importing::Refused(name, why) => notice(
            phrase!("transfer-refused"),
            "alert",
            html! { <p>{ phrase!("transfer-refused-why", name = name, why = why) }</p> },
        ),
        Importing::Ready(name, file) => {
            let (scenarios, attempts) = (file.scenarios(), file.attempts());
            let holds = match file.exported.get(..10) {
                Some(date) => phrase!(
                    "transfer-ready-dated",
                    name = name,
                    scenarios = scenarios,
                    attempts = attempts,
                    date = date
                ),
                None => phrase!("transfer-ready", name = name, scenarios = scenarios, attempts = attempts),
            };
            let apply = |how: How| on_apply.reform(move |_: MouseEvent| how);
            html! {
                <div class="import-choice" role="group" aria-labelledby="import-ready">
                    <p id="import-ready" role="status">{ holds }</p>
                    <ul class="hint">
                        <li><strong>{ phrase!("transfer-merge") }</strong>{ " " }{ phrase!("transfer-merge-more") }</li>
                        <li><strong>{ phrase!("transfer-replace") }</strong>{ " " }{ phrase!("transfer-replace-more") }</li>
                    </ul>
                    <div class="actions">
                        <button type="button" class="button" onclick={apply(How::Merge)}>{ phrase!("transfer-merge-button") }</button>
                        <button type="button" class="button danger" onclick={apply(How::Replace)}>{ phrase!("transfer-replace-button") }</button>
                        <button type="button" class="button secondary" onclick={on_cancel.reform(|_: MouseEvent| ())}>{ phrase!("transfer-cancel") }</button>
                    </div>
                </div>
            }
        }
        Importing::Done(said) => html! { <p class="imported" role="status">{ said.clone() }</p> },
    };
    html! {
        <div class="transfer">
            <div class="transfer-part">
                <h3>{ phrase!("transfer-export") }</h3>
                <p>{ phrase!("transfer-export-lead") }</p>
                if let Some(last) = &backup.last {
                    <p class="hint">{ phrase!("transfer-last", date = long_date(last)) }</p>
                }
                { match backup.download {
                    _ if !backup.anything => {
                        html! { <p class="hint">{ phrase!("transfer-nothing") }</p> }
                    }
                    Some(file) => html! { <a class="button" href={file.href} download={file.name} onclick={backup.on_backup}>{ phrase!("transfer-export-button") }</a> },
                    None => html! { <p class="loading">{ phrase!("transfer-preparing") }</p> },
                } }
            </div>
            <div class="transfer-part">
                <h3>{ phrase!("transfer-import") }</h3>
                <label for="import-file">{ phrase!("transfer-import-choose") }</label>
                <input id="import-file" type="file" accept=".json,application/json" onchange={on_file} />
                <div class="import-status">{ status }</div>
            </div>
        </div>
    }
}
