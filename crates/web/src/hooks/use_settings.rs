//! `use_settings`: the display settings, read from storage once, applied to `<html>` as
//! `data-*` attributes and saved whenever they change.

use yew::prelude::*;

use site::key;

use crate::model::settings::{self, Settings};

/// The settings, and a handle to change them.
#[hook]
pub fn use_settings() -> UseReducerHandle<Settings> {
    let settings = use_reducer(|| Settings::decode(&storage::get(&key::settings()).unwrap_or_default()));
    use_effect_with(*settings, |settings| {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = root {
            for (name, value) in settings::attributes(*settings) {
                // Failing to set an attribute only leaves the page in its default look.
                let _ = match value {
                    Some(value) => root.set_attribute(name, value),
                    None => root.remove_attribute(name),
                };
            }
        }
        let key = key::settings();
        let text = settings.encode();
        if storage::get(&key).unwrap_or_default() != text {
            storage::set(&key, &text);
        }
    });
    settings
}
