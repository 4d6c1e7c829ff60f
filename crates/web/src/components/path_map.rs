//! The learner's path beside the expert's, as a small decision map in SVG and as two lists.
//!
//! The map shows only decisions and endings. Where both paths pass the same blocks they
//! share one trunk, numbered by decision; a ring marks a decision where the learner picked
//! another option than the expert and still came to the same next block. Where the paths
//! part, the map forks: the learner's path on the left, the expert's on the right (dashed),
//! each to its ending. The lists say the same in words, so the map is never the only
//! source.

use yew::prelude::*;

use crate::components::words;
use crate::phrase;
use engine::Answer;
use engine::debrief::Debrief;
use engine::scenario::{Decision, NodeId, NodeKind, Scenario};
use figures::Names;
use figures::debrief as says;
use figures::scorecard as scores;

/// One block on a path, as the map shows it.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Stop {
    node: NodeId,
    /// The response given there, for a decision.
    turn: Option<usize>,
}

/// The decisions and the ending along a path of blocks.
fn stops(scenario: &Scenario, path: &[NodeId]) -> Vec<Stop> {
    let mut turn = 0;
    path.iter()
        .filter_map(|&node| match &scenario.node(node).kind {
            NodeKind::Decision(_) => {
                turn += 1;
                Some(Stop { node, turn: Some(turn - 1) })
            }
            NodeKind::Ending(_) => Some(Stop { node, turn: None }),
            NodeKind::Scene { .. } => None,
        })
        .collect()
}

const WIDTH: i32 = 300;
const CENTRE: i32 = 150;
const LEFT: i32 = 80;
const RIGHT: i32 = 220;
const TOP: i32 = 28;
const STEP: i32 = 60;

fn y(i: usize) -> i32 {
    TOP + i as i32 * STEP
}

/// A block drawn at (x, y): a numbered circle for a decision, a square for an ending.
fn mark(stop: &Stop, x: i32, y: i32, class: &'static str, parted: bool) -> Html {
    let label = stop.turn.map_or_else(|| phrase!("path-end"), |t| (t + 1).to_string());
    let shape = match stop.turn {
        Some(_) => html! { <circle cx={x.to_string()} cy={y.to_string()} r="16" /> },
        None => html! { <rect x={(x - 20).to_string()} y={(y - 14).to_string()} width="40" height="28" rx="6" /> },
    };
    html! {
        <g class={classes!("stop", class, stop.turn.is_none().then_some("end"), parted.then_some("parted"))}>
            if parted {
                <circle class="ring" cx={x.to_string()} cy={y.to_string()} r="22" />
            }
            { shape }
            <text x={x.to_string()} y={(y + 5).to_string()} text-anchor="middle">{ label }</text>
        </g>
    }
}

fn line(class: &'static str, from: (i32, i32), to: (i32, i32)) -> Html {
    html! {
        <line class={classes!("link", class)} x1={from.0.to_string()} y1={from.1.to_string()}
            x2={to.0.to_string()} y2={to.1.to_string()} />
    }
}

/// An answer in a few words, said of the learner (`mine`) or of the expert: the option
/// picked, or how many were rated, ranked or ticked.
fn brief(names: &Names, node: NodeId, decision: &Decision, answer: &Answer, mine: bool) -> String {
    let n = decision.options.len();
    match (answer, mine) {
        (Answer::Pick(i), true) => phrase!("path-you-picked", option = names.option(node, *i)),
        (Answer::Pick(i), false) => phrase!("path-expert-picked", option = names.option(node, *i)),
        (Answer::Rate(_), true) => phrase!("path-you-rated", count = n),
        (Answer::Rate(_), false) => phrase!("path-expert-rated", count = n),
        (Answer::Rank(_), true) => phrase!("path-you-ranked", count = n),
        (Answer::Rank(_), false) => phrase!("path-expert-ranked", count = n),
        (Answer::Tick(ticks), true) => {
            phrase!("path-you-ticked", ticked = ticks.iter().filter(|t| **t).count(), count = n)
        }
        (Answer::Tick(ticks), false) => {
            phrase!("path-expert-ticked", ticked = ticks.iter().filter(|t| **t).count(), count = n)
        }
    }
}

/// The map and the two lists of the learner's path beside the expert's.
pub fn view(names: &Names, debrief: &Debrief) -> Html {
    let scenario = names.scenario;
    let yours = stops(scenario, &debrief.path);
    let experts = stops(scenario, &debrief.expert_path);
    let shared = yours.iter().zip(&experts).take_while(|(a, b)| a.node == b.node).count();
    let answer = |turn: usize, mine: bool| {
        let answered = if mine { &debrief.learner } else { &debrief.expert };
        answered.get(turn).map(|a| &a.response.answer)
    };
    let parted = |stop: &Stop| match stop.turn.map(|t| (answer(t, true), answer(t, false))) {
        Some((Some(Answer::Pick(a)), Some(Answer::Pick(b)))) => a != b,
        _ => false,
    };

    let any_parted = yours.iter().take(shared).any(&parted);
    let mut links = Vec::new();
    let mut marks = Vec::new();
    for (i, stop) in yours.iter().enumerate().take(shared) {
        if i > 0 {
            links.push(line("both", (CENTRE, y(i - 1)), (CENTRE, y(i))));
        }
        marks.push(mark(stop, CENTRE, y(i), "both", parted(stop)));
    }
    for (lane, x, class) in [(&yours, LEFT, "yours"), (&experts, RIGHT, "expert")] {
        for (i, stop) in lane.iter().enumerate().skip(shared) {
            let from = if i == shared { (CENTRE, y(i.saturating_sub(1))) } else { (x, y(i - 1)) };
            if i > 0 {
                links.push(line(class, from, (x, y(i))));
            }
            marks.push(mark(stop, x, y(i), class, false));
        }
    }
    let forked = yours.len() > shared || experts.len() > shared;
    let labels = forked.then(|| {
        let at = y(shared);
        html! {
            <>
                <text class="lane-label" x={(LEFT - 26).to_string()} y={(at + 5).to_string()} text-anchor="end">{ phrase!("path-lane-you") }</text>
                <text class="lane-label" x={(RIGHT + 26).to_string()} y={(at + 5).to_string()} text-anchor="start">{ phrase!("path-lane-expert") }</text>
            </>
        }
    });
    let height = y(yours.len().max(experts.len()).max(1) - 1) + TOP;

    let title = |lane: &[Stop]| lane.last().map_or(String::new(), |s| names.ending(s.node));
    let decisions = |lane: &[Stop]| lane.iter().skip(shared).filter(|s| s.turn.is_some()).count();
    let summary = if !forked {
        phrase!("path-same", ending = title(&yours))
    } else if shared == 0 {
        phrase!("path-differ", yours = title(&yours), experts = title(&experts))
    } else {
        let (mine, theirs) = (decisions(&yours), decisions(&experts));
        let (ending, both) = (title(&yours), title(&yours) == title(&experts));
        match (mine == 0 && theirs == 0, both) {
            (true, true) => phrase!("path-parted-same", count = shared, ending = ending),
            (true, false) => phrase!("path-parted", count = shared, yours = ending, experts = title(&experts)),
            (false, true) => phrase!("path-took-same", count = shared, mine = mine, theirs = theirs, ending = ending),
            (false, false) => {
                phrase!(
                    "path-took",
                    count = shared,
                    mine = mine,
                    theirs = theirs,
                    yours = ending,
                    experts = title(&experts)
                )
            }
        }
    };

    let lang = AttrValue::from(scenario.meta.language.clone());
    let item = |stop: &Stop, mine: bool| match stop.turn {
        Some(turn) => {
            let d = scenario.decision(stop.node);
            let said = match (d, answer(turn, mine)) {
                (Some(d), Some(a)) => brief(names, stop.node, d, a, mine),
                _ => String::new(),
            };
            html! {
                <li value={(turn + 1).to_string()}>
                    <span class="stop-ask" lang={&lang}>{ d.map_or(String::new(), |d| d.ask.clone()) }</span>
                    <span class="stop-answer">{ said }</span>
                </li>
            }
        }
        None => html! {
            <li class="stop-end"><span class="stop-ask">{ words::view(&scores::ending(names, Some(stop.node))) }</span></li>
        },
    };
    let trunk = yours.iter().take(shared).filter(|s| s.turn.is_some()).count();
    let expert_items: Vec<Html> = experts
        .iter()
        .enumerate()
        .filter(|(i, s)| *i >= shared || s.turn.is_some_and(|t| answer(t, true) != answer(t, false)))
        .map(|(_, s)| item(s, false))
        .collect();
    html! {
        <div class="paths">
            <figure class="path-map">
                <svg class="map" viewBox={format!("0 0 {WIDTH} {height}")} width={WIDTH.to_string()} height={height.to_string()}
                    role="img" aria-labelledby="map-title map-summary" focusable="false">
                    <title id="map-title">{ phrase!("path-map-title") }</title>
                    { for links }
                    { for marks }
                    { for labels }
                </svg>
                <figcaption>
                    <span id="map-summary">{ summary }</span>
                    if forked || any_parted {
                        <ul class="map-key" aria-hidden="true">
                            if forked {
                                <li><svg class="map" viewBox="0 0 28 16"><line class="link yours" x1="0" y1="8" x2="28" y2="8" /></svg>{ phrase!("path-key-you") }</li>
                                <li><svg class="map" viewBox="0 0 28 16"><line class="link expert" x1="0" y1="8" x2="28" y2="8" /></svg>{ phrase!("path-key-expert") }</li>
                            }
                            if any_parted {
                                <li><svg class="map" viewBox="0 0 28 16"><g class="stop"><circle class="ring" cx="14" cy="8" r="7" /></g></svg>{ phrase!("path-key-parted") }</li>
                            }
                        </ul>
                    }
                </figcaption>
            </figure>
            <div class="path-lists">
                <p class={classes!("parted-text", debrief.diverged.is_none().then_some("stayed"))}>{ words::view(&says::parted(names, debrief)) }</p>
                <h3>{ phrase!("path-yours") }</h3>
                <ol class="stops yours">{ for yours.iter().map(|s| item(s, true)) }</ol>
                <h3>{ phrase!("path-experts") }</h3>
                if trunk > 0 && !expert_items.is_empty() {
                    <p class="hint">{ phrase!("path-through", count = trunk) }</p>
                }
                if expert_items.is_empty() {
                    <p>{ phrase!("path-same-answers") }</p>
                } else {
                    <ol class="stops expert">{ for expert_items }</ol>
                }
            </div>
        </div>
    }
}
