//! `use_stored`: one text kept in storage under a key, such as the participant codes a
//! facilitator pasted, so a reload loses nothing.

use yew::prelude::*;

/// The text saved under `key` (empty when none), and a callback that replaces and saves it.
#[hook]
pub fn use_stored(key: String) -> (String, Callback<String>) {
    let text = {
        let key = key.clone();
        use_state(move || storage::get(&key).unwrap_or_default())
    };
    let on_change = {
        let text = text.clone();
        Callback::from(move |value: String| {
            if value.is_empty() {
                storage::remove(&key);
            } else {
                storage::set(&key, &value);
            }
            text.set(value);
        })
    };
    ((*text).clone(), on_change)
}
