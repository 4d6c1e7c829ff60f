//! The score breakdown and the debrief of a playthrough, as text for the author CLI and the
//! golden plans: what `judgement-call play FILE --responses LOG` prints after the transcript.
//!
//! The breakdown shows the overall score against the pass mark and relative to chance, every
//! item's score, chance level, score relative to chance and local regret, the path
//! efficiency, the dimension profile with bands and evidence counts, calibration in counts,
//! and the outcome panel (which never moves a score). The debrief then shows the goal, the
//! teaching moments, the learner's path beside the expert's, the causal trace of the ending,
//! the road not taken, one next step and a replay suggestion. Everything comes from
//! [`engine::scorecard`] and [`engine::debrief`]; this module only draws it.

use crate::text::{WIDTH, prose, wrap};
use crate::transcript::in_words;
use crate::{ReplayError, transcript};
use engine::analyse::Analysis;
use engine::debrief::{self, Debrief, Lesson, Link, Moment};
use engine::playthrough::encode_response;
use engine::scenario::{Decision, NodeId, Scenario};
use engine::scorecard::{self, Scorecard};
use engine::{Answer, PlayError, Playthrough};
use figures::{self, confidence_level, effect_clause, effect_line, signed};

/// The score breakdown and the debrief of a playthrough. A playthrough that does not replay
/// fails the way [`transcript()`] does, naming the refused response.
pub fn debrief(scenario: &Scenario, analysis: &Analysis, playthrough: &Playthrough) -> Result<String, ReplayError> {
    let whole = |error: PlayError| ReplayError { error, refused: None };
    let card = match scorecard::score(scenario, analysis, playthrough) {
        Ok(card) => card,
        // The transcript names the response that was refused.
        Err(error) => return Err(transcript(scenario, playthrough).err().unwrap_or_else(|| whole(error))),
    };
    let debrief = debrief::debrief(scenario, analysis, playthrough, &card).map_err(whole)?;
    let mut out = String::new();
    breakdown(&mut out, scenario, &card);
    out.push('\n');
    story(&mut out, scenario, playthrough, &card, &debrief);
    Ok(out)
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// A long sentence wrapped under an indent.
fn para(out: &mut String, indent: &str, text: &str) {
    for l in wrap(text, indent, indent, WIDTH) {
        line(out, &l);
    }
}

fn option_id(decision: Option<&Decision>, option: usize) -> &str {
    decision.and_then(|d| d.options.get(option)).map_or("?", |o| o.id.as_str())
}

fn breakdown(out: &mut String, scenario: &Scenario, card: &Scorecard) {
    line(out, "== Score ==");
    let verdict = if card.passed { "passed" } else { "not passed" };
    para(
        out,
        "",
        &format!(
            "Overall: {} / 100 (pass mark {}: {verdict}). Answering at random would score {:.1} on these \
             decisions; relative to chance: {:.1} / 100.",
            figures::score(card.overall, card.pass),
            card.pass,
            card.chance,
            card.corrected
        ),
    );
    if card.items.is_empty() {
        line(out, "No decisions answered yet.");
    } else {
        line(out, "");
        line(out, "Items (score 0-1; chance level; relative to chance; local regret as overall points lost):");
        let ids = card
            .items
            .iter()
            .map(|s| scenario.node(s.decision).id.as_str().chars().count())
            .max()
            .unwrap_or(0)
            .max("decision".len());
        line(
            out,
            &format!(
                "   {:>2}  {:<ids$}  {:<14} {:>6} {:>6} {:>6} {:>9} {:>6}",
                "#", "decision", "kind", "weight", "score", "chance", "vs chance", "lost"
            ),
        );
        for s in &card.items {
            line(
                out,
                &format!(
                    "   {:>2}  {:<ids$}  {:<14} {:>6} {:>6.2} {:>6.2} {:>9.2} {:>6.1}",
                    s.response + 1,
                    scenario.node(s.decision).id.as_str(),
                    s.kind.as_str(),
                    format!("{}", s.weight),
                    s.score,
                    s.chance,
                    s.corrected,
                    s.points
                ),
            );
        }
        for s in &card.items {
            let decision = scenario.decision(s.decision);
            let id = scenario.node(s.decision).id.as_str();
            if let Some(gap) = s.gap.filter(|g| *g > 1e-9) {
                para(out, "   ", &format!("{id}: your pick is {gap:.1} rating points below the best call here."));
            }
            if let Some(r) = &s.rating {
                para(
                    out,
                    "   ",
                    &format!(
                        "{id}: your ratings' shape matches the experts' at r = {:.2} (whole numbers can reach {:.2}); \
                         not graded: elevation {}, scatter {}, raw agreement {:.2}.",
                        r.r,
                        r.best,
                        signed(r.elevation, 2),
                        signed(r.scatter, 2),
                        r.agreement
                    ),
                );
            }
            if !s.missed.is_empty() || !s.distractors.is_empty() {
                let names =
                    |items: &[usize]| items.iter().map(|&i| option_id(decision, i)).collect::<Vec<_>>().join(", ");
                let mut parts = Vec::new();
                if !s.missed.is_empty() {
                    parts.push(format!("missed {}", names(&s.missed)));
                }
                if !s.distractors.is_empty() {
                    let noun = figures::noun(s.distractors.len(), "distractor");
                    parts.push(format!("ticked the {noun} {}", names(&s.distractors)));
                }
                para(out, "   ", &format!("{id}: {}.", parts.join("; ")));
            }
        }
    }

    line(out, "");
    let path = &card.path;
    match path.efficiency {
        Some(e) => para(
            out,
            "",
            &format!(
                "Path efficiency: {e:.2}. The options you picked total {:.1} in weighted expert quality; the worst \
                 path totals {:.1} and the best {:.1}. Random play averages {:.2}; relative to chance: {:.2}.",
                path.quality,
                path.worst,
                path.best,
                path.chance,
                path.corrected.unwrap_or(0.0)
            ),
        ),
        None => para(
            out,
            "",
            &format!(
                "Path efficiency: not yet, the story has not ended (so far {:.1} in weighted expert quality; paths \
                 total {:.1} to {:.1}).",
                path.quality, path.worst, path.best
            ),
        ),
    }

    line(out, "");
    line(out, "Profile (estimate, ~80% band, evidence weight from so many items, relative to chance):");
    let labels = card.profile.iter().map(|d| d.label.chars().count()).max().unwrap_or(0);
    for d in &card.profile {
        let e = &d.estimate;
        let items = d.evidence.len();
        let evidence = format!("evidence {:.1} from {items}", e.evidence);
        let chance = d.corrected.map_or(String::new(), |c| format!(", {c:.2} relative to chance"));
        if e.enough {
            line(
                out,
                &format!("   {:<labels$}  {:.2}  [{:.2}-{:.2}]  {evidence}{chance}", d.label, e.value, e.low, e.high),
            );
        } else {
            line(out, &format!("   {:<labels$}  not enough evidence yet ({evidence})", d.label));
        }
    }

    if let Some(c) = &card.calibration {
        line(out, "");
        let discrimination =
            c.discrimination.map_or("n/a (needs both right and wrong calls)".to_string(), |d| signed(d, 2));
        para(
            out,
            "",
            &format!(
                "Calibration over {}: certainty-based marks {} of a possible {}; Brier {:.3} \
                 (reliability {:.3}, resolution {:.3}, uncertainty {:.3}); over-confidence {}; discrimination {}.",
                figures::count(c.judgements, "judgement"),
                signed(f64::from(c.cbm), 0),
                c.cbm_max,
                c.brier,
                c.reliability,
                c.resolution,
                c.uncertainty,
                signed(c.overconfidence, 2),
                discrimination
            ),
        );
        for tally in c.levels.iter().filter(|t| t.said > 0) {
            para(out, "   ", &confidence_level(tally));
        }
    }

    line(out, "");
    line(out, "Outcome (how the story ended; it never moves the scores above):");
    let outcome = &card.outcome;
    match outcome.ending {
        Some(ending) => {
            let title = scenario.ending(ending).map_or("", |e| e.title.as_str());
            line(out, &format!("   Ending: {}, \"{title}\"", scenario.node(ending).id));
        }
        None => line(out, "   Not finished yet."),
    }
    para(out, "   ", &figures::state_changes(scenario, outcome, "->"));
    let sacrificed = figures::sacrificed(scenario, outcome);
    para(out, "   ", sacrificed.as_deref().unwrap_or("No variable was driven to its floor."));
}

fn story(out: &mut String, scenario: &Scenario, playthrough: &Playthrough, card: &Scorecard, debrief: &Debrief) {
    line(out, "== Debrief ==");
    if !debrief.goal.is_empty() {
        para(out, "", &format!("Where you were going: {}", debrief.goal));
        line(out, "");
    }
    if debrief.moments.is_empty() {
        line(out, "Teaching moments: none; every call was as good as the experts', or close.");
    } else {
        line(out, "Teaching moments:");
        for (n, moment) in debrief.moments.iter().enumerate() {
            teaching_moment(out, scenario, n + 1, moment);
        }
    }

    line(out, "");
    let ids = |nodes: &[NodeId]| nodes.iter().map(|&n| scenario.node(n).id.as_str()).collect::<Vec<_>>().join(" -> ");
    for (label, path) in [("Your path:  ", &debrief.path), ("Expert path:", &debrief.expert_path)] {
        for l in wrap(&ids(path), &format!("{label} "), "             ", WIDTH) {
            line(out, &l);
        }
    }
    match debrief.diverged {
        None => line(out, "You stayed on the expert's path."),
        Some(at) => {
            let yours = playthrough.responses.get(at).zip(card.items.get(at));
            let text = match (yours, debrief.expert.get(at)) {
                (Some((mine, item)), Some(expert)) if item.decision == expert.decision => {
                    let decision = scenario.decision(item.decision);
                    let said = |a: &Answer| match a {
                        Answer::Pick(i) => option_id(decision, *i).to_string(),
                        other => decision.map_or(String::new(), |d| in_words(d, other)),
                    };
                    format!(
                        "You left the expert's path at response {} ({}): you picked {}, the expert {}.",
                        at + 1,
                        scenario.node(item.decision).id.as_str(),
                        said(&mine.answer),
                        said(&expert.response.answer)
                    )
                }
                _ => format!("You left the expert's path at response {}.", at + 1),
            };
            para(out, "", &text);
        }
    }

    if let Some(ending) = debrief.ending {
        line(out, "");
        let title = scenario.ending(ending).map_or("", |e| e.title.as_str());
        line(out, &format!("Why this ending ({}, \"{title}\"):", scenario.node(ending).id.as_str()));
        if debrief.trace.is_empty() {
            line(out, "   Every path can end here; no choice or change of state decided it.");
        }
        for link in &debrief.trace {
            for l in wrap(&trace_link(scenario, link), "   - ", "     ", WIDTH) {
                line(out, &l);
            }
        }
    }

    if !debrief.roads.is_empty() {
        line(out, "");
        line(out, "The road not taken:");
        for road in &debrief.roads {
            let decision = scenario.decision(road.decision);
            line(
                out,
                &format!(
                    "   {} (you picked {}):",
                    scenario.node(road.decision).id.as_str(),
                    option_id(decision, road.taken)
                ),
            );
            for fork in &road.forks {
                let place = match (fork.next, fork.reaches) {
                    (Some(next), Some(reaches)) if next == reaches => format!("-> {}", scenario.node(next).id.as_str()),
                    (Some(next), Some(reaches)) => {
                        format!("-> {} ... {}", scenario.node(next).id.as_str(), scenario.node(reaches).id.as_str())
                    }
                    _ => "-> (the story would get stuck)".to_string(),
                };
                line(out, &format!("     {} ({:.1}) {place}", option_id(decision, fork.option), fork.mean));
            }
        }
    }

    line(out, "");
    match &debrief.next_step {
        Some(step) => {
            let label = card.profile.get(step.dimension).map_or("?", |d| d.label.as_str());
            let at = step
                .at
                .and_then(|r| card.items.get(r))
                .map_or(String::new(), |s| format!(" Try it first at {}.", scenario.node(s.decision).id.as_str()));
            para(
                out,
                "",
                &format!("Next step ({label} is your weakest dimension, at {:.2}): {}{at}", step.estimate, step.habit),
            );
        }
        None => line(out, "Next step: answer a few decisions first."),
    }
    match &debrief.replay {
        Some(replay) => {
            let before: Vec<String> = replay.from.responses.iter().map(encode_response).collect();
            let from =
                if before.is_empty() { "from the start".to_string() } else { format!("after {}", before.join(".")) };
            para(
                out,
                "",
                &format!(
                    "Replay suggestion: {} cost you the most ({:.1} overall points); replay it {from}.",
                    scenario.node(replay.decision).id.as_str(),
                    replay.points
                ),
            );
        }
        None => line(out, "Replay suggestion: none; no decision lost much."),
    }
}

fn teaching_moment(out: &mut String, scenario: &Scenario, n: usize, m: &Moment) {
    let decision = scenario.decision(m.decision);
    let id = scenario.node(m.decision).id.as_str();
    let kind = decision.map_or("?", |d| d.kind.as_str());
    let why = match m.lesson {
        Lesson::ConfidentError => "you were Sure, and it was not an acceptable call".to_string(),
        Lesson::Regret if m.largest => format!("your largest loss, {:.1} overall points", m.points),
        Lesson::Regret => format!("a loss of {:.1} overall points", m.points),
        Lesson::Missed => "you missed what matters here".to_string(),
    };
    line(out, &format!("{n}. {id} ({kind}): {why}."));
    if let Some(decision) = decision {
        let answer = in_words(decision, &m.answer);
        let stop = if answer.ends_with('"') { "" } else { "." };
        para(out, "   ", &format!("You {answer}{stop}"));
        if !m.spread.is_empty() {
            let best: Vec<String> = m
                .preferred
                .iter()
                .filter_map(|&i| m.spread.get(i))
                .map(|s| format!("{} ({:.1}, SD {:.1})", option_id(Some(decision), s.option), s.mean, s.sd))
                .collect();
            para(out, "   ", &format!("Experts preferred {}.", best.join(" and ")));
            let all: Vec<String> = m
                .spread
                .iter()
                .map(|s| format!("{} {:.1} ± {:.1}", option_id(Some(decision), s.option), s.mean, s.sd))
                .collect();
            para(out, "   ", &format!("Every option (mean ± SD): {}.", all.join(", ")));
            if m.split {
                para(out, "   ", "Experts split here: more than one call is defensible.");
            }
        } else {
            let best: Vec<&str> = m.preferred.iter().map(|&i| option_id(Some(decision), i)).collect();
            para(out, "   ", &format!("What matters here: {}.", best.join(", ")));
        }
    }
    if !m.reasoning.is_empty() {
        line(out, "   Why:");
        line(out, &prose(&m.reasoning, "     ", WIDTH));
    }
    if !m.coaching.is_empty() {
        line(out, "   Coaching:");
        line(out, &prose(&m.coaching, "     ", WIDTH));
    }
    if !m.caused.is_empty() {
        line(out, "   What it caused:");
        for effect in &m.caused {
            para(out, "     ", &effect_line(scenario, effect, "->", &format!("response {}", effect.landed + 1)));
        }
    }
    if !m.missed.is_empty() {
        let names: Vec<String> = m
            .missed
            .iter()
            .map(|c| {
                let item = option_id(scenario.decision(c.decision), c.item);
                c.stakeholder.as_ref().map_or(item.to_string(), |s| format!("{item} ({})", figures::concern(s, "'")))
            })
            .collect();
        let lead = if m.missed.iter().all(|c| c.decision == m.decision) {
            "You did not tick".to_string()
        } else {
            let mut at: Vec<&str> = m.missed.iter().map(|c| scenario.node(c.decision).id.as_str()).collect();
            at.dedup();
            format!("Concerns you had not ticked at {} before this call", at.join(", "))
        };
        para(out, "   ", &format!("{lead}: {}.", names.join(", ")));
    }
    if !m.distractors.is_empty() {
        let names: Vec<&str> = m.distractors.iter().map(|&i| option_id(decision, i)).collect();
        para(out, "   ", &format!("You ticked distractors: {}.", names.join(", ")));
    }
    if let Some(r) = &m.rating {
        para(out, "   ", &figures::rating_shape(r));
    }
}

fn trace_link(scenario: &Scenario, link: &Link) -> String {
    match link {
        Link::Chose { decision, option, response, to } => format!(
            "At {} (response {}) you chose {}, which took the story to {}.",
            scenario.node(*decision).id.as_str(),
            response + 1,
            option_id(scenario.decision(*decision), *option),
            scenario.node(*to).id.as_str()
        ),
        Link::Effect(e) => format!(
            "At {} (response {}) you chose {}, which {}.",
            scenario.node(e.cause.decision).id.as_str(),
            e.cause.response + 1,
            option_id(scenario.decision(e.cause.decision), e.cause.option),
            effect_clause(scenario, e, &format!("response {}", e.landed + 1))
        ),
    }
}
