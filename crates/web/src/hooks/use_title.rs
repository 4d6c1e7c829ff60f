//! `use_title`: the document's title, so each view names itself in tabs and history.

use yew::prelude::*;

use crate::phrase;

/// Sets the page title to `title` (followed by the app's name) while the view is shown.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if title.is_empty() {
                document.set_title(&phrase!("title-app"));
            } else {
                document.set_title(&phrase!("title-page", title = title));
            }
        }
    });
}
