//! The root component: applies the display settings, draws the header and the view for the
//! current route.
//!
//! The page runs it in one of two WebAssembly modules, each drawing its own views, so that
//! neither download carries the other's: the app (the library and every other view, below)
//! and the play module (a scenario being played, `crates/web/src/play.rs`). On a route the running
//! module does not draw, it hands the page over to the module that does (see `boot.js`),
//! keeping the view it drew last until then. The Debrief, Profile and Author views
//! arrive as modules of their own, drawn into a [`ModuleHost`].

use yew::prelude::*;

use crate::components::library::Library;
use crate::components::module_host::ModuleHost;
use crate::components::notice::notice;
use crate::components::settings::SettingsView;
use crate::hooks::use_handover::use_handover;
use crate::hooks::use_module::Loaded;
use crate::hooks::use_route::use_route;
use crate::hooks::use_settings::use_settings;
use crate::model::settings::Settings;
use crate::route::Route;

/// The display settings, for the views that change them.
pub type SettingsContext = UseReducerHandle<Settings>;

/// The views of one module.
#[derive(Properties)]
pub struct AppProps {
    /// The module's name, as [`Route::module`] gives it.
    pub module: &'static str,
    /// Draws a route this module draws.
    pub view: fn(&Route) -> Html,
}

impl PartialEq for AppProps {
    /// A module's views never change, so its name tells them apart.
    fn eq(&self, other: &Self) -> bool {
        self.module == other.module
    }
}

/// The app module's views: every route but a scenario's.
pub fn views(route: &Route) -> Html {
    match route {
        Route::Library => html! { <Library /> },
        Route::Play(_) => Html::default(),
        Route::Debrief(id) => html! {
            <ModuleHost key="review" module="review" root="review-root" class="review-host" loading="Preparing your debrief…" title="Debrief" argument={format!("debrief/{id}")} />
        },
        Route::Profile => html! {
            <ModuleHost key="review" module="review" root="review-root" class="review-host" loading="Preparing your profile…" title="Profile" argument="profile" />
        },
        Route::Author => html! {
            <ModuleHost key="author" module="author" root="author-root" class="author-host" loading="Loading the author tools…" title="Author" />
        },
        Route::Settings => html! { <SettingsView /> },
        Route::Workshop(path) => html! {
            <ModuleHost key="workshop" module="workshop" root="workshop-root" class="workshop-host" loading="Loading the workshop…" title="Workshop" argument={path.clone()} />
        },
    }
}

/// Routes between views.
#[component]
pub fn App(props: &AppProps) -> Html {
    let route = use_route();
    let settings = use_settings();
    let owner = route.module();
    let handover = use_handover(props.module, owner);
    // The view drawn last, kept while another module takes over.
    let last = use_mut_ref(Html::default);
    let body = if owner == props.module {
        let body = (props.view)(&route);
        *last.borrow_mut() = body.clone();
        body
    } else if handover == Loaded::Failed {
        notice(
            "This page could not be opened",
            "alert",
            html! { <p>{ "Check your connection, then reload the page." }</p> },
        )
    } else {
        last.borrow().clone()
    };
    let link = |to: Route, label: &'static str| {
        let here = match (&route, &to) {
            (Route::Play(_) | Route::Debrief(_), Route::Library) => true,
            (a, b) => a == b,
        };
        html! {
            <a href={to.to_hash()} aria-current={here.then_some("page")}>{ label }</a>
        }
    };
    html! {
        <ContextProvider<SettingsContext> context={settings}>
            <header class="bar">
                <a class="brand" href={Route::Library.to_hash()}>
                    <svg class="mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <path d="M6 24 L16 6 L26 24" />
                        <circle cx="16" cy="20" r="3" />
                    </svg>
                    <span>{ "Judgement Call" }</span>
                </a>
                <nav aria-label="Main">
                    { link(Route::Library, "Library") }
                    { link(Route::Profile, "Profile") }
                    { link(Route::Author, "Author") }
                    { link(Route::Settings, "Settings") }
                </nav>
            </header>
            <main id="main">{ body }</main>
            <footer class="foot">
                <p>{ "Judgement Call runs entirely in your browser. Your answers never leave this device." }</p>
            </footer>
        </ContextProvider<SettingsContext>>
    }
}
