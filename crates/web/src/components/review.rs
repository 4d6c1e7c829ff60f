//! The review module's root: the Debrief of one scenario (`debrief/<id>`), the Profile
//! (`profile`), the Settings (`settings`), as the app's place names it when it mounts the module, or the offer of a
//! backup (`backup`) that a scenario's ending mounts.

use yew::prelude::*;

use crate::components::backup::Backup;
use crate::components::debrief::Debrief;
use crate::components::profile::Profile;
use crate::components::settings::SettingsView;
use crate::phrase;
use site::Place;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// `debrief/<id>`, `profile`, `settings` or `backup`.
    pub place: String,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    match props.place.split_once('/') {
        Some(("debrief", id)) if !id.is_empty() => html! { <Debrief key={id.to_string()} id={id.to_string()} /> },
        None if props.place == "profile" => html! { <Profile /> },
        None if props.place == "backup" => html! { <Backup /> },
        None if props.place == "settings" => html! { <SettingsView /> },
        _ => html! {
            <section class="missing" aria-labelledby="missing">
                <h1 id="missing">{ phrase!("review-nothing") }</h1>
                <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("review-back") }</a>
            </section>
        },
    }
}
