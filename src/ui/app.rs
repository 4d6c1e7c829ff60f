//! The root component: picks the view for the current route.

use yew::prelude::*;

use crate::engine::{self, Scenario};
use crate::library;
use crate::ui::components::library::Library;
use crate::ui::components::play::Play;
use crate::ui::hooks::use_route::use_route;
use crate::ui::route::Route;

/// Loads the built-in library once and routes between views.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let scenarios = use_memo((), |_| {
        library::ENTRIES.iter().filter_map(|entry| engine::load(entry.source).ok()).collect::<Vec<Scenario>>()
    });
    let body = match &route {
        Route::Library => html! { <Library scenarios={scenarios.clone()} /> },
        Route::Play(id) => match scenarios.iter().find(|s| &s.meta.id == id) {
            Some(scenario) => html! { <Play key={id.clone()} scenario={scenario.clone()} /> },
            None => html! {
                <section class="notice" aria-labelledby="missing">
                    <h1 id="missing">{ "Scenario not found" }</h1>
                    <p>{ format!("There is no scenario called “{id}” in this library.") }</p>
                    <a href={Route::Library.to_hash()}>{ "Back to the library" }</a>
                </section>
            },
        },
    };
    html! {
        <>
            <header class="bar">
                <a class="brand" href={Route::Library.to_hash()}>{ "Judgement Call" }</a>
            </header>
            <main id="main">{ body }</main>
        </>
    }
}
