//! The form for one decision: the widget for its kind, then the confidence question and the
//! rationale when the decision asks for them, then Submit.
//!
//! The form keeps the draft answer and sends a whole [`Response`] with the rationale up
//! through `on_respond`; the parent keys it by turn so each decision starts fresh. A `pick`
//! that asks for nothing else is answered by one press of an option; otherwise pressing an
//! option selects it and Submit sends it. Submitting an incomplete answer says what is
//! missing instead.

use yew::prelude::*;

use crate::engine::scenario::DecisionKind;
use crate::engine::{Answer, Confidence, Response};
use crate::ui::components::checklist::Checklist;
use crate::ui::components::confidence::ConfidenceQuestion;
use crate::ui::components::pick::Pick;
use crate::ui::components::rank::Rank;
use crate::ui::components::rate::RateEach;
use crate::ui::model::session::{Shared, decision};

#[derive(Properties, PartialEq)]
pub struct DecisionFormProps {
    pub scenario: Shared,
    /// The decision's node index.
    pub node: usize,
    /// The options' authored indices in the order to show them.
    pub order: Vec<usize>,
    /// How many responses came before; names form fields uniquely.
    pub turn: usize,
    pub on_respond: Callback<(Response, String)>,
}

#[component]
pub fn DecisionForm(props: &DecisionFormProps) -> Html {
    let n = decision(&props.scenario, props.node).map_or(0, |d| d.options.len());
    let selected = use_state(|| None::<usize>);
    let ratings = use_state(|| vec![0_u8; n]);
    let ranking = use_state(|| props.order.clone());
    let ticks = use_state(|| vec![false; n]);
    let confidence = use_state(|| None::<Confidence>);
    let rationale = use_state(String::new);
    let problem = use_state(|| None::<&'static str>);
    let Some(decision) = decision(&props.scenario, props.node) else { return Html::default() };
    let kind = decision.kind;
    let asks_confidence = decision.confidence.is_some();
    let one_step = kind == DecisionKind::Pick && !asks_confidence && decision.rationale.is_none();
    let ask_id = format!("ask-{}", props.turn);

    // Builds the response from the draft, or says what is missing.
    let build = {
        let (selected, ratings, ranking, ticks) = (selected.clone(), ratings.clone(), ranking.clone(), ticks.clone());
        let confidence = confidence.clone();
        move |pick: Option<usize>| -> Result<Response, &'static str> {
            let answer = match kind {
                DecisionKind::Pick => Answer::Pick(pick.or(*selected).ok_or("Choose an option first.")?),
                DecisionKind::Rate if ratings.contains(&0) => return Err("Rate every option from 1 to 7 first."),
                DecisionKind::Rate => Answer::Rate((*ratings).clone()),
                DecisionKind::Rank => Answer::Rank((*ranking).clone()),
                DecisionKind::Considerations | DecisionKind::Pivot => Answer::Tick((*ticks).clone()),
            };
            match (*confidence, asks_confidence) {
                (None, true) => Err("Say how sure you are first."),
                (level, _) => Ok(Response::new(answer, level.filter(|_| asks_confidence))),
            }
        }
    };
    let send = {
        let (on_respond, rationale, problem) = (props.on_respond.clone(), rationale.clone(), problem.clone());
        move |result: Result<Response, &'static str>| match result {
            Ok(response) => on_respond.emit((response, (*rationale).trim().to_string())),
            Err(missing) => problem.set(Some(missing)),
        }
    };

    let on_choose = {
        let (build, send, selected, problem) = (build.clone(), send.clone(), selected.clone(), problem.clone());
        Callback::from(move |option: usize| {
            if one_step {
                send(build(Some(option)));
            } else {
                selected.set(Some(option));
                problem.set(None);
            }
        })
    };
    let widget = match kind {
        DecisionKind::Pick => html! {
            <Pick scenario={props.scenario.clone()} node={props.node} order={props.order.clone()}
                selected={*selected} {one_step} labelled_by={ask_id.clone()} {on_choose} />
        },
        DecisionKind::Rate => {
            let on_rate = {
                let (ratings, problem) = (ratings.clone(), problem.clone());
                Callback::from(move |(option, value): (usize, u8)| {
                    let mut next = (*ratings).clone();
                    if let Some(slot) = next.get_mut(option) {
                        *slot = value;
                    }
                    ratings.set(next);
                    problem.set(None);
                })
            };
            html! {
                <RateEach scenario={props.scenario.clone()} node={props.node} order={props.order.clone()}
                    ratings={(*ratings).clone()} turn={props.turn} {on_rate} />
            }
        }
        DecisionKind::Rank => {
            let on_move = {
                let ranking = ranking.clone();
                Callback::from(move |(from, to): (usize, usize)| {
                    let mut next = (*ranking).clone();
                    if from < next.len() && to < next.len() {
                        let item = next.remove(from);
                        next.insert(to, item);
                    }
                    ranking.set(next);
                })
            };
            html! {
                <Rank scenario={props.scenario.clone()} node={props.node} ranking={(*ranking).clone()}
                    turn={props.turn} {on_move} />
            }
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let on_toggle = {
                let ticks = ticks.clone();
                Callback::from(move |option: usize| {
                    let mut next = (*ticks).clone();
                    if let Some(slot) = next.get_mut(option) {
                        *slot = !*slot;
                    }
                    ticks.set(next);
                })
            };
            html! {
                <Checklist scenario={props.scenario.clone()} node={props.node} order={props.order.clone()}
                    ticks={(*ticks).clone()} {on_toggle} />
            }
        }
    };
    let confidence_question = decision.confidence.as_ref().map(|prompt| {
        let on_choose = {
            let (confidence, problem) = (confidence.clone(), problem.clone());
            Callback::from(move |level| {
                confidence.set(Some(level));
                problem.set(None);
            })
        };
        html! { <ConfidenceQuestion prompt={prompt.clone()} value={*confidence} {on_choose} /> }
    });
    let rationale_field = decision.rationale.as_ref().map(|prompt| {
        let id = format!("rationale-{}", props.turn);
        let oninput = {
            let rationale = rationale.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(area) = event.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
                    rationale.set(area.value());
                }
            })
        };
        html! {
            <div class="rationale">
                <label for={id.clone()}>{ prompt }</label>
                <p class="hint" id={format!("{id}-hint")}>{ "Optional. Kept in your journal on this device." }</p>
                <textarea id={id.clone()} rows="3" aria-describedby={format!("{id}-hint")}
                    value={(*rationale).clone()} {oninput} />
            </div>
        }
    });
    let submit = (!one_step).then(|| {
        let onclick = {
            let (build, send) = (build.clone(), send.clone());
            Callback::from(move |_: MouseEvent| send(build(None)))
        };
        html! {
            <button type="button" class="button submit" data-submit="" {onclick}>{ "Submit" }</button>
        }
    });
    let hint = match kind {
        DecisionKind::Pick if one_step => "Choose one option.",
        DecisionKind::Pick => "Choose one option, then submit.",
        DecisionKind::Rate => "Rate every option from 1 (a poor call) to 7 (an excellent call).",
        DecisionKind::Rank => "Order the options from best to worst with the Move up and Move down buttons.",
        DecisionKind::Considerations => "Tick every consideration that matters here, and only those.",
        DecisionKind::Pivot => "Tick the facts that, if they were different, would change the best call.",
    };
    html! {
        <div class={classes!("decision", kind.as_str())}>
            <h3 class="ask" id={ask_id}>{ &decision.ask }</h3>
            <p class="hint">{ hint }</p>
            { widget }
            { for confidence_question }
            { for rationale_field }
            <p class="problem" aria-live="assertive">{ (*problem).unwrap_or_default() }</p>
            { for submit }
        </div>
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
    use crate::engine::{self, Answer, Confidence, Response};
    use crate::ui::model::session::Shared;

    fn click(root: &web_sys::Element, selector: &str) {
        let element = root.query_selector(selector).expect("valid selector").expect(selector);
        element.dyn_into::<HtmlElement>().expect("an HTML element").click();
    }

    #[wasm_bindgen_test]
    async fn a_checklist_sends_its_ticks_with_the_confidence_asked_for() {
        let source = "id: t\ntitle: T\n== decision d (considerations)\nask: What matters?\nconfidence:\n* a: A\n  weight: +2\n* b: B\n  weight: -2\n-> e\n== ending e\ntitle: E\n";
        let scenario = Shared(Rc::new(engine::read(source).expect("reads")));
        let sent: Rc<RefCell<Option<(Response, String)>>> = Rc::default();
        let on_respond = {
            let sent = sent.clone();
            Callback::from(move |response| *sent.borrow_mut() = Some(response))
        };
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let props = DecisionFormProps { scenario, node: 0, order: vec![1, 0], turn: 0, on_respond };
        yew::Renderer::<DecisionForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        // Without a confidence level, submitting sends nothing and says what is missing.
        click(&root, "button[data-submit]");
        yew::scheduler::flush().await;
        assert_eq!(*sent.borrow(), None);
        let problem = root.query_selector(".problem").expect("valid").expect("a problem line");
        assert!(problem.text_content().unwrap_or_default().contains("how sure"));
        // The first checkbox shown is option 1.
        click(&root, "input[type=checkbox]");
        click(&root, "input[name^=confidence][data-level='3']");
        yew::scheduler::flush().await;
        click(&root, "button[data-submit]");
        yew::scheduler::flush().await;
        let expected = Response::new(Answer::Tick(vec![false, true]), Some(Confidence::Sure));
        assert_eq!(*sent.borrow(), Some((expected, String::new())));
    }
}
