//! `pick`: one button per option, in the shown order. Pressing one answers at once, or
//! selects it (`aria-pressed`) when the decision also asks for confidence or a rationale.

use yew::prelude::*;

use engine::scenario::Decision;

/// The options of `decision` (in the scenario's language `lang`) in `order`; `one_step` when
/// pressing answers the decision; `labelled_by` is the id of the question they answer.
pub fn view(
    decision: &Decision,
    lang: &AttrValue,
    order: &[usize],
    selected: Option<usize>,
    one_step: bool,
    labelled_by: &str,
    on_choose: &Callback<usize>,
) -> Html {
    html! {
        <div class="choices" role="group" aria-labelledby={labelled_by.to_string()}>
            { for order.iter().enumerate().filter_map(|(place, &option)| {
                let text = decision.options.get(option)?.text.clone();
                let onclick = on_choose.reform(move |_: MouseEvent| option);
                let pressed = (!one_step).then_some(if selected == Some(option) { "true" } else { "false" });
                Some(html! {
                    <button type="button" class="choice" data-choice={option.to_string()} aria-pressed={pressed} {onclick}>
                        <span class="choice-key" aria-hidden="true">{ char::from(b'A' + (place % 26) as u8) }</span>
                        <span class="choice-text" {lang}>{ text }</span>
                    </button>
                })
            }) }
        </div>
    }
}
