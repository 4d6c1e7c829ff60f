//! `rate`: every option rated on a 1–7 scale, one group of seven radio buttons per option
//! (arrow keys move within a group), in the shown order.

use yew::prelude::*;

use crate::phrase;
use engine::scenario::Decision;

/// The label read out for a point of the scale.
fn point(value: u8) -> String {
    match value {
        1 => phrase!("rate-point-poor"),
        4 => phrase!("rate-point-defensible"),
        7 => phrase!("rate-point-excellent"),
        other => other.to_string(),
    }
}

/// The options of `decision` (in the scenario's language `lang`) in `order`, rated as
/// `ratings` says (by authored index, 0 while unrated); `turn` names the radio groups uniquely.
pub fn view(
    decision: &Decision,
    lang: &AttrValue,
    order: &[usize],
    ratings: &[u8],
    turn: usize,
    on_rate: &Callback<(usize, u8)>,
) -> Html {
    html! {
        <div class="rate-each">
            <p class="scale-key" aria-hidden="true">
                <span>{ phrase!("rate-key-poor") }</span><span>{ phrase!("rate-key-defensible") }</span><span>{ phrase!("rate-key-excellent") }</span>
            </p>
            { for order.iter().filter_map(|&option| {
                let text = decision.options.get(option)?.text.clone();
                let current = ratings.get(option).copied().unwrap_or(0);
                let name = format!("rate-{turn}-{option}");
                Some(html! {
                    <fieldset class="rating">
                        <legend {lang}>{ text }</legend>
                        <div class="scale">
                            { for (1..=7_u8).map(|value| {
                                let onchange = on_rate.reform(move |_: Event| (option, value));
                                html! {
                                    <label class="point">
                                        <input type="radio" name={name.clone()} data-option={option.to_string()}
                                            data-value={value.to_string()} checked={current == value} aria-label={point(value)} {onchange} />
                                        <span aria-hidden="true">{ value }</span>
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                })
            }) }
        </div>
    }
}
