//! One scenario's card in the library: what it is about, how long it takes, the skills it
//! trains, and how far the learner has got.

use yew::prelude::*;

use crate::components::progress;
use crate::hooks::use_progress::use_progress;
use site::message::Progress;

use crate::model::saved;
use library::Listing;
use site::Place;
use site::workshop::WorkshopPlace;

/// The card for `listing`, with its saved `log` if begun. `confirming` when its "Start
/// over" waits for confirmation; `on_confirm` asks for (or cancels) that; `on_restart` forgets
/// the progress and opens the scenario afresh.
pub fn view(
    listing: &'static Listing,
    log: Option<&str>,
    confirming: bool,
    on_confirm: &Callback<Option<&'static str>>,
    on_restart: &Callback<String>,
) -> Html {
    let title_id = format!("card-{}", listing.id);
    let play = Place::Play(listing.id.to_string()).to_hash();
    let actions = match log {
        None => html! {
            <a class="button" href={play} aria-label={format!("Play {}", listing.title)}>{ "Play" }</a>
        },
        Some(_) if confirming => html! {
            <div class="confirm" role="group" aria-label={format!("Start {} over?", listing.title)}>
                <p>{ "Start over? Your answers so far will be cleared; your journal stays." }</p>
                <button type="button" class="button danger" onclick={on_restart.reform(move |_: MouseEvent| listing.id.to_string())}>
                    { "Start over" }
                </button>
                <button type="button" class="button secondary" onclick={on_confirm.reform(|_: MouseEvent| None)}>
                    { "Keep my progress" }
                </button>
            </div>
        },
        Some(_) => html! {
            <>
                <a class="button" href={play} aria-label={format!("Continue {}", listing.title)}>{ "Continue" }</a>
                <button type="button" class="button secondary" onclick={on_confirm.reform(move |_: MouseEvent| Some(listing.id))}
                    aria-label={format!("Start over: {}", listing.title)}>{ "Start over" }</button>
            </>
        },
    };
    html! {
        <li class="card" key={listing.id}>
            <article aria-labelledby={title_id.clone()}>
                <p class="card-meta">
                    { for listing.level.map(|level| html! { <span class="badge">{ level }</span> }) }
                    { for listing.minutes.map(|m| html! { <span>{ format!("{m} min") }</span> }) }
                </p>
                <h2 id={title_id}>{ listing.title }</h2>
                <p class="summary">{ listing.summary }</p>
                if !listing.skills.is_empty() {
                    <ul class="skills" aria-label="Skills">
                        { for listing.skills.iter().map(|s| html! { <li>{ *s }</li> }) }
                    </ul>
                }
                if let Some(log) = log {
                    <CardProgress id={listing.id} title={listing.title} pass={listing.pass} log={log.to_string()} />
                }
                <div class="actions">
                    { actions }
                    <a href={WorkshopPlace::Presenter(listing.id.to_string()).to_hash()} aria-label={format!("Run a workshop: {}", listing.title)}>{ "Run a workshop" }</a>
                </div>
            </article>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CardProgressProps {
    id: &'static str,
    title: &'static str,
    /// The scenario's pass mark.
    pass: u32,
    log: AttrValue,
}

/// How far the saved playthrough has got: at once from the log, and exactly once the play
/// module has worked it out from the scenario; a finished one links to its debrief.
#[component]
fn CardProgress(props: &CardProgressProps) -> Html {
    let progress = use_progress(props.id, props.log.clone());
    match progress {
        None => {
            let text = format!(
                "In progress: {} answered",
                figures::count(saved::answered(&props.log).unwrap_or(0), "decision")
            );
            html! { <p class="card-progress">{ text }</p> }
        }
        Some(Progress::Unusable) => {
            html! { <p class="card-progress">{ "Saved progress can’t be used: it will start afresh" }</p> }
        }
        Some(Progress::Unknown) => Html::default(),
        Some(Progress::Finished(score)) => html! {
            <>
                { progress::bar(1, 1, format!("Finished: {}", figures::scorecard::result(score, props.pass))) }
                <a class="card-debrief" href={Place::Debrief(props.id.to_string()).to_hash()}
                    aria-label={format!("See the debrief: {}", props.title)}>{ "See the debrief" }</a>
            </>
        },
        Some(Progress::Playing { answered, expected }) => {
            progress::bar(answered, expected, format!("{answered} of about {expected} decisions"))
        }
    }
}
