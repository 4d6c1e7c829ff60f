//! The root component: applies the display settings, draws the header and picks the view
//! for the current route. The Debrief, Profile and Author views arrive as modules of their
//! own, drawn into a [`ModuleHost`].

use yew::prelude::*;

use crate::ui::components::library::Library;
use crate::ui::components::module_host::ModuleHost;
use crate::ui::components::play::Play;
use crate::ui::components::settings::SettingsView;
use crate::ui::hooks::use_route::use_route;
use crate::ui::hooks::use_settings::use_settings;
use crate::ui::model::settings::Settings;
use crate::ui::route::Route;

/// The display settings, for the views that change them.
pub type SettingsContext = UseReducerHandle<Settings>;

/// Routes between views.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let settings = use_settings();
    let body = match &route {
        Route::Library => html! { <Library /> },
        Route::Play(id) => html! { <Play key={id.clone()} id={id.clone()} /> },
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
