//! The status line: one short sentence at the foot of the page saying what the LMS link is
//! doing (recording, retrying, stopped), in a polite live region so a screen reader hears
//! each change once. It lives outside the Yew app, which owns the rest of `<body>`, and is
//! styled by `lms.css`, which the bridge attaches at start.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

/// How the link stands, for the line's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Everything is recorded.
    Fine,
    /// Something is waiting to be recorded; the bridge is retrying.
    Waiting,
    /// Nothing more will be recorded in this launch.
    Stopped,
}

impl Tone {
    fn word(self) -> &'static str {
        match self {
            Tone::Fine => "fine",
            Tone::Waiting => "waiting",
            Tone::Stopped => "stopped",
        }
    }
}

/// The sentence shown, its tone and an optional link (text, address).
type Line = (String, Tone, Option<(String, String)>);

thread_local! {
    static LINE: RefCell<Line> = const { RefCell::new((String::new(), Tone::Fine, None)) };
}

/// Attaches `lms.css` (the status line's only styles) to the page.
pub fn attach_styles() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector("link[data-lms]").ok().flatten().is_some() {
        return;
    }
    let Ok(link) = document.create_element("link") else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "lms.css");
    let _ = link.set_attribute("data-lms", "");
    if let Some(head) = document.head() {
        let _ = head.append_child(&link);
    }
}

/// Says `text` in the status line, with an optional link.
pub fn say(text: &str, tone: Tone, link: Option<(&str, &str)>) {
    let link = link.map(|(t, h)| (t.to_string(), h.to_string()));
    let changed = LINE.with_borrow_mut(|line| {
        let next = (text.to_string(), tone, link);
        let changed = *line != next;
        *line = next;
        changed
    });
    if changed {
        draw();
    }
}

/// Draws the line into the page, adding its element at the end of `<body>` when missing
/// (the app clears `<body>` when it starts, so this runs again once it has).
pub fn draw() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let element = match document.get_element_by_id("lms-status") {
        Some(element) => element,
        None => {
            let Ok(element) = document.create_element("p") else { return };
            element.set_id("lms-status");
            let _ = element.set_attribute("class", "lms-status");
            let _ = element.set_attribute("role", "status");
            let _ = body.append_child(&element);
            element
        }
    };
    LINE.with_borrow(|(text, tone, link)| {
        let _ = element.set_attribute("data-tone", tone.word());
        element.set_text_content(Some(text));
        if let Some((label, href)) = link
            && let Ok(anchor) = document.create_element("a")
        {
            let _ = anchor.set_attribute("href", href);
            let _ = anchor.set_attribute("target", "_top");
            anchor.set_text_content(Some(label));
            let _ = element.append_child(&document.create_text_node(" "));
            let _ = element.append_child(&anchor);
        }
    });
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        element.set_hidden(LINE.with_borrow(|(text, _, _)| text.is_empty()));
    }
}
