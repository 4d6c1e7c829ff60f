//! The root component: picks the view for the current route.

use yew::prelude::*;

use crate::library;
use crate::ui::components::library::Library;
use crate::ui::components::play::Play;
use crate::ui::hooks::use_route::use_route;
use crate::ui::hooks::use_scenario::{Loading, use_scenario};
use crate::ui::route::Route;

/// Routes between views.
#[component]
pub fn App() -> Html {
    let route = use_route();
    let body = match &route {
        Route::Library => html! { <Library listings={library::INDEX} /> },
        Route::Play(id) => html! { <PlayBuiltIn key={id.clone()} id={id.clone()} /> },
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

#[derive(Properties, PartialEq)]
struct PlayBuiltInProps {
    id: String,
}

#[component]
fn PlayBuiltIn(props: &PlayBuiltInProps) -> Html {
    match use_scenario(&props.id) {
        Loading::Pending => html! { <p class="loading" aria-busy="true">{ "Opening the scenario…" }</p> },
        Loading::Ready(scenario) => html! { <Play {scenario} /> },
        Loading::Unknown => html! {
            <section class="notice" aria-labelledby="missing">
                <h1 id="missing">{ "Scenario not found" }</h1>
                <p>{ format!("There is no scenario called “{}” in this library.", props.id) }</p>
                <a href={Route::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        },
        Loading::Failed(why) => html! {
            <section class="notice" aria-labelledby="failed">
                <h1 id="failed">{ "The scenario could not be opened" }</h1>
                <p>{ why }</p>
                <a href={Route::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        },
    }
}
