//! The vote module's side of the page (`modules/vote`): a participant's phone in a live room
//! (`?broker=…&room=…#/vote/<scenario>`), a page of its own like the join module's, carrying
//! the room's transport but not the join module's solo play and codes, so a live room's join
//! link stays small.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::vote::Vote;
use crate::components::workshop::Workshop;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::live::{self, Invitation};
use site::Place;
use site::workshop::WorkshopPlace;

/// The vote module's views: a participant's phone in a live room.
pub fn views(place: &Place) -> Html {
    match place {
        Place::Vote(id) => {
            html! { <Workshop key={id.clone()} path={format!("vote/{id}")} draw={voter as fn(WorkshopPlace, Shared) -> Html} /> }
        }
        _ => Html::default(),
    }
}

/// The phone in the room the link names; a link without one says so and offers the codes.
fn voter(place: WorkshopPlace, scenario: Shared) -> Html {
    let WorkshopPlace::Vote(id) = place else { return Html::default() };
    match live::invitation(&window::search()) {
        Some(Invitation { broker, room: Some(room) }) => html! { <Vote {scenario} {broker} {room} /> },
        _ => {
            let codes = WorkshopPlace::Join { scenario: id, room: String::new() }.to_hash();
            // The link goes where the sentence places it.
            let sentence = phrase!("vote-module-no-room-text", link = phrase::marker(0));
            let link = html! { <a href={codes}>{ phrase!("vote-module-codes-link") }</a> };
            notice(
                phrase!("vote-module-no-room"),
                "alert",
                html! {
                    <p>{ phrase::with_elements(&sentence, &[link]) }</p>
                },
            )
        }
    }
}
