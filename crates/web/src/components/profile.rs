//! The Profile view (`#/profile`): the learner across scenarios. Each dimension's trend over
//! the scenarios finished, from each one's first attempt (the record) in the order played,
//! as small charts and a table; the journal of rationales, by scenario, attempt and
//! decision; and export and import of everything saved, as a JSON file.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::transfer::Transfer;
use crate::components::trend_chart;
use crate::hooks::use_saved_entries::use_saved_entries;
use crate::hooks::use_scenario::Loading;
use crate::hooks::use_scenarios::use_scenarios;
use crate::hooks::use_title::use_title;
use crate::model::profile;
use crate::phrase;
use engine::analyse;
use site::Place;
use site::key::Key;

/// The built-in scenarios that anything is saved for, in library order.
fn saved_ids(entries: &[(String, String)]) -> Vec<String> {
    library::INDEX
        .iter()
        .filter(|listing| {
            entries.iter().any(|(key, _)| match Key::read(key) {
                Some(Key::Progress(id) | Key::Attempt(id, _) | Key::Journal(id)) => id == listing.id,
                _ => false,
            })
        })
        .map(|listing| listing.id.to_string())
        .collect()
}

#[component]
pub fn Profile() -> Html {
    use_title(phrase!("profile-title"));
    let (entries, on_reload, persistent) = use_saved_entries();
    let ids = use_memo(entries.clone(), |entries| saved_ids(entries));
    let loaded = use_scenarios(ids);
    let analysed = use_memo(loaded.clone(), |loaded| {
        loaded
            .iter()
            .filter_map(|(_, loading)| match loading {
                Loading::Ready(scenario) => Some((scenario.clone(), Rc::new(analyse::analyse(scenario)))),
                _ => None,
            })
            .collect::<Vec<_>>()
    });
    let pending = loaded.iter().any(|(_, l)| *l == Loading::Pending);
    let played = profile::played(&analysed, &entries);
    let trends = profile::trends(&played);
    // The journal in the order played, then the scenarios not finished yet.
    let mut journals: Vec<(usize, String, AttrValue, Vec<profile::Noted>)> = analysed
        .iter()
        .map(|(scenario, _)| {
            let place = played.iter().position(|p| p.scenario == *scenario).unwrap_or(played.len());
            let lang = AttrValue::from(scenario.meta.language.clone());
            (place, scenario.meta.title.clone(), lang, profile::journal(scenario, &entries))
        })
        .filter(|(_, _, _, noted)| !noted.is_empty())
        .collect();
    journals.sort_by_key(|(place, _, _, _)| *place);

    let across = if pending {
        html! { <p class="loading" role="status">{ phrase!("profile-scoring") }</p> }
    } else if played.is_empty() {
        html! {
            <div class="empty">
                <p>{ phrase!("profile-empty") }</p>
                <a class="button" href={Place::Library.to_hash()}>{ phrase!("profile-choose") }</a>
            </div>
        }
    } else {
        html! {
            <>
                <p class="hint">{ phrase!("profile-trend-hint", count = played.len()) }</p>
                { trend_chart::view(&played, &trends) }
            </>
        }
    };
    let journal = if journals.is_empty() {
        html! { <p>{ phrase!("profile-journal-empty") }</p> }
    } else {
        html! {
            <div class="journal">
                { for journals.iter().map(|(_, title, lang, noted)| html! {
                    <section class="journal-scenario" aria-label={title.clone()}>
                        <h3 {lang}>{ title.clone() }</h3>
                        { for noted.iter().map(|attempt| html! {
                            <>
                                <h4>{ attempt.attempt.clone() }</h4>
                                <ol class="notes">
                                    { for attempt.notes.iter().map(|note| html! {
                                        <li>
                                            <p class="note-ask">
                                                <strong>{ phrase!("profile-note-decision", number = note.turn + 1) }</strong>
                                                { for note.ask.as_ref().map(|ask| phrase!("profile-note-ask", ask = ask)) }
                                            </p>
                                            { for note.answer.as_ref().map(|a| html! { <p class="note-answer">{ a.clone() }</p> }) }
                                            <blockquote class="note-text"><p>{ note.text.clone() }</p></blockquote>
                                        </li>
                                    }) }
                                </ol>
                            </>
                        }) }
                    </section>
                }) }
            </div>
        }
    };
    html! {
        <article class="profile" aria-labelledby="profile-view-title">
            <h1 id="profile-view-title">{ phrase!("profile-heading") }</h1>
            <p class="lead">{ phrase!("profile-lead") }</p>
            if !persistent {
                { notice(phrase!("profile-not-kept"), "status", html! {
                    <p>{ phrase!("profile-not-kept-why") }</p>
                }) }
            }
            <section aria-labelledby="across-title">
                <h2 id="across-title">{ phrase!("profile-across") }</h2>
                { across }
            </section>
            <section aria-labelledby="journal-title">
                <h2 id="journal-title">{ phrase!("profile-journal") }</h2>
                { journal }
            </section>
            <section aria-labelledby="transfer-title">
                <h2 id="transfer-title">{ phrase!("profile-transfer") }</h2>
                <Transfer entries={entries.clone()} on_imported={on_reload} />
            </section>
        </article>
    }
}
