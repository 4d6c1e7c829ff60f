//! `rate`: every option rated on a 1–7 scale, one group of seven radio buttons per option
//! (arrow keys move within a group), in the shown order.

use yew::prelude::*;

use crate::ui::model::session::{Shared, option_text};

#[derive(Properties, PartialEq)]
pub struct RateEachProps {
    pub scenario: Shared,
    pub node: usize,
    pub order: Vec<usize>,
    /// Each option's rating by authored index; 0 while unrated.
    pub ratings: Vec<u8>,
    /// Names the radio groups uniquely.
    pub turn: usize,
    /// An option (authored index) and its new rating.
    pub on_rate: Callback<(usize, u8)>,
}

/// What the ends and the middle of the scale mean.
fn meaning(value: u8) -> Option<&'static str> {
    match value {
        1 => Some("a poor call"),
        4 => Some("defensible"),
        7 => Some("an excellent call"),
        _ => None,
    }
}

#[component]
pub fn RateEach(props: &RateEachProps) -> Html {
    html! {
        <div class="rate-each">
            <p class="scale-key" aria-hidden="true">
                <span>{ "1 · a poor call" }</span><span>{ "4 · defensible" }</span><span>{ "7 · an excellent call" }</span>
            </p>
            { for props.order.iter().map(|&option| {
                let current = props.ratings.get(option).copied().unwrap_or(0);
                html! {
                    <fieldset class="rating">
                        <legend>{ option_text(&props.scenario, props.node, option) }</legend>
                        <div class="scale">
                            { for (1..=7_u8).map(|value| {
                                let on_rate = props.on_rate.clone();
                                let onchange = Callback::from(move |_: Event| on_rate.emit((option, value)));
                                let label = match meaning(value) {
                                    Some(words) => format!("{value}, {words}"),
                                    None => value.to_string(),
                                };
                                html! {
                                    <label class="point">
                                        <input type="radio" name={format!("rate-{}-{option}", props.turn)}
                                            data-option={option.to_string()} data-value={value.to_string()}
                                            checked={current == value} aria-label={label} {onchange} />
                                        <span aria-hidden="true">{ value }</span>
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
        </div>
    }
}
