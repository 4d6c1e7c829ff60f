//! `pick`: one button per option, in the shown order. Pressing one answers at once, or
//! selects it (`aria-pressed`) when the decision also asks for confidence or a rationale.

use yew::prelude::*;

use crate::ui::model::session::{Shared, option_text};

#[derive(Properties, PartialEq)]
pub struct PickProps {
    pub scenario: Shared,
    pub node: usize,
    pub order: Vec<usize>,
    pub selected: Option<usize>,
    /// True when pressing an option answers the decision.
    pub one_step: bool,
    /// The id of the question the options answer.
    pub labelled_by: AttrValue,
    pub on_choose: Callback<usize>,
}

#[component]
pub fn Pick(props: &PickProps) -> Html {
    html! {
        <div class="choices" role="group" aria-labelledby={props.labelled_by.clone()}>
            { for props.order.iter().enumerate().map(|(place, &option)| {
                let on_choose = props.on_choose.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_choose.emit(option));
                let pressed = (!props.one_step).then(|| if props.selected == Some(option) { "true" } else { "false" });
                html! {
                    <button type="button" class="choice" data-choice={option.to_string()} aria-pressed={pressed} {onclick}>
                        <span class="choice-key" aria-hidden="true">{ char::from(b'A' + (place % 26) as u8) }</span>
                        <span class="choice-text">{ option_text(&props.scenario, props.node, option) }</span>
                    </button>
                }
            }) }
        </div>
    }
}
