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
    let expert_path: Vec<NodeId> =
        plan.iter().filter_map(|s| if let Part::Decision { node, .. } = s.part { Some(node) } else { None }).collect();
    html! {
        <article class="workshop guide" aria-labelledby="guide-title">
            <div class="row no-print">
                <button type="button" class="button" data-print="guide" onclick={print}>{ "Print the guide" }</button>
                <a class="button secondary" href={WorkshopPlace::Presenter(meta.id.clone()).to_hash()}>{ "Facilitator mode" }</a>
            </div>
            <p class="eyebrow">{ "Facilitator guide" }</p>
            <h1 id="guide-title">{ meta.title.clone() }</h1>
            <p class="guide-meta">
                { for meta.level.map(|l| html! { <span class="badge">{ l.as_str() }</span> }) }
                { format!("{} decisions · {} endings · about {} minutes to play alone", scenario.decisions().count(), scenario.endings().count(), meta.minutes.unwrap_or(0)) }
            </p>
            <section aria-labelledby="synopsis-title">
                <h2 id="synopsis-title">{ "Synopsis" }</h2>
                <p>{ meta.summary.clone() }</p>
                if !meta.goal.is_empty() {
                    <p><strong>{ "The participants' goal: " }</strong>{ meta.goal.clone() }</p>
                }
                if !meta.skills.is_empty() {
                    <p><strong>{ "Skills: " }</strong>{ meta.skills.join(", ") }</p>
                }
                <p><strong>{ "The expert panel: " }</strong></p>
                <ul>{ for scenario.raters().iter().map(|r| html! { <li>{ r.description.clone() }</li> }) }</ul>
            </section>
            <section aria-labelledby="plan-title" class="keep">
                <h2 id="plan-title">{ format!("A {SESSION}-minute session") }</h2>
                <p>{ "Open facilitator mode on your laptop, and its projector window on the projector. Each decision: show the scene and read it out, show the question, start the timer for a show of hands (or let participants answer on their phones), reveal the room beside the experts, discuss with the prompts, then follow the majority or the branch you choose. Timings follow the experts' path; another path may have a decision more or fewer." }</p>
                { timings(&scenario, &plan) }
            </section>
            <section aria-labelledby="map-title" class="keep">
                <h2 id="map-title">{ "Decision map" }</h2>
                <p class="hint">{ "Decisions (D) and endings (E) in the order they are written; the letters on a line are the options that take it. Scenes between decisions are left out." }</p>
                { decision_map::view(&scenario, &map) }
            </section>
            <section aria-labelledby="decisions-title">
                <h2 id="decisions-title">{ "The decisions" }</h2>
                { for scenario.decisions().map(|(node, _)| decision_view(&scenario, &map, node, expert_path.contains(&node))) }
            </section>
            <section aria-labelledby="endings-title">
                <h2 id="endings-title">{ "The endings" }</h2>
                { for scenario.endings().map(|(node, ending)| {
                    let title = ending.title.clone();
                    html! {
                        <section class="guide-ending">
                            <h3>{ format!("{}: {title}", label(&scenario, node)) }</h3>
                            <div class="prose">{ prose::blocks(scenario.node(node).prose.iter().map(|p| &p.chunk)) }</div>
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
            <thead><tr><th scope="col">{ "When" }</th><th scope="col">{ "Minutes" }</th><th scope="col">{ "What" }</th></tr></thead>
            <tbody>
                { for plan.iter().map(|slot| {
                    let what = match slot.part {
                        Part::Welcome => html! { <>{ "Welcome. Set the scene and the goal; show how to join on phones; explain hands, the timer and the reveal." }</> },
                        Part::Decision { node, round } => {
                            let ask = scenario.decision(node).map_or(String::new(), |d| d.ask.clone());
                            html! { <><strong>{ format!("{}: {ask}", label(scenario, node)) }</strong>{ format!(" Read the scene, vote ({} s on the timer), reveal, discuss, follow.", round) }</> }
                        }
                        Part::Wrap => html! { <>{ "The ending and what led to it; collect participants' codes and show the room summary; one thing each person will do differently." }</> },
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
        targets.join(" or ")
    };
    let checklist = decision.kind.is_checklist();
    let id = format!("guide-{node}");
    html! {
        <section class="guide-decision" aria-labelledby={id.clone()}>
            <h3 id={id}>
                { format!("{} · {}", label(scenario, node), decision.ask) }
            </h3>
            <p class="guide-meta">
                <span class="badge">{ decision.kind.as_str() }</span>
                if on_path { <span class="badge plain">{ "on the experts' path" }</span> }
                if decision.confidence.is_some() { <span>{ "asks for confidence" }</span> }
            </p>
            <table class="guide-options">
                <thead>
                    <tr>
                        <th scope="col"><span class="visually-hidden">{ "Letter" }</span></th>
                        <th scope="col">{ if checklist { "Item" } else { "Option" } }</th>
                        <th scope="col">{ if checklist { "Experts" } else { "Experts' mean (spread)" } }</th>
                        if decision.kind == DecisionKind::Pick { <th scope="col">{ "Leads to" }</th> }
                    </tr>
                </thead>
                <tbody>
                    { for decision.options.iter().enumerate().map(|(i, o)| {
                        let experts = if checklist {
                            format!("{} ({:+})", if o.weight > 0 { "Matters" } else { "Distractor" }, o.weight)
                        } else {
                            format!("{:.1} (±{:.1})", expert_mean(o), expert_sd(o))
                        };
                        html! {
                            <tr>
                                <th scope="row">{ letter(i) }</th>
                                <td>{ o.text.clone() }{ for o.stakeholder.clone().map(|s| html! { <span class="hint">{ format!(" · {s}") }</span> }) }</td>
                                <td>{ experts }</td>
                                if decision.kind == DecisionKind::Pick { <td>{ leads(Some(i)) }</td> }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if decision.kind != DecisionKind::Pick {
                <p class="hint">{ format!("Every answer leads to {}.", leads(None)) }</p>
            }
            if !decision.reasoning.is_empty() {
                <h4>{ "The experts' reasoning" }</h4>
                <div class="prose">{ prose::blocks(&decision.reasoning) }</div>
            }
            if !decision.discuss.is_empty() {
                <h4>{ "Discussion prompts" }</h4>
                <ul class="prompts">{ for decision.discuss.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
            }
        </section>
    }
}
