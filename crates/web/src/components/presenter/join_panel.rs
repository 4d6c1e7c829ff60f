//! The presenter window's panel on joining: the room's name, the link participants open on
//! their phones (a live room's, when one is open, with the codes' link as the fallback), and
//! the buttons that choose what the projector shows.

use yew::prelude::*;

use super::on;
use crate::hooks::window;
use crate::phrase;
use ::workshop::presentation::{Action, Presentation, Screen};
use site::workshop::WorkshopPlace;

/// The panel for the workshop of scenario `id`; `live` is a live room's join link.
pub fn view(id: &str, presentation: &Presentation, live: Option<String>, act: &Callback<Action>) -> Html {
    let join_url = {
        let place = WorkshopPlace::Join { scenario: id.to_string(), room: presentation.room.clone() };
        format!("{}{}", window::base(), place.to_hash())
    };
    let on_room = {
        let act = act.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                act.emit(Action::Room(input.value()));
            }
        })
    };
    html! {
        <section class="panel-box join-panel" aria-labelledby="join-title">
            <h2 id="join-title">{ phrase!("presenter-join-title") }</h2>
            <div class="row">
                <label for="room-name">{ phrase!("presenter-room-name") }</label>
                <input id="room-name" type="text" maxlength="24" autocomplete="off" value={presentation.room.clone()} onchange={on_room} aria-describedby="room-hint" />
            </div>
            <p id="room-hint" class="hint">{ phrase!("presenter-room-name-hint") }</p>
            if let Some(live) = live {
                <p class="join-link live-join">{ phrase!("presenter-live-link") }{ " " }<a href={live.clone()} target="_blank">{ live }</a></p>
                <p class="join-link">{ phrase!("presenter-codes-link") }{ " " }<a href={join_url.clone()} target="_blank">{ join_url }</a></p>
            } else {
                <p class="join-link"><a href={join_url.clone()} target="_blank">{ join_url }</a></p>
            }
            { screens(presentation.screen, act) }
        </section>
    }
}

/// The buttons that choose what the projector shows; the one it shows now is pressed.
fn screens(shown: Screen, act: &Callback<Action>) -> Html {
    html! {
        <div class="screens" role="group" aria-labelledby="screens-label">
            <span id="screens-label" class="screens-label">{ phrase!("presenter-projector-shows") }</span>
            { for Screen::ALL.into_iter().map(|screen| {
                let name = match screen {
                    Screen::Join => phrase!("presenter-screen-join"),
                    Screen::Scene => phrase!("presenter-screen-scene"),
                    Screen::Question => phrase!("presenter-screen-question"),
                };
                let pressed = if shown == screen { "true" } else { "false" };
                html! {
                    <button type="button" class="button secondary" aria-pressed={pressed} data-screen={screen.as_str()}
                        onclick={on(act, Action::Show(screen))}>{ name }</button>
                }
            }) }
        </div>
    }
}
