//! `use_saved_entries`: everything the app keeps in storage under `judgement-call/v1/`, as
//! (key, text) pairs, read when the view opens and again on request (after an import). The
//! Debrief and Profile views derive everything from it.

use std::rc::Rc;

use yew::prelude::*;

use site::key::PREFIX;

/// Every saved entry, by key, shared between views.
pub type Entries = Rc<Vec<(String, String)>>;

/// Every saved entry, by key, in key order.
pub fn read() -> Vec<(String, String)> {
    storage::keys(PREFIX).into_iter().filter_map(|key| Some((key.clone(), storage::get(&key)?))).collect()
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
