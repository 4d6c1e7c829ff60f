//! Conditions: the small expression language of routes, endings' `when:` and `[if …]` prose.
//!
//! ```text
//! condition := any
//! any       := all ("or" all)*
//! all       := unary ("and" unary)*
//! unary     := "not" unary | "(" any ")" | test
//! test      := "chose" DECISION "." OPTION
//!            | STATE (op NUMBER | ("==" | "!=") ("true" | "false"))?
//! op        := "<" | "<=" | ">" | ">=" | "==" | "!="
//! ```
//!
//! Reading a condition is two steps: [`read`] first parses the text into a tree of names
//! (reporting `invalid-condition`), then resolves the names against a [`Scope`] into a
//! [`Condition`] of indices (reporting unknown names, type mismatches and out-of-range
//! numbers). A resolved condition is evaluated with [`Condition::holds`], and written back
//! as text with [`render`].

use std::collections::HashMap;
use std::ops::Range;

use crate::diagnostic::{Diagnostic, code};
use crate::scenario::{DecisionKind, NodeId, Scenario, StateKind, StateVar, Value};
use crate::source::Span;

/// A condition with every name resolved to an index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Every part holds (`and`).
    All(Vec<Condition>),
    /// At least one part holds (`or`).
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// A number state compared with a number.
    Compare {
        state: usize,
        op: Op,
        value: i64,
    },
    /// A flag state has this value (`flagged`, `flagged == false`).
    Flag {
        state: usize,
        value: bool,
    },
    /// The learner chose this option at this decision (a node index) at some point so far.
    Chose {
        decision: NodeId,
        option: usize,
    },
}

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Op {
    fn from_str(text: &str) -> Option<Op> {
        Some(match text {
            "<" => Op::Lt,
            "<=" => Op::Le,
            ">" => Op::Gt,
            ">=" => Op::Ge,
            "==" => Op::Eq,
            "!=" => Op::Ne,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }

    pub fn apply(self, left: i64, right: i64) -> bool {
        match self {
            Op::Lt => left < right,
            Op::Le => left <= right,
            Op::Gt => left > right,
            Op::Ge => left >= right,
            Op::Eq => left == right,
            Op::Ne => left != right,
        }
    }
}

impl Condition {
    /// Calls `visit` with every (decision, option) pair this condition tests with `chose`.
    pub fn chose_pairs(&self, visit: &mut dyn FnMut(NodeId, usize)) {
        match self {
            Condition::All(parts) | Condition::Any(parts) => parts.iter().for_each(|c| c.chose_pairs(visit)),
            Condition::Not(inner) => inner.chose_pairs(visit),
            Condition::Chose { decision, option } => visit(*decision, *option),
            Condition::Compare { .. } | Condition::Flag { .. } => {}
        }
    }

    /// Calls `visit` with every state variable (by index) this condition reads.
    pub fn states(&self, visit: &mut dyn FnMut(usize)) {
        match self {
            Condition::All(parts) | Condition::Any(parts) => parts.iter().for_each(|c| c.states(visit)),
            Condition::Not(inner) => inner.states(visit),
            Condition::Compare { state, .. } | Condition::Flag { state, .. } => visit(*state),
            Condition::Chose { .. } => {}
        }
    }

    /// Whether the condition holds for these state values, given a test of the path so far
    /// (`chose(decision, option)`). Missing or mistyped values count as not holding.
    pub fn holds(&self, state: &[Value], chose: &dyn Fn(NodeId, usize) -> bool) -> bool {
        match self {
            Condition::All(parts) => parts.iter().all(|c| c.holds(state, chose)),
            Condition::Any(parts) => parts.iter().any(|c| c.holds(state, chose)),
            Condition::Not(inner) => !inner.holds(state, chose),
            Condition::Compare { state: i, op, value } => {
                matches!(state.get(*i), Some(Value::Number(n)) if op.apply(*n, *value))
            }
            Condition::Flag { state: i, value } => matches!(state.get(*i), Some(Value::Flag(f)) if f == value),
            Condition::Chose { decision, option } => chose(*decision, *option),
        }
    }
}

/// A condition as an author writes it, naming the scenario's states, decisions and options:
/// `support_load > 60 and not flagged`, `chose first-move.flag-it or (a or b)`. Reading the
/// text back gives the same condition, so graphs and transcripts can show conditions in the
/// author's own terms.
pub fn render(condition: &Condition, scenario: &Scenario) -> String {
    let mut out = String::new();
    write(&mut out, condition, scenario);
    out
}

fn write(out: &mut String, condition: &Condition, scenario: &Scenario) {
    // Parentheses go where reading the text back would otherwise build a different tree:
    // `or` inside `and`, any group inside `not`, and a group nested in one of its own kind.
    let group = |out: &mut String, parts: &[Condition], joiner: &str, nested: fn(&Condition) -> bool| {
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(joiner);
            }
            if nested(part) {
                out.push('(');
                write(out, part, scenario);
                out.push(')');
            } else {
                write(out, part, scenario);
            }
        }
    };
    match condition {
        Condition::All(parts) => group(out, parts, " and ", |c| matches!(c, Condition::All(_) | Condition::Any(_))),
        Condition::Any(parts) => group(out, parts, " or ", |c| matches!(c, Condition::Any(_))),
        Condition::Not(inner) => {
            out.push_str("not ");
            group(out, std::slice::from_ref(inner.as_ref()), "", |c| {
                matches!(c, Condition::All(_) | Condition::Any(_))
            });
        }
        Condition::Compare { state, op, value } => {
            out.push_str(&format!("{} {} {value}", state_id(scenario, *state), op.as_str()));
        }
        Condition::Flag { state, value: true } => out.push_str(state_id(scenario, *state)),
        Condition::Flag { state, value: false } => out.push_str(&format!("{} == false", state_id(scenario, *state))),
        Condition::Chose { decision, option } => {
            let option = scenario.decision(*decision).and_then(|d| d.options.get(*option)).map(|o| o.id.as_str());
            out.push_str(&format!("chose {}.{}", scenario.node(*decision).id, option.unwrap_or("?")));
        }
    }
}

/// A state's id; a validated scenario always has it, and `?` keeps rendering total anyway.
fn state_id(scenario: &Scenario, state: usize) -> &str {
    scenario.states().get(state).map_or("?", |s| s.id.as_str())
}

/// What a condition may name: declared state, and decisions with their options.
pub struct Scope<'a> {
    pub states: &'a [StateVar],
    /// Every block id with its index.
    pub blocks: &'a HashMap<&'a str, usize>,
    /// For each block index: the decision's kind and option ids, or `None` when the block is
    /// not a decision.
    pub decisions: &'a [Option<(DecisionKind, Vec<&'a str>)>],
}

/// Parses and resolves a condition. `locate` maps a byte range of `text` to its source span;
/// every problem goes to `diagnostics`, and the condition comes back only when it has none.
pub fn read(
    text: &str,
    scope: &Scope,
    locate: &dyn Fn(Range<usize>) -> Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Condition> {
    let tokens = match tokens(text) {
        Ok(tokens) => tokens,
        Err((range, message)) => {
            diagnostics.push(Diagnostic::error(code::INVALID_CONDITION, locate(range), message));
            return None;
        }
    };
    let mut parser = Parser { tokens: &tokens, at: 0, depth: 0, end: text.len() };
    let raw = parser.any().and_then(|raw| match parser.tokens.get(parser.at) {
        None => Ok(raw),
        Some(token) => Err((token.range.clone(), format!("expected `and`, `or` or the end, found `{}`", token.text))),
    });
    match raw {
        Ok(raw) => {
            let before = diagnostics.len();
            let condition = resolve(&raw, scope, locate, diagnostics);
            condition.filter(|_| diagnostics.len() == before)
        }
        Err((range, message)) => {
            let range = if range.is_empty() && text.trim().is_empty() { 0..text.len() } else { range };
            diagnostics.push(Diagnostic::error(code::INVALID_CONDITION, locate(range), message));
            None
        }
    }
}

/// A condition's word or symbol, with its byte range in the condition text.
#[derive(Clone, Debug)]
struct Token<'t> {
    text: &'t str,
    range: Range<usize>,
}

impl Token<'_> {
    fn is_word(&self) -> bool {
        self.text.chars().next().is_some_and(is_word_char)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.')
}

/// Splits a condition into words (ids, numbers, `DECISION.OPTION`) and symbols.
fn tokens(text: &str) -> Result<Vec<Token<'_>>, (Range<usize>, String)> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let end = if c.is_whitespace() {
            continue;
        } else if is_word_char(c) {
            let mut end = at + c.len_utf8();
            while let Some(&(i, c)) = chars.peek().filter(|&&(_, c)| is_word_char(c)) {
                end = i + c.len_utf8();
                chars.next();
            }
            end
        } else if matches!(c, '(' | ')') {
            at + 1
        } else if matches!(c, '<' | '>' | '=' | '!') {
            match chars.peek() {
                Some(&(_, '=')) => {
                    chars.next();
                    at + 2
                }
                _ if c == '=' => {
                    return Err((at..at + 1, "a comparison uses `==`, not `=`".to_string()));
                }
                _ if c == '!' => {
                    return Err((at..at + 1, "`!` alone is not an operator; write `not` or `!=`".to_string()));
                }
                _ => at + 1,
            }
        } else {
            return Err((at..at + c.len_utf8(), format!("`{c}` cannot appear in a condition")));
        };
        tokens.push(Token { text: &text[at..end], range: at..end });
    }
    Ok(tokens)
}

/// A parsed condition whose names are not yet resolved.
#[derive(Debug)]
enum Raw<'t> {
    All(Vec<Raw<'t>>),
    Any(Vec<Raw<'t>>),
    Not(Box<Raw<'t>>),
    /// A state name, alone or compared with a number, `true` or `false`.
    Test {
        name: Token<'t>,
        compare: Option<(Token<'t>, Token<'t>)>,
    },
    Chose {
        path: Token<'t>,
    },
}

/// Nesting deeper than this is refused rather than risking the stack on hostile input.
const MAX_DEPTH: usize = 32;

type ParseResult<'t> = Result<Raw<'t>, (Range<usize>, String)>;

struct Parser<'p, 't> {
    tokens: &'p [Token<'t>],
    at: usize,
    depth: usize,
    /// The length of the text, where "the end" is reported.
    end: usize,
}

impl<'t> Parser<'_, 't> {
    fn peek(&self) -> Option<&Token<'t>> {
        self.tokens.get(self.at)
    }

    fn eat(&mut self, text: &str) -> bool {
        let found = self.peek().is_some_and(|t| t.text == text);
        if found {
            self.at += 1;
        }
        found
    }

    fn next(&mut self, wanted: &str) -> Result<Token<'t>, (Range<usize>, String)> {
        match self.peek().cloned() {
            Some(token) => {
                self.at += 1;
                Ok(token)
            }
            None => Err((self.end..self.end, format!("expected {wanted}, found the end"))),
        }
    }

    fn any(&mut self) -> ParseResult<'t> {
        let mut parts = vec![self.all()?];
        while self.eat("or") {
            parts.push(self.all()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Raw::Any(parts) })
    }

    fn all(&mut self) -> ParseResult<'t> {
        let mut parts = vec![self.unary()?];
        while self.eat("and") {
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Raw::All(parts) })
    }

    fn unary(&mut self) -> ParseResult<'t> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let range = self.peek().map_or(self.end..self.end, |t| t.range.clone());
            return Err((range, "this condition nests too deeply".to_string()));
        }
        let result = self.unary_inner();
        self.depth -= 1;
        result
    }

    fn unary_inner(&mut self) -> ParseResult<'t> {
        let token = self.next("a state, `not`, `chose` or `(`")?;
        match token.text {
            "not" => Ok(Raw::Not(Box::new(self.unary()?))),
            "(" => {
                let inner = self.any()?;
                let close = self.next("`)`")?;
                if close.text != ")" {
                    return Err((close.range, format!("expected `)`, found `{}`", close.text)));
                }
                Ok(inner)
            }
            "chose" => {
                let path = self.next("DECISION.OPTION after `chose`")?;
                if !path.is_word() {
                    return Err((path.range, format!("expected DECISION.OPTION after `chose`, found `{}`", path.text)));
                }
                Ok(Raw::Chose { path })
            }
            "and" | "or" | "true" | "false" | ")" => {
                Err((token.range, format!("expected a test, found `{}`", token.text)))
            }
            _ if token.is_word() => {
                let compare = match self.peek().filter(|t| Op::from_str(t.text).is_some()).cloned() {
                    Some(op) => {
                        self.at += 1;
                        let value = self.next("a number, `true` or `false`")?;
                        if !value.is_word() {
                            return Err((value.range, format!("expected a number, found `{}`", value.text)));
                        }
                        Some((op, value))
                    }
                    None => None,
                };
                Ok(Raw::Test { name: token, compare })
            }
            _ => Err((token.range, format!("expected a test, found `{}`", token.text))),
        }
    }
}

/// Resolves names, pushing a diagnostic for each one that does not fit.
fn resolve(
    raw: &Raw,
    scope: &Scope,
    locate: &dyn Fn(Range<usize>) -> Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Condition> {
    let mut all = |parts: &[Raw]| -> Option<Vec<Condition>> {
        let resolved: Vec<Option<Condition>> = parts.iter().map(|p| resolve(p, scope, locate, diagnostics)).collect();
        resolved.into_iter().collect()
    };
    match raw {
        Raw::All(parts) => all(parts).map(Condition::All),
        Raw::Any(parts) => all(parts).map(Condition::Any),
        Raw::Not(inner) => resolve(inner, scope, locate, diagnostics).map(|c| Condition::Not(Box::new(c))),
        Raw::Test { name, compare } => test(name, compare.as_ref(), scope, locate, diagnostics),
        Raw::Chose { path } => chose(path, scope, locate, diagnostics),
    }
}

fn test(
    name: &Token,
    compare: Option<&(Token, Token)>,
    scope: &Scope,
    locate: &dyn Fn(Range<usize>) -> Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Condition> {
    let mut fail = |code: &'static str, range: Range<usize>, message: String| {
        diagnostics.push(Diagnostic::error(code, locate(range), message));
        None
    };
    let Some(index) = scope.states.iter().position(|s| s.id == name.text) else {
        return fail(code::UNKNOWN_STATE, name.range.clone(), format!("no state is called `{}`", name.text));
    };
    let var = &scope.states[index];
    let op = compare.and_then(|(op, _)| Op::from_str(op.text));
    match (&var.kind, compare, op) {
        (StateKind::Flag, None, _) => Some(Condition::Flag { state: index, value: true }),
        (StateKind::Number { .. }, None, _) => fail(
            code::TYPE_MISMATCH,
            name.range.clone(),
            format!("`{}` is a number; compare it, as in `{} > 50`", name.text, name.text),
        ),
        (StateKind::Flag, Some((op, value)), Some(which)) => {
            let flag = match value.text {
                "true" => true,
                "false" => false,
                _ => {
                    return fail(
                        code::TYPE_MISMATCH,
                        value.range.clone(),
                        format!("`{}` is a flag; test it alone, or compare it with `true` or `false`", name.text),
                    );
                }
            };
            match which {
                Op::Eq => Some(Condition::Flag { state: index, value: flag }),
                Op::Ne => Some(Condition::Flag { state: index, value: !flag }),
                _ => fail(
                    code::TYPE_MISMATCH,
                    op.range.clone(),
                    format!("`{}` is a flag; it compares only with `==` and `!=`", name.text),
                ),
            }
        }
        (StateKind::Number { low, high }, Some((_, value)), Some(op)) => {
            let Ok(number) = value.text.parse::<i64>() else {
                let code =
                    if matches!(value.text, "true" | "false") { code::TYPE_MISMATCH } else { code::INVALID_NUMBER };
                return fail(
                    code,
                    value.range.clone(),
                    format!("`{}` is a number; compare it with a whole number", name.text),
                );
            };
            if number < *low || number > *high {
                return fail(
                    code::OUT_OF_RANGE,
                    value.range.clone(),
                    format!("{number} is outside `{}`'s range {low}..{high}", name.text),
                );
            }
            Some(Condition::Compare { state: index, op, value: number })
        }
        // The parser only builds a comparison around a known operator.
        (_, Some((op, _)), None) => fail(code::INVALID_CONDITION, op.range.clone(), "unknown operator".to_string()),
    }
}

fn chose(
    path: &Token,
    scope: &Scope,
    locate: &dyn Fn(Range<usize>) -> Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Condition> {
    let mut fail = |code: &'static str, range: Range<usize>, message: String| {
        diagnostics.push(Diagnostic::error(code, locate(range), message));
        None
    };
    let Some((decision, option)) = path.text.split_once('.') else {
        return fail(
            code::INVALID_CONDITION,
            path.range.clone(),
            format!("`chose` takes DECISION.OPTION, as in `chose first-move.{}`", path.text),
        );
    };
    let start = path.range.start;
    let decision_range = start..start + decision.len();
    let option_range = start + decision.len() + 1..path.range.end;
    let Some(&index) = scope.blocks.get(decision) else {
        return fail(code::UNKNOWN_TARGET, decision_range, format!("no decision is called `{decision}`"));
    };
    let Some((kind, options)) = scope.decisions.get(index).and_then(Option::as_ref) else {
        return fail(code::UNKNOWN_TARGET, decision_range, format!("`{decision}` is not a decision"));
    };
    if matches!(kind, DecisionKind::Rate | DecisionKind::Rank) {
        return fail(
            code::INVALID_CONDITION,
            decision_range,
            format!("`{decision}` is a {} decision: nothing is chosen there", kind.as_str()),
        );
    }
    match options.iter().position(|o| *o == option) {
        Some(option) => Some(Condition::Chose { decision: NodeId::new(index), option }),
        None => fail(code::UNKNOWN_OPTION, option_range, format!("decision `{decision}` has no option `{option}`")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn states() -> Vec<StateVar> {
        vec![
            StateVar {
                id: "load".into(),
                label: "Load".into(),
                kind: StateKind::Number { low: 0, high: 100 },
                initial: Value::Number(40),
            },
            StateVar {
                id: "flagged".into(),
                label: "Flagged".into(),
                kind: StateKind::Flag,
                initial: Value::Flag(false),
            },
        ]
    }

    /// Reads a condition against a small scope: states `load` (0..100) and `flagged`, a pick
    /// decision `d` (block 1) with options `a` and `b`, a rate decision `r` (block 2), scene `s`.
    fn check(text: &str) -> (Option<Condition>, Vec<&'static str>) {
        let states = states();
        let blocks = HashMap::from([("s", 0), ("d", 1), ("r", 2)]);
        let decisions = [None, Some((DecisionKind::Pick, vec!["a", "b"])), Some((DecisionKind::Rate, vec!["x", "y"]))];
        let scope = Scope { states: &states, blocks: &blocks, decisions: &decisions };
        let mut diagnostics = Vec::new();
        let condition = read(text, &scope, &|r| Span::new(r.start, r.end), &mut diagnostics);
        (condition, diagnostics.iter().map(|d| d.code).collect())
    }

    #[test]
    fn precedence_and_binds_tighter_than_or() {
        let (condition, codes) = check("flagged or load > 5 and not chose d.b");
        assert!(codes.is_empty(), "{codes:?}");
        assert_eq!(
            condition,
            Some(Condition::Any(vec![
                Condition::Flag { state: 1, value: true },
                Condition::All(vec![
                    Condition::Compare { state: 0, op: Op::Gt, value: 5 },
                    Condition::Not(Box::new(Condition::Chose { decision: NodeId::new(1), option: 1 })),
                ]),
            ]))
        );
        let (grouped, _) = check("(flagged or load > 5) and load <= 90");
        assert!(matches!(grouped, Some(Condition::All(parts)) if matches!(parts[0], Condition::Any(_))));
    }

    #[test]
    fn evaluates_against_state_and_path() {
        let state = [Value::Number(50), Value::Flag(false)];
        let chose_a = |d: NodeId, o: usize| d == NodeId::new(1) && o == 0;
        let holds = |text: &str| check(text).0.expect("valid").holds(&state, &chose_a);
        assert!(holds("load >= 50 and load == 50 and load != 3 and load < 51 and load <= 50 and load > 49"));
        assert!(holds("not flagged and flagged == false and flagged != true"));
        assert!(holds("chose d.a and not chose d.b"));
        assert!(!holds("flagged or load < 10"));
        assert!(holds("load > -0"));
    }

    #[test]
    fn syntax_errors_are_invalid_condition() {
        for text in [
            "",
            "   ",
            "load >",
            "load = 5",
            "(flagged",
            "flagged)",
            "load > 5 load",
            "not",
            "chose",
            "a ! b",
            "x # y",
            "and",
        ] {
            assert_eq!(check(text).1, ["invalid-condition"], "{text:?}");
        }
        let deep = "(".repeat(100) + "flagged" + &")".repeat(100);
        assert_eq!(check(&deep).1, ["invalid-condition"]);
        assert_eq!(check(&"not ".repeat(100)).1, ["invalid-condition"]);
    }

    #[test]
    fn names_types_and_ranges_are_checked_all_at_once() {
        assert_eq!(
            check("nope > 3 or load or flagged > 1 or load > 101").1,
            ["unknown-state", "type-mismatch", "type-mismatch", "out-of-range"]
        );
        assert_eq!(check("flagged < true").1, ["type-mismatch"]);
        assert_eq!(check("load == true").1, ["type-mismatch"]);
        assert_eq!(check("load > 2.5").1, ["invalid-number"]);
        assert_eq!(
            check("chose x.a or chose s.a or chose d.c or chose r.x or chose d").1,
            ["unknown-target", "unknown-target", "unknown-option", "invalid-condition", "invalid-condition"]
        );
    }

    /// Every condition of a scenario that uses each construct renders to its canonical text
    /// and reads back to the same condition.
    #[test]
    fn rendering_round_trips_through_reading() {
        let source = "id: s\ntitle: S\nstate load: number -10..100 = 40\nstate flagged: flag\n\
            rater a: A\nrater b: B\nrater c: C\n\
            == decision d (considerations)\nask: Which?\n* x: X\n  weight: +1\n* y: Y\n  weight: -1\n\
            -> end if load > 60 and not flagged\n\
            -> end if chose d.x and (load >= -5 or load < 30)\n\
            -> end if not (flagged or load != 3) or flagged == false\n\
            -> end if (load <= 1 and flagged) and load == 2\n\
            -> end if flagged or (load > 1 or load > 2)\n\
            -> end\n\
            == ending e\ntitle: E\n";
        let scenario = crate::load(source).expect("the scenario loads");
        let written: Vec<&str> = source.lines().filter_map(|l| l.strip_prefix("-> end if ")).collect();
        let blocks = HashMap::from([("d", 0)]);
        let decisions = [Some((DecisionKind::Considerations, vec!["x", "y"]))];
        let scope = Scope { states: scenario.states(), blocks: &blocks, decisions: &decisions };
        let conditions: Vec<&Condition> = scenario.conditions().collect();
        assert_eq!(conditions.len(), written.len());
        for (condition, text) in conditions.into_iter().zip(written) {
            let rendered = render(condition, &scenario);
            assert_eq!(rendered, text);
            let mut diagnostics = Vec::new();
            let reread = read(&rendered, &scope, &|r| Span::new(r.start, r.end), &mut diagnostics);
            assert!(diagnostics.is_empty(), "{rendered}: {diagnostics:?}");
            assert_eq!(reread.as_ref(), Some(condition), "{rendered}");
        }
    }

    #[test]
    fn spans_point_at_the_offending_word() {
        let states = states();
        let scope = Scope { states: &states, blocks: &HashMap::new(), decisions: &[] };
        let mut diagnostics = Vec::new();
        read("flagged and lod > 3", &scope, &|r| Span::new(100 + r.start, 100 + r.end), &mut diagnostics);
        assert_eq!(diagnostics[0].span, Span::new(112, 115));
    }
}
