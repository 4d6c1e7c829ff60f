//! The library view: a welcome on the first visit, then one card per built-in scenario with
//! the learner's progress in it.

use yew::prelude::*;

use crate::components::card;
use crate::components::notice::notice;
use crate::hooks::use_saved::use_saved;
use crate::hooks::use_title::use_title;
use library::INDEX;

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
    html! {
        <section class="library" aria-labelledby="library-title">
            <h1 id="library-title">{ "Scenario library" }</h1>
            <p class="lead">{ "Practise the calls product managers make: read the situation, decide, and see what your decision leads to." }</p>
            if !saved.persistent {
                { notice("This browser is not keeping your progress", "status", html! {
                    <p>{ "Storage is turned off here (a private window, or the app is embedded in another page), so your answers last only until you close this tab." }</p>
                }) }
            }
            if first_visit {
                <section class="welcome" aria-labelledby="welcome-title">
                    <h2 id="welcome-title">{ "Welcome to Judgement Call" }</h2>
                    <p>{ "Each scenario is a real product dilemma with no answer key: a panel of experienced product leaders rated every option, and the story follows your choices." }</p>
                    <ol class="steps">
                        <li><strong>{ "Read the situation." }</strong>{ " Scenes give you the facts, the people and the pressure." }</li>
                        <li><strong>{ "Decide." }</strong>{ " Pick an option, rate or rank several, or tick what matters, and say how sure you are." }</li>
                        <li><strong>{ "Learn." }</strong>{ " In practice mode you see what happened, coaching and the experts' reasoning after every decision. Assessment mode holds feedback to the end." }</li>
                    </ol>
                    <p class="hint">{ "A first scenario takes about 20 minutes. Your progress is saved on this device after every answer." }</p>
                </section>
            }
            <ul class="cards">
                { for INDEX.iter().map(|listing| {
                    let asking = *confirming == Some(listing.id);
                    card::view(listing, saved.log(listing.id), asking, &on_confirm, &on_restart)
                }) }
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::Library;
    use library::INDEX;

    #[wasm_bindgen_test]
    async fn shows_a_card_with_a_play_link_per_scenario() {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        yew::Renderer::<Library>::with_root(root.clone()).render();
        yew::scheduler::flush().await;

        let cards = root.get_elements_by_class_name("card");
        assert_eq!(cards.length() as usize, INDEX.len());
        let heading = root.query_selector(".card h2").expect("valid selector").expect("a card heading");
        assert_eq!(heading.text_content().as_deref(), Some(INDEX[0].title));
        let link = root.query_selector(".card a.button").expect("valid selector").expect("a play link");
        assert_eq!(link.get_attribute("href"), Some(format!("#/play/{}", INDEX[0].id)));
    }
}
