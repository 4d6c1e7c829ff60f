//! The printable facilitator guide for any scenario (`#/facilitate/<scenario>/guide`): the
//! synopsis, suggested timings for a 60-minute session, the decision map, then every
//! decision with its options and the experts' means, where each option leads, the experts'
//! reasoning and the discussion prompts, and the endings. One click prints it; the print
//! stylesheet drops the app's chrome and keeps each decision on one page where it can.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::decision_map::{self, label};
use crate::components::prose;
use crate::components::vote_chart::letter;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::guide::{self, Map, Part, Slot};
use engine::analyse;
use engine::scenario::{DecisionKind, NodeId, Scenario};
use engine::score::{expert_mean, expert_sd};
use site::workshop::WorkshopPlace;

/// The session length the guide plans for, in minutes.
pub const SESSION: u32 = 60;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub scenario: Shared,
}

#[component]
pub fn Guide(props: &GuideProps) -> Html {
    let scenario = props.scenario.clone();
    let plan = use_memo(scenario.clone(), |scenario| {
        let analysis = analyse::analyse(scenario);
        guide::plan(scenario, &analysis, SESSION)
    });
    let map = use_memo(scenario.clone(), |scenario| guide::map(scenario));
    let print = Callback::from(|_: MouseEvent| window::print("guide"));
    let meta = &scenario.meta;
    let lang = AttrValue::from(meta.language.clone());
    let expert_path: Vec<NodeId> =
        plan.iter().filter_map(|s| if let Part::Decision { node, .. } = s.part { Some(node) } else { None }).collect();
    html! {
        <article class="workshop guide" aria-labelledby="guide-title">
            <div class="row no-print">
                <button type="button" class="button" data-print="guide" onclick={print}>{ phrase!("guide-print") }</button>
                <a class="button secondary" href={WorkshopPlace::Presenter(meta.id.clone()).to_hash()}>{ phrase!("guide-facilitator-mode") }</a>
            </div>
            <p class="eyebrow">{ phrase!("guide-eyebrow") }</p>
            <h1 id="guide-title" lang={&lang}>{ meta.title.clone() }</h1>
            <p class="guide-meta">
                { for meta.level.map(|l| html! { <span class="badge">{ crate::components::card::level_name(l.as_str()) }</span> }) }
                { phrase!(
                    "guide-counts",
                    decisions = scenario.decisions().count(),
                    endings = scenario.endings().count(),
                    minutes = meta.minutes.unwrap_or(0)
                ) }
            </p>
            <section aria-labelledby="synopsis-title">
                <h2 id="synopsis-title">{ phrase!("guide-synopsis") }</h2>
                <p lang={&lang}>{ meta.summary.clone() }</p>
                if !meta.goal.is_empty() {
                    <p><strong>{ phrase!("guide-goal") }</strong>{ " " }<span lang={&lang}>{ meta.goal.clone() }</span></p>
                }
                if !meta.skills.is_empty() {
                    <p><strong>{ phrase!("guide-skills") }</strong>{ " " }<span lang={&lang}>{ meta.skills.join(", ") }</span></p>
                }
                <p><strong>{ phrase!("guide-panel") }</strong></p>
                <ul>{ for scenario.raters().iter().map(|r| html! { <li lang={&lang}>{ r.description.clone() }</li> }) }</ul>
            </section>
            <section aria-labelledby="plan-title" class="keep">
                <h2 id="plan-title">{ phrase!("guide-plan-title", minutes = SESSION) }</h2>
                <p>{ phrase!("guide-plan-how") }</p>
                { timings(&scenario, &plan) }
            </section>
            <section aria-labelledby="map-title" class="keep">
                <h2 id="map-title">{ phrase!("guide-map") }</h2>
                <p class="hint">{ phrase!("guide-map-hint") }</p>
                { decision_map::view(&scenario, &map) }
            </section>
            <section aria-labelledby="decisions-title">
                <h2 id="decisions-title">{ phrase!("guide-decisions") }</h2>
                { for scenario.decisions().map(|(node, _)| decision_view(&scenario, &map, node, expert_path.contains(&node))) }
            </section>
            <section aria-labelledby="endings-title">
                <h2 id="endings-title">{ phrase!("guide-endings") }</h2>
                { for scenario.endings().map(|(node, ending)| {
                    let title = ending.title.clone();
                    html! {
                        <section class="guide-ending">
                            <h3>{ phrase!("guide-ending-title", label = label(&scenario, node), title = title) }</h3>
                            <div class="prose" lang={&lang}>{ prose::blocks(scenario.node(node).prose.iter().map(|p| &p.chunk)) }</div>
                        </section>
                    }
                }) }
            </section>
        </article>
    }
}

fn clock(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

fn timings(scenario: &Scenario, plan: &Rc<Vec<Slot>>) -> Html {
    html! {
        <table class="timings">
            <thead><tr><th scope="col">{ phrase!("guide-when") }</th><th scope="col">{ phrase!("guide-minutes") }</th><th scope="col">{ phrase!("guide-what") }</th></tr></thead>
            <tbody>
                { for plan.iter().map(|slot| {
                    let what = match slot.part {
                        Part::Welcome => html! { <>{ phrase!("guide-timing-welcome") }</> },
                        Part::Decision { node, round } => {
                            let ask = scenario.decision(node).map_or(String::new(), |d| d.ask.clone());
                            html! {
                                <>
                                    <strong>{ phrase!("guide-timing-decision", label = label(scenario, node), ask = ask) }</strong>
                                    { " " }{ phrase!("guide-timing-steps", seconds = round) }
                                </>
                            }
                        }
                        Part::Wrap => html! { <>{ phrase!("guide-timing-wrap") }</> },
                    };
                    html! {
                        <tr>
                            <td>{ format!("{}–{}", clock(slot.start), clock(slot.start + slot.minutes)) }</td>
                            <td>{ slot.minutes }</td>
                            <td>{ what }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

fn decision_view(scenario: &Scenario, map: &Map, node: NodeId, on_path: bool) -> Html {
    let Some(decision) = scenario.decision(node) else { return Html::default() };
    let here = map.boxes.iter().position(|b| b.node == node);
    // Where each option leads, from the map's lines (scenes folded in).
    let leads = |option: Option<usize>| -> String {
        let targets: Vec<String> = map
            .lines
            .iter()
            .filter(|l| Some(l.from) == here && (option.is_none() || l.options.contains(&option.unwrap_or(0))))
            .filter_map(|l| map.boxes.get(l.to))
            .map(|b| label(scenario, b.node))
            .collect();
        // "D3 or E2": each further target joins the list with "or".
        let mut targets = targets.into_iter();
        let first = targets.next().unwrap_or_default();
        targets.fold(first, |list, next| phrase!("guide-leads-or", list = list, next = next))
    };
    let checklist = decision.kind.is_checklist();
    let id = format!("guide-{node}");
    let lang = AttrValue::from(scenario.meta.language.clone());
    html! {
        <section class="guide-decision" aria-labelledby={id.clone()}>
            <h3 id={id}>
                { format!("{} · ", label(scenario, node)) }<span lang={&lang}>{ decision.ask.clone() }</span>
            </h3>
            <p class="guide-meta">
                <span class="badge">{ crate::components::debrief::kind(decision.kind) }</span>
                if on_path { <span class="badge plain">{ phrase!("guide-on-path") }</span> }
                if decision.confidence.is_some() { <span>{ phrase!("guide-asks-confidence") }</span> }
            </p>
            <table class="guide-options">
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{ phrase!("guide-letter") }</span></th>
                        <th scope="col">{ if checklist { phrase!("guide-item") } else { phrase!("guide-option") } }</th>
                        <th scope="col">{ if checklist { phrase!("guide-experts") } else { phrase!("guide-experts-mean") } }</th>
                        if decision.kind == DecisionKind::Pick { <th scope="col">{ phrase!("guide-leads-to") }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for decision.options.iter().enumerate().map(|(i, o)| {
                        // The weight with its sign ("+2"); the mean and spread to one decimal.
                        let weight = format!("{:+}", o.weight);
                        let experts = if !checklist {
                            phrase!(
                                "guide-expert-mean",
                                mean = phrase::Fixed(expert_mean(o), 1),
                                spread = phrase::Fixed(expert_sd(o), 1)
                            )
                        } else if o.weight > 0 {
                            phrase!("guide-matters", weight = weight)
                        } else {
                            phrase!("guide-distractor", weight = weight)
                        };
                        html! {
                            <tr>
                                <th scope="row">{ letter(i) }</th>
                                <td lang={&lang}>{ o.text.clone() }{ for o.stakeholder.clone().map(|s| html! { <span class="hint">{ format!(" · {s}") }</span> }) }</td>
                                <td>{ experts }</td>
                                if decision.kind == DecisionKind::Pick { <td>{ leads(Some(i)) }</td> }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if decision.kind != DecisionKind::Pick {
                <p class="hint">{ phrase!("guide-every-answer", target = leads(None)) }</p>
            }
            if !decision.reasoning.is_empty() {
                <h4>{ phrase!("guide-reasoning") }</h4>
                <div class="prose" lang={&lang}>{ prose::blocks(&decision.reasoning) }</div>
            }
            if !decision.discuss.is_empty() {
                <h4>{ phrase!("guide-prompts") }</h4>
                <ul class="prompts">{ for decision.discuss.iter().map(|d| html! { <li lang={&lang}>{ d.clone() }</li> }) }</ul>
            }
        </section>
    }
}
