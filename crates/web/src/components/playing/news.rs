//! What a learner is told after each response: the feedback on it (practice mode), and the
//! sentence the live region reads out, so the story can be followed with a screen reader.

use yew::prelude::*;

use crate::components::feedback::{self, verdict};
use crate::model::session::{Action, Mode, Session};
use crate::phrase;
use engine::{Position, Step};

/// The feedback on the last response in practice mode, with the way to change it; nothing
/// in assessment mode or before the first response.
pub fn feedback(state: &Session, position: &Position<'_>, dispatch: &Callback<Action>) -> Html {
    let (Mode::Practice, Some(answered)) = (state.mode, position.history.last()) else {
        return Html::default();
    };
    let turn = state.playthrough.responses.len();
    let rationale = state.rationales.last().map_or("", String::as_str);
    let on_rewind = dispatch.reform(|()| Action::Rewind);
    feedback::view(&state.scenario, answered.decision, turn - 1, &answered.response, rationale, Some(&on_rewind), 2)
}

/// What the live region says after a response: that it was recorded, its verdict in
/// practice mode, and what comes next. Empty before the first response.
pub fn announcement(state: &Session, position: &Position<'_>) -> String {
    let Some(answered) = position.history.last() else {
        return String::new();
    };
    let turn = state.playthrough.responses.len();
    let mut said = vec![phrase!("playing-recorded")];
    if state.mode == Mode::Practice
        && let Some(decision) = state.scenario.decision(answered.decision)
    {
        said.push(verdict(decision, &answered.response));
    }
    said.push(match &position.step {
        Step::Decide { .. } => phrase!("playing-now", number = turn + 1),
        Step::End(ending) => phrase!("playing-ended", ending = &ending.title),
    });
    said.join(" ")
}
