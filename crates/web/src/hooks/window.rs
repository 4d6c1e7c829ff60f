//! Plain browser effects: listening to the window (for the hooks that follow the hash, the
//! window's size and the keyboard), and what the workshop views ask for from their
//! callbacks: the time, the page's own address, opening a window, printing, and saving a
//! file. Like `storage`, they never fail loudly: each says whether it worked, so a view can
//! tell the facilitator.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::{Closure, WasmClosure};

/// Calls `listener` for every `event` on the window, until the returned function is called
/// (a hook's effect returns it as its cleanup). Failing to listen loses only what the event
/// would have brought; the page still works.
pub fn listen<T: ?Sized + WasmClosure>(event: &'static str, listener: Closure<T>) -> impl FnOnce() {
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = window {
            let _ = w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
}

/// Calls `tick` every `ms` milliseconds until the returned function is called (a hook's
/// effect returns it as its cleanup).
pub fn every(ms: i32, tick: impl Fn() + 'static) -> impl FnOnce() {
    let tick = Closure::<dyn Fn()>::new(tick);
    let id = web_sys::window()
        .and_then(|w| w.set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), ms).ok());
    move || {
        if let (Some(id), Some(w)) = (id, web_sys::window()) {
            w.clear_interval_with_handle(id);
        }
        drop(tick);
    }
}

/// Calls `done` once after `ms` milliseconds; the timer's id for [`cancel`], or `None` when
/// the browser would not set one.
pub fn after(ms: i32, done: impl FnOnce() + 'static) -> Option<i32> {
    let done = Closure::once_into_js(done);
    web_sys::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(done.unchecked_ref(), ms).ok()
}

/// Cancels a call [`after`] set up, if it has not happened.
pub fn cancel(id: i32) {
    if let Some(w) = web_sys::window() {
        w.clear_timeout_with_handle(id);
    }
}

/// A name for this page's connection to a live room's broker: `prefix` and random hex, so
/// no two devices or tabs take each other's place.
pub fn client(prefix: &str) -> String {
    let bytes = random().unwrap_or_default();
    format!("{prefix}-{}", ::workshop::live::key::hex(&bytes[..8]))
}

/// Milliseconds since the epoch: the same clock in every window of the browser, so a
/// projector window counts the presenter's timer down in step.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// The page's address without its `#…` part, for links to other places of the app.
pub fn base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Opens `url` in the window called `name` (reusing it when it is open); false when the
/// browser blocked it.
pub fn open(url: &str, name: &str) -> bool {
    web_sys::window().and_then(|w| w.open_with_url_and_target(url, name).ok().flatten()).is_some()
}

/// Opens the browser's print dialogue for the page, with `<html data-print>` set to `part`
/// meanwhile, so the print stylesheet can print only that part.
pub fn print(part: &str) {
    let Some(window) = web_sys::window() else { return };
    let root = window.document().and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.set_attribute("data-print", part);
    }
    // `print()` returns once the dialogue closes.
    let _ = window.print();
    if let Some(root) = &root {
        let _ = root.remove_attribute("data-print");
    }
}

/// Saves `text` as a file called `name` of type `mime` through a temporary link; false when
/// the browser would not.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let saved = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        link.set_href(&url);
        link.set_download(name);
        link.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    saved().is_some()
}

/// Puts `text` on the clipboard; false when the browser offers no clipboard to this page.
pub fn copy(text: &str) -> bool {
    let written = || -> Option<()> {
        let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?.dyn_into().ok()?;
        write.call1(&clipboard, &text.into()).ok().map(drop)
    };
    written().is_some()
}

/// The page's query string, as `?broker=…` (empty when there is none).
pub fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's origin, as `http://192.168.1.5:8080`, and its path, as `/`.
pub fn origin() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{}", path.trim_end_matches('/'))
}

/// True when the page came over HTTPS.
pub fn https() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).is_some_and(|p| p == "https:")
}

/// Replaces the page's address with `url` (same origin) without loading it or adding to
/// the history, as when a link's secret must not stay in the address bar.
pub fn replace(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// 32 bytes from the browser's cryptographic random source; `None` when it has none.
pub fn random() -> Option<[u8; 32]> {
    let mut bytes = [0u8; 32];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}

/// Whether `signature` is an Ed25519 signature of `message` by the public `key`, checked by
/// the browser's Web Crypto; `None` when the browser cannot check Ed25519.
pub async fn verify(key: [u8; 32], message: &[u8], signature: [u8; 64]) -> Option<bool> {
    use wasm_bindgen_futures::JsFuture;
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let data = js_sys::Uint8Array::from(&key[..]);
    let usages = js_sys::Array::of1(&"verify".into());
    let imported = subtle.import_key_with_str("raw", &data, "Ed25519", false, &usages).ok()?;
    let key: web_sys::CryptoKey = JsFuture::from(imported).await.ok()?.dyn_into().ok()?;
    let checked = subtle.verify_with_str_and_u8_array_and_u8_array("Ed25519", &key, &signature, message).ok()?;
    JsFuture::from(checked).await.ok()?.as_bool()
}

/// An ISO time as a date in the page's language (`6 December 2026`); the text itself when
/// it is not a time.
pub fn long_date(iso: &str) -> String {
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_string());
    let options = js_sys::Object::new();
    for (name, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    date.to_locale_date_string(&lang, &options).into()
}
