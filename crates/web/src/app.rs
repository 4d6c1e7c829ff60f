//! The root component: draws the header and the view for the current place (`boot.js`
//! applies the saved display settings before the first paint).
//!
//! The page runs it in one of two WebAssembly modules, each drawing its own views, so that
//! neither download carries the other's: the app (the library and every other view, below)
//! and the play module (a scenario being played, `crates/web/src/play.rs`). On a place the running
//! module does not draw, it hands the page over to the module that does (see `boot.js`),
//! keeping the view it drew last until then. The Debrief, Profile, Settings and Author views
//! arrive as modules of their own, drawn into a [`ModuleHost`].

use yew::prelude::*;

use crate::components::library::Library;
use crate::components::module_host::ModuleHost;
use crate::components::notice::notice;
use crate::components::release::Release;
use crate::hooks::use_handover::use_handover;
use crate::hooks::use_module::Loaded;
use crate::hooks::use_place::use_place;
use crate::phrase;
use site::{Module, Place};

/// The views of one module.
#[derive(Properties)]
pub struct AppProps {
    /// The module drawing: the app or the play module (see [`Place::module`]).
    pub module: Module,
    /// Draws a place this module draws.
    pub view: fn(&Place) -> Html,
}

impl PartialEq for AppProps {
    /// A module's views never change, so the module tells them apart.
    fn eq(&self, other: &Self) -> bool {
        self.module == other.module
    }
}

/// The app module's views: every place but a scenario's, each under the notice of a new
/// release when one is waiting (only this module's views show it: a scenario being played is
/// never interrupted, and the learner sees it back in the library).
pub fn views(place: &Place) -> Html {
    let view = match place {
        Place::Library => html! { <Library /> },
        Place::Play(_) | Place::Join(_) | Place::Vote(_) => Html::default(),
        Place::Debrief(_) => host(place, phrase!("app-debrief-loading"), phrase!("app-debrief-title")),
        Place::Profile => host(place, phrase!("app-profile-loading"), phrase!("app-profile-title")),
        Place::Author => host(place, phrase!("app-author-loading"), phrase!("app-author-title")),
        Place::Panel(_) => host(place, phrase!("app-panel-loading"), phrase!("app-panel-title")),
        Place::Cohort => host(place, phrase!("app-cohort-loading"), phrase!("app-cohort-title")),
        Place::Settings => host(place, phrase!("app-settings-loading"), phrase!("app-settings-title")),
        Place::Workshop(_) => host(place, phrase!("app-workshop-loading"), phrase!("app-workshop-title")),
    };
    html! { <><Release />{ view }</> }
}

/// The view of a place an on-demand module draws ([`Place::hosted`]), saying `loading` until
/// it has, with the page's `title`.
fn host(place: &Place, loading: String, title: String) -> Html {
    let Some((module, argument)) = place.hosted() else { return Html::default() };
    html! { <ModuleHost key={module.name()} {module} {loading} {title} {argument} /> }
}

/// Draws the view for the current place, or hands the page to the module that draws it.
#[component]
pub fn App(props: &AppProps) -> Html {
    let place = use_place();
    let owner = place.module();
    let handover = use_handover(props.module, owner);
    // The view drawn last, kept while another module takes over.
    let last = use_mut_ref(Html::default);
    let body = if owner == props.module {
        let body = (props.view)(&place);
        *last.borrow_mut() = body.clone();
        body
    } else if handover == Loaded::Failed {
        notice(phrase!("app-unopened"), "alert", html! { <p>{ phrase!("app-unopened-help") }</p> })
    } else {
        last.borrow().clone()
    };
    let link = |to: Place, label: String| {
        let here = match (&place, &to) {
            (Place::Play(_) | Place::Debrief(_), Place::Library) => true,
            (a, b) => a == b,
        };
        html! {
            <a href={to.to_hash()} aria-current={here.then_some("page")}>{ label }</a>
        }
    };
    html! {
        <>
            <header class="bar">
                <a class="brand" href={Place::Library.to_hash()}>
                    <svg class="mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <path d="M6 24 L16 6 L26 24" />
                        <circle cx="16" cy="20" r="3" />
                    </svg>
                    <span>{ phrase!("app-name") }</span>
                </a>
                <nav aria-label={phrase!("app-nav")}>
                    { link(Place::Library, phrase!("app-nav-library")) }
                    { link(Place::Profile, phrase!("app-nav-profile")) }
                    { link(Place::Author, phrase!("app-nav-author")) }
                    { link(Place::Settings, phrase!("app-nav-settings")) }
                </nav>
            </header>
            <main id="main">{ body }</main>
            <footer class="foot">
                <p>{ if props.module == Module::Vote { phrase!("app-footer-vote") } else { phrase!("app-footer") } }</p>
            </footer>
        </>
    }
}
