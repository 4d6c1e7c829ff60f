//! The Author view's state panel: every state variable with its label and current value,
//! and the delayed effects still waiting to land.

use yew::prelude::*;

use crate::phrase;
use engine::scenario::{Change, StateKind, Value};
use engine::{PendingEffect, Scenario};

fn value_text(value: &Value) -> String {
    match value {
        Value::Number(n) => n.to_string(),
        Value::Flag(true) => phrase!("state-yes"),
        Value::Flag(false) => phrase!("state-no"),
    }
}

/// The panel for `state` and `pending` after `turn` responses.
pub fn view(scenario: &Scenario, state: &[Value], pending: &[PendingEffect], turn: usize) -> Html {
    let lang = AttrValue::from(scenario.meta.language.clone());
    html! {
        <aside class="state-panel" aria-labelledby="state-title">
            <h2 id="state-title">{ phrase!("state-title") }</h2>
            if scenario.states().is_empty() {
                <p class="hint">{ phrase!("state-none-declared") }</p>
            } else {
                <dl class="states">
                    { for scenario.states().iter().zip(state).map(|(var, value)| {
                        let changed = *value != var.initial;
                        let range = match var.kind {
                            StateKind::Number { low, high } => {
                                phrase!("state-range", low = low, high = high, initial = value_text(&var.initial))
                            }
                            StateKind::Flag if var.initial == Value::Flag(true) => phrase!("state-started-yes"),
                            StateKind::Flag => phrase!("state-started-no"),
                        };
                        html! {
                            <div class={if changed { "state changed" } else { "state" }}>
                                <dt lang={&lang}>{ var.label.clone() }<code>{ var.id.clone() }</code></dt>
                                <dd><strong>{ value_text(value) }</strong><span class="hint">{ range }</span></dd>
                            </div>
                        }
                    }) }
                </dl>
            }
            <h3>{ phrase!("state-pending") }</h3>
            if pending.is_empty() {
                <p class="hint">{ phrase!("state-pending-none") }</p>
            } else {
                <ul class="pending">
                    { for pending.iter().map(|p| {
                        let var = scenario.states().get(p.effect.state);
                        let label = var.map(|v| v.label.clone()).unwrap_or_default();
                        let change = match p.effect.change {
                            Change::Add(n) if n >= 0 => format!("+{n}"),
                            Change::Add(n) => n.to_string(),
                            Change::Set(value) => phrase!("state-set-to", value = value_text(&value)),
                        };
                        let when = phrase!("state-when", count = (p.due + 1).saturating_sub(turn).max(1));
                        let from = scenario.decision(p.cause.decision)
                            .and_then(|d| d.options.get(p.cause.option))
                            .map(|o| o.text.clone())
                            .unwrap_or_default();
                        html! {
                            <li>
                                <strong>{ phrase!("state-change", state = label, change = change) }</strong>{ format!(" {when}") }
                                if !p.effect.visible { <span class="tag">{ phrase!("state-hidden") }</span> }
                                <span class="hint">{ phrase!("state-from", option = from) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </aside>
    }
}
