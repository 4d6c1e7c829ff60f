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
    let play = Route::Play(listing.id.to_string()).to_hash();
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
                    aria-label={format!("Start {} over", listing.title)}>{ "Start over" }</button>
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
                    <CardProgress id={listing.id} log={log.to_string()} />
                }
                <div class="actions">
                    { actions }
                    <a href={format!("#/facilitate/{}", listing.id)} aria-label={format!("Run {} as a workshop", listing.title)}>{ "Run a workshop" }</a>
                </div>
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
