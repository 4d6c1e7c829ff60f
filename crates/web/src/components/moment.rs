//! One teaching moment of the debrief: why this decision was chosen to learn from, what the
//! learner answered, what the experts preferred (every option's mean and spread, and whether
//! they split), their reasoning and coaching, what the choice caused (hidden and delayed
//! effects revealed), and the concerns that were missed. Figures as the CLI prints them.

use yew::prelude::*;

use crate::components::feedback::best_first;
use crate::components::prose;
use crate::model::session::option_text;
use crate::model::wording;
use engine::debrief::{Lesson, Moment};
use engine::{Answer, Scenario};

/// The `n`-th teaching moment (from 1).
pub fn view(scenario: &Scenario, n: usize, m: &Moment) -> Html {
    let Some(d) = scenario.decision(m.decision) else { return Html::default() };
    let why = match m.lesson {
        Lesson::ConfidentError => "You were Sure, and it was not an acceptable call.".to_string(),
        Lesson::Regret if m.largest => format!("Your largest loss: this call cost you {:.1} overall points.", m.points),
        Lesson::Regret => format!("This call cost you {:.1} overall points.", m.points),
        Lesson::Missed => "You missed what matters here.".to_string(),
    };
    let text = |i: usize| option_text(scenario, m.decision, i).to_string();
    let said = match m.answer {
        Answer::Rate(_) => "You rated every option: your ratings are beside the experts' below.".to_string(),
        Answer::Rank(_) => "You ranked the options: your order is beside the experts' below.".to_string(),
        _ => {
            let answer = wording::answer(d, &m.answer);
            format!("You {answer}{}", wording::stop(&answer))
        }
    };
    let preferred = if m.spread.is_empty() {
        let items: Vec<String> = m.preferred.iter().map(|&i| format!("“{}”", text(i))).collect();
        html! { <p><strong>{ "What matters here: " }</strong>{ items.join(", ") }</p> }
    } else {
        let best: Vec<String> = m
            .preferred
            .iter()
            .filter_map(|&i| m.spread.get(i))
            .map(|s| format!("“{}” ({:.1}, SD {:.1})", text(s.option), s.mean, s.sd))
            .collect();
        // The learner's own answer beside each option: a rating, or a place in the ranking.
        let yours = |option: usize| match &m.answer {
            Answer::Rate(ratings) => ratings.get(option).map(|r| r.to_string()),
            Answer::Rank(order) => order.iter().position(|&o| o == option).map(|p| format!("#{}", p + 1)),
            _ => None,
        };
        let column = match m.answer {
            Answer::Rate(_) => Some("You rated"),
            Answer::Rank(_) => Some("Your place"),
            _ => None,
        };
        let means: Vec<f64> = m.spread.iter().map(|s| s.mean).collect();
        html! {
            <>
                <p><strong>{ "The experts preferred " }</strong>{ best.join(" and ") }{ "." }</p>
                if m.split {
                    <p class="split">{ "The experts split here: more than one call is defensible." }</p>
                }
                <table class="spread">
                    <caption class="visually-hidden">{ "Every option, best first: the panel's mean rating out of 7 and its spread" }</caption>
                    <thead><tr>
                        <th scope="col">{ "Option" }</th>
                        <th scope="col">{ "Experts (mean ± SD)" }</th>
                        { for column.map(|c| html! { <th scope="col">{ c }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for best_first(&means).into_iter().filter_map(|i| m.spread.get(i)).map(|s| {
                            let chosen = matches!(m.answer, Answer::Pick(i) if i == s.option);
                            html! {
                                <tr class={classes!(chosen.then_some("yours"), m.preferred.contains(&s.option).then_some("best"))}>
                                    <th scope="row">{ text(s.option) }
                                        if chosen { <span class="tag">{ "your choice" }</span> }
                                    </th>
                                    <td>{ format!("{:.1} ± {:.1}", s.mean, s.sd) }</td>
                                    if column.is_some() {
                                        <td>{ yours(s.option).unwrap_or_default() }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </>
        }
    };
    let part = |title: &'static str, body: Html| {
        html! {
            <div class="moment-part">
                <h4>{ title }</h4>
                { body }
            </div>
        }
    };
    let missed = (!m.missed.is_empty()).then(|| {
        let names: Vec<String> = m
            .missed
            .iter()
            .map(|c| {
                let item = format!("“{}”", option_text(scenario, c.decision, c.item));
                c.stakeholder.as_ref().map_or(item.clone(), |s| format!("{item} ({})", figures::concern(s, "’")))
            })
            .collect();
        let lead = if m.missed.iter().all(|c| c.decision == m.decision) {
            "You did not tick".to_string()
        } else {
            "Concerns you had not ticked in an earlier checklist before this call".to_string()
        };
        html! { <p>{ format!("{lead}: {}.", names.join(", ")) }</p> }
    });
    let distractors = (!m.distractors.is_empty()).then(|| {
        let names: Vec<String> = m.distractors.iter().map(|&i| format!("“{}”", text(i))).collect();
        html! { <p>{ format!("You ticked distractors: {}.", names.join(", ")) }</p> }
    });
    let rating = m.rating.map(|r| html! { <p>{ figures::rating_shape(&r) }</p> });
    html! {
        <li class={classes!("moment", match m.lesson {
            Lesson::ConfidentError => "confident-error",
            Lesson::Regret => "regret",
            Lesson::Missed => "missed",
        })}>
            <h3>
                <span class="moment-number">{ format!("{n}. ") }</span>
                { format!("{} ({})", d.ask, wording::decision_number(m.response).replacen('d', "D", 1)) }
            </h3>
            <p class="lesson">{ why }</p>
            <p class="your-answer">{ said }{ for m.confidence.map(|c| format!(" You were {}.", c.label())) }</p>
            { preferred }
            { for missed }
            { for distractors }
            { for rating }
            if !m.reasoning.is_empty() {
                { part("How the experts reasoned", html! { <div class="prose">{ prose::blocks(&m.reasoning) }</div> }) }
            }
            if !m.coaching.is_empty() {
                { part("Coaching", html! { <div class="prose">{ prose::blocks(&m.coaching) }</div> }) }
            }
            if !m.caused.is_empty() {
                { part("What it caused", html! {
                    <ul class="caused">{ for m.caused.iter().map(|e| html! { <li>{ wording::effect(scenario, e) }</li> }) }</ul>
                }) }
            }
        </li>
    }
}
