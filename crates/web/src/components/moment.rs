//! One teaching moment of the debrief: why this decision was chosen to learn from, what the
//! learner answered, what the experts preferred (every option's mean and spread in a table,
//! and whether they split), their reasoning and coaching, what the choice caused (hidden and
//! delayed effects revealed), and the concerns that were missed. The sentences are
//! `figures::debrief`'s, the ones the CLI prints, in the learner's names.

use yew::prelude::*;

use crate::components::feedback::best_first;
use crate::components::{prose, words};
use engine::Answer;
use engine::debrief::{Lesson, Moment};
use figures::Names;
use figures::debrief as says;

/// The `n`-th teaching moment (from 1).
pub fn view(names: &Names, n: usize, m: &Moment) -> Html {
    let Some(d) = names.scenario.decision(m.decision) else { return Html::default() };
    let said = match m.answer {
        Answer::Rate(_) => "You rated every option: your ratings are beside the experts' below.".to_string(),
        Answer::Rank(_) => "You ranked the options: your order is beside the experts' below.".to_string(),
        _ => says::you(names, m.decision, &m.answer).to_string(),
    };
    let preferred = html! { <p>{ words::view(&says::preferred(names, m)) }</p> };
    let spread = (!m.spread.is_empty()).then(|| {
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
        let text = |i: usize| d.options.get(i).map_or(String::new(), |o| o.text.clone());
        html! {
            <>
                if m.split {
                    <p class="split">{ says::SPLIT }</p>
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
                                    <td>{ says::mean_sd(s) }</td>
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
    });
    let part = |title: &'static str, body: Html| {
        html! {
            <div class="moment-part">
                <h4>{ title }</h4>
                { body }
            </div>
        }
    };
    let notes = [says::missed(names, m), says::distractors(names, m), m.rating.as_ref().map(says::rating_shape)];
    html! {
        <li class={classes!("moment", match m.lesson {
            Lesson::ConfidentError => "confident-error",
            Lesson::Regret => "regret",
            Lesson::Missed => "missed",
        })}>
            <h3>
                <span class="moment-number">{ format!("{n}. ") }</span>
                { format!("{} ({})", d.ask, names.response(m.response)) }
            </h3>
            <p class="lesson">{ says::lesson(m).sentence().to_string() }</p>
            <p class="your-answer">{ said }{ for m.confidence.map(|c| format!(" You were {}.", c.label())) }</p>
            { preferred }
            { for spread }
            { for notes.into_iter().flatten().map(|text| html! { <p>{ words::view(&text) }</p> }) }
            if !m.reasoning.is_empty() {
                { part(says::WHY, html! { <div class="prose">{ prose::blocks(&m.reasoning) }</div> }) }
            }
            if !m.coaching.is_empty() {
                { part(says::COACHING, html! { <div class="prose">{ prose::blocks(&m.coaching) }</div> }) }
            }
            if !m.caused.is_empty() {
                { part(says::CAUSED, html! {
                    <ul class="caused">{ for m.caused.iter().map(|e| html! { <li>{ words::view(&says::effect_line(names, e)) }</li> }) }</ul>
                }) }
            }
        </li>
    }
}
