//! `rank`: the options as an ordered list, best first, reordered with a Move up and a Move
//! down button on each item.
//!
//! The buttons are named "Move up" and "Move down" and described by their item's text.
//! After a move, focus follows the moved item (to its other button when it reaches an end)
//! and a live region says where it went, so the list can be ordered with the keyboard and
//! a screen reader alone.

use yew::prelude::*;

use crate::hooks::use_focus::use_focus;
use crate::model::session::{Shared, option_text};
use crate::phrase;
use engine::scenario::NodeId;

#[derive(Properties, PartialEq)]
pub struct RankProps {
    pub scenario: Shared,
    pub node: NodeId,
    /// The options' authored indices, best first.
    pub ranking: Vec<usize>,
    /// Names elements uniquely.
    pub turn: usize,
    /// Moves the item at one place to another.
    pub on_move: Callback<(usize, usize)>,
}

#[component]
pub fn Rank(props: &RankProps) -> Html {
    // The last move: the option moved and whether it went up.
    let moved = use_state(|| None::<(usize, bool)>);
    let n = props.ranking.len();
    let id = |option: usize, part: &str| format!("rank-{}-{option}-{part}", props.turn);
    let (target, announcement) = match *moved {
        Some((option, up)) => {
            let place = props.ranking.iter().position(|&o| o == option).unwrap_or(0);
            let button = match (up, place) {
                (true, 0) => "down",
                (false, p) if p + 1 == n => "up",
                (true, _) => "up",
                (false, _) => "down",
            };
            let text = option_text(&props.scenario, props.node, option);
            (Some(id(option, button)), phrase!("rank-moved", option = text, place = place + 1, count = n))
        }
        None => (None, String::new()),
    };
    use_focus(props.ranking.clone(), target);
    let lang = AttrValue::from(props.scenario.meta.language.clone());
    html! {
        <div class="rank">
            <ol class="ranking">
                { for props.ranking.iter().enumerate().map(|(place, &option)| {
                    let step = |up: bool| {
                        let (on_move, moved) = (props.on_move.clone(), moved.clone());
                        let to = if up { place.saturating_sub(1) } else { place + 1 };
                        Callback::from(move |_: MouseEvent| {
                            moved.set(Some((option, up)));
                            on_move.emit((place, to));
                        })
                    };
                    html! {
                        <li key={option} data-option={option.to_string()}>
                            <span class="place" aria-hidden="true">{ place + 1 }</span>
                            <span class="rank-text" id={id(option, "text")} lang={&lang}>{ option_text(&props.scenario, props.node, option) }</span>
                            <span class="moves">
                                <button type="button" class="move" id={id(option, "up")} disabled={place == 0}
                                    aria-describedby={id(option, "text")} onclick={step(true)}>
                                    <span aria-hidden="true">{ "↑ " }</span>{ phrase!("rank-move-up") }
                                </button>
                                <button type="button" class="move" id={id(option, "down")} disabled={place + 1 == n}
                                    aria-describedby={id(option, "text")} onclick={step(false)}>
                                    <span aria-hidden="true">{ "↓ " }</span>{ phrase!("rank-move-down") }
                                </button>
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <p class="visually-hidden" aria-live="polite">{ announcement }</p>
        </div>
    }
}
