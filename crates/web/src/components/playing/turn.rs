//! The step a scenario being played stands at: the decision now, with what happened straight
//! after the last pick and the scene, or the ending with its result.

use yew::prelude::*;

use crate::components::decision::DecisionForm;
use crate::components::{ending, prose};
use crate::model::session::{Action, Mode, Session};
use crate::phrase;
use engine::{Answer, Position, Response, Step};

/// The section for the step at `position`; `debrief` links to the attempt's debrief once it
/// has ended, when the attempt is kept.
pub fn view(
    state: &Session,
    position: &Position<'_>,
    dispatch: &Callback<Action>,
    on_restart: &Callback<()>,
    debrief: Option<String>,
) -> Html {
    let scenario = &state.scenario;
    let turn = state.playthrough.responses.len();
    let consequence = consequence(state, position);
    let passage = prose::blocks(position.passage.iter().flat_map(|passed| passed.prose.iter().copied()));
    let lang = AttrValue::from(scenario.meta.language.clone());
    match &position.step {
        Step::Decide { order, .. } => {
            let on_respond =
                dispatch.reform(|(response, rationale): (Response, String)| Action::Respond(response, rationale));
            html! {
                <section class="turn" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                    <h2 id="turn-title" class="turn-title" tabindex="-1">{ phrase!("playing-decision", number = turn + 1) }</h2>
                    { consequence }
                    <div class="prose scene" lang={&lang}>{ passage }</div>
                    <DecisionForm key={turn} scenario={scenario.clone()} node={position.node} order={order.clone()} {turn} {on_respond} />
                </section>
            }
        }
        Step::End(end) => html! {
            <section class="turn ending" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                <p class="eyebrow">{ phrase!("playing-how-it-ended") }</p>
                <h2 id="turn-title" class="turn-title" tabindex="-1"><span id="ending-title" lang={&lang}>{ end.title.clone() }</span></h2>
                { consequence }
                <div class="prose scene" lang={&lang}>{ passage }</div>
                { ending::view(scenario, &position.history, &state.rationales, state.mode, on_restart, debrief) }
            </section>
        },
    }
}

/// What happened straight after the last response when it was a pick: shown as story in
/// assessment mode (practice mode shows it in the feedback).
fn consequence(state: &Session, position: &Position<'_>) -> Html {
    match (state.mode, position.history.last()) {
        (Mode::Assessment, Some(answered)) => match answered.response.answer {
            Answer::Pick(option) => state
                .scenario
                .decision(answered.decision)
                .and_then(|d| d.options.get(option))
                .map(|o| html! {
                    <div class="prose consequence" lang={state.scenario.meta.language.clone()}>{ prose::blocks(&o.consequence) }</div>
                })
                .unwrap_or_default(),
            _ => Html::default(),
        },
        _ => Html::default(),
    }
}
