//! The library view: one card per scenario.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Scenario;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub scenarios: Rc<Vec<Scenario>>,
}

#[component]
pub fn Library(props: &LibraryProps) -> Html {
    html! {
        <section aria-labelledby="library-title">
            <h1 id="library-title">{ "Scenario library" }</h1>
            <p class="lead">{ "Practise the calls product managers make: pick a scenario, decide, and see what it leads to." }</p>
            <ul class="cards">
                { for props.scenarios.iter().map(|s| html! {
                    <li class="card">
                        <h2>{ &s.meta.title }</h2>
                        <p>{ &s.meta.summary }</p>
                        { for s.meta.minutes.map(|m| html! { <p class="meta">{ format!("About {m} min") }</p> }) }
                        <a class="button" href={Route::Play(s.meta.id.clone()).to_hash()}
                            aria-label={format!("Play {}", s.meta.title)}>{ "Play" }</a>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use wasm_bindgen_test::wasm_bindgen_test;

    use super::{Library, LibraryProps};
    use crate::engine;
    use crate::library::ENTRIES;

    #[wasm_bindgen_test]
    async fn shows_a_card_with_a_play_link_per_scenario() {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let scenarios: Vec<_> = ENTRIES.iter().map(|e| engine::load(e.source).expect("loads")).collect();
        let first_title = scenarios[0].meta.title.clone();
        let props = LibraryProps { scenarios: Rc::new(scenarios) };
        yew::Renderer::<Library>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        let cards = root.get_elements_by_class_name("card");
        assert_eq!(cards.length() as usize, ENTRIES.len());
        let heading = root.query_selector("h2").expect("valid selector").expect("a card heading");
        assert_eq!(heading.text_content().as_deref(), Some(first_title.as_str()));
        let link = root.query_selector("a.button").expect("valid selector").expect("a play link");
        let first_id = engine::load(ENTRIES[0].source).expect("loads").meta.id;
        assert_eq!(link.get_attribute("href"), Some(format!("#/play/{first_id}")));
    }
}
