//! The sentences of the score breakdown, worded once from [`engine::scorecard`] for the CLI's
//! `play --responses` and the web app's Debrief view: the score against chance, what each
//! item's figures say, path efficiency, each dimension's evidence, calibration, and how the
//! story left its state. The words are the catalogue's, as [`crate::debrief`]'s are.

use crate::catalogue::{Argument, Catalogue, Fixed, Signed, Tenths};
use crate::names::Names;
use crate::say;
use crate::text::{Text, capitalised};
use engine::Confidence;
use engine::scenario::NodeId;
use engine::score::{Calibration, ConfidenceTally, Estimate, Fit, RatingProfile, VERDICT_MIN, fitting_range};
use engine::scorecard::{DimensionScore, ItemScore, Outcome, PathScore, Scorecard};

/// What a dimension shows while its evidence is too thin for an estimate.
pub fn not_enough_evidence(catalogue: &dyn Catalogue) -> String {
    say!(catalogue, "says-thin")
}

/// How the overall score sits beside answering at random and the experts', in words that
/// finish "Your calls were …": from "worse than answering at random" to "as good as the
/// experts'", from the overall score, chance and the score relative to chance.
pub fn against_chance(catalogue: &dyn Catalogue, card: &Scorecard) -> String {
    match card.corrected {
        _ if card.overall + 0.05 < card.chance => say!(catalogue, "says-random-worse"),
        c if c < 5.0 => say!(catalogue, "says-random-same"),
        c if c < 25.0 => say!(catalogue, "says-random-barely"),
        c if c < 50.0 => say!(catalogue, "says-random-better"),
        c if c < 75.0 => say!(catalogue, "says-random-closer"),
        c if c < 95.0 => say!(catalogue, "says-random-close"),
        _ => say!(catalogue, "says-random-experts"),
    }
}

/// The gist of a score, the sentence a debrief opens with, with the baseline it is measured
/// against while that matters: "Your calls were barely better than answering at random,
/// which would score about 46 here."
pub fn gist(catalogue: &dyn Catalogue, card: &Scorecard) -> Text {
    let words = against_chance(catalogue, card);
    let random = Fixed(card.chance.round(), 0);
    Text::from(match card.corrected {
        c if c < 25.0 => say!(catalogue, "says-gist-far", words = words, random = random),
        c if c < 75.0 => say!(catalogue, "says-gist-near", words = words, random = random),
        _ => say!(catalogue, "says-gist", words = words),
    })
}

/// The overall score against chance, words first: "Barely better than answering at random:
/// answering at random would score 46.1 on these decisions, and relative to chance you
/// scored 7.9 / 100."
pub fn chance(catalogue: &dyn Catalogue, card: &Scorecard) -> Text {
    Text::from(say!(
        catalogue,
        "says-chance",
        words = capitalised(&against_chance(catalogue, card)),
        chance = Fixed(card.chance, 1),
        corrected = Fixed(card.corrected, 1),
    ))
}

/// How far path efficiency `e` (0 the worst path, 1 the best) took the learner, in words
/// that finish "Your picks took you …": "about a third of the way".
pub fn distance(catalogue: &dyn Catalogue, e: f64) -> String {
    const STOPS: [f64; 9] = [0.0, 0.12, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0];
    let nearest = (0..STOPS.len()).min_by(|&a, &b| (STOPS[a] - e).abs().total_cmp(&(STOPS[b] - e).abs()));
    match nearest {
        Some(0) => say!(catalogue, "says-distance-none"),
        Some(1) => say!(catalogue, "says-distance-little"),
        Some(2) => say!(catalogue, "says-distance-quarter"),
        Some(3) => say!(catalogue, "says-distance-third"),
        Some(4) => say!(catalogue, "says-distance-half"),
        Some(5) => say!(catalogue, "says-distance-two-thirds"),
        Some(6) => say!(catalogue, "says-distance-three-quarters"),
        Some(7) => say!(catalogue, "says-distance-most"),
        _ => say!(catalogue, "says-distance-all"),
    }
}

/// What one item's figures say beyond its score, as clauses (a view names the item before
/// them, or makes each a sentence): how far a pick fell below the best call, how a rating's
/// shape matched the experts', and what a checklist missed or ticked wrongly.
pub fn item_notes(names: &Names, item: &ItemScore) -> Vec<Text> {
    let catalogue = names.catalogue;
    let mut notes = Vec::new();
    if let Some(gap) = item.gap.filter(|g| *g > 1e-9) {
        notes.push(Text::from(say!(catalogue, "says-item-gap", gap = Fixed(gap, 1))));
    }
    if let Some(r) = &item.rating {
        notes.push(rating_fit(catalogue, r));
    }
    let mut parts = Vec::new();
    if !item.missed.is_empty() {
        parts.push(say!(catalogue, "says-item-missed", options = names.options(item.decision, &item.missed)));
    }
    if !item.distractors.is_empty() {
        let options = names.options(item.decision, &item.distractors);
        parts.push(say!(catalogue, "says-item-distractors", count = item.distractors.len(), options = options));
    }
    if !parts.is_empty() {
        notes.push(Text::from(parts.join("; ")));
    }
    notes
}

/// How a rating's shape matched the experts', with what is not graded.
fn rating_fit(catalogue: &dyn Catalogue, r: &RatingProfile) -> Text {
    Text::from(say!(
        catalogue,
        "says-item-rating",
        r = Fixed(r.r, 2),
        best = Fixed(r.best, 2),
        elevation = Signed(r.elevation, 2),
        scatter = Signed(r.scatter, 2),
        agreement = Fixed(r.agreement, 2),
    ))
}

/// How far the learner's picks went from the worst path to the best, in words alone, once
/// the story has ended: "Your picks took you about a third of the way from the worst path to
/// the best."
pub fn reach(catalogue: &dyn Catalogue, path: &PathScore) -> Option<Text> {
    path.efficiency.map(|e| Text::from(say!(catalogue, "says-reach", went = went(catalogue, e))))
}

/// How far path efficiency `e` went, as a clause: "Your picks took you … to the best".
fn went(catalogue: &dyn Catalogue, e: f64) -> String {
    say!(catalogue, "says-went", distance = distance(catalogue, e))
}

/// Path efficiency in a sentence, words first, or why there is none yet: "Your picks took
/// you about a third of the way from the worst path to the best (path efficiency 0.30: …)."
pub fn path(catalogue: &dyn Catalogue, path: &PathScore) -> Text {
    let (quality, worst, best) = (Fixed(path.quality, 1), Fixed(path.worst, 1), Fixed(path.best, 1));
    Text::from(match path.efficiency {
        Some(e) => say!(
            catalogue,
            "says-path",
            went = went(catalogue, e),
            efficiency = Fixed(e, 2),
            quality = quality,
            worst = worst,
            best = best,
            chance = Fixed(path.chance, 2),
            corrected = Fixed(path.corrected.unwrap_or(0.0), 2),
        ),
        None => say!(catalogue, "says-path-unfinished", quality = quality, worst = worst, best = best),
    })
}

/// A dimension's ~80% band: "[0.21-0.64]".
pub fn band(catalogue: &dyn Catalogue, estimate: &Estimate) -> String {
    say!(catalogue, "says-band", low = Fixed(estimate.low, 2), high = Fixed(estimate.high, 2))
}

/// How much evidence a dimension has: "evidence 2.0 from 1" (its weight, from so many items).
pub fn evidence(catalogue: &dyn Catalogue, dimension: &DimensionScore) -> String {
    let weight = Fixed(dimension.estimate.evidence, 1);
    say!(catalogue, "says-evidence", weight = weight, count = dimension.evidence.len())
}

/// A dimension's estimate relative to chance: "0.25 relative to chance".
pub fn relative(catalogue: &dyn Catalogue, corrected: f64) -> String {
    say!(catalogue, "says-relative", value = Fixed(corrected, 2))
}

/// Calibration in figures: "Calibration over 2 judgements: certainty-based marks -6 of a
/// possible 6; Brier 0.556 (…); over-confidence +0.73; discrimination n/a (…)."
pub fn calibration(catalogue: &dyn Catalogue, c: &Calibration) -> Text {
    // A figure, or words where there is none.
    let discrimination: Box<dyn Argument> = match c.discrimination {
        Some(d) => Box::new(Signed(d, 2)),
        None => Box::new(say!(catalogue, "says-discrimination-none")),
    };
    Text::from(say!(
        catalogue,
        "says-calibration",
        judgements = c.judgements,
        marks = Signed(f64::from(c.cbm), 0),
        most = c.cbm_max,
        brier = Fixed(c.brier, 3),
        reliability = Fixed(c.reliability, 3),
        resolution = Fixed(c.resolution, 3),
        uncertainty = Fixed(c.uncertainty, 3),
        overconfidence = Signed(c.overconfidence, 2),
        discrimination = discrimination,
    ))
}

/// The name of a level of confidence.
pub fn level(catalogue: &dyn Catalogue, confidence: Confidence) -> String {
    match confidence {
        Confidence::Unsure => say!(catalogue, "confidence-unsure"),
        Confidence::FairlySure => say!(catalogue, "confidence-fairly-sure"),
        Confidence::Sure => say!(catalogue, "confidence-sure"),
    }
}

/// What the learner's calls at one confidence level came to: "When you said Sure, 3 of 4
/// were acceptable calls (75%); Sure means more than 80%: over-confident." From fewer than
/// [`VERDICT_MIN`] calls it gives no verdict: "too few calls to tell yet".
pub fn confidence_level(catalogue: &dyn Catalogue, tally: &ConfidenceTally) -> Text {
    let (lo, hi) = fitting_range(tally.confidence);
    let (low, high) = (Fixed(lo * 100.0, 0), Fixed(hi * 100.0, 0));
    let claim = match tally.confidence {
        Confidence::Unsure => say!(catalogue, "says-claim-below", high = high),
        Confidence::FairlySure => say!(catalogue, "says-claim-between", low = low, high = high),
        Confidence::Sure => say!(catalogue, "says-claim-above", low = low),
    };
    let fit = match tally.fit() {
        _ if tally.said < VERDICT_MIN => say!(catalogue, "says-fit-few"),
        Some(Fit::Overconfident) => say!(catalogue, "says-fit-over"),
        Some(Fit::Underconfident) => say!(catalogue, "says-fit-under"),
        _ => say!(catalogue, "says-fit-right"),
    };
    Text::from(say!(
        catalogue,
        "says-confidence-level",
        level = level(catalogue, tally.confidence),
        right = tally.right,
        said = tally.said,
        rate = Fixed(tally.rate().unwrap_or(0.0) * 100.0, 0),
        claim = claim,
        fit = fit,
    ))
}

/// The ending the story reached: "Ending: scramble, "A long week"", or "Not finished yet.".
pub fn ending(names: &Names, ending: Option<NodeId>) -> Text {
    match ending {
        Some(node) => Text::marked(&say!(names.catalogue, "says-ending", ending = names.ending(node))),
        None => Text::from(say!(names.catalogue, "says-not-finished")),
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
        say!(names.catalogue, "says-unchanged")
    } else {
        say!(names.catalogue, "says-changed", changes = changed.join(", "))
    })
}

/// The variables the story drove to their floor: "Driven to its floor: Support (a
/// department sacrificed).", or "No variable was driven to its floor."
pub fn sacrificed(names: &Names, outcome: &Outcome) -> Text {
    let labels: Vec<&str> =
        outcome.sacrificed.iter().filter_map(|&s| names.scenario.states().get(s)).map(|v| v.label.as_str()).collect();
    Text::from(if labels.is_empty() {
        say!(names.catalogue, "says-none-sacrificed")
    } else {
        say!(names.catalogue, "says-sacrificed", states = labels.join(", "))
    })
}

/// Whether a score passed, in the words of a verdict: "passed" or "not passed".
pub fn verdict(catalogue: &dyn Catalogue, passed: bool) -> String {
    if passed { say!(catalogue, "says-passed") } else { say!(catalogue, "says-not-passed") }
}

/// A finished attempt's result in a line, in the words of the debrief's headline, on every
/// view that shows one (the ending, the library card, the Profile, the LMS status line):
/// "11.6 / 100, not passed (pass mark 70)". `tenths` is the overall score in tenths of a
/// point, rounded so that it never crosses the pass mark.
pub fn result(catalogue: &dyn Catalogue, tenths: u32, pass: u32) -> String {
    let verdict = verdict(catalogue, tenths >= pass * 10);
    // In tenths by whole numbers, so a module that shows a result carries no floating-point formatting.
    say!(catalogue, "says-result", score = Tenths(tenths), verdict = verdict, pass = pass)
}

/// The overall score against the pass mark: "Overall: 72.4 / 100 (pass mark 70: passed)."
pub fn overall(catalogue: &dyn Catalogue, card: &Scorecard) -> Text {
    let shown = Tenths(engine::score::rounded(card.overall, card.pass, 10));
    let verdict = verdict(catalogue, card.passed);
    Text::from(say!(catalogue, "says-overall", score = shown, pass = card.pass, verdict = verdict))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::English;
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
        assert_eq!(notes(&Names::learner(&scenario, &English), 1), ["missed “Morale”; ticked the distractor “Noise”"]);
        assert_eq!(
            chance(&English, &card).to_string(),
            format!(
                "Worse than answering at random: answering at random would score {:.1} on these decisions, and \
                 relative to chance you scored 0.0 / 100.",
                card.chance
            )
        );
        assert!(
            gist(&English, &card)
                .to_string()
                .starts_with("Your calls were worse than answering at random, which would score about")
        );
        assert_eq!(overall(&English, &card).to_string(), "Overall: 0.0 / 100 (pass mark 70: not passed).");
        assert!(
            path(&English, &card.path).to_string().starts_with(
                "Your picks took you none of the way from the worst path to the best (path efficiency 0.00: the \
                 options you picked total 2.0"
            ),
            "{}",
            path(&English, &card.path)
        );
    }

    #[test]
    fn figures_come_with_words_that_fit_them() {
        assert_eq!(result(&English, 116, 70), "11.6 / 100, not passed (pass mark 70)");
        assert_eq!(result(&English, 700, 70), "70.0 / 100, passed (pass mark 70)");
        let (_, mut card) = card(vec![Response::new(Answer::Pick(0), Some(Confidence::Sure))]);
        let said = |card: &Scorecard| (against_chance(&English, card), gist(&English, card).to_string());
        (card.overall, card.chance, card.corrected) = (40.0, 46.0, 0.0);
        assert_eq!(
            said(&card),
            (
                "worse than answering at random".into(),
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
        assert_eq!(distance(&English, 0.02), "none of the way");
        assert_eq!(distance(&English, 0.30), "about a third of the way");
        assert_eq!(distance(&English, 0.52), "about half of the way");
        assert_eq!(distance(&English, 0.7), "about two-thirds of the way");
        assert_eq!(distance(&English, 1.0), "all the way");
    }

    #[test]
    fn calibration_and_dimensions_are_said_in_figures() {
        let (_, card) = card(vec![Response::new(Answer::Pick(0), Some(Confidence::Sure))]);
        let c = card.calibration.as_ref().expect("a judgement");
        assert_eq!(
            calibration(&English, c).to_string(),
            "Calibration over 1 judgement: certainty-based marks +3 of a possible 3; Brier 0.010 (reliability 0.010, \
             resolution 0.000, uncertainty 0.000); over-confidence -0.10; discrimination n/a (needs both right and \
             wrong calls)."
        );
        assert!(
            path(&English, &card.path).to_string().starts_with("Path efficiency: not yet, the story has not ended")
        );
        let d = &card.profile[0];
        assert_eq!(evidence(&English, d), format!("evidence {:.1} from {}", d.estimate.evidence, d.evidence.len()));
        assert_eq!(relative(&English, 0.254), "0.25 relative to chance");
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
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
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
            confidence_level(&English, &level(1, 0)).to_string(),
            "When you said Sure, 0 of 1 was an acceptable call (0%); Sure means more than 80%: too few calls to tell yet."
        );
        assert!(confidence_level(&English, &level(2, 1)).to_string().ends_with("too few calls to tell yet."));
        assert!(confidence_level(&English, &level(3, 1)).to_string().ends_with(": over-confident."));
        assert!(confidence_level(&English, &level(4, 4)).to_string().ends_with(": about right."));
    }

    #[test]
    fn verdicts_agree_with_the_pass_mark() {
        assert_eq!((verdict(&English, true), verdict(&English, false)), ("passed".into(), "not passed".into()));
    }
}
