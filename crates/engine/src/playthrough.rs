//! Playing a scenario: a [`Playthrough`] is the learner's responses so far, and everything
//! else (where the story stands, what was shown, the state, which effects landed when) is
//! derived from it by [`replay`].
//!
//! [`respond`] returns a longer playthrough or a [`PlayError`]; [`Playthrough::encode`] gives
//! the compact, versioned text form that is saved in the browser and sent to an LMS.
//!
//! At each response the engine, in order: records it; applies the picked option's immediate
//! effects and queues its delayed ones; lands the queued effects that are now due; then takes
//! the first route whose condition holds. Scenes are passed through until a decision or an
//! ending. On reaching an ending every effect still queued lands first, so the ending and the
//! debrief see every consequence of the path.

use std::fmt;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use crate::condition::Condition;
use crate::markdown::Chunk;
use crate::parse::is_id;
use crate::scenario::{
    Change, Decision, DecisionKind, Effect, Ending, NodeId, NodeKind, ProseChunk, Route, Scenario, Target, Value,
};

/// The learner's answer at one decision, with options always in authored order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// `pick`: the index of the chosen option.
    Pick(usize),
    /// `rate`: a rating from 1 to 7 for every option.
    Rate(Vec<u8>),
    /// `rank`: every option's index, best first.
    Rank(Vec<usize>),
    /// `considerations` and `pivot`: for every item, whether it is ticked.
    Tick(Vec<bool>),
}

/// How sure the learner is that their response is a good call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    Unsure,
    FairlySure,
    Sure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Unsure, Confidence::FairlySure, Confidence::Sure];

    /// 1, 2 or 3, the level used by certainty-based marking.
    pub fn level(self) -> u8 {
        match self {
            Confidence::Unsure => 1,
            Confidence::FairlySure => 2,
            Confidence::Sure => 3,
        }
    }

    pub fn from_level(level: u8) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.level() == level)
    }

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Unsure => "Unsure",
            Confidence::FairlySure => "Fairly sure",
            Confidence::Sure => "Sure",
        }
    }
}

/// A response to one decision: the answer, and the confidence when the decision asks for it
/// (then it is required; otherwise it must be absent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub answer: Answer,
    pub confidence: Option<Confidence>,
}

impl Response {
    pub fn new(answer: Answer, confidence: Option<Confidence>) -> Response {
        Response { answer, confidence }
    }

    /// Picks the option at this authored index, without confidence.
    pub fn pick(index: usize) -> Response {
        Response { answer: Answer::Pick(index), confidence: None }
    }
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

impl Playthrough {
    /// A fresh playthrough of `scenario`.
    pub fn new(scenario: &Scenario, seed: u64) -> Playthrough {
        Playthrough { scenario: scenario.meta.id.clone(), hash: scenario.hash, seed, responses: Vec::new() }
    }
}

/// Why a response or a replay was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlayError {
    /// The playthrough belongs to another scenario, or to another version of this one.
    WrongScenario,
    /// The story has ended; nothing more can be answered.
    Finished,
    /// The response does not fit the decision: the wrong kind of answer, an option that does
    /// not exist, a rating outside 1–7, an incomplete ranking, or confidence missing where
    /// asked (or given where not asked).
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

/// Where a playthrough stands, with what the learner sees there and how the story got here.
#[derive(Clone, Debug, PartialEq)]
pub struct Position<'a> {
    /// The node the learner stands at: a decision or an ending.
    pub node: NodeId,
    /// The blocks passed through since the last response, oldest first, ending with `node`.
    pub passage: Vec<Passed<'a>>,
    pub step: Step<'a>,
    /// The current value of every state variable, by index.
    pub state: Vec<Value>,
    /// Every response so far, with the decision it answered.
    pub history: Vec<Answered>,
    /// Every effect that has landed, in the order it landed.
    pub effects: Vec<AppliedEffect>,
    /// Delayed effects still waiting to land.
    pub pending: Vec<PendingEffect>,
}

/// One block passed through, with the prose shown there (conditional lines that held).
#[derive(Clone, Debug, PartialEq)]
pub struct Passed<'a> {
    pub node: NodeId,
    pub prose: Vec<&'a Chunk>,
}

/// What the learner faces now.
#[derive(Clone, Debug, PartialEq)]
pub enum Step<'a> {
    /// A decision, with its options' authored indices in the order to show them.
    Decide { decision: &'a Decision, order: Vec<usize> },
    /// The story is over.
    End(&'a Ending),
}

/// A response, with the decision it answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered {
    pub decision: NodeId,
    pub response: Response,
}

/// Which choice an effect came from, for the debrief's causal trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cause {
    /// The decision.
    pub decision: NodeId,
    /// The picked option's index.
    pub option: usize,
    /// The index of the response (into the history) that picked it.
    pub response: usize,
}

/// An effect that has changed state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppliedEffect {
    pub effect: Effect,
    pub cause: Cause,
    /// The index of the response at which it landed: the cause's own for an immediate effect,
    /// `delay` responses later for a delayed one, or the last response when the story ended
    /// before it was due.
    pub landed: usize,
    pub before: Value,
    pub after: Value,
}

/// A delayed effect that has not landed yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PendingEffect {
    pub effect: Effect,
    pub cause: Cause,
    /// The index of the response at which it will land.
    pub due: usize,
}

/// Applies one response, returning the longer playthrough.
pub fn respond(scenario: &Scenario, playthrough: &Playthrough, response: Response) -> Result<Playthrough, PlayError> {
    let mut next = playthrough.clone();
    next.responses.push(response);
    replay(scenario, &next)?;
    Ok(next)
}

/// Rebuilds where a playthrough stands, checking every response on the way.
pub fn replay<'a>(scenario: &'a Scenario, playthrough: &Playthrough) -> Result<Position<'a>, PlayError> {
    if playthrough.scenario != scenario.meta.id || playthrough.hash != scenario.hash {
        return Err(PlayError::WrongScenario);
    }
    let (mut cursor, mut moved) = Cursor::start(scenario, playthrough.seed)?;
    let mut history = Vec::with_capacity(playthrough.responses.len());
    let mut effects = moved.effects;
    for response in &playthrough.responses {
        moved = cursor.respond(response)?;
        history.push(Answered { decision: moved.from, response: response.clone() });
        effects.append(&mut moved.effects);
    }
    Ok(Position {
        node: cursor.node,
        passage: moved.passage,
        step: cursor.step(),
        state: cursor.state,
        history,
        effects,
        pending: cursor.pending,
    })
}

/// The display order of `n` options at the `turn`-th decision, fixed by the seed.
pub fn shuffled(n: usize, seed: u64, turn: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ (turn as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    order.shuffle(&mut rng);
    order
}

/// True when a response fits a decision: the right kind of answer, complete and in range,
/// with confidence exactly when the decision asks for it.
pub fn fits(decision: &Decision, response: &Response) -> bool {
    let n = decision.options.len();
    let answer = match (decision.kind, &response.answer) {
        (DecisionKind::Pick, Answer::Pick(i)) => *i < n,
        (DecisionKind::Rate, Answer::Rate(ratings)) => {
            ratings.len() == n && ratings.iter().all(|r| (1..=7).contains(r))
        }
        (DecisionKind::Rank, Answer::Rank(order)) => is_permutation(order, n),
        (DecisionKind::Considerations | DecisionKind::Pivot, Answer::Tick(ticks)) => ticks.len() == n,
        _ => false,
    };
    answer && decision.confidence.is_some() == response.confidence.is_some()
}

fn is_permutation(order: &[usize], n: usize) -> bool {
    let mut seen = vec![false; n];
    order.len() == n
        && order.iter().all(|&i| match seen.get_mut(i) {
            Some(slot) if !*slot => {
                *slot = true;
                true
            }
            _ => false,
        })
}

/// What one move of a [`Cursor`] passed through and changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Moved<'a> {
    /// The node the response answered; the start node for the first arrival.
    pub from: NodeId,
    /// The blocks passed through, oldest first, ending with the cursor's new node.
    pub passage: Vec<Passed<'a>>,
    /// The effects that landed during the move, in order.
    pub effects: Vec<AppliedEffect>,
}

/// The part of a playthrough's progress that decides what can happen next: where the story
/// stands, the state, the effects still queued, and the choices that conditions test. It is
/// cheap to clone, so analysis can explore every path with it; [`replay`] adds the records.
#[derive(Clone, Debug, PartialEq)]
pub struct Cursor<'a> {
    scenario: &'a Scenario,
    seed: u64,
    /// The decision or ending the story stands at.
    pub node: NodeId,
    /// The current value of every state variable, by index.
    pub state: Vec<Value>,
    /// Delayed effects still waiting to land.
    pub pending: Vec<PendingEffect>,
    /// How many responses have been given.
    pub turn: usize,
    /// The (decision, option) pairs chosen or ticked so far that some condition tests,
    /// sorted; choices no condition tests cannot change the story, so they are not kept.
    pub chosen: Vec<(NodeId, usize)>,
    /// The blocks passed on the last move, kept even when the move got stuck, so analysis
    /// can say which scenes loop.
    pub trail: Vec<NodeId>,
}

/// What decides a cursor's future, and nothing else: two cursors with equal situations
/// lead to the same stories. Analysis memoises on it, so it is one compact allocation: the
/// node, the state, each queued effect with the responses left until it lands, and the
/// tested choices, packed as numbers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Situation {
    key: Box<[i64]>,
}

impl Situation {
    /// The decision or ending the situation is at.
    pub fn node(&self) -> NodeId {
        NodeId::new(self.key.first().map_or(0, |&n| n as usize))
    }
}

impl<'a> Cursor<'a> {
    /// A cursor at the scenario's first decision or ending.
    pub fn start(scenario: &'a Scenario, seed: u64) -> Result<(Cursor<'a>, Moved<'a>), PlayError> {
        let mut cursor = Cursor::before_start(scenario, seed);
        let moved = cursor.enter()?;
        Ok((cursor, moved))
    }

    /// A cursor that has not yet followed the start's scenes: [`Cursor::enter`] does that.
    /// Analysis uses the two halves so that it can see the trail of a start that loops.
    pub(crate) fn before_start(scenario: &'a Scenario, seed: u64) -> Cursor<'a> {
        Cursor {
            scenario,
            seed,
            node: scenario.start(),
            state: scenario.initial_state(),
            pending: Vec::new(),
            turn: 0,
            chosen: Vec::new(),
            trail: Vec::new(),
        }
    }

    /// Follows the scenes from the start to the first decision or ending.
    pub(crate) fn enter(&mut self) -> Result<Moved<'a>, PlayError> {
        let start = self.scenario.start();
        let mut effects = Vec::new();
        let passage = self.arrive(Target::Node(start), &mut effects, true)?;
        Ok(Moved { from: start, passage, effects })
    }

    /// What the learner faces at the cursor's node.
    pub fn step(&self) -> Step<'a> {
        let scenario = self.scenario;
        if let Some(decision) = scenario.decision(self.node) {
            return Step::Decide { decision, order: shuffled(decision.options.len(), self.seed, self.turn) };
        }
        // A cursor only ever stands at a decision or an ending.
        Step::End(scenario.ending(self.node).unwrap_or(&STUCK))
    }

    pub fn situation(&self) -> Situation {
        let mut key = Vec::with_capacity(1 + self.state.len() + 6 * self.pending.len() + 2 * self.chosen.len() + 2);
        key.push(self.node.index() as i64);
        key.extend(self.state.iter().map(|v| match v {
            Value::Number(n) => *n,
            Value::Flag(b) => i64::from(*b),
        }));
        // Lengths separate the variable-length parts, so two different situations can never
        // pack to the same numbers.
        key.push(self.pending.len() as i64);
        for p in &self.pending {
            let (kind, value) = match p.effect.change {
                Change::Add(n) => (0, n),
                Change::Set(Value::Number(n)) => (1, n),
                Change::Set(Value::Flag(b)) => (2, i64::from(b)),
            };
            let left = p.due.saturating_sub(self.turn) as i64;
            key.extend([p.effect.state as i64, kind, value, i64::from(p.effect.visible), left]);
        }
        key.push(self.chosen.len() as i64);
        key.extend(self.chosen.iter().flat_map(|&(d, o)| [d.index() as i64, o as i64]));
        Situation { key: key.into_boxed_slice() }
    }

    /// Answers like [`Cursor::respond`], keeping no record of what was passed or landed:
    /// the fast path for analysis and bots.
    pub fn advance(&mut self, response: &Response) -> Result<(), PlayError> {
        self.play(response, false).map(|_| ())
    }

    /// Answers the decision the cursor stands at. A response that does not fit leaves the
    /// cursor as it was; after any other error the cursor should be dropped.
    pub fn respond(&mut self, response: &Response) -> Result<Moved<'a>, PlayError> {
        self.play(response, true)
    }

    fn play(&mut self, response: &Response, record: bool) -> Result<Moved<'a>, PlayError> {
        let scenario = self.scenario;
        let from = self.node;
        let decision = scenario.decision(from).ok_or(PlayError::Finished)?;
        if !fits(decision, response) {
            return Err(PlayError::InvalidResponse);
        }
        let index = self.turn;
        self.turn += 1;
        let mut effects = Vec::new();
        let mut routes: &[Route] = &decision.routes;
        match &response.answer {
            Answer::Pick(option) => {
                self.note_choice(from, *option);
                if let Some(choice) = decision.options.get(*option) {
                    let cause = Cause { decision: from, option: *option, response: index };
                    for effect in &choice.effects {
                        if effect.delay == 0 {
                            let applied = self.apply(*effect, cause, index);
                            if record {
                                effects.push(applied);
                            }
                        } else {
                            let due = index.saturating_add(effect.delay as usize);
                            self.pending.push(PendingEffect { effect: *effect, cause, due });
                        }
                    }
                    if !choice.routes.is_empty() {
                        routes = &choice.routes;
                    }
                }
            }
            Answer::Tick(ticks) => {
                for (option, _) in ticks.iter().enumerate().filter(|(_, ticked)| **ticked) {
                    self.note_choice(from, option);
                }
            }
            Answer::Rate(_) | Answer::Rank(_) => {}
        }
        self.land(|due| due <= index, &mut effects);
        let target = self.choose(routes)?;
        let passage = self.arrive(target, &mut effects, record)?;
        if !record {
            effects.clear();
        }
        Ok(Moved { from, passage, effects })
    }

    /// Keeps a choice when some condition tests it.
    fn note_choice(&mut self, decision: NodeId, option: usize) {
        let pair = (decision, option);
        if self.scenario.tested().binary_search(&pair).is_ok()
            && let Err(at) = self.chosen.binary_search(&pair)
        {
            self.chosen.insert(at, pair);
        }
    }

    /// Follows routes from `target` through scenes to the next decision or ending.
    fn arrive(
        &mut self,
        mut target: Target,
        effects: &mut Vec<AppliedEffect>,
        record: bool,
    ) -> Result<Vec<Passed<'a>>, PlayError> {
        let scenario = self.scenario;
        let mut passage = Vec::new();
        self.trail.clear();
        for _ in 0..=scenario.nodes().len() {
            let node = match target {
                Target::Node(node) => node,
                Target::End => {
                    self.land(|_| true, effects);
                    self.ending().ok_or(PlayError::Stuck)?
                }
            };
            let here = scenario.node(node);
            self.trail.push(node);
            if let NodeKind::Ending(_) = here.kind {
                self.land(|_| true, effects);
            }
            if record {
                passage.push(Passed { node, prose: self.visible(&here.prose) });
            }
            match &here.kind {
                NodeKind::Scene { routes } => target = self.choose(routes)?,
                NodeKind::Decision(_) | NodeKind::Ending(_) => {
                    self.node = node;
                    return Ok(passage);
                }
            }
        }
        Err(PlayError::Stuck)
    }

    fn holds(&self, condition: Option<&Condition>) -> bool {
        condition.is_none_or(|c| c.holds(&self.state, &|d, o| self.chosen.binary_search(&(d, o)).is_ok()))
    }

    /// The target of the first route whose condition holds.
    fn choose(&self, routes: &[Route]) -> Result<Target, PlayError> {
        routes.iter().find(|r| self.holds(r.condition.as_ref())).map(|r| r.target).ok_or(PlayError::Stuck)
    }

    /// The first ending, in file order, whose `when:` holds.
    fn ending(&self) -> Option<NodeId> {
        self.scenario.endings().find(|(_, e)| self.holds(e.when.as_ref())).map(|(id, _)| id)
    }

    fn visible(&self, prose: &'a [ProseChunk]) -> Vec<&'a Chunk> {
        prose.iter().filter(|p| self.holds(p.condition.as_ref())).map(|p| &p.chunk).collect()
    }

    /// Lands the queued effects whose due index passes the test, in the order they were queued.
    fn land(&mut self, due: impl Fn(usize) -> bool, effects: &mut Vec<AppliedEffect>) {
        if self.pending.is_empty() {
            return;
        }
        let landed = self.turn.saturating_sub(1);
        let (now, later): (Vec<PendingEffect>, Vec<PendingEffect>) =
            std::mem::take(&mut self.pending).into_iter().partition(|p| due(p.due));
        self.pending = later;
        for pending in now {
            effects.push(self.apply(pending.effect, pending.cause, landed));
        }
    }

    fn apply(&mut self, effect: Effect, cause: Cause, landed: usize) -> AppliedEffect {
        let before = self.state.get(effect.state).copied().unwrap_or(Value::Flag(false));
        let after = match self.scenario.states().get(effect.state) {
            Some(var) => var.apply(before, effect.change),
            None => before,
        };
        if let Some(slot) = self.state.get_mut(effect.state) {
            *slot = after;
        }
        AppliedEffect { effect, cause, landed, before, after }
    }
}

/// Stands in for an ending if a cursor were ever asked for its step off a decision or an
/// ending, which the engine never does; it keeps [`Cursor::step`] total without panicking.
static STUCK: Ending = Ending { title: String::new(), when: None };

/// The first field of every encoded playthrough: the encoding's version.
const FORMAT: &str = "jc1";

/// Why an encoded playthrough could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// There is no text at all.
    Empty,
    /// The text is not a saved playthrough.
    NotAPlaythrough,
    /// A playthrough from another version of the encoding, such as `jc9`.
    UnknownVersion(String),
    /// A field is missing; the name says which.
    Missing(&'static str),
    /// A field cannot be read.
    Invalid { field: &'static str, text: String },
    /// A response cannot be read; `number` counts from 1.
    InvalidResponse { number: usize, token: String },
    /// There is more text after the responses.
    TrailingText(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("there is no saved progress"),
            DecodeError::NotAPlaythrough => f.write_str("the saved progress is not a Judgement Call playthrough"),
            DecodeError::UnknownVersion(v) => write!(f, "the saved progress has an unknown format `{v}`"),
            DecodeError::Missing(field) => write!(f, "the saved progress is damaged: {field} is missing"),
            DecodeError::Invalid { field, text } => write!(f, "the saved progress is damaged: `{text}` is not {field}"),
            DecodeError::InvalidResponse { number, token } => {
                write!(f, "the saved progress is damaged: response {number} (`{token}`) cannot be read")
            }
            DecodeError::TrailingText(text) => {
                write!(f, "the saved progress is damaged: unexpected `{text}` at the end")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// The digits of a one-character rank position: 0–9, then A–Z.
const RANK_DIGITS: &[u8; 36] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

impl Playthrough {
    /// `jc1 <scenario> <hash> <seed> <responses>`: the hash in 8 hex digits, the seed in hex,
    /// and one token per response joined by `.` (see [`encode_response`]).
    pub fn encode(&self) -> String {
        let responses: Vec<String> = self.responses.iter().map(encode_response).collect();
        let head = format!("{FORMAT} {} {:08x} {:x}", self.scenario, self.hash, self.seed);
        if responses.is_empty() { head } else { format!("{head} {}", responses.join(".")) }
    }

    /// Reads what [`Playthrough::encode`] wrote. Never panics: anything else is a [`DecodeError`].
    pub fn decode(text: &str) -> Result<Playthrough, DecodeError> {
        let text = text.trim();
        let mut fields = text.split(' ');
        let version = fields.next().filter(|v| !v.is_empty()).ok_or(DecodeError::Empty)?;
        if version != FORMAT {
            let versioned =
                version.strip_prefix("jc").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            return Err(if versioned {
                DecodeError::UnknownVersion(version.to_string())
            } else {
                DecodeError::NotAPlaythrough
            });
        }
        let mut field = |name: &'static str, valid: &dyn Fn(&str) -> bool| -> Result<String, DecodeError> {
            let text = fields.next().ok_or(DecodeError::Missing(name))?;
            if valid(text) {
                Ok(text.to_string())
            } else {
                Err(DecodeError::Invalid { field: name, text: text.to_string() })
            }
        };
        let hex =
            |max: usize| move |s: &str| !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_hexdigit());
        let scenario = field("the scenario id", &|s| is_id(s))?;
        let hash = field("the content hash", &hex(8))?;
        let seed = field("the seed", &hex(16))?;
        let responses = match fields.next() {
            None => Vec::new(),
            Some(list) => list
                .split('.')
                .enumerate()
                .map(|(i, token)| {
                    decode_response(token)
                        .ok_or_else(|| DecodeError::InvalidResponse { number: i + 1, token: token.to_string() })
                })
                .collect::<Result<Vec<_>, _>>()?,
        };
        let rest: Vec<&str> = fields.collect();
        if !rest.is_empty() {
            return Err(DecodeError::TrailingText(rest.join(" ")));
        }
        let hash = u32::from_str_radix(&hash, 16)
            .map_err(|_| DecodeError::Invalid { field: "the content hash", text: hash })?;
        let seed =
            u64::from_str_radix(&seed, 16).map_err(|_| DecodeError::Invalid { field: "the seed", text: seed })?;
        Ok(Playthrough { scenario, hash, seed, responses })
    }
}

/// One response as a token: a letter for the kind, the answer, then `c` and the confidence
/// level when there is one.
///
/// - pick: `p` and the option index, as `p2`;
/// - rate: `r` and one digit per option, as `r5174`;
/// - rank: `k` and one character per position (0–9, then A–Z), as `k2031`; when an index
///   is 36 or more, `_` before each decimal index instead, as `k_40_3_…`;
/// - tick: `t` and a `1` or `0` per item, as `t1011`.
pub fn encode_response(response: &Response) -> String {
    let mut token = match &response.answer {
        Answer::Pick(i) => format!("p{i}"),
        Answer::Rate(ratings) => {
            let digits: String = ratings.iter().map(|r| char::from(b'0' + r.min(&9))).collect();
            format!("r{digits}")
        }
        Answer::Rank(order) if order.iter().all(|&i| i < RANK_DIGITS.len()) => {
            let digits: String = order.iter().filter_map(|&i| RANK_DIGITS.get(i)).map(|&b| char::from(b)).collect();
            format!("k{digits}")
        }
        Answer::Rank(order) => {
            let indices: String = order.iter().map(|i| format!("_{i}")).collect();
            format!("k{indices}")
        }
        Answer::Tick(ticks) => {
            let bits: String = ticks.iter().map(|&t| if t { '1' } else { '0' }).collect();
            format!("t{bits}")
        }
    };
    if let Some(confidence) = response.confidence {
        token.push('c');
        token.push(char::from(b'0' + confidence.level()));
    }
    token
}

/// Reads one response token; `None` when it is not one.
pub fn decode_response(token: &str) -> Option<Response> {
    let kind = token.chars().next()?;
    let rest = token.get(kind.len_utf8()..)?;
    let (body, confidence) = match rest.split_once('c') {
        Some((body, level)) => {
            let level = match level {
                "1" => 1,
                "2" => 2,
                "3" => 3,
                _ => return None,
            };
            (body, Some(Confidence::from_level(level)?))
        }
        None => (rest, None),
    };
    let answer = match kind {
        'p' if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) => Answer::Pick(body.parse().ok()?),
        'r' => Answer::Rate(body.bytes().map(|b| (b'1'..=b'7').contains(&b).then(|| b - b'0')).collect::<Option<_>>()?),
        'k' => match body.strip_prefix('_') {
            Some(indices) => Answer::Rank(
                indices
                    .split('_')
                    .map(|i| if !i.is_empty() && i.bytes().all(|b| b.is_ascii_digit()) { i.parse().ok() } else { None })
                    .collect::<Option<_>>()?,
            ),
            None => {
                Answer::Rank(body.bytes().map(|b| RANK_DIGITS.iter().position(|&d| d == b)).collect::<Option<_>>()?)
            }
        },
        't' => Answer::Tick(
            body.bytes()
                .map(|b| match b {
                    b'1' => Some(true),
                    b'0' => Some(false),
                    _ => None,
                })
                .collect::<Option<_>>()?,
        ),
        _ => return None,
    };
    Some(Response { answer, confidence })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(answer: Answer, level: Option<u8>) -> Response {
        Response { answer, confidence: level.and_then(Confidence::from_level) }
    }

    #[test]
    fn encoding_round_trips_every_kind() {
        let p = Playthrough {
            scenario: "s-1".into(),
            hash: 0xab,
            seed: 99,
            responses: vec![
                r(Answer::Pick(2), Some(3)),
                r(Answer::Rate(vec![5, 1, 7, 4]), None),
                r(Answer::Rank(vec![2, 0, 3, 1]), Some(1)),
                r(Answer::Tick(vec![true, false, true, true]), None),
                r(Answer::Rank(vec![11, 35, 0]), None),
                r(Answer::Rank(vec![40, 3]), Some(2)),
                r(Answer::Pick(0), None),
            ],
        };
        assert_eq!(p.encode(), "jc1 s-1 000000ab 63 p2c3.r5174.k2031c1.t1011.kBZ0.k_40_3c2.p0");
        assert_eq!(Playthrough::decode(&p.encode()), Ok(p));
        let empty = Playthrough { scenario: "s".into(), hash: 1, seed: 0, responses: vec![] };
        assert_eq!(empty.encode(), "jc1 s 00000001 0");
        assert_eq!(Playthrough::decode(&empty.encode()), Ok(empty));
        assert_eq!(decode_response("r"), Some(r(Answer::Rate(vec![]), None)));
    }

    #[test]
    fn damaged_or_foreign_text_is_refused_with_a_reason() {
        assert_eq!(Playthrough::decode(""), Err(DecodeError::Empty));
        assert_eq!(Playthrough::decode("{\"json\":1}"), Err(DecodeError::NotAPlaythrough));
        assert_eq!(Playthrough::decode("jc9 s 0 0"), Err(DecodeError::UnknownVersion("jc9".into())));
        assert_eq!(Playthrough::decode("jcx s 0 0"), Err(DecodeError::NotAPlaythrough));
        assert_eq!(Playthrough::decode("jc1"), Err(DecodeError::Missing("the scenario id")));
        assert_eq!(Playthrough::decode("jc1 s"), Err(DecodeError::Missing("the content hash")));
        assert_eq!(
            Playthrough::decode("jc1 s zz 0"),
            Err(DecodeError::Invalid { field: "the content hash", text: "zz".into() })
        );
        assert_eq!(
            Playthrough::decode("jc1 s 0 0 p1.x"),
            Err(DecodeError::InvalidResponse { number: 2, token: "x".into() })
        );
        assert_eq!(Playthrough::decode("jc1 s 0 0 p1 extra"), Err(DecodeError::TrailingText("extra".into())));
        for token in ["p", "p+1", "pc3", "p1c4", "p1c", "r8", "r0", "k_", "k_1_", "ka", "t2", "x1", "p1c3c3", "é"] {
            assert_eq!(decode_response(token), None, "{token}");
        }
        assert!(DecodeError::InvalidResponse { number: 2, token: "x".into() }.to_string().contains("response 2"));
    }

    #[test]
    fn shuffle_is_a_permutation_fixed_by_seed() {
        let a = shuffled(6, 7, 1);
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, (0..6).collect::<Vec<_>>());
        assert_eq!(a, shuffled(6, 7, 1));
    }

    #[test]
    fn permutations_are_checked() {
        assert!(is_permutation(&[2, 0, 1], 3));
        assert!(!is_permutation(&[0, 0, 1], 3));
        assert!(!is_permutation(&[0, 1], 3));
        assert!(!is_permutation(&[0, 1, 5], 3));
    }
}
