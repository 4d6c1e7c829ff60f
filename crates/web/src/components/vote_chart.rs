//! The room beside the experts: one row per option, lettered in authored order as the
//! projector and participants' phones letter them, with a bar for the room (votes, or mean
//! ratings) and one for the experts (their mean rating, or whether an item matters). Bars
//! are SVG with width attributes, never inline styles (the page's CSP forbids them); every
//! figure is written out as text too.

use yew::prelude::*;

use engine::Answer;
use engine::scenario::{Decision, DecisionKind};
use engine::score::expert_mean;

use crate::phrase;

/// One bar: how full (0 to 1) and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub share: f64,
    pub label: String,
}

/// What the experts say of one option.
#[derive(Clone, Debug, PartialEq)]
pub enum Experts {
    /// Their mean rating, as a bar out of 7.
    Rating(Bar),
    /// Whether a checklist item matters (or is a distractor).
    Item(bool),
}

/// One option's row.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub text: String,
    pub room: Option<Bar>,
    pub experts: Experts,
    /// The experts' best option (or an item that matters).
    pub best: bool,
}

/// The option's letter: A for the first authored option.
pub fn letter(option: usize) -> char {
    char::from(b'A' + (option % 26) as u8)
}

/// An answer in a few characters: the letter picked, or the letters in order.
pub fn letters(answer: &Answer) -> String {
    match answer {
        Answer::Pick(option) => letter(*option).to_string(),
        Answer::Rank(order) => order.iter().map(|o| letter(*o).to_string()).collect::<Vec<_>>().join(", "),
        Answer::Rate(ratings) => {
            ratings.iter().enumerate().map(|(i, r)| format!("{} {r}", letter(i))).collect::<Vec<_>>().join(", ")
        }
        Answer::Tick(ticked) => {
            let letters: Vec<String> =
                ticked.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| letter(i).to_string()).collect();
            if letters.is_empty() { phrase!("vote-chart-none-ticked") } else { letters.join(", ") }
        }
    }
}

/// The experts' view of an option: its mean rating out of 7, or for a checklist item
/// whether it matters.
pub fn experts(decision: &Decision, option: usize) -> Experts {
    let Some(choice) = decision.options.get(option) else { return Experts::Item(false) };
    if decision.kind.is_checklist() {
        return Experts::Item(choice.weight > 0);
    }
    let mean = expert_mean(choice);
    // One decimal as the experts' means are always shown ("6.0 of 7").
    Experts::Rating(Bar { share: mean / 7.0, label: phrase!("vote-chart-of-seven", mean = phrase::Fixed(mean, 1)) })
}

impl Experts {
    /// What it says, in words: "5.8 of 7", "Matters" or "Distractor".
    pub fn label(&self) -> String {
        match self {
            Experts::Rating(bar) => bar.label.clone(),
            Experts::Item(true) => phrase!("vote-chart-matters"),
            Experts::Item(false) => phrase!("vote-chart-distractor"),
        }
    }
}

/// Whether the experts count the option among the best: the top mean rating, or an item
/// that matters.
pub fn best(decision: &Decision, option: usize) -> bool {
    if decision.kind.is_checklist() {
        return decision.options.get(option).is_some_and(|o| o.weight > 0);
    }
    let top = decision.options.iter().map(expert_mean).fold(f64::MIN, f64::max);
    decision.options.get(option).is_some_and(|o| expert_mean(o) >= top)
}

/// Rows for hand counts at a decision; the room's bars only when `revealed`.
pub fn votes(decision: &Decision, votes: &[u32], revealed: bool) -> Vec<Row> {
    let total: u32 =
        if decision.kind.is_checklist() { votes.iter().copied().max().unwrap_or(0) } else { votes.iter().sum() };
    decision
        .options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let count = votes.get(i).copied().unwrap_or(0);
            let share = if total == 0 { 0.0 } else { f64::from(count) / f64::from(total) };
            let room = revealed.then(|| Bar { share, label: hands(count, share, decision.kind) });
            Row { text: option.text.clone(), room, experts: experts(decision, i), best: best(decision, i) }
        })
        .collect()
}

fn hands(count: u32, share: f64, kind: DecisionKind) -> String {
    if kind.is_checklist() {
        phrase!("vote-chart-hands", count = count)
    } else {
        phrase!("vote-chart-hands-share", count = count, percent = (share * 100.0).round_ties_even())
    }
}

/// The chart, captioned for assistive technology by the element `labelled_by`; the options'
/// texts are in the scenario's language `lang`.
pub fn view(rows: &[Row], lang: &AttrValue, labelled_by: &str) -> Html {
    html! {
        <ol class="chart" aria-labelledby={labelled_by.to_string()}>
            { for rows.iter().enumerate().map(|(i, row)| html! {
                <li class={classes!("chart-row", row.best.then_some("best"))} data-option={i.to_string()}>
                    <span class="chart-letter" aria-hidden="true">{ letter(i) }</span>
                    <span class="chart-text">
                        <span class="visually-hidden">{ phrase!("vote-chart-option", letter = letter(i).to_string()) }{ " " }</span>
                        <span {lang}>{ row.text.clone() }</span>
                    </span>
                    <span class="chart-bars">
                        if let Some(room) = &row.room {
                            { bar("by-room", phrase!("vote-chart-room"), room) }
                        }
                        { match &row.experts {
                            Experts::Rating(rating) => bar("by-experts", if row.best { phrase!("vote-chart-experts-pick") } else { phrase!("vote-chart-experts") }, rating),
                            Experts::Item(matters) => html! {
                                <span class={classes!("verdict-tag", matters.then_some("matters"))}>
                                    <span class="visually-hidden">{ phrase!("vote-chart-experts-prefix") }{ " " }</span>{ row.experts.label() }
                                </span>
                            },
                        } }
                    </span>
                </li>
            }) }
        </ol>
    }
}

fn bar(class: &'static str, who: String, bar: &Bar) -> Html {
    let width = format!("{:.1}%", (bar.share.clamp(0.0, 1.0) * 100.0));
    html! {
        <span class={classes!("vbar", class)} data-share={format!("{:.3}", bar.share)}>
            <span class="vbar-who">{ who }</span>
            <svg class="vbar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="vbar-back" x="0" y="0" width="100" height="10" />
                <rect class="vbar-fill" x="0" y="0" width={width} height="10" />
            </svg>
            <span class="vbar-label">{ bar.label.clone() }</span>
        </span>
    }
}
