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

pub use figures::catalogue::{Argument, Fixed, Signed, Tenths};

/// A number alone, written the language's way: `number(Fixed(0.62, 2))` is `0.62`, `0,62` in
/// French; without `boot.js`, as Rust writes it.
pub fn number(value: impl Argument) -> String {
    let said = phrase!("says-number", value = &value);
    if said != "says-number" {
        return said;
    }
    let mut args = String::new();
    value.add("value", &mut args);
    // `value\x1f`, the kind, then the number, with `/` and its digits when fixed.
    args.split('\u{1f}')
        .nth(1)
        .and_then(|v| v.get(1..))
        .and_then(|v| v.split('/').next())
        .unwrap_or_default()
        .to_string()
}

/// The learner's catalogue, for the sentences `figures` words (the debrief's): the phrases
/// `boot.js` loaded, as [`say`] reads them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Interface;

impl figures::Catalogue for Interface {
    fn phrase(&self, id: &str, args: &str) -> String {
        say(id, args)
    }
}

/// An overall score as a phrase's argument or shown alone ([`number`]): the figure
/// [`figures::score`] shows, to a tenth of a point and never contradicting the verdict
/// (`72.4`, `72,4` in French), in tenths, so a module that shows one formats no float.
pub fn score(overall: f64, pass: u32) -> Tenths {
    Tenths(engine::score::rounded(overall, pass, 10))
}

/// The interface's language, a BCP 47 tag (`en` without `boot.js`).
pub fn language() -> String {
    current().unwrap_or_else(|_| "en".to_string())
}

/// The argument that stands for element `n` in a phrase drawn by [`with_elements`]: a
/// character of Unicode's private use area, which no phrase contains.
pub fn marker(n: usize) -> String {
    u32::try_from(n).ok().and_then(|n| char::from_u32(0xE000 + n)).map(String::from).unwrap_or_default()
}

/// A phrase said with [`marker`]s for some arguments (a link, a command), drawn with each
/// marker as its element, where the language's sentence places it; an element whose marker
/// a translation left out follows the sentence.
pub fn with_elements(sentence: &str, elements: &[yew::Html]) -> yew::Html {
    let mut drawn: Vec<yew::Html> = Vec::new();
    let mut placed = vec![false; elements.len()];
    let mut text = String::new();
    for c in sentence.chars() {
        let at = usize::try_from(u32::from(c).wrapping_sub(0xE000)).ok().filter(|n| *n < elements.len());
        match at {
            Some(n) => {
                drawn.push(std::mem::take(&mut text).into());
                drawn.extend(elements.get(n).cloned());
                placed[n] = true;
            }
            None => text.push(c),
        }
    }
    drawn.push(text.into());
    for (element, placed) in elements.iter().zip(placed) {
        if !placed {
            drawn.push(" ".into());
            drawn.push(element.clone());
        }
    }
    drawn.into_iter().collect()
}

/// True when two BCP 47 tags name one language (their primary subtags agree: `fr` and
/// `fr-CA`).
pub fn same_language(a: &str, b: &str) -> bool {
    a.split('-').next() == b.split('-').next()
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

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::{Argument, Fixed, marker, score, with_elements};
    use yew::prelude::*;

    #[wasm_bindgen_test]
    fn fixed_numbers_go_rounded_as_their_text_is() {
        let mut args = String::new();
        Fixed(6.25, 1).add("mean", &mut args);
        Fixed(72.0, 1).add("chance", &mut args);
        Fixed(1.005, 2).add("held", &mut args);
        score(69.96, 70).add("record", &mut args);
        let shown: Vec<String> = [(6.25, 1), (72.0, 1), (1.005, 2)].iter().map(|&(x, d)| format!("{x:.d$}")).collect();
        assert_eq!(shown, ["6.2", "72.0", "1.00"]);
        assert_eq!(args, "mean\u{1f}n6.2/1\u{1e}chance\u{1f}n72.0/1\u{1e}held\u{1f}n1.00/2\u{1e}record\u{1f}n69.9/1");
        assert_eq!(figures::score(69.96, 70), "69.9");
    }

    #[derive(Properties, PartialEq)]
    struct SentenceProps {
        sentence: String,
    }

    #[component]
    fn Sentence(props: &SentenceProps) -> Html {
        let elements = [html! { <a href="#/">{ "link" }</a> }, html! { <code>{ "cmd" }</code> }];
        html! { <p>{ with_elements(&props.sentence, &elements) }</p> }
    }

    async fn drawn(sentence: String) -> String {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        yew::Renderer::<Sentence>::with_root_and_props(root.clone(), SentenceProps { sentence }).render();
        yew::scheduler::flush().await;
        root.inner_html()
    }

    #[wasm_bindgen_test]
    async fn elements_go_where_the_sentence_places_them_or_after_it() {
        let placed = format!("Run {} then {}.", marker(1), marker(0));
        assert_eq!(drawn(placed).await, "<p>Run <code>cmd</code> then <a href=\"#/\">link</a>.</p>");
        let left_out = format!("Open {}.", marker(0));
        assert_eq!(drawn(left_out).await, "<p>Open <a href=\"#/\">link</a>. <code>cmd</code></p>");
    }
}
