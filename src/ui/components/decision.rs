//! The form for one decision: buttons for `pick`, and minimal forms for rating, ranking and
//! ticking, with the confidence question when the decision asks it.
//!
//! The form keeps its draft answer in component state and sends a whole [`Response`] up
//! through `on_respond`; the parent keys it by turn so each decision starts fresh.

use yew::prelude::*;

use crate::engine::scenario::{Decision, DecisionKind};
use crate::engine::{Answer, Confidence, Response};

#[derive(Properties, PartialEq)]
pub struct DecisionFormProps {
    pub decision: Decision,
    /// The options' authored indices in the order to show them.
    pub order: Vec<usize>,
    pub on_respond: Callback<Response>,
}

#[component]
pub fn DecisionForm(props: &DecisionFormProps) -> Html {
    let decision = &props.decision;
    let n = decision.options.len();
    let confidence = use_state(|| None::<Confidence>);
    let ratings = use_state(|| vec![4_u8; n]);
    let ranking = use_state(|| props.order.clone());
    let ticks = use_state(|| vec![false; n]);
    let asks_confidence = decision.confidence.is_some();

    let send = {
        let confidence = confidence.clone();
        let on_respond = props.on_respond.clone();
        move |answer: Answer| {
            if asks_confidence && confidence.is_none() {
                return;
            }
            on_respond.emit(Response::new(answer, *confidence));
        }
    };
    let text = |i: usize| decision.options.get(i).map(|o| o.text.clone()).unwrap_or_default();

    let body = match decision.kind {
        DecisionKind::Pick => html! {
            { for props.order.iter().map(|&i| {
                let send = send.clone();
                html! {
                    <button type="button" class="choice" data-choice={i.to_string()}
                        onclick={Callback::from(move |_: MouseEvent| send(Answer::Pick(i)))}>
                        { text(i) }
                    </button>
                }
            }) }
        },
        DecisionKind::Rate => html! {
            <>
                { for props.order.iter().map(|&i| html! {
                    <fieldset class="rating">
                        <legend>{ text(i) }</legend>
                        { for (1..=7_u8).map(|value| {
                            let checked = ratings.get(i) == Some(&value);
                            let ratings = ratings.clone();
                            let onclick = Callback::from(move |_: MouseEvent| {
                                let mut next = (*ratings).clone();
                                if let Some(slot) = next.get_mut(i) {
                                    *slot = value;
                                }
                                ratings.set(next);
                            });
                            html! {
                                <label>
                                    <input type="radio" name={format!("rate-{i}")} data-option={i.to_string()}
                                        data-value={value.to_string()} {checked} {onclick} />
                                    { value }
                                </label>
                            }
                        }) }
                    </fieldset>
                }) }
                { submit(&send, Answer::Rate((*ratings).clone())) }
            </>
        },
        DecisionKind::Rank => html! {
            <>
                <ol class="ranking">
                    { for ranking.iter().enumerate().map(|(place, &i)| {
                        let ranking = ranking.clone();
                        let onclick = Callback::from(move |_: MouseEvent| {
                            let mut next = (*ranking).clone();
                            if place > 0 {
                                next.swap(place, place - 1);
                            }
                            ranking.set(next);
                        });
                        html! {
                            <li data-option={i.to_string()}>
                                { text(i) }
                                <button type="button" disabled={place == 0} {onclick}>{ "Move up" }</button>
                            </li>
                        }
                    }) }
                </ol>
                { submit(&send, Answer::Rank((*ranking).clone())) }
            </>
        },
        DecisionKind::Considerations | DecisionKind::Pivot => html! {
            <>
                { for props.order.iter().map(|&i| {
                    let checked = ticks.get(i) == Some(&true);
                    let ticks = ticks.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let mut next = (*ticks).clone();
                        if let Some(slot) = next.get_mut(i) {
                            *slot = !*slot;
                        }
                        ticks.set(next);
                    });
                    html! {
                        <label class="tick">
                            <input type="checkbox" data-option={i.to_string()} {checked} {onclick} />
                            { text(i) }
                        </label>
                    }
                }) }
                { submit(&send, Answer::Tick((*ticks).clone())) }
            </>
        },
    };

    let confidence_question = decision.confidence.as_ref().map(|prompt| {
        html! {
            <fieldset class="confidence">
                <legend>{ prompt }</legend>
                { for Confidence::ALL.into_iter().map(|level| {
                    let checked = *confidence == Some(level);
                    let confidence = confidence.clone();
                    let onclick = Callback::from(move |_: MouseEvent| confidence.set(Some(level)));
                    html! {
                        <label>
                            <input type="radio" name="confidence" data-level={level.level().to_string()} {checked} {onclick} />
                            { level.label() }
                        </label>
                    }
                }) }
            </fieldset>
        }
    });

    html! {
        <fieldset class="decision">
            <legend>{ &decision.ask }</legend>
            { for confidence_question }
            { body }
        </fieldset>
    }
}

fn submit(send: &(impl Fn(Answer) + Clone + 'static), answer: Answer) -> Html {
    let send = send.clone();
    html! {
        <button type="button" class="button" data-submit="" onclick={Callback::from(move |_: MouseEvent| send(answer.clone()))}>
            { "Submit" }
        </button>
    }
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::HtmlElement;
    use yew::prelude::*;

    use super::{DecisionForm, DecisionFormProps};
    use crate::engine::scenario::NodeKind;
    use crate::engine::{self, Answer, Confidence, Response};

    fn click(root: &web_sys::Element, selector: &str) {
        let element = root.query_selector(selector).expect("valid selector").expect(selector);
        element.dyn_into::<HtmlElement>().expect("an HTML element").click();
    }

    #[wasm_bindgen_test]
    async fn a_checklist_sends_its_ticks_with_the_confidence_asked_for() {
        let source = "id: t\ntitle: T\n== decision d (considerations)\nask: What matters?\nconfidence:\n* a: A\n  weight: +2\n* b: B\n  weight: -2\n-> e\n== ending e\ntitle: E\n";
        let scenario = engine::load(source).expect("loads");
        let NodeKind::Decision(decision) = scenario.nodes[0].kind.clone() else { panic!("a decision") };
        let sent: Rc<RefCell<Option<Response>>> = Rc::default();
        let on_respond = {
            let sent = sent.clone();
            Callback::from(move |response| *sent.borrow_mut() = Some(response))
        };
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let props = DecisionFormProps { decision, order: vec![1, 0], on_respond };
        yew::Renderer::<DecisionForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        // Without a confidence level, submitting sends nothing.
        click(&root, "button.button");
        yew::scheduler::flush().await;
        assert_eq!(*sent.borrow(), None);
        // The first checkbox shown is option 1.
        click(&root, "label.tick input");
        click(&root, "fieldset.confidence label:last-child input");
        yew::scheduler::flush().await;
        click(&root, "button.button");
        yew::scheduler::flush().await;
        assert_eq!(*sent.borrow(), Some(Response::new(Answer::Tick(vec![false, true]), Some(Confidence::Sure))));
    }
}
