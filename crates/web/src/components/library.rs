//! The library view: a welcome on the first visit, then one card per built-in scenario with
//! the learner's progress in it. A scenario translated into the interface's language is shown
//! in that language; scenarios in the interface's language come first, and a card says when
//! its scenario is in another.

use yew::prelude::*;

use crate::components::card;
use crate::components::notice::notice;
use crate::hooks::use_saved::use_saved;
use crate::hooks::use_title::use_title;
use crate::phrase;
use library::{INDEX, Listing};

/// The built-in scenarios as a learner speaking `language` sees them: each scenario once, in
/// `language` when it is in it or translated into it, those first, each group in the
/// library's order.
pub fn shelf(language: &str) -> Vec<&'static Listing> {
    let speaks = |tag: &str| phrase::same_language(tag, language);
    let shown = INDEX.iter().filter(|listing| listing.of.is_none()).map(|original| {
        let translated = INDEX.iter().find(|t| t.of == Some(original.id) && speaks(t.language));
        translated.filter(|_| !speaks(original.language)).unwrap_or(original)
    });
    // Two passes rather than a stable sort, whose code the app does not otherwise carry.
    let (mut first, rest): (Vec<&'static Listing>, Vec<&'static Listing>) = shown.partition(|l| speaks(l.language));
    first.extend(rest);
    first
}

#[component]
pub fn Library() -> Html {
    use_title(String::new());
    let (saved, on_restart) = use_saved();
    // The scenario whose "Start over" is waiting to be confirmed.
    let confirming = use_state(|| None::<&'static str>);
    let on_confirm = {
        let confirming = confirming.clone();
        Callback::from(move |id| confirming.set(id))
    };
    let first_visit = saved.logs.is_empty();
    let language = phrase::language();
    html! {
        <section class="library" aria-labelledby="library-title">
            <h1 id="library-title">{ phrase!("library-title") }</h1>
            <p class="lead">{ phrase!("library-lead") }</p>
            if !saved.persistent {
                { notice(phrase!("library-not-kept"), "status", html! {
                    <p>{ phrase!("library-not-kept-why") }</p>
                }) }
            }
            if first_visit {
                <section class="welcome" aria-labelledby="welcome-title">
                    <h2 id="welcome-title">{ phrase!("library-welcome") }</h2>
                    <p>{ phrase!("library-welcome-lead") }</p>
                    <ol class="steps">
                        <li><strong>{ phrase!("library-step-read") }</strong>{ " " }{ phrase!("library-step-read-more") }</li>
                        <li><strong>{ phrase!("library-step-decide") }</strong>{ " " }{ phrase!("library-step-decide-more") }</li>
                        <li><strong>{ phrase!("library-step-learn") }</strong>{ " " }{ phrase!("library-step-learn-more") }</li>
                    </ol>
                    <p class="hint">{ phrase!("library-welcome-hint") }</p>
                </section>
            }
            <ul class="cards">
                { for shelf(&language).into_iter().map(|listing| {
                    let asking = *confirming == Some(listing.id);
                    card::view(listing, &language, saved.log(listing.id), asking, &on_confirm, &on_restart)
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::{Library, shelf};
    use library::INDEX;

    #[wasm_bindgen_test]
    async fn shows_a_card_with_a_play_link_per_scenario() {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        yew::Renderer::<Library>::with_root(root.clone()).render();
        yew::scheduler::flush().await;

        let originals = INDEX.iter().filter(|l| l.of.is_none()).count();
        let cards = root.get_elements_by_class_name("card");
        assert_eq!(cards.length() as usize, originals, "one card per scenario, translations in its place");
        let heading = root.query_selector(".card h2").expect("valid selector").expect("a card heading");
        assert_eq!(heading.text_content().as_deref(), Some(INDEX[0].title));
        let link = root.query_selector(".card a.button").expect("valid selector").expect("a play link");
        assert_eq!(link.get_attribute("href"), Some(format!("#/play/{}", INDEX[0].id)));
    }

    #[wasm_bindgen_test]
    fn a_learner_sees_each_scenario_once_in_their_language_first() {
        let english = shelf("en");
        assert!(english.iter().all(|l| l.of.is_none() && l.language == "en"));
        let french = shelf("fr-CA");
        assert_eq!(french.len(), english.len());
        let translated = INDEX.iter().filter(|l| l.language == "fr").count();
        assert!(translated >= 2);
        assert!(french[..translated].iter().all(|l| l.language == "fr" && l.of.is_some()), "French first");
        assert!(french[translated..].iter().all(|l| l.language == "en"));
        assert!(
            !french.iter().any(|l| french.iter().any(|t| t.of == Some(l.id))),
            "never a scenario beside its translation"
        );
    }
}
