//! A learner's controls around a scenario being played: the choice of mode before the first
//! decision, and starting over, which asks first.

use yew::prelude::*;

use crate::components::confirm::{self, Question};
use crate::model::session::{Action, Mode};
use crate::phrase;

/// The choice between practice and assessment, `mode` chosen now.
pub fn modes(mode: Mode, dispatch: &Callback<Action>) -> Html {
    let set_mode = |mode: Mode| dispatch.reform(move |_: Event| Action::SetMode(mode));
    html! {
        <fieldset class="modes">
            <legend>{ phrase!("playing-mode-legend") }</legend>
            <label class="mode">
                <input type="radio" name="mode" checked={mode == Mode::Practice} onchange={set_mode(Mode::Practice)} />
                <span class="mode-name">{ phrase!("playing-practice") }</span>
                <span class="mode-hint">{ phrase!("playing-practice-hint") }</span>
            </label>
            <label class="mode">
                <input type="radio" name="mode" checked={mode == Mode::Assessment} onchange={set_mode(Mode::Assessment)} />
                <span class="mode-name">{ phrase!("playing-assessment") }</span>
                <span class="mode-hint">{ phrase!("playing-assessment-hint") }</span>
            </label>
        </fieldset>
    }
}

/// Starting over: asked first while `confirming` is set, offered when `offered` (mid-story,
/// and not an attempt an LMS records), otherwise nothing.
pub fn restart(confirming: &UseStateHandle<bool>, offered: bool, on_restart: &Callback<()>) -> Html {
    let restart = Question { group: phrase!("playing-restart-group"), question: phrase!("playing-restart-question") };
    match confirm::asked(confirming, &restart, on_restart) {
        Some(asked) => asked,
        None if offered => confirm::button(confirming),
        None => Html::default(),
    }
}
