//! The root component: applies the display settings, draws the header and picks the view
//! for the current route.

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
        Route::Author => html! { <ModuleHost key="author" name="author" /> },
        Route::Settings => html! { <SettingsView /> },
        Route::Workshop(path) => html! { <ModuleHost key="workshop" name="workshop" argument={path.clone()} /> },
    };
    let link = |to: Route, label: &'static str| {
        let here = match (&route, &to) {
            (Route::Play(_), Route::Library) => true,
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
