//! The place in the learner's app for a view that arrives as a WebAssembly module of its
//! own (see `use_module`): the Author view (`author`, with the whole engine), the Debrief
//! and Profile views (`review`, with the analysis and the debrief) and the workshop views
//! (`workshop`, at `#/facilitate/…` and `#/join/…`). It says so while the module loads, and
//! what to do if it cannot; the host carries `data-module="NAME"` for the stylesheets.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_module::{Loaded, use_module};
use crate::hooks::use_title::use_title;

#[derive(Properties, PartialEq)]
pub struct ModuleHostProps {
    /// The module's name: `author` is `author.js` with `author_bg.wasm`.
    pub module: &'static str,
    /// The id of the element the module draws into.
    pub root: &'static str,
    /// The class of the place, for the stylesheets: `author-host`.
    pub class: &'static str,
    /// What to say while the module loads: "Loading the author tools…".
    pub loading: &'static str,
    /// The page's title until the module names it more precisely.
    pub title: &'static str,
    /// What the route carries for the module (a scenario id, say).
    #[prop_or_default]
    pub argument: String,
}

#[component]
pub fn ModuleHost(props: &ModuleHostProps) -> Html {
    use_title(props.title.to_string());
    let loaded = use_module(props.module, props.root, props.argument.clone());
    html! {
        <div class={props.class} data-module={props.module}>
            if loaded == Loaded::Loading {
                <p class="loading" role="status">{ props.loading }</p>
            }
            if loaded == Loaded::Failed {
                { notice("This part of Judgement Call could not be loaded", "alert", html! { <p>{ "Check your connection, then reload the page." }</p> }) }
            }
            <div id={props.root}></div>
        </div>
    }
}
