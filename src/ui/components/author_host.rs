//! The `#/author` route in the learner's app: a place for the Author view, which arrives as
//! a module of its own (with the whole engine) the first time it is opened.

use yew::prelude::*;

use crate::ui::components::notice::notice;
use crate::ui::hooks::use_module::{Loaded, use_module};
use crate::ui::hooks::use_title::use_title;

#[component]
pub fn AuthorHost() -> Html {
    use_title("Author".to_string());
    let loaded = use_module("author", "author-root", String::new());
    html! {
        <div class="author-host">
            if loaded == Loaded::Loading {
                <p class="loading" role="status">{ "Loading the author tools…" }</p>
            }
            if loaded == Loaded::Failed {
                { notice("The author tools could not be loaded", "alert", html! { <p>{ "Check your connection, then reload the page." }</p> }) }
            }
            <div id="author-root"></div>
        </div>
    }
}
