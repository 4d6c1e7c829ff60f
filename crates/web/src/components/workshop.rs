//! The workshop module's root: reads its place from the path, fetches the scenario
//! and shows the presenter, the projector, the facilitator guide or a participant's view.

use yew::prelude::*;

use crate::components::guide::Guide;
use crate::components::join::Join;
use crate::components::presenter::Presenter;
use crate::components::projector::Projector;
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use site::Place;
use site::workshop::WorkshopPlace;

#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    /// The place's path, as `facilitate/first-call/projector`.
    pub path: AttrValue,
}

#[component]
pub fn Workshop(props: &WorkshopProps) -> Html {
    let place = WorkshopPlace::parse(&props.path);
    let id = place.as_ref().map_or(String::new(), |p| p.scenario().to_string());
    let loading = use_scenario(&id);
    let title = library::listing(&id).map_or("", |l| l.title);
    use_title(match &place {
        Some(WorkshopPlace::Presenter(_)) => format!("Facilitate {title}"),
        Some(WorkshopPlace::Projector(_)) => format!("{title} (projector)"),
        Some(WorkshopPlace::Guide(_)) => format!("Facilitator guide: {title}"),
        Some(WorkshopPlace::Join { .. }) => format!("Workshop: {title}"),
        None => "Not found".to_string(),
    });
    let missing = |heading: &'static str, text: String| {
        html! {
            <section class="workshop missing" aria-labelledby="missing">
                <h1 id="missing">{ heading }</h1>
                <p>{ text }</p>
                <a class="button secondary" href={Place::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        }
    };
    let Some(place) = place else {
        return missing("Page not found", "This workshop link is incomplete or mistyped.".to_string());
    };
    let scenario = match loading {
        Loading::Ready(scenario) => scenario,
        Loading::Pending => {
            return html! { <div class="workshop loading" role="status"><h1>{ title }</h1><p>{ "Opening the scenario…" }</p></div> };
        }
        Loading::Unknown => {
            return missing(
                "Scenario not found",
                format!(
                    "There is no scenario called “{id}” in this library. The link may be mistyped, or the scenario may have been retired."
                ),
            );
        }
        Loading::Failed(why) => return missing("The scenario could not be opened", why.to_string()),
    };
    match place {
        WorkshopPlace::Presenter(_) => html! { <Presenter {scenario} /> },
        WorkshopPlace::Projector(_) => html! { <Projector {scenario} /> },
        WorkshopPlace::Guide(_) => html! { <Guide {scenario} /> },
        WorkshopPlace::Join { room, .. } => html! { <Join {scenario} {room} /> },
    }
}
