//! A validated scenario: the high-level form the rest of the app plays, scores and shows.
//!
//! A [`Scenario`] is only built by [`Scenario::new`], which the validator (behind
//! [`crate::load`], [`crate::check`] and [`crate::read`]) and the packed format call and which
//! checks every index it is handed, so every reference in it resolves: routes, states,
//! dimensions and raters are indices ([`NodeId`] for nodes), never names to look up. Read its
//! nodes through [`Scenario::node`], [`Scenario::decision`], [`Scenario::ending`] and the
//! iterators beside them.

use std::fmt;

use crate::condition::Condition;
use crate::markdown::Chunk;
use crate::source::Span;

/// The prompt shown when a decision asks for confidence without giving its own.
pub const DEFAULT_CONFIDENCE_PROMPT: &str = "How sure are you that this is a good call?";

/// The prompt shown when a decision asks for a rationale without giving its own.
pub const DEFAULT_RATIONALE_PROMPT: &str = "In a sentence, why?";

/// The overall score (0–100) that counts as passed when the header does not say.
pub const DEFAULT_PASS: u32 = 70;

/// A whole validated scenario.
///
/// Everything that holds or is named by an index is private (the nodes, the start, the
/// choices conditions test, the dimensions, states and raters): a scenario is built only by
/// [`Scenario::new`], which checks every index it is handed, so every [`NodeId`] and every
/// index inside a scenario is valid. The header's `meta` and the content `hash` are plain
/// data.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub meta: Meta,
    dimensions: Vec<Dimension>,
    states: Vec<StateVar>,
    raters: Vec<Rater>,
    /// Every block, in file order; routes and conditions refer to them by [`NodeId`].
    nodes: Vec<Node>,
    /// The node the story starts at.
    start: NodeId,
    /// A hash of the source text, so a saved playthrough can tell the file changed.
    pub hash: u32,
    /// Every (decision, option) pair that some `chose` condition tests, sorted: the only
    /// choices that can change where the story goes.
    tested: Vec<(NodeId, usize)>,
}

/// A node of a scenario, by its index in file order: what routes, conditions, the cursor,
/// histories and analysis hold. The persisted formats write it as the plain index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(usize);

impl NodeId {
    /// The node at this index in file order; [`Scenario::new`] checks that it exists.
    pub const fn new(index: usize) -> NodeId {
        NodeId(index)
    }

    /// Its index in file order.
    pub const fn index(self) -> usize {
        self.0
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Why [`Scenario::new`] refused its parts: an index that points at nothing of its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidIndex {
    /// The start or a route's target is not a node.
    Node,
    /// A `chose` condition names a node that is not a decision, or an option it lacks.
    Choice,
    /// An effect or a condition names a state variable that does not exist.
    State,
    /// Evidence names a dimension that does not exist.
    Dimension,
    /// A rating names a rater who does not exist.
    Rater,
}

impl fmt::Display for InvalidIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            InvalidIndex::Node => "a route or the start leads to a block that does not exist",
            InvalidIndex::Choice => "a condition tests a choice that does not exist",
            InvalidIndex::State => "a state variable that does not exist is used",
            InvalidIndex::Dimension => "evidence is given for a dimension that does not exist",
            InvalidIndex::Rater => "a rating is given by a rater who does not exist",
        })
    }
}

impl std::error::Error for InvalidIndex {}

/// Everything a scenario's header says about it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub level: Option<Level>,
    /// About how long one playthrough takes.
    pub minutes: Option<u32>,
    pub skills: Vec<String>,
    /// The seed ideas the scenario trains.
    pub seeds: Vec<String>,
    /// Bumped by the author when the content changes; 1 when not given.
    pub version: u32,
    /// A BCP 47 language tag; `en` when not given.
    pub language: String,
    /// The overall score (0–100) that counts as passed.
    pub pass: u32,
    /// What the learner is trying to achieve, shown at the start and in the debrief.
    pub goal: String,
}

/// Who a scenario is written for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Junior,
    Mid,
    Senior,
    Lead,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Junior, Level::Mid, Level::Senior, Level::Lead];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Junior => "junior",
            Level::Mid => "mid",
            Level::Senior => "senior",
            Level::Lead => "lead",
        }
    }
}

/// A competency that options give evidence for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dimension {
    pub id: String,
    pub label: String,
}

/// A declared state variable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateVar {
    pub id: String,
    /// What the debrief and the Author view call it.
    pub label: String,
    pub kind: StateKind,
    /// Its value when a playthrough starts; of the variable's kind and within its range.
    pub initial: Value,
}

/// The type of a state variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateKind {
    /// A whole number kept within `low..=high`.
    Number {
        low: i64,
        high: i64,
    },
    Flag,
}

/// The value of a state variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Number(i64),
    Flag(bool),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Flag(b) => write!(f, "{b}"),
        }
    }
}

/// An expert on the rating panel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rater {
    pub id: String,
    /// Who they are and what they weigh.
    pub description: String,
}

/// One block of the story: a scene, a decision or an ending.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    /// Where the block's id is written, so later passes (analysis) can point at it.
    pub span: Span,
    pub prose: Vec<ProseChunk>,
    pub kind: NodeKind,
}

/// A chunk of prose, shown only when its condition (from `[if …]`) holds on arrival.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProseChunk {
    pub condition: Option<Condition>,
    pub chunk: Chunk,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    /// Narrative that flows on by its routes.
    Scene {
        routes: Vec<Route>,
    },
    Decision(Decision),
    Ending(Ending),
}

/// Where the story may go next: the first route whose condition holds is taken. The last
/// route of every list has no condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub condition: Option<Condition>,
    pub target: Target,
}

/// A route's destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A node.
    Node(NodeId),
    /// The first ending, in file order, whose `when:` holds; one without `when:` always does.
    End,
}

/// What a decision asks of the learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionKind {
    /// Pick one option.
    Pick,
    /// Rate every option from 1 to 7.
    Rate,
    /// Order the options best to worst.
    Rank,
    /// Tick the considerations that matter.
    Considerations,
    /// Tick the facts that, if different, would change the best answer.
    Pivot,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 5] =
        [DecisionKind::Pick, DecisionKind::Rate, DecisionKind::Rank, DecisionKind::Considerations, DecisionKind::Pivot];

    pub fn as_str(self) -> &'static str {
        match self {
            DecisionKind::Pick => "pick",
            DecisionKind::Rate => "rate",
            DecisionKind::Rank => "rank",
            DecisionKind::Considerations => "considerations",
            DecisionKind::Pivot => "pivot",
        }
    }

    /// True for the kinds whose options are weighted items to tick.
    pub fn is_checklist(self) -> bool {
        matches!(self, DecisionKind::Considerations | DecisionKind::Pivot)
    }
}

/// A point where the learner responds.
#[derive(Clone, Debug, PartialEq)]
pub struct Decision {
    pub kind: DecisionKind,
    /// The question put to the learner.
    pub ask: String,
    /// The confidence prompt, when the decision asks how sure the learner is.
    pub confidence: Option<String>,
    /// The prompt for a short free-text reason, when the decision asks for one.
    pub rationale: Option<String>,
    /// The expert reasoning ("if X then A; if Y then B; here X, so A").
    pub reasoning: Vec<Chunk>,
    /// Facilitator discussion prompts.
    pub discuss: Vec<String>,
    /// How much this decision counts; positive.
    pub weight: f64,
    /// The options (for `considerations` and `pivot`, the items), in authored order.
    pub options: Vec<Choice>,
    /// The decision's own routes: for `pick`, used by options without routes of their own.
    pub routes: Vec<Route>,
}

/// One option at a decision, or one item of a checklist.
///
/// Options of `pick`, `rate` and `rank` decisions have ratings (three raters or more) and
/// may have evidence and feedback; only `pick` options have effects and routes. Items of
/// `considerations` and `pivot` decisions have a non-zero weight and maybe a stakeholder,
/// and nothing else.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: String,
    pub ratings: Vec<Rating>,
    pub evidence: Vec<Evidence>,
    pub effects: Vec<Effect>,
    /// What happens straight after (intrinsic feedback).
    pub consequence: Vec<Chunk>,
    /// Why it was or wasn't a good call (instructional feedback).
    pub coaching: Vec<Chunk>,
    pub routes: Vec<Route>,
    /// What the option does, from the vocabulary of [`Move`]: what reflex bots read.
    pub r#move: Option<Move>,
    /// An item's weight: positive when it matters, negative for a distractor; 0 for options.
    pub weight: i32,
    /// Whose concern an item is.
    pub stakeholder: Option<String>,
}

/// What an option *does*, whatever its wording: the small vocabulary an author tags every
/// option with (`move: scope`), so that analysis can play by reflex ("never escalate",
/// "always pilot first") and show whether a reflex passes. docs/authoring-guide.md gives
/// examples of each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Move {
    /// Find out before acting: data, tickets, research, questions asked to learn.
    Investigate,
    /// Ask the people affected for their view or agreement before deciding.
    Consult,
    /// Tell people what is decided or what is happening.
    Inform,
    /// Make a case to whoever decides: a pitch, a proposal, an argument.
    Advocate,
    /// Raise a hard matter directly with the person it concerns.
    Confront,
    /// Hand the call or the problem upward, for someone senior to decide or act.
    Escalate,
    /// Hand the work or the call to someone else: a peer, a report, a team.
    Delegate,
    /// Wait, postpone or park it until later.
    Defer,
    /// Do part of it: a pilot, a trial, a time-box, a phase, a both-and compromise.
    Scope,
    /// Go all in on one course now.
    Commit,
    /// Say no: refuse, stop, cut, kill.
    Decline,
    /// Act quietly, around people, or without telling those it affects.
    Covert,
}

impl Move {
    pub const ALL: [Move; 12] = [
        Move::Investigate,
        Move::Consult,
        Move::Inform,
        Move::Advocate,
        Move::Confront,
        Move::Escalate,
        Move::Delegate,
        Move::Defer,
        Move::Scope,
        Move::Commit,
        Move::Decline,
        Move::Covert,
    ];

    /// The word an author writes after `move:`.
    pub fn as_str(self) -> &'static str {
        match self {
            Move::Investigate => "investigate",
            Move::Consult => "consult",
            Move::Inform => "inform",
            Move::Advocate => "advocate",
            Move::Confront => "confront",
            Move::Escalate => "escalate",
            Move::Delegate => "delegate",
            Move::Defer => "defer",
            Move::Scope => "scope",
            Move::Commit => "commit",
            Move::Decline => "decline",
            Move::Covert => "covert",
        }
    }

    /// The move an author's word names, if any.
    pub fn named(word: &str) -> Option<Move> {
        Move::ALL.into_iter().find(|m| m.as_str() == word)
    }
}

/// One rater's rating of an option, 1–7.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    /// Index into [`Scenario::raters`].
    pub rater: usize,
    pub value: u8,
}

/// Evidence an option gives for a dimension, from −1 to +1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    /// Index into [`Scenario::dimensions`].
    pub dimension: usize,
    pub weight: f64,
}

/// A change to state, made when its option is picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Effect {
    /// Index into [`Scenario::states`].
    pub state: usize,
    pub change: Change,
    /// How many more decisions are answered before it lands; 0 for at once.
    pub delay: u32,
    /// False when the learner is not told of the change as it happens.
    pub visible: bool,
}

/// How an effect changes its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// Adds to a number (negative to subtract), then clamps it to its range.
    Add(i64),
    /// Sets a number or a flag.
    Set(Value),
}

/// A terminal block; its prose is the debrief text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ending {
    pub title: String,
    /// When `-> end` may pick this ending; `None` means always.
    pub when: Option<Condition>,
}

/// Stands in for a node when asked for an id from another scenario, which the engine never
/// does; it keeps [`Scenario::node`] total without panicking.
static NOWHERE: Node = Node {
    id: String::new(),
    span: Span { start: 0, end: 0 },
    prose: Vec::new(),
    kind: NodeKind::Scene { routes: Vec::new() },
};

impl Scenario {
    /// A scenario from its parts, when every index in them points at something: the start,
    /// every route's target, every state, dimension and rater named, and every choice a
    /// condition tests (a decision's option). The choices conditions test are read from the
    /// conditions. The validator and the packed format both build scenarios here.
    pub fn new(
        meta: Meta,
        dimensions: Vec<Dimension>,
        states: Vec<StateVar>,
        raters: Vec<Rater>,
        nodes: Vec<Node>,
        start: NodeId,
        hash: u32,
    ) -> Result<Scenario, InvalidIndex> {
        let mut scenario = Scenario { meta, dimensions, states, raters, nodes, start, hash, tested: Vec::new() };
        scenario.check()?;
        // Kept sorted and unique as it is built: a handful of pairs, and no sorting code in
        // the play module's download.
        let mut tested: Vec<(NodeId, usize)> = Vec::new();
        for condition in scenario.conditions() {
            condition.chose_pairs(&mut |d, o| {
                if let Err(at) = tested.binary_search(&(d, o)) {
                    tested.insert(at, (d, o));
                }
            });
        }
        scenario.tested = tested;
        Ok(scenario)
    }

    /// Checks every index in the scenario.
    fn check(&self) -> Result<(), InvalidIndex> {
        let node = |id: NodeId| if id.0 < self.nodes.len() { Ok(()) } else { Err(InvalidIndex::Node) };
        node(self.start)?;
        for n in &self.nodes {
            let (routes, options): (&[Route], &[Choice]) = match &n.kind {
                NodeKind::Scene { routes } => (routes, &[]),
                NodeKind::Decision(d) => (&d.routes, &d.options),
                NodeKind::Ending(_) => (&[], &[]),
            };
            for route in routes.iter().chain(options.iter().flat_map(|o| &o.routes)) {
                if let Target::Node(id) = route.target {
                    node(id)?;
                }
            }
            for option in options {
                if option.ratings.iter().any(|r| r.rater >= self.raters.len()) {
                    return Err(InvalidIndex::Rater);
                }
                if option.evidence.iter().any(|e| e.dimension >= self.dimensions.len()) {
                    return Err(InvalidIndex::Dimension);
                }
                if option.effects.iter().any(|e| e.state >= self.states.len()) {
                    return Err(InvalidIndex::State);
                }
            }
        }
        for condition in self.conditions() {
            let mut states = true;
            condition.states(&mut |s| states &= s < self.states.len());
            if !states {
                return Err(InvalidIndex::State);
            }
            let mut choices = true;
            condition.chose_pairs(&mut |d, o| choices &= self.decision(d).is_some_and(|d| o < d.options.len()));
            if !choices {
                return Err(InvalidIndex::Choice);
            }
        }
        Ok(())
    }

    /// The node with this id. An id from another scenario gives a nameless scene without
    /// prose or routes, never a panic.
    pub fn node(&self, id: NodeId) -> &Node {
        self.nodes.get(id.0).unwrap_or(&NOWHERE)
    }

    /// The decision with this id, if the node is one.
    pub fn decision(&self, id: NodeId) -> Option<&Decision> {
        match &self.nodes.get(id.0)?.kind {
            NodeKind::Decision(d) => Some(d),
            _ => None,
        }
    }

    /// The ending with this id, if the node is one.
    pub fn ending(&self, id: NodeId) -> Option<&Ending> {
        match &self.nodes.get(id.0)?.kind {
            NodeKind::Ending(e) => Some(e),
            _ => None,
        }
    }

    /// Every node in file order, with its id.
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = (NodeId, &Node)> + DoubleEndedIterator + Clone {
        self.nodes.iter().enumerate().map(|(i, n)| (NodeId(i), n))
    }

    /// The decisions in file order, with their ids.
    pub fn decisions(&self) -> impl Iterator<Item = (NodeId, &Decision)> + Clone {
        self.nodes().filter_map(|(id, n)| match &n.kind {
            NodeKind::Decision(d) => Some((id, d)),
            _ => None,
        })
    }

    /// The endings in file order, with their ids.
    pub fn endings(&self) -> impl Iterator<Item = (NodeId, &Ending)> + Clone {
        self.nodes().filter_map(|(id, n)| match &n.kind {
            NodeKind::Ending(e) => Some((id, e)),
            _ => None,
        })
    }

    /// The competencies options give evidence for, in declared order; [`Evidence::dimension`]
    /// indexes them.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }

    /// The state variables, in declared order; effects and conditions index them.
    pub fn states(&self) -> &[StateVar] {
        &self.states
    }

    /// The experts on the rating panel, in declared order; [`Rating::rater`] indexes them.
    pub fn raters(&self) -> &[Rater] {
        &self.raters
    }

    /// The node the story starts at.
    pub fn start(&self) -> NodeId {
        self.start
    }

    /// Every (decision, option) pair that some `chose` condition tests, sorted: the only
    /// choices that can change where the story goes.
    pub fn tested(&self) -> &[(NodeId, usize)] {
        &self.tested
    }

    /// Asks no decision for a rationale (a workshop's participants give theirs aloud).
    pub fn drop_rationales(&mut self) {
        for node in &mut self.nodes {
            if let NodeKind::Decision(d) = &mut node.kind {
                d.rationale = None;
            }
        }
    }

    /// Every condition in the scenario: on routes, prose lines and endings.
    pub fn conditions(&self) -> impl Iterator<Item = &Condition> {
        self.nodes.iter().flat_map(|node| {
            let prose = node.prose.iter().filter_map(|p| p.condition.as_ref());
            let routes: Box<dyn Iterator<Item = &Route>> = match &node.kind {
                NodeKind::Scene { routes } => Box::new(routes.iter()),
                NodeKind::Decision(d) => {
                    Box::new(d.routes.iter().chain(d.options.iter().flat_map(|o| o.routes.iter())))
                }
                NodeKind::Ending(_) => Box::new(std::iter::empty()),
            };
            let when = match &node.kind {
                NodeKind::Ending(e) => e.when.as_ref(),
                _ => None,
            };
            prose.chain(routes.filter_map(|r| r.condition.as_ref())).chain(when)
        })
    }

    /// The state values a playthrough starts with.
    pub fn initial_state(&self) -> Vec<Value> {
        self.states.iter().map(|s| s.initial).collect()
    }
}

impl StateVar {
    /// The state after a change: numbers clamp to the range, and a change of the wrong type
    /// (impossible in a validated scenario) leaves the value as it was.
    pub fn apply(&self, value: Value, change: Change) -> Value {
        match (self.kind, value, change) {
            (StateKind::Number { low, high }, Value::Number(n), Change::Add(delta)) => {
                Value::Number(n.saturating_add(delta).clamp(low, high.max(low)))
            }
            (StateKind::Number { low, high }, _, Change::Set(Value::Number(n))) => {
                Value::Number(n.clamp(low, high.max(low)))
            }
            (StateKind::Flag, _, Change::Set(Value::Flag(b))) => Value::Flag(b),
            _ => value,
        }
    }
}

/// FNV-1a over the source bytes: small, stable across platforms and versions.
pub fn content_hash(source: &str) -> u32 {
    source.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_clamp_to_the_range_and_keep_types() {
        let load = StateVar {
            id: "load".into(),
            label: "Load".into(),
            kind: StateKind::Number { low: 0, high: 100 },
            initial: Value::Number(40),
        };
        assert_eq!(load.apply(Value::Number(90), Change::Add(30)), Value::Number(100));
        assert_eq!(load.apply(Value::Number(10), Change::Add(-30)), Value::Number(0));
        assert_eq!(load.apply(Value::Number(10), Change::Add(i64::MAX)), Value::Number(100));
        assert_eq!(load.apply(Value::Number(10), Change::Set(Value::Number(55))), Value::Number(55));
        assert_eq!(load.apply(Value::Number(10), Change::Set(Value::Flag(true))), Value::Number(10));
        let flag = StateVar { id: "f".into(), label: "F".into(), kind: StateKind::Flag, initial: Value::Flag(false) };
        assert_eq!(flag.apply(Value::Flag(false), Change::Set(Value::Flag(true))), Value::Flag(true));
        assert_eq!(flag.apply(Value::Flag(false), Change::Add(1)), Value::Flag(false));
    }

    #[test]
    fn new_refuses_every_index_that_points_at_nothing() {
        let source = "id: s\ntitle: S\nrater a: A\nrater b: B\nrater c: C\ndimension j: J\nstate load: number 0..10 = 5\n\
            == decision d\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  evidence: j +1\n  effect: load + 1\n* y: Y\n  ratings: a 2, b 2, c 2\n\
            -> e if chose d.x\n-> end\n== ending e\ntitle: E\n";
        let s = crate::read(source).expect("reads");
        assert_eq!(s.tested(), [(NodeId::new(0), 0)]);
        assert_eq!(s.decisions().map(|(id, _)| id).collect::<Vec<_>>(), [NodeId::new(0)]);
        assert_eq!(s.endings().map(|(id, e)| (id, e.title.as_str())).collect::<Vec<_>>(), [(NodeId::new(1), "E")]);
        assert!(s.decision(NodeId::new(1)).is_none() && s.ending(NodeId::new(0)).is_none());
        assert_eq!(s.node(NodeId::new(7)).id, "", "a foreign id never panics");
        let rebuild = |start: NodeId, edit: &dyn Fn(&mut Scenario)| {
            let mut parts = s.clone();
            edit(&mut parts);
            let Scenario { meta, dimensions, states, raters, nodes, hash, .. } = parts;
            Scenario::new(meta, dimensions, states, raters, nodes, start, hash)
        };
        assert_eq!(rebuild(s.start(), &|_| {}), Ok(s.clone()));
        assert_eq!(rebuild(NodeId::new(2), &|_| {}), Err(InvalidIndex::Node));
        let mut bad = s.clone();
        if let NodeKind::Decision(d) = &mut bad.nodes[0].kind {
            d.routes[1].target = Target::Node(NodeId::new(9));
        }
        assert_eq!(rebuild(s.start(), &|p| p.nodes = bad.nodes.clone()), Err(InvalidIndex::Node));
        assert_eq!(rebuild(s.start(), &|p| p.raters.clear()), Err(InvalidIndex::Rater));
        assert_eq!(rebuild(s.start(), &|p| p.dimensions.clear()), Err(InvalidIndex::Dimension));
        assert_eq!(rebuild(s.start(), &|p| p.states.clear()), Err(InvalidIndex::State));
        let mut bad = s.clone();
        if let NodeKind::Decision(d) = &mut bad.nodes[0].kind {
            d.routes[0].condition = Some(Condition::Chose { decision: NodeId::new(0), option: 5 });
        }
        assert_eq!(rebuild(s.start(), &|p| p.nodes = bad.nodes.clone()), Err(InvalidIndex::Choice));
    }
}
