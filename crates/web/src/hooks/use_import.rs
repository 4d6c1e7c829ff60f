//! `use_import`: reads a progress file the learner chooses (see `model::transfer`), checks
//! all of it before anything is written, and on the learner's word merges it into what
//! this browser has saved or replaces that. A file that is refused changes nothing.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::hooks::use_saved_entries::read;
use crate::model::transfer::{self, How, Imported};
use crate::phrase;

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
                state.set(Importing::Refused(name, phrase!("import-not-kept")));
                return;
            }
            if file.size() > transfer::MAX_BYTES {
                state.set(Importing::Refused(name, phrase!("import-too-large")));
                return;
            }
            state.set(Importing::Reading(name.clone()));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                state.set(match text.map(|t| transfer::read(&t)) {
                    Some(Ok(imported)) => Importing::Ready(name, imported),
                    Some(Err(why)) => Importing::Refused(name, why),
                    None => Importing::Refused(name, phrase!("import-not-text")),
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
                How::Merge => phrase!("import-merged", items = plan.set.len(), scenarios = scenarios),
                How::Replace => phrase!("import-replaced", scenarios = scenarios, removed = plan.remove.len()),
            };
            if !storage::persistent() {
                said.push(' ');
                said.push_str(&phrase!("import-not-kept-after"));
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
