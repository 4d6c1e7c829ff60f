//! The play view for a built-in scenario: fetches it, then hands it to a [`Playing`].

use yew::prelude::*;

use crate::components::playing::Playing;
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use crate::phrase;
use site::Place;

#[derive(Properties, PartialEq)]
pub struct PlayProps {
    pub id: AttrValue,
}

#[component]
pub fn Play(props: &PlayProps) -> Html {
    let loading = use_scenario(&props.id);
    let listing = library::listing(&props.id);
    use_title(listing.map(|l| l.title.to_string()).unwrap_or_default());
    let back = html! { <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("play-back") }</a> };
    match loading {
        Loading::Pending => html! {
            <div class="loading" role="status">
                <h1 lang={listing.map(|l| l.language)}>{ listing.map(|l| l.title).unwrap_or_default() }</h1>
                <p>{ phrase!("play-opening") }</p>
            </div>
        },
        Loading::Ready(scenario) => html! { <Playing {scenario} persist=true /> },
        Loading::Unknown => html! {
            <section class="missing" aria-labelledby="missing">
                <h1 id="missing">{ phrase!("play-missing-title") }</h1>
                <p>{ phrase!("play-missing", id = props.id.as_str()) }</p>
                { back }
            </section>
        },
        Loading::Failed(why) => html! {
            <section class="missing" aria-labelledby="failed">
                <h1 id="failed">{ phrase!("play-failed-title") }</h1>
                <p>{ why }</p>
                { back }
            </section>
        },
    }
}
