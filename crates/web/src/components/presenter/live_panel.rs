//! The presenter window's live room: where phones vote over a message broker instead of
//! hands and codes. Before a room is open it asks for the broker (the address `judgement-call
//! room` prints, or an organisation's `wss://` broker, with a user name and password where
//! the broker asks for them); once open it says whether the room is connected, how many have
//! voted and what was dropped, lets the facilitator close voting or ask for names, and gives
//! the links for a projector or a co-facilitator on another device. Hand counts and codes
//! stay available whatever happens here.

use yew::prelude::*;

use crate::components::vote_chart::letters;
use crate::hooks::use_broker::Status;
use crate::hooks::use_live::LiveHandle;
use crate::hooks::window;
use crate::phrase;
use ::workshop::live::{self, Broker, BrokerError, Host, Naming, Refusal, Secret};
use ::workshop::presentation::{Action, Presentation};

#[derive(Properties, PartialEq)]
pub struct LivePanelProps {
    pub id: AttrValue,
    pub host: Option<Host>,
    pub live: LiveHandle,
    pub presentation: Presentation,
    pub on_host: Callback<Option<Host>>,
    pub act: Callback<Action>,
}

#[component]
pub fn LivePanel(props: &LivePanelProps) -> Html {
    let form = use_state(Broker::default);
    let problem = use_state(|| None::<String>);
    let Some(host) = &props.host else {
        let field = |name: &'static str| {
            let form = form.clone();
            Callback::from(move |event: InputEvent| {
                let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
                let mut next = (*form).clone();
                let value = input.value();
                match name {
                    "url" => next.url = value,
                    "user" => next.user = value,
                    _ => next.password = value,
                }
                form.set(next);
            })
        };
        let open = {
            let (form, problem, on_host) = (form.clone(), problem.clone(), props.on_host.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                let broker = Broker { url: form.url.trim().to_string(), ..(*form).clone() };
                if let Err(why) = broker.check(window::https()) {
                    let why = match why {
                        BrokerError::NotWebSocket => phrase!("presenter-broker-not-websocket"),
                        BrokerError::Insecure => phrase!("presenter-broker-insecure"),
                    };
                    problem.set(Some(phrase!("presenter-broker-refused-address", why = why)));
                    return;
                }
                let Some(bytes) = window::random() else {
                    problem.set(Some(phrase!("presenter-no-random")));
                    return;
                };
                problem.set(None);
                on_host.emit(Some(Host { secret: Secret::from_bytes(bytes), broker, naming: Naming::Anonymous }));
            })
        };
        return html! {
            <section class="panel-box live-panel" aria-labelledby="live-title">
                <h2 id="live-title">{ phrase!("presenter-live-intro-title") }</h2>
                <p class="hint">{ phrase::with_elements(
                    &phrase!("presenter-live-intro", command = phrase::marker(0)),
                    &[html! { <code>{ "judgement-call room" }</code> }],
                ) }</p>
                <form class="broker-form" onsubmit={open}>
                    <label for="broker-url">{ phrase!("presenter-broker-url") }</label>
                    <input id="broker-url" type="text" inputmode="url" autocomplete="off" spellcheck="false" placeholder="wss://broker.example.org/mqtt" value={form.url.clone()} oninput={field("url")} aria-describedby="broker-hint" />
                    <p id="broker-hint" class="hint">{ phrase!("presenter-broker-url-hint") }</p>
                    <label for="broker-user">{ phrase!("presenter-broker-user") }</label>
                    <input id="broker-user" type="text" autocomplete="off" value={form.user.clone()} oninput={field("user")} />
                    <label for="broker-password">{ phrase!("presenter-broker-password") }</label>
                    <input id="broker-password" type="password" autocomplete="off" value={form.password.clone()} oninput={field("password")} />
                    <p class="hint">{ phrase!("presenter-broker-credentials") }</p>
                    <button type="submit" class="button">{ phrase!("presenter-open-room") }</button>
                </form>
                <p class="problem" role="alert">{ (*problem).clone().unwrap_or_default() }</p>
            </section>
        };
    };
    let live = &props.live;
    let presentation = &props.presentation;
    let room = host.secret.room();
    let origin = window::origin();
    let projector = live::projector_link(&origin, &host.broker, &props.id, &room);
    let cofacilitator = live::presenter_link(&origin, &host.broker, &props.id, &host.secret);
    let status = match live.status {
        Some(Status::Live) => phrase!("presenter-live-connected"),
        Some(Status::Reconnecting) => phrase!("presenter-live-reconnecting"),
        Some(Status::Refused(4)) => phrase!("presenter-live-refused-login"),
        Some(Status::Refused(code)) => phrase!("presenter-live-refused", code = code.to_string()),
        Some(Status::Connecting) | None => phrase!("presenter-live-connecting"),
    };
    let naming = {
        let (on_host, host) = (props.on_host.clone(), host.clone());
        Callback::from(move |event: Event| {
            let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            if let Some(naming) = Naming::parse(&select.value()) {
                on_host.emit(Some(Host { naming, ..host.clone() }));
            }
        })
    };
    let close = live.close.reform(|_: MouseEvent| ());
    let lock = if presentation.locked { Action::Unlock } else { Action::Lock };
    let dropped: Vec<String> = live
        .dropped
        .iter()
        .map(|(why, n)| phrase!("presenter-dropped-item", count = *n, reason = refusal(*why)))
        .collect();
    html! {
        <section class="panel-box live-panel" aria-labelledby="live-title">
            <h2 id="live-title">{ phrase!("presenter-live-title") }</h2>
            <p class={classes!("live-status", (live.status == Some(Status::Live)).then_some("live"))} role="status"
                data-status={live.status.unwrap_or(Status::Connecting).as_str()}>
                { status }
            </p>
            <p class="live-count" data-voted={live.voted.to_string()} data-poll={presentation.poll.to_string()}>
                { match (live.voted, presentation.locked) {
                    (n, true) => phrase!("presenter-live-voted-closed", count = n),
                    (n, false) => phrase!("presenter-live-voted", count = n),
                } }
            </p>
            <div class="row">
                <button type="button" class="button secondary" data-live="lock" onclick={props.act.reform(move |_: MouseEvent| lock.clone())}>
                    { if presentation.locked { phrase!("presenter-reopen-voting") } else { phrase!("presenter-close-voting") } }
                </button>
                <label for="live-naming">{ phrase!("presenter-naming") }</label>
                <select id="live-naming" onchange={naming}>
                    { for Naming::ALL.into_iter().map(|n| html! {
                        <option value={n.as_str()} selected={n == host.naming}>{ match n {
                            Naming::Anonymous => phrase!("presenter-naming-anonymous"),
                            Naming::Named => phrase!("presenter-naming-named"),
                            Naming::Teams => phrase!("presenter-naming-teams"),
                        } }</option>
                    }) }
                </select>
            </div>
            if host.naming != Naming::Anonymous && !live.named.is_empty() {
                <details class="live-names">
                    <summary>{ if host.naming == Naming::Teams { phrase!("presenter-answers-by-table") } else { phrase!("presenter-answers-by-name") } }</summary>
                    <ul>
                        { for live.named.iter().map(|(name, answer)| html! { <li>{ phrase!("presenter-named-answer", name = name, answer = letters(answer)) }</li> }) }
                    </ul>
                </details>
            }
            if !dropped.is_empty() {
                <p class="hint live-dropped">{ phrase!("presenter-dropped", list = dropped.join(", ")) }</p>
            }
            <details>
                <summary>{ phrase!("presenter-other-devices") }</summary>
                <p>{ phrase!("presenter-remote-projector") }{ " " }<a href={projector.clone()} target="_blank">{ projector }</a></p>
                <p>{ phrase!("presenter-cofacilitator") }</p>
                <p class="secret-link"><code>{ cofacilitator }</code></p>
            </details>
            <button type="button" class="button secondary" data-live="close" onclick={close}>{ phrase!("presenter-close-room") }</button>
        </section>
    }
}

/// Why the room refused a message, in a few words for the presenter.
fn refusal(why: Refusal) -> String {
    match why {
        Refusal::Malformed => phrase!("refusal-malformed"),
        Refusal::Forged => phrase!("refusal-forged"),
        Refusal::Replayed => phrase!("refusal-repeated"),
        Refusal::Late => phrase!("refusal-late"),
        Refusal::Locked => phrase!("refusal-locked"),
        Refusal::Unfit => phrase!("refusal-unfit"),
        Refusal::Flood => phrase!("refusal-flood"),
        Refusal::Full => phrase!("refusal-full"),
    }
}
