//! The expert panel's rating view (`#/panel/<id>`, in the author module): the link a
//! scenario's author sends to experts. It shows every rated decision with the situation
//! that sets it up and its options, never the file's current ratings; the expert rates each
//! option from 1 to 7, may comment, and downloads or copies a small ratings file
//! (`evidence::panel::Ratings`) for `judgement-call panel merge`. What they have rated is
//! kept in this browser (`site::key::panel`) as they go, so a reload loses nothing.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::{prose, rate};
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use engine::scenario::{Decision, NodeId};
use evidence::panel::{Ratings, situation};

#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The scenario's id.
    pub id: AttrValue,
}

#[component]
pub fn Panel(props: &PanelProps) -> Html {
    let loading = use_scenario(&props.id);
    let listing = library::listing(&props.id);
    let (title, lang) = (listing.map_or("", |l| l.title), listing.map(|l| l.language));
    use_title(phrase!("panel-title", title = title));
    match loading {
        Loading::Ready(scenario) => html! { <Rating {scenario} /> },
        Loading::Pending => html! {
            <section class="panel-rating loading" role="status"><h1 {lang}>{ title }</h1><p>{ phrase!("panel-opening") }</p></section>
        },
        Loading::Unknown => notice(
            phrase!("panel-not-found"),
            "alert",
            html! { <p>{ phrase!("panel-not-found-body", id = props.id.as_str()) }</p> },
        ),
        Loading::Failed(why) => notice(phrase!("panel-not-opened"), "alert", html! { <p>{ why }</p> }),
    }
}

#[derive(Properties, PartialEq)]
struct RatingProps {
    scenario: Shared,
}

/// The decisions an expert rates: every decision but the checklists, whose items carry
/// weights instead of ratings.
fn rated(scenario: &Shared) -> Vec<(NodeId, &Decision)> {
    scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()).collect()
}

#[component]
fn Rating(props: &RatingProps) -> Html {
    let scenario = props.scenario.clone();
    let key = site::key::panel(&scenario.meta.id);
    let ratings = {
        let (key, scenario) = (key.clone(), scenario.clone());
        use_state(move || {
            storage::get(&key)
                .and_then(|text| Ratings::decode(&text).ok())
                .filter(|r| r.scenario == scenario.meta.id && r.hash == scenario.hash)
                .unwrap_or_else(|| Ratings::new(&scenario, "", None))
        })
    };
    let copied = use_state(|| false);
    // Every change is kept at once, so nothing is lost to a reload or a closed tab.
    let change = {
        let (ratings, key, copied) = (ratings.clone(), key.clone(), copied.clone());
        Callback::from(move |edit: Box<dyn FnOnce(&mut Ratings)>| {
            let mut next = (*ratings).clone();
            edit(&mut next);
            storage::set(&key, &next.encode());
            ratings.set(next);
            copied.set(false);
        })
    };
    let text_of = |event: &Event| -> String {
        event
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .or_else(|| event.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|t| t.value()))
            .unwrap_or_default()
    };
    let on_name = change.reform(move |event: Event| {
        let name = text_of(&event);
        Box::new(move |r: &mut Ratings| r.rater = name.trim().to_string()) as Box<dyn FnOnce(&mut Ratings)>
    });
    let on_about = change.reform(move |event: Event| {
        let about = text_of(&event);
        Box::new(move |r: &mut Ratings| r.about = Some(about.trim().to_string()).filter(|a| !a.is_empty()))
            as Box<dyn FnOnce(&mut Ratings)>
    });

    let decisions = rated(&scenario);
    let lang = AttrValue::from(scenario.meta.language.clone());
    let given = |decision: &str, option: &str| -> u8 {
        ratings
            .decisions
            .iter()
            .find(|d| d.decision == decision)
            .and_then(|d| d.options.iter().find(|(o, _)| o == option))
            .map_or(0, |(_, r)| *r)
    };
    let total: usize = decisions.iter().map(|(_, d)| d.options.len()).sum();
    let done: usize = decisions
        .iter()
        .map(|(id, d)| {
            let block = &scenario.node(*id).id;
            d.options.iter().filter(|o| given(block, &o.id) > 0).count()
        })
        .sum();
    let named = !ratings.rater.trim().is_empty();
    let complete = done == total && named;
    let file = ratings.encode();
    let file_name = format!("{}-{}.jcr", scenario.meta.id, slug(&ratings.rater));

    let sections = decisions.iter().enumerate().map(|(turn, (id, decision))| {
        let block = scenario.node(*id).id.clone();
        let chosen: Vec<u8> = decision.options.iter().map(|o| given(&block, &o.id)).collect();
        let order: Vec<usize> = (0..decision.options.len()).collect();
        let on_rate = {
            let (block, options) = (block.clone(), decision.options.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
            change.reform(move |(option, value): (usize, u8)| {
                let (block, option) = (block.clone(), options.get(option).cloned().unwrap_or_default());
                Box::new(move |r: &mut Ratings| r.rate(&block, &option, value)) as Box<dyn FnOnce(&mut Ratings)>
            })
        };
        let on_comment = {
            let block = block.clone();
            change.reform(move |event: Event| {
                let (block, text) = (block.clone(), text_of(&event));
                Box::new(move |r: &mut Ratings| r.comment(&block, &text)) as Box<dyn FnOnce(&mut Ratings)>
            })
        };
        let comment = ratings.decisions.iter().find(|d| d.decision == block).and_then(|d| d.comment.clone());
        let setup = situation(&scenario, *id);
        let prose = setup.iter().flat_map(|n| scenario.node(*n).prose.iter()).filter(|c| c.condition.is_none());
        let heading = format!("panel-{block}");
        let left = chosen.iter().filter(|r| **r == 0).count();
        html! {
            <section class="panel-decision" aria-labelledby={heading.clone()} data-decision={block.clone()}>
                <h2 id={heading}>{ phrase!("panel-decision", number = turn + 1, count = decisions.len()) }</h2>
                <div class="panel-situation" lang={&lang}>{ prose::blocks(prose.map(|c| &c.chunk)) }</div>
                <p class="ask" lang={&lang}>{ decision.ask.clone() }</p>
                <p class="hint">{ phrase!("panel-rate-hint") }</p>
                { rate::view(decision, &lang, &order, &chosen, turn, &on_rate) }
                <label for={format!("comment-{block}")}>{ phrase!("panel-comment") }</label>
                <textarea id={format!("comment-{block}")} rows="2" value={comment.unwrap_or_default()} onchange={on_comment} />
                <p class="hint panel-left" data-left={left.to_string()}>
                    { if left == 0 { phrase!("panel-all-rated") } else { phrase!("panel-left", left = left) } }
                </p>
            </section>
        }
    });

    let on_download = {
        let (file, name) = (file.clone(), file_name.clone());
        Callback::from(move |_: MouseEvent| {
            window::download(&name, "text/plain", &file);
        })
    };
    let on_copy = {
        let (file, copied) = (file.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| copied.set(window::copy(&file)))
    };
    let missing = match (named, total - done) {
        (true, 0) => String::new(),
        (false, 0) => phrase!("panel-missing-name"),
        (true, left) => phrase!("panel-missing-options", left = left),
        (false, left) => phrase!("panel-missing-options-and-name", left = left),
    };
    html! {
        <section class="panel-rating" aria-labelledby="panel-title">
            <h1 id="panel-title">{ phrase!("panel-title", title = &scenario.meta.title) }</h1>
            <p class="lead">{ phrase!("panel-lead") }</p>
            <p class="hint">{ phrase!("panel-kept") }</p>
            <div class="panel-rater">
                <label for="rater-name">{ phrase!("panel-name") }</label>
                <input id="rater-name" type="text" maxlength="80" autocomplete="name" value={ratings.rater.clone()} onchange={on_name} />
                <label for="rater-about">{ phrase!("panel-about") }</label>
                <input id="rater-about" type="text" maxlength="200" value={ratings.about.clone().unwrap_or_default()} onchange={on_about} />
            </div>
            { for sections }
            <section class="panel-done" aria-labelledby="panel-done-title">
                <h2 id="panel-done-title">{ phrase!("panel-send") }</h2>
                <p class="panel-count" role="status" data-done={done.to_string()} data-total={total.to_string()}>
                    { phrase!("panel-count", done = done, total = total) }{ " " }{ missing }
                </p>
                <div class="row">
                    <button type="button" class="button" data-panel="download" disabled={!complete} onclick={on_download}>{ phrase!("panel-download", file = &file_name) }</button>
                    <button type="button" class="button secondary" data-panel="copy" disabled={!complete} onclick={on_copy}>{ phrase!("panel-copy") }</button>
                </div>
                if *copied {
                    <p class="hint" role="status">{ phrase!("panel-copied") }</p>
                }
            </section>
        </section>
    }
}

/// A rater's name as part of a file name: lower-case letters and digits, words joined by `-`.
fn slug(name: &str) -> String {
    let words: Vec<String> =
        name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase()).collect();
    if words.is_empty() { "ratings".to_string() } else { words.join("-") }
}
