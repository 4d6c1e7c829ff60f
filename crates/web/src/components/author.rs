//! The Author view: open a scenario file (or a built-in example), see every problem the
//! engine finds with its source line, and play the scenario with a live state panel; for a
//! built-in scenario, the link that asks experts to rate its options (`#/panel/<id>`).
//!
//! It lives in its own WebAssembly module with the whole engine (see `ui::author`); the
//! app's `#/author` place loads it. Nothing an author's file contains becomes markup:
//! titles, prose, options and feedback are all drawn as text or as the engine's safe prose
//! elements.

use yew::prelude::*;

use crate::components::diagnostics;
use crate::components::notice::notice;
use crate::components::playing::Playing;
use crate::hooks::use_reader::{Reading, use_reader};
use crate::hooks::use_title::use_title;
use crate::hooks::window;
use crate::phrase;
use library::INDEX;
use site::Place;

#[component]
pub fn Author() -> Html {
    use_title(phrase!("author-title"));
    let (reading, on_file, on_example) = use_reader();
    let example = use_state(|| INDEX.first().map_or("", |l| l.file));
    let on_select = {
        let example = example.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                let chosen = INDEX.iter().find(|l| l.file == select.value()).map_or("", |l| l.file);
                example.set(chosen);
            }
        })
    };
    let open_example = {
        let (example, on_example) = (example.clone(), on_example.clone());
        Callback::from(move |_: MouseEvent| on_example.emit(*example))
    };
    let result = match &reading {
        Reading::Idle => Html::default(),
        Reading::Busy(name) => {
            html! { <p class="loading" role="status">{ phrase!("author-checking", file = name) }</p> }
        }
        Reading::Failed(why) => html! {
            notice(phrase!("author-not-checked"), "alert", html! { <p>{ why.clone() }</p> })
        },
        Reading::Done(name, checked) => {
            let played = checked.scenario.clone().map(|scenario| {
                html! {
                    <section class="author-play" aria-label={phrase!("author-play")}>
                        <Playing key={name.clone()} {scenario} persist=false show_state=true />
                    </section>
                }
            });
            html! {
                <>
                    { diagnostics::view(name, &checked.findings) }
                    { for played }
                </>
            }
        }
    };
    html! {
        <section class="author" aria-labelledby="author-title">
            <h1 id="author-title">{ phrase!("author-title") }</h1>
            <p class="lead">{ phrase!("author-lead") }</p>
            <div class="open">
                <div class="open-file">
                    <label for="scenario-file">{ phrase!("author-open-file") }</label>
                    <input id="scenario-file" type="file" accept=".scenario,.txt,text/plain" onchange={on_file} />
                </div>
                <div class="open-example">
                    <label for="example">{ phrase!("author-open-example-choose") }</label>
                    <div class="row">
                        <select id="example" onchange={on_select}>
                            // Translations play packed: only the library's own sources ship as text.
                            { for INDEX.iter().filter(|l| l.of.is_none()).map(|l| html! {
                                <option value={l.file} selected={*example == l.file} lang={l.language}>{ l.title }</option>
                            }) }
                        </select>
                        <button type="button" class="button secondary" onclick={open_example}>{ phrase!("author-open-example") }</button>
                    </div>
                    { panel_link(*example) }
                </div>
            </div>
            { result }
        </section>
    }
}

/// The link that asks experts to rate a built-in scenario's options for its panel (merged by
/// `judgement-call panel merge`), for the example chosen.
fn panel_link(file: &str) -> Html {
    let Some(listing) = INDEX.iter().find(|l| l.file == file) else { return Html::default() };
    let place = Place::Panel(listing.id.to_string()).to_hash();
    let link = format!("{}/{place}", window::origin());
    // The link and the command go where the sentence places them.
    let sentence = phrase!("author-panel-link", link = phrase::marker(0), command = phrase::marker(1));
    let elements = [html! { <a href={place}>{ link }</a> }, html! { <code>{ "judgement-call panel merge" }</code> }];
    html! {
        <p class="hint panel-link">{ phrase::with_elements(&sentence, &elements) }</p>
    }
}
