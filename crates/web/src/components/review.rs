//! The review module's root: the Debrief of one scenario (`debrief/<id>`), the Profile
//! (`profile`), as the app's place names it when it mounts the module, or the offer of a
//! backup (`backup`) that a scenario's ending mounts.

use yew::prelude::*;

use crate::components::backup::Backup;
use crate::components::debrief::Debrief;
use crate::components::profile::Profile;
use site::Place;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    /// `debrief/<id>`, `profile` or `backup`.
    pub place: String,
}

#[component]
pub fn Review(props: &ReviewProps) -> Html {
    match props.place.split_once('/') {
        Some(("debrief", id)) if !id.is_empty() => html! { <Debrief key={id.to_string()} id={id.to_string()} /> },
        None if props.place == "profile" => html! { <Profile /> },
        None if props.place == "backup" => html! { <Backup /> },
        _ => html! {
            <section class="missing" aria-labelledby="missing">
                <h1 id="missing">{ "Nothing to show here" }</h1>
                <a class="button secondary" href={Place::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        },
    }
}
