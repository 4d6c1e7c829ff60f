//! `use_export`: the learner's saved progress as a JSON file to download (see
//! `model::transfer`): the file's text, stamped with the time now, as a `blob:` address for
//! a download link, revoked when the entries change or the view closes.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::hooks::use_saved_entries::Entries;
use crate::model::transfer;

/// A file to download: its `blob:` address and a name for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    pub href: String,
    pub name: String,
}

fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The export of `entries` (keys without the prefix), ready to download; `None` until it
/// is made, or when the browser cannot make it.
#[hook]
pub fn use_export(entries: Entries) -> Option<Download> {
    let download = use_state(|| None::<Download>);
    {
        let download = download.clone();
        use_effect_with(entries, move |entries| {
            let now = js_sys::Date::new_0();
            let stamp = String::from(now.to_iso_string());
            let made = blob_url(&transfer::export(entries, &stamp));
            let day = stamp.get(..10).unwrap_or("today").to_string();
            download
                .set(made.clone().map(|href| Download { href, name: format!("judgement-call-progress-{day}.json") }));
            move || {
                if let Some(href) = made {
                    let _ = web_sys::Url::revoke_object_url(&href);
                }
            }
        });
    }
    (*download).clone()
}
