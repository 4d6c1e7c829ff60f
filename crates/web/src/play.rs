//! The play module's side of the page (`modules/play`): the views it draws, a scenario
//! being played, and the library's card progress, which needs the engine's rules of play
//! that the app leaves to this module.

use yew::prelude::*;

use crate::components::play::Play;
use crate::hooks::use_scenario::{self, Loading};
use crate::model::saved;
use site::Place;

/// The play module's views: a scenario's place.
pub fn views(place: &Place) -> Html {
    match place {
        Place::Play(id) => html! { <Play key={id.clone()} id={id.clone()} /> },
        _ => Html::default(),
    }
}

/// How far the saved `log` of the built-in scenario `id` has got, in the text form of
/// [`site::message::Progress`]; `None` when the scenario cannot be had.
pub async fn progress(id: &str, log: &str) -> Option<String> {
    match use_scenario::scenario(id).await {
        Loading::Ready(scenario) => Some(saved::progress(&scenario, log).encode()),
        _ => None,
    }
}
