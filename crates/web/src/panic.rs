//! A panic must never leave a blank page: this hook replaces the app with a short,
//! recoverable error view that says what happened, offers a way back, and lets the learner
//! copy the details for a bug report.
//!
//! The view is built with plain DOM calls, since Yew may be what broke. Its "Copy details"
//! button is handled by `boot.js` (`button[data-copy]`), in JavaScript, so it works even
//! though the app's WebAssembly has stopped.

use std::panic::PanicHookInfo;

use crate::phrase;

/// Installs the panic view in place of Yew's default hook. Call once, before rendering.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info: &PanicHookInfo<'_>| {
        let details = info.to_string();
        web_sys::console::error_1(&details.as_str().into());
        show(&details);
    }));
}

/// Replaces the page's body with the error view.
pub fn show(details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    body.set_text_content(None);
    render(&document, &body, details);
}

/// Draws the error view into `parent`.
fn render(document: &web_sys::Document, parent: &web_sys::Element, details: &str) {
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let parts = (
        document.create_element("main").ok(),
        element("h1", &phrase!("panic-title")),
        element("p", &phrase!("panic-lead")),
        element("a", &phrase!("panic-reload")),
        element("h2", &phrase!("panic-details")),
        element("p", &phrase!("panic-details-hint")),
        element("button", &phrase!("panic-copy")),
        element("pre", details),
    );
    let (Some(main), Some(h1), Some(text), Some(link), Some(h2), Some(hint), Some(button), Some(pre)) = parts else {
        return;
    };
    main.set_class_name("panic");
    main.set_id("main");
    let _ = link.set_attribute("href", "./");
    link.set_class_name("button");
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("data-copy", "panic-details");
    button.set_class_name("button secondary");
    pre.set_id("panic-details");
    for child in [h1, text, link, h2, hint, button, pre] {
        let _ = main.append_child(&child);
    }
    let _ = parent.append_child(&main);
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::render;

    #[wasm_bindgen_test]
    fn the_error_view_explains_and_offers_the_details_to_copy() {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        render(&document, &root, "panicked at src/ui/app.rs:1:1: boom");
        let heading = root.query_selector("main.panic h1").expect("valid").expect("a heading");
        // Without boot.js a phrase is its id.
        assert_eq!(heading.text_content().as_deref(), Some("panic-title"));
        let button = root.query_selector("button[data-copy='panic-details']").expect("valid").expect("a button");
        assert_eq!(button.text_content().as_deref(), Some("panic-copy"));
        let details = root.query_selector("#panic-details").expect("valid").expect("details");
        assert!(details.text_content().unwrap_or_default().contains("boom"));
    }
}
