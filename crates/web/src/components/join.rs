//! A participant's phone in workshop mode (`#/join/<scenario>[/<room>]`): the scenario
//! played decision by decision with options lettered as the projector letters them, no
//! feedback until the end (the room discusses instead), and the result code to hand in,
//! large, copyable and as a QR code: at the end, and on request at every decision.

use yew::prelude::*;

use crate::components::decision::DecisionForm;
use crate::components::notice::notice;
use crate::components::{ending, prose};
use crate::hooks::use_focus::use_focus;
use crate::hooks::use_join::use_join;
use crate::model::session::{Mode, Shared};
use crate::phrase;
use ::workshop::{code, qr};
use engine::{self, Playthrough, Step};

#[derive(Properties, PartialEq)]
pub struct JoinProps {
    pub scenario: Shared,
    /// The room's label, or empty.
    pub room: String,
}

#[component]
pub fn Join(props: &JoinProps) -> Html {
    let scenario = use_memo(props.scenario.clone(), Shared::quiet);
    let scenario = (*scenario).clone();
    let handle = use_join(scenario.clone(), props.room.clone());
    let playthrough = handle.playthrough.clone();
    let turn = playthrough.responses.len();
    use_focus(turn, Some("turn-title".to_string()));
    let Ok(position) = engine::replay(&scenario, &playthrough) else {
        let restart = handle.on_restart.reform(|_: MouseEvent| ());
        return notice(
            phrase!("join-cannot-continue"),
            "alert",
            html! { <button type="button" class="button" onclick={restart}>{ phrase!("join-start-again") }</button> },
        );
    };
    let passage = prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied()));
    let lang = AttrValue::from(scenario.meta.language.clone());
    let on_respond = handle.on_respond.reform(|(response, _rationale)| response);
    let step = match &position.step {
        Step::Decide { decision, .. } => {
            let authored: Vec<usize> = (0..decision.options.len()).collect();
            html! {
                <section class="turn" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                    <h2 id="turn-title" class="turn-title" tabindex="-1">{ phrase!("join-decision", number = turn + 1) }</h2>
                    <div class="prose scene" lang={&lang}>{ passage }</div>
                    <DecisionForm key={turn} scenario={scenario.clone()} node={position.node} order={authored} {turn} {on_respond} />
                    if turn > 0 {
                        <details class="code-so-far">
                            <summary>{ phrase!("join-my-code") }</summary>
                            { code_panel(&scenario, &playthrough, false) }
                        </details>
                    }
                </section>
            }
        }
        Step::End(end) => html! {
            <section class="turn ending" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                <p class="eyebrow">{ phrase!("join-how-it-ended") }</p>
                <h2 id="turn-title" class="turn-title" tabindex="-1"><span id="ending-title" lang={&lang}>{ end.title.clone() }</span></h2>
                { code_panel(&scenario, &playthrough, true) }
                <div class="prose scene" lang={&lang}>{ passage }</div>
                { ending::view(&scenario, &position.history, &[], Mode::Assessment, &handle.on_restart, None) }
            </section>
        },
    };
    html! {
        <article class="workshop join session" aria-labelledby="scenario-title">
            <header class="session-head">
                <p class="eyebrow">
                    <span class="badge">{ phrase!("join-workshop") }</span>
                    if !props.room.is_empty() {
                        <span>{ phrase!("join-room", room = &props.room) }</span>
                    }
                </p>
                <h1 id="scenario-title" lang={&lang}>{ scenario.meta.title.clone() }</h1>
                if turn == 0 {
                    <p class="hint">{ phrase!("join-intro") }</p>
                }
            </header>
            { step }
        </article>
    }
}

/// The participant's code for the playthrough so far, with a copy button and its QR code;
/// `last` at the end, where it is the thing to hand in.
fn code_panel(scenario: &engine::Scenario, playthrough: &Playthrough, last: bool) -> Html {
    let Ok(text) = code::encode(scenario, playthrough) else {
        return html! { <p class="problem">{ phrase!("join-too-long") }</p> };
    };
    let id = if last { "result-code" } else { "code-so-far" };
    // As `qr::svg` draws a code (upper case, for QR's compact mode), with a label in the
    // learner's language rather than its English one.
    let label = phrase!("join-qr-name", code = &text);
    let picture = qr::link_svg(&text.to_ascii_uppercase(), &label).map(|svg| Html::from_html_unchecked(svg.into()));
    html! {
        <section class={classes!("code-panel", last.then_some("final"))} aria-labelledby={format!("{id}-title")}>
            <h3 id={format!("{id}-title")}>{ if last { phrase!("join-result-code") } else { phrase!("join-code-so-far") } }</h3>
            <p class="hint">{ if last { phrase!("join-result-code-hint") } else { phrase!("join-code-so-far-hint") } }</p>
            <p class="code" id={id}>{ text.clone() }</p>
            <button type="button" class="button secondary" data-copy={id}>{ phrase!("join-copy") }</button>
            <div class="qr">{ for picture }</div>
        </section>
    }
}
