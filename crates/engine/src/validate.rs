//! [`syntax::File`] to [`Scenario`]: checks meaning and resolves every reference.
//!
//! Validation reports every problem it finds, never only the first, and builds a scenario
//! only when none of them is an error. It runs as small passes: the header (metadata and
//! declarations), the block ids and decision kinds (which conditions need before any block
//! is read), then each block with its fields, prose, options and routes, and last the checks
//! that span blocks (`start:`, and the ending that `-> end` falls back on).

use std::collections::HashMap;

use crate::condition::{self, Condition, Scope};
use crate::diagnostic::{Diagnostic, code, has_errors};
use crate::markdown;
use crate::parse::{is_id, words};
use crate::scenario::{
    Change, Choice, DEFAULT_CONFIDENCE_PROMPT, DEFAULT_PASS, DEFAULT_RATIONALE_PROMPT, Decision, DecisionKind,
    Dimension, Effect, Ending, Evidence, Level, Meta, Move, Node, NodeId, NodeKind, ProseChunk, Rater, Rating, Route,
    Scenario, StateKind, StateVar, Target, Value,
};
use crate::source::Span;
use crate::syntax::{self, Block, BlockKind, Field, File, OptionItem, ProseLine, Spanned, keys};

/// The fewest raters an option's ratings may come from.
pub const MIN_RATERS: usize = 3;

/// Checks a parsed file; returns the scenario when there is no error, and every diagnostic.
pub fn validate(file: &File, hash: u32) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let header = header(&file.header, &mut diagnostics);
    let blocks = block_ids(&file.blocks, &mut diagnostics);
    let kinds: Vec<Option<DecisionKind>> = file.blocks.iter().map(|b| decision_kind(b, &mut diagnostics)).collect();
    let decisions: Vec<Option<(DecisionKind, Vec<&str>)>> = file
        .blocks
        .iter()
        .zip(&kinds)
        .map(|(block, kind)| kind.map(|k| (k, block.options.iter().map(|o| o.id.text.as_str()).collect())))
        .collect();
    let mut v = Validator {
        diagnostics,
        scope: Scope { states: &header.states, blocks: &blocks, decisions: &decisions },
        dimensions: &header.dimensions,
        raters: &header.raters,
        end_routes: Vec::new(),
    };
    let nodes: Vec<Node> = file.blocks.iter().zip(&kinds).map(|(block, kind)| v.node(block, *kind)).collect();
    let start = v.start(header.start);
    v.end_fallback(&file.blocks);
    let mut diagnostics = v.diagnostics;
    if file.blocks.is_empty() {
        diagnostics.push(Diagnostic::error(
            code::EMPTY_SCENARIO,
            Span::default(),
            "a scenario needs at least one block: start one with `== scene some-id`",
        ));
    }
    if has_errors(&diagnostics) {
        return (None, diagnostics);
    }
    // Every reference has resolved by now, so the indices are valid and this never refuses.
    let scenario = Scenario::new(header.meta, header.dimensions, header.states, header.raters, nodes, start, hash);
    (scenario.ok(), diagnostics)
}

/// What the header holds, read and checked.
struct Header<'f> {
    meta: Meta,
    dimensions: Vec<Dimension>,
    states: Vec<StateVar>,
    raters: Vec<Rater>,
    start: Option<&'f Field>,
    /// Every declaration's key and id, valid or not, so a repeat is caught either way.
    declared: Vec<(&'f str, &'f str)>,
}

fn header<'f>(fields: &'f [Field], diagnostics: &mut Vec<Diagnostic>) -> Header<'f> {
    let mut header = Header {
        meta: Meta { version: 1, language: "en".into(), pass: DEFAULT_PASS, ..Meta::default() },
        dimensions: Vec::new(),
        states: Vec::new(),
        raters: Vec::new(),
        start: None,
        declared: Vec::new(),
    };
    let mut seen: Vec<&str> = Vec::new();
    for field in fields {
        let key = field.key.text.as_str();
        if keys::DECLARATION.contains(&key) {
            declaration(field, &mut header, diagnostics);
            continue;
        }
        if !keys::HEADER.contains(&key) {
            diagnostics.push(Diagnostic::error(
                code::UNKNOWN_FIELD,
                field.key.span,
                format!("`{key}` is not a header field; the header has {}", list(keys::HEADER)),
            ));
            continue;
        }
        if let Some(name) = &field.name {
            diagnostics.push(Diagnostic::error(
                code::UNKNOWN_FIELD,
                name.span,
                format!("`{key}` takes no id; only `dimension`, `state` and `rater` declarations do"),
            ));
            continue;
        }
        if seen.contains(&key) {
            diagnostics.push(Diagnostic::error(
                code::DUPLICATE_FIELD,
                field.key.span,
                format!("`{key}` is given twice"),
            ));
            continue;
        }
        seen.push(key);
        meta_field(field, &mut header, diagnostics);
    }
    for key in ["id", "title"] {
        if !seen.contains(&key) {
            diagnostics.push(Diagnostic::error(
                code::MISSING_FIELD,
                Span::default(),
                format!("the header needs `{key}: …`"),
            ));
        }
    }
    header
}

fn meta_field<'f>(field: &'f Field, header: &mut Header<'f>, diagnostics: &mut Vec<Diagnostic>) {
    let text = flat(&field.value.text);
    let meta = &mut header.meta;
    let mut problem = |code: &'static str, message: String| {
        diagnostics.push(Diagnostic::error(code, field.value.span, message));
    };
    match field.key.text.as_str() {
        "id" if !is_id(&text) => problem(
            code::INVALID_VALUE,
            "a scenario id is one word of letters, digits, `-` and `_`; the file is named after it".into(),
        ),
        "id" => meta.id = text,
        "title" if text.is_empty() => {
            diagnostics.push(Diagnostic::error(code::MISSING_FIELD, field.key.span, "the title is empty"))
        }
        "title" => meta.title = text,
        "summary" => meta.summary = text,
        "goal" => meta.goal = text,
        "level" => match Level::ALL.into_iter().find(|l| l.as_str() == text) {
            Some(level) => meta.level = Some(level),
            None => problem(code::INVALID_VALUE, "the level is junior, mid, senior or lead".into()),
        },
        "minutes" => match text.parse::<u32>() {
            Ok(minutes) => meta.minutes = Some(minutes),
            Err(_) => problem(code::INVALID_NUMBER, "minutes is a whole number".into()),
        },
        "version" => match text.parse::<u32>() {
            Ok(0) => problem(code::OUT_OF_RANGE, "versions count from 1".into()),
            Ok(version) => meta.version = version,
            Err(_) => problem(code::INVALID_NUMBER, "the version is a whole number".into()),
        },
        "pass" => match text.parse::<u32>() {
            Ok(pass) if pass <= 100 => meta.pass = pass,
            Ok(_) => problem(code::OUT_OF_RANGE, "the pass mark is a score from 0 to 100".into()),
            Err(_) => problem(code::INVALID_NUMBER, "the pass mark is a whole number from 0 to 100".into()),
        },
        "language" if !is_language_tag(&text) => {
            problem(code::INVALID_VALUE, format!("`{text}` is not a BCP 47 language tag such as `en` or `pt-BR`"))
        }
        "language" => meta.language = text,
        "skills" => meta.skills = comma_list(&text),
        "seeds" => meta.seeds = comma_list(&text),
        "start" => header.start = Some(field),
        _ => {}
    }
}

fn declaration<'f>(field: &'f Field, header: &mut Header<'f>, diagnostics: &mut Vec<Diagnostic>) {
    let key = field.key.text.as_str();
    let Some(name) = &field.name else {
        diagnostics.push(Diagnostic::error(
            code::MISSING_ID,
            field.key.span,
            format!("a {key} declaration needs an id: `{key} some-id: …`"),
        ));
        return;
    };
    let id = name.text.clone();
    let taken = header.declared.contains(&(key, name.text.as_str()));
    header.declared.push((key, name.text.as_str()));
    if taken {
        diagnostics.push(Diagnostic::error(
            code::DUPLICATE_ID,
            name.span,
            format!("`{id}` is already a declared {key}"),
        ));
    }
    let text = flat(&field.value.text);
    match key {
        "dimension" => {
            let label = if text.is_empty() { id.clone() } else { text };
            if !taken {
                header.dimensions.push(Dimension { id, label });
            }
        }
        "state" => {
            if let Some(state) = state_declaration(field, &id, diagnostics).filter(|_| !taken) {
                header.states.push(state);
            }
        }
        _ => {
            if !taken {
                header.raters.push(Rater { id, description: text });
            }
        }
    }
}

/// `number LOW..HIGH = INITIAL "label"` or `flag = true|false "label"`.
fn state_declaration(field: &Field, id: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<StateVar> {
    let text = field.value.text.as_str();
    let mut fail = |code: &'static str, range: std::ops::Range<usize>, message: &str| {
        diagnostics.push(Diagnostic::error(code, field.sub(range), message.to_string()));
        None
    };
    let (spec, label) = match text.find('"') {
        Some(quote) => match text[quote + 1..].strip_suffix('"') {
            Some(label) if !label.contains('"') => (&text[..quote], flat(label)),
            _ => {
                return fail(
                    code::INVALID_VALUE,
                    quote..text.len(),
                    "the label goes last, in double quotes: \"Support load\"",
                );
            }
        },
        None => (text, id.to_string()),
    };
    let tokens = spec_tokens(spec);
    let shape = "a state reads `number LOW..HIGH = INITIAL \"label\"` or `flag = true|false \"label\"`";
    let (kind, initial_tokens) = match tokens.split_first() {
        Some(((_, "number"), rest)) => {
            let Some(((at, range), rest)) = rest.split_first() else {
                return fail(
                    code::INVALID_VALUE,
                    0..spec.trim_end().len(),
                    "a number state needs a range, as in `number 0..100`",
                );
            };
            let range_span = *at..*at + range.len();
            let Some((low, high)) = range.split_once("..") else {
                return fail(code::INVALID_VALUE, range_span, "a range reads LOW..HIGH, as in `0..100`");
            };
            let (Ok(low), Ok(high)) = (low.parse::<i64>(), high.parse::<i64>()) else {
                return fail(code::INVALID_NUMBER, range_span, "a range's ends are whole numbers, as in `0..100`");
            };
            if low > high {
                return fail(code::INVALID_VALUE, range_span, "a range goes from low to high");
            }
            (StateKind::Number { low, high }, rest)
        }
        Some(((_, "flag"), rest)) => (StateKind::Flag, rest),
        _ => return fail(code::INVALID_VALUE, 0..spec.trim_end().len(), shape),
    };
    let initial = match (kind, initial_tokens) {
        (StateKind::Number { low, .. }, []) => Value::Number(low),
        (StateKind::Flag, []) => Value::Flag(false),
        (kind, [(_, "="), (at, value)]) => {
            let span = *at..*at + value.len();
            match (kind, *value) {
                (StateKind::Flag, "true") => Value::Flag(true),
                (StateKind::Flag, "false") => Value::Flag(false),
                (StateKind::Flag, _) => return fail(code::TYPE_MISMATCH, span, "a flag starts `true` or `false`"),
                (StateKind::Number { .. }, "true" | "false") => {
                    return fail(
                        code::TYPE_MISMATCH,
                        span,
                        "a number state starts at a number; declare a `flag` for yes/no",
                    );
                }
                (StateKind::Number { low, high }, _) => match value.parse::<i64>() {
                    Ok(n) if n < low || n > high => {
                        return fail(code::OUT_OF_RANGE, span, &format!("{n} is outside the range {low}..{high}"));
                    }
                    Ok(n) => Value::Number(n),
                    Err(_) => return fail(code::INVALID_NUMBER, span, "the initial value is a whole number"),
                },
            }
        }
        (_, [(at, _), ..]) => return fail(code::INVALID_VALUE, *at..spec.trim_end().len(), shape),
    };
    Some(StateVar { id: id.to_string(), label, kind, initial })
}

/// Words of a state declaration or an effect, with `=` split off the front of a word so that
/// `=40` reads like `= 40`.
fn spec_tokens(text: &str) -> Vec<(usize, &str)> {
    let mut tokens = Vec::new();
    for (at, word) in words(text) {
        match word.strip_prefix('=') {
            Some(rest) if !rest.is_empty() => {
                tokens.push((at, "="));
                tokens.push((at + 1, rest));
            }
            _ => tokens.push((at, word)),
        }
    }
    tokens
}

/// Block ids with their indices, first occurrence only; reports duplicates and `end`.
fn block_ids<'f>(blocks: &'f [Block], diagnostics: &mut Vec<Diagnostic>) -> HashMap<&'f str, usize> {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    for (index, block) in blocks.iter().enumerate() {
        let id = block.id.text.as_str();
        if id.is_empty() || block.kind.is_none() {
            continue;
        }
        if id == "end" {
            diagnostics.push(Diagnostic::error(
                code::DUPLICATE_ID,
                block.id.span,
                "`end` is taken: `-> end` picks the ending whose `when:` holds",
            ));
        } else if ids.contains_key(id) {
            diagnostics.push(Diagnostic::error(
                code::DUPLICATE_ID,
                block.id.span,
                format!("`{id}` is already the id of another block"),
            ));
        } else {
            ids.insert(id, index);
        }
    }
    ids
}

/// The kind of a decision block (`pick` unless its `(kind)` says otherwise), `None` for other
/// blocks; reports unknown kinds and kinds on blocks that take none.
fn decision_kind(block: &Block, diagnostics: &mut Vec<Diagnostic>) -> Option<DecisionKind> {
    let kind = block.kind?;
    match (kind, &block.modifier) {
        (BlockKind::Decision, None) => Some(DecisionKind::Pick),
        (BlockKind::Decision, Some(modifier)) => {
            let found = DecisionKind::ALL.into_iter().find(|k| k.as_str() == modifier.text);
            if found.is_none() {
                diagnostics.push(Diagnostic::error(
                    code::UNKNOWN_BLOCK_KIND,
                    modifier.span,
                    format!(
                        "`{}` is not a decision kind; use pick, rate, rank, considerations or pivot",
                        modifier.text
                    ),
                ));
            }
            Some(found.unwrap_or(DecisionKind::Pick))
        }
        (other, Some(modifier)) => {
            diagnostics.push(Diagnostic::error(
                code::MALFORMED_BLOCK,
                modifier.span,
                format!("only decisions take a kind in parentheses; this is a {}", other.as_str()),
            ));
            None
        }
        (_, None) => None,
    }
}

/// The block-reading pass, with what every block may refer to.
struct Validator<'a> {
    diagnostics: Vec<Diagnostic>,
    scope: Scope<'a>,
    dimensions: &'a [Dimension],
    raters: &'a [Rater],
    /// The targets of every `-> end` route, which need an ending to fall back on.
    end_routes: Vec<Span>,
}

impl Validator<'_> {
    fn error(&mut self, code: &'static str, span: Span, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::error(code, span, message));
    }

    fn node(&mut self, block: &Block, decision: Option<DecisionKind>) -> Node {
        let prose = self.prose(&block.prose);
        let owner = if block.id.text.is_empty() { block.span } else { block.id.span };
        let kind = match block.kind {
            None => NodeKind::Scene { routes: Vec::new() },
            Some(BlockKind::Scene) => {
                self.fields(&block.fields, &[], &[], "a scene");
                let routes = self.routes(&block.routes);
                if block.routes.is_empty() {
                    self.error(code::MISSING_FALLBACK, owner, format!("{} has no route; add `-> target`", name(block)));
                }
                NodeKind::Scene { routes }
            }
            Some(BlockKind::Decision) => {
                NodeKind::Decision(self.decision(block, owner, decision.unwrap_or(DecisionKind::Pick)))
            }
            Some(BlockKind::Ending) => NodeKind::Ending(self.ending(block, owner)),
        };
        Node { id: block.id.text.clone(), span: block.id.span, prose, kind }
    }

    /// Checks that every field belongs here and that only `repeatable` ones repeat.
    fn fields(&mut self, fields: &[Field], allowed: &[&str], repeatable: &[&str], place: &str) {
        let mut seen: Vec<&str> = Vec::new();
        for field in fields {
            let key = field.key.text.as_str();
            if let Some(name) = &field.name {
                self.error(
                    code::UNKNOWN_FIELD,
                    field.key.span,
                    format!("`{key} {}:` is a declaration, and declarations belong in the header", name.text),
                );
            } else if !allowed.contains(&key) {
                let has = if allowed.is_empty() { "no fields".to_string() } else { list(allowed) };
                self.error(
                    code::UNKNOWN_FIELD,
                    field.key.span,
                    format!("`{key}` is not a field of {place}, which has {has}"),
                );
            } else if seen.contains(&key) && !repeatable.contains(&key) {
                self.error(code::DUPLICATE_FIELD, field.key.span, format!("`{key}` is given twice"));
            } else {
                seen.push(key);
            }
        }
    }

    /// Prose lines to chunks. An `[if …]` line opens a conditional paragraph: it and the
    /// lines straight after it, up to a blank line or the next `[if …]`, show only when the
    /// condition holds, so a long conditional line can be wrapped like any other.
    fn prose(&mut self, lines: &[ProseLine]) -> Vec<ProseChunk> {
        let mut out = Vec::new();
        let mut plain: Vec<&str> = Vec::new();
        let mut at = 0;
        while let Some(line) = lines.get(at) {
            at += 1;
            let Some(condition) = &line.condition else {
                plain.push(&line.text.text);
                continue;
            };
            out.extend(
                markdown::chunks(plain.drain(..)).into_iter().map(|chunk| ProseChunk { condition: None, chunk }),
            );
            let mut paragraph = vec![line.text.text.as_str()];
            while let Some(next) = lines.get(at).filter(|l| l.condition.is_none() && !l.text.text.trim().is_empty()) {
                paragraph.push(&next.text.text);
                at += 1;
            }
            let condition = self.condition_line(condition);
            out.extend(
                markdown::chunks(paragraph).into_iter().map(|chunk| ProseChunk { condition: condition.clone(), chunk }),
            );
        }
        out.extend(markdown::chunks(plain).into_iter().map(|chunk| ProseChunk { condition: None, chunk }));
        out
    }

    /// A condition written on one line (a route's or an `[if …]`).
    fn condition_line(&mut self, text: &Spanned) -> Option<Condition> {
        condition::read(&text.text, &self.scope, &|range| text.sub(range), &mut self.diagnostics)
    }

    fn routes(&mut self, routes: &[syntax::Route]) -> Vec<Route> {
        let mut out = Vec::new();
        for route in routes {
            let condition = route.condition.as_ref().and_then(|c| self.condition_line(c));
            let target = match route.target.text.as_str() {
                "" => None,
                "end" => {
                    self.end_routes.push(route.target.span);
                    Some(Target::End)
                }
                name => match self.scope.blocks.get(name) {
                    Some(&index) => Some(Target::Node(NodeId::new(index))),
                    None => {
                        self.error(
                            code::UNKNOWN_TARGET,
                            route.target.span,
                            format!("no scene, decision or ending is called `{name}`"),
                        );
                        None
                    }
                },
            };
            if let Some(target) = target {
                out.push(Route { condition, target });
            }
        }
        if let Some(condition) = routes.last().and_then(|r| r.condition.as_ref()) {
            self.error(
                code::MISSING_FALLBACK,
                condition.span,
                "the last route must have no condition, so the story always has somewhere to go; add a plain \
                 `-> target` after it",
            );
        }
        out
    }

    fn misplaced_routes(&mut self, routes: &[syntax::Route], why: &str) {
        for route in routes {
            self.error(code::MISPLACED_ROUTE, route.span, why.to_string());
        }
    }

    fn decision(&mut self, block: &Block, owner: Span, kind: DecisionKind) -> Decision {
        self.fields(&block.fields, keys::DECISION, &["discuss"], "a decision");
        let ask = match one(&block.fields, "ask") {
            Some(field) if !field.value.text.is_empty() => flat(&field.value.text),
            _ => {
                self.error(
                    code::MISSING_FIELD,
                    owner,
                    format!("{} needs `ask: …`, the question put to the learner", name(block)),
                );
                String::new()
            }
        };
        let prompt = |key: &str, default: &str| {
            one(&block.fields, key)
                .map(|f| if f.value.text.is_empty() { default.to_string() } else { flat(&f.value.text) })
        };
        let confidence = prompt("confidence", DEFAULT_CONFIDENCE_PROMPT);
        let rationale = prompt("rationale", DEFAULT_RATIONALE_PROMPT);
        let reasoning =
            one(&block.fields, "reasoning").map(|f| markdown::chunks(f.value.text.lines())).unwrap_or_default();
        let discuss = block.fields.iter().filter(|f| f.key.text == "discuss").map(|f| flat(&f.value.text)).collect();
        let weight = match one(&block.fields, "weight") {
            None => 1.0,
            Some(field) => match decimal(&field.value.text) {
                Some(w) if w > 0.0 => w,
                Some(_) => {
                    self.error(code::OUT_OF_RANGE, field.value.span, "a decision's weight is a positive number");
                    1.0
                }
                None => {
                    self.error(
                        code::INVALID_NUMBER,
                        field.value.span,
                        "a decision's weight is a number, such as 2 or 1.5",
                    );
                    1.0
                }
            },
        };
        let mut options: Vec<Choice> = Vec::new();
        for (i, option) in block.options.iter().enumerate() {
            if block.options[..i].iter().any(|o| o.id.text == option.id.text) {
                self.error(
                    code::DUPLICATE_ID,
                    option.id.span,
                    format!("`{}` is already an option of this decision", option.id.text),
                );
            }
            options.push(self.choice(option, kind));
        }
        if options.len() < 2 {
            let what = if kind.is_checklist() { "items" } else { "options" };
            self.error(
                code::TOO_FEW_OPTIONS,
                owner,
                format!("a decision needs at least two {what}; {} has {}", name(block), options.len()),
            );
        }
        if kind.is_checklist() {
            self.checklist(&block.options, &options, owner);
        }
        let routes = self.routes(&block.routes);
        if block.routes.is_empty() {
            if kind == DecisionKind::Pick {
                for (option, choice) in block.options.iter().zip(&options) {
                    if choice.routes.is_empty() && option.routes.is_empty() {
                        self.error(
                            code::MISSING_FALLBACK,
                            option.id.span,
                            format!(
                                "option `{}` has no route, and its decision none to fall back on; add `-> target`",
                                option.id.text
                            ),
                        );
                    }
                }
            } else {
                self.error(
                    code::MISSING_FALLBACK,
                    owner,
                    format!(
                        "a {} decision routes with its own `-> target` lines, and this one has none",
                        kind.as_str()
                    ),
                );
            }
        }
        Decision { kind, ask, confidence, rationale, reasoning, discuss, weight, options, routes }
    }

    /// A considerations or pivot list must reward something, and ticking everything must not pay.
    fn checklist(&mut self, items: &[OptionItem], choices: &[Choice], owner: Span) {
        let gains: i64 = choices.iter().map(|c| i64::from(c.weight.max(0))).sum();
        let penalties: i64 = choices.iter().map(|c| -i64::from(c.weight.min(0))).sum();
        let weighed = items.iter().all(|item| one(&item.fields, "weight").is_some());
        if !weighed || choices.len() < 2 {
            return;
        }
        if gains == 0 {
            self.error(code::TOO_FEW_OPTIONS, owner, "a checklist needs at least one item with a positive weight");
        } else if penalties < gains {
            self.error(
                code::SELECT_ALL_SCORES,
                owner,
                format!(
                    "ticking every item would score {} of {gains}: the negative weights must add up to at least \
                     the positive ones ({penalties} < {gains})",
                    gains - penalties
                ),
            );
        }
    }

    fn choice(&mut self, option: &OptionItem, kind: DecisionKind) -> Choice {
        let mut choice = Choice {
            id: option.id.text.clone(),
            text: flat(&option.text.text),
            ratings: Vec::new(),
            evidence: Vec::new(),
            effects: Vec::new(),
            consequence: Vec::new(),
            coaching: Vec::new(),
            routes: Vec::new(),
            r#move: None,
            weight: 0,
            stakeholder: None,
        };
        if option.text.text.is_empty() {
            self.error(code::MALFORMED_OPTION, option.span, "an option needs its text: `* id: text`");
        }
        let place = format!("an option of a {} decision", kind.as_str());
        if kind.is_checklist() {
            self.fields(&option.fields, keys::ITEM, &[], &place);
            match one(&option.fields, "weight") {
                None => self.error(
                    code::MISSING_FIELD,
                    option.id.span,
                    format!("item `{}` needs `weight:`, positive if it matters, negative if not", option.id.text),
                ),
                Some(field) => match signed(&field.value.text) {
                    Some(0) => self.error(
                        code::INVALID_VALUE,
                        field.value.span,
                        "a weight of 0 neither counts nor costs; give the item a sign and a size",
                    ),
                    Some(weight) => choice.weight = weight,
                    None => self.error(
                        code::INVALID_NUMBER,
                        field.value.span,
                        "a weight is a whole number, such as +3 or -2",
                    ),
                },
            }
            choice.stakeholder = one(&option.fields, "stakeholder").map(|f| flat(&f.value.text));
            self.misplaced_routes(
                &option.routes,
                "items do not route; the decision routes with its own unindented `-> target` lines",
            );
            return choice;
        }
        let allowed: Vec<&str> =
            keys::OPTION.iter().copied().filter(|k| kind == DecisionKind::Pick || *k != "effect").collect();
        self.fields(&option.fields, &allowed, &["effect"], &place);
        match one(&option.fields, "ratings") {
            Some(field) => choice.ratings = self.ratings(field),
            None => self.error(
                code::MISSING_FIELD,
                option.id.span,
                format!("option `{}` needs `ratings:` from at least {MIN_RATERS} raters", option.id.text),
            ),
        }
        if let Some(field) = one(&option.fields, "move") {
            let word = flat(&field.value.text);
            choice.r#move = Move::named(&word);
            if choice.r#move.is_none() {
                let known: Vec<&str> = Move::ALL.iter().map(|m| m.as_str()).collect();
                self.error(
                    code::UNKNOWN_MOVE,
                    field.value.span,
                    format!("`{word}` is not a move; a move is one of {}", known.join(", ")),
                );
            }
        }
        if let Some(field) = one(&option.fields, "evidence") {
            choice.evidence = self.evidence(field);
        }
        if kind == DecisionKind::Pick {
            let effects = option.fields.iter().filter(|f| f.key.text == "effect");
            choice.effects = effects.filter_map(|f| self.effect(f)).collect();
            choice.routes = self.routes(&option.routes);
        } else {
            self.misplaced_routes(
                &option.routes,
                "only pick options route; this decision routes with its own unindented `-> target` lines",
            );
        }
        let blocks =
            |key: &str| one(&option.fields, key).map(|f| markdown::chunks(f.value.text.lines())).unwrap_or_default();
        choice.consequence = blocks("consequence");
        choice.coaching = blocks("coaching");
        choice
    }

    /// `RATER N, …`: each a declared rater, each once, each 1–7, at least three.
    fn ratings(&mut self, field: &Field) -> Vec<Rating> {
        let pairs = self.pairs(field, "a rating reads `RATER N`, as in `vp 6`", "rates this option twice");
        if pairs.len() < MIN_RATERS {
            self.error(
                code::TOO_FEW_RATERS,
                field.value.span,
                format!("ratings need at least {MIN_RATERS} raters; this has {}", pairs.len()),
            );
        }
        let mut ratings = Vec::new();
        for pair in pairs {
            let value = match pair.value.parse::<i64>() {
                Ok(value @ 1..=7) => Some(value as u8),
                Ok(_) => {
                    self.error(code::RATING_OUT_OF_RANGE, pair.value_span, "ratings go from 1 (poor) to 7 (excellent)");
                    None
                }
                Err(_) => {
                    self.error(code::INVALID_NUMBER, pair.value_span, "a rating is a whole number from 1 to 7");
                    None
                }
            };
            let rater = pair.name;
            let Some(index) = self.raters.iter().position(|d| d.id == rater) else {
                self.error(
                    code::UNKNOWN_RATER,
                    pair.name_span,
                    format!("no rater is called `{rater}`; declare `rater {rater}: …`"),
                );
                continue;
            };
            if let Some(value) = value {
                ratings.push(Rating { rater: index, value });
            }
        }
        ratings
    }

    /// `DIMENSION ±N, …`: each a declared dimension, each once, from −1 to +1.
    fn evidence(&mut self, field: &Field) -> Vec<Evidence> {
        let mut evidence = Vec::new();
        for pair in self.pairs(field, "evidence reads `DIMENSION ±N`, as in `judgement +1`", "is given twice") {
            let weight = match decimal(pair.value) {
                Some(w) if (-1.0..=1.0).contains(&w) => Some(w),
                Some(_) => {
                    self.error(code::OUT_OF_RANGE, pair.value_span, "evidence goes from -1 to +1");
                    None
                }
                None => {
                    self.error(
                        code::INVALID_NUMBER,
                        pair.value_span,
                        "evidence is a number from -1 to +1, such as +0.5",
                    );
                    None
                }
            };
            let name = pair.name;
            let Some(index) = self.dimensions.iter().position(|x| x.id == name) else {
                self.error(
                    code::UNKNOWN_DIMENSION,
                    pair.name_span,
                    format!("no dimension is called `{name}`; declare `dimension {name}: …`"),
                );
                continue;
            };
            if let Some(weight) = weight {
                evidence.push(Evidence { dimension: index, weight });
            }
        }
        evidence
    }

    /// The `NAME VALUE` items of a comma-separated list, each name once. Reports an item of
    /// another shape with `shape`, and a repeated name with `repeated` after it.
    fn pairs<'f>(&mut self, field: &'f Field, shape: &str, repeated: &str) -> Vec<Pair<'f>> {
        let mut pairs: Vec<Pair> = Vec::new();
        for (at, item) in comma_items(&field.value.text) {
            let span = |start: usize, text: &str| field.sub(at + start..at + start + text.len());
            let [(n, name), (v, value)] = words(item).collect::<Vec<_>>()[..] else {
                self.error(code::INVALID_VALUE, span(0, item), shape.to_string());
                continue;
            };
            if pairs.iter().any(|p| p.name == name) {
                self.error(code::DUPLICATE_ID, span(n, name), format!("`{name}` {repeated}"));
                continue;
            }
            pairs.push(Pair { name, name_span: span(n, name), value, value_span: span(v, value) });
        }
        pairs
    }

    /// `STATE + N`, `STATE - N`, `STATE = VALUE`, then `after N` and `hidden` in either order.
    fn effect(&mut self, field: &Field) -> Option<Effect> {
        let mut tokens = spec_tokens(&field.value.text);
        // `load -10` and `load +5` read like `load - 10` and `load + 5`.
        if let Some(&(at, word)) = tokens.get(1)
            && word.len() > 1
            && word.starts_with(['+', '-'])
        {
            tokens.splice(1..2, [(at, &word[..1]), (at + 1, &word[1..])]);
        }
        let span = |(at, word): (usize, &str)| field.sub(at..at + word.len());
        let shape = "an effect reads `STATE + N`, `STATE - N` or `STATE = VALUE`, then maybe `after N` and `hidden`";
        let [name, op, value, rest @ ..] = &tokens[..] else {
            self.error(code::INVALID_EFFECT, field.value.span, shape);
            return None;
        };
        if !matches!(op.1, "+" | "-" | "=") {
            self.error(code::INVALID_EFFECT, span(*op), shape);
            return None;
        }
        let (delay, visible) = self.effect_timing(field, rest)?;
        let Some(index) = self.scope.states.iter().position(|s| s.id == name.1) else {
            self.error(code::UNKNOWN_STATE, span(*name), format!("no state is called `{}`", name.1));
            return None;
        };
        let change = match (self.scope.states[index].kind, op.1) {
            (StateKind::Flag, "=") => match value.1 {
                "true" => Change::Set(Value::Flag(true)),
                "false" => Change::Set(Value::Flag(false)),
                _ => {
                    self.error(
                        code::TYPE_MISMATCH,
                        span(*value),
                        format!("`{}` is a flag: set it to true or false", name.1),
                    );
                    return None;
                }
            },
            (StateKind::Flag, _) => {
                self.error(
                    code::TYPE_MISMATCH,
                    span(*op),
                    format!("`{}` is a flag: it is set with `= true` or `= false`, not added to", name.1),
                );
                return None;
            }
            (StateKind::Number { low, high }, op) => {
                if matches!(value.1, "true" | "false") {
                    self.error(code::TYPE_MISMATCH, span(*value), format!("`{}` is a number, not a flag", name.1));
                    return None;
                }
                let parsed = if op == "=" {
                    value.1.parse::<i64>().ok()
                } else {
                    value.1.parse::<u64>().ok().and_then(|n| i64::try_from(n).ok())
                };
                let Some(n) = parsed else {
                    let message = if op == "=" { "a whole number" } else { "a whole number without a sign" };
                    self.error(code::INVALID_NUMBER, span(*value), format!("the change is {message}"));
                    return None;
                };
                let width = high.saturating_sub(low);
                match op {
                    "=" if n < low || n > high => {
                        self.error(
                            code::OUT_OF_RANGE,
                            span(*value),
                            format!("{n} is outside `{}`'s range {low}..{high}", name.1),
                        );
                        return None;
                    }
                    "=" => Change::Set(Value::Number(n)),
                    _ if n > width => {
                        self.error(
                            code::OUT_OF_RANGE,
                            span(*value),
                            format!("a change of {n} is more than `{}`'s whole range {low}..{high}", name.1),
                        );
                        return None;
                    }
                    "+" => Change::Add(n),
                    _ => Change::Add(-n),
                }
            }
        };
        Some(Effect { state: index, change, delay, visible })
    }

    /// The `after N` and `hidden` words that may follow an effect.
    fn effect_timing(&mut self, field: &Field, rest: &[(usize, &str)]) -> Option<(u32, bool)> {
        let span = |(at, word): (usize, &str)| field.sub(at..at + word.len());
        let mut delay = None;
        let mut hidden = false;
        let mut i = 0;
        while let Some(&(at, word)) = rest.get(i) {
            match word {
                "hidden" if !hidden => {
                    hidden = true;
                    i += 1;
                }
                "after" if delay.is_none() => {
                    let Some(&count) = rest.get(i + 1) else {
                        self.error(
                            code::INVALID_EFFECT,
                            span((at, word)),
                            "`after` needs a count of decisions, as in `after 2`",
                        );
                        return None;
                    };
                    match count.1.parse::<u32>() {
                        Ok(0) => {
                            self.error(
                                code::OUT_OF_RANGE,
                                span(count),
                                "`after` counts at least one decision; leave it out for at once",
                            );
                            return None;
                        }
                        Ok(n) => delay = Some(n),
                        Err(_) => {
                            self.error(code::INVALID_NUMBER, span(count), "`after` takes a whole number of decisions");
                            return None;
                        }
                    }
                    i += 2;
                }
                _ => {
                    self.error(
                        code::INVALID_EFFECT,
                        field.sub(at..field.value.text.len()),
                        "after the change, an effect may only say `after N` and `hidden`, once each",
                    );
                    return None;
                }
            }
        }
        Some((delay.unwrap_or(0), !hidden))
    }

    fn ending(&mut self, block: &Block, owner: Span) -> Ending {
        self.fields(&block.fields, keys::ENDING, &[], "an ending");
        let title = match one(&block.fields, "title") {
            Some(field) if !field.value.text.is_empty() => flat(&field.value.text),
            _ => {
                self.error(
                    code::MISSING_FIELD,
                    owner,
                    format!("{} needs `title: …`, the heading the learner sees", name(block)),
                );
                String::new()
            }
        };
        let when = one(&block.fields, "when").and_then(|field| {
            condition::read(&field.value.text, &self.scope, &|range| field.sub(range), &mut self.diagnostics)
        });
        self.misplaced_routes(&block.routes, "an ending has no routes: the story stops here");
        Ending { title, when }
    }

    fn start(&mut self, field: Option<&Field>) -> NodeId {
        let Some(field) = field else { return NodeId::new(0) };
        let name = field.value.text.as_str();
        match self.scope.blocks.get(name) {
            Some(&index) => NodeId::new(index),
            None => {
                self.error(
                    code::UNKNOWN_TARGET,
                    field.value.span,
                    format!("no scene, decision or ending is called `{name}`"),
                );
                NodeId::new(0)
            }
        }
    }

    /// `-> end` must always find an ending: some ending has no `when:`.
    fn end_fallback(&mut self, blocks: &[Block]) {
        let Some(&first) = self.end_routes.first() else { return };
        let endings: Vec<&Block> = blocks.iter().filter(|b| b.kind == Some(BlockKind::Ending)).collect();
        match endings.last() {
            None => self.error(code::UNKNOWN_TARGET, first, "`-> end` picks an ending, and this scenario has none"),
            Some(last) => {
                if endings.iter().all(|b| one(&b.fields, "when").is_some()) {
                    let span = one(&last.fields, "when").map_or(last.id.span, |f| f.key.span);
                    self.error(
                        code::MISSING_FALLBACK,
                        span,
                        "every ending has `when:`, so `-> end` could find none; leave `when:` off one ending \
                         (usually the last)",
                    );
                }
            }
        }
    }
}

/// How messages name a block: "scene `intro`", or "this scene" when it has no id.
fn name(block: &Block) -> String {
    let kind = block.kind.map_or("block", BlockKind::as_str);
    if block.id.text.is_empty() { format!("this {kind}") } else { format!("{kind} `{}`", block.id.text) }
}

/// One `NAME VALUE` item of a list such as `ratings:` or `evidence:`.
struct Pair<'f> {
    name: &'f str,
    name_span: Span,
    value: &'f str,
    value_span: Span,
}

/// The first field with this key.
fn one<'f>(fields: &'f [Field], key: &str) -> Option<&'f Field> {
    fields.iter().find(|f| f.key.text == key)
}

/// A value's lines joined with spaces, for one-line text such as a title or a prompt.
fn flat(text: &str) -> String {
    text.replace('\n', " ")
}

/// `a, b, c` into its non-empty trimmed items.
fn comma_list(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// The trimmed items of a comma-separated list, with their byte offsets.
fn comma_items(text: &str) -> Vec<(usize, &str)> {
    let mut items = Vec::new();
    let mut at = 0;
    for piece in text.split(',') {
        let lead = piece.len() - piece.trim_start().len();
        let item = piece.trim();
        if !item.is_empty() {
            items.push((at + lead, item));
        }
        at += piece.len() + 1;
    }
    items
}

/// "a, b and c" in backticks, for messages that list what is allowed.
fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A decimal number such as `2`, `+0.5` or `−1` (with a typographic minus).
///
/// It is computed as one division of two whole numbers, which is exactly what `str::parse`
/// gives for up to 15 significant digits, without linking the standard float parser and its
/// tables (some 18 KB of WebAssembly) into the web app.
fn decimal(text: &str) -> Option<f64> {
    let text = text.replace('\u{2212}', "-");
    let negative = text.starts_with('-');
    let digits = text.strip_prefix(['+', '-']).unwrap_or(&text);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let is_digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if !(is_digits(whole) && is_digits(fraction)) {
        return None;
    }
    let number = whole.bytes().chain(fraction.bytes()).fold(0_u64, |n, b| n * 10 + u64::from(b - b'0'));
    let scale = 10_u64.pow(fraction.len() as u32);
    let value = number as f64 / scale as f64;
    Some(if negative { -value } else { value })
}

/// A whole number with an optional sign, such as `+3`, `-2` or `−2`.
fn signed(text: &str) -> Option<i32> {
    text.replace('\u{2212}', "-").parse().ok()
}

/// A BCP 47 tag in shape: a 2–8 letter language, then subtags of 1–8 letters or digits.
pub fn is_language_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=8).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_lists_and_tags() {
        assert_eq!(decimal("+0.5"), Some(0.5));
        assert_eq!(decimal("\u{2212}1"), Some(-1.0));
        assert_eq!(decimal("2"), Some(2.0));
        // The same value `str::parse` reads, for every number an author would write.
        for text in ["0.1", "-0.3", "0.7", "1.5", "+0.25", "123456789.123456", "0.000000001", "999999999.999999999"] {
            assert_eq!(decimal(text), text.parse().ok(), "{text}");
        }
        for bad in ["", "+", "1.", ".5", "1e5", "inf", "NaN", "1.2.3", "--1", "+-1"] {
            assert_eq!(decimal(bad), None, "{bad:?}");
        }
        assert_eq!(signed("+3"), Some(3));
        assert_eq!(signed("\u{2212}2"), Some(-2));
        assert_eq!(signed("x"), None);
        assert_eq!(comma_items(" a 1, ,b 2"), vec![(1, "a 1"), (7, "b 2")]);
        assert_eq!(comma_list("x, y ,, z"), vec!["x", "y", "z"]);
        assert_eq!(list(&["a", "b", "c"]), "`a`, `b` and `c`");
        assert!(is_language_tag("en") && is_language_tag("pt-BR") && is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("e") && !is_language_tag("en_GB") && !is_language_tag("en-") && !is_language_tag(""));
        assert_eq!(
            spec_tokens("x +5 =3 -2 a=b"),
            vec![(0, "x"), (2, "+5"), (5, "="), (6, "3"), (8, "-2"), (11, "a=b")]
        );
    }
}
