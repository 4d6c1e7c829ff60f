//! A notice: something the learner should know that is not an error of theirs, such as
//! saved progress that could not be used, or a browser that will not keep it.

use yew::prelude::*;

use crate::phrase;

/// A notice titled `title` (a phrase, or any text); `role` is `status` for news that can
/// wait, `alert` for something that went wrong.
pub fn notice(title: impl Into<AttrValue>, role: &'static str, body: Html) -> Html {
    let title = title.into();
    html! {
        <div class="notice" {role}>
            <p class="notice-title">{ title }</p>
            { body }
        </div>
    }
}

/// Why the engine would not play a saved playthrough on, as words after "stopped:".
pub fn play_error(error: &engine::PlayError) -> String {
    match error {
        engine::PlayError::WrongScenario => phrase!("play-error-wrong-scenario"),
        engine::PlayError::Finished => phrase!("play-error-finished"),
        engine::PlayError::InvalidResponse => phrase!("play-error-invalid-response"),
        engine::PlayError::Stuck => phrase!("play-error-stuck"),
    }
}
