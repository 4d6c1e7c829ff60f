//! The library view: one card per scenario.

use yew::prelude::*;

use crate::library::Listing;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub listings: &'static [Listing],
}

#[component]
pub fn Library(props: &LibraryProps) -> Html {
    html! {
        <section aria-labelledby="library-title">
            <h1 id="library-title">{ "Scenario library" }</h1>
            <p class="lead">{ "Practise the calls product managers make: pick a scenario, decide, and see what it leads to." }</p>
            <ul class="cards">
                { for props.listings.iter().map(|s| html! {
                    <li class="card">
                        <h2>{ s.title }</h2>
                        <p>{ s.summary }</p>
                        { for s.minutes.map(|m| html! { <p class="meta">{ format!("About {m} min") }</p> }) }
                        <a class="button" href={Route::Play(s.id.to_string()).to_hash()}
                            aria-label={format!("Play {}", s.title)}>{ "Play" }</a>
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::{Library, LibraryProps};
    use crate::library::INDEX;

    #[wasm_bindgen_test]
    async fn shows_a_card_with_a_play_link_per_scenario() {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let props = LibraryProps { listings: INDEX };
        yew::Renderer::<Library>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        let cards = root.get_elements_by_class_name("card");
        assert_eq!(cards.length() as usize, INDEX.len());
        let heading = root.query_selector("h2").expect("valid selector").expect("a card heading");
        assert_eq!(heading.text_content().as_deref(), Some(INDEX[0].title));
        let link = root.query_selector("a.button").expect("valid selector").expect("a play link");
        assert_eq!(link.get_attribute("href"), Some(format!("#/play/{}", INDEX[0].id)));
    }
}
