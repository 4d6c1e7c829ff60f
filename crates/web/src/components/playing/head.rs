//! The head of a scenario being played: its level, length and mode, its title, and the
//! progress bar.

use yew::prelude::*;

use crate::components::progress;
use crate::model::session::Mode;
use crate::phrase;
use engine::scenario::{Level, Meta};

/// The head for the scenario `meta` describes, `turn` decisions in (`ended` once the story
/// is over), out of about `expected`.
pub fn view(meta: &Meta, mode: Mode, turn: usize, ended: bool, expected: usize) -> Html {
    let progress_label = if ended {
        phrase!("playing-finished", count = turn)
    } else {
        phrase!("playing-progress", number = turn + 1, expected = expected)
    };
    html! {
        <header class="session-head">
            <p class="eyebrow">
                { for meta.level.map(|l| html! { <span class="badge">{ level(l) }</span> }) }
                { for meta.minutes.map(|m| html! { <span>{ phrase!("playing-minutes", minutes = m) }</span> }) }
                if turn > 0 || ended {
                    if mode == Mode::Practice {
                        <span class="badge mode-badge">{ phrase!("playing-practice") }</span>
                    } else {
                        <span class="badge mode-badge assessment">{ phrase!("playing-assessment") }</span>
                    }
                }
            </p>
            <h1 id="scenario-title" lang={meta.language.clone()}>{ meta.title.clone() }</h1>
            { progress::bar(if ended { expected.max(turn) } else { turn }, expected, progress_label) }
        </header>
    }
}

/// A scenario's level, as its badge says it (as a library card's does).
fn level(level: Level) -> String {
    crate::components::card::level_name(level.as_str())
}
