//! What follows an ending's prose: the overall score against the pass mark, in assessment
//! mode the feedback that was held back, decision by decision, and the way on to the full
//! debrief (its own view, `#/debrief/<id>`).

use yew::prelude::*;

use crate::components::feedback;
use crate::model::session::Mode;
use crate::phrase;
use engine::{Answered, Scenario, score};
use site::Place;

/// The result of the playthrough whose responses are `history`; `debrief` links to its
/// debrief when the attempt is saved where the Debrief view can read it.
pub fn view(
    scenario: &Scenario,
    history: &[Answered],
    rationales: &[String],
    mode: Mode,
    on_restart: &Callback<()>,
    debrief: Option<String>,
) -> Html {
    let overall = score::overall(scenario, history);
    let pass = scenario.meta.pass;
    let passed = score::passes(overall, pass);
    let restart = on_restart.reform(|_: MouseEvent| ());
    let decisions = history.len();
    html! {
        <>
            <section class="result" aria-labelledby="result-title">
                <h3 id="result-title">{ phrase!("ending-result") }</h3>
                <p class="score">
                    <span class="score-value">{ phrase::number(phrase::score(overall, pass)) }</span>
                    <span class="score-of">{ format!(" {}", phrase!("ending-score-of")) }</span>
                </p>
                <p class={if passed { "verdict passed" } else { "verdict not-passed" }}>
                    if passed {
                        { phrase!("ending-passed", pass = pass, count = decisions) }
                    } else {
                        { phrase!("ending-not-passed", pass = pass, count = decisions) }
                    }
                </p>
                <p class="hint">{ phrase!("ending-score-hint") }</p>
            </section>
            if mode == Mode::Assessment {
                <section class="review" aria-labelledby="review-title">
                    <h3 id="review-title">{ phrase!("ending-review") }</h3>
                    { for history.iter().enumerate().map(|(turn, answered)| {
                        let rationale = rationales.get(turn).map_or("", String::as_str);
                        feedback::view(scenario, answered.decision, turn, &answered.response, rationale, None, 4)
                    }) }
                </section>
            }
            <div class="actions">
                if let Some(href) = debrief {
                    <a class="button" {href}>{ phrase!("ending-debrief") }</a>
                }
                <button type="button" class="button secondary" onclick={restart}>{ phrase!("ending-play-again") }</button>
                <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("ending-back") }</a>
            </div>
        </>
    }
}
