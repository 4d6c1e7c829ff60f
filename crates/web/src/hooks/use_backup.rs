//! `use_backup`: a one-click backup of the learner's progress (the export of
//! `model::transfer`, as `use_export` makes it) and when the last one was made, kept under
//! `site::key::backup` so the offer can say how old the learner's copy is.

use yew::prelude::*;

use crate::hooks::use_export::{Download, use_export};
use crate::hooks::use_saved_entries::Entries;
use site::key;

/// The backup on offer.
pub struct BackupHandle {
    /// The file to download; `None` while it is made.
    pub download: Option<Download>,
    /// When the last backup was made (an ISO time), if ever on this browser.
    pub last: Option<String>,
    /// Whether anything here is worth backing up yet.
    pub anything: bool,
    /// Called when the learner downloads the file: notes the time.
    pub on_backup: Callback<MouseEvent>,
}

/// The backup of `entries` (everything saved, as `use_saved_entries` reads it).
#[hook]
pub fn use_backup(entries: Entries) -> BackupHandle {
    let anything = entries.iter().any(|(k, _)| crate::model::transfer::carried(k));
    let download = use_export(entries);
    let last = use_state(|| storage::get(&key::backup()));
    let on_backup = {
        let last = last.clone();
        Callback::from(move |_: MouseEvent| {
            let now = String::from(js_sys::Date::new_0().to_iso_string());
            storage::set(&key::backup(), &now);
            last.set(Some(now));
        })
    };
    BackupHandle { download, last: (*last).clone(), anything, on_backup }
}
