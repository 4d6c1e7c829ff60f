//! `use_room`: a phone's or a projector's side of a live room. It connects to the broker the
//! link names (`use_broker`), follows the room's state (only what the presenter sealed, and
//! only newer than what it has), and, on a phone, casts its ballots: numbered from the seat
//! kept under `site::key::voter`, published retained so the presenter hears the latest again
//! after any reconnect, and counted once however often they arrive.

use yew::prelude::*;

use crate::hooks::use_broker::{Config, Status, use_broker};
use crate::hooks::window;
use crate::model::session::Shared;
use ::workshop::live::{self, Ballot, Broker, QoS, Room, Seat, State, Voter};
use engine::Response;

/// The room as a phone or projector sees it.
pub struct RoomHandle {
    pub status: Status,
    /// The latest state the presenter sealed; `None` until one is heard.
    pub state: Option<State>,
    /// The name this phone answers under.
    pub name: String,
    /// This phone's last ballot, if any.
    pub ballot: Option<Ballot>,
    /// Casts a ballot for the open poll.
    pub on_vote: Callback<Response>,
    pub on_name: Callback<String>,
}

/// The room `link` names (its broker and room); nothing connects while it is `None`.
#[hook]
pub fn use_room(scenario: Shared, link: Option<(Broker, Room)>) -> RoomHandle {
    let state = use_state(|| None::<State>);
    let room = link.as_ref().map(|(_, room)| *room);
    let key = room.map(|room| site::key::voter(&room.to_hex())).unwrap_or_default();
    let seat = {
        let key = key.clone();
        use_state(move || storage::get(&key).and_then(|t| Seat::decode(&t)))
    };
    let ballot = use_state(|| None::<Ballot>);
    let client = use_memo((), |_| window::client("jc"));
    let config = link.map(|(broker, room)| Config {
        broker,
        client: (*client).clone(),
        filters: vec![(live::state_topic(&room), QoS::AtLeastOnce)],
    });
    let on_heard = {
        let state = state.clone();
        Callback::from(move |(_, payload): (String, Vec<u8>)| {
            let (state, scenario) = (state.clone(), scenario.clone());
            let Some(room) = room else { return };
            // The seal is checked by the browser, so the phone's download carries no
            // Ed25519 code; only what the presenter sealed is ever shown.
            wasm_bindgen_futures::spawn_local(async move {
                let Some((body, seal)) = State::sealed(&payload) else { return };
                if window::verify(room.bytes(), body.as_bytes(), seal).await != Some(true) {
                    return;
                }
                let Some(heard) = State::read(&scenario, body) else { return };
                if state.as_ref().is_none_or(|s| heard.seq > s.seq) {
                    state.set(Some(heard));
                }
            });
        })
    };
    let wire = use_broker(config, on_heard);
    let status = wire.status;
    // The seat, made on first use: a phone that only watches never needs one.
    let taken = {
        let (seat, key) = (seat.clone(), key.clone());
        move |name: Option<String>| -> Option<Seat> {
            let mut taken = (*seat).clone().or_else(|| {
                let voter = Voter::from_bytes(window::random()?);
                Some(Seat { voter, seq: 0, name: String::new() })
            })?;
            if let Some(name) = name {
                taken.name = name;
            }
            storage::set(&key, &taken.encode());
            seat.set(Some(taken.clone()));
            Some(taken)
        }
    };
    let on_vote = {
        let (state, ballot, taken, seat) = (state.clone(), ballot.clone(), taken.clone(), seat.clone());
        Callback::from(move |response: Response| {
            let (Some(poll), Some(room)) = (state.as_ref().map(|s| s.presentation.poll), room) else { return };
            let Some((cast, next)) = taken(None).and_then(|seat| seat.cast(poll, response)) else { return };
            storage::set(&site::key::voter(&room.to_hex()), &next.encode());
            seat.set(Some(next));
            let topic = live::ballot_topic(&room, &cast.voter);
            wire.publish(&topic, cast.encode().into_bytes(), true);
            ballot.set(Some(cast));
        })
    };
    let on_name = Callback::from(move |name: String| {
        taken(Some(name));
    });
    let name = seat.as_ref().map(|s| s.name.clone()).unwrap_or_default();
    RoomHandle { status, state: (*state).clone(), name, ballot: (*ballot).clone(), on_vote, on_name }
}
