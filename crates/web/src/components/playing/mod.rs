//! The playing view of one scenario: its title and progress, the choice of mode, feedback
//! on the last response (practice), the scene and decision now, or the ending.
//!
//! After each response, focus moves to the heading of what comes next and a live region
//! says what happened, so the story can be followed with a keyboard and a screen reader.
//!
//! Drawn in parts, each in a file of its own: `head` (level, length, mode, title, progress),
//! `controls` (the choice of mode, starting over), `news` (the feedback and the live
//! announcement) and `turn` (the decision now, or the ending).

mod controls;
mod head;
mod news;
mod turn;

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::state_panel;
use crate::hooks::boot;
use crate::hooks::use_focus::use_focus;
use crate::hooks::use_session::use_session;
use crate::model::session::{Shared, expected_decisions};
use crate::phrase;
use engine::{PlayError, Step};
use site::{Module, Place};

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

    let replayed = engine::replay(scenario, &state.playthrough);
    let ended = matches!(&replayed, Ok(position) if matches!(position.step, Step::End(_)));
    // After a finished scenario, a backup: the learner has something to lose now. An LMS
    // keeps its own record, and the Author view saves nothing. The review module draws it
    // (it has the export) once loaded, and is then ready for the debrief; if it cannot be
    // loaded, the profile exports the same file.
    let backup = ended && props.persist && !handle.recorded;
    use_effect_with(backup, |&backup| {
        if backup {
            wasm_bindgen_futures::spawn_local(async {
                boot::mount(Module::Review, BACKUP, "backup").await;
            });
        }
    });
    let position = match replayed {
        Ok(position) => position,
        Err(error) => return stopped(&error, &handle.on_restart),
    };
    let dispatch = state.dispatcher().to_callback();
    // The Debrief view reads the attempt from storage, so it is offered only when it is kept.
    let debrief = (props.persist && handle.kept).then(|| Place::Debrief(meta.id.clone()).to_hash());
    // A session an LMS records is the attempt that counts: no choice of mode, no starting over.
    let choosing = turn == 0 && !ended && !handle.recorded;
    let may_restart = turn > 0 && !ended && !handle.recorded;

    let main = html! {
        <article class="session" aria-labelledby="scenario-title">
            { head::view(meta, state.mode, turn, ended, expected) }
            { for handle.notice.clone().map(|why| notice(phrase!("playing-saved-unusable"), "status", html! { <p>{ why }</p> })) }
            if !handle.kept {
                { notice(phrase!("playing-not-kept"), "status", html! {
                    <p>{ phrase!("playing-not-kept-body") }</p>
                }) }
            }
            if turn == 0 && !meta.goal.is_empty() {
                <p class="goal"><strong>{ phrase!("playing-goal") }</strong>{ " " }<span lang={meta.language.clone()}>{ meta.goal.clone() }</span></p>
            }
            { for choosing.then(|| controls::modes(state.mode, &dispatch)) }
            { news::feedback(&state, &position, &dispatch) }
            <p class="visually-hidden" aria-live="polite">{ news::announcement(&state, &position) }</p>
            { turn::view(&state, &position, &dispatch, &handle.on_restart, debrief) }
            if backup {
                <div id={BACKUP} class="review-host" data-module="review"></div>
            }
            <footer class="session-foot">
                { controls::restart(&confirming, may_restart, &handle.on_restart) }
                if props.persist && !ended {
                    <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("playing-back") }</a>
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

/// Where the review module draws the offer of a backup (see `components::backup`).
const BACKUP: &str = "review-root";

/// What is drawn when the playthrough cannot be replayed: why, and the way to start again.
fn stopped(error: &PlayError, on_restart: &Callback<()>) -> Html {
    let body = html! {
        <>
            <p>{ phrase!("playing-stopped", error = crate::components::notice::play_error(error)) }</p>
            <button type="button" class="button" onclick={on_restart.reform(|_: MouseEvent| ())}>
                { phrase!("playing-start-again") }
            </button>
        </>
    };
    notice(phrase!("playing-cannot-continue"), "alert", body)
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
