//! The presenter window once the story has ended: the ending's title and prose, the room's
//! path decision by decision, the way on to the next branch waiting, if any, and then the
//! session's record (the facilitator's notes and the downloads).

use yew::prelude::*;

use super::on;
use crate::components::prose;
use crate::components::vote_chart::letter;
use crate::phrase;
use ::workshop::presentation::{Action, Presentation};
use engine::scenario::Ending;
use engine::{Answer, Answered, Position, Scenario};

/// The section for `ending`, where the room stands at `position`, ending with `record`.
pub fn view(
    scenario: &Scenario,
    presentation: &Presentation,
    position: &Position<'_>,
    ending: &Ending,
    act: &Callback<Action>,
    record: Html,
) -> Html {
    let turn = presentation.playthrough.responses.len();
    let lang = AttrValue::from(scenario.meta.language.clone());
    let path = position.history.iter().enumerate().map(|(i, answered)| step(scenario, &lang, i, answered));
    let waiting = presentation.queue.len();
    html! {
        <section class="current ended" aria-labelledby="current-title" data-turn={turn.to_string()} data-ending={scenario.node(position.node).id.clone()}>
            <p class="eyebrow">{ phrase!("presenter-ended") }</p>
            <h2 id="current-title" class="current-ask" lang={&lang}>{ ending.title.clone() }</h2>
            <div class="prose" lang={&lang}>{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
            <h3>{ phrase!("presenter-path") }</h3>
            <ol class="path">{ for path }</ol>
            if waiting > 0 {
                <p class="row">
                    <button type="button" class="button" data-branch="next" onclick={on(act, Action::NextBranch)}>{ phrase!("presenter-next-branch") }</button>
                    <span class="hint">{ phrase!("presenter-branches-waiting", count = waiting) }</span>
                </p>
            }
            { record }
        </section>
    }
}

/// The `i`th step of the room's path: the question, and the option taken (in the scenario's
/// language `lang`) or that it was discussed.
fn step(scenario: &Scenario, lang: &AttrValue, i: usize, answered: &Answered) -> Html {
    let Some(d) = scenario.decision(answered.decision) else {
        return Html::default();
    };
    let answer = match &answered.response.answer {
        Answer::Pick(o) => html! {
            <>{ format!("{} · ", letter(*o)) }<span {lang}>{ d.options.get(*o).map_or(String::new(), |o| o.text.clone()) }</span></>
        },
        _ => html! { { phrase!("presenter-path-discussed") } },
    };
    html! { <li><strong>{ phrase!("presenter-path-step", number = i + 1, ask = &d.ask) }</strong><br />{ answer }</li> }
}
