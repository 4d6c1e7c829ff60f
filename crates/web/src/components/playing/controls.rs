//! A learner's controls around a scenario being played: the choice of mode before the first
//! decision, and starting over, which asks first.

use yew::prelude::*;

use crate::components::confirm::{self, Question};
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
    const RESTART: Question = Question {
        group: "Start over?",
        question: "Start over from the beginning? Your answers in this attempt will be cleared.",
    };
    match confirm::asked(confirming, &RESTART, on_restart) {
        Some(asked) => asked,
        None if offered => confirm::button(confirming),
        None => Html::default(),
    }
}
