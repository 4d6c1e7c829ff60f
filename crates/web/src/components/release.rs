//! The notice of a new release: the service worker has the next version of the app on the
//! device and waits for the learner, who reloads into it when they choose. Drawn above the
//! app module's views only, so a scenario being played is never interrupted.

use yew::prelude::*;

use crate::hooks::use_release::use_release;
use crate::phrase;

#[component]
pub fn Release() -> Html {
    let (waiting, on_update) = use_release();
    if !waiting {
        return Html::default();
    }
    html! {
        <div class="release" role="status">
            <p>{ phrase!("release-ready") }</p>
            <button type="button" class="button" onclick={on_update}>{ phrase!("release-reload") }</button>
        </div>
    }
}
