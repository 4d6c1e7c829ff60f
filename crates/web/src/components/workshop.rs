//! The workshop's root: reads its place from the path, fetches the scenario and draws the
//! place with it: in the workshop module the presenter, the projector or the facilitator
//! guide ([`views`]), in the join module a participant's view (`crate::join::views`). Each
//! module passes its own drawing, so neither links the other's views.

use yew::prelude::*;

use crate::components::guide::Guide;
use crate::components::presenter::Presenter;
use crate::components::projector::Projector;
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use crate::model::session::Shared;
use crate::phrase;
use site::Place;
use site::workshop::WorkshopPlace;

#[derive(Properties)]
pub struct WorkshopProps {
    /// The place's path, as `facilitate/first-call/projector`.
    pub path: AttrValue,
    /// Draws the place with its scenario (see [`views`]).
    pub draw: fn(WorkshopPlace, Shared) -> Html,
}

impl PartialEq for WorkshopProps {
    /// A module's drawing never changes, so the path tells props apart.
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
    }
}

/// The workshop module's views of its places (a participant's is the join module's).
pub fn views(place: WorkshopPlace, scenario: Shared) -> Html {
    match place {
        WorkshopPlace::Presenter(_) => html! { <Presenter {scenario} /> },
        WorkshopPlace::Open { secret, .. } => {
            html! { <Presenter {scenario} opening={Some(AttrValue::from(secret))} /> }
        }
        WorkshopPlace::Projector(_) => html! { <Projector {scenario} /> },
        WorkshopPlace::Guide(_) => html! { <Guide {scenario} /> },
        WorkshopPlace::Join { .. } | WorkshopPlace::Vote(_) => Html::default(),
    }
}

#[component]
pub fn Workshop(props: &WorkshopProps) -> Html {
    let place = WorkshopPlace::parse(&props.path);
    let id = place.as_ref().map_or(String::new(), |p| p.scenario().to_string());
    let loading = use_scenario(&id);
    let listing = library::listing(&id);
    let (title, lang) = (listing.map_or("", |l| l.title), listing.map(|l| l.language));
    use_title(match &place {
        Some(WorkshopPlace::Presenter(_) | WorkshopPlace::Open { .. }) => {
            phrase!("workshop-title-presenter", title = title)
        }
        Some(WorkshopPlace::Projector(_)) => phrase!("workshop-title-projector", title = title),
        Some(WorkshopPlace::Guide(_)) => phrase!("workshop-title-guide", title = title),
        Some(WorkshopPlace::Join { .. }) => phrase!("workshop-title-join", title = title),
        Some(WorkshopPlace::Vote(_)) => phrase!("workshop-title-vote", title = title),
        None => phrase!("workshop-title-not-found"),
    });
    let missing = |heading: String, text: String| {
        html! {
            <section class="workshop missing" aria-labelledby="missing">
                <h1 id="missing">{ heading }</h1>
                <p>{ text }</p>
                <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("workshop-back") }</a>
            </section>
        }
    };
    let Some(place) = place else {
        return missing(phrase!("workshop-page-not-found"), phrase!("workshop-page-not-found-text"));
    };
    let scenario = match loading {
        Loading::Ready(scenario) => scenario,
        Loading::Pending => {
            return html! { <div class="workshop loading" role="status"><h1 {lang}>{ title }</h1><p>{ phrase!("workshop-opening") }</p></div> };
        }
        Loading::Unknown => {
            return missing(phrase!("workshop-unknown"), phrase!("workshop-unknown-text", id = &id));
        }
        Loading::Failed(why) => return missing(phrase!("workshop-failed"), why.to_string()),
    };
    (props.draw)(place, scenario)
}
