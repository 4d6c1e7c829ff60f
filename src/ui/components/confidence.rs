//! The confidence question: Unsure, Fairly sure or Sure, as a group of radio buttons.

use yew::prelude::*;

use crate::engine::Confidence;

#[derive(Properties, PartialEq)]
pub struct ConfidenceQuestionProps {
    pub prompt: AttrValue,
    pub value: Option<Confidence>,
    pub on_choose: Callback<Confidence>,
}

#[component]
pub fn ConfidenceQuestion(props: &ConfidenceQuestionProps) -> Html {
    html! {
        <fieldset class="confidence">
            <legend>{ props.prompt.clone() }</legend>
            <div class="levels">
                { for Confidence::ALL.into_iter().map(|level| {
                    let on_choose = props.on_choose.clone();
                    let onchange = Callback::from(move |_: Event| on_choose.emit(level));
                    html! {
                        <label class="level">
                            <input type="radio" name="confidence" data-level={level.level().to_string()}
                                checked={props.value == Some(level)} {onchange} />
                            <span>{ level.label() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
