//! The Debrief view's words for what the engine derives: blocks, answers, effects and the
//! links of the causal trace, in the learner's terms (decision numbers, questions, option
//! texts and ending titles) rather than the author's ids. Numbers keep the CLI's formats
//! (see `report::debrief`), so the two always agree.

use crate::model::session::option_text;
use engine::debrief::Link;
use engine::scenario::{Decision, DecisionKind, NodeId, NodeKind, Scenario};
use engine::{Answer, AppliedEffect};
use figures::{effect_clause, effect_line};

/// "decision 3": a response's place, counted from 1 as the Play view counts it.
pub fn decision_number(response: usize) -> String {
    format!("decision {}", response + 1)
}

/// Where a block is, for people: a decision's question, an ending's title, or for a scene,
/// that it is a scene.
pub fn whereabouts(scenario: &Scenario, node: NodeId) -> String {
    match &scenario.node(node).kind {
        NodeKind::Decision(d) => format!("the question “{}”", d.ask),
        NodeKind::Ending(e) => format!("the ending “{}”", e.title),
        NodeKind::Scene { .. } => "the next scene".to_string(),
    }
}

/// The title of the ending at `node`.
pub fn ending_title(scenario: &Scenario, node: NodeId) -> &str {
    scenario.ending(node).map_or("", |e| e.title.as_str())
}

/// The question asked at `node`.
pub fn ask(scenario: &Scenario, node: NodeId) -> &str {
    scenario.decision(node).map_or("", |d| d.ask.as_str())
}

/// An option's text in quotation marks.
pub fn quoted(scenario: &Scenario, node: NodeId, option: usize) -> String {
    format!("“{}”", option_text(scenario, node, option))
}

/// An answer in a sentence: "chose “…”", "ticked “…” and “…”", "ranked …", "rated …".
pub fn answer(decision: &Decision, answer: &Answer) -> String {
    let text = |i: usize| decision.options.get(i).map_or("?", |o| o.text.as_str());
    let list = |items: Vec<String>| match items.len() {
        0 => String::new(),
        1 => items.concat(),
        n => format!("{} and {}", items[..n - 1].join(", "), items[n - 1]),
    };
    match answer {
        Answer::Pick(i) => format!("chose “{}”", text(*i)),
        Answer::Rate(ratings) => {
            let rated = ratings.iter().enumerate().map(|(i, r)| format!("“{}” {r}", text(i))).collect();
            format!("rated {}", list(rated))
        }
        Answer::Rank(order) => {
            let ranked = order.iter().map(|&i| format!("“{}”", text(i))).collect();
            format!("ranked, best first: {}", list(ranked))
        }
        Answer::Tick(ticks) => {
            let ticked: Vec<String> =
                ticks.iter().enumerate().filter(|(_, t)| **t).map(|(i, _)| format!("“{}”", text(i))).collect();
            if ticked.is_empty() {
                let what = if decision.kind == DecisionKind::Pivot { "no fact" } else { "nothing" };
                format!("ticked {what}")
            } else {
                format!("ticked {}", list(ticked))
            }
        }
    }
}

/// An answer in a few words: the option chosen, or how many were rated, ranked or ticked.
pub fn brief(decision: &Decision, answer: &Answer) -> String {
    let n = decision.options.len();
    match answer {
        Answer::Pick(i) => format!("chose “{}”", decision.options.get(*i).map_or("?", |o| o.text.as_str())),
        Answer::Rate(_) => format!("rated all {n} options"),
        Answer::Rank(_) => format!("ranked all {n} options"),
        Answer::Tick(ticks) => format!("ticked {} of {n}", ticks.iter().filter(|t| **t).count()),
    }
}

/// A sentence's end after `text`: nothing when it ends with a closing quotation mark whose
/// quotation ends its own sentence, else a full stop.
pub fn stop(text: &str) -> &'static str {
    if text.ends_with(".”") || text.ends_with("?”") || text.ends_with("!”") { "" } else { "." }
}

/// The causal trace grouped by the choice behind each link, in the order first met: the
/// choice ("At decision 3 (“…”) you chose “…”, which") and what it did, one clause a link.
pub fn trace(scenario: &Scenario, links: &[Link]) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<((usize, usize), String, Vec<String>)> = Vec::new();
    for link in links {
        let (response, decision, option, did) = match link {
            Link::Chose { decision, option, response, to } => {
                (*response, *decision, *option, format!("took the story to {}", whereabouts(scenario, *to)))
            }
            Link::Effect(e) => {
                let did = effect_clause(scenario, e, &decision_number(e.landed));
                (e.cause.response, e.cause.decision, e.cause.option, did)
            }
        };
        match groups.iter_mut().find(|(key, _, _)| *key == (response, option)) {
            Some((_, _, done)) => done.push(did),
            None => {
                let head = format!(
                    "At {} (“{}”) you chose {}, which",
                    decision_number(response),
                    ask(scenario, decision),
                    quoted(scenario, decision, option)
                );
                groups.push(((response, option), head, vec![did]));
            }
        }
    }
    groups.into_iter().map(|(_, head, did)| (head, did)).collect()
}

/// One landed effect: "Support load 40 → 70 (+30, hidden, delayed; landed at decision 3)".
pub fn effect(scenario: &Scenario, e: &AppliedEffect) -> String {
    effect_line(scenario, e, "→", &decision_number(e.landed))
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use engine::scenario::Choice;

    fn decision(kind: DecisionKind, texts: &[&str]) -> Decision {
        let scenario = engine::read(include_str!("../../../../tests/it/fixtures/first-call.scenario")).expect("reads");
        let mut d = scenario.decisions().next().expect("a decision").1.clone();
        d.kind = kind;
        let template: Choice = d.options[0].clone();
        d.options = texts.iter().map(|t| Choice { text: t.to_string(), ..template.clone() }).collect();
        d
    }

    #[wasm_bindgen_test]
    fn answers_read_as_sentences() {
        let d = decision(DecisionKind::Pick, &["Call", "Wait", "Escalate"]);
        assert_eq!(answer(&d, &Answer::Pick(1)), "chose “Wait”");
        assert_eq!(answer(&d, &Answer::Rank(vec![2, 0, 1])), "ranked, best first: “Escalate”, “Call” and “Wait”");
        assert_eq!(answer(&d, &Answer::Rate(vec![5, 3, 6])), "rated “Call” 5, “Wait” 3 and “Escalate” 6");
        assert_eq!(brief(&d, &Answer::Rate(vec![5, 3, 6])), "rated all 3 options");
        assert_eq!((stop("“Wait.”"), stop("“Wait”")), ("", "."));
        let pivot = decision(DecisionKind::Pivot, &["A", "B"]);
        assert_eq!(answer(&pivot, &Answer::Tick(vec![false, false])), "ticked no fact");
        assert_eq!(answer(&pivot, &Answer::Tick(vec![true, false])), "ticked “A”");
    }
}
