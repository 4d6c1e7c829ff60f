//! The sentences of the score breakdown, worded once from [`engine::scorecard`] for the CLI's
//! `play --responses` and the web app's Debrief view: the score against chance, what each
//! item's figures say, path efficiency, each dimension's evidence, calibration, and how the
//! story left its state.

use crate::names::Names;
use crate::text::{Text, capitalised};
use crate::{count, noun, signed};
use engine::Confidence;
use engine::scenario::NodeId;
use engine::score::{Calibration, ConfidenceTally, Estimate, Fit, RatingProfile, VERDICT_MIN, fitting_range};
use engine::scorecard::{DimensionScore, ItemScore, Outcome, PathScore, Scorecard};

/// What a dimension shows while its evidence is too thin for an estimate.
pub const NOT_ENOUGH_EVIDENCE: &str = "not enough evidence yet";

/// How the overall score sits beside answering at random and the experts', in words that
/// finish "Your calls were …": from "worse than answering at random" to "as good as the
/// experts'", from the overall score, chance and the score relative to chance.
pub fn against_chance(card: &Scorecard) -> &'static str {
    match card.corrected {
        _ if card.overall + 0.05 < card.chance => "worse than answering at random",
        c if c < 5.0 => "no better than answering at random",
        c if c < 25.0 => "barely better than answering at random",
        c if c < 50.0 => "better than answering at random, but far from the experts'",
        c if c < 75.0 => "closer to the experts' than to answering at random",
        c if c < 95.0 => "close to the experts'",
        _ => "as good as the experts'",
    }
}

/// The gist of a score, the sentence a debrief opens with, with the baseline it is measured
/// against while that matters: "Your calls were barely better than answering at random,
/// which would score about 46 here."
pub fn gist(card: &Scorecard) -> Text {
    let words = against_chance(card);
    let random = card.chance.round();
    Text::from(match card.corrected {
        c if c < 25.0 => format!("Your calls were {words}, which would score about {random} here."),
        c if c < 75.0 => format!("Your calls were {words} (about {random} here)."),
        _ => format!("Your calls were {words}."),
    })
}

/// The overall score against chance, words first: "Barely better than answering at random:
/// answering at random would score 46.1 on these decisions, and relative to chance you
/// scored 7.9 / 100."
pub fn chance(card: &Scorecard) -> Text {
    Text::from(format!(
        "{}: answering at random would score {:.1} on these decisions, and relative to chance you scored {:.1} / 100.",
        capitalised(against_chance(card)),
        card.chance,
        card.corrected
    ))
}

/// How far path efficiency `e` (0 the worst path, 1 the best) took the learner, in words
/// that finish "Your picks took you …": "about a third of the way".
pub fn distance(e: f64) -> &'static str {
    const STOPS: [(f64, &str); 9] = [
        (0.0, "none of the way"),
        (0.12, "a little of the way"),
        (0.25, "about a quarter of the way"),
        (0.33, "about a third of the way"),
        (0.5, "about half of the way"),
        (0.67, "about two-thirds of the way"),
        (0.75, "about three-quarters of the way"),
        (0.9, "most of the way"),
        (1.0, "all the way"),
    ];
    let nearest = STOPS.iter().min_by(|a, b| (a.0 - e).abs().total_cmp(&(b.0 - e).abs()));
    nearest.map_or("", |stop| stop.1)
}

/// What one item's figures say beyond its score, as clauses (a view names the item before
/// them, or makes each a sentence): how far a pick fell below the best call, how a rating's
/// shape matched the experts', and what a checklist missed or ticked wrongly.
pub fn item_notes(names: &Names, item: &ItemScore) -> Vec<Text> {
    let mut notes = Vec::new();
    if let Some(gap) = item.gap.filter(|g| *g > 1e-9) {
        notes.push(Text::from(format!("your pick is {gap:.1} rating points below the best call here")));
    }
    if let Some(r) = &item.rating {
        notes.push(rating_fit(r));
    }
    let mut parts = Vec::new();
    if !item.missed.is_empty() {
        parts.push(format!("missed {}", names.options(item.decision, &item.missed)));
    }
    if !item.distractors.is_empty() {
        let which = noun(item.distractors.len(), "distractor");
        parts.push(format!("ticked the {which} {}", names.options(item.decision, &item.distractors)));
    }
    if !parts.is_empty() {
        notes.push(Text::from(parts.join("; ")));
    }
    notes
}

/// How a rating's shape matched the experts', with what is not graded.
fn rating_fit(r: &RatingProfile) -> Text {
    Text::from(format!(
        "your ratings' shape matches the experts' at r = {:.2} (whole numbers can reach {:.2}); not graded: \
         elevation {}, scatter {}, raw agreement {:.2}",
        r.r,
        r.best,
        signed(r.elevation, 2),
        signed(r.scatter, 2),
        r.agreement
    ))
}

/// How far the learner's picks went from the worst path to the best, in words alone, once
/// the story has ended: "Your picks took you about a third of the way from the worst path to
/// the best."
pub fn reach(path: &PathScore) -> Option<Text> {
    path.efficiency.map(|e| Text::from(format!("{}.", went(e))))
}

/// How far path efficiency `e` went, as a clause: "Your picks took you … to the best".
fn went(e: f64) -> String {
    format!("Your picks took you {} from the worst path to the best", distance(e))
}

/// Path efficiency in a sentence, words first, or why there is none yet: "Your picks took
/// you about a third of the way from the worst path to the best (path efficiency 0.30: …)."
pub fn path(path: &PathScore) -> Text {
    Text::from(match path.efficiency {
        Some(e) => format!(
            "{} (path efficiency {e:.2}: the options you picked total {:.1} in weighted expert quality, the worst \
             path {:.1} and the best {:.1}; random play averages {:.2}, and relative to chance you reached {:.2}).",
            went(e),
            path.quality,
            path.worst,
            path.best,
            path.chance,
            path.corrected.unwrap_or(0.0)
        ),
        None => format!(
            "Path efficiency: not yet, the story has not ended (so far {:.1} in weighted expert quality; paths total \
             {:.1} to {:.1}).",
            path.quality, path.worst, path.best
        ),
    })
}

/// A dimension's ~80% band: "[0.21-0.64]".
pub fn band(estimate: &Estimate) -> String {
    format!("[{:.2}-{:.2}]", estimate.low, estimate.high)
}

/// How much evidence a dimension has: "evidence 2.0 from 1" (its weight, from so many items).
pub fn evidence(dimension: &DimensionScore) -> String {
    format!("evidence {:.1} from {}", dimension.estimate.evidence, dimension.evidence.len())
}

/// A dimension's estimate relative to chance: "0.25 relative to chance".
pub fn relative(corrected: f64) -> String {
    format!("{corrected:.2} relative to chance")
}

/// Calibration in figures: "Calibration over 2 judgements: certainty-based marks -6 of a
/// possible 6; Brier 0.556 (…); over-confidence +0.73; discrimination n/a (…)."
pub fn calibration(c: &Calibration) -> Text {
    let discrimination =
        c.discrimination.map_or("n/a (needs both right and wrong calls)".to_string(), |d| signed(d, 2));
    Text::from(format!(
        "Calibration over {}: certainty-based marks {} of a possible {}; Brier {:.3} (reliability {:.3}, resolution \
         {:.3}, uncertainty {:.3}); over-confidence {}; discrimination {discrimination}.",
        count(c.judgements, "judgement"),
        signed(f64::from(c.cbm), 0),
        c.cbm_max,
        c.brier,
        c.reliability,
        c.resolution,
        c.uncertainty,
        signed(c.overconfidence, 2),
    ))
}

/// What the learner's calls at one confidence level came to: "When you said Sure, 3 of 4
/// were acceptable calls (75%); Sure means more than 80%: over-confident." From fewer than
/// [`VERDICT_MIN`] calls it gives no verdict: "too few calls to tell yet".
pub fn confidence_level(level: &ConfidenceTally) -> Text {
    let (lo, hi) = fitting_range(level.confidence);
    let claim = match level.confidence {
        Confidence::Unsure => format!("less than {:.0}%", hi * 100.0),
        Confidence::FairlySure => format!("{:.0}-{:.0}%", lo * 100.0, hi * 100.0),
        Confidence::Sure => format!("more than {:.0}%", lo * 100.0),
    };
    let fit = match level.fit() {
        _ if level.said < VERDICT_MIN => "too few calls to tell yet",
        Some(Fit::Overconfident) => "over-confident",
        Some(Fit::Underconfident) => "under-confident",
        _ => "about right",
    };
    let said = level.confidence.label();
    let were = if level.said == 1 { "was an acceptable call" } else { "were acceptable calls" };
    Text::from(format!(
        "When you said {said}, {} of {} {were} ({:.0}%); {said} means {claim}: {fit}.",
        level.right,
        level.said,
        level.rate().unwrap_or(0.0) * 100.0,
    ))
}

/// The ending the story reached: "Ending: scramble, "A long week"", or "Not finished yet.".
pub fn ending(names: &Names, ending: Option<NodeId>) -> Text {
    match ending {
        Some(node) => Text::new().label("Ending:").plain(" ").plain(names.ending(node)),
        None => Text::from("Not finished yet."),
    }
}

/// What the story did to its state: "Changed: Support load 40 -> 70, Trust 3 -> 1.", or
/// "No state changed."
pub fn state_changes(names: &Names, outcome: &Outcome) -> Text {
    let arrow = names.arrow();
    let changed: Vec<String> = outcome
        .states
        .iter()
        .filter(|s| s.value != s.initial)
        .filter_map(|s| {
            names.scenario.states().get(s.state).map(|v| format!("{} {} {arrow} {}", v.label, s.initial, s.value))
        })
        .collect();
    Text::from(if changed.is_empty() {
        "No state changed.".to_string()
    } else {
        format!("Changed: {}.", changed.join(", "))
    })
}

/// The variables the story drove to their floor: "Driven to its floor: Support (a
/// department sacrificed).", or "No variable was driven to its floor."
pub fn sacrificed(names: &Names, outcome: &Outcome) -> Text {
    let labels: Vec<&str> =
        outcome.sacrificed.iter().filter_map(|&s| names.scenario.states().get(s)).map(|v| v.label.as_str()).collect();
    Text::from(if labels.is_empty() {
        "No variable was driven to its floor.".to_string()
    } else {
        format!("Driven to its floor: {} (a department sacrificed).", labels.join(", "))
    })
}

/// Whether a score passed, in the words of a verdict: "passed" or "not passed".
pub fn verdict(passed: bool) -> &'static str {
    if passed { "passed" } else { "not passed" }
}

/// A finished attempt's result in a line, in the words of the debrief's headline, on every
/// view that shows one (the ending, the library card, the Profile, the LMS status line):
/// "11.6 / 100, not passed (pass mark 70)". `tenths` is the overall score in tenths of a
/// point, rounded so that it never crosses the pass mark.
pub fn result(tenths: u32, pass: u32) -> String {
    format!("{} / 100, {} (pass mark {pass})", crate::tenths(tenths), verdict(tenths >= pass * 10))
}

/// The overall score against the pass mark: "Overall: 72.4 / 100 (pass mark 70: passed)."
pub fn overall(card: &Scorecard) -> Text {
    let shown = crate::score(card.overall, card.pass);
    Text::from(format!("Overall: {shown} / 100 (pass mark {}: {}).", card.pass, verdict(card.passed)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::analyse::analyse;
    use engine::scenario::Value;
    use engine::scorecard::{StateOutcome, score};
    use engine::{Answer, Playthrough, Response, load};

    const STORY: &str = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: What now?\nconfidence:\n\
        * good: Call Maya.\n  ratings: a 6, b 6, c 6\n* bad: Ship it.\n  ratings: a 2, b 2, c 2\n-> d2\n\
        == decision d2 (considerations)\nask: What matters?\n* m: Morale\n  weight: +2\n* n: Noise\n  weight: -2\n-> end\n\
        == ending e\ntitle: E\n";

    fn card(responses: Vec<Response>) -> (engine::Scenario, Scorecard) {
        let scenario = load(STORY).expect("loads");
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = responses;
        let card = score(&scenario, &analyse(&scenario), &playthrough).expect("replays");
        (scenario, card)
    }

    #[test]
    fn an_items_notes_name_what_it_lost_in_the_readers_names() {
        let (scenario, card) = card(vec![
            Response::new(Answer::Pick(1), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![false, true]), None),
        ]);
        let notes =
            |names: &Names, i: usize| item_notes(names, &card.items[i]).iter().map(Text::to_string).collect::<Vec<_>>();
        assert_eq!(notes(&Names::author(&scenario), 0), ["your pick is 4.0 rating points below the best call here"]);
        assert_eq!(notes(&Names::author(&scenario), 1), ["missed m; ticked the distractor n"]);
        assert_eq!(notes(&Names::learner(&scenario), 1), ["missed “Morale”; ticked the distractor “Noise”"]);
        assert_eq!(
            chance(&card).to_string(),
            format!(
                "Worse than answering at random: answering at random would score {:.1} on these decisions, and \
                 relative to chance you scored 0.0 / 100.",
                card.chance
            )
        );
        assert!(
            gist(&card)
                .to_string()
                .starts_with("Your calls were worse than answering at random, which would score about")
        );
        assert_eq!(overall(&card).to_string(), "Overall: 0.0 / 100 (pass mark 70: not passed).");
        assert!(
            path(&card.path).to_string().starts_with(
                "Your picks took you none of the way from the worst path to the best (path efficiency 0.00: the \
                 options you picked total 2.0"
            ),
            "{}",
            path(&card.path)
        );
    }

    #[test]
    fn figures_come_with_words_that_fit_them() {
        assert_eq!(result(116, 70), "11.6 / 100, not passed (pass mark 70)");
        assert_eq!(result(700, 70), "70.0 / 100, passed (pass mark 70)");
        let (_, mut card) = card(vec![Response::new(Answer::Pick(0), Some(Confidence::Sure))]);
        let said = |card: &Scorecard| (against_chance(card), gist(card).to_string());
        (card.overall, card.chance, card.corrected) = (40.0, 46.0, 0.0);
        assert_eq!(
            said(&card),
            (
                "worse than answering at random",
                "Your calls were worse than answering at random, which would score about 46 here.".into()
            )
        );
        (card.overall, card.corrected) = (50.0, 7.9);
        assert_eq!(said(&card).0, "barely better than answering at random");
        (card.overall, card.corrected) = (80.0, 60.0);
        assert_eq!(
            said(&card).1,
            "Your calls were closer to the experts' than to answering at random (about 46 here)."
        );
        (card.overall, card.corrected) = (100.0, 100.0);
        assert_eq!(said(&card).1, "Your calls were as good as the experts'.");
        assert_eq!(distance(0.02), "none of the way");
        assert_eq!(distance(0.30), "about a third of the way");
        assert_eq!(distance(0.52), "about half of the way");
        assert_eq!(distance(0.7), "about two-thirds of the way");
        assert_eq!(distance(1.0), "all the way");
    }

    #[test]
    fn calibration_and_dimensions_are_said_in_figures() {
        let (_, card) = card(vec![Response::new(Answer::Pick(0), Some(Confidence::Sure))]);
        let c = card.calibration.as_ref().expect("a judgement");
        assert_eq!(
            calibration(c).to_string(),
            "Calibration over 1 judgement: certainty-based marks +3 of a possible 3; Brier 0.010 (reliability 0.010, \
             resolution 0.000, uncertainty 0.000); over-confidence -0.10; discrimination n/a (needs both right and \
             wrong calls)."
        );
        assert!(path(&card.path).to_string().starts_with("Path efficiency: not yet, the story has not ended"));
        let d = &card.profile[0];
        assert_eq!(evidence(d), format!("evidence {:.1} from {}", d.estimate.evidence, d.evidence.len()));
        assert_eq!(relative(0.254), "0.25 relative to chance");
    }

    #[test]
    fn the_outcome_names_the_ending_what_changed_and_what_was_sacrificed() {
        let scenario = load(
            "id: t\ntitle: T\nstate morale: number 0..10 = 5 \"Morale\"\nstate support: number 0..10 = 4 \"Support\"\n\
             == ending e\ntitle: Done\n",
        )
        .expect("loads");
        let state = |state, initial, value| StateOutcome {
            state,
            initial: Value::Number(initial),
            value: Value::Number(value),
            floor: value == 0,
            ceiling: false,
        };
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario));
        let calm =
            Outcome { ending: Some(NodeId::new(0)), states: vec![state(0, 5, 5), state(1, 4, 4)], sacrificed: vec![] };
        assert_eq!(ending(&author, calm.ending).to_string(), "Ending: e, \"Done\"");
        assert_eq!(ending(&learner, calm.ending).runs().next(), Some((crate::Mark::Label, "Ending:")));
        assert_eq!(state_changes(&author, &calm).to_string(), "No state changed.");
        assert_eq!(sacrificed(&author, &calm).to_string(), "No variable was driven to its floor.");
        let hard = Outcome { ending: None, states: vec![state(0, 5, 7), state(1, 4, 0)], sacrificed: vec![1] };
        assert_eq!(ending(&author, hard.ending).to_string(), "Not finished yet.");
        assert_eq!(state_changes(&learner, &hard).to_string(), "Changed: Morale 5 → 7, Support 4 → 0.");
        assert_eq!(state_changes(&author, &hard).to_string(), "Changed: Morale 5 -> 7, Support 4 -> 0.");
        assert_eq!(sacrificed(&author, &hard).to_string(), "Driven to its floor: Support (a department sacrificed).");
    }

    #[test]
    fn a_confidence_level_gets_a_verdict_only_from_enough_calls() {
        let level = |said, right| ConfidenceTally { confidence: Confidence::Sure, said, right };
        assert_eq!(
            confidence_level(&level(1, 0)).to_string(),
            "When you said Sure, 0 of 1 was an acceptable call (0%); Sure means more than 80%: too few calls to tell yet."
        );
        assert!(confidence_level(&level(2, 1)).to_string().ends_with("too few calls to tell yet."));
        assert!(confidence_level(&level(3, 1)).to_string().ends_with(": over-confident."));
        assert!(confidence_level(&level(4, 4)).to_string().ends_with(": about right."));
    }

    #[test]
    fn verdicts_agree_with_the_pass_mark() {
        assert_eq!((verdict(true), verdict(false)), ("passed", "not passed"));
    }
}
