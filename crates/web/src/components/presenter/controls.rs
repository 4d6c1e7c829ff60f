//! The presenter window's controls under the current step: back one decision and starting
//! the workshop over, which asks first, since it also starts a new session's record.

use yew::prelude::*;

use super::on;
use crate::components::confirm::{self, Question};
use crate::model::facilitation::Change;
use crate::phrase;
use ::workshop::presentation::Action;

/// The controls at `turn` (the number of decisions taken); `confirming` is set while the
/// facilitator is asked whether to start over, which `on_restart` hears.
pub fn view(
    turn: usize,
    confirming: &UseStateHandle<bool>,
    change: &Callback<Change>,
    on_restart: &Callback<()>,
) -> Html {
    let restart =
        Question { group: phrase!("presenter-restart-group"), question: phrase!("presenter-restart-question") };
    if let Some(asked) = confirm::asked(confirming, &restart, on_restart) {
        return asked;
    }
    html! {
        <>
            if turn > 0 {
                <button type="button" class="button secondary" data-back="" onclick={on(change, Change::Act(Action::Back))}>{ phrase!("presenter-back") }</button>
            }
            { confirm::button(confirming) }
        </>
    }
}
