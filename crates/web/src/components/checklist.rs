//! `considerations` and `pivot`: a checkbox per item, in the shown order.

use yew::prelude::*;

use engine::scenario::Decision;

/// The items of `decision` (in the scenario's language `lang`) in `order`, ticked as `ticks`
/// says (by authored index).
pub fn view(
    decision: &Decision,
    lang: &AttrValue,
    order: &[usize],
    ticks: &[bool],
    on_toggle: &Callback<usize>,
) -> Html {
    html! {
        <ul class="checklist">
            { for order.iter().filter_map(|&option| {
                let text = decision.options.get(option)?.text.clone();
                let onchange = on_toggle.reform(move |_: Event| option);
                Some(html! {
                    <li>
                        <label class="tick">
                            <input type="checkbox" data-option={option.to_string()}
                                checked={ticks.get(option) == Some(&true)} {onchange} />
                            <span {lang}>{ text }</span>
                        </label>
                    </li>
                })
            }) }
        </ul>
    }
}
