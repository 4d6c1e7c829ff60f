//! The playing view of one scenario: its title and progress, the choice of mode, feedback
//! on the last response (practice), the scene and decision now, or the ending.
//!
//! After each response, focus moves to the heading of what comes next and a live region
//! says what happened, so the story can be followed with a keyboard and a screen reader.

use yew::prelude::*;

use crate::components::decision::DecisionForm;
use crate::components::feedback::verdict;
use crate::components::notice::notice;
use crate::components::{ending, feedback, progress, prose, state_panel};
use crate::hooks::use_focus::use_focus;
use crate::hooks::use_session::use_session;
use crate::model::session::{Action, Mode, Shared, expected_decisions};
use engine::{self, Answer, Response, Step};
use site::Place;

#[derive(Properties, PartialEq)]
pub struct PlayingProps {
    pub scenario: Shared,
    /// Saves progress in the browser (built-in scenarios) or not (the Author view).
    pub persist: bool,
    /// Shows the state panel (the Author view).
    #[prop_or_default]
    pub show_state: bool,
}

#[component]
pub fn Playing(props: &PlayingProps) -> Html {
    let handle = use_session(props.scenario.clone(), props.persist);
    let state = handle.session.clone();
    let turn = state.playthrough.responses.len();
    let expected = {
        let key = (state.scenario.clone(), state.playthrough.clone());
        *use_memo(key, |(scenario, playthrough)| expected_decisions(scenario, playthrough))
    };
    let confirming = use_state(|| false);
    use_focus(turn, Some("turn-title".to_string()));
    let scenario = &state.scenario;
    let meta = &scenario.meta;

    let position = match engine::replay(scenario, &state.playthrough) {
        Ok(position) => position,
        Err(error) => {
            let body = html! {
                <>
                    <p>{ format!("The scenario stopped: {error}.") }</p>
                    <button type="button" class="button" onclick={handle.on_restart.reform(|_: MouseEvent| ())}>
                        { "Start again" }
                    </button>
                </>
            };
            return notice("This playthrough cannot continue", "alert", body);
        }
    };
    let ended = matches!(position.step, Step::End(_));

    let on_respond = {
        let state = state.clone();
        Callback::from(move |(response, rationale): (Response, String)| {
            state.dispatch(Action::Respond(response, rationale))
        })
    };
    let dispatch = state.dispatcher().to_callback();
    let on_rewind = dispatch.reform(|()| Action::Rewind);
    let set_mode = |mode: Mode| dispatch.reform(move |_: Event| Action::SetMode(mode));

    // The Debrief view reads the attempt from storage, so it is offered only when it is kept.
    let debrief = (props.persist && handle.kept).then(|| Place::Debrief(meta.id.clone()).to_hash());
    let last = position.history.last();
    let feedback = match (state.mode, last) {
        (Mode::Practice, Some(answered)) => {
            let rationale = state.rationales.last().map_or("", String::as_str);
            feedback::view(scenario, answered.decision, turn - 1, &answered.response, rationale, Some(&on_rewind), 2)
        }
        _ => Html::default(),
    };
    // What happened straight after a pick: shown as story in assessment mode (practice mode
    // shows it in the feedback).
    let consequence = match (state.mode, last) {
        (Mode::Assessment, Some(answered)) => match answered.response.answer {
            Answer::Pick(option) => scenario
                .decision(answered.decision)
                .and_then(|d| d.options.get(option))
                .map(|o| html! { <div class="prose consequence">{ prose::blocks(&o.consequence) }</div> })
                .unwrap_or_default(),
            _ => Html::default(),
        },
        _ => Html::default(),
    };
    let passage = prose::blocks(position.passage.iter().flat_map(|passed| passed.prose.iter().copied()));
    let announcement = match last {
        None => String::new(),
        Some(answered) => {
            let mut text = String::from("Answer recorded. ");
            if state.mode == Mode::Practice
                && let Some(decision) = scenario.decision(answered.decision)
            {
                text.push_str(&verdict(decision, &answered.response));
                text.push(' ');
            }
            match &position.step {
                Step::Decide { .. } => text.push_str(&format!("Now: decision {}.", turn + 1)),
                Step::End(ending) => text.push_str(&format!("The story has ended: {}.", ending.title)),
            }
            text
        }
    };

    let step = match &position.step {
        Step::Decide { order, .. } => html! {
            <section class="turn" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                <h2 id="turn-title" class="turn-title" tabindex="-1">{ format!("Decision {}", turn + 1) }</h2>
                { consequence }
                <div class="prose scene">{ passage }</div>
                <DecisionForm key={turn} scenario={scenario.clone()} node={position.node} order={order.clone()} {turn} {on_respond} />
            </section>
        },
        Step::End(ending) => html! {
            <section class="turn ending" key={turn} data-turn={turn.to_string()} aria-labelledby="turn-title">
                <p class="eyebrow">{ "How it ended" }</p>
                <h2 id="turn-title" class="turn-title" tabindex="-1"><span id="ending-title">{ ending.title.clone() }</span></h2>
                { consequence }
                <div class="prose scene">{ passage }</div>
                { ending::view(scenario, &position.history, &state.rationales, state.mode, &handle.on_restart, debrief.clone()) }
            </section>
        },
    };

    let progress_label = if ended {
        format!("Finished: {turn} decisions")
    } else {
        format!("Decision {} of about {expected}", turn + 1)
    };
    // A session an LMS records is the attempt that counts: no choice of mode, no starting over.
    let mode_chooser = (turn == 0 && !ended && !handle.recorded).then(|| {
        html! {
            <fieldset class="modes">
                <legend>{ "How do you want to play?" }</legend>
                <label class="mode">
                    <input type="radio" name="mode" checked={state.mode == Mode::Practice} onchange={set_mode(Mode::Practice)} />
                    <span class="mode-name">{ "Practice" }</span>
                    <span class="mode-hint">{ "Feedback after every decision, and you can change your last answer." }</span>
                </label>
                <label class="mode">
                    <input type="radio" name="mode" checked={state.mode == Mode::Assessment} onchange={set_mode(Mode::Assessment)} />
                    <span class="mode-name">{ "Assessment" }</span>
                    <span class="mode-hint">{ "No feedback until the end, and every answer is final." }</span>
                </label>
            </fieldset>
        }
    });
    let confirm_to = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let restart = if *confirming {
        let on_restart = handle.on_restart.clone();
        let confirm = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| {
                confirming.set(false);
                on_restart.emit(());
            })
        };
        let cancel = confirm_to(false);
        html! {
            <div class="confirm" role="group" aria-label="Start over?">
                <p>{ "Start over from the beginning? Your answers in this attempt will be cleared." }</p>
                <button type="button" class="button danger" onclick={confirm}>{ "Start over" }</button>
                <button type="button" class="button secondary" onclick={cancel}>{ "Keep going" }</button>
            </div>
        }
    } else if turn > 0 && !ended && !handle.recorded {
        html! { <button type="button" class="button secondary" onclick={confirm_to(true)}>{ "Start over" }</button> }
    } else {
        Html::default()
    };

    let main = html! {
        <article class="session" aria-labelledby="scenario-title">
            <header class="session-head">
                <p class="eyebrow">
                    { for meta.level.map(|l| html! { <span class="badge">{ l.as_str() }</span> }) }
                    { for meta.minutes.map(|m| html! { <span>{ format!("{m} min") }</span> }) }
                    if turn > 0 || ended {
                        if state.mode == Mode::Practice {
                            <span class="badge mode-badge">{ "Practice" }</span>
                        } else {
                            <span class="badge mode-badge assessment">{ "Assessment" }</span>
                        }
                    }
                </p>
                <h1 id="scenario-title">{ meta.title.clone() }</h1>
                { progress::bar(if ended { expected.max(turn) } else { turn }, expected, progress_label) }
            </header>
            { for handle.notice.clone().map(|why| notice("Your saved progress could not be used", "status", html! { <p>{ why }</p> })) }
            if !handle.kept {
                { notice("This browser is not keeping your progress", "status", html! {
                    <p>{ "Storage is turned off here, so your answers last only until you close this tab." }</p>
                }) }
            }
            if turn == 0 && !meta.goal.is_empty() {
                <p class="goal"><strong>{ "Your goal: " }</strong>{ meta.goal.clone() }</p>
            }
            { for mode_chooser }
            { feedback }
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
            { step }
            <footer class="session-foot">
                { restart }
                if props.persist && !ended {
                    <a class="button secondary" href={Place::Library.to_hash()}>{ "Back to the library" }</a>
                }
            </footer>
        </article>
    };
    if props.show_state {
        html! {
            <div class="with-state">
                { main }
                { state_panel::view(scenario, &position.state, &position.pending, turn) }
            </div>
        }
    } else {
        main
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;
    use web_sys::HtmlElement;

    use super::{Playing, PlayingProps};
    use crate::model::session::Shared;

    /// The tiny placeholder scenario the tests play: one decision, two endings.
    const FIRST_CALL: &str = include_str!("../../../../../tests/it/fixtures/first-call.scenario");

    fn mount(source: &str) -> web_sys::Element {
        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        let scenario = Shared(Rc::new(engine::read(source).expect("reads")));
        let props = PlayingProps { scenario, persist: false, show_state: true };
        yew::Renderer::<Playing>::with_root_and_props(root.clone(), props).render();
        root
    }

    #[wasm_bindgen_test]
    async fn picking_an_option_plays_on_to_the_ending_with_feedback() {
        let root = mount(FIRST_CALL);
        yew::scheduler::flush().await;
        let prose = root.query_selector(".scene").expect("valid selector").expect("prose");
        assert!(prose.text_content().unwrap_or_default().contains("Thursday afternoon"));
        assert!(prose.query_selector("strong").expect("valid selector").is_some(), "**Monday** is strong");
        let buttons = root.query_selector_all("button.choice[data-choice]").expect("valid selector");
        assert_eq!(buttons.length(), 2);
        let call = root.query_selector("button[data-choice='0']").expect("valid selector").expect("option 0");
        call.dyn_into::<HtmlElement>().expect("a button").click();
        yew::scheduler::flush().await;
        let heading = root.query_selector("#ending-title").expect("valid selector").expect("an ending");
        assert_eq!(heading.text_content().as_deref(), Some("A calm Monday"));
        // Practice mode: the consequence and the panel's view come straight after.
        let feedback = root.query_selector(".feedback").expect("valid").expect("feedback");
        assert!(feedback.text_content().unwrap_or_default().contains("Maya lists three script changes"));
        let score = root.query_selector(".score-value").expect("valid").expect("a score");
        assert_eq!(score.text_content().as_deref(), Some("100.0"));
    }

    #[wasm_bindgen_test]
    async fn prose_never_becomes_markup() {
        let source = "id: t\ntitle: T\n== ending e\ntitle: E\n<b>bold</b> and [x](javascript:alert(1)) and [ok](https://example.com)\n";
        let root = mount(source);
        yew::scheduler::flush().await;
        let prose = root.query_selector(".scene").expect("valid selector").expect("prose");
        assert!(prose.query_selector("b").expect("valid selector").is_none());
        assert!(prose.text_content().unwrap_or_default().contains("<b>bold</b>"));
        let links = prose.query_selector_all("a").expect("valid selector");
        assert_eq!(links.length(), 1);
    }
}
