//! A panic must never leave a blank page: this hook replaces the app with a short,
//! recoverable error view that says what happened and offers a way back.

use std::panic;

/// Installs the panic view. Safe to call once at start.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        let details = info.to_string();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Some(body) = document.body() else { return };
        body.set_inner_html("");
        let Ok(main) = document.create_element("main") else { return };
        main.set_class_name("panic");
        let heading = document.create_element("h1");
        let text = document.create_element("p");
        let pre = document.create_element("pre");
        let link = document.create_element("a");
        if let (Ok(heading), Ok(text), Ok(pre), Ok(link)) = (heading, text, pre, link) {
            heading.set_text_content(Some("Something went wrong"));
            text.set_text_content(Some(
                "Judgement Call hit an internal error. Your saved progress is untouched. Reload to carry on.",
            ));
            pre.set_text_content(Some(&details));
            link.set_text_content(Some("Reload Judgement Call"));
            let _ = link.set_attribute("href", "./");
            for child in [heading, text, link, pre] {
                let _ = main.append_child(&child);
            }
        }
        let _ = body.append_child(&main);
    }));
}
