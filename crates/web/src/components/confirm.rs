//! Starting over, which cannot be undone, asks first: the "Start over" button sets
//! `confirming`, and while it is set the question stands in the button's place, with the
//! way on and the way back. The learner's Play view and the presenter window share it, and
//! the presenter asks the same way before clearing the session's record.

use yew::prelude::*;

/// What starting over clears, asked as `question`; `group` names the question's group for
/// screen readers; `act` is the words of the button that asks and of the one that goes ahead
/// ("Start over"), `keep` those of the way back ("Keep going").
pub struct Question {
    pub group: &'static str,
    pub question: &'static str,
    pub act: &'static str,
    pub keep: &'static str,
}

/// The button that asks `question` first.
pub fn button(confirming: &UseStateHandle<bool>, question: &Question) -> Html {
    html! { <button type="button" class="button secondary" onclick={set(confirming, true)}>{ question.act }</button> }
}

/// While `confirming`, the question, with the way ahead (which `confirmed` hears) and the way
/// back; otherwise `None`.
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
        <div class="confirm" role="group" aria-label={question.group}>
            <p>{ question.question }</p>
            <button type="button" class="button danger" onclick={go}>{ question.act }</button>
            <button type="button" class="button secondary" onclick={set(confirming, false)}>{ question.keep }</button>
        </div>
    })
}

fn set(confirming: &UseStateHandle<bool>, value: bool) -> Callback<MouseEvent> {
    let confirming = confirming.clone();
    Callback::from(move |_: MouseEvent| confirming.set(value))
}
