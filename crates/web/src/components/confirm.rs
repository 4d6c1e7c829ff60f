//! Starting over, which cannot be undone, asks first: the "Start over" button sets
//! `confirming`, and while it is set the question stands in the button's place, with the
//! way on and the way back. The learner's Play view and the presenter window share it.

use yew::prelude::*;

use crate::phrase;

/// What starting over clears, asked as `question`; `group` names the question's group for
/// screen readers. Both are phrases: `Question { group: phrase!("…"), question: phrase!("…") }`.
pub struct Question {
    pub group: String,
    pub question: String,
}

/// The "Start over" button, which asks first.
pub fn button(confirming: &UseStateHandle<bool>) -> Html {
    html! { <button type="button" class="button secondary" onclick={set(confirming, true)}>{ phrase!("confirm-start-over") }</button> }
}

/// While `confirming`, the question, with "Start over" (which `confirmed` hears) and "Keep
/// going"; otherwise `None`.
pub fn asked(confirming: &UseStateHandle<bool>, question: &Question, confirmed: &Callback<()>) -> Option<Html> {
    if !**confirming {
        return None;
    }
    let go = {
        let (confirming, confirmed) = (confirming.clone(), confirmed.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            confirmed.emit(());
        })
    };
    Some(html! {
        <div class="confirm" role="group" aria-label={question.group.clone()}>
            <p>{ question.question.clone() }</p>
            <button type="button" class="button danger" onclick={go}>{ phrase!("confirm-start-over") }</button>
            <button type="button" class="button secondary" onclick={set(confirming, false)}>{ phrase!("confirm-keep-going") }</button>
        </div>
    })
}

fn set(confirming: &UseStateHandle<bool>, value: bool) -> Callback<MouseEvent> {
    let confirming = confirming.clone();
    Callback::from(move |_: MouseEvent| confirming.set(value))
}
