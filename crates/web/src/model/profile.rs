//! The Profile view's figures, from what is saved: every scenario the learner has finished,
//! in the order its first attempt (the record) finished, with that attempt's scorecard and
//! the replays since; each dimension's trend across them; and the journal of rationales,
//! by scenario, attempt and decision.

use std::rc::Rc;

use site::key;

use crate::model::attempts::{self, Attempts, value};
use crate::model::saved::Journal;
use crate::model::session::Shared;
use crate::phrase;
use engine::analyse::Analysis;
use engine::debrief::Attempts as Record;
use engine::scorecard::{self, DimensionScore, Scorecard};
use engine::{self, Playthrough};
use figures::Names;
use figures::debrief::you;

/// One finished scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Played {
    pub scenario: Shared,
    pub attempts: Attempts,
    /// The first attempt's scorecard: the record.
    pub card: Scorecard,
    /// Every finished attempt's headline, the first as the record.
    pub record: Record,
}

/// The finished scenarios among `found` (scenario and analysis), in the order played.
pub fn played(found: &[(Shared, Rc<Analysis>)], entries: &[(String, String)]) -> Vec<Played> {
    let mut rows: Vec<(u64, Played)> = found
        .iter()
        .filter_map(|(scenario, analysis)| {
            let attempts = attempts::of(scenario, entries);
            let first = attempts.record()?;
            let card = scorecard::score(scenario, analysis, &first.playthrough).ok()?;
            let mut record = Record::new();
            for finished in &attempts.finished {
                if let Ok(c) = scorecard::score(scenario, analysis, &finished.playthrough) {
                    record.record((&c).into());
                }
            }
            Some((first.at, Played { scenario: scenario.clone(), attempts, card, record }))
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.scenario.meta.id.cmp(&b.1.scenario.meta.id)));
    rows.into_iter().map(|(_, p)| p).collect()
}

/// One dimension across the finished scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub id: String,
    pub label: String,
    /// One per finished scenario, in the order played: its record's score for this
    /// dimension, when the scenario has it.
    pub points: Vec<Option<DimensionScore>>,
}

/// Every dimension that any finished scenario scores, in the order first met.
pub fn trends(played: &[Played]) -> Vec<Trend> {
    let mut trends: Vec<Trend> = Vec::new();
    for (i, p) in played.iter().enumerate() {
        for d in &p.card.profile {
            let at = match trends.iter().position(|t| t.id == d.id) {
                Some(at) => at,
                None => {
                    trends.push(Trend { id: d.id.clone(), label: d.label.clone(), points: vec![None; played.len()] });
                    trends.len() - 1
                }
            };
            if let Some(slot) = trends.get_mut(at).and_then(|t| t.points.get_mut(i)) {
                *slot = Some(d.clone());
            }
        }
    }
    trends
}

/// One attempt's rationales.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Noted {
    /// Which attempt: "First attempt (your record)", "Replay 2", "In progress".
    pub attempt: String,
    pub notes: Vec<Note>,
}

/// One rationale, with the decision it was given at when the attempt is still saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub turn: usize,
    /// The question asked.
    pub ask: Option<String>,
    /// The answer, as a sentence: "You picked …".
    pub answer: Option<String>,
    pub text: String,
}

/// The rationales saved for `scenario`, by attempt, oldest attempt first.
pub fn journal(scenario: &Shared, entries: &[(String, String)]) -> Vec<Noted> {
    let id = &scenario.meta.id;
    let Some(text) = value(entries, &key::journal(id)) else { return Vec::new() };
    let journal = Journal::decode(text);
    let attempts = attempts::of(scenario, entries);
    let progress = value(entries, &key::progress(id)).and_then(|t| Playthrough::decode(t).ok());
    let mut seeds: Vec<u64> = Vec::new();
    // Finished attempts in the order played, then the one in progress, then any other.
    for seed in attempts
        .finished
        .iter()
        .map(|f| f.playthrough.seed)
        .chain(progress.iter().map(|p| p.seed))
        .chain(journal.entries.iter().map(|e| e.seed))
    {
        if !seeds.contains(&seed) && journal.entries.iter().any(|e| e.seed == seed) {
            seeds.push(seed);
        }
    }
    seeds
        .into_iter()
        .map(|seed| {
            let finished = attempts.finished.iter().position(|f| f.playthrough.seed == seed);
            let playthrough = match finished {
                Some(i) => attempts.finished.get(i).map(|f| &f.playthrough),
                None => progress.as_ref().filter(|p| p.seed == seed),
            };
            let attempt = match finished {
                Some(0) => phrase!("profile-model-first"),
                Some(i) => phrase!("profile-model-replay", number = i),
                None if playthrough.is_some() => phrase!("profile-model-in-progress"),
                None => phrase!("profile-model-earlier"),
            };
            let history = playthrough.and_then(|p| engine::replay(scenario, p).ok()).map(|p| p.history);
            let mut notes: Vec<Note> = journal
                .entries
                .iter()
                .filter(|e| e.seed == seed && !e.text.trim().is_empty())
                .map(|e| {
                    let answered = history.as_ref().and_then(|h| h.get(e.turn));
                    let at = answered.and_then(|a| scenario.decision(a.decision).map(|d| (d, a)));
                    Note {
                        turn: e.turn,
                        ask: at.map(|(d, _)| d.ask.clone()),
                        answer: at.map(|(_, a)| {
                            you(&Names::learner(scenario, &crate::phrase::Interface), a.decision, &a.response.answer)
                                .to_string()
                        }),
                        text: e.text.clone(),
                    }
                })
                .collect();
            notes.sort_by_key(|n| n.turn);
            Noted { attempt, notes }
        })
        .filter(|n| !n.notes.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;
    use crate::model::saved::Finished;
    use engine::{Response, analyse};

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[wasm_bindgen_test]
    fn the_record_feeds_the_trend_and_rationales_find_their_decisions() {
        let scenario = Shared(Rc::new(engine::read(FIRST_CALL).expect("reads")));
        let analysis = Rc::new(analyse::analyse(&scenario));
        let played_with = |seed: u64, option: usize| {
            engine::respond(&scenario, &Playthrough::new(&scenario, seed), Response::pick(option)).expect("fits")
        };
        let kept = |at: u64, p: Playthrough| Finished { at, mode: "practice".into(), playthrough: p }.encode();
        let entries = vec![
            (key::attempt("first-call", 7), kept(100, played_with(7, 1))),
            (key::attempt("first-call", 9), kept(200, played_with(9, 0))),
            (key::journal("first-call"), "jj1\n7 0\tSpeed matters\n9 0\tSupport first\n5 2\tLost".to_string()),
        ];
        let rows = played(&[(scenario.clone(), analysis)], &entries);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].card.overall, 0.0, "the record is the first attempt, not the better replay");
        assert_eq!(rows[0].record.improvement(), Some(100.0));
        let trends = trends(&rows);
        assert_eq!(trends.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["judgement"]);
        assert!(trends[0].points[0].is_some());

        let noted = journal(&scenario, &entries);
        let attempts: Vec<&str> = noted.iter().map(|n| n.attempt.as_str()).collect();
        // Without boot.js a phrase is its id.
        assert_eq!(attempts, ["profile-model-first", "profile-model-replay", "profile-model-earlier"]);
        assert_eq!(noted[0].notes[0].ask.as_deref(), Some("What do you do first?"));
        assert_eq!(
            noted[0].notes[0].answer.as_deref(),
            // The debrief's sentence, its phrases their ids.
            Some("says-you.")
        );
        assert_eq!((noted[2].notes[0].turn, noted[2].notes[0].ask.as_deref()), (2, None));
    }
}
