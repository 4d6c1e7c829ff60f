//! One scenario's card in the library: what it is about, how long it takes, the skills it
//! trains, and how far the learner has got.

use yew::prelude::*;

use crate::components::progress;
use crate::hooks::use_progress::use_progress;
use site::message::Progress;

use crate::model::saved;
use crate::phrase;
use library::Listing;
use site::Place;
use site::workshop::WorkshopPlace;

/// The card for `listing`, shown to a learner whose interface is in `language`, with its
/// saved `log` if begun. `confirming` when its "Start over" waits for confirmation;
/// `on_confirm` asks for (or cancels) that; `on_restart` forgets the progress and opens the
/// scenario afresh.
pub fn view(
    listing: &'static Listing,
    language: &str,
    log: Option<&str>,
    confirming: bool,
    on_confirm: &Callback<Option<&'static str>>,
    on_restart: &Callback<String>,
) -> Html {
    let title_id = format!("card-{}", listing.id);
    let play = Place::Play(listing.id.to_string()).to_hash();
    let actions = match log {
        None => html! {
            <a class="button" href={play} aria-label={phrase!("card-play-label", title = listing.title)}>{ phrase!("card-play") }</a>
        },
        Some(_) if confirming => html! {
            <div class="confirm" role="group" aria-label={phrase!("card-restart-group", title = listing.title)}>
                <p>{ phrase!("card-restart-question") }</p>
                <button type="button" class="button danger" onclick={on_restart.reform(move |_: MouseEvent| listing.id.to_string())}>
                    { phrase!("card-restart") }
                </button>
                <button type="button" class="button secondary" onclick={on_confirm.reform(|_: MouseEvent| None)}>
                    { phrase!("card-keep") }
                </button>
            </div>
        },
        Some(_) => html! {
            <>
                <a class="button" href={play} aria-label={phrase!("card-continue-label", title = listing.title)}>{ phrase!("card-continue") }</a>
                <button type="button" class="button secondary" onclick={on_confirm.reform(move |_: MouseEvent| Some(listing.id))}
                    aria-label={phrase!("card-restart-label", title = listing.title)}>{ phrase!("card-restart") }</button>
            </>
        },
    };
    html! {
        <li class="card" key={listing.id}>
            <article aria-labelledby={title_id.clone()}>
                <p class="card-meta">
                    { for listing.level.map(|level| html! { <span class="badge">{ level_name(level) }</span> }) }
                    { for listing.minutes.map(|m| html! { <span>{ phrase!("card-minutes", minutes = m) }</span> }) }
                    if !phrase::same_language(listing.language, language) {
                        <span class="language">{ phrase!("card-language", language = phrase::language_name(listing.language)) }</span>
                    }
                </p>
                <h2 id={title_id} lang={listing.language}>{ listing.title }</h2>
                <p class="summary" lang={listing.language}>{ listing.summary }</p>
                if !listing.skills.is_empty() {
                    <ul class="skills" aria-label={phrase!("card-skills")}>
                        { for listing.skills.iter().map(|s| html! { <li lang={listing.language}>{ *s }</li> }) }
                    </ul>
                }
                if let Some(log) = log {
                    <CardProgress id={listing.id} title={listing.title} pass={listing.pass} log={log.to_string()} />
                }
                <div class="actions">
                    { actions }
                    <a href={WorkshopPlace::Presenter(listing.id.to_string()).to_hash()} aria-label={phrase!("card-workshop-label", title = listing.title)}>{ phrase!("card-workshop") }</a>
                </div>
            </article>
        </li>
    }
}

/// A scenario's level (`junior`, `mid`, `senior`, `lead`), as its badge says it.
pub fn level_name(level: &str) -> String {
    match level {
        "junior" => phrase!("level-junior"),
        "mid" => phrase!("level-mid"),
        "senior" => phrase!("level-senior"),
        "lead" => phrase!("level-lead"),
        other => other.to_string(),
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
            let text = phrase!("card-in-progress", count = saved::answered(&props.log).unwrap_or(0));
            html! { <p class="card-progress">{ text }</p> }
        }
        Some(Progress::Unusable) => {
            html! { <p class="card-progress">{ phrase!("card-unusable") }</p> }
        }
        Some(Progress::Unknown) => Html::default(),
        Some(Progress::Finished(score)) => html! {
            <>
                { progress::bar(1, 1, phrase!("card-finished", result = figures::scorecard::result(&crate::phrase::Interface, score, props.pass))) }
                <a class="card-debrief" href={Place::Debrief(props.id.to_string()).to_hash()}
                    aria-label={phrase!("card-debrief-label", title = props.title)}>{ phrase!("card-debrief") }</a>
            </>
        },
        Some(Progress::Playing { answered, expected }) => {
            progress::bar(answered, expected, phrase!("card-playing", answered = answered, expected = expected))
        }
    }
}
