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

use crate::phrase;

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
                <h3>{ phrase!("room-not-counted", count = import.refused.len()) }</h3>
                <ul>
                    { for import.refused.iter().map(|r| html! {
                        <li data-number={r.number.to_string()}>
                            <strong>{ phrase!("room-refused-number", number = r.number) }</strong>{ " " }<code>{ r.code.clone() }</code>{ ": " }{ r.reason() }
                        </li>
                    }) }
                </ul>
            </div>
        }
    });

    html! {
        <section class="room" aria-labelledby="room-title" data-print-part="room">
            <p class="print-only">{ phrase!("room-print-title", title = &scenario.meta.title) }</p>
            <h2 id="room-title">{ phrase!("room-title") }</h2>
            <div class="room-paste">
                <label for="codes">{ phrase!("room-paste") }</label>
                <p class="hint" id="codes-hint">{ phrase!("room-paste-hint") }</p>
                <textarea id="codes" rows="5" aria-describedby="codes-hint" value={(*draft).clone()} oninput={on_draft} spellcheck="false" autocomplete="off" />
                <div class="row">
                    <button type="button" class="button" data-codes="add" onclick={add}>{ phrase!("room-add") }</button>
                    if !props.codes.is_empty() {
                        <button type="button" class="button secondary" data-codes="clear" onclick={clear}>{ phrase!("room-remove") }</button>
                    }
                </div>
            </div>
            <p class="counted" role="status">{ phrase!("room-counted", count = import.accepted.len()) }</p>
            { for refused }
            if summary.participants > 0 {
                { summary_view(scenario, &summary) }
                <div class="row no-print">
                    <button type="button" class="button secondary" data-export="csv" onclick={download}>{ phrase!("room-download-csv") }</button>
                    <button type="button" class="button secondary" data-export="print" onclick={print}>{ phrase!("room-print") }</button>
                </div>
                if *failed {
                    <p class="problem" role="alert">{ phrase!("room-save-failed") }</p>
                }
            }
        </section>
    }
}

/// The summary of a room with at least one participant.
fn summary_view(scenario: &Scenario, summary: &Summary) -> Html {
    let contested: Vec<&DecisionSummary> = summary.contested().into_iter().take(3).collect();
    let lang = AttrValue::from(scenario.meta.language.clone());
    html! {
        <div class="summary">
            <dl class="figures">
                <div><dt>{ phrase!("room-participants") }</dt><dd data-figure="participants">{ summary.participants }</dd></div>
                <div><dt>{ phrase!("room-average") }</dt><dd data-figure="overall">{ format!("{:.0}", summary.overall) }</dd></div>
                <div><dt>{ phrase!("room-passed", pass = scenario.meta.pass) }</dt><dd data-figure="passed">{ summary.passed }</dd></div>
            </dl>
            if !contested.is_empty() {
                <h3>{ phrase!("room-contested") }</h3>
                <ol class="contested">
                    { for contested.iter().map(|d| html! {
                        <li data-decision={scenario.node(d.node).id.clone()}>
                            <strong>{ phrase!("room-decision-title", label = label(scenario, d.node), ask = ask(scenario, d.node)) }</strong>
                            { " · " }{ phrase!("room-contested-split", percent = (d.split * 100.0).round_ties_even()) }
                        </li>
                    }) }
                </ol>
            }
            if !summary.dimensions.is_empty() {
                <h3 id="dimensions-title">{ phrase!("room-dimensions") }</h3>
                <table class="dimensions" aria-labelledby="dimensions-title">
                    <thead><tr><th scope="col">{ phrase!("room-dimension") }</th><th scope="col">{ phrase!("room-dimension-average") }</th><th scope="col">{ phrase!("room-dimension-evidence") }</th></tr></thead>
                    <tbody>
                        { for summary.dimensions.iter().map(|(name, mean, n)| html! {
                            <tr><th scope="row" lang={&lang}>{ name.clone() }</th><td>{ phrase!("room-percent", percent = (mean * 100.0).round_ties_even()) }</td><td>{ n }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <h3>{ phrase!("room-by-decision") }</h3>
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
                    Bar {
                        share,
                        label: phrase!(
                            "room-bar-picked",
                            count = c,
                            answered = summary.answered,
                            percent = (share * 100.0).round_ties_even()
                        ),
                    }
                }
                DecisionKind::Rate => {
                    let m = summary.means.get(i).copied().unwrap_or(0.0);
                    Bar { share: m / 7.0, label: phrase!("room-bar-rating", mean = phrase::Fixed(m, 1)) }
                }
                DecisionKind::Rank => {
                    let m = summary.means.get(i).copied().unwrap_or(0.0);
                    Bar {
                        share: if n > 1.0 { (n - m) / (n - 1.0) } else { 1.0 },
                        label: phrase!("room-bar-place", place = phrase::Fixed(m, 1)),
                    }
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
    let lang = AttrValue::from(scenario.meta.language.clone());
    let (answered, split) = (summary.answered, (summary.split * 100.0).round_ties_even());
    let hint = match summary.kind {
        DecisionKind::Pick => phrase!("room-hint-pick", answered = answered, percent = split),
        DecisionKind::Rate => phrase!("room-hint-rate", answered = answered, percent = split),
        DecisionKind::Rank => phrase!("room-hint-rank", answered = answered, percent = split),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            phrase!("room-hint-tick", answered = answered, percent = split)
        }
    };
    html! {
        <section class="room-decision" aria-labelledby={title_id.clone()} data-decision={scenario.node(summary.node).id.clone()}>
            <h4 id={title_id.clone()}>{ phrase!("room-decision-title", label = label(scenario, summary.node), ask = &decision.ask) }</h4>
            <p class="hint">{ hint }</p>
            { vote_chart::view(&rows, &lang, &title_id) }
        </section>
    }
}
