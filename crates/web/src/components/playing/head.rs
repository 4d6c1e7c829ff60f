//! The head of a scenario being played: its level, length and mode, its title, and the
//! progress bar.

use yew::prelude::*;

use crate::components::progress;
use crate::model::session::Mode;
use engine::scenario::Meta;

/// The head for the scenario `meta` describes, `turn` decisions in (`ended` once the story
/// is over), out of about `expected`.
pub fn view(meta: &Meta, mode: Mode, turn: usize, ended: bool, expected: usize) -> Html {
    let progress_label = if ended {
        format!("Finished: {turn} decisions")
    } else {
        format!("Decision {} of about {expected}", turn + 1)
    };
    html! {
        <header class="session-head">
            <p class="eyebrow">
                { for meta.level.map(|l| html! { <span class="badge">{ l.as_str() }</span> }) }
                { for meta.minutes.map(|m| html! { <span>{ format!("{m} min") }</span> }) }
                if turn > 0 || ended {
                    if mode == Mode::Practice {
                        <span class="badge mode-badge">{ "Practice" }</span>
                    } else {
                        <span class="badge mode-badge assessment">{ "Assessment" }</span>
                    }
                }
            </p>
            <h1 id="scenario-title">{ meta.title.clone() }</h1>
            { progress::bar(if ended { expected.max(turn) } else { turn }, expected, progress_label) }
        </header>
    }
}
