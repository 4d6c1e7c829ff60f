//! The debrief of a playthrough as text for the author CLI and the golden plans: what
//! `judgement-call play FILE --responses LOG` prints after the transcript.
//!
//! The [`Length::Short`] debrief is what a learner reads: the gist of the score in words, the
//! lesson (the first teaching moment: where it fell short, what a senior PM weighs, the
//! experts' call), at most two more moments in a line each, the next step and where to
//! replay. The [`Length::Full`] one is the score breakdown (the score relative to chance,
//! every item's score, chance level, score relative to chance and local regret, the path
//! efficiency, the dimension profile with bands and evidence counts, calibration in counts,
//! and what the outcome sacrificed) and the whole debrief: the goal, every teaching moment
//! with its panel, the learner's path beside the expert's, the causal trace of the ending,
//! the road not taken, the next step and the replay. The overall score and the final state
//! are the transcript's, printed once. The short debrief names things as the learner saw
//! them (questions, option texts, "decision 3"); the full one by the author's ids.
//! Everything comes from [`engine::scorecard`] and [`engine::debrief`]; this module only
//! draws it.

use crate::text::{WIDTH, prose, wrap};
use crate::{ReplayError, transcript};
use engine::analyse::Analysis;
use engine::debrief::{self, Debrief, Moment};
use engine::scenario::{NodeId, Scenario};
use engine::scorecard::{self, Scorecard};
use engine::{PlayError, Playthrough};
use figures::debrief as says;
use figures::scorecard as scores;
use figures::{English, Names, Text, say};

/// How much of the debrief to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// The lesson first, at most two more moments and the next step.
    Short,
    /// The whole score breakdown and every part of the debrief.
    Full,
}

/// The debrief of a playthrough, short or full. A playthrough that does not replay fails the
/// way [`transcript()`] does, naming the refused response.
pub fn debrief(
    scenario: &Scenario,
    analysis: &Analysis,
    playthrough: &Playthrough,
    length: Length,
) -> Result<String, ReplayError> {
    let whole = |error: PlayError| ReplayError { error, refused: None };
    let card = match scorecard::score(scenario, analysis, playthrough) {
        Ok(card) => card,
        // The transcript names the response that was refused.
        Err(error) => return Err(transcript(scenario, playthrough).err().unwrap_or_else(|| whole(error))),
    };
    let debrief = debrief::debrief(scenario, analysis, playthrough, &card).map_err(whole)?;
    let mut out = String::new();
    // The short debrief is a learner's, in their words; the full one an author's, with ids.
    match length {
        Length::Short => short(&mut out, &Names::learner(scenario, &English), &card, &debrief),
        Length::Full => {
            let names = Names::author(scenario);
            breakdown(&mut out, &names, &card);
            out.push('\n');
            story(&mut out, &names, &card, &debrief);
        }
    }
    Ok(out)
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// A long sentence wrapped under an indent.
fn para(out: &mut String, indent: &str, text: &Text) {
    for l in wrap(&text.to_string(), indent, indent, WIDTH) {
        line(out, &l);
    }
}

fn breakdown(out: &mut String, names: &Names, card: &Scorecard) {
    let scenario = names.scenario;
    line(out, "== Score ==");
    para(out, "", &scores::chance(&English, card));
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
            let id = scenario.node(s.decision).id.as_str();
            for note in scores::item_notes(names, s) {
                para(out, "   ", &Text::from(format!("{id}: ")).then(note).plain("."));
            }
        }
    }

    line(out, "");
    para(out, "", &scores::path(&English, &card.path));

    line(out, "");
    line(out, "Profile (estimate, ~80% band, evidence weight from so many items, relative to chance):");
    let labels = card.profile.iter().map(|d| d.label.chars().count()).max().unwrap_or(0);
    for d in &card.profile {
        let e = &d.estimate;
        let evidence = scores::evidence(&English, d);
        let chance = d.corrected.map_or(String::new(), |c| format!(", {}", scores::relative(&English, c)));
        if e.enough {
            line(
                out,
                &format!("   {:<labels$}  {:.2}  {}  {evidence}{chance}", d.label, e.value, scores::band(&English, e)),
            );
        } else {
            line(out, &format!("   {:<labels$}  {} ({evidence})", d.label, scores::not_enough_evidence(&English)));
        }
    }

    if let Some(c) = &card.calibration {
        line(out, "");
        para(out, "", &scores::calibration(&English, c));
        for tally in c.levels.iter().filter(|t| t.said > 0) {
            para(out, "   ", &scores::confidence_level(&English, tally));
        }
    }

    line(out, "");
    line(out, "Outcome (the ending and the final state are above; the outcome never moves a score):");
    para(out, "   ", &scores::sacrificed(names, &card.outcome));
}

/// The short debrief: the gist, the lesson, at most two more moments, the next step.
fn short(out: &mut String, names: &Names, card: &Scorecard, debrief: &Debrief) {
    line(out, "== Debrief ==");
    let reach = scores::reach(&English, &card.path).map(|r| Text::from(" ").then(r)).unwrap_or_default();
    para(out, "", &scores::gist(&English, card).then(reach));
    let mut moments = debrief.moments.iter();
    match moments.next() {
        Some(first) => lesson(out, names, first),
        None => {
            line(out, "");
            line(out, &say!(&English, "says-no-moments"));
        }
    }
    let more: Vec<&Moment> = moments.collect();
    if !more.is_empty() {
        line(out, "");
        line(out, &format!("{}:", say!(&English, "says-also")));
        for m in more {
            let text = says::came_to(names, m).plain(" ").then(says::call(names, m));
            for l in wrap(&text.to_string(), "   - ", "     ", WIDTH) {
                line(out, &l);
            }
        }
    }
    line(out, "");
    para(out, "", &says::next_step(names, card, debrief.next_step.as_ref()));
    para(out, "", &says::replay(names, debrief.replay.as_ref()));
    line(out, "");
    line(out, "(Every figure, the profile, the paths and every moment in full: add --full.)");
}

/// The first teaching moment, as a mentor would say it: what happened, what the learner did,
/// where it fell short, what a senior PM weighs, and the experts' call.
fn lesson(out: &mut String, names: &Names, m: &Moment) {
    line(out, "");
    line(out, &format!("{}:", say!(&English, "says-the-lesson")));
    para(out, "   ", &says::came_to(names, m));
    if names.scenario.decision(m.decision).is_some_and(|d| d.kind == engine::scenario::DecisionKind::Pick) {
        para(out, "   ", &says::you(names, m.decision, &m.answer));
    }
    let short_of = says::findings(names, m);
    if !m.coaching.is_empty() || !short_of.is_empty() {
        line(out, &format!("   {}:", say!(&English, "says-fell-short")));
        if !m.coaching.is_empty() {
            line(out, &prose(&m.coaching, "     ", WIDTH));
        }
        for text in &short_of {
            para(out, "     ", text);
        }
    }
    let (principle, _) = engine::markdown::principle(&m.reasoning);
    if !principle.is_empty() {
        line(out, &format!("   {}:", say!(&English, "says-weigh")));
        line(out, &prose(&principle, "     ", WIDTH));
    }
    para(out, "   ", &says::call(names, m));
}

fn story(out: &mut String, names: &Names, card: &Scorecard, debrief: &Debrief) {
    let scenario = names.scenario;
    line(out, "== Debrief ==");
    if !debrief.goal.is_empty() {
        para(out, "", &says::goal(&English, &debrief.goal));
        line(out, "");
    }
    if debrief.moments.is_empty() {
        line(out, &say!(&English, "says-no-moments"));
    } else {
        line(out, &format!("{}:", say!(&English, "says-teaching-moments")));
        for (n, moment) in debrief.moments.iter().enumerate() {
            teaching_moment(out, names, n + 1, moment);
        }
    }

    line(out, "");
    let ids = |nodes: &[NodeId]| nodes.iter().map(|&n| scenario.node(n).id.as_str()).collect::<Vec<_>>().join(" -> ");
    for (label, path) in [("Your path:  ", &debrief.path), ("Expert path:", &debrief.expert_path)] {
        for l in wrap(&ids(path), &format!("{label} "), "             ", WIDTH) {
            line(out, &l);
        }
    }
    para(out, "", &says::parted(names, debrief));

    if let Some(ending) = debrief.ending {
        line(out, "");
        line(out, &format!("{}:", says::why_this_ending(names, ending)));
        if debrief.trace.is_empty() {
            line(out, &format!("   {}", say!(&English, "says-undecided")));
        }
        for step in says::trace(names, &debrief.trace) {
            for l in wrap(&says::because(&step).to_string(), "   - ", "     ", WIDTH) {
                line(out, &l);
            }
        }
    }

    if !debrief.roads.is_empty() {
        line(out, "");
        line(out, &format!("{}:", say!(&English, "says-road-not-taken")));
        for road in &debrief.roads {
            line(out, &format!("   {}:", says::road(names, road)));
            for fork in &road.forks {
                line(out, &format!("     {}", says::fork(names, road, fork)));
            }
        }
    }

    line(out, "");
    para(out, "", &says::next_step(names, card, debrief.next_step.as_ref()));
    para(out, "", &says::replay(names, debrief.replay.as_ref()));
}

fn teaching_moment(out: &mut String, names: &Names, n: usize, m: &Moment) {
    let scenario = names.scenario;
    let id = scenario.node(m.decision).id.as_str();
    let kind = scenario.decision(m.decision).map_or("?", |d| d.kind.as_str());
    line(out, &format!("{n}. {id} ({kind}): {}.", says::lesson(&English, m)));
    if scenario.decision(m.decision).is_some() {
        para(out, "   ", &says::you(names, m.decision, &m.answer));
        para(out, "   ", &says::preferred(names, m));
        if let Some(spread) = says::spread(names, m) {
            para(out, "   ", &spread);
        }
        if m.split {
            para(out, "   ", &say!(&English, "says-split").into());
        }
    }
    if !m.reasoning.is_empty() {
        line(out, &format!("   {}:", say!(&English, "says-why")));
        line(out, &prose(&m.reasoning, "     ", WIDTH));
    }
    if !m.coaching.is_empty() {
        line(out, &format!("   {}:", say!(&English, "says-coaching")));
        line(out, &prose(&m.coaching, "     ", WIDTH));
    }
    if !m.caused.is_empty() {
        line(out, &format!("   {}:", say!(&English, "says-caused")));
        for effect in &m.caused {
            para(out, "     ", &says::effect_line(names, effect));
        }
    }
    for text in says::findings(names, m) {
        para(out, "   ", &text);
    }
}
