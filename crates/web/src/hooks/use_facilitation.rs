//! `use_facilitation`: the presenter window's presentation, which it owns. It is restored from
//! storage on opening (`site::key::workshop`), saved after every change, and
//! sent whole to the projector windows over the scenario's broadcast channel after every
//! change and whenever a projector says hello; shortcuts pressed in a projector window
//! arrive here too.

use yew::prelude::*;

use crate::hooks::use_channel::{Channel, use_channel};
use crate::hooks::window;
use crate::model::facilitation::{Change, Facilitation};
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::message::{self, Message};
use ::workshop::presentation::{self, Presentation, ReadError};

/// The length of a voting round when nothing else is chosen.
pub const ROUND: u32 = 60;

/// The presentation, with why a saved one could not be used, and the channel (for its support).
pub struct FacilitationHandle {
    pub state: UseReducerHandle<Facilitation>,
    pub notice: Option<String>,
    pub channel: Channel,
}

/// The presenter's presentation for `scenario`.
#[hook]
pub fn use_facilitation(scenario: Shared) -> FacilitationHandle {
    let notice = use_mut_ref(|| None::<String>);
    let state = {
        let (scenario, notice) = (scenario.clone(), notice.clone());
        use_reducer(move || {
            // Polls start from the clock, so a live room's ballots from an earlier run (on
            // this device or another) name polls that are over.
            let fresh =
                || Presentation { poll: (window::now() / 1000.0) as u32, ..presentation::start(&scenario, ROUND) };
            let presentation = match storage::get(&site::key::workshop(&scenario.meta.id)) {
                None => fresh(),
                Some(text) => Presentation::decode(&scenario, &text).unwrap_or_else(|why| {
                    let why = match why {
                        ReadError::NotAPresentation => phrase!("use-facilitation-not-a-session"),
                        ReadError::Field(field) => phrase!("use-facilitation-field", field = field),
                        ReadError::OtherScenario => phrase!("use-facilitation-other-version"),
                    };
                    *notice.borrow_mut() = Some(phrase!("use-facilitation-unusable", why = why));
                    fresh()
                }),
            };
            Facilitation { scenario, presentation, problem: None, announced: 0 }
        })
    };
    let on_message = {
        let (state, scenario) = (state.clone(), scenario.clone());
        Callback::from(move |text: String| match Message::decode(&scenario, &text) {
            Some(Ok(Message::Key(key))) => state.dispatch(Change::Press(key, window::now())),
            // Hello is answered below, by sending the presentation again.
            Some(Ok(Message::Hello)) => state.dispatch(Change::Announce),
            _ => {}
        })
    };
    let channel = use_channel(message::channel(&scenario.meta.id), on_message);
    {
        let channel = channel.clone();
        let id = scenario.meta.id.clone();
        use_effect_with((state.presentation.clone(), state.announced), move |(presentation, _)| {
            storage::set(&site::key::workshop(&id), &presentation.encode());
            channel.post(&Message::State(presentation.clone()).encode());
        });
    }
    let notice = notice.borrow().clone();
    FacilitationHandle { state, notice, channel }
}
