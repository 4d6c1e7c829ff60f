//! The hands the facilitator counts at the current decision: one row per option (its text,
//! where it leads, the experts' view, the hand count and, for a pick, following it), and the
//! optional show of hands for the room's confidence.

use yew::prelude::*;

use super::on;
use crate::components::confidence;
use crate::components::vote_chart::{self, letter};
use crate::phrase;
use ::workshop::presentation::{Action, Follow, Presentation};
use engine::scenario::{Choice, Decision, DecisionKind};

/// The row for `option`, the `i`th of `decision` in authored order, in the scenario's language
/// `lang`; `lead` says where it leads, for a pick.
pub fn row(
    decision: &Decision,
    i: usize,
    option: &Choice,
    lang: &AttrValue,
    lead: Option<String>,
    presentation: &Presentation,
    act: &Callback<Action>,
) -> Html {
    let experts = vote_chart::experts(decision, i);
    let input_id = format!("votes-{i}");
    let oninput = count(act, move |count| Action::Vote { option: i, count });
    html! {
        <li class={classes!("vote-item", vote_chart::best(decision, i).then_some("best"))} data-option={i.to_string()}>
            <span class="chart-letter" aria-hidden="true">{ letter(i) }</span>
            <div class="vote-body">
                <label for={input_id.clone()} class="option-text">
                    <span class="visually-hidden">{ phrase!("presenter-hands-for", letter = letter(i).to_string()) }{ " " }</span>
                    <span {lang}>{ option.text.clone() }</span>
                </label>
                if let Some(lead) = lead {
                    <span class="leads">{ phrase!("presenter-leads-to", target = lead) }</span>
                }
                <span class="experts-cell">{ phrase!("presenter-experts", view = experts.label()) }</span>
            </div>
            <div class="vote-controls">
                <input id={input_id} class="count" type="number" inputmode="numeric" min="0" max="999"
                    value={presentation.votes.get(i).copied().unwrap_or(0).to_string()} {oninput} />
                if decision.kind == DecisionKind::Pick {
                    <button type="button" class="button secondary small" data-follow={i.to_string()}
                        aria-label={phrase!("presenter-follow-label", letter = letter(i).to_string())}
                        onclick={on(act, Action::Follow(Follow::Option(i)))}>{ phrase!("presenter-follow", letter = letter(i).to_string()) }</button>
                }
            </div>
        </li>
    }
}

/// The show of hands for each level of confidence, `hands` counted so far.
pub fn hands(hands: [u32; 3], act: &Callback<Action>) -> Html {
    let inputs = engine::Confidence::ALL.iter().enumerate().map(|(level, c)| {
        let id = format!("hands-{level}");
        let oninput = count(act, move |n| {
            let mut next = hands;
            next[level] = n;
            Action::Hands(next)
        });
        html! {
            <div class="hand">
                <label for={id.clone()}>{ confidence::label(*c) }</label>
                <input {id} class="count" type="number" inputmode="numeric" min="0" max="999"
                    value={hands[level].to_string()} {oninput} />
            </div>
        }
    });
    html! {
        <fieldset class="hands">
            <legend>{ phrase!("presenter-confidence") }</legend>
            { for inputs }
        </fieldset>
    }
}

/// Acts on a count typed into a number field: `make` makes the action from it (an empty or
/// unreadable field counts 0).
fn count(act: &Callback<Action>, make: impl Fn(u32) -> Action + 'static) -> Callback<InputEvent> {
    let act = act.clone();
    Callback::from(move |event: InputEvent| {
        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
            act.emit(make(input.value().trim().parse::<u32>().unwrap_or(0)));
        }
    })
}
