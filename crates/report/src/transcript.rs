//! Transcripts: a playthrough replayed and written out for the scenario's author.
//!
//! For each decision the transcript shows its id, kind and ask, the options with their expert
//! means (a checklist's items with their weights), the learner's response in words, its
//! confidence and item score, the effects that landed and the picked option's consequence;
//! then the ending with its prose, the final state, and the overall score. The golden
//! playthrough plans in `tests/it/fixtures/plans/` are transcripts (followed by the score
//! breakdown and debrief of `report::debrief`), so a change to what a scenario does shows up
//! as a readable diff.

use std::fmt;

use crate::text::{WIDTH, prose};
use engine::playthrough::{Cursor, Moved, encode_response};
use engine::scenario::{Change, Decision, DecisionKind, NodeId, Scenario};
use engine::{Answer, Answered, AppliedEffect, PlayError, Playthrough, Response, Step, score};
use figures::Names;

/// Why a playthrough could not be written out, with the response that was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplayError {
    pub error: PlayError,
    /// The refused response; `None` when the playthrough as a whole does not fit (it belongs
    /// to another scenario) or the story is stuck before the first response.
    pub refused: Option<Refused>,
}

/// A response the engine refused, for the error message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// Counting from 1.
    pub number: usize,
    /// The response as its log token.
    pub token: String,
    /// The id of the block the story stood at.
    pub at: String,
    /// What a response there looks like, in words; empty after the story has ended.
    pub expected: String,
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(refused) = &self.refused else { return write!(f, "{}", self.error) };
        let Refused { number, token, at, expected } = refused;
        match self.error {
            PlayError::InvalidResponse => {
                write!(f, "response {number} (`{token}`) does not fit decision `{at}`, which takes {expected}")
            }
            PlayError::Finished => {
                write!(f, "response {number} (`{token}`) comes after the story has ended at `{at}`")
            }
            PlayError::Stuck => write!(f, "after response {number} (`{token}`) {}", self.error),
            PlayError::WrongScenario => write!(f, "{}", self.error),
        }
    }
}

impl std::error::Error for ReplayError {}

/// Replays `playthrough` and writes out what happened, as described in the module doc. A
/// playthrough that stops before an ending is written out as far as it goes.
pub fn transcript(scenario: &Scenario, playthrough: &Playthrough) -> Result<String, ReplayError> {
    let whole = |error| ReplayError { error, refused: None };
    if playthrough.scenario != scenario.meta.id || playthrough.hash != scenario.hash {
        return Err(whole(PlayError::WrongScenario));
    }
    let (mut cursor, mut moved) = Cursor::start(scenario, playthrough.seed).map_err(whole)?;
    let mut path: Vec<NodeId> = moved.passage.iter().map(|p| p.node).collect();
    let mut sections = Vec::new();
    let mut history = Vec::new();
    for (index, response) in playthrough.responses.iter().enumerate() {
        let at = cursor.node;
        let refuse = |error, expected: String| ReplayError {
            error,
            refused: Some(Refused {
                number: index + 1,
                token: encode_response(response),
                at: scenario.node(at).id.as_str().to_string(),
                expected,
            }),
        };
        let Step::Decide { decision, .. } = cursor.step() else {
            return Err(refuse(PlayError::Finished, String::new()));
        };
        let next = cursor.respond(response).map_err(|error| refuse(error, expected(decision)))?;
        sections.push(section(scenario, index, at, decision, response, &next));
        history.push(Answered { decision: at, response: response.clone() });
        path.extend(next.passage.iter().map(|p| p.node));
        moved = next;
    }

    let mut out = format!("{} ({})\n", scenario.meta.title, scenario.meta.id);
    let path: Vec<&str> = path.iter().map(|&n| scenario.node(n).id.as_str()).collect();
    out.push_str(&format!("Path: {}\n", path.join(" → ")));
    for section in sections {
        out.push('\n');
        out.push_str(&section);
    }
    out.push('\n');
    match cursor.step() {
        Step::End(ending) => {
            out.push_str(&format!("Ending: {}, \"{}\"\n", scenario.node(cursor.node).id.as_str(), ending.title));
            let shown = moved.passage.last().map(|p| p.prose.clone()).unwrap_or_default();
            if !shown.is_empty() {
                out.push_str(&prose(shown, "   ", WIDTH));
                out.push('\n');
            }
        }
        Step::Decide { .. } => out.push_str(&format!(
            "Not finished: the story waits at decision `{}` after {}.\n",
            scenario.node(cursor.node).id.as_str(),
            figures::count(history.len(), "response")
        )),
    }
    out.push_str("Final state:\n");
    if scenario.states().is_empty() {
        out.push_str("   (no state)\n");
    }
    for (var, value) in scenario.states().iter().zip(&cursor.state) {
        let change = if *value == var.initial { String::new() } else { format!(" (started at {})", var.initial) };
        out.push_str(&format!("   {}: {value}{change}\n", var.label));
    }
    let overall = score::overall(scenario, &history);
    let pass = scenario.meta.pass;
    let verdict = figures::scorecard::verdict(&figures::English, score::passes(overall, pass));
    out.push_str(&format!("Overall score: {} / 100 (pass mark {pass}: {verdict})\n", figures::score(overall, pass)));
    Ok(out)
}

/// One decision and everything its response caused.
fn section(
    scenario: &Scenario,
    index: usize,
    node: NodeId,
    decision: &Decision,
    response: &Response,
    moved: &Moved,
) -> String {
    let weight = if decision.weight == 1.0 { String::new() } else { format!(", weight {}", decision.weight) };
    let mut out = format!("{}. {} ({}{weight})\n", index + 1, scenario.node(node).id.as_str(), decision.kind.as_str());
    out.push_str(&format!("   {}\n", decision.ask));
    let ids = decision.options.iter().map(|o| o.id.chars().count()).max().unwrap_or(0);
    if decision.kind.is_checklist() {
        out.push_str("   Items, with their weights:\n");
        for item in &decision.options {
            out.push_str(&format!("     {:<ids$} {:>+3}  {}\n", item.id, item.weight, item.text));
        }
    } else {
        out.push_str("   Options, with the experts' mean rating (1–7):\n");
        for (option, mean) in decision.options.iter().zip(score::expert_means(decision)) {
            out.push_str(&format!("     {:<ids$}  {mean:.1}  {}\n", option.id, option.text));
        }
    }
    out.push_str(&format!("   Response: {}\n", Names::author(scenario).answer(node, &response.answer)));
    if let Some(confidence) = response.confidence {
        out.push_str(&format!("   Confidence: {}\n", confidence.label()));
    }
    out.push_str(&format!("   Item score: {:.2}\n", score::item(decision, response)));
    if !moved.effects.is_empty() {
        out.push_str("   Effects:\n");
        for effect in &moved.effects {
            out.push_str(&format!("     {}\n", landed(scenario, effect)));
        }
    }
    if let Answer::Pick(picked) = response.answer
        && let Some(option) = decision.options.get(picked)
        && !option.consequence.is_empty()
    {
        out.push_str("   Consequence:\n");
        out.push_str(&prose(&option.consequence, "     ", WIDTH));
        out.push('\n');
    }
    out
}

/// One landed effect: `Support load: 40 → 70`, with notes on hidden and delayed effects.
fn landed(scenario: &Scenario, applied: &AppliedEffect) -> String {
    let label = scenario.states().get(applied.effect.state).map_or("?", |s| s.label.as_str());
    let mut notes = vec![match applied.effect.change {
        Change::Add(n) if n >= 0 => format!("+{n}"),
        Change::Add(n) => format!("{n}"),
        Change::Set(value) => format!("= {value}"),
    }];
    if !applied.effect.visible {
        notes.push("hidden".to_string());
    }
    if applied.effect.delay > 0 {
        let cause = applied.cause;
        let option =
            scenario.decision(cause.decision).and_then(|d| d.options.get(cause.option)).map_or("?", |o| o.id.as_str());
        notes.push(format!("delayed from {}.{option}", scenario.node(cause.decision).id.as_str()));
        let due = cause.response.saturating_add(applied.effect.delay as usize);
        if due > applied.landed {
            notes.push("landed early as the story ended".to_string());
        }
    }
    format!("{label}: {} → {} ({})", applied.before, applied.after, notes.join(", "))
}

/// What a response to `decision` looks like as a log token, for error messages.
fn expected(decision: &Decision) -> String {
    let n = decision.options.len();
    let example_order: String = (0..n.min(10)).map(|i| char::from(b'0' + i as u8)).collect();
    let answer = match decision.kind {
        DecisionKind::Pick => format!("`p` and an option index from 0 to {}, such as `p0`", n.saturating_sub(1)),
        DecisionKind::Rate => {
            format!("`r` and a rating from 1 to 7 for each of its {n} options, such as `r{}`", "4".repeat(n))
        }
        DecisionKind::Rank => format!("`k` and all {n} option indices best first, such as `k{example_order}`"),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            format!("`t` and a 1 or 0 for each of its {n} items, such as `t{}`", "10".repeat(n).get(..n).unwrap_or(""))
        }
    };
    if decision.confidence.is_some() {
        format!("{answer}, then `c` and a confidence level from 1 to 3")
    } else {
        format!("{answer}, without a confidence level")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{self, Confidence};

    const SOURCE: &str = "id: t\ntitle: T\nstate load: number 0..100 = 40 \"Load\"\nstate flagged: flag\n\
        rater a: A\nrater b: B\nrater c: C\n\
        == decision d\nask: What now?\nconfidence:\n\
        * go: Go.\n  ratings: a 6, b 6, c 6\n  effect: load + 10\n  effect: flagged = true after 1 hidden\n  \
        consequence: It goes.\n\
        * stop: Stop.\n  ratings: a 2, b 2, c 2\n\
        -> c\n\
        == decision c (considerations)\nask: What matters?\n* x: X.\n  weight: +2\n* y: Y.\n  weight: -2\n-> end\n\
        == ending e\ntitle: Done\n[if flagged] The flag is up.\n";

    fn play(responses: Vec<Response>) -> Result<String, ReplayError> {
        let scenario = engine::load(SOURCE).expect("the test scenario loads");
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = responses;
        transcript(&scenario, &playthrough)
    }

    #[test]
    fn a_whole_playthrough_reads_as_a_transcript() {
        let text = play(vec![
            Response::new(Answer::Pick(0), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![true, false]), None),
        ])
        .expect("the playthrough fits");
        assert_eq!(
            text,
            "T (t)\nPath: d → c → e\n\n\
             1. d (pick)\n   What now?\n   Options, with the experts' mean rating (1–7):\n     go    6.0  Go.\n     \
             stop  2.0  Stop.\n   Response: picked go, \"Go.\"\n   Confidence: Sure\n   Item score: 1.00\n   \
             Effects:\n     Load: 40 → 50 (+10)\n   Consequence:\n     It goes.\n\n\
             2. c (considerations)\n   What matters?\n   Items, with their weights:\n     x  +2  X.\n     y  -2  Y.\n   \
             Response: ticked x\n   Item score: 1.00\n   Effects:\n     \
             flagged: false → true (= true, hidden, delayed from d.go)\n\n\
             Ending: e, \"Done\"\n   The flag is up.\nFinal state:\n   Load: 50 (started at 40)\n   \
             flagged: true (started at false)\nOverall score: 100.0 / 100 (pass mark 70: passed)\n"
        );
    }

    #[test]
    fn a_partial_playthrough_says_where_it_waits() {
        let text = play(vec![]).expect("no responses fit");
        assert!(text.contains("Not finished: the story waits at decision `d` after 0 responses."), "{text}");
        assert!(text.contains("Overall score: 0.0 / 100 (pass mark 70: not passed)"));
    }

    #[test]
    fn refused_responses_are_named_with_what_would_fit() {
        let error = play(vec![Response::pick(0)]).expect_err("confidence is missing");
        assert_eq!(
            error.to_string(),
            "response 1 (`p0`) does not fit decision `d`, which takes `p` and an option index from 0 to 1, such as \
             `p0`, then `c` and a confidence level from 1 to 3"
        );
        let done = vec![
            Response::new(Answer::Pick(1), Some(Confidence::Unsure)),
            Response::new(Answer::Tick(vec![false, false]), None),
            Response::pick(0),
        ];
        assert_eq!(
            play(done).expect_err("the story is over").to_string(),
            "response 3 (`p0`) comes after the story has ended at `e`"
        );
        let scenario = engine::load(SOURCE).expect("loads");
        let mut foreign = Playthrough::new(&scenario, 1);
        foreign.hash ^= 1;
        assert_eq!(transcript(&scenario, &foreign).expect_err("another version").error, PlayError::WrongScenario);
    }
}
