//! The LMS as the app sees it: two calls through `boot.js`, which holds the LMS module when
//! it found an LMS at start (see `modules/lms/src/bridge/`). Standalone, both are no-ops, and the
//! app never links the bridges or the scoring they need.

use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = judgementCall, js_name = resume, catch)]
    fn lms_resume(id: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = judgementCall, js_name = progress, catch)]
    fn lms_progress(id: &str, log: &str) -> Result<(), JsValue>;
}

/// The log the LMS holds for scenario `id` (empty for a fresh start), or `None` when no LMS
/// records it: then the app plays it from its own storage, as standalone.
pub fn resume(id: &str) -> Option<String> {
    lms_resume(id).ok().and_then(|log| log.as_string())
}

/// Tells the LMS (if any) the scenario's log after a change.
pub fn progress(id: &str, log: &str) {
    let _ = lms_progress(id, log);
}
