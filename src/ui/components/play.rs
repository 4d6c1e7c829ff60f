//! The play view: the passage so far, then the decision's form or the ending.

use yew::prelude::*;

use crate::engine::{self, Playthrough, Response, Scenario, Step};
use crate::ui::components::decision::DecisionForm;
use crate::ui::components::prose;
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
    let on_respond = {
        let playthrough = playthrough.clone();
        let scenario = scenario.clone();
        Callback::from(move |response: Response| {
            if let Ok(next) = engine::respond(&scenario, &playthrough, response) {
                playthrough.set(next);
            }
        })
    };
    let passage = prose::blocks(position.passage.iter().flat_map(|passed| passed.prose.iter().copied()));
    let step = match &position.step {
        Step::Decide { decision, order } => html! {
            <DecisionForm key={position.history.len()} decision={(*decision).clone()} order={order.clone()} {on_respond} />
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
            <div class="prose">{ passage }</div>
            { step }
        </article>
    }
}
