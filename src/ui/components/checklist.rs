//! `considerations` and `pivot`: a checkbox per item, in the shown order.

use yew::prelude::*;

use crate::ui::model::session::{Shared, option_text};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub scenario: Shared,
    pub node: usize,
    pub order: Vec<usize>,
    /// Whether each item (by authored index) is ticked.
    pub ticks: Vec<bool>,
    pub on_toggle: Callback<usize>,
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    html! {
        <ul class="checklist">
            { for props.order.iter().map(|&option| {
                let on_toggle = props.on_toggle.clone();
                let onchange = Callback::from(move |_: Event| on_toggle.emit(option));
                html! {
                    <li>
                        <label class="tick">
                            <input type="checkbox" data-option={option.to_string()}
                                checked={props.ticks.get(option) == Some(&true)} {onchange} />
                            <span>{ option_text(&props.scenario, props.node, option) }</span>
                        </label>
                    </li>
                }
            }) }
        </ul>
    }
}
