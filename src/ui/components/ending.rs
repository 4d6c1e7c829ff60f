//! What follows an ending's prose: the overall score against the pass mark and, in
//! assessment mode, the feedback that was held back, decision by decision. The full debrief
//! will grow here.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Answered, score};
use crate::ui::components::feedback::Feedback;
use crate::ui::model::session::{Mode, Shared};
use crate::ui::route::Route;

#[derive(Properties, PartialEq)]
pub struct EndingProps {
    pub scenario: Shared,
    pub history: Rc<Vec<Answered>>,
    pub rationales: Rc<Vec<String>>,
    pub mode: Mode,
    pub on_restart: Callback<()>,
}

#[component]
pub fn Ending(props: &EndingProps) -> Html {
    let overall = score::overall(&props.scenario, &props.history).round() as i64;
    let pass = i64::from(props.scenario.meta.pass);
    let passed = overall >= pass;
    let on_restart = props.on_restart.clone();
    let restart = Callback::from(move |_: MouseEvent| on_restart.emit(()));
    let decisions = props.history.len();
    html! {
        <>
            <section class="result" aria-labelledby="result-title">
                <h3 id="result-title">{ "Your result" }</h3>
                <p class="score">
                    <span class="score-value">{ overall }</span>
                    <span class="score-of">{ "out of 100" }</span>
                </p>
                <p class={classes!("verdict", if passed { "passed" } else { "not-passed" })}>
                    { if passed { "Passed" } else { "Not passed yet" } }
                    { format!(" · pass mark {pass} · {decisions} decision{}", if decisions == 1 { "" } else { "s" }) }
                </p>
                <p class="hint">{ "The score weighs every response against the options you had at the time, with partial credit for defensible calls. The first attempt is the one that counts; replays are for learning." }</p>
            </section>
            if props.mode == Mode::Assessment {
                <section class="review" aria-labelledby="review-title">
                    <h3 id="review-title">{ "Your decisions, with the feedback held until now" }</h3>
                    { for props.history.iter().enumerate().map(|(turn, answered)| html! {
                        <Feedback scenario={props.scenario.clone()} node={answered.decision} {turn}
                            response={answered.response.clone()}
                            rationale={props.rationales.get(turn).cloned().unwrap_or_default()} level={4} />
                    }) }
                </section>
            }
            <div class="actions">
                <button type="button" class="button" onclick={restart}>{ "Play again" }</button>
                <a class="button secondary" href={Route::Library.to_hash()}>{ "Back to the library" }</a>
            </div>
        </>
    }
}
