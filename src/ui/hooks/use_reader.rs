//! `use_reader`: reads an author's scenario file with the whole engine.
//!
//! The file comes from a file input or, as an example, from the built-in sources beside the
//! app (`scenarios/<file>`). The engine that reads it, `src/bin/reader.rs`, is a WebAssembly
//! module of its own, loaded by `boot.js` the first time an author opens a file, so learners
//! never download it. What comes back is a packed `Report`: the scenario when it loads, and
//! every diagnostic with its source line.

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::pack::{self, Report};

#[wasm_bindgen]
extern "C" {
    /// `boot.js`: the reader module, loaded and started on first use.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn reader() -> Result<js_sys::Promise, JsValue>;
}

/// Where reading a file stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Reading {
    Idle,
    /// Reading the named file.
    Busy(String),
    /// The named file, read.
    Done(String, Rc<Report>),
    /// It could not be read; the text says why, for people.
    Failed(String),
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
                    Some(text) => check(name, &text).await,
                    None => Reading::Failed(format!("“{name}” could not be read as text.")),
                });
            });
        })
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |file: &'static str| {
            state.set(Reading::Busy(file.to_string()));
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match fetch_text(&format!("scenarios/{file}")).await {
                    Some(text) => check(file.to_string(), &text).await,
                    None => Reading::Failed(format!("The example “{file}” could not be downloaded.")),
                });
            });
        })
    };
    ((*state).clone(), on_file, on_example)
}

/// Runs the reader over the text.
async fn check(name: String, text: &str) -> Reading {
    let failed =
        || Reading::Failed("The scenario checker could not be loaded. Check your connection and try again.".into());
    let Ok(promise) = reader() else { return failed() };
    let Ok(module) = JsFuture::from(promise).await else { return failed() };
    let check = js_sys::Reflect::get(&module, &JsValue::from_str("check"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(check) = check else { return failed() };
    let Ok(bytes) = check.call1(&JsValue::NULL, &JsValue::from_str(text)) else {
        return Reading::Failed("The scenario checker stopped on this file.".into());
    };
    match pack::decode_report(&js_sys::Uint8Array::new(&bytes).to_vec()) {
        Ok(report) => Reading::Done(name, Rc::new(report)),
        Err(_) => failed(),
    }
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
