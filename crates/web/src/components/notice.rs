//! A notice: something the learner should know that is not an error of theirs, such as
//! saved progress that could not be used, or a browser that will not keep it.

use yew::prelude::*;

/// A notice titled `title`; `role` is `status` for news that can wait, `alert` for something
/// that went wrong.
pub fn notice(title: &'static str, role: &'static str, body: Html) -> Html {
    html! {
        <div class="notice" {role}>
            <p class="notice-title">{ title }</p>
            { body }
        </div>
    }
}
