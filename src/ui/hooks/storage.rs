//! The browser's `localStorage`, or memory when there is none.
//!
//! Storage can be missing or refuse writes: a sandboxed frame throws on access, privacy
//! modes throw on writing, and a full store throws a quota error. Whatever happens, reads
//! and writes here never fail: they fall back to memory for the rest of the visit, and
//! [`persistent`] says whether anything will outlive the tab, so the app can tell the
//! learner. Only hooks call this module; components never do IO.

use std::cell::{Cell, RefCell};

thread_local! {
    /// Values kept in memory when storage is missing or refused a write.
    static MEMORY: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// Whether `localStorage` works; settled by the first access.
    static WORKS: Cell<Option<bool>> = const { Cell::new(None) };
    /// Set when storage refused a write (full, or taken away) during this visit.
    static REFUSED: Cell<bool> = const { Cell::new(false) };
}

const PROBE: &str = "judgement-call/v1/probe";

fn local() -> Option<web_sys::Storage> {
    if WORKS.get() == Some(false) {
        return None;
    }
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    if WORKS.get().is_none() {
        let works = storage.as_ref().is_some_and(|s| s.set_item(PROBE, "1").is_ok() && s.remove_item(PROBE).is_ok());
        WORKS.set(Some(works));
        if !works {
            return None;
        }
    }
    storage
}

/// True when saved values outlive the tab.
pub fn persistent() -> bool {
    local().is_some() && !REFUSED.get()
}

/// The value saved under `key`.
pub fn get(key: &str) -> Option<String> {
    if let Some(value) = MEMORY.with_borrow(|m| m.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())) {
        return Some(value);
    }
    local().and_then(|s| s.get_item(key).ok().flatten())
}

/// Saves `value` under `key`, in memory if storage refuses it.
pub fn set(key: &str, value: &str) {
    let stored = local().is_some_and(|s| s.set_item(key, value).is_ok());
    MEMORY.with_borrow_mut(|m| {
        m.retain(|(k, _)| k != key);
        if !stored {
            // Storage refused this write: keep the value for this visit, and say so.
            REFUSED.set(true);
            m.push((key.to_string(), value.to_string()));
        }
    });
}

/// Forgets `key`.
pub fn remove(key: &str) {
    MEMORY.with_borrow_mut(|m| m.retain(|(k, _)| k != key));
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

/// Every saved key that starts with `prefix`.
pub fn keys(prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = MEMORY.with_borrow(|m| m.iter().map(|(k, _)| k.clone()).collect());
    if let Some(s) = local() {
        let n = s.length().unwrap_or(0);
        found.extend((0..n).filter_map(|i| s.key(i).ok().flatten()));
    }
    found.retain(|k| k.starts_with(prefix));
    found.sort();
    found.dedup();
    found
}
