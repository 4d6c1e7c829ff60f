//! The play view: the passage so far, then the decision's form or the ending.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{self, Playthrough, Response, Scenario, Step};
use crate::ui::components::decision::DecisionForm;
use crate::ui::components::prose;
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct PlayProps {
    pub scenario: Rc<Scenario>,
}

#[component]
pub fn Play(props: &PlayProps) -> Html {
    let scenario = &*props.scenario;
    let playthrough = use_state(|| Playthrough::new(scenario, 1));
    let position = match engine::replay(scenario, &playthrough) {
        Ok(position) => position,
        Err(error) => return html! { <p role="alert">{ error.to_string() }</p> },
    };
    let on_respond = {
        let playthrough = playthrough.clone();
        let scenario = props.scenario.clone();
        Callback::from(move |response: Response| {
            if let Ok(next) = engine::respond(&scenario, &playthrough, response) {
                playthrough.set(next);
            }
        })
    };
    let passage = prose::blocks(position.passage.iter().flat_map(|passed| passed.prose.iter().copied()));
    let step = match &position.step {
        Step::Decide { decision, order } => html! {
            <div class="turn" data-turn={position.history.len().to_string()}>
                <DecisionForm key={position.history.len()} decision={(*decision).clone()} order={order.clone()} {on_respond} />
            </div>
        },
        Step::End(ending) => html! {
            <section class="ending" aria-labelledby="ending-title">
                <h2 id="ending-title">{ &ending.title }</h2>
                <a class="button" href={Route::Library.to_hash()}>{ "Back to the library" }</a>
            </section>
        },
    };
    html! {
        <article class="play" aria-labelledby="scenario-title">
            <h1 id="scenario-title">{ &scenario.meta.title }</h1>
            <div class="prose">{ passage }</div>
            { step }
        </article>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::HtmlElement;

    use super::{Play, PlayProps};
    use crate::engine;

    /// The tiny placeholder scenario the tests play: one decision, two endings.
    const FIRST_CALL: &str = include_str!("../../../tests/it/fixtures/first-call.scenario");

    fn mount(source: &str) -> web_sys::Element {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let props = PlayProps { scenario: std::rc::Rc::new(engine::load(source).expect("loads")) };
        yew::Renderer::<Play>::with_root_and_props(root.clone(), props).render();
        root
    }

    #[wasm_bindgen_test]
    async fn picking_an_option_plays_on_to_the_ending() {
        let root = mount(FIRST_CALL);
        yew::scheduler::flush().await;
        let prose = root.query_selector(".prose").expect("valid selector").expect("prose");
        assert!(prose.text_content().unwrap_or_default().contains("Thursday afternoon"));
        assert!(prose.query_selector("strong").expect("valid selector").is_some(), "**Monday** is strong");
        let buttons = root.query_selector_all("button.choice[data-choice]").expect("valid selector");
        assert_eq!(buttons.length(), 2);
        let call = root.query_selector("button[data-choice='0']").expect("valid selector").expect("option 0");
        call.dyn_into::<HtmlElement>().expect("a button").click();
        yew::scheduler::flush().await;
        let heading = root.query_selector("#ending-title").expect("valid selector").expect("an ending");
        assert_eq!(heading.text_content().as_deref(), Some("A calm Monday"));
    }

    #[wasm_bindgen_test]
    async fn prose_never_becomes_markup() {
        let source = "id: t\ntitle: T\n== ending e\ntitle: E\n<b>bold</b> and [x](javascript:alert(1)) and [ok](https://example.com)\n";
        let root = mount(source);
        yew::scheduler::flush().await;
        let prose = root.query_selector(".prose").expect("valid selector").expect("prose");
        assert!(prose.query_selector("b").expect("valid selector").is_none());
        assert!(prose.text_content().unwrap_or_default().contains("<b>bold</b>"));
        let links = prose.query_selector_all("a").expect("valid selector");
        assert_eq!(links.length(), 1);
    }
}
