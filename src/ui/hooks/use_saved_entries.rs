//! `use_saved_entries`: everything the app keeps in storage under `judgement-call/v1/`, as
//! (key without the prefix, text) pairs, read when the view opens and again on request
//! (after an import). The Debrief and Profile views derive everything from it.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::hooks::storage;
use crate::ui::model::saved::PREFIX;

/// Every saved entry, by key without the prefix, shared between views.
pub type Entries = Rc<Vec<(String, String)>>;

/// Every saved entry, by key without the prefix, in key order.
pub fn read() -> Vec<(String, String)> {
    storage::keys(PREFIX)
        .into_iter()
        .filter_map(|key| {
            let value = storage::get(&key)?;
            Some((key.get(PREFIX.len()..)?.to_string(), value))
        })
        .collect()
}

/// The saved entries, `on_reload`, which reads them again, and whether this browser keeps
/// what is saved beyond the tab.
#[hook]
pub fn use_saved_entries() -> (Entries, Callback<()>, bool) {
    let entries = use_state(|| Rc::new(read()));
    let on_reload = {
        let entries = entries.clone();
        Callback::from(move |()| entries.set(Rc::new(read())))
    };
    ((*entries).clone(), on_reload, storage::persistent())
}
