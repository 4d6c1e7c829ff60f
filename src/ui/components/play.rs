//! The play view: the passage so far, then the decision's options or the ending.

use yew::prelude::*;

use crate::engine::{self, Playthrough, Response, Scenario, Step};
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlayProps {
    pub scenario: Scenario,
}

#[component]
pub fn Play(props: &PlayProps) -> Html {
    let scenario = &props.scenario;
    let playthrough = use_state(|| Playthrough::new(scenario, 1));
    let position = match engine::replay(scenario, &playthrough) {
        Ok(position) => position,
        Err(error) => return html! { <p role="alert">{ error.to_string() }</p> },
    };
    let on_pick = {
        let playthrough = playthrough.clone();
        let scenario = scenario.clone();
        move |index: usize| {
            let playthrough = playthrough.clone();
            let scenario = scenario.clone();
            Callback::from(move |_: MouseEvent| {
                if let Ok(next) = engine::respond(&scenario, &playthrough, Response::Pick(index)) {
                    playthrough.set(next);
                }
            })
        }
    };
    let prose = position.passage.iter().flat_map(|node| node.prose.iter()).map(|p| html! { <p>{ p }</p> });
    let step = match &position.step {
        Step::Decide { decision, order } => html! {
            <fieldset class="decision">
                <legend>{ &decision.ask }</legend>
                { for order.iter().map(|&i| html! {
                    <button type="button" class="choice" data-choice={i.to_string()} onclick={on_pick(i)}>
                        { &decision.options[i].text }
                    </button>
                }) }
            </fieldset>
        },
        Step::End(ending) => html! {
            <section class="ending" aria-labelledby="ending-title">
                <h2 id="ending-title">{ &ending.title }</h2>
                <a class="button" href={Route::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        },
    };
    html! {
        <article class="play" aria-labelledby="scenario-title">
            <h1 id="scenario-title">{ &scenario.meta.title }</h1>
            <div class="prose">{ for prose }</div>
            { step }
        </article>
    }
}
