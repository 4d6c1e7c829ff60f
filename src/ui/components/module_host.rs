//! A route's place for one of the app's on-demand modules (the Author view at `#/author`,
//! the workshop views at `#/facilitate/…` and `#/join/…`), which arrives as WebAssembly of
//! its own the first time it is opened and sets the page's title itself. One small host
//! serves every module, so a new module adds a route, not a component, to the learner's
//! download.

use yew::prelude::*;

use crate::ui::components::notice::notice;
use crate::ui::hooks::use_module::{Loaded, use_module};

#[derive(Properties, PartialEq)]
pub struct ModuleHostProps {
    /// The module's name: it loads `NAME.js` and draws into `#module-root`; the host carries
    /// `data-module="NAME"` for the stylesheet.
    pub name: &'static str,
    /// What the route carries for the module (a path), or empty.
    #[prop_or_default]
    pub argument: String,
}

/// Give each module its own host (`key={name}`), so moving between modules loads afresh.
#[component]
pub fn ModuleHost(props: &ModuleHostProps) -> Html {
    let loaded = use_module(props.name, "module-root", props.argument.clone());
    html! {
        <div class="module-host" data-module={props.name}>
            if loaded == Loaded::Loading {
                <p class="loading" role="status">{ "Loading…" }</p>
            }
            if loaded == Loaded::Failed {
                { notice("This part of the app could not be loaded", "alert", html! { <p>{ "Check your connection, then reload the page." }</p> }) }
            }
            <div id="module-root"></div>
        </div>
    }
}
