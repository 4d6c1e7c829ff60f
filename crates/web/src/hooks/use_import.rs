//! `use_import`: reads a progress file the learner chooses (see `model::transfer`), checks
//! all of it before anything is written, and on the learner's word merges it into what
//! this browser has saved or replaces that. A file that is refused changes nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::hooks::use_saved_entries::read;
use crate::model::transfer::{self, How, Imported};
use figures::count;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Importing {
    Idle,
    /// Reading the named file.
    Reading(String),
    /// The named file cannot be imported; the text says why. Nothing was changed.
    Refused(String, String),
    /// The named file was read and checked, and waits for the learner to merge or replace.
    Ready(String, Imported),
    /// The import is done; the text says what changed.
    Done(String),
}

/// The state of the import, `on_file` for the file input's `change` event, `on_apply` to
/// merge or replace, and `on_cancel`. `on_done` is called once storage has changed.
#[hook]
pub fn use_import(on_done: Callback<()>) -> (Importing, Callback<Event>, Callback<How>, Callback<()>) {
    let state = use_state(|| Importing::Idle);
    let on_file = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let input = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|files| files.get(0)) else { return };
            // The same file can be chosen again after a refusal.
            if let Some(input) = &input {
                input.set_value("");
            }
            let name = file.name();
            if !storage::persistent() {
                let why = "This browser is not keeping anything (storage is turned off here), so there is nowhere to import to.";
                state.set(Importing::Refused(name, why.to_string()));
                return;
            }
            if file.size() > transfer::MAX_BYTES {
                let why = "This file is far too large to be a Judgement Call export.";
                state.set(Importing::Refused(name, why.to_string()));
                return;
            }
            state.set(Importing::Reading(name.clone()));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                state.set(match text.map(|t| transfer::read(&t)) {
                    Some(Ok(imported)) => Importing::Ready(name, imported),
                    Some(Err(why)) => Importing::Refused(name, why),
                    None => Importing::Refused(name, "The file could not be read as text.".to_string()),
                });
            });
        })
    };
    let on_apply = {
        let state = state.clone();
        Callback::from(move |how: How| {
            let Importing::Ready(_, imported) = &*state else { return };
            let plan = transfer::plan(&read(), imported, how);
            for key in &plan.remove {
                storage::remove(key);
            }
            for (key, value) in &plan.set {
                storage::set(key, value);
            }
            let scenarios = imported.scenarios();
            let mut said = match how {
                How::Merge => format!(
                    "Merged: {} added or combined from {}; everything this browser had is still here.",
                    count(plan.set.len(), "saved item"),
                    count(scenarios, "scenario")
                ),
                How::Replace => format!(
                    "Replaced: this browser now holds the file’s progress for {}; {} it had before {} cleared.",
                    count(scenarios, "scenario"),
                    count(plan.remove.len(), "item"),
                    if plan.remove.len() == 1 { "was" } else { "were" }
                ),
            };
            if !storage::persistent() {
                said.push_str(" This browser refused to keep some of it, so it lasts only until you close this tab.");
            }
            state.set(Importing::Done(said));
            on_done.emit(());
        })
    };
    let on_cancel = {
        let state = state.clone();
        Callback::from(move |()| state.set(Importing::Idle))
    };
    ((*state).clone(), on_file, on_apply, on_cancel)
}
