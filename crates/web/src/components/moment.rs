//! A teaching moment of the debrief, drawn two ways. The [`lesson`] is the first moment, the
//! one the debrief opens with, said as a mentor would: where it happened and what it came
//! to, what the learner did, where it fell short (the coaching, the concerns missed), what a
//! senior PM weighs (the reasoning's principle: its opening sentence and the one applying
//! it) and the experts' call; the rest of the reasoning, what the choice caused and the
//! panel's ratings with their spread are one tap away. A [`brief`] moment is the line saying what it came to, one tap
//! from the experts' call and everything else. The sentences are `figures::debrief`'s, the
//! ones the CLI prints, in the learner's names.

use yew::prelude::*;

use crate::components::feedback::best_first;
use crate::components::{prose, words};
use crate::phrase;
use engine::debrief::{Lesson, Moment};
use engine::markdown;
use engine::{Answer, Confidence};
use figures::debrief as says;
use figures::{Names, Text};

/// The first teaching moment, the lesson: its heading is the debrief's.
pub fn lesson(names: &Names, m: &Moment) -> Html {
    let (principle, rest) = markdown::principle(&m.reasoning);
    let (weighs, reasoning) = if principle.is_empty() { (rest, Vec::new()) } else { (principle, rest) };
    let fold =
        if m.spread.is_empty() { phrase!("moment-experts-reasoning") } else { phrase!("moment-whole-reasoning") };
    let folded = !reasoning.is_empty() || !m.caused.is_empty() || !m.spread.is_empty() || !m.missed.is_empty();
    let lang = lang(names);
    html! {
        <>
            <p class={classes!("came-to", kind(m))}>{ says::came_to(names, m).to_string() }</p>
            { did(names, m) }
            { short_of(names, m, !m.coaching.is_empty()) }
            if !weighs.is_empty() {
                { part(phrase!("says-weigh"), html! { <div class="prose" lang={&lang}>{ prose::blocks(&weighs) }</div> }) }
            }
            <p class="call">{ words::view(&says::call(names, m)) }</p>
            if folded {
                <details class="fold">
                    <summary>{ fold }</summary>
                    if !reasoning.is_empty() {
                        <div class="prose" lang={&lang}>{ prose::blocks(&reasoning) }</div>
                    }
                    if !m.coaching.is_empty() {
                        { notes(&says::findings(names, m)) }
                    }
                    { caused(names, m) }
                    { panel(names, m) }
                </details>
            }
        </>
    }
}

/// A teaching moment after the first: what it came to, one tap from the experts' call, what
/// the learner chose and the reasoning.
pub fn brief(names: &Names, m: &Moment) -> Html {
    html! {
        <li class={classes!("moment", kind(m))}>
            <details class="fold">
                <summary class="came-to">{ says::came_to(names, m).to_string() }</summary>
                <p class="call">{ words::view(&says::call(names, m)) }</p>
                { did(names, m) }
                { short_of(names, m, false) }
                if !m.reasoning.is_empty() {
                    { part(phrase!("says-why"), html! { <div class="prose" lang={lang(names)}>{ prose::blocks(&m.reasoning) }</div> }) }
                }
                { caused(names, m) }
                { panel(names, m) }
            </details>
        </li>
    }
}

/// The scenario's language, for the elements that show its own words.
fn lang(names: &Names) -> AttrValue {
    AttrValue::from(names.scenario.meta.language.clone())
}

/// The class that colours a moment by why it was chosen.
fn kind(m: &Moment) -> &'static str {
    match m.lesson {
        Lesson::ConfidentError => "confident-error",
        Lesson::Regret => "regret",
        Lesson::Missed => "missed",
    }
}

/// A titled part of a moment.
fn part(title: String, body: Html) -> Html {
    html! {
        <div class="moment-part">
            <h3>{ title }</h3>
            { body }
        </div>
    }
}

/// What the learner answered, and how sure they said they were.
fn did(names: &Names, m: &Moment) -> Html {
    let said = match m.answer {
        Answer::Rate(_) => phrase!("moment-you-rated"),
        Answer::Rank(_) => phrase!("moment-you-ranked"),
        _ => says::you(names, m.decision, &m.answer).to_string(),
    };
    html! { <p class="your-answer">{ said }{ for m.confidence.map(|c| format!(" {}", sure(c))) }</p> }
}

/// How sure the learner said they were, as a sentence.
fn sure(level: Confidence) -> String {
    match level {
        Confidence::Unsure => phrase!("moment-you-were-unsure"),
        Confidence::FairlySure => phrase!("moment-you-were-fairly-sure"),
        Confidence::Sure => phrase!("moment-you-were-sure"),
    }
}

/// Where the answer fell short: the picked option's coaching, then the concerns missed, the
/// distractors ticked and how the ratings sat beside the experts' (unless `coached_only`,
/// where the coaching says enough on its own and the rest is folded).
fn short_of(names: &Names, m: &Moment, coached_only: bool) -> Html {
    let findings = says::findings(names, m);
    if m.coaching.is_empty() && findings.is_empty() {
        return Html::default();
    }
    part(
        phrase!("says-fell-short"),
        html! {
            <>
                if !m.coaching.is_empty() {
                    <div class="prose" lang={lang(names)}>{ prose::blocks(&m.coaching) }</div>
                }
                if !coached_only {
                    { notes(&findings) }
                }
            </>
        },
    )
}

/// A moment's findings (`figures::debrief::findings`), a paragraph each.
fn notes(findings: &[Text]) -> Html {
    html! { <>{ for findings.iter().map(|text| html! { <p>{ words::view(text) }</p> }) }</> }
}

/// What the choice caused, hidden and delayed effects revealed.
fn caused(names: &Names, m: &Moment) -> Html {
    if m.caused.is_empty() {
        return Html::default();
    }
    part(
        phrase!("says-caused"),
        html! {
            <ul class="caused">{ for m.caused.iter().map(|e| html! { <li>{ words::view(&says::effect_line(names, e)) }</li> }) }</ul>
        },
    )
}

/// The panel's ratings: every option's mean and spread, best first, beside the learner's
/// own answer, and whether the experts split; at a checklist, what mattered.
fn panel(names: &Names, m: &Moment) -> Html {
    let Some(d) = names.scenario.decision(m.decision) else { return Html::default() };
    if m.spread.is_empty() {
        return html! { <p>{ words::view(&says::preferred(names, m)) }</p> };
    }
    // The learner's own answer beside each option: a rating, or a place in the ranking.
    let yours = |option: usize| match &m.answer {
        Answer::Rate(ratings) => ratings.get(option).map(|r| r.to_string()),
        Answer::Rank(order) => order.iter().position(|&o| o == option).map(|p| phrase!("moment-place", place = p + 1)),
        _ => None,
    };
    let column = match m.answer {
        Answer::Rate(_) => Some(phrase!("moment-column-rated")),
        Answer::Rank(_) => Some(phrase!("moment-column-place")),
        _ => None,
    };
    let means: Vec<f64> = m.spread.iter().map(|s| s.mean).collect();
    let text = |i: usize| d.options.get(i).map_or(String::new(), |o| o.text.clone());
    let lang = lang(names);
    part(
        phrase!("moment-panel"),
        html! {
            <>
                <p>{ words::view(&says::preferred(names, m)) }</p>
                if m.split {
                    <p class="split">{ phrase!("says-split") }</p>
                }
                <table class="spread">
                    <caption class="visually-hidden">{ phrase!("moment-spread-caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ phrase!("moment-option") }</th>
                        <th scope="col">{ phrase!("moment-experts") }</th>
                        { for column.clone().map(|c| html! { <th scope="col">{ c }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for best_first(&means).into_iter().filter_map(|i| m.spread.get(i)).map(|s| {
                            let chosen = matches!(m.answer, Answer::Pick(i) if i == s.option);
                            html! {
                                <tr class={classes!(chosen.then_some("yours"), m.preferred.contains(&s.option).then_some("best"))}>
                                    <th scope="row"><span lang={&lang}>{ text(s.option) }</span>
                                        if chosen { <span class="tag">{ phrase!("moment-your-choice") }</span> }
                                    </th>
                                    <td>{ says::mean_sd(names.catalogue, s) }</td>
                                    if column.is_some() {
                                        <td>{ yours(s.option).unwrap_or_default() }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </>
        },
    )
}
