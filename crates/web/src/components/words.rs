//! Words with marked spans ([`figures::Text`]) as HTML: the label that leads a sentence in
//! `<strong>`, a figure in `<span class="figure">`, the point to take away in `<strong
//! class="stress">`, and every other word as text. The CLI prints the same words plain.

use yew::prelude::*;

use figures::{Mark, Text};

/// The runs of `text` as inline elements.
pub fn view(text: &Text) -> Html {
    html! {
        { for text.runs().map(|(mark, words)| match mark {
            Mark::Plain => html! { { words.to_string() } },
            Mark::Label => html! { <strong>{ words.to_string() }</strong> },
            Mark::Figure => html! { <span class="figure">{ words.to_string() }</span> },
            Mark::Stress => html! { <strong class="stress">{ words.to_string() }</strong> },
        }) }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::prelude::*;

    use figures::Text;

    #[derive(Properties, PartialEq)]
    struct WordsProps {
        text: Text,
    }

    #[component]
    fn Words(props: &WordsProps) -> Html {
        html! { <p>{ super::view(&props.text) }</p> }
    }

    #[wasm_bindgen_test]
    async fn marked_words_become_elements_and_the_rest_stays_text() {
        let text = Text::new().label("Next step").plain(" (at ").figure("0.40").plain("): ").stress("Ask first.");
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        yew::Renderer::<Words>::with_root_and_props(root.clone(), WordsProps { text: text.clone() }).render();
        yew::scheduler::flush().await;
        assert_eq!(
            root.inner_html(),
            "<p><strong>Next step</strong> (at <span class=\"figure\">0.40</span>): <strong class=\"stress\">Ask \
             first.</strong></p>"
        );
        assert_eq!(root.text_content(), Some(text.to_string()), "the same words as the CLI prints");
    }
}
