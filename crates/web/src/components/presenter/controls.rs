//! The presenter window's controls under the current step: back one decision and starting
//! the workshop over, which asks first.

use yew::prelude::*;

use super::on;
use crate::model::facilitation::Change;
use ::workshop::presentation::Action;

/// The controls at `turn` (the number of decisions taken); `confirming` is set while the
/// facilitator is asked whether to start over.
pub fn view(turn: usize, confirming: &UseStateHandle<bool>, change: &Callback<Change>) -> Html {
    let confirm_to = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    if **confirming {
        let restart = {
            let (change, confirming) = (change.clone(), confirming.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(false);
                change.emit(Change::Restart);
            })
        };
        html! {
            <div class="confirm" role="group" aria-label="Start the workshop over?">
                <p>{ "Start over from the first decision? The room's path, votes and timer are cleared; participants' codes stay." }</p>
                <button type="button" class="button danger" onclick={restart}>{ "Start over" }</button>
                <button type="button" class="button secondary" onclick={confirm_to(false)}>{ "Keep going" }</button>
            </div>
        }
    } else {
        html! {
            <>
                if turn > 0 {
                    <button type="button" class="button secondary" data-back="" onclick={on(change, Change::Act(Action::Back))}>{ "Back one decision" }</button>
                }
                <button type="button" class="button secondary" onclick={confirm_to(true)}>{ "Start over" }</button>
            </>
        }
    }
}
