//! The form for one decision: the widget for its kind, then the confidence question and the
//! rationale when the decision asks for them, then Submit.
//!
//! The form keeps the draft answer (`model::draft`) and sends a whole [`Response`] with the
//! rationale up through `on_respond`; the parent keys it by turn so each decision starts
//! fresh. A `pick` that asks for nothing else is answered by one press of an option;
//! otherwise pressing an option selects it and Submit sends it. Submitting an incomplete
//! answer says what is missing instead.

use yew::prelude::*;

use crate::components::rank::Rank;
use crate::components::{checklist, confidence, pick, rate};
use crate::model::draft::{Draft, Edit, Missing};
use crate::model::session::Shared;
use crate::phrase;
use engine::Response;
use engine::scenario::{DEFAULT_CONFIDENCE_PROMPT, DEFAULT_RATIONALE_PROMPT, DecisionKind, NodeId};

#[derive(Properties, PartialEq)]
pub struct DecisionFormProps {
    pub scenario: Shared,
    /// The decision's node index.
    pub node: NodeId,
    /// The options' authored indices in the order to show them.
    pub order: Vec<usize>,
    /// How many responses came before; names form fields uniquely.
    pub turn: usize,
    pub on_respond: Callback<(Response, String)>,
}

#[component]
pub fn DecisionForm(props: &DecisionFormProps) -> Html {
    let n = props.scenario.decision(props.node).map_or(0, |d| d.options.len());
    let draft = use_reducer(|| Draft::new(n, &props.order));
    let Some(decision) = props.scenario.decision(props.node) else { return Html::default() };
    let kind = decision.kind;
    // The scenario's own words (the question, options, prompts) are in its language.
    let lang = AttrValue::from(props.scenario.meta.language.clone());
    let one_step = kind == DecisionKind::Pick && decision.confidence.is_none() && decision.rationale.is_none();
    let ask_id = format!("ask-{}", props.turn);
    let edit = draft.dispatcher();

    // Sends the draft (with the option just pressed, for a one-step pick), or says what is
    // missing.
    let submit = {
        let (draft, scenario, node, on_respond) =
            (draft.clone(), props.scenario.clone(), props.node, props.on_respond.clone());
        Callback::from(move |pick: Option<usize>| {
            let Some(decision) = scenario.decision(node) else { return };
            match draft.response(decision, pick) {
                Ok(response) => on_respond.emit((response, draft.rationale.trim().to_string())),
                Err(missing) => draft.dispatch(Edit::Problem(missing)),
            }
        })
    };
    let widget = match kind {
        DecisionKind::Pick => {
            let on_choose = if one_step { submit.reform(Some) } else { edit.to_callback().reform(Edit::Select) };
            pick::view(decision, &lang, &props.order, draft.selected, one_step, &ask_id, &on_choose)
        }
        DecisionKind::Rate => {
            let on_rate = edit.to_callback().reform(|(option, value)| Edit::Rate(option, value));
            rate::view(decision, &lang, &props.order, &draft.ratings, props.turn, &on_rate)
        }
        DecisionKind::Rank => {
            let on_move = edit.to_callback().reform(|(from, to)| Edit::Move(from, to));
            html! { <Rank scenario={props.scenario.clone()} node={props.node} ranking={draft.ranking.clone()} turn={props.turn} {on_move} /> }
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            checklist::view(decision, &lang, &props.order, &draft.ticks, &edit.to_callback().reform(Edit::Toggle))
        }
    };
    let confidence_question = decision.confidence.as_ref().map(|prompt| {
        let (prompt, lang) = worded(prompt, &lang, DEFAULT_CONFIDENCE_PROMPT, || phrase!("decision-confidence-prompt"));
        confidence::view(&prompt, &lang, draft.confidence, &edit.to_callback().reform(Edit::Confidence))
    });
    let rationale_field = decision.rationale.as_ref().map(|prompt| {
        let (prompt, lang) = worded(prompt, &lang, DEFAULT_RATIONALE_PROMPT, || phrase!("decision-rationale-prompt"));
        let id = format!("rationale-{}", props.turn);
        let hint = format!("{id}-hint");
        let oninput = edit.to_callback().reform(|event: InputEvent| {
            Edit::Rationale(
                event.target_dyn_into::<web_sys::HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default(),
            )
        });
        html! {
            <div class="rationale">
                <label for={id.clone()} lang={&lang}>{ prompt }</label>
                <p class="hint" id={hint.clone()}>{ phrase!("decision-rationale-hint") }</p>
                <textarea {id} rows="3" aria-describedby={hint} value={draft.rationale.clone()} {oninput} />
            </div>
        }
    });
    let hint = match kind {
        DecisionKind::Pick if one_step => phrase!("decision-hint-pick"),
        DecisionKind::Pick => phrase!("decision-hint-pick-submit"),
        DecisionKind::Rate => phrase!("decision-hint-rate"),
        DecisionKind::Rank => phrase!("decision-hint-rank"),
        DecisionKind::Considerations => phrase!("decision-hint-considerations"),
        DecisionKind::Pivot => phrase!("decision-hint-pivot"),
    };
    html! {
        <div class="decision" data-kind={kind.as_str()}>
            <h3 class="ask" id={ask_id} lang={&lang}>{ &decision.ask }</h3>
            <p class="hint">{ hint }</p>
            { widget }
            { for confidence_question }
            { for rationale_field }
            <p class="problem" aria-live="assertive">{ draft.problem.map(Missing::said).unwrap_or_default() }</p>
            if !one_step {
                <button type="button" class="button submit" data-submit="" onclick={submit.reform(|_: MouseEvent| None)}>{ phrase!("decision-submit") }</button>
            }
        </div>
    }
}

/// A question the decision asks after the answer, in the scenario's language `lang`; or, when
/// the scenario gave no words of its own (the engine's `default`), the interface's words in
/// the interface's language.
fn worded(prompt: &str, lang: &AttrValue, default: &str, interface: impl FnOnce() -> String) -> (String, AttrValue) {
    if prompt == default {
        (interface(), AttrValue::from(phrase::language()))
    } else {
        (prompt.to_string(), lang.clone())
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

    use super::{DecisionForm, DecisionFormProps, NodeId};
    use crate::model::session::Shared;
    use engine::{self, Answer, Confidence, Response};

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
        let props = DecisionFormProps { scenario, node: NodeId::new(0), order: vec![1, 0], turn: 0, on_respond };
        yew::Renderer::<DecisionForm>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;

        // Without a confidence level, submitting sends nothing and says what is missing.
        click(&root, "button[data-submit]");
        yew::scheduler::flush().await;
        assert_eq!(*sent.borrow(), None);
        let problem = root.query_selector(".problem").expect("valid").expect("a problem line");
        assert!(!problem.text_content().unwrap_or_default().is_empty(), "says what is missing");
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
