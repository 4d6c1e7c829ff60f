//! A learner's controls around a scenario being played: the choice of mode before the first
//! decision, and starting over, which asks first.

use yew::prelude::*;

use crate::model::session::{Action, Mode};

/// The choice between practice and assessment, `mode` chosen now.
pub fn modes(mode: Mode, dispatch: &Callback<Action>) -> Html {
    let set_mode = |mode: Mode| dispatch.reform(move |_: Event| Action::SetMode(mode));
    html! {
        <fieldset class="modes">
            <legend>{ "How do you want to play?" }</legend>
            <label class="mode">
                <input type="radio" name="mode" checked={mode == Mode::Practice} onchange={set_mode(Mode::Practice)} />
                <span class="mode-name">{ "Practice" }</span>
                <span class="mode-hint">{ "Feedback after every decision, and you can change your last answer." }</span>
            </label>
            <label class="mode">
                <input type="radio" name="mode" checked={mode == Mode::Assessment} onchange={set_mode(Mode::Assessment)} />
                <span class="mode-name">{ "Assessment" }</span>
                <span class="mode-hint">{ "No feedback until the end, and every answer is final." }</span>
            </label>
        </fieldset>
    }
}

/// Starting over: asked first while `confirming` is set, offered when `offered` (mid-story,
/// and not an attempt an LMS records), otherwise nothing.
pub fn restart(confirming: &UseStateHandle<bool>, offered: bool, on_restart: &Callback<()>) -> Html {
    let confirm_to = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    if **confirming {
        let confirm = {
            let (confirming, on_restart) = (confirming.clone(), on_restart.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(false);
                on_restart.emit(());
            })
        };
        html! {
            <div class="confirm" role="group" aria-label="Start over?">
                <p>{ "Start over from the beginning? Your answers in this attempt will be cleared." }</p>
                <button type="button" class="button danger" onclick={confirm}>{ "Start over" }</button>
                <button type="button" class="button secondary" onclick={confirm_to(false)}>{ "Keep going" }</button>
            </div>
        }
    } else if offered {
        html! { <button type="button" class="button secondary" onclick={confirm_to(true)}>{ "Start over" }</button> }
    } else {
        Html::default()
    }
}
