//! The join module's side of the page (`modules/join`): a participant's phone in a workshop
//! (`#/join/<scenario>[/<room>]`), drawn as a page of its own like a scenario being played,
//! so a join link downloads neither the app nor the facilitator's views.

use yew::prelude::*;

use crate::components::join::Join;
use crate::components::workshop::Workshop;
use crate::model::session::Shared;
use site::Place;
use site::workshop::WorkshopPlace;

/// The join module's views: a participant's place.
pub fn views(place: &Place) -> Html {
    match place {
        Place::Join(path) => {
            html! { <Workshop key={path.clone()} path={format!("join/{path}")} draw={participant as fn(WorkshopPlace, Shared) -> Html} /> }
        }
        _ => Html::default(),
    }
}

/// A participant's view; any other workshop place is not the join module's to draw.
fn participant(place: WorkshopPlace, scenario: Shared) -> Html {
    match place {
        WorkshopPlace::Join { room, .. } => html! { <Join {scenario} {room} /> },
        _ => Html::default(),
    }
}
