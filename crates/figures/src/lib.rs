//! Numbers as people read them, and the sentences that carry them, the same in the author
//! CLI and the web app's Debrief view, so a learner's debrief and `judgement-call play
//! --responses` print the same figures.

pub mod names;
pub mod text;

pub use names::{Names, Reader};
pub use text::{Mark, Text};

use engine::scenario::{Change, Scenario, Value};
use engine::score::{Fit, Level, RatingProfile, VERDICT_MIN, fitting_range};
use engine::scorecard::Outcome;
use engine::{AppliedEffect, Confidence};

/// `x` with `places` decimals and its sign (`+0.25`, `-1`), but a rounded zero unsigned.
pub fn signed(x: f64, places: usize) -> String {
    let text = format!("{x:+.places$}");
    // A rounded zero has no sign worth showing.
    if text.trim_start_matches(['+', '-']).chars().all(|c| c == '0' || c == '.') {
        format!("{:.places$}", 0.0)
    } else {
        text
    }
}

/// `n` of a thing, in words that agree: "1 scenario", "3 scenarios" (for nouns that take an s).
pub fn count(n: usize, singular: &str) -> String {
    format!("{n} {}", noun(n, singular))
}

/// A noun that agrees with `n`: "distractor" for 1, "distractors" otherwise (nouns that take an s).
pub fn noun(n: usize, singular: &str) -> String {
    format!("{singular}{}", if n == 1 { "" } else { "s" })
}

/// Whose concern a checklist item is, with the report's apostrophe ("'", "’"): "Support's
/// concern", and "Users' concern" for a name that already ends in s.
pub fn concern(stakeholder: &str, apostrophe: &str) -> String {
    let s = if stakeholder.ends_with('s') { "" } else { "s" };
    format!("{stakeholder}{apostrophe}{s} concern")
}

/// An overall score as every view and report shows it: to a tenth of a point, rounded so that
/// it never contradicts the verdict ("69.9" for a 69.96 that did not pass a mark of 70).
pub fn score(overall: f64, pass: u32) -> String {
    tenths(engine::score::rounded(overall, pass, 10))
}

/// A score in tenths of a point, as text: 724 is "72.4". Whole numbers only, so the modules
/// that show a score carry no floating-point formatting.
pub fn tenths(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// What the learner's calls at one confidence level came to: "When you said sure, 3 of 4
/// were acceptable calls (75%); sure means more than 80%: over-confident." From fewer than
/// [`VERDICT_MIN`] calls it gives no verdict: "too few calls to tell yet".
pub fn confidence_level(level: &Level) -> String {
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
    format!(
        "When you said {said}, {} of {} {were} ({:.0}%); {said} means {claim}: {fit}.",
        level.right,
        level.said,
        level.rate().unwrap_or(0.0) * 100.0,
    )
}

/// How a learner's ratings sat against the experts', in words with the figures: "Your
/// ratings: elevation -0.7, about as high as the experts' overall; scatter -1.2, closer
/// together than the experts': you separated strong options from weak ones less than they
/// did." Differences within half a point are "about" the experts'.
pub fn rating_shape(r: &RatingProfile) -> String {
    let elevation = if r.elevation > 0.5 {
        "higher than the experts' overall: you rated options as more effective than they did"
    } else if r.elevation < -0.5 {
        "lower than the experts' overall: you rated options as less effective than they did"
    } else {
        "about as high as the experts' overall"
    };
    let scatter = if r.scatter < -0.5 {
        "closer together than the experts': you separated strong options from weak ones less than they did"
    } else if r.scatter > 0.5 {
        "further apart than the experts': you separated options more sharply than they did"
    } else {
        "about as spread as the experts'"
    };
    format!(
        "Your ratings: elevation {}, {elevation}; scatter {}, {scatter}.",
        signed(r.elevation, 1),
        signed(r.scatter, 1)
    )
}

/// A landed effect as the clause after "you chose …, which": "raised Support load from 40
/// to 70 (hidden; delayed, it landed at response 3)", where `landed` names the place it
/// landed ("response 3", "decision 3").
pub fn effect_clause(scenario: &Scenario, e: &AppliedEffect, landed: &str) -> String {
    let verb = match (e.before, e.after) {
        (Value::Number(a), Value::Number(b)) if b > a => "raised",
        (Value::Number(_), Value::Number(_)) => "lowered",
        _ => "set",
    };
    let label = scenario.states().get(e.effect.state).map_or("?", |s| s.label.as_str());
    let mut notes = Vec::new();
    if !e.effect.visible {
        notes.push("hidden".to_string());
    }
    if e.effect.delay > 0 {
        notes.push(format!("delayed, it landed at {landed}"));
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    format!("{verb} {label} from {} to {}{notes}", e.before, e.after)
}

/// A landed effect on its own line: "Support load 40 -> 70 (+30, hidden, delayed; landed at
/// response 3)", with the report's `arrow` ("->", "→") and `landed` naming the place it
/// landed ("response 3", "decision 3").
pub fn effect_line(scenario: &Scenario, e: &AppliedEffect, arrow: &str, landed: &str) -> String {
    let label = scenario.states().get(e.effect.state).map_or("?", |s| s.label.as_str());
    let mut notes = vec![match e.effect.change {
        Change::Add(n) => signed(n as f64, 0),
        Change::Set(value) => format!("set to {value}"),
    }];
    if !e.effect.visible {
        notes.push("hidden".to_string());
    }
    if e.effect.delay > 0 {
        notes.push(format!("delayed; landed at {landed}"));
    }
    format!("{label} {} {arrow} {} ({})", e.before, e.after, notes.join(", "))
}

/// What the story did to its state, as a debrief says it: "Changed: Support load 40 -> 70,
/// Trust 3 -> 1." with the report's `arrow`, or "No state changed."
pub fn state_changes(scenario: &Scenario, outcome: &Outcome, arrow: &str) -> String {
    let changed: Vec<String> = outcome
        .states
        .iter()
        .filter(|s| s.value != s.initial)
        .filter_map(|s| {
            scenario.states().get(s.state).map(|v| format!("{} {} {arrow} {}", v.label, s.initial, s.value))
        })
        .collect();
    if changed.is_empty() { "No state changed.".to_string() } else { format!("Changed: {}.", changed.join(", ")) }
}

/// The variables the story drove to their floor, when there are any: "Driven to its floor:
/// Support (a department sacrificed)."
pub fn sacrificed(scenario: &Scenario, outcome: &Outcome) -> Option<String> {
    let names: Vec<&str> =
        outcome.sacrificed.iter().filter_map(|&s| scenario.states().get(s)).map(|v| v.label.as_str()).collect();
    (!names.is_empty()).then(|| format!("Driven to its floor: {} (a department sacrificed).", names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::{
        concern, confidence_level, count, noun, rating_shape, sacrificed, score, signed, state_changes, tenths,
    };
    use engine::scenario::{NodeId, Value};
    use engine::score::{Level, RatingProfile};
    use engine::scorecard::{Outcome, StateOutcome};
    use engine::{Confidence, load};

    #[test]
    fn the_outcome_names_what_changed_and_what_was_sacrificed() {
        let scenario = load(
            "id: t\ntitle: T\nstate morale: number 0..10 = 5 \"Morale\"\nstate support: number 0..10 = 4 \"Support\"\n\
             == ending e\ntitle: E\n",
        )
        .expect("loads");
        let state = |state, initial, value| StateOutcome {
            state,
            initial: Value::Number(initial),
            value: Value::Number(value),
            floor: value == 0,
            ceiling: false,
        };
        let calm =
            Outcome { ending: Some(NodeId::new(0)), states: vec![state(0, 5, 5), state(1, 4, 4)], sacrificed: vec![] };
        assert_eq!(state_changes(&scenario, &calm, "->"), "No state changed.");
        assert_eq!(sacrificed(&scenario, &calm), None);
        let hard =
            Outcome { ending: Some(NodeId::new(0)), states: vec![state(0, 5, 7), state(1, 4, 0)], sacrificed: vec![1] };
        assert_eq!(state_changes(&scenario, &hard, "→"), "Changed: Morale 5 → 7, Support 4 → 0.");
        assert_eq!(
            sacrificed(&scenario, &hard).as_deref(),
            Some("Driven to its floor: Support (a department sacrificed).")
        );
    }

    #[test]
    fn a_confidence_level_gets_a_verdict_only_from_enough_calls() {
        let level = |said, right| Level { confidence: Confidence::Sure, said, right };
        assert_eq!(
            confidence_level(&level(1, 0)),
            "When you said Sure, 0 of 1 was an acceptable call (0%); Sure means more than 80%: too few calls to tell yet."
        );
        assert!(confidence_level(&level(2, 1)).ends_with("too few calls to tell yet."));
        assert!(confidence_level(&level(3, 1)).ends_with(": over-confident."));
        assert!(confidence_level(&level(4, 4)).ends_with(": about right."));
    }

    #[test]
    fn a_rating_shape_is_said_in_words_that_fit_its_figures() {
        let shape = |elevation, scatter| {
            rating_shape(&RatingProfile { r: 0.5, best: 1.0, score: 0.75, elevation, scatter, agreement: 0.8 })
        };
        assert_eq!(
            shape(-0.7, -0.2),
            "Your ratings: elevation -0.7, lower than the experts' overall: you rated options as less effective \
             than they did; scatter -0.2, about as spread as the experts'."
        );
        assert!(shape(0.2, -1.2).contains("about as high as the experts' overall; scatter -1.2, closer together"));
        assert!(shape(0.9, 0.8).contains("higher than the experts'") && shape(0.9, 0.8).contains("further apart"));
    }

    #[test]
    fn a_concern_is_whose_it_is() {
        assert_eq!(concern("Support", "'"), "Support's concern");
        assert_eq!(concern("Users", "’"), "Users’ concern");
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(count(1, "scenario"), "1 scenario");
        assert_eq!(count(0, "attempt"), "0 attempts");
        assert_eq!(count(2, "judgement"), "2 judgements");
        assert_eq!((noun(1, "distractor"), noun(2, "distractor")), ("distractor".into(), "distractors".into()));
    }

    #[test]
    fn scores_show_a_tenth_and_agree_with_the_verdict() {
        assert_eq!(score(72.44, 70), "72.4");
        assert_eq!(score(69.96, 70), "69.9");
        assert_eq!(score(100.0, 70), "100.0");
        assert_eq!(tenths(5), "0.5");
        // The figure `{:.1}` prints, away from the pass mark and from halves (which round up).
        assert_eq!(score(71.25, 50), "71.3");
        for overall in [0.0, 12.34, 55.56, 71.24, 99.94] {
            assert_eq!(score(overall, 50), format!("{overall:.1}"), "{overall}");
        }
    }

    #[test]
    fn signs_show_only_on_what_is_not_zero() {
        assert_eq!(signed(0.254, 2), "+0.25");
        assert_eq!(signed(-1.0, 0), "-1");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(0.0, 1), "0.0");
    }
}
