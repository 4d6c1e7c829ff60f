//! One scenario's card in the library: what it is about, how long it takes, the skills it
//! trains, and how far the learner has got.

use yew::prelude::*;

use crate::engine::{self, Step, score};
use crate::library::Listing;
use crate::ui::components::progress;
use crate::ui::hooks::use_scenario::{Loading, use_scenario};
use crate::ui::model::saved::{self, Restored};
use crate::ui::model::session;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub listing: &'static Listing,
    /// The saved progress log, when the learner has begun.
    pub log: Option<AttrValue>,
    /// Forgets the progress and opens the scenario afresh.
    pub on_restart: Callback<String>,
}

#[component]
pub fn Card(props: &CardProps) -> Html {
    let listing = props.listing;
    let confirming = use_state(|| false);
    let title_id = format!("card-{}", listing.id);
    let play = Route::Play(listing.id.to_string()).to_hash();
    let actions = match &props.log {
        None => html! {
            <a class="button" href={play} aria-label={format!("Play {}", listing.title)}>{ "Play" }</a>
        },
        Some(_) if *confirming => {
            let on_restart = props.on_restart.clone();
            let id = listing.id.to_string();
            let confirm = Callback::from(move |_: MouseEvent| on_restart.emit(id.clone()));
            let cancel = {
                let confirming = confirming.clone();
                Callback::from(move |_: MouseEvent| confirming.set(false))
            };
            html! {
                <div class="confirm" role="group" aria-label={format!("Start {} over?", listing.title)}>
                    <p>{ "Start over? Your answers so far will be cleared; your journal stays." }</p>
                    <button type="button" class="button danger" onclick={confirm}>{ "Start over" }</button>
                    <button type="button" class="button secondary" onclick={cancel}>{ "Keep my progress" }</button>
                </div>
            }
        }
        Some(_) => {
            let ask = {
                let confirming = confirming.clone();
                Callback::from(move |_: MouseEvent| confirming.set(true))
            };
            html! {
                <>
                    <a class="button" href={play} aria-label={format!("Continue {}", listing.title)}>{ "Continue" }</a>
                    <button type="button" class="button secondary" onclick={ask}
                        aria-label={format!("Start {} over", listing.title)}>{ "Start over" }</button>
                </>
            }
        }
    };
    html! {
        <li class="card">
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
                if let Some(log) = &props.log {
                    <CardProgress id={listing.id} log={log.clone()} />
                }
                <div class="actions">{ actions }</div>
            </article>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct CardProgressProps {
    id: &'static str,
    log: AttrValue,
}

/// How far the saved playthrough has got: at once from the log, and exactly once the
/// scenario has been fetched.
#[component]
fn CardProgress(props: &CardProgressProps) -> Html {
    let loading = use_scenario(props.id);
    let answered = saved::answered(&props.log).unwrap_or(0);
    let Loading::Ready(scenario) = loading else {
        let text = match answered {
            1 => "In progress: 1 decision answered".to_string(),
            n => format!("In progress: {n} decisions answered"),
        };
        return html! { <p class="card-progress">{ text }</p> };
    };
    let Restored::Resumed(playthrough) = saved::restore(&scenario, Some(&props.log)) else {
        return html! { <p class="card-progress">{ "Saved progress can’t be used: it will start afresh" }</p> };
    };
    let Ok(position) = engine::replay(&scenario, &playthrough) else { return Html::default() };
    match position.step {
        Step::End(_) => {
            let score = score::overall(&scenario, &position.history).round() as i64;
            progress::bar(1, 1, format!("Finished, score {score} of 100"))
        }
        Step::Decide { .. } => {
            let expected = session::expected_decisions(&scenario, &playthrough);
            progress::bar(answered, expected, format!("{answered} of about {expected} decisions"))
        }
    }
}
