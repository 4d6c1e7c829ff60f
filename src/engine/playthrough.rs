//! Playing a scenario: a [`Playthrough`] is the learner's responses so far, and everything
//! else (the current scene, what was seen, where the story stands) is derived from it.
//!
//! [`respond`] returns a new playthrough or a [`PlayError`]; [`replay`] rebuilds the
//! position of any playthrough; [`Playthrough::encode`] gives the compact, versioned text
//! form that is saved in the browser and sent to an LMS.

use std::fmt;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::engine::scenario::{Decision, Ending, Node, NodeKind, Scenario};

/// The learner's answer at one decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    /// The option at this index, in authored order.
    Pick(usize),
}

/// A learner's responses to one scenario, as plain data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Playthrough {
    pub scenario: String,
    /// The [`Scenario::hash`] it was played against.
    pub hash: u32,
    /// Seeds the option order, so a replay shows the same order.
    pub seed: u64,
    pub responses: Vec<Response>,
}

/// Why a response or a replay was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayError {
    /// The playthrough belongs to another scenario, or to another version of this one.
    WrongScenario,
    /// The story has ended; nothing more can be answered.
    Finished,
    /// The response does not fit the decision (an option that does not exist, say).
    InvalidResponse,
    /// The story loops through scenes without ever reaching a decision or an ending.
    Stuck,
}

impl fmt::Display for PlayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PlayError::WrongScenario => "this progress was saved for a different scenario or version",
            PlayError::Finished => "the scenario has already ended",
            PlayError::InvalidResponse => "that response does not fit this decision",
            PlayError::Stuck => "the story never reaches a decision or an ending",
        })
    }
}

impl std::error::Error for PlayError {}

/// Where a playthrough stands, with what the learner sees there.
#[derive(Clone, Debug, PartialEq)]
pub struct Position<'a> {
    /// Index of the node the learner stands at: a decision or an ending.
    pub node: usize,
    /// The scenes passed through to reach it, oldest first, ending with `node` itself.
    pub passage: Vec<&'a Node>,
    pub step: Step<'a>,
}

/// What the learner faces now.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<'a> {
    /// A decision, with its options' authored indices in the order to show them.
    Decide { decision: &'a Decision, order: Vec<usize> },
    /// The story is over.
    End(&'a Ending),
}

impl Playthrough {
    /// A fresh playthrough of `scenario`.
    pub fn new(scenario: &Scenario, seed: u64) -> Playthrough {
        Playthrough { scenario: scenario.meta.id.clone(), hash: scenario.hash, seed, responses: Vec::new() }
    }
}

/// Applies one response, returning the longer playthrough.
pub fn respond(scenario: &Scenario, playthrough: &Playthrough, response: Response) -> Result<Playthrough, PlayError> {
    let position = replay(scenario, playthrough)?;
    advance(scenario, &position, &response)?;
    let mut next = playthrough.clone();
    next.responses.push(response);
    Ok(next)
}

/// Rebuilds where a playthrough stands, checking every response on the way.
pub fn replay<'a>(scenario: &'a Scenario, playthrough: &Playthrough) -> Result<Position<'a>, PlayError> {
    if playthrough.scenario != scenario.meta.id || playthrough.hash != scenario.hash {
        return Err(PlayError::WrongScenario);
    }
    let mut position = arrive(scenario, scenario.start, playthrough.seed, 0)?;
    for (i, response) in playthrough.responses.iter().enumerate() {
        let next = advance(scenario, &position, response)?;
        position = arrive(scenario, next, playthrough.seed, i + 1)?;
    }
    Ok(position)
}

/// The node a response leads to from a position.
fn advance(scenario: &Scenario, position: &Position, response: &Response) -> Result<usize, PlayError> {
    let _ = scenario;
    match (&position.step, response) {
        (Step::End(_), _) => Err(PlayError::Finished),
        (Step::Decide { decision, .. }, Response::Pick(i)) => {
            decision.options.get(*i).map(|o| o.next).ok_or(PlayError::InvalidResponse)
        }
    }
}

/// Follows scenes from `node` to the next decision or ending.
fn arrive(scenario: &Scenario, mut node: usize, seed: u64, turn: usize) -> Result<Position<'_>, PlayError> {
    let mut passage = Vec::new();
    for _ in 0..=scenario.nodes.len() {
        let here = &scenario.nodes[node];
        passage.push(here);
        match &here.kind {
            NodeKind::Scene { next } => node = *next,
            NodeKind::Decision(decision) => {
                let order = shuffled(decision.options.len(), seed, turn);
                return Ok(Position { node, passage, step: Step::Decide { decision, order } });
            }
            NodeKind::Ending(ending) => return Ok(Position { node, passage, step: Step::End(ending) }),
        }
    }
    Err(PlayError::Stuck)
}

/// The display order of `n` options at the `turn`-th decision, fixed by the seed.
pub fn shuffled(n: usize, seed: u64, turn: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (turn as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    order.shuffle(&mut rng);
    order
}

/// The first field of every encoded playthrough: the encoding's version.
const FORMAT: &str = "jc1";

/// Why an encoded playthrough could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not a playthrough at all, or damaged.
    Malformed,
    /// A playthrough from another version of the encoding.
    UnknownVersion(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Malformed => f.write_str("the saved progress is damaged"),
            DecodeError::UnknownVersion(v) => write!(f, "the saved progress has an unknown format `{v}`"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl Playthrough {
    /// `jc1 <scenario> <hash> <seed> <responses>`: responses are `p<index>` joined by `.`.
    pub fn encode(&self) -> String {
        let responses: Vec<String> = self
            .responses
            .iter()
            .map(|r| match r {
                Response::Pick(i) => format!("p{i}"),
            })
            .collect();
        format!("{FORMAT} {} {:08x} {:x} {}", self.scenario, self.hash, self.seed, responses.join("."))
            .trim_end()
            .to_string()
    }

    /// Reads what [`Playthrough::encode`] wrote.
    pub fn decode(text: &str) -> Result<Playthrough, DecodeError> {
        let mut fields = text.split(' ');
        let version = fields.next().ok_or(DecodeError::Malformed)?;
        if version != FORMAT {
            return Err(if version.starts_with("jc") {
                DecodeError::UnknownVersion(version.to_string())
            } else {
                DecodeError::Malformed
            });
        }
        let scenario = fields.next().filter(|s| crate::engine::parse::is_id(s)).ok_or(DecodeError::Malformed)?;
        let hash = fields.next().and_then(|h| u32::from_str_radix(h, 16).ok()).ok_or(DecodeError::Malformed)?;
        let seed = fields.next().and_then(|s| u64::from_str_radix(s, 16).ok()).ok_or(DecodeError::Malformed)?;
        let responses = match fields.next() {
            None => Vec::new(),
            Some(list) => list
                .split('.')
                .map(|r| r.strip_prefix('p').and_then(|i| i.parse().ok()).map(Response::Pick))
                .collect::<Option<Vec<_>>>()
                .ok_or(DecodeError::Malformed)?,
        };
        if fields.next().is_some() {
            return Err(DecodeError::Malformed);
        }
        Ok(Playthrough { scenario: scenario.to_string(), hash, seed, responses })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let p = Playthrough {
            scenario: "s-1".into(),
            hash: 0xab,
            seed: 99,
            responses: vec![Response::Pick(2), Response::Pick(0)],
        };
        assert_eq!(p.encode(), "jc1 s-1 000000ab 63 p2.p0");
        assert_eq!(Playthrough::decode(&p.encode()), Ok(p));
        let empty = Playthrough { scenario: "s".into(), hash: 1, seed: 0, responses: vec![] };
        assert_eq!(Playthrough::decode(&empty.encode()), Ok(empty));
    }

    #[test]
    fn damaged_or_foreign_text_is_refused() {
        assert_eq!(Playthrough::decode(""), Err(DecodeError::Malformed));
        assert_eq!(Playthrough::decode("{\"json\":1}"), Err(DecodeError::Malformed));
        assert_eq!(Playthrough::decode("jc9 s 0 0"), Err(DecodeError::UnknownVersion("jc9".into())));
        assert_eq!(Playthrough::decode("jc1 s zz 0"), Err(DecodeError::Malformed));
        assert_eq!(Playthrough::decode("jc1 s 0 0 p1.x"), Err(DecodeError::Malformed));
    }

    #[test]
    fn shuffle_is_a_permutation_fixed_by_seed() {
        let a = shuffled(6, 7, 1);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..6).collect::<Vec<_>>());
        assert_eq!(a, shuffled(6, 7, 1));
    }
}
