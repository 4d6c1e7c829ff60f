//! The play module's side of the page (`modules/play`): the views it draws, a scenario
//! being played, and the library's card progress, which needs the engine's rules of play
//! that the app leaves to this module.

use yew::prelude::*;

use crate::components::play::Play;
use crate::hooks::use_scenario::{self, Loading};
use crate::model::saved::Progress;
use crate::route::Route;

/// The play module's views: a scenario's route.
pub fn views(route: &Route) -> Html {
    match route {
        Route::Play(id) => html! { <Play key={id.clone()} id={id.clone()} /> },
        _ => Html::default(),
    }
}

/// How far the saved `log` of the built-in scenario `id` has got, as [`Progress::encode`]
/// numbers; `None` when the scenario cannot be had.
pub async fn progress(id: &str, log: &str) -> Option<Vec<f64>> {
    match use_scenario::scenario(id).await {
        Loading::Ready(scenario) => Some(Progress::of(&scenario, log).encode()),
        _ => None,
    }
}
