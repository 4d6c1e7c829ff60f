//! The room summary, in facilitator mode: participants' codes pasted many at once, each one
//! that cannot be counted listed with its reason (nothing else is affected), then the room:
//! the average score, each decision's answers beside the experts' view, the dimension
//! averages and the most contested decisions. It downloads as CSV and prints on its own.

use yew::prelude::*;

use crate::components::decision_map::label;
use crate::components::presenter::{Imported, Studied};
use crate::components::vote_chart::{self, Bar, Row};
use crate::hooks::window;
use crate::model::session::Shared;
use ::workshop::room::{self, DecisionSummary, Summary};
use engine::scenario::{DecisionKind, NodeId};
use engine::{Playthrough, Scenario};
use figures::count;

#[derive(Properties, PartialEq)]
pub struct RoomPanelProps {
    pub scenario: Shared,
    pub analysis: Studied,
    /// Every code pasted so far, as pasted.
    pub codes: String,
    /// Those codes, read.
    pub import: Imported,
    /// Replaces the pasted codes (and saves them).
    pub on_codes: Callback<String>,
}

#[component]
pub fn RoomPanel(props: &RoomPanelProps) -> Html {
    let draft = use_state(String::new);
    let failed = use_state(|| false);
    let scenario = &props.scenario;
    let import = &props.import.0;
    let playthroughs: Vec<Playthrough> = import.accepted.iter().map(|a| a.playthrough.clone()).collect();
    let summary = room::summarise(scenario, &props.analysis.0, &playthroughs);

    let on_draft = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                draft.set(area.value());
            }
        })
    };
    let add = {
        let (draft, codes, on_codes) = (draft.clone(), props.codes.clone(), props.on_codes.clone());
        Callback::from(move |_: MouseEvent| {
            if draft.trim().is_empty() {
                return;
            }
            let joined = if codes.trim().is_empty() {
                draft.trim().to_string()
            } else {
                format!("{}\n{}", codes.trim_end(), draft.trim())
            };
            on_codes.emit(joined);
            draft.set(String::new());
        })
    };
    let clear = props.on_codes.reform(|_: MouseEvent| String::new());
    let csv = room::csv(scenario, &summary);
    let download = {
        let (failed, name) = (failed.clone(), format!("{}-room.csv", scenario.meta.id));
        Callback::from(move |_: MouseEvent| failed.set(!window::download(&name, "text/csv", &csv)))
    };
    let print = Callback::from(|_: MouseEvent| window::print("room"));

    let refused = (!import.refused.is_empty()).then(|| {
        html! {
            <div class="refused" role="status">
                <h3>{ format!("{} not counted", count(import.refused.len(), "code")) }</h3>
                <ul>
                    { for import.refused.iter().map(|r| html! {
                        <li data-number={r.number.to_string()}>
                            <strong>{ format!("Number {}", r.number) }</strong>{ " " }<code>{ r.code.clone() }</code>{ ": " }{ r.reason() }
                        </li>
                    }) }
                </ul>
            </div>
        }
    });

    html! {
        <section class="room" aria-labelledby="room-title" data-print-part="room">
            <p class="print-only">{ format!("Judgement Call · {} · room summary", scenario.meta.title) }</p>
            <h2 id="room-title">{ "The room: participants' codes and summary" }</h2>
            <div class="room-paste">
                <label for="codes">{ "Paste participants' codes" }</label>
                <p class="hint" id="codes-hint">{ "As many as you like at once, one per line or separated by spaces or commas. Each is checked on its own." }</p>
                <textarea id="codes" rows="5" aria-describedby="codes-hint" value={(*draft).clone()} oninput={on_draft} spellcheck="false" autocomplete="off" />
                <div class="row">
                    <button type="button" class="button" data-codes="add" onclick={add}>{ "Add these codes" }</button>
                    if !props.codes.is_empty() {
                        <button type="button" class="button secondary" data-codes="clear" onclick={clear}>{ "Remove every code" }</button>
                    }
                </div>
            </div>
            <p class="counted" role="status">{ format!("{} counted", count(import.accepted.len(), "code")) }</p>
            { for refused }
            if summary.participants > 0 {
                { summary_view(scenario, &summary) }
                <div class="row no-print">
                    <button type="button" class="button secondary" data-export="csv" onclick={download}>{ "Download CSV" }</button>
                    <button type="button" class="button secondary" data-export="print" onclick={print}>{ "Print the summary" }</button>
                </div>
                if *failed {
                    <p class="problem" role="alert">{ "This browser would not save the file." }</p>
                }
            }
        </section>
    }
}

/// The summary of a room with at least one participant.
fn summary_view(scenario: &Scenario, summary: &Summary) -> Html {
    let contested: Vec<&DecisionSummary> = summary.contested().into_iter().take(3).collect();
    html! {
        <div class="summary">
            <dl class="figures">
                <div><dt>{ "Participants" }</dt><dd data-figure="participants">{ summary.participants }</dd></div>
                <div><dt>{ "Average score" }</dt><dd data-figure="overall">{ format!("{:.0}", summary.overall) }</dd></div>
                <div><dt>{ format!("Passed ({} or more)", scenario.meta.pass) }</dt><dd data-figure="passed">{ summary.passed }</dd></div>
            </dl>
            if !contested.is_empty() {
                <h3>{ "Most contested decisions" }</h3>
                <ol class="contested">
                    { for contested.iter().map(|d| html! {
                        <li data-decision={scenario.node(d.node).id.clone()}>
                            <strong>{ format!("{}: {}", label(scenario, d.node), ask(scenario, d.node)) }</strong>
                            { format!(" · split {:.0}%", d.split * 100.0) }
                        </li>
                    }) }
                </ol>
            }
            if !summary.dimensions.is_empty() {
                <h3 id="dimensions-title">{ "Dimension averages" }</h3>
                <table class="dimensions" aria-labelledby="dimensions-title">
                    <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Room average" }</th><th scope="col">{ "With evidence" }</th></tr></thead>
                    <tbody>
                        { for summary.dimensions.iter().map(|(name, mean, n)| html! {
                            <tr><th scope="row">{ name.clone() }</th><td>{ format!("{:.0}%", mean * 100.0) }</td><td>{ n }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h3>{ "Decision by decision" }</h3>
            { for summary.decisions.iter().filter(|d| d.answered > 0).map(|d| decision_view(scenario, d)) }
        </div>
    }
}

fn ask(scenario: &Scenario, node: NodeId) -> &str {
    scenario.decision(node).map_or("", |d| d.ask.as_str())
}

fn decision_view(scenario: &Scenario, summary: &DecisionSummary) -> Html {
    let Some(decision) = scenario.decision(summary.node) else {
        return Html::default();
    };
    let answered = summary.answered as f64;
    let n = decision.options.len() as f64;
    let rows: Vec<Row> = decision
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let room = match summary.kind {
                DecisionKind::Pick | DecisionKind::Considerations | DecisionKind::Pivot => {
                    let c = summary.counts.get(i).copied().unwrap_or(0);
                    let share = c as f64 / answered.max(1.0);
                    Bar { share, label: format!("{c} of {}, {:.0}%", summary.answered, share * 100.0) }
                }
                DecisionKind::Rate => {
                    let m = summary.means.get(i).copied().unwrap_or(0.0);
                    Bar { share: m / 7.0, label: format!("{m:.1} of 7") }
                }
                DecisionKind::Rank => {
                    let m = summary.means.get(i).copied().unwrap_or(0.0);
                    Bar { share: if n > 1.0 { (n - m) / (n - 1.0) } else { 1.0 }, label: format!("place {m:.1}") }
                }
            };
            Row {
                text: option.text.clone(),
                room: Some(room),
                experts: vote_chart::experts(decision, i),
                best: vote_chart::best(decision, i),
            }
        })
        .collect();
    let title_id = format!("room-{}", summary.node);
    let what = match summary.kind {
        DecisionKind::Pick => "who picked each option",
        DecisionKind::Rate => "the room's mean rating of each option",
        DecisionKind::Rank => "the room's mean place for each option (1 is first)",
        DecisionKind::Considerations | DecisionKind::Pivot => "who ticked each item",
    };
    html! {
        <section class="room-decision" aria-labelledby={title_id.clone()} data-decision={scenario.node(summary.node).id.clone()}>
            <h4 id={title_id.clone()}>{ format!("{}: {}", label(scenario, summary.node), decision.ask) }</h4>
            <p class="hint">{ format!("{} answered · {what} · split {:.0}%", summary.answered, summary.split * 100.0) }</p>
            { vote_chart::view(&rows, &title_id) }
        </section>
    }
}
