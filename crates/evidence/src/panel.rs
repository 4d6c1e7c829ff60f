//! A panel of real experts: their ratings files ([`ratings`]), merged into per-decision
//! figures ([`merge`]: each option's mean and SD, the panel's agreement, and a verdict on the
//! best call), and written into the scenario file in place of its ratings ([`write`]). Pure:
//! texts and values in, values out. docs/scoring.md, "The expert panel", explains every
//! figure and the verdict, with a worked example.

pub mod agreement;
pub mod ratings;
mod situation;
mod write;

use std::fmt;

use engine::Scenario;
use engine::scenario::DecisionKind;
use engine::score::Panel;

pub use ratings::{DecisionRatings, DecodeError, Ratings, blank};
pub use situation::situation;
pub use write::{WriteRefusal, rater_ids, write};

/// The fewest raters a merge takes: as many as the scenario language asks of every option's
/// `ratings:` ([`engine::validate::MIN_RATERS`]), so that the panel's ratings can be written
/// into the file. Two would give an SD, but a third is what lets one voice stand out from
/// the others instead of a disagreement between two people.
pub const MIN_RATERS: usize = engine::validate::MIN_RATERS;

/// A ratings file to merge: the name to call it by (its path) and its text.
#[derive(Clone, Copy, Debug)]
pub struct Submitted<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The merged panel: who rated, and each rated decision's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    pub scenario: String,
    /// The content hash of the scenario file every ratings file rated.
    pub hash: u32,
    /// The raters, in the order their files were given.
    pub raters: Vec<PanelRater>,
    /// Every `pick`, `rate` and `rank` decision, in file order.
    pub decisions: Vec<DecisionFigures>,
}

/// One rater of the panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PanelRater {
    /// The id their ratings go under in the scenario file: from the name, unique.
    pub id: String,
    pub name: String,
    pub about: Option<String>,
    /// The ratings file they came from.
    pub file: String,
}

/// What the panel says about one decision.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionFigures {
    /// The decision's block id.
    pub decision: String,
    pub kind: DecisionKind,
    /// The question.
    pub ask: String,
    /// Each option, in authored order.
    pub options: Vec<OptionFigures>,
    /// The agreement figures over the options and raters.
    pub agreement: Agreement,
    /// The panel's view as the engine scores with it (means, SDs, the best, near-ties).
    pub panel: Panel,
    /// The file's current key, the same way.
    pub key: Panel,
    pub verdict: Verdict,
    /// The raters' comments: the rater's index in [`Merge::raters`] and the text.
    pub comments: Vec<(usize, String)>,
}

/// One option's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct OptionFigures {
    pub id: String,
    /// Each rater's rating, in the order of [`Merge::raters`].
    pub ratings: Vec<u8>,
    pub mean: f64,
    /// Sample SD (n − 1).
    pub sd: f64,
    /// rWG: 1 − s² / 4, clamped to [0, 1].
    pub rwg: f64,
    /// The mean of the file's current ratings (its key).
    pub key_mean: f64,
}

/// How far the panel agrees at one decision.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    /// rWG(J) over the decision's options: do the raters give each option the same rating?
    pub rwg_j: f64,
    /// ICC(C,k): how reliably the panel's means tell the options apart; `None` when every
    /// option's mean is alike.
    pub icc: Option<f64>,
    /// Kendall's W: do the raters put the options in the same order? `None` when no rater
    /// tells any two options apart.
    pub w: Option<f64>,
}

/// The panel's verdict on a decision's best call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// One option is ahead: its lead over the runner-up is more than half their pooled SD,
    /// and its own ratings spread by less than [`engine::score::SPLIT_SD`]. The file's key
    /// agrees.
    Clear,
    /// The experts split, as the debrief says it (a near-tie at the top, or a top option
    /// whose ratings spread by 1.5 or more); the file's key names one of the panel's best.
    Contested,
    /// None of the panel's best options is among the file's best: the key names another
    /// call.
    Different,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Clear => "clear",
            Verdict::Contested => "contested",
            Verdict::Different => "different",
        }
    }

    /// The verdict of a decision whose panel is `panel` and whose file's key is `key`.
    pub fn of(panel: &Panel, key: &Panel) -> Verdict {
        if !panel.best.iter().any(|b| key.best.contains(b)) {
            Verdict::Different
        } else if panel.split() {
            Verdict::Contested
        } else {
            Verdict::Clear
        }
    }
}

/// Why a panel cannot be merged: every problem found, each naming its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub problems: Vec<Problem>,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.problems.iter().map(Problem::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for Refusal {}

/// One reason a panel cannot be merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not a ratings file.
    Unreadable { file: String, error: DecodeError },
    /// The file rates another scenario.
    OtherScenario { file: String, found: String, expected: String },
    /// The file rates another version of the scenario file.
    OtherVersion { file: String, found: u32, expected: u32 },
    /// The file signs no name.
    Unnamed { file: String },
    /// A rating outside 1–7.
    OutOfRange { file: String, decision: String, option: String, rating: u8 },
    /// A rated decision left out.
    MissingDecision { file: String, decision: String },
    /// A decision the scenario does not have, or one that takes no ratings.
    UnknownDecision { file: String, decision: String, checklist: bool },
    /// An option of a rated decision left unrated.
    MissingOption { file: String, decision: String, option: String },
    /// An option the decision does not have.
    UnknownOption { file: String, decision: String, option: String },
    /// Two files signed by one rater (names compared case-insensitively).
    DuplicateRater { file: String, earlier: String, rater: String },
    /// Two files with the same ratings by the same rater.
    Identical { file: String, earlier: String },
    /// Fewer files than a panel needs.
    TooFew { found: usize },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Unreadable { file, error } => write!(f, "{file}: not a ratings file: {error}"),
            Problem::OtherScenario { file, found, expected } => {
                write!(f, "{file}: rates scenario `{found}`, not `{expected}`")
            }
            Problem::OtherVersion { file, found, expected } => write!(
                f,
                "{file}: rates another version of the scenario (content hash {found:08x}, the file's is {expected:08x}); \
                 the scenario changed after this file was made, so ask the rater to check the changed decisions and rate again"
            ),
            Problem::Unnamed { file } => write!(f, "{file}: the rater's name is missing (`rater:`)"),
            Problem::OutOfRange { file, decision, option, rating } => {
                write!(
                    f,
                    "{file}: option `{option}` of decision `{decision}` is rated {rating}; ratings go from 1 to 7"
                )
            }
            Problem::MissingDecision { file, decision } => {
                write!(
                    f,
                    "{file}: decision `{decision}` is not rated; every pick, rate and rank decision needs ratings"
                )
            }
            Problem::UnknownDecision { file, decision, checklist: true } => {
                write!(f, "{file}: decision `{decision}` is a checklist; its items carry weights, not ratings")
            }
            Problem::UnknownDecision { file, decision, checklist: false } => {
                write!(f, "{file}: the scenario has no decision `{decision}`")
            }
            Problem::MissingOption { file, decision, option } => {
                write!(f, "{file}: option `{option}` of decision `{decision}` is not rated")
            }
            Problem::UnknownOption { file, decision, option } => {
                write!(f, "{file}: decision `{decision}` has no option `{option}`")
            }
            Problem::DuplicateRater { file, earlier, rater } => {
                write!(f, "{file}: rater {rater} already rated in {earlier}; each expert counts once")
            }
            Problem::Identical { file, earlier } => {
                write!(f, "{file}: the same ratings by the same rater as {earlier}; each expert counts once")
            }
            Problem::TooFew { found } => write!(
                f,
                "a panel needs ratings files from at least {MIN_RATERS} raters, and this has {found}: the scenario \
                 language asks every option for ratings from {MIN_RATERS} raters, so that no one voice is the key"
            ),
        }
    }
}

/// Reads the ratings files and merges them into the panel's figures for `scenario`, or
/// refuses with every problem found: nothing is merged unless every file is whole.
pub fn merge(scenario: &Scenario, files: &[Submitted<'_>]) -> Result<Merge, Refusal> {
    let mut problems = Vec::new();
    let mut read: Vec<(&str, Ratings)> = Vec::new();
    for file in files {
        match Ratings::decode(file.text) {
            Ok(ratings) => read.push((file.name, ratings)),
            Err(error) => problems.push(Problem::Unreadable { file: file.name.to_string(), error }),
        }
    }
    for (at, (name, ratings)) in read.iter().enumerate() {
        problems.extend(check(scenario, name, ratings));
        let earlier = read[..at].iter().find(|(_, other)| other.rater.to_lowercase() == ratings.rater.to_lowercase());
        match earlier {
            Some((earlier, other)) if other == ratings => {
                problems.push(Problem::Identical { file: name.to_string(), earlier: earlier.to_string() });
            }
            Some((earlier, _)) if !ratings.rater.is_empty() => problems.push(Problem::DuplicateRater {
                file: name.to_string(),
                earlier: earlier.to_string(),
                rater: ratings.rater.clone(),
            }),
            _ => {}
        }
    }
    if files.len() < MIN_RATERS {
        problems.push(Problem::TooFew { found: files.len() });
    }
    if !problems.is_empty() {
        return Err(Refusal { problems });
    }
    Ok(figures(scenario, &read))
}

/// Every problem of one file against the scenario.
fn check(scenario: &Scenario, name: &str, ratings: &Ratings) -> Vec<Problem> {
    let file = || name.to_string();
    if ratings.scenario != scenario.meta.id {
        return vec![Problem::OtherScenario {
            file: file(),
            found: ratings.scenario.clone(),
            expected: scenario.meta.id.clone(),
        }];
    }
    if ratings.hash != scenario.hash {
        return vec![Problem::OtherVersion { file: file(), found: ratings.hash, expected: scenario.hash }];
    }
    let mut problems = Vec::new();
    if ratings.rater.is_empty() {
        problems.push(Problem::Unnamed { file: file() });
    }
    for rated in &ratings.decisions {
        let found = scenario.decisions().find(|(id, _)| scenario.node(*id).id == rated.decision);
        let Some((_, decision)) = found.filter(|(_, d)| !d.kind.is_checklist()) else {
            let checklist = found.is_some();
            problems.push(Problem::UnknownDecision { file: file(), decision: rated.decision.clone(), checklist });
            continue;
        };
        for (option, rating) in &rated.options {
            if !decision.options.iter().any(|o| &o.id == option) {
                problems.push(Problem::UnknownOption {
                    file: file(),
                    decision: rated.decision.clone(),
                    option: option.clone(),
                });
            } else if !(1..=7).contains(rating) {
                problems.push(Problem::OutOfRange {
                    file: file(),
                    decision: rated.decision.clone(),
                    option: option.clone(),
                    rating: *rating,
                });
            }
        }
    }
    for (id, decision) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
        let block = &scenario.node(id).id;
        let Some(rated) = ratings.decisions.iter().find(|d| &d.decision == block) else {
            problems.push(Problem::MissingDecision { file: file(), decision: block.clone() });
            continue;
        };
        for option in &decision.options {
            if !rated.options.iter().any(|(o, _)| o == &option.id) {
                problems.push(Problem::MissingOption {
                    file: file(),
                    decision: block.clone(),
                    option: option.id.clone(),
                });
            }
        }
    }
    problems
}

/// The figures of ratings files that have passed [`check`].
fn figures(scenario: &Scenario, read: &[(&str, Ratings)]) -> Merge {
    let names: Vec<&str> = read.iter().map(|(_, r)| r.rater.as_str()).collect();
    let ids = rater_ids(&names);
    let raters = read
        .iter()
        .zip(ids)
        .map(|((file, r), id)| PanelRater { id, name: r.rater.clone(), about: r.about.clone(), file: file.to_string() })
        .collect();
    let mut decisions = Vec::new();
    for (id, decision) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
        let block = &scenario.node(id).id;
        let rated: Vec<Option<&DecisionRatings>> =
            read.iter().map(|(_, r)| r.decisions.iter().find(|d| &d.decision == block)).collect();
        let options: Vec<OptionFigures> = decision
            .options
            .iter()
            .map(|option| {
                let ratings: Vec<u8> = rated
                    .iter()
                    .map(|d| d.and_then(|d| d.options.iter().find(|(o, _)| o == &option.id)).map_or(0, |(_, r)| *r))
                    .collect();
                let values: Vec<f64> = ratings.iter().map(|r| f64::from(*r)).collect();
                let variance = agreement::variance(&values);
                OptionFigures {
                    id: option.id.clone(),
                    ratings,
                    mean: agreement::mean(&values),
                    sd: variance.sqrt(),
                    rwg: agreement::rwg(variance),
                    key_mean: engine::score::expert_mean(option),
                }
            })
            .collect();
        let table: Vec<Vec<f64>> = options.iter().map(|o| o.ratings.iter().map(|r| f64::from(*r)).collect()).collect();
        let variances: Vec<f64> = table.iter().map(|row| agreement::variance(row)).collect();
        let agreement = Agreement {
            rwg_j: agreement::rwg_j(&variances),
            icc: agreement::icc_consistency(&table),
            w: agreement::kendall_w(&table),
        };
        let counts = vec![read.len(); options.len()];
        let panel = Panel::from_ratings(
            options.iter().map(|o| o.mean).collect(),
            options.iter().map(|o| o.sd).collect(),
            &counts,
        );
        let key = Panel::of(decision);
        let verdict = Verdict::of(&panel, &key);
        let comments = rated
            .iter()
            .enumerate()
            .filter_map(|(rater, d)| d.and_then(|d| d.comment.clone()).map(|c| (rater, c)))
            .collect();
        decisions.push(DecisionFigures {
            decision: block.clone(),
            kind: decision.kind,
            ask: decision.ask.clone(),
            options,
            agreement,
            panel,
            key,
            verdict,
            comments,
        });
    }
    Merge { scenario: scenario.meta.id.clone(), hash: scenario.hash, raters, decisions }
}

/// A figure of agreement in words, on the bands usually quoted for it: for rWG and rWG(J)
/// (LeBreton and Senter), ICC (Koo and Li) and Kendall's W.
pub fn strength(figure: Figure, value: f64) -> &'static str {
    let bands: &[(f64, &'static str)] = match figure {
        Figure::Rwg => &[(0.9, "very strong"), (0.7, "strong"), (0.5, "moderate"), (0.3, "weak")],
        Figure::Icc => &[(0.9, "excellent"), (0.75, "good"), (0.5, "moderate")],
        Figure::W => &[(0.7, "strong"), (0.5, "moderate"), (0.3, "weak")],
    };
    bands.iter().find(|(floor, _)| value >= *floor - 1e-9).map_or(
        match figure {
            Figure::Icc => "poor",
            Figure::Rwg | Figure::W => "little or none",
        },
        |(_, word)| word,
    )
}

/// Which agreement figure [`strength`] words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Rwg,
    Icc,
    W,
}

#[cfg(test)]
mod tests;
