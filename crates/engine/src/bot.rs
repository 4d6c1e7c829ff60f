//! Bots that play a scenario by a fixed rule, to test the scenario rather than a learner.
//!
//! The expert follows the best achievable path; the random bot answers at random and is
//! averaged over many seeds. The others answer by a rule that should carry no signal, and
//! guess wherever the rule says nothing:
//! - the surface bots by position or wording (always the first or last option, the longest
//!   text, the most cautious wording);
//! - the reflex bots by what an option does, read from its `move:` (`prefer:escalate` takes the
//!   option that escalates wherever there is one, `avoid:escalate` never does if it can help
//!   it), one of each for every [`Move`];
//! - the tone bots by its wording alone ([`Tone`]: the most specific, the most measured, the
//!   most hedged, the shortest, the most candid).
//!
//! If such a bot scores well above the random bot, or reaches the pass mark, the scenario can
//! be passed without judgement; [`diagnostics`] warns of the second.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::analyse::{Analysis, branches, key};
use crate::diagnostic::{Diagnostic, code};
use crate::playthrough::{Answer, Answered, Confidence, Cursor, Response, Step};
use crate::scenario::{Decision, DecisionKind, Move, Scenario};
use crate::score;

/// A fixed rule for answering every decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bot {
    /// Follows the best achievable path and gives the experts' own answers.
    Expert,
    /// Answers uniformly at random.
    Random,
    /// Prefers options in authored order.
    First,
    /// Prefers options in reverse authored order.
    Last,
    /// Prefers the longest option text.
    Longest,
    /// Prefers the option with the most cautious wording (delay, wait, escalate, …).
    Cautious,
    /// Prefers options with this move, guessing among the rest.
    Prefer(Move),
    /// Prefers options without this move.
    Avoid(Move),
    /// Prefers options by their wording alone.
    Tone(Tone),
}

/// A rule about wording that a learner with no product knowledge might follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// The most specifics: figures, names and named artefacts, days.
    Specific,
    /// The fewest absolute words ("all", "every", "immediately").
    Measured,
    /// The most hedging words ("might", "a small trial", "for now").
    Hedged,
    /// The shortest text.
    Shortest,
    /// The most candid wording: said plainly, directly, in person; never quietly or privately.
    Candid,
}

impl Tone {
    pub const ALL: [Tone; 5] = [Tone::Specific, Tone::Measured, Tone::Hedged, Tone::Shortest, Tone::Candid];

    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Specific => "specific",
            Tone::Measured => "measured",
            Tone::Hedged => "hedged",
            Tone::Shortest => "shortest",
            Tone::Candid => "candid",
        }
    }
}

impl Bot {
    /// The expert, the random bot and the surface bots: the columns of `analyse`'s table.
    pub const ALL: [Bot; 6] = [Bot::Expert, Bot::Random, Bot::First, Bot::Last, Bot::Longest, Bot::Cautious];

    /// The surface heuristics, which must not beat the random bot by much.
    pub const SURFACE: [Bot; 4] = [Bot::First, Bot::Last, Bot::Longest, Bot::Cautious];

    /// The reflex and tone bots: `prefer:` and `avoid:` every move, then every tone. None may
    /// reach a scenario's pass mark.
    pub fn reflexes() -> impl Iterator<Item = Bot> {
        let prefer = Move::ALL.into_iter().map(Bot::Prefer);
        let avoid = Move::ALL.into_iter().map(Bot::Avoid);
        prefer.chain(avoid).chain(Tone::ALL.into_iter().map(Bot::Tone))
    }

    /// Every bot: [`Bot::ALL`], then [`Bot::reflexes`].
    pub fn every() -> impl Iterator<Item = Bot> {
        Bot::ALL.into_iter().chain(Bot::reflexes())
    }
}

/// A bot's name as `analyse` prints it: `expert`, `prefer:escalate`, `tone:shortest`.
impl fmt::Display for Bot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bot::Expert => f.write_str("expert"),
            Bot::Random => f.write_str("random"),
            Bot::First => f.write_str("first"),
            Bot::Last => f.write_str("last"),
            Bot::Longest => f.write_str("longest"),
            Bot::Cautious => f.write_str("cautious"),
            Bot::Prefer(m) => write!(f, "prefer:{}", m.as_str()),
            Bot::Avoid(m) => write!(f, "avoid:{}", m.as_str()),
            Bot::Tone(t) => write!(f, "tone:{}", t.as_str()),
        }
    }
}

/// How many seeds the random bot's score is averaged over.
pub const RANDOM_ROUNDS: u64 = 200;

/// How many seeds every other rule's score is averaged over, so that its ties and guesses
/// fall at random.
pub const SURFACE_ROUNDS: u64 = 20;

/// Words that mark an option as the cautious one: waiting, delaying, escalating, checking.
const CAUTIOUS_WORDS: &[&str] = &[
    "delay", "wait", "pause", "postpone", "hold", "escalat", "ask", "check", "until", "defer", "consult", "review",
    "slow", "later", "caution", "careful", "confirm", "verify", "first",
];

/// Words that name a concrete thing or time: what makes an option sound specific.
const SPECIFIC_WORDS: &[&str] = &[
    "today",
    "tonight",
    "tomorrow",
    "note",
    "memo",
    "doc",
    "document",
    "page",
    "one-page",
    "list",
    "spreadsheet",
    "dashboard",
    "deck",
    "brief",
    "plan",
    "draft",
    "table",
    "checklist",
    "email",
    "agenda",
    "template",
];

/// Absolute words: what makes an option sound sweeping rather than measured.
const ABSOLUTE_WORDS: &[&str] = &[
    "all",
    "every",
    "everyone",
    "everybody",
    "everything",
    "always",
    "never",
    "nothing",
    "none",
    "nobody",
    "immediately",
    "entirely",
    "completely",
    "whole",
    "only",
    "must",
];

/// Hedging words: what makes an option sound tentative.
const HEDGE_WORDS: &[&str] = &[
    "might",
    "may",
    "could",
    "perhaps",
    "maybe",
    "possibly",
    "probably",
    "some",
    "small",
    "smaller",
    "few",
    "try",
    "trial",
    "pilot",
    "test",
    "suggest",
    "consider",
    "if",
    "until",
    "tentatively",
    "partly",
];

/// Plays a scenario to its end (or a step limit) by the bot's rule, returning every answer.
pub fn play(scenario: &Scenario, analysis: &Analysis, bot: Bot, seed: u64) -> Vec<Answered> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let Ok((cursor, _)) = Cursor::start(scenario, seed) else { return Vec::new() };
    play_on(scenario, cursor, |cursor, decision| match bot {
        Bot::Expert => expert(scenario, analysis, cursor, decision),
        Bot::Random => random(decision, &mut rng),
        rule => by_preference(decision, &preference(decision, rule, &mut rng), Some(Confidence::FairlySure)),
    })
}

/// The random bot's answers from `cursor` on, drawn from `seed`, to the story's end (or the
/// step limit): what a learner answering at random from here would go on to meet.
pub fn play_at_random(scenario: &Scenario, cursor: Cursor, seed: u64) -> Vec<Answered> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    play_on(scenario, cursor, |_, decision| random(decision, &mut rng))
}

/// Answers every decision from `cursor` on with `answer` until the story ends, a response is
/// refused, or the step limit; returns every answer given.
fn play_on<'a>(
    scenario: &'a Scenario,
    mut cursor: Cursor<'a>,
    mut answer: impl FnMut(&Cursor<'a>, &'a Decision) -> Response,
) -> Vec<Answered> {
    let mut history = Vec::new();
    // A random walk can circle a loop for a long time; this bounds any playthrough.
    let limit = 4 * scenario.nodes().len() + 16;
    while history.len() < limit {
        let Step::Decide { decision, .. } = cursor.step() else { break };
        let response = answer(&cursor, decision);
        let from = cursor.node;
        if cursor.advance(&response).is_err() {
            break;
        }
        history.push(Answered { decision: from, response });
    }
    history
}

/// The bot's overall score (0–100), averaged over seeds where the bot draws at random.
pub fn score(scenario: &Scenario, analysis: &Analysis, bot: Bot) -> f64 {
    let rounds = match bot {
        Bot::Expert => 1,
        Bot::Random => RANDOM_ROUNDS,
        _ => SURFACE_ROUNDS,
    };
    let marking = score::Marking::of(scenario);
    let total: f64 = (0..rounds).map(|seed| marking.overall(scenario, &play(scenario, analysis, bot, seed))).sum();
    total / rounds as f64
}

/// Words that make an option sound candid: said plainly, directly, in person.
const CANDID_WORDS: &[&str] =
    &["plainly", "directly", "yourself", "honest", "honestly", "openly", "straight", "candidly", "frankly"];

/// Words that make an option sound furtive: done quietly, privately, around people.
const FURTIVE_WORDS: &[&str] = &["quietly", "quiet", "privately", "secretly", "technically", "discreetly", "behind"];

/// The warning for a scenario that some reflex or tone bot passes: one diagnostic naming every
/// such bot, at the block the story starts with; none when no reflex reaches the pass mark.
pub fn diagnostics(scenario: &Scenario, analysis: &Analysis) -> Vec<Diagnostic> {
    let pass = f64::from(scenario.meta.pass);
    let passing: Vec<String> = Bot::reflexes()
        .filter_map(|bot| {
            let score = score(scenario, analysis, bot);
            (score >= pass).then(|| format!("{bot} {score:.1}"))
        })
        .collect();
    let start = scenario.node(scenario.start());
    if passing.is_empty() {
        return Vec::new();
    }
    vec![Diagnostic::warning(
        code::REFLEX_PASSES,
        start.span,
        format!(
            "a learner can pass (mark {}) by reflex rather than judgement: {}; vary which moves and which wording \
             the best options have",
            scenario.meta.pass,
            passing.join(", ")
        ),
    )]
}

/// How often the options of one move are the best and the worst at their decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// Options with this move.
    pub options: usize,
    /// Decisions where an option with this move has the highest expert mean (ties count).
    pub best: usize,
    /// Decisions where an option with this move has the lowest expert mean (ties count).
    pub worst: usize,
}

/// The balance of every move used in a scenario's pick, rate and rank decisions: a move
/// that is never best, or never worst, is a rule a learner can follow.
pub fn balance(scenario: &Scenario) -> BTreeMap<Move, Balance> {
    let mut moves: BTreeMap<Move, Balance> = BTreeMap::new();
    for (_, decision) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
        let means = score::expert_means(decision);
        let top = means.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let bottom = means.iter().copied().fold(f64::INFINITY, f64::min);
        let mut best = BTreeSet::new();
        let mut worst = BTreeSet::new();
        for (option, mean) in decision.options.iter().zip(&means) {
            let Some(m) = option.r#move else { continue };
            moves.entry(m).or_default().options += 1;
            if *mean >= top {
                best.insert(m);
            }
            if *mean <= bottom {
                worst.insert(m);
            }
        }
        for m in best {
            moves.entry(m).or_default().best += 1;
        }
        for m in worst {
            moves.entry(m).or_default().worst += 1;
        }
    }
    moves
}

/// How cautious an option's wording sounds: the number of cautious words in it.
pub fn caution(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| {
            let word = word.to_lowercase();
            CAUTIOUS_WORDS.iter().any(|w| word.starts_with(w))
        })
        .count()
}

/// An option's words, each with whether it begins a sentence: what the tone bots read.
fn words(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut starts = true;
    text.split_whitespace().filter_map(move |raw| {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let first = starts;
        starts = raw.ends_with(['.', '!', '?']);
        (!word.is_empty()).then_some((word, first))
    })
}

/// How many words of `text` are in `list`, compared in lower case. A capitalised word that
/// does not begin a sentence is a name ("May", "Will"), never a list word.
fn counted(text: &str, list: &[&str]) -> usize {
    words(text)
        .filter(|(word, first)| *first || !word.starts_with(char::is_uppercase))
        .filter(|(word, _)| list.contains(&word.to_lowercase().as_str()))
        .count()
}

/// How specific an option sounds: its figures, its names and named artefacts (capitalised
/// words inside a sentence), and its concrete things and days ("a one-page note today").
pub fn specifics(text: &str) -> usize {
    let named = words(text)
        .filter(|(word, first)| {
            word.chars().any(|c| c.is_ascii_digit())
                || (!first && word.chars().count() > 1 && word.starts_with(char::is_uppercase))
        })
        .count();
    named + counted(text, SPECIFIC_WORDS)
}

/// How sweeping an option sounds: its absolute words.
pub fn absolutes(text: &str) -> usize {
    counted(text, ABSOLUTE_WORDS)
}

/// How candid an option sounds: its candid words ("plainly", "directly", "yourself"), less its
/// furtive ones ("quietly", "privately") and every "without telling" or "without mentioning".
pub fn candour(text: &str) -> i64 {
    let lower = text.to_lowercase();
    let furtive = counted(text, FURTIVE_WORDS)
        + lower.matches("without telling").count()
        + lower.matches("without mentioning").count();
    counted(text, CANDID_WORDS) as i64 - furtive as i64
}

/// How tentative an option sounds: its hedging words, and "for now".
pub fn hedges(text: &str) -> usize {
    let lower = text.to_lowercase();
    counted(text, HEDGE_WORDS) + lower.matches("for now").count()
}

fn expert(scenario: &Scenario, analysis: &Analysis, cursor: &Cursor, decision: &Decision) -> Response {
    let edge = analysis.graph.find(&cursor.situation()).and_then(|s| {
        let e = analysis.expert.get(s).copied().flatten()?;
        analysis.graph.edges.get(s)?.get(e)
    });
    match edge.and_then(|e| branches(scenario, cursor.node, decision).into_iter().nth(e.branch)) {
        Some(response) => response,
        // Past the analysis limit the expert still answers as the experts would here.
        None => Response::new(key(decision), decision.confidence.as_ref().map(|_| Confidence::Sure)),
    }
}

fn random(decision: &Decision, rng: &mut ChaCha8Rng) -> Response {
    let n = decision.options.len();
    let answer = match decision.kind {
        DecisionKind::Pick => Answer::Pick(rng.random_range(0..n.max(1))),
        DecisionKind::Rate => Answer::Rate((0..n).map(|_| rng.random_range(1..=7)).collect()),
        DecisionKind::Rank => {
            let mut order: Vec<usize> = (0..n).collect();
            order.shuffle(rng);
            Answer::Rank(order)
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            Answer::Tick((0..n).map(|_| rng.random_bool(0.5)).collect())
        }
    };
    let confidence = decision.confidence.as_ref().map(|_| Confidence::ALL[rng.random_range(0..3)]);
    Response::new(answer, confidence)
}

/// The options in the order a rule prefers them, ties broken at random.
fn preference(decision: &Decision, bot: Bot, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let n = decision.options.len();
    let mut order: Vec<usize> = (0..n).collect();
    let texts: Vec<&str> = decision.options.iter().map(|o| o.text.as_str()).collect();
    let moves = |m: Move| move |&i: &usize| decision.options[i].r#move == Some(m);
    // Every rule but position breaks its ties at random: the sorts below are stable.
    if !matches!(bot, Bot::First | Bot::Last) {
        order.shuffle(rng);
    }
    match bot {
        Bot::Last => order.reverse(),
        Bot::Longest => order.sort_by_cached_key(|&i| std::cmp::Reverse(texts[i].chars().count())),
        Bot::Cautious => order.sort_by_cached_key(|&i| std::cmp::Reverse(caution(texts[i]))),
        Bot::Prefer(m) => order.sort_by_key(|i| !moves(m)(i)),
        Bot::Avoid(m) => order.sort_by_key(moves(m)),
        Bot::Tone(Tone::Specific) => order.sort_by_cached_key(|&i| std::cmp::Reverse(specifics(texts[i]))),
        Bot::Tone(Tone::Measured) => order.sort_by_cached_key(|&i| absolutes(texts[i])),
        Bot::Tone(Tone::Hedged) => order.sort_by_cached_key(|&i| std::cmp::Reverse(hedges(texts[i]))),
        Bot::Tone(Tone::Shortest) => order.sort_by_cached_key(|&i| texts[i].chars().count()),
        Bot::Tone(Tone::Candid) => order.sort_by_cached_key(|&i| std::cmp::Reverse(candour(texts[i]))),
        Bot::Expert | Bot::Random | Bot::First => {}
    }
    order
}

/// The response a bot with this preference gives: its favourite option; ratings from 7 for
/// the favourite down to 1 for the least; the preference as the ranking; or its top half
/// ticked.
fn by_preference(decision: &Decision, order: &[usize], confidence: Option<Confidence>) -> Response {
    let n = order.len();
    let answer = match decision.kind {
        DecisionKind::Pick => Answer::Pick(order.first().copied().unwrap_or(0)),
        DecisionKind::Rate => {
            let mut ratings = vec![4u8; n];
            for (place, &option) in order.iter().enumerate() {
                let step = if n > 1 { (6 * place) as f64 / (n - 1) as f64 } else { 0.0 };
                ratings[option] = (7.0 - step).round().clamp(1.0, 7.0) as u8;
            }
            Answer::Rate(ratings)
        }
        DecisionKind::Rank => Answer::Rank(order.to_vec()),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let mut ticks = vec![false; n];
            for &option in order.iter().take(n.div_ceil(2)) {
                ticks[option] = true;
            }
            Answer::Tick(ticks)
        }
    };
    Response::new(answer, decision.confidence.as_ref().and(confidence))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    const STORY: &str = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* wait: Wait and check with legal before anything else happens.\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        * act: Act now.\n  ratings: a 6, b 6, c 6\n  -> d2\n\
        == decision d2 (rate)\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n* y: Y\n  ratings: a 2, b 2, c 2\n* z: Z\n  ratings: a 4, b 4, c 4\n-> d3\n\
        == decision d3 (considerations)\nask: ?\n* m: M\n  weight: +2\n* n: N\n  weight: -2\n-> end\n\
        == ending e\ntitle: E\n";

    #[test]
    fn the_expert_scores_full_marks_and_surface_bots_follow_their_cue() {
        let scenario = crate::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        assert!((score(&scenario, &analysis, Bot::Expert) - 100.0).abs() < 1e-9);
        let cautious = play(&scenario, &analysis, Bot::Cautious, 0);
        assert_eq!(cautious[0].response.answer, Answer::Pick(0), "the cautious bot waits");
        let first = play(&scenario, &analysis, Bot::First, 0);
        assert_eq!(first[1].response.answer, Answer::Rate(vec![7, 4, 1]));
        assert_eq!(first[2].response.answer, Answer::Tick(vec![true, false]));
        let random = score(&scenario, &analysis, Bot::Random);
        assert!(random > 0.0 && random < 100.0, "{random}");
    }

    #[test]
    fn the_random_bot_is_a_random_continuation_from_the_start() {
        let scenario = crate::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        for seed in 0..5 {
            let (start, _) = Cursor::start(&scenario, seed).expect("starts");
            let walked = play_at_random(&scenario, start, seed);
            assert_eq!(walked, play(&scenario, &analysis, Bot::Random, seed));
            assert_eq!(walked.len(), 3, "every decision, to the ending");
        }
        // From the last decision on, only it is left to answer.
        let mut cursor = Cursor::start(&scenario, 1).expect("starts").0;
        for answered in play(&scenario, &analysis, Bot::Expert, 1).iter().take(2) {
            cursor.advance(&answered.response).expect("the expert's answers fit");
        }
        let rest = play_at_random(&scenario, cursor, 7);
        assert_eq!(rest.iter().map(|a| scenario.node(a.decision).id.as_str()).collect::<Vec<_>>(), ["d3"]);
    }

    /// Two picks where escalating is best once and worst once, and a checklist.
    const MOVES: &str = "id: m\ntitle: M\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* up: Ask the director to decide.\n  move: escalate\n  ratings: a 6, b 6, c 6\n\
        * own: Decide it yourself today, with the 3 figures you have.\n  move: commit\n  ratings: a 2, b 2, c 2\n\
        * wait: Wait a week.\n  move: defer\n  ratings: a 4, b 4, c 4\n  -> d2\n-> d2\n\
        == decision d2\nask: ?\n* up: Hand it to the VP.\n  move: escalate\n  ratings: a 1, b 1, c 1\n\
        * own: Do it all now.\n  move: commit\n  ratings: a 7, b 7, c 7\n\
        * some: Try a small pilot for now, if the team agrees.\n  move: scope\n  ratings: a 4, b 4, c 4\n-> end\n\
        == ending e\ntitle: E\n";

    #[test]
    fn reflex_bots_follow_the_move_they_prefer_or_avoid() {
        let scenario = crate::load(MOVES).expect("loads");
        let analysis = analyse::analyse(&scenario);
        for seed in 0..10 {
            let prefer = play(&scenario, &analysis, Bot::Prefer(Move::Escalate), seed);
            assert_eq!(
                prefer.iter().map(|a| a.response.answer.clone()).collect::<Vec<_>>(),
                [Answer::Pick(0), Answer::Pick(0)]
            );
            let avoid = play(&scenario, &analysis, Bot::Avoid(Move::Escalate), seed);
            assert!(avoid.iter().all(|a| a.response.answer != Answer::Pick(0)), "{avoid:?}");
        }
        // Escalating is best once and worst once: the reflex scores half, and guessing elsewhere.
        assert!((score(&scenario, &analysis, Bot::Prefer(Move::Escalate)) - 50.0).abs() < 1e-9);
        let balance = balance(&scenario);
        assert_eq!(balance[&Move::Escalate], Balance { options: 2, best: 1, worst: 1 });
        assert_eq!(balance[&Move::Scope], Balance { options: 1, best: 0, worst: 0 });
        assert!(!balance.contains_key(&Move::Covert));
    }

    #[test]
    fn tone_bots_read_only_the_wording() {
        let scenario = crate::load(MOVES).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let first = |bot| play(&scenario, &analysis, bot, 0)[0].response.answer.clone();
        assert_eq!(first(Bot::Tone(Tone::Specific)), Answer::Pick(1), "today, 3 figures");
        assert_eq!(first(Bot::Tone(Tone::Shortest)), Answer::Pick(2));
        let second = |bot| play(&scenario, &analysis, bot, 0)[1].response.answer.clone();
        assert_eq!(second(Bot::Tone(Tone::Hedged)), Answer::Pick(2));
        assert_ne!(second(Bot::Tone(Tone::Measured)), Answer::Pick(1), "all, now: the sweeping one");
    }

    #[test]
    fn a_reflex_that_reaches_the_pass_mark_is_a_warning() {
        let scenario = crate::load(MOVES).expect("loads");
        let analysis = analyse::analyse(&scenario);
        // The shortest option is the middling one, then the best: 75.
        assert!((score(&scenario, &analysis, Bot::Tone(Tone::Shortest)) - 75.0).abs() < 1e-9);
        let hard = crate::load(&MOVES.replace("title: M", "title: M\npass: 80")).expect("loads");
        assert!(diagnostics(&hard, &analyse::analyse(&hard)).is_empty(), "no reflex reaches 80");
        assert_eq!(diagnostics(&scenario, &analysis).len(), 1, "tone:shortest reaches 70");
        let easy = crate::load(&MOVES.replace("title: M", "title: M\npass: 50")).expect("loads");
        let warnings = diagnostics(&easy, &analyse::analyse(&easy));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].code, code::REFLEX_PASSES);
        assert!(warnings[0].message.contains("prefer:escalate 50.0"), "{}", warnings[0].message);
        assert!(warnings[0].message.contains("prefer:commit 50.0"), "{}", warnings[0].message);
    }

    #[test]
    fn wording_is_counted_word_by_word() {
        assert_eq!(specifics("Send Dana a one-page note today with the Q3 figures for 12 studios."), 6);
        assert_eq!(specifics("Talk to them."), 0);
        assert_eq!(absolutes("Tell everyone: all of it, immediately."), 3);
        assert_eq!(absolutes("Ship in May, whatever the cost."), 0);
        assert_eq!(hedges("Maybe try a small pilot for now, if it helps."), 6);
        assert_eq!(hedges("Kill it. May is too late."), 1, "a sentence's first word still counts");
        assert_eq!(candour("Tell her yourself, plainly, today."), 2);
        assert_eq!(candour("Quietly move the work, without telling the team."), -2);
    }

    #[test]
    fn every_bot_has_a_name_of_its_own() {
        let names: BTreeSet<String> = Bot::every().map(|b| b.to_string()).collect();
        assert_eq!(names.len(), Bot::every().count());
        assert!(names.contains("prefer:escalate") && names.contains("avoid:covert") && names.contains("tone:shortest"));
    }

    #[test]
    fn caution_counts_cautious_words() {
        assert_eq!(caution("Delay the launch and wait for Support to confirm"), 3);
        assert_eq!(caution("Ship on Monday"), 0);
    }
}
