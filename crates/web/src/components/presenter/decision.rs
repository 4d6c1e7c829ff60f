//! The presenter window's current decision: the question, the options with the room's hands,
//! counting participants' codes as the votes, the room's confidence, the reveal, and which
//! branch the room follows.

use yew::prelude::*;

use super::{on, votes};
use crate::components::decision_map::label;
use crate::hooks::window;
use crate::model::facilitation::Change;
use crate::phrase;
use ::workshop::message::Key;
use ::workshop::presentation::{Action, Follow, Lead, Presentation, leads, votes_from};
use ::workshop::room::Import;
use engine::scenario::{Decision, DecisionKind, NodeId};
use engine::{Playthrough, Position, Scenario};

/// The section for `decision`, where the room stands at `position`.
pub fn view(
    scenario: &Scenario,
    presentation: &Presentation,
    position: &Position<'_>,
    decision: &Decision,
    import: &Import,
    change: &Callback<Change>,
) -> Html {
    let act = change.reform(Change::Act);
    let kind = decision.kind;
    let turn = presentation.playthrough.responses.len();
    let lead_list = leads(scenario, &presentation.playthrough);
    let total: u32 = presentation.votes.iter().sum();
    let lang = AttrValue::from(scenario.meta.language.clone());
    let rows = decision.options.iter().enumerate().map(|(i, option)| {
        let lead = if kind == DecisionKind::Pick { lead_list.get(i).map(|l| lead_text(scenario, l)) } else { None };
        votes::row(decision, i, option, &lang, lead, presentation, &act)
    });
    let onward = lead_list.first().map(|l| lead_text(scenario, l)).unwrap_or_default();
    // As the R shortcut: revealing also puts the question on the projector.
    let reveal = change.reform(|_: MouseEvent| Change::Press(Key::Reveal, window::now()));
    html! {
        <section class="current" aria-labelledby="current-title" data-turn={turn.to_string()} data-decision={scenario.node(position.node).id.clone()}>
            <p class="eyebrow">{ phrase!("presenter-decision-eyebrow", number = turn + 1, label = label(scenario, position.node), kind = crate::components::debrief::kind(kind)) }</p>
            <h2 id="current-title" class="current-ask" lang={&lang}>{ decision.ask.clone() }</h2>
            <p class="hint">{ vote_question(kind) }</p>
            <ol class="vote-list" aria-label={phrase!("presenter-vote-list")}>{ for rows }</ol>
            <p class="total">{ phrase!("presenter-hands-counted", count = total) }</p>
            if !import.accepted.is_empty() {
                { from_codes(scenario, position.node, import, &act) }
            }
            { for decision.confidence.as_ref().map(|_| votes::hands(presentation.hands, &act)) }
            <div class="row">
                if presentation.revealed {
                    <button type="button" class="button secondary" data-reveal="hide" onclick={reveal.clone()}>{ phrase!("presenter-hide-votes") }</button>
                } else {
                    <button type="button" class="button" data-reveal="show" onclick={reveal}>{ phrase!("presenter-reveal-votes") }</button>
                }
            </div>
            { follow(kind, &onward, &act) }
        </section>
    }
}

/// Where `lead` goes, as the presenter reads it: the guide's label and the question or title.
fn lead_text(scenario: &Scenario, lead: &Lead) -> String {
    match *lead {
        Lead::Decision(node) => {
            let ask = scenario.decision(node).map_or("", |d| d.ask.as_str());
            phrase!("presenter-lead-decision", label = label(scenario, node), ask = ask)
        }
        Lead::Ending(node) => {
            let title = scenario.ending(node).map_or("", |e| e.title.as_str());
            phrase!("presenter-lead-ending", label = label(scenario, node), title = title)
        }
    }
}

/// What the room is asked to raise their hands for, by the kind of decision.
fn vote_question(kind: DecisionKind) -> String {
    match kind {
        DecisionKind::Pick => phrase!("presenter-hands-pick"),
        DecisionKind::Rate => phrase!("presenter-hands-rate"),
        DecisionKind::Rank => phrase!("presenter-hands-rank"),
        DecisionKind::Considerations => phrase!("presenter-hands-considerations"),
        DecisionKind::Pivot => phrase!("presenter-hands-pivot"),
    }
}

/// The button that counts participants' accepted codes as the votes at decision `node`, with
/// how many of them reached it.
fn from_codes(scenario: &Scenario, node: NodeId, import: &Import, act: &Callback<Action>) -> Html {
    let accepted: Vec<Playthrough> = import.accepted.iter().map(|a| a.playthrough.clone()).collect();
    let reached = accepted
        .iter()
        .filter(|p| engine::replay(scenario, p).is_ok_and(|pos| pos.history.iter().any(|a| a.decision == node)))
        .count() as u32;
    html! {
        <p class="row">
            <button type="button" class="button secondary" data-votes="codes" onclick={on(act, Action::Votes(votes_from(scenario, node, &accepted)))}>
                { phrase!("presenter-count-codes") }
            </button>
            <span class="hint">{ phrase!("presenter-codes-reached", reached = reached, total = import.accepted.len()) }</span>
        </p>
    }
}

/// How the story goes on: for a pick, the majority's option or both top choices in turn;
/// otherwise on to `onward`, with the experts' answer.
fn follow(kind: DecisionKind, onward: &str, act: &Callback<Action>) -> Html {
    if kind == DecisionKind::Pick {
        html! {
            <div class="row follow">
                <button type="button" class="button" data-follow="majority" onclick={on(act, Action::Follow(Follow::Majority))}>{ phrase!("presenter-follow-majority") }</button>
                <button type="button" class="button secondary" data-follow="both" onclick={on(act, Action::Follow(Follow::BothInTurn))}>{ phrase!("presenter-follow-both") }</button>
            </div>
        }
    } else {
        html! {
            <div class="row follow">
                <button type="button" class="button" data-follow="majority" onclick={on(act, Action::Follow(Follow::Majority))}>{ phrase!("presenter-move-on") }</button>
                <span class="hint">{ phrase!("presenter-every-answer", target = onward) }</span>
            </div>
        }
    }
}
