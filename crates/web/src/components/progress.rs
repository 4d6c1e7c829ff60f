//! A progress bar: a native `<progress>` element (styled by the stylesheet, never by inline
//! styles), named for assistive technology, with its label beside it.

use yew::prelude::*;

/// `done` of about `total`, labelled `label`.
pub fn bar(done: usize, total: usize, label: String) -> Html {
    let total = total.max(done).max(1);
    html! {
        <div class="progress">
            <progress value={done.to_string()} max={total.to_string()} aria-label={label.clone()}></progress>
            <span class="progress-label" aria-hidden="true">{ label }</span>
        </div>
    }
}
