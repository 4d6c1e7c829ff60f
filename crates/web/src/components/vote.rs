//! A participant's phone in a live room (`?broker=…&room=…#/vote/<scenario>`): it shows the
//! decision the room is on and sends the answer to the presenter over the broker. The
//! answer can change until voting closes; the room's counts show once the facilitator
//! reveals them. In a named room or team mode it asks for a name first. Whatever the
//! network does, the phone says where it stands, and a link to answer with a result code
//! instead is always there. Nothing here touches the participant's own practice.

use yew::prelude::*;

use crate::components::decision::DecisionForm;
use crate::components::prose;
use crate::components::vote_chart::{letter, letters};
use crate::hooks::use_broker::Status;
use crate::hooks::use_room::use_room;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::live::{Broker, Naming, Room};
use engine::{self, Step};
use site::workshop::WorkshopPlace;

#[derive(Properties, PartialEq)]
pub struct VoteProps {
    pub scenario: Shared,
    pub broker: Broker,
    pub room: Room,
}

#[component]
pub fn Vote(props: &VoteProps) -> Html {
    let scenario = use_memo(props.scenario.clone(), Shared::quiet);
    let scenario = (*scenario).clone();
    let lang = AttrValue::from(scenario.meta.language.clone());
    let handle = use_room(scenario.clone(), Some((props.broker.clone(), props.room)));
    let naming = use_state(String::new);
    let closed = handle.state.as_ref().is_some_and(|s| s.closed);
    let status = match handle.status {
        _ if closed => phrase!("vote-status-closed"),
        Status::Connecting => phrase!("vote-status-connecting"),
        Status::Live => phrase!("vote-status-live"),
        Status::Reconnecting => phrase!("vote-status-reconnecting"),
        Status::Refused(code) => phrase!("vote-status-refused", code = code.to_string()),
    };
    // The codes' page at the app's own address (under whatever path it is served), without
    // the live room's query.
    let codes = WorkshopPlace::Join { scenario: scenario.meta.id.clone(), room: String::new() };
    let fallback = format!("{}/{}", window::origin(), codes.to_hash());
    let body = match &handle.state {
        None => html! {
            <section class="turn" aria-labelledby="turn-title">
                <h2 id="turn-title" class="turn-title">{ phrase!("vote-waiting") }</h2>
                <p>{ phrase!("vote-waiting-text") }</p>
            </section>
        },
        Some(state) if state.closed => html! {
            <section class="turn" aria-labelledby="turn-title" data-closed="">
                <h2 id="turn-title" class="turn-title">{ phrase!("vote-closed") }</h2>
                <p>{ phrase!("vote-closed-text") }</p>
            </section>
        },
        Some(state) if state.naming != Naming::Anonymous && handle.name.is_empty() => {
            let team = state.naming == Naming::Teams;
            let on_name = handle.on_name.clone();
            let typed = naming.clone();
            let on_input = Callback::from(move |event: InputEvent| {
                if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                    typed.set(input.value());
                }
            });
            let submit = {
                let naming = naming.clone();
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    let name = naming.trim().to_string();
                    if !name.is_empty() {
                        on_name.emit(name);
                    }
                })
            };
            html! {
                <section class="turn" aria-labelledby="turn-title">
                    <h2 id="turn-title" class="turn-title">{ if team { phrase!("vote-team-name-title") } else { phrase!("vote-name-title") } }</h2>
                    <p>{ if team { phrase!("vote-team-name-text") } else { phrase!("vote-name-text") } }</p>
                    <form class="name-form" onsubmit={submit}>
                        <label for="voter-name">{ if team { phrase!("vote-team-name") } else { phrase!("vote-name") } }</label>
                        <input id="voter-name" type="text" maxlength="40" autocomplete="name" value={(*naming).clone()} oninput={on_input} />
                        <button type="submit" class="button">{ phrase!("vote-join") }</button>
                    </form>
                </section>
            }
        }
        Some(state) => {
            let presentation = &state.presentation;
            match engine::replay(&scenario, &presentation.playthrough) {
                Err(_) => html! { <p role="alert">{ phrase!("vote-unfit") }</p> },
                Ok(position) => match &position.step {
                    Step::End(ending) => html! {
                        <section class="turn ending" aria-labelledby="turn-title">
                            <p class="eyebrow">{ phrase!("vote-how-it-ended") }</p>
                            <h2 id="turn-title" class="turn-title" lang={&lang}>{ ending.title.clone() }</h2>
                            <p>{ phrase!("vote-ended-text") }</p>
                        </section>
                    },
                    Step::Decide { decision, .. } => {
                        let turn = presentation.playthrough.responses.len();
                        let mine = handle.ballot.as_ref().filter(|b| b.poll == presentation.poll);
                        let answered = mine.map(|b| letters(&b.response.answer));
                        let on_respond = handle.on_vote.reform(|(response, _)| response);
                        let authored: Vec<usize> = (0..decision.options.len()).collect();
                        let passage = prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied()));
                        html! {
                            <section class="turn" key={presentation.poll} data-poll={presentation.poll.to_string()} data-turn={turn.to_string()} aria-labelledby="turn-title">
                                <h2 id="turn-title" class="turn-title">{ phrase!("vote-decision", number = turn + 1) }</h2>
                                <details class="scene-so-far">
                                    <summary>{ phrase!("vote-scene") }</summary>
                                    <div class="prose scene" lang={&lang}>{ passage }</div>
                                </details>
                                <p class="vote-state" role="status">
                                    { match (&answered, presentation.locked) {
                                        (Some(a), true) => phrase!("vote-state-closed-answered", answer = a),
                                        (None, true) => phrase!("vote-state-closed"),
                                        (Some(a), false) => phrase!("vote-state-answered", answer = a),
                                        (None, false) => phrase!("vote-state-count", count = state.voted),
                                    } }
                                </p>
                                if presentation.revealed {
                                    <h3 id="room-counts">{ phrase!("vote-room-answers") }</h3>
                                    <ul class="room-counts" aria-labelledby="room-counts">
                                        { for (0..decision.options.len()).map(|i| {
                                            let count = presentation.votes.get(i).copied().unwrap_or(0);
                                            html! { <li data-option={i.to_string()}><span class="chart-letter">{ letter(i) }</span>{ format!(" {count}") }</li> }
                                        }) }
                                    </ul>
                                }
                                if !presentation.locked {
                                    <DecisionForm key={format!("{}-{}", presentation.poll, mine.map_or(0, |b| b.seq))} scenario={scenario.clone()} node={position.node} order={authored} {turn} {on_respond} />
                                }
                            </section>
                        }
                    }
                },
            }
        }
    };
    html! {
        <article class="workshop join live session" aria-labelledby="scenario-title">
            <header class="session-head">
                <p class="eyebrow">
                    <span class="badge">{ phrase!("vote-live-room") }</span>
                    if !handle.name.is_empty() {
                        <span>{ handle.name.clone() }</span>
                    }
                </p>
                <h1 id="scenario-title" lang={&lang}>{ scenario.meta.title.clone() }</h1>
                <p class={classes!("live-status", (handle.status == Status::Live && !closed).then_some("live"))} role="status" data-status={handle.status.as_str()}>{ status }</p>
            </header>
            { body }
            <p class="fallback hint">
                { phrase!("vote-no-connection") }{ " " }
                <a href={fallback}>{ phrase!("vote-fallback") }</a>
            </p>
        </article>
    }
}
