//! The few browser calls the bridges share: the clock, a pause, session storage, `fetch`
//! with headers, and the learner's catalogue for the status line's words. Every call
//! swallows the browser's exceptions into `None` or `Err`, so nothing a misbehaving LMS or
//! network does reaches the learner.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use lms::Timestamp;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = judgementCall, js_name = phrase, catch)]
    fn format(id: &str, args: &str) -> Result<String, JsValue>;
}

/// The learner's catalogue, as `boot.js` loaded it beside this module (`web/lang/<tag>/lms.ftl`);
/// a phrase is its id without `boot.js`.
pub struct Page;

impl figures::Catalogue for Page {
    fn phrase(&self, id: &str, args: &str) -> String {
        format(id, args).unwrap_or_else(|_| id.to_string())
    }
}

/// Now, from the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// The learner's time zone in minutes east of UTC.
pub fn offset() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let promise = Promise::new(&mut |resolve: Function, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// The value at `key` in session storage (kept across reloads of this tab).
pub fn session_get(key: &str) -> Option<String> {
    let storage = web_sys::window()?.session_storage().ok()??;
    storage.get_item(key).ok()?
}

/// Keeps `value` at `key` in session storage; false when the browser refuses.
pub fn session_set(key: &str, value: &str) -> bool {
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    storage.is_some_and(|s| s.set_item(key, value).is_ok())
}

/// A fresh UUID: `crypto.randomUUID()` where the page is a secure context, else version 4
/// from `Math.random`.
pub fn uuid() -> String {
    let crypto = web_sys::window().and_then(|w| Reflect::get(&w, &"crypto".into()).ok());
    let made = crypto.and_then(|c| {
        let f = Reflect::get(&c, &"randomUUID".into()).ok()?.dyn_into::<Function>().ok()?;
        f.call0(&c).ok()?.as_string()
    });
    made.unwrap_or_else(|| {
        let mut hex: Vec<char> =
            (0..32).map(|_| char::from_digit((js_sys::Math::random() * 16.0) as u32 % 16, 16).unwrap_or('0')).collect();
        hex[12] = '4';
        hex[16] = ['8', '9', 'a', 'b'][(js_sys::Math::random() * 4.0) as usize % 4];
        let s: String = hex.into_iter().collect();
        format!("{}-{}-{}-{}-{}", &s[0..8], &s[8..12], &s[12..16], &s[16..20], &s[20..32])
    })
}

/// What a request came back with: the status (0 when it never arrived) and the body.
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Sends a request; `keepalive` lets it outlive the page (for `pagehide`).
pub async fn request(method: &str, url: &str, headers: &[(&str, &str)], body: Option<&str>, keepalive: bool) -> Reply {
    let failed = Reply { status: 0, body: String::new() };
    let Some(window) = web_sys::window() else { return failed };
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if keepalive {
        // Not in web-sys's stable API, so set as a plain property.
        let _ = Reflect::set(&init, &"keepalive".into(), &JsValue::TRUE);
    }
    let Ok(list) = web_sys::Headers::new() else { return failed };
    for (name, value) in headers {
        if list.append(name, value).is_err() {
            return failed;
        }
    }
    init.set_headers(&list);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    let Ok(response) = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await else { return failed };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return failed };
    let status = response.status();
    let text = match response.text() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|t| t.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Reply { status, body: text }
}
