//! What a playthrough tells an LMS, before any standard's format: the [`Record`].
//!
//! [`record`] reads a scenario, a playthrough and its scorecard once, and keeps what every
//! standard needs: the `jc1 …` log to resume from, where the learner stands, the overall
//! score once the story has ended, one [`Item`] per response (the decision, the options,
//! the answer, the experts' key, the item score, the confidence and the competency
//! evidence), and the competency profile. The standards' modules only format it.

use engine::analyse;
use engine::playthrough::{Answer, Confidence, PlayError, Playthrough, replay};
use engine::scenario::{DecisionKind, Scenario};
use engine::score::{self, Panel};
use engine::scorecard::Scorecard;

/// Everything an LMS records about one playthrough.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The scenario's id.
    pub scenario: String,
    pub title: String,
    /// The scenario's language (BCP 47), for language maps.
    pub language: String,
    /// The pass mark, 0–100.
    pub pass: u32,
    /// The playthrough in its compact `jc1 …` form: what resuming replays.
    pub log: String,
    /// Where the learner stands: `<scenario>/<block id>`, the decision to answer next or the
    /// ending reached.
    pub location: String,
    /// True when the story has reached an ending.
    pub finished: bool,
    /// The overall score and verdict, once the story has ended.
    pub score: Option<Score>,
    /// One per response, in the order given.
    pub items: Vec<Item>,
    /// One per dimension of the profile.
    pub competencies: Vec<Competency>,
}

/// The overall score as LMSs store it: hundredths of a point from 0 to 10,000, rounded so
/// that it never crosses the pass mark (a 69.996 that failed is written 69.99, not 70).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub hundredths: u32,
    /// The same score in tenths, as every view shows it.
    pub tenths: u32,
    pub passed: bool,
}

impl Score {
    /// The score from 0 to 100, as `raw`: `87.5`.
    pub fn raw(self) -> String {
        codec::decimal(f64::from(self.hundredths) / 100.0, 2)
    }

    /// The score from 0 to 1, as `scaled`: `0.875`.
    pub fn scaled(self) -> String {
        codec::decimal(f64::from(self.hundredths) / 10_000.0, 4)
    }
}

/// One response, with what each standard says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The response's index in the playthrough.
    pub response: usize,
    /// The decision's block id.
    pub decision: String,
    /// The question, on one line.
    pub ask: String,
    pub kind: DecisionKind,
    /// The options (or checklist items) in authored order.
    pub options: Vec<OptionText>,
    pub answer: Answer,
    /// The answers that earn full marks, each a pattern of its own: every best option of a
    /// pick (two when the experts are split), otherwise the experts' key.
    pub key: Vec<Answer>,
    /// The item score, 0–1.
    pub score: f64,
    /// The decision's weight.
    pub weight: f64,
    pub confidence: Option<Confidence>,
    /// The confidence prompt, on one line, when the decision asks for confidence.
    pub confidence_prompt: Option<String>,
    /// The evidence this response gave for each dimension it informs: (dimension id, 0–1).
    pub evidence: Vec<(String, f64)>,
}

/// An option's id and its text on one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionText {
    pub id: String,
    pub text: String,
}

/// One dimension of the profile.
#[derive(Clone, Debug, PartialEq)]
pub struct Competency {
    pub id: String,
    pub label: String,
    /// The estimate, shrunk toward 0.5 when evidence is thin, 0–1.
    pub value: f64,
    /// Whether there is enough evidence to say anything.
    pub enough: bool,
    /// Once the story has ended and with enough evidence: whether the estimate reaches the
    /// scenario's pass mark. `None` means unknown.
    pub met: Option<bool>,
}

/// Which part of a response an interaction records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The answer itself.
    Answer,
    /// How sure the learner was: a 1–3 likert interaction of its own.
    Confidence,
}

/// One interaction to journal: an item's answer, or its confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interaction<'r> {
    pub item: &'r Item,
    pub part: Part,
}

/// Reads what the LMS records from a playthrough and its scorecard (from
/// `engine::scorecard::score` on the same playthrough). Fails only when the playthrough does
/// not replay.
pub fn record(scenario: &Scenario, playthrough: &Playthrough, card: &Scorecard) -> Result<Record, PlayError> {
    let position = replay(scenario, playthrough)?;
    let node_id = scenario.node(position.node).id.as_str();
    let items = position
        .history
        .iter()
        .enumerate()
        .filter_map(|(index, answered)| {
            let decision = scenario.decision(answered.decision)?;
            let scored = card.items.iter().find(|s| s.response == index);
            let key = match decision.kind {
                DecisionKind::Pick => Panel::of(decision).best.into_iter().map(Answer::Pick).collect(),
                _ => vec![analyse::key(decision)],
            };
            let evidence = card
                .profile
                .iter()
                .filter_map(|d| d.evidence.iter().find(|p| p.response == Some(index)).map(|p| (d.id.clone(), p.value)))
                .collect();
            Some(Item {
                response: index,
                decision: scenario.node(answered.decision).id.clone(),
                ask: one_line(&decision.ask),
                kind: decision.kind,
                options: decision
                    .options
                    .iter()
                    .map(|o| OptionText { id: o.id.clone(), text: one_line(&o.text) })
                    .collect(),
                answer: answered.response.answer.clone(),
                key,
                score: scored.map_or(0.0, |s| s.score),
                weight: decision.weight,
                confidence: answered.response.confidence,
                confidence_prompt: decision.confidence.as_deref().map(one_line),
                evidence,
            })
        })
        .collect();
    let score = card.finished.then(|| overall(card));
    let pass = f64::from(card.pass) / 100.0;
    let competencies = card
        .profile
        .iter()
        .map(|d| Competency {
            id: d.id.clone(),
            label: d.label.clone(),
            value: d.estimate.value,
            enough: d.estimate.enough,
            met: (card.finished && d.estimate.enough).then_some(d.estimate.value + 1e-9 >= pass),
        })
        .collect();
    Ok(Record {
        scenario: scenario.meta.id.clone(),
        title: one_line(&scenario.meta.title),
        language: scenario.meta.language.clone(),
        pass: card.pass,
        log: playthrough.encode(),
        location: format!("{}/{node_id}", scenario.meta.id),
        finished: card.finished,
        score,
        items,
        competencies,
    })
}

/// The overall score in hundredths, rounded without crossing the pass mark.
fn overall(card: &Scorecard) -> Score {
    Score {
        hundredths: score::rounded(card.overall, card.pass, 100),
        tenths: score::rounded(card.overall, card.pass, 10),
        passed: card.passed,
    }
}

impl Item {
    /// The interaction type of the answer, the same word in SCORM 1.2, SCORM 2004 and xAPI:
    /// `choice` for a pick or a checklist (the ticked set), `sequencing` for a ranking,
    /// `matching` for ratings (each option matched to its rating).
    pub fn interaction_type(&self) -> &'static str {
        match self.answer {
            Answer::Pick(_) | Answer::Tick(_) => "choice",
            Answer::Rank(_) => "sequencing",
            Answer::Rate(_) => "matching",
        }
    }
}

impl Record {
    /// The interactions to journal, in order: each response's answer, followed by its
    /// confidence when the decision asked for it.
    pub fn interactions(&self) -> Vec<Interaction<'_>> {
        self.items
            .iter()
            .flat_map(|item| {
                let confidence = item.confidence.map(|_| Interaction { item, part: Part::Confidence });
                std::iter::once(Interaction { item, part: Part::Answer }).chain(confidence)
            })
            .collect()
    }
}

/// Text with every run of white space as one space, trimmed: LMS descriptions are one line.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `max` characters of a one-line text, ending in `…` when it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::scorecard::{ItemScore, Outcome, PathScore};

    fn card(overall: f64, pass: u32, passed: bool) -> Scorecard {
        Scorecard {
            items: Vec::<ItemScore>::new(),
            overall,
            chance: 0.0,
            corrected: 0.0,
            pass,
            passed,
            path: PathScore { quality: 0.0, best: 0.0, worst: 0.0, efficiency: None, chance: 0.0, corrected: None },
            profile: Vec::new(),
            calibration: None,
            outcome: Outcome { ending: None, states: Vec::new(), sacrificed: Vec::new() },
            finished: true,
        }
    }

    #[test]
    fn the_written_score_never_crosses_the_pass_mark() {
        assert_eq!(overall(&card(87.5, 70, true)), Score { hundredths: 8750, tenths: 875, passed: true });
        assert_eq!(overall(&card(69.996, 70, false)).hundredths, 6999);
        assert_eq!(overall(&card(69.96, 70, false)).tenths, 699);
        assert_eq!(overall(&card(69.999_999_999_9, 70, true)).hundredths, 7000);
        assert_eq!(overall(&card(100.0, 100, true)).hundredths, 10_000);
        assert_eq!(overall(&card(0.0, 0, true)).hundredths, 0);
        let score = overall(&card(87.5, 70, true));
        assert_eq!((score.raw(), score.scaled()), ("87.5".to_string(), "0.875".to_string()));
    }

    #[test]
    fn text_becomes_one_short_line() {
        assert_eq!(one_line("  What do\n you   do? "), "What do you do?");
        assert_eq!(shorten("abcdef", 6), "abcdef");
        assert_eq!(shorten("abc defg", 6), "abc d…");
        assert_eq!(shorten("ééééééé", 4).chars().count(), 4);
    }
}
