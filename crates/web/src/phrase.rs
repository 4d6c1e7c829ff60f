//! The interface's words in the learner's language. Every string the views show is a
//! phrase of the language's catalogue (`web/lang/<tag>.ftl`, Fluent's syntax), said by its
//! id: `phrase!("settings-title")`, or with arguments, `phrase!("cards-count", count = n)`.
//!
//! The catalogue lives outside the WebAssembly: `boot.js` loads each module's phrases in the
//! learner's language beside the module (`scripts/catalogues.mjs` finds a module's phrases
//! by the ids in its WebAssembly, so an id is always a string literal) and formats one with
//! the browser's own plural and number rules. Without `boot.js` (the wasm unit tests), a
//! phrase is its id.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = judgementCall, js_name = phrase, catch)]
    fn format(id: &str, args: &str) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = judgementCall, js_name = language, catch)]
    fn current() -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = judgementCall, js_name = languages, catch)]
    fn every() -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = judgementCall, js_name = languageName, catch)]
    fn name_of(tag: &str) -> Result<String, JsValue>;

    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn speak(tag: JsValue) -> Result<(), JsValue>;
}

/// Says a phrase: `phrase!("id")`, or `phrase!("id", name = value, …)` with arguments the
/// phrase places as `{ $name }` or chooses a variant by (a number picks a plural form).
#[macro_export]
macro_rules! phrase {
    ($id:literal) => {
        $crate::phrase::say($id, "")
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = String::new();
        $( $crate::phrase::Argument::add(&$value, stringify!($name), &mut args); )+
        $crate::phrase::say($id, &args)
    }};
}

/// The phrase `id` with `args` (as [`phrase!`] writes them), or the id without `boot.js`.
pub fn say(id: &str, args: &str) -> String {
    format(id, args).unwrap_or_else(|_| id.to_string())
}

/// A value a phrase places: a number (formatted, and choosing plural forms) or a text.
pub trait Argument {
    /// Adds `name` with this value to `args`: `name\x1f` then `n` and the number (with `/`
    /// and its digits when [`Fixed`]) or `t` and the text, arguments apart by `\x1e`.
    fn add(&self, name: &str, args: &mut String);
}

fn add(args: &mut String, name: &str, kind: char, value: &str) {
    if !args.is_empty() {
        args.push('\u{1e}');
    }
    args.push_str(name);
    args.push('\u{1f}');
    args.push(kind);
    args.push_str(value);
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl Argument for $t {
            fn add(&self, name: &str, args: &mut String) {
                add(args, name, 'n', &self.to_string());
            }
        }
    )*};
}
numbers!(u8, u16, u32, u64, usize, i32, i64, f64);

/// A number written with exactly this many digits after the decimal separator: a score of
/// `72.0` stays `72.0` (`72,0` in French) rather than `72`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed(pub f64, pub u8);

impl Argument for Fixed {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 'n', &format!("{}/{}", self.0, self.1));
    }
}

impl Argument for str {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 't', self);
    }
}

impl Argument for String {
    fn add(&self, name: &str, args: &mut String) {
        add(args, name, 't', self);
    }
}

impl<T: Argument + ?Sized> Argument for &T {
    fn add(&self, name: &str, args: &mut String) {
        (**self).add(name, args);
    }
}

/// The interface's language, a BCP 47 tag (`en` without `boot.js`).
pub fn language() -> String {
    current().unwrap_or_else(|_| "en".to_string())
}

/// The name of the language `tag` in the interface's language (the tag itself without
/// `boot.js`, or when the browser cannot name it).
pub fn language_name(tag: &str) -> String {
    name_of(tag).unwrap_or_else(|_| tag.to_string())
}

/// Every interface language: its tag and its own name, English first.
pub fn languages() -> Vec<(String, String)> {
    let all = every().unwrap_or_default();
    all.split('\u{1e}')
        .filter_map(|pair| pair.split_once('\u{1f}'))
        .map(|(tag, name)| (tag.to_string(), name.to_string()))
        .collect()
}

/// Chooses the interface's language (`None`: follow the browser's) and reloads the page in
/// it; the page's state is saved as the learner goes, so nothing is lost.
pub fn choose(tag: Option<&str>) {
    let _ = speak(tag.map_or(JsValue::NULL, JsValue::from_str));
}
