//! A compact binary form of a validated [`Scenario`], so the web app can play a scenario
//! without parsing and validating its text.
//!
//! Reading a scenario's text takes the parser and the validator, about 35 KB of gzipped
//! WebAssembly, most of it diagnostics the learner never sees. The built-in scenarios are
//! therefore packed when the app is built (the CLI's `stage`, run by Trunk; see Trunk.toml) and
//! the learner app links only [`decode`]. The Author view, which must read an author's own
//! text, is a module of its own with the whole engine (`modules/author`).
//!
//! The format is a magic word and a version, then the scenario's fields in declaration
//! order: unsigned numbers as LEB128, signed ones zig-zagged, `f64` as its 8 bytes, strings
//! as a length and UTF-8, lists as a count and their items, options as a 0/1 tag. It is an
//! internal format: the app and its packed files are always built together.
//!
//! **Invariant:** [`decode`] never panics, and every index in a scenario it returns is in
//! range (routes, states, dimensions, raters, the start), so a decoded scenario is as safe
//! to play as one from `engine::load`.

use std::fmt;

use engine::condition::{Condition, Op};
use engine::markdown::{Chunk, Inline};
use engine::scenario::{
    Change, Choice, Decision, DecisionKind, Dimension, Effect, Ending, Evidence, Level, Meta, Move, Node, NodeId,
    NodeKind, ProseChunk, Rater, Rating, Route, Scenario, StateKind, StateVar, Target, Value,
};
use engine::source::Span;

/// The first bytes of a packed scenario: the format and its version.
const MAGIC: &[u8; 4] = b"jcp2";

/// How deeply conditions and emphasis may nest in packed data before it is refused.
const MAX_DEPTH: usize = 64;

/// Why packed bytes could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackError {
    /// Not a packed scenario of this version.
    Format,
    /// The bytes end, or say something impossible, part way through.
    Damaged,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PackError::Format => "the file is not a packed scenario of this version of the app",
            PackError::Damaged => "the packed scenario is damaged",
        })
    }
}

impl std::error::Error for PackError {}

/// Packs a scenario.
pub fn encode(scenario: &Scenario) -> Vec<u8> {
    let mut w = Writer { out: MAGIC.to_vec() };
    scenario.put(&mut w);
    w.out
}

/// Reads what [`encode`] wrote.
pub fn decode(bytes: &[u8]) -> Result<Scenario, PackError> {
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(PackError::Format)?;
    let mut r = Reader { bytes: rest, limits: Limits::default(), depth: 0 };
    let scenario = Scenario::take(&mut r)?;
    if !r.bytes.is_empty() {
        return Err(PackError::Damaged);
    }
    Ok(scenario)
}

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }
}

/// The sizes of what has been read so far, to check the indices that refer to them.
#[derive(Clone, Copy, Default)]
struct Limits {
    dimensions: usize,
    states: usize,
    raters: usize,
    nodes: usize,
}

struct Reader<'a> {
    bytes: &'a [u8],
    limits: Limits,
    depth: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, PackError> {
        let (&first, rest) = self.bytes.split_first().ok_or(PackError::Damaged)?;
        self.bytes = rest;
        Ok(first)
    }

    fn uint(&mut self) -> Result<u64, PackError> {
        let mut n = 0_u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(PackError::Damaged)
    }

    fn int(&mut self) -> Result<i64, PackError> {
        let n = self.uint()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    fn index(&mut self, below: usize) -> Result<usize, PackError> {
        let n = self.uint()?;
        usize::try_from(n).ok().filter(|&i| i < below).ok_or(PackError::Damaged)
    }

    /// A count of items still to read; each takes at least one byte, which bounds it.
    fn count(&mut self) -> Result<usize, PackError> {
        let n = self.uint()?;
        usize::try_from(n).ok().filter(|&n| n <= self.bytes.len()).ok_or(PackError::Damaged)
    }

    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> Result<T, PackError>) -> Result<T, PackError> {
        if self.depth >= MAX_DEPTH {
            return Err(PackError::Damaged);
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }
}

/// A value that packs itself.
trait Pack: Sized {
    fn put(&self, w: &mut Writer);
    fn take(r: &mut Reader) -> Result<Self, PackError>;
}

impl Pack for u64 {
    fn put(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        r.uint()
    }
}

impl Pack for u32 {
    fn put(&self, w: &mut Writer) {
        w.uint(u64::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        u32::try_from(r.uint()?).map_err(|_| PackError::Damaged)
    }
}

impl Pack for usize {
    fn put(&self, w: &mut Writer) {
        w.uint(*self as u64);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        usize::try_from(r.uint()?).map_err(|_| PackError::Damaged)
    }
}

impl Pack for i64 {
    fn put(&self, w: &mut Writer) {
        w.int(*self);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        r.int()
    }
}

impl Pack for i32 {
    fn put(&self, w: &mut Writer) {
        w.int(i64::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        i32::try_from(r.int()?).map_err(|_| PackError::Damaged)
    }
}

impl Pack for u8 {
    fn put(&self, w: &mut Writer) {
        w.out.push(*self);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        r.byte()
    }
}

impl Pack for bool {
    fn put(&self, w: &mut Writer) {
        w.out.push(u8::from(*self));
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        match r.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(PackError::Damaged),
        }
    }
}

impl Pack for f64 {
    fn put(&self, w: &mut Writer) {
        w.out.extend_from_slice(&self.to_bits().to_le_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let (head, rest) = r.bytes.split_first_chunk::<8>().ok_or(PackError::Damaged)?;
        r.bytes = rest;
        Ok(f64::from_bits(u64::from_le_bytes(*head)))
    }
}

impl Pack for String {
    fn put(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        w.out.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let n = r.count()?;
        let (text, rest) = r.bytes.split_at_checked(n).ok_or(PackError::Damaged)?;
        r.bytes = rest;
        String::from_utf8(text.to_vec()).map_err(|_| PackError::Damaged)
    }
}

/// A list: its length, then each item.
fn put_list<T: Pack>(items: &[T], w: &mut Writer) {
    w.uint(items.len() as u64);
    for item in items {
        item.put(w);
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn put(&self, w: &mut Writer) {
        put_list(self, w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let n = r.count()?;
        (0..n).map(|_| T::take(r)).collect()
    }
}

impl<T: Pack> Pack for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.out.push(0),
            Some(value) => {
                w.out.push(1);
                value.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(if bool::take(r)? { Some(T::take(r)?) } else { None })
    }
}

impl Pack for Scenario {
    fn put(&self, w: &mut Writer) {
        self.hash.put(w);
        self.meta.put(w);
        put_list(self.dimensions(), w);
        put_list(self.states(), w);
        put_list(self.raters(), w);
        // The node count comes twice: once ahead, for the limits, and once as the list's own.
        self.nodes().len().put(w);
        self.nodes().len().put(w);
        for (_, node) in self.nodes() {
            node.put(w);
        }
        self.start().put(w);
        self.tested().len().put(w);
        for (decision, option) in self.tested() {
            decision.put(w);
            option.put(w);
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let hash = u32::take(r)?;
        let meta = Meta::take(r)?;
        let dimensions = Vec::<Dimension>::take(r)?;
        let states = Vec::<StateVar>::take(r)?;
        let raters = Vec::<Rater>::take(r)?;
        let nodes = r.count()?;
        r.limits = Limits { dimensions: dimensions.len(), states: states.len(), raters: raters.len(), nodes };
        let nodes = Vec::<Node>::take(r)?;
        if nodes.len() != r.limits.nodes {
            return Err(PackError::Damaged);
        }
        let start = NodeId::take(r)?;
        let n = r.count()?;
        let tested: Vec<(NodeId, usize)> =
            (0..n).map(|_| Ok((NodeId::take(r)?, usize::take(r)?))).collect::<Result<_, _>>()?;
        // The engine checks every index, and works out the tested choices for itself: the
        // packed ones must agree.
        let scenario =
            Scenario::new(meta, dimensions, states, raters, nodes, start, hash).map_err(|_| PackError::Damaged)?;
        if scenario.tested() != tested {
            return Err(PackError::Damaged);
        }
        Ok(scenario)
    }
}

impl Pack for NodeId {
    fn put(&self, w: &mut Writer) {
        self.index().put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(NodeId::new(r.index(r.limits.nodes)?))
    }
}

impl Pack for Meta {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.title.put(w);
        self.summary.put(w);
        self.level.map(|l| l as u8).put(w);
        self.minutes.put(w);
        self.skills.put(w);
        self.seeds.put(w);
        self.version.put(w);
        self.language.put(w);
        self.pass.put(w);
        self.goal.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Meta {
            id: String::take(r)?,
            title: String::take(r)?,
            summary: String::take(r)?,
            level: match <Option<u8> as Pack>::take(r)? {
                Some(l) => Some(*Level::ALL.get(usize::from(l)).ok_or(PackError::Damaged)?),
                None => None,
            },
            minutes: Pack::take(r)?,
            skills: Vec::take(r)?,
            seeds: Vec::take(r)?,
            version: u32::take(r)?,
            language: String::take(r)?,
            pass: u32::take(r)?,
            goal: String::take(r)?,
        })
    }
}

impl Pack for Dimension {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.label.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Dimension { id: String::take(r)?, label: String::take(r)? })
    }
}

impl Pack for Rater {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.description.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Rater { id: String::take(r)?, description: String::take(r)? })
    }
}

impl Pack for StateVar {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.label.put(w);
        match self.kind {
            StateKind::Number { low, high } => {
                w.out.push(0);
                low.put(w);
                high.put(w);
            }
            StateKind::Flag => w.out.push(1),
        }
        self.initial.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let id = String::take(r)?;
        let label = String::take(r)?;
        let kind = match r.byte()? {
            0 => StateKind::Number { low: i64::take(r)?, high: i64::take(r)? },
            1 => StateKind::Flag,
            _ => return Err(PackError::Damaged),
        };
        Ok(StateVar { id, label, kind, initial: Value::take(r)? })
    }
}

impl Pack for Value {
    fn put(&self, w: &mut Writer) {
        match self {
            Value::Number(n) => {
                w.out.push(0);
                n.put(w);
            }
            Value::Flag(b) => {
                w.out.push(1);
                b.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        match r.byte()? {
            0 => Ok(Value::Number(i64::take(r)?)),
            1 => Ok(Value::Flag(bool::take(r)?)),
            _ => Err(PackError::Damaged),
        }
    }
}

impl Pack for Node {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.span.start.put(w);
        self.span.end.put(w);
        self.prose.put(w);
        match &self.kind {
            NodeKind::Scene { routes } => {
                w.out.push(0);
                routes.put(w);
            }
            NodeKind::Decision(decision) => {
                w.out.push(1);
                decision.put(w);
            }
            NodeKind::Ending(ending) => {
                w.out.push(2);
                ending.title.put(w);
                ending.when.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let id = String::take(r)?;
        let span = Span::new(usize::take(r)?, usize::take(r)?);
        let prose = Vec::<ProseChunk>::take(r)?;
        let kind = match r.byte()? {
            0 => NodeKind::Scene { routes: Vec::take(r)? },
            1 => NodeKind::Decision(Decision::take(r)?),
            2 => NodeKind::Ending(Ending { title: String::take(r)?, when: Pack::take(r)? }),
            _ => return Err(PackError::Damaged),
        };
        Ok(Node { id, span, prose, kind })
    }
}

impl Pack for ProseChunk {
    fn put(&self, w: &mut Writer) {
        self.condition.put(w);
        self.chunk.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(ProseChunk { condition: Pack::take(r)?, chunk: Chunk::take(r)? })
    }
}

impl Pack for Route {
    fn put(&self, w: &mut Writer) {
        self.condition.put(w);
        match self.target {
            Target::End => w.uint(0),
            Target::Node(node) => w.uint(node.index() as u64 + 1),
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let condition = Pack::take(r)?;
        let target = match r.index(r.limits.nodes + 1)? {
            0 => Target::End,
            node => Target::Node(NodeId::new(node - 1)),
        };
        Ok(Route { condition, target })
    }
}

impl Pack for Decision {
    fn put(&self, w: &mut Writer) {
        w.out.push(self.kind as u8);
        self.ask.put(w);
        self.confidence.put(w);
        self.rationale.put(w);
        self.reasoning.put(w);
        self.discuss.put(w);
        self.weight.put(w);
        self.options.put(w);
        self.routes.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Decision {
            kind: *DecisionKind::ALL.get(usize::from(r.byte()?)).ok_or(PackError::Damaged)?,
            ask: String::take(r)?,
            confidence: Pack::take(r)?,
            rationale: Pack::take(r)?,
            reasoning: Vec::take(r)?,
            discuss: Vec::take(r)?,
            weight: f64::take(r)?,
            options: Vec::take(r)?,
            routes: Vec::take(r)?,
        })
    }
}

impl Pack for Choice {
    fn put(&self, w: &mut Writer) {
        self.id.put(w);
        self.text.put(w);
        self.ratings.put(w);
        self.evidence.put(w);
        self.effects.put(w);
        self.consequence.put(w);
        self.coaching.put(w);
        self.routes.put(w);
        self.r#move.map(|m| m as u8).put(w);
        self.weight.put(w);
        self.stakeholder.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Choice {
            id: String::take(r)?,
            text: String::take(r)?,
            ratings: Vec::take(r)?,
            evidence: Vec::take(r)?,
            effects: Vec::take(r)?,
            consequence: Vec::take(r)?,
            coaching: Vec::take(r)?,
            routes: Vec::take(r)?,
            r#move: match <Option<u8> as Pack>::take(r)? {
                Some(m) => Some(*Move::ALL.get(usize::from(m)).ok_or(PackError::Damaged)?),
                None => None,
            },
            weight: i32::take(r)?,
            stakeholder: Pack::take(r)?,
        })
    }
}

impl Pack for Rating {
    fn put(&self, w: &mut Writer) {
        self.rater.put(w);
        self.value.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Rating { rater: r.index(r.limits.raters)?, value: u8::take(r)? })
    }
}

impl Pack for Evidence {
    fn put(&self, w: &mut Writer) {
        self.dimension.put(w);
        self.weight.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(Evidence { dimension: r.index(r.limits.dimensions)?, weight: f64::take(r)? })
    }
}

impl Pack for Effect {
    fn put(&self, w: &mut Writer) {
        self.state.put(w);
        match self.change {
            Change::Add(n) => {
                w.out.push(0);
                n.put(w);
            }
            Change::Set(value) => {
                w.out.push(1);
                value.put(w);
            }
        }
        self.delay.put(w);
        self.visible.put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        let state = r.index(r.limits.states)?;
        let change = match r.byte()? {
            0 => Change::Add(i64::take(r)?),
            1 => Change::Set(Value::take(r)?),
            _ => return Err(PackError::Damaged),
        };
        Ok(Effect { state, change, delay: u32::take(r)?, visible: bool::take(r)? })
    }
}

impl Pack for Condition {
    fn put(&self, w: &mut Writer) {
        match self {
            Condition::All(parts) => {
                w.out.push(0);
                parts.put(w);
            }
            Condition::Any(parts) => {
                w.out.push(1);
                parts.put(w);
            }
            Condition::Not(inner) => {
                w.out.push(2);
                inner.put(w);
            }
            Condition::Compare { state, op, value } => {
                w.out.push(3);
                state.put(w);
                w.out.push(*op as u8);
                value.put(w);
            }
            Condition::Flag { state, value } => {
                w.out.push(4);
                state.put(w);
                value.put(w);
            }
            Condition::Chose { decision, option } => {
                w.out.push(5);
                decision.put(w);
                option.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        const OPS: [Op; 6] = [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne];
        r.nested(|r| {
            Ok(match r.byte()? {
                0 => Condition::All(Vec::take(r)?),
                1 => Condition::Any(Vec::take(r)?),
                2 => Condition::Not(Box::new(Condition::take(r)?)),
                3 => Condition::Compare {
                    state: r.index(r.limits.states)?,
                    op: *OPS.get(usize::from(r.byte()?)).ok_or(PackError::Damaged)?,
                    value: i64::take(r)?,
                },
                4 => Condition::Flag { state: r.index(r.limits.states)?, value: bool::take(r)? },
                5 => Condition::Chose { decision: NodeId::take(r)?, option: usize::take(r)? },
                _ => return Err(PackError::Damaged),
            })
        })
    }
}

impl Pack for Box<Condition> {
    fn put(&self, w: &mut Writer) {
        (**self).put(w);
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Condition::take(r).map(Box::new)
    }
}

impl Pack for Chunk {
    fn put(&self, w: &mut Writer) {
        match self {
            Chunk::Paragraph(content) => {
                w.out.push(0);
                content.put(w);
            }
            Chunk::List(items) => {
                w.out.push(1);
                items.put(w);
            }
            Chunk::Quote(paragraphs) => {
                w.out.push(2);
                paragraphs.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        Ok(match r.byte()? {
            0 => Chunk::Paragraph(Vec::take(r)?),
            1 => Chunk::List(Vec::take(r)?),
            2 => Chunk::Quote(Vec::take(r)?),
            _ => return Err(PackError::Damaged),
        })
    }
}

impl Pack for Inline {
    fn put(&self, w: &mut Writer) {
        match self {
            Inline::Text(text) => {
                w.out.push(0);
                text.put(w);
            }
            Inline::Emphasis(inner) => {
                w.out.push(1);
                inner.put(w);
            }
            Inline::Strong(inner) => {
                w.out.push(2);
                inner.put(w);
            }
            Inline::Link { text, href } => {
                w.out.push(3);
                text.put(w);
                href.put(w);
            }
        }
    }
    fn take(r: &mut Reader) -> Result<Self, PackError> {
        r.nested(|r| {
            Ok(match r.byte()? {
                0 => Inline::Text(String::take(r)?),
                1 => Inline::Emphasis(Vec::take(r)?),
                2 => Inline::Strong(Vec::take(r)?),
                3 => Inline::Link { text: String::take(r)?, href: String::take(r)? },
                _ => return Err(PackError::Damaged),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORY: &str = "id: t\ntitle: T\nlevel: senior\nminutes: 5\nskills: a, b\n\
        dimension judgement: Judgement\n\
        state load: number 0..100 = 40 \"Load\"\nstate flagged: flag = false \"Flagged\"\n\
        rater a: A\nrater b: B\nrater c: C\n\
        == scene s\nIt is *late* and **dark**; see [the notes](https://example.com).\n\n- one\n- two\n\n> a quote\n\
        [if load > 50] Busy.\n-> d\n\
        == decision d\nask: Now?\nconfidence:\nrationale:\n\
        reasoning: If X then A; here X, so A.\n\
        * go: Go\n  ratings: a 6, b 6, c 5\n  evidence: judgement +0.5\n  effect: load + 20 after 1 hidden\n  \
        consequence: It goes.\n  coaching: Good.\n  -> e\n\
        * stop: Stop\n  ratings: a 2, b 3, c 2\n  effect: flagged = true\n  -> e\n\
        == decision e (considerations)\nask: What matters?\n* x: X\n  weight: +2\n  stakeholder: Support\n* y: Y\n  weight: -2\n\
        [if chose d.go and not (load < 10 or flagged)] Chose go.\n-> end\n\
        == ending calm\ntitle: Calm\nwhen: flagged == false\nAll calm.\n== ending other\ntitle: Other\n";

    #[test]
    fn a_scenario_survives_packing_exactly() {
        let scenario = engine::load(STORY).expect("loads");
        assert_eq!(decode(&encode(&scenario)), Ok(scenario));
    }

    #[test]
    fn truncated_or_foreign_bytes_are_refused_without_panicking() {
        let packed = encode(&engine::load(STORY).expect("loads"));
        for end in 0..packed.len() {
            assert!(decode(&packed[..end]).is_err(), "{end}");
        }
        assert_eq!(decode(b"jc1 t 0 0"), Err(PackError::Format));
        let mut longer = packed.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(PackError::Damaged));
        // Every single-byte corruption reads or fails cleanly.
        for at in 4..packed.len() {
            let mut bad = packed.clone();
            bad[at] ^= 0xff;
            let _ = decode(&bad);
        }
    }
}
