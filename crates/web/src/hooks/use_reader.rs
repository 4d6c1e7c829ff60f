//! `use_reader`: reads an author's scenario file and checks it with the whole engine.
//!
//! The file comes from a file input or, as an example, from the built-in sources beside the
//! app (a listing's `file`, `scenarios/<file>`). This hook runs in the Author view's own module, which carries
//! the parser, the validator and the analysis; the learner's app never links it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::model::finding::Finding;
use crate::model::session::Shared;
use crate::phrase;

/// What checking a file found: the scenario when it loads, and every diagnostic.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub scenario: Option<Shared>,
    pub findings: Rc<Vec<Finding>>,
}

/// Where reading a file stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    Idle,
    /// Reading the named file.
    Busy(String),
    /// The named file, checked.
    Done(String, Checked),
    /// It could not be read; the text says why, for people.
    Failed(String),
}

/// Checks a scenario's text.
pub fn check(source: &str) -> Checked {
    let (scenario, diagnostics) = engine::check(source);
    Checked {
        scenario: scenario.map(|s| Shared(Rc::new(s))),
        findings: Rc::new(diagnostics.iter().map(|d| Finding::new(d, source)).collect()),
    }
}

/// The state of reading, `on_file` for a file input's `change` event, and `on_example`
/// for a built-in source's file name.
#[hook]
pub fn use_reader() -> (Reading, Callback<Event>, Callback<&'static str>) {
    let state = use_state(|| Reading::Idle);
    let on_file = {
        let state = state.clone();
        Callback::from(move |event: Event| {
            let file = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else { return };
            let name = file.name();
            state.set(Reading::Busy(name.clone()));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                state.set(match text {
                    Some(text) => Reading::Done(name, check(&text)),
                    None => Reading::Failed(phrase!("reader-not-text", name = name)),
                });
            });
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |path: &'static str| {
            // Shown by its file name, as a file the author opened would be.
            let file = path.rsplit('/').next().unwrap_or(path);
            state.set(Reading::Busy(file.to_string()));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match fetch_text(path).await {
                    Some(text) => Reading::Done(file.to_string(), check(&text)),
                    None => Reading::Failed(phrase!("reader-example-failed", file = file)),
                });
            });
        })
    };
    ((*state).clone(), on_file, on_example)
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
