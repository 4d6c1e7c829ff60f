//! The place in the learner's app for a view that arrives as a WebAssembly module of its
//! own (see `use_module`): the Author view (`author`, with the whole engine), the Debrief
//! and Profile views (`review`, with the analysis and the debrief) and the workshop views
//! (`workshop`, at `#/facilitate/…` and `#/join/…`). It says so while the module loads, and
//! what to do if it cannot; the host carries `data-module="NAME"` for the stylesheets.

use site::Module;
use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_module::{Loaded, use_module};
use crate::hooks::use_title::use_title;
use crate::phrase;

#[derive(Properties, PartialEq)]
pub struct ModuleHostProps {
    /// The module that draws here; it draws into `#NAME-root`, inside `.NAME-host`.
    pub module: Module,
    /// What to say while the module loads (a phrase): "Loading the author tools…".
    pub loading: AttrValue,
    /// The page's title until the module names it more precisely (a phrase).
    pub title: AttrValue,
    /// What the place carries for the module (a scenario id, say).
    #[prop_or_default]
    pub argument: String,
}

#[component]
pub fn ModuleHost(props: &ModuleHostProps) -> Html {
    use_title(props.title.to_string());
    let name = props.module.name();
    let root = format!("{name}-root");
    let loaded = use_module(props.module, root.clone(), props.argument.clone());
    html! {
        <div class={format!("{name}-host")} data-module={name}>
            if loaded == Loaded::Loading {
                <p class="loading" role="status">{ props.loading.clone() }</p>
            }
            if loaded == Loaded::Failed {
                { notice(phrase!("host-failed"), "alert", html! { <p>{ phrase!("host-failed-help") }</p> }) }
            }
            <div id={root}></div>
        </div>
    }
}
