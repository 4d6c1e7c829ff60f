//! A notice: something the learner should know that is not an error of theirs, such as
//! saved progress that could not be used, or a browser that will not keep it.

use yew::prelude::*;

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
