//! The browser's `localStorage`, or memory when there is none.
//!
//! Storage can be missing or refuse writes: a sandboxed frame throws on access, privacy
//! modes throw on writing, and a full store throws a quota error. Whatever happens, reads
//! and writes here never fail: they fall back to memory for the rest of the visit, and
//! [`persistent`] says whether anything will outlive the tab, so the app can tell the
//! learner. In the web crate only hooks call it (components never do IO); the LMS module
//! reads the learner's progress through it too, so a frame without storage loses nothing.
//!
//! The memory is a JavaScript `Map` on the page's global object, not Rust data, because
//! the page runs more than one WebAssembly module (the app, the play module it hands
//! `#/play/…` to, the LMS module): what one keeps in memory, the others must see. The keys
//! are `site::key`'s.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// Whether `localStorage` works; settled by the first access.
    static WORKS: Cell<Option<bool>> = const { Cell::new(None) };
}

/// The global holding the values kept in memory, keyed by storage key.
const MEMORY: &str = "judgementCallMemory";
/// The global set to `true` when storage refused a write (full, or taken away) during this
/// visit.
const REFUSED: &str = "judgementCallRefused";

/// The page's memory store, made on first use.
fn memory() -> js_sys::Map {
    let global = js_sys::global();
    if let Some(map) = js_sys::Reflect::get(&global, &MEMORY.into()).ok().and_then(|m| m.dyn_into().ok()) {
        return map;
    }
    let map = js_sys::Map::new();
    let _ = js_sys::Reflect::set(&global, &MEMORY.into(), &map);
    map
}

fn refused() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &REFUSED.into()).is_ok_and(|r| r.is_truthy())
}

fn local() -> Option<web_sys::Storage> {
    if WORKS.get() == Some(false) {
        return None;
    }
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if WORKS.get().is_none() {
        let probe = site::key::probe();
        let works = storage.as_ref().is_some_and(|s| s.set_item(&probe, "1").is_ok() && s.remove_item(&probe).is_ok());
        WORKS.set(Some(works));
        if !works {
            return None;
        }
    }
    storage
}

/// True when saved values outlive the tab.
pub fn persistent() -> bool {
    local().is_some() && !refused()
}

/// The value saved under `key`.
pub fn get(key: &str) -> Option<String> {
    if let Some(value) = memory().get(&key.into()).as_string() {
        return Some(value);
    }
    local().and_then(|s| s.get_item(key).ok().flatten())
}

/// Saves `value` under `key`, in memory if storage refuses it.
pub fn set(key: &str, value: &str) {
    let stored = local().is_some_and(|s| s.set_item(key, value).is_ok());
    let memory = memory();
    if stored {
        memory.delete(&key.into());
    } else {
        // Storage refused this write: keep the value for this visit, and say so.
        let _ = js_sys::Reflect::set(&js_sys::global(), &REFUSED.into(), &JsValue::TRUE);
        memory.set(&key.into(), &value.into());
    }
}

/// Forgets `key`.
pub fn remove(key: &str) {
    memory().delete(&key.into());
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Every saved key that starts with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    memory().for_each(&mut |_, key| found.extend(key.as_string()));
    if let Some(s) = local() {
        let n = s.length().unwrap_or(0);
        found.extend((0..n).filter_map(|i| s.key(i).ok().flatten()));
    }
    found.retain(|k| k.starts_with(prefix));
    found.sort_unstable();
    found.dedup();
    found
}
