//! Bots that play a scenario by a fixed rule, to test the scenario rather than a learner.
//!
//! The expert follows the best achievable path; the random bot answers at random and is
//! averaged over many seeds; the surface bots answer by cues that should carry no signal
//! (always the first or last option, the longest text, the most cautious wording). If a
//! surface bot scores well above the random bot, the scenario can be gamed without judgement.

use rand::seq::SliceRandom;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::engine::analyse::{Analysis, branches, key};
use crate::engine::playthrough::{Answer, Answered, Confidence, Cursor, Response, Step};
use crate::engine::scenario::{Decision, DecisionKind, Scenario};
use crate::engine::score;

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
}

impl Bot {
    pub const ALL: [Bot; 6] = [Bot::Expert, Bot::Random, Bot::First, Bot::Last, Bot::Longest, Bot::Cautious];

    /// The surface heuristics, which must not beat the random bot by much.
    pub const SURFACE: [Bot; 4] = [Bot::First, Bot::Last, Bot::Longest, Bot::Cautious];

    pub fn name(self) -> &'static str {
        match self {
            Bot::Expert => "expert",
            Bot::Random => "random",
            Bot::First => "first",
            Bot::Last => "last",
            Bot::Longest => "longest",
            Bot::Cautious => "cautious",
        }
    }
}

/// How many seeds the random bot's score is averaged over.
pub const RANDOM_ROUNDS: u64 = 200;

/// How many seeds a surface bot's score is averaged over, so that its ties fall at random.
pub const SURFACE_ROUNDS: u64 = 20;

/// Words that mark an option as the cautious one: waiting, delaying, escalating, checking.
const CAUTIOUS_WORDS: &[&str] = &[
    "delay", "wait", "pause", "postpone", "hold", "escalat", "ask", "check", "until", "defer", "consult", "review",
    "slow", "later", "caution", "careful", "confirm", "verify", "first",
];

/// Plays a scenario to its end (or a step limit) by the bot's rule, returning every answer.
pub fn play(scenario: &Scenario, analysis: &Analysis, bot: Bot, seed: u64) -> Vec<Answered> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut history = Vec::new();
    let Ok((mut cursor, _)) = Cursor::start(scenario, seed) else { return history };
    // A random walk can circle a loop for a long time; this bounds any playthrough.
    let limit = 4 * scenario.nodes.len() + 16;
    while history.len() < limit {
        let Step::Decide { decision, .. } = cursor.step() else { break };
        let response = match bot {
            Bot::Expert => expert(scenario, analysis, &cursor, decision),
            Bot::Random => random(decision, &mut rng),
            surface => by_preference(decision, &preference(decision, surface, &mut rng), Some(Confidence::FairlySure)),
        };
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
    let total: f64 = (0..rounds).map(|seed| score::overall(scenario, &play(scenario, analysis, bot, seed))).sum();
    total / rounds as f64
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

/// The options in the order a surface bot prefers them, ties broken at random.
fn preference(decision: &Decision, bot: Bot, rng: &mut ChaCha8Rng) -> Vec<usize> {
    let n = decision.options.len();
    let mut order: Vec<usize> = (0..n).collect();
    let texts: Vec<&str> = decision.options.iter().map(|o| o.text.as_str()).collect();
    match bot {
        Bot::Last => order.reverse(),
        Bot::Longest => {
            order.shuffle(rng);
            order.sort_by_key(|&i| std::cmp::Reverse(texts[i].chars().count()));
        }
        Bot::Cautious => {
            order.shuffle(rng);
            order.sort_by_key(|&i| std::cmp::Reverse(caution(texts[i])));
        }
        _ => {}
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
    use crate::engine::{self, analyse};

    const STORY: &str = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d1\nask: ?\n* wait: Wait and check with legal before anything else happens.\n  ratings: a 2, b 2, c 2\n  -> d2\n\
        * act: Act now.\n  ratings: a 6, b 6, c 6\n  -> d2\n\
        == decision d2 (rate)\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n* y: Y\n  ratings: a 2, b 2, c 2\n* z: Z\n  ratings: a 4, b 4, c 4\n-> d3\n\
        == decision d3 (considerations)\nask: ?\n* m: M\n  weight: +2\n* n: N\n  weight: -2\n-> end\n\
        == ending e\ntitle: E\n";

    #[test]
    fn the_expert_scores_full_marks_and_surface_bots_follow_their_cue() {
        let scenario = engine::load(STORY).expect("loads");
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
    fn caution_counts_cautious_words() {
        assert_eq!(caution("Delay the launch and wait for Support to confirm"), 3);
        assert_eq!(caution("Ship on Monday"), 0);
    }
}
