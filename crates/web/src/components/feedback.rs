//! Feedback on one response: what happened, coaching, how the expert panel saw the options,
//! and the expert reasoning. Practice mode shows it after every response (with a way to take
//! the response back); assessment mode holds it for the end.

use yew::prelude::*;

use crate::components::{confidence, prose};
use crate::phrase;
use engine::Scenario;
use engine::markdown::Chunk;
use engine::scenario::{Decision, DecisionKind, NodeId};
use engine::{Answer, Response, score};

/// A heading of this level (2 to 4).
fn heading(level: u8, id: Option<String>, content: Html) -> Html {
    match level {
        2 => html! { <h2 {id}>{ content }</h2> },
        3 => html! { <h3 {id}>{ content }</h3> },
        _ => html! { <h4 {id}>{ content }</h4> },
    }
}

/// Option indices from the highest mean to the lowest, ties in authored order. An insertion
/// sort: lists are short, and it keeps a general sort's code out of the app.
pub fn best_first(means: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(means.len());
    for i in 0..means.len() {
        let at = order.iter().position(|&j| means[j] < means[i]).unwrap_or(order.len());
        order.insert(at, i);
    }
    order
}

/// An expert mean as "6.2": one decimal, without float formatting, and a half rounded to
/// even as the CLI's `{:.1}` does (a mean of 6.25 from four raters is "6.2" in both).
pub fn mean_text(mean: f64) -> String {
    let tenths = (mean * 10.0).round_ties_even() as u32;
    phrase::number(phrase::Tenths(tenths))
}

/// A one-sentence verdict on the response, for the heading and announcements.
pub fn verdict(decision: &Decision, response: &Response) -> String {
    let share = score::item(decision, response);
    let percent = (share * 100.0).round() as i64;
    if share >= 0.85 {
        phrase!("feedback-verdict-in-line", percent = percent)
    } else if share >= 0.6 {
        phrase!("feedback-verdict-partly", percent = percent)
    } else {
        phrase!("feedback-verdict-far", percent = percent)
    }
}

/// Feedback on `response` to the decision at `node`, the `turn`-th, with the learner's
/// `rationale`; a "Change my answer" button when `on_rewind` is given; its title a heading
/// of `level` (2 on its own, 4 inside the ending's review).
pub fn view(
    scenario: &Scenario,
    node: NodeId,
    turn: usize,
    response: &Response,
    rationale: &str,
    on_rewind: Option<&Callback<()>>,
    level: u8,
) -> Html {
    let Some(decision) = scenario.decision(node) else { return Html::default() };
    let title_id = format!("feedback-{turn}");
    let means = score::expert_means(decision);
    let lang = AttrValue::from(scenario.meta.language.clone());
    let sub = level + 1;
    let h = |title: String| heading(sub, None, html! { { title } });
    let section = |title: String, blocks: &[Chunk]| {
        (!blocks.is_empty()).then(|| {
            html! {
                <div class="feedback-part">
                    { h(title) }
                    <div class="prose" lang={&lang}>{ prose::blocks(blocks) }</div>
                </div>
            }
        })
    };
    let body = match &response.answer {
        Answer::Pick(chosen) => {
            let choice = decision.options.get(*chosen);
            let ranked = best_first(&means);
            html! {
                <>
                    <p class="your-answer"><span class="label">{ phrase!("feedback-you-chose") }</span>{ " " }<span lang={&lang}>{ choice.map(|c| c.text.clone()) }</span></p>
                    { for choice.and_then(|c| section(phrase!("feedback-what-happened"), &c.consequence)) }
                    { for choice.and_then(|c| section(phrase!("feedback-coaching"), &c.coaching)) }
                    <div class="feedback-part">
                        { h(phrase!("feedback-panel-rated")) }
                        <ol class="panel">
                            { for ranked.iter().map(|&i| html! {
                                <li class={(i == *chosen).then_some("yours")}>
                                    <span class="mean">{ mean_text(means[i]) }</span>
                                    <span><span lang={&lang}>{ decision.options[i].text.clone() }</span>
                                        if i == *chosen { <span class="tag">{ phrase!("feedback-your-choice") }</span> }
                                    </span>
                                </li>
                            }) }
                        </ol>
                        <p class="hint">{ phrase!("feedback-mean-hint") }</p>
                    </div>
                </>
            }
        }
        Answer::Rate(ratings) => html! {
            <div class="feedback-part">
                { h(phrase!("feedback-ratings")) }
                <table class="compare">
                    <thead><tr><th scope="col">{ phrase!("feedback-option") }</th><th scope="col">{ phrase!("feedback-you") }</th><th scope="col">{ phrase!("feedback-panel") }</th></tr></thead>
                    <tbody>
                        { for decision.options.iter().enumerate().map(|(i, option)| html! {
                            <tr>
                                <th scope="row" lang={&lang}>{ option.text.clone() }</th>
                                <td>{ ratings.get(i).copied().unwrap_or(0) }</td>
                                <td>{ mean_text(means[i]) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                <p class="hint">{ phrase!("feedback-shape-hint") }</p>
            </div>
        },
        Answer::Rank(order) => {
            let experts = best_first(&means);
            let list = |order: &[usize]| {
                html! {
                    <ol>{ for order.iter().filter_map(|&i| decision.options.get(i)).map(|o| html! { <li lang={&lang}>{ o.text.clone() }</li> }) }</ol>
                }
            };
            html! {
                <div class="feedback-part two">
                    <div>{ h(phrase!("feedback-your-order")) }{ list(order) }</div>
                    <div>{ h(phrase!("feedback-panel-order")) }{ list(&experts) }</div>
                </div>
            }
        }
        Answer::Tick(ticks) => html! {
            <div class="feedback-part">
                { h(if decision.kind == DecisionKind::Pivot { phrase!("feedback-facts") } else { phrase!("feedback-matters-here") }) }
                <ul class="items">
                    { for decision.options.iter().zip(ticks).map(|(item, &ticked)| {
                        let matters = item.weight > 0;
                        let (class, verdict) = match (matters, ticked) {
                            (true, true) => ("right", phrase!("feedback-matters-ticked")),
                            (true, false) => ("missed", phrase!("feedback-matters-left")),
                            (false, true) => ("wrong", phrase!("feedback-distraction-ticked")),
                            (false, false) => ("right", phrase!("feedback-distraction-left")),
                        };
                        html! {
                            <li class={class}>
                                <span class="item-text" lang={&lang}>{ item.text.clone() }</span>
                                <span class="item-verdict">{ verdict }
                                    { for item.stakeholder.as_ref().map(|s| format!(" {}", phrase!("feedback-concern", stakeholder = s))) }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        },
    };
    let text = html! { { phrase!("feedback-title", number = turn + 1, verdict = verdict(decision, response)) } };
    let title = heading(level, Some(title_id.clone()), text);
    html! {
        <section class="feedback" aria-labelledby={title_id}>
            { title }
            <p class="asked" lang={&lang}>{ decision.ask.clone() }</p>
            { body }
            { for response.confidence.map(|c| html! {
                <p class="your-answer"><span class="label">{ phrase!("feedback-you-were") }</span>{ " " }{ confidence::label(c) }</p>
            }) }
            if !rationale.is_empty() {
                <p class="your-answer"><span class="label">{ phrase!("feedback-your-reasoning") }</span>{ " " }{ rationale.to_string() }</p>
            }
            { for section(phrase!("feedback-experts-reasoned"), &decision.reasoning) }
            { for on_rewind.map(|on_rewind| html! {
                <button type="button" class="button secondary" onclick={on_rewind.reform(|_: MouseEvent| ())}>
                    { phrase!("feedback-change") }
                </button>
            }) }
        </section>
    }
}
