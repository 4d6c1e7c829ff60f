//! `use_live`: the presenter's side of a live room. While the device hosts a room
//! (`use_host`), it connects to the broker (`use_broker`), counts every ballot it hears in
//! the room's tally (`workshop::live::Tally`, saved under `site::key::live_tally` so a reload
//! counts nothing twice) and puts the counts in the presentation; it publishes the room's
//! sealed state whenever what the room may see changes; it locks voting when the timer
//! reaches zero; and it takes a co-facilitator's newer state (and the room's naming), so two
//! devices holding the secret can run the room together. Once connected it first listens
//! for a moment ([`LISTEN`]): a room already running (opened on a co-facilitator's device, or before a
//! reload) has its state retained on the broker, and the device takes it rather than
//! replacing it with its own; it publishes nothing before, and listens again after every
//! reconnection. A state it did not seal (someone with the join link publishing on the
//! state topic) is counted as forged and overwritten at once with the room's own, so phones
//! that join later never see it.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_broker::{Config, Status, use_broker};
use crate::hooks::window;
use crate::model::facilitation::{Change, Facilitation};
use crate::model::session::Shared;
use ::workshop::live::{self, Host, QoS, Refusal, State, Tally};
use ::workshop::presentation::{Action, Presentation};
use engine::Answer;

/// How long a presenter listens for the room's retained state after connecting before it
/// publishes its own, in milliseconds.
pub const LISTEN: i32 = 1_500;

/// The live room as the presenter sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct LiveHandle {
    /// The connection, while a room is hosted.
    pub status: Option<Status>,
    /// How many participants have voted in the open poll.
    pub voted: usize,
    /// Messages dropped so far, by reason.
    pub dropped: Vec<(Refusal, u32)>,
    /// Messages waiting for the broker.
    pub waiting: usize,
    /// The open poll's answers by name, when the room asks for names (name, answer).
    pub named: Vec<(String, Answer)>,
    /// Closes the room: tells the phones (a last state, retained, so a phone that opens the
    /// link later is told too), then leaves the broker and forgets the room on this device.
    pub close: Callback<()>,
}

/// How long a closing room waits for its last state to leave before it disconnects, in ms.
const CLOSING: i32 = 300;

#[hook]
pub fn use_live(
    host: Option<Host>,
    on_host: Callback<Option<Host>>,
    state: UseReducerHandle<Facilitation>,
    now: f64,
) -> LiveHandle {
    let scenario = state.scenario.clone();
    let id = scenario.meta.id.clone();
    let tally = {
        let id = id.clone();
        use_mut_ref(move || {
            storage::get(&site::key::live_tally(&id)).and_then(|t| Tally::decode(&t)).unwrap_or_default()
        })
    };
    let heard = use_state(|| 0u32);
    // Bumped when someone else's state must be overwritten with the room's own.
    let heal = use_state(|| 0u32);
    // Whether the room's retained state has been heard, or long enough has passed without.
    let ready = use_state(|| false);
    // Ballots heard before that, to count once the room's poll is known.
    let early = use_mut_ref(Vec::<Vec<u8>>::new);
    // The latest presentation and the highest state number published or heard.
    let latest = use_mut_ref(|| state.presentation.clone());
    *latest.borrow_mut() = state.presentation.clone();
    let last = use_mut_ref(|| (0u64, None::<State>));
    // This page's client name: unique, so a co-facilitator's device never takes its place.
    let client = use_memo((), |_| window::client("jcp"));
    let config = host.as_ref().map(|host| {
        let room = host.secret.room();
        Config {
            broker: host.broker.clone(),
            client: (*client).clone(),
            filters: vec![(live::state_topic(&room), QoS::AtLeastOnce), (live::ballots_filter(&room), QoS::AtMostOnce)],
        }
    });
    let on_heard = {
        let (tally, latest, last, heard, state, host, heal, ready, early, on_host) = (
            tally.clone(),
            latest.clone(),
            last.clone(),
            heard.clone(),
            state.clone(),
            host.clone(),
            heal.clone(),
            ready.clone(),
            early.clone(),
            on_host.clone(),
        );
        Callback::from(move |(topic, payload): (String, Vec<u8>)| {
            let Some(host) = &host else { return };
            let room = host.secret.room();
            if topic == live::state_topic(&room) {
                let Some(other) = State::open(&room, &scenario, &payload) else {
                    tally.borrow_mut().refuse(Refusal::Forged);
                    heal.set(heal.wrapping_add(1));
                    return;
                };
                let mut last = last.borrow_mut();
                if other.seq > last.0 {
                    last.0 = other.seq;
                    last.1 = Some(State { seq: 0, ..other.clone() });
                    // Ballots heard before the next render count against the adopted poll.
                    latest.borrow_mut().clone_from(&other.presentation);
                    // The room's way of answering too (anonymous, named, teams).
                    if other.naming != host.naming {
                        on_host.emit(Some(Host { naming: other.naming, ..host.clone() }));
                    }
                    state.dispatch(Change::Adopt(Box::new(other.presentation)));
                }
                ready.set(true);
                return;
            }
            if !*ready {
                // The room's poll is not known yet: a retained ballot may arrive before the
                // retained state it answers.
                early.borrow_mut().push(payload);
                return;
            }
            count(&tally, &scenario, &latest.borrow(), [payload]);
            heard.set(heard.wrapping_add(1));
        })
    };
    let wire = use_broker(config, on_heard);
    let presentation = &state.presentation;
    let voted = tally.borrow().voted(presentation.poll);
    // The room's counts into the presentation, once anyone has voted in this poll.
    {
        let (tally, state) = (tally.clone(), state.clone());
        let counts = {
            let tally = tally.borrow();
            (voted > 0).then(|| (tally.votes(&state.scenario, presentation), tally.hands(presentation.poll)))
        };
        use_effect_with(counts, move |counts| {
            if let Some((votes, hands)) = counts {
                if state.presentation.votes != *votes {
                    state.dispatch(Change::Act(Action::Votes(votes.clone())));
                }
                if state.presentation.hands != *hands {
                    state.dispatch(Change::Act(Action::Hands(*hands)));
                }
            }
        });
    }
    // Connected, listen a moment for the room's retained state before publishing.
    {
        let ready = ready.clone();
        let live = wire.status == Status::Live;
        use_effect_with(live, move |live| {
            // Back from a dropped connection it listens again: a co-facilitator may have
            // moved the room on meanwhile.
            if !*live && *ready {
                ready.set(false);
            }
            let waiting = (*live && !*ready).then(|| window::after(LISTEN, move || ready.set(true))).flatten();
            move || waiting.into_iter().for_each(window::cancel)
        });
    }
    // Once ready, the ballots heard while listening are counted against the room's poll.
    {
        let (early, tally, latest, heard, scenario) =
            (early.clone(), tally.clone(), latest.clone(), heard.clone(), state.scenario.clone());
        use_effect_with(*ready, move |ready| {
            if *ready && !early.borrow().is_empty() {
                count(&tally, &scenario, &latest.borrow(), early.take());
                heard.set(heard.wrapping_add(1));
            }
        });
    }
    // The room's state, published whenever what the room may see changes, and again on
    // every (re)connection: a restarted broker has forgotten its retained messages.
    {
        let (wire, last) = (wire.clone(), last.clone());
        let shown = host.as_ref().map(|h| {
            (Rc::new(State::new(0, h.naming, u32::try_from(voted).unwrap_or(u32::MAX), presentation)), h.clone())
        });
        let connected = wire.status == Status::Live && *ready;
        let before = use_mut_ref(|| (false, 0u32));
        use_effect_with((shown, connected, *heal), move |(shown, connected, heal)| {
            let (was, healed) = before.replace((*connected, *heal));
            // Nothing goes out before the room's retained state has been heard (or long
            // enough has passed without): a co-facilitator's device, opened on a room that
            // is running, takes the room's state instead of replacing it with a fresh one.
            if !*connected {
                return;
            }
            let again = !was || *heal != healed;
            if let Some((shown, host)) = shown {
                let mut last = last.borrow_mut();
                if again || last.1.as_ref() != Some(&**shown) {
                    // A number that only grows, across reloads and co-facilitators' devices.
                    let seq = (last.0 + 1).max(window::now() as u64);
                    last.0 = seq;
                    last.1 = Some((**shown).clone());
                    let sealed = State { seq, ..(**shown).clone() }.seal(&host.secret);
                    wire.publish(&live::state_topic(&host.secret.room()), sealed.into_bytes(), true);
                }
            }
        });
    }
    // The timer locks voting when it reaches zero.
    {
        let timer = &presentation.timer;
        let expired = host.is_some() && timer.started.is_some() && timer.remaining(now) <= 0.0;
        let state = state.clone();
        use_effect_with((expired, presentation.poll), move |(expired, _)| {
            if *expired && !state.presentation.locked {
                state.dispatch(Change::Act(Action::Lock));
            }
        });
    }
    let close = {
        let (wire, last, latest, host) = (wire.clone(), last.clone(), latest.clone(), host.clone());
        let voted = u32::try_from(voted).unwrap_or(u32::MAX);
        Callback::from(move |()| {
            if let Some(host) = &host {
                let mut last = last.borrow_mut();
                let seq = (last.0 + 1).max(window::now() as u64);
                last.0 = seq;
                let closed = State { seq, closed: true, ..State::new(0, host.naming, voted, &latest.borrow()) };
                wire.publish(&live::state_topic(&host.secret.room()), closed.seal(&host.secret).into_bytes(), true);
            }
            let on_host = on_host.clone();
            window::after(CLOSING, move || on_host.emit(None));
        })
    };
    let dropped = tally.borrow().dropped().collect();
    let named = tally
        .borrow()
        .counted(presentation.poll)
        .filter(|b| !b.name.is_empty())
        .map(|b| (b.name.clone(), b.response.answer.clone()))
        .collect();
    LiveHandle { status: host.is_some().then_some(wire.status), voted, dropped, waiting: wire.waiting(), named, close }
}

/// Counts `payloads` in the tally as the room stands at `presentation`, and saves the tally
/// (under `site::key::live_tally`) when any was counted, so a reload counts nothing twice.
fn count(
    tally: &RefCell<Tally>,
    scenario: &Shared,
    presentation: &Presentation,
    payloads: impl IntoIterator<Item = Vec<u8>>,
) {
    let mut tally = tally.borrow_mut();
    let mut counted = false;
    for payload in payloads {
        counted |= tally.receive(scenario, presentation, window::now(), &payload).is_ok();
    }
    if counted {
        storage::set(&site::key::live_tally(&scenario.meta.id), &tally.encode());
    }
}
