//! The confidence question: Unsure, Fairly sure or Sure, as a group of radio buttons.

use yew::prelude::*;

use crate::phrase;
use engine::Confidence;

/// The question `prompt` (the scenario's, in its language `lang`), with `value` chosen.
pub fn view(prompt: &str, lang: &AttrValue, value: Option<Confidence>, on_choose: &Callback<Confidence>) -> Html {
    html! {
        <fieldset class="confidence">
            <legend {lang}>{ prompt.to_string() }</legend>
            <div class="levels">
                { for Confidence::ALL.into_iter().map(|level| {
                    let onchange = on_choose.reform(move |_: Event| level);
                    html! {
                        <label class="level">
                            <input type="radio" name="confidence" data-level={level.level().to_string()}
                                checked={value == Some(level)} {onchange} />
                            <span>{ label(level) }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

/// A confidence level's name: Unsure, Fairly sure or Sure.
pub fn label(level: Confidence) -> String {
    match level {
        Confidence::Unsure => phrase!("confidence-unsure"),
        Confidence::FairlySure => phrase!("confidence-fairly-sure"),
        Confidence::Sure => phrase!("confidence-sure"),
    }
}
