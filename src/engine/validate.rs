//! [`syntax::File`] to [`Scenario`]: checks meaning and resolves every reference.
//!
//! Validation reports every problem it finds, never only the first, and builds a scenario
//! only when none of them is an error.

use std::collections::HashMap;

use crate::engine::diagnostic::{Diagnostic, has_errors};
use crate::engine::scenario::{Choice, Decision, Ending, Meta, Node, NodeKind, Scenario};
use crate::engine::source::Span;
use crate::engine::syntax::{Block, BlockKind, Field, File, Goto, Spanned};

/// Header keys the language knows.
const HEADER_KEYS: &[&str] = &["id", "title", "summary", "minutes"];
/// Option field keys the language knows.
const OPTION_KEYS: &[&str] = &["consequence"];

/// Checks a parsed file; returns the scenario when there is no error, and every diagnostic.
pub fn validate(file: &File, hash: u32) -> (Option<Scenario>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let meta = meta(&file.header, &mut diagnostics);

    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, block) in file.blocks.iter().enumerate() {
        if block.id.text.is_empty() {
            continue;
        }
        if index.insert(&block.id.text, i).is_some() {
            diagnostics.push(Diagnostic::error(
                "duplicate-id",
                block.id.span,
                format!("`{}` is already the id of another block", block.id.text),
            ));
        }
    }
    let resolve = |goto: &Goto, diagnostics: &mut Vec<Diagnostic>| -> usize {
        if let Some(condition) = &goto.condition {
            diagnostics.push(Diagnostic::error(
                "unsupported",
                condition.span,
                "conditions on routes are not supported yet",
            ));
        }
        match index.get(goto.target.text.as_str()) {
            Some(&i) => i,
            None => {
                diagnostics.push(Diagnostic::error(
                    "unknown-target",
                    goto.target.span,
                    format!("no scene, decision or ending is called `{}`", goto.target.text),
                ));
                0
            }
        }
    };

    let mut nodes = Vec::with_capacity(file.blocks.len());
    for block in &file.blocks {
        let prose = paragraphs(&block.prose);
        let kind = match block.kind {
            BlockKind::Scene => NodeKind::Scene {
                next: single_goto(block, &mut diagnostics).map_or(0, |g| resolve(g, &mut diagnostics)),
            },
            BlockKind::Decision => {
                let ask = field(&block.fields, "ask").map(|f| f.value.text.clone()).unwrap_or_default();
                let mut options = Vec::new();
                for option in &block.options {
                    check_keys(&option.fields, OPTION_KEYS, &mut diagnostics);
                    let next = match option.gotos.as_slice() {
                        [goto] => resolve(goto, &mut diagnostics),
                        [] => {
                            diagnostics.push(Diagnostic::error(
                                "missing-next",
                                option.id.span,
                                format!("option `{}` needs a `-> target` line", option.id.text),
                            ));
                            0
                        }
                        [_, extra, ..] => {
                            diagnostics.push(Diagnostic::error(
                                "unsupported",
                                extra.target.span,
                                "more than one route per option is not supported yet",
                            ));
                            0
                        }
                    };
                    let consequence =
                        field(&option.fields, "consequence").map(|f| f.value.text.clone()).unwrap_or_default();
                    options.push(Choice {
                        id: option.id.text.clone(),
                        text: option.text.text.clone(),
                        consequence,
                        next,
                    });
                }
                if options.len() < 2 {
                    diagnostics.push(Diagnostic::error(
                        "too-few-options",
                        block.id.span,
                        "a decision needs at least two options",
                    ));
                }
                NodeKind::Decision(Decision { ask, options })
            }
            BlockKind::Ending => NodeKind::Ending(Ending {
                title: field(&block.fields, "title").map(|f| f.value.text.clone()).unwrap_or_default(),
            }),
        };
        nodes.push(Node { id: block.id.text.clone(), prose, kind });
    }
    if nodes.is_empty() {
        diagnostics.push(Diagnostic::error(
            "empty-scenario",
            Span::default(),
            "a scenario needs at least one scene and one ending",
        ));
    }
    if has_errors(&diagnostics) {
        return (None, diagnostics);
    }
    (Some(Scenario { meta, nodes, start: 0, hash }), diagnostics)
}

fn meta(header: &[Field], diagnostics: &mut Vec<Diagnostic>) -> Meta {
    check_keys(header, HEADER_KEYS, diagnostics);
    let text = |key: &str| field(header, key).map(|f| f.value.text.clone());
    let mut required = |key: &'static str| {
        text(key).unwrap_or_else(|| {
            diagnostics.push(Diagnostic::error(
                "missing-field",
                Span::default(),
                format!("the header needs `{key}: …`"),
            ));
            String::new()
        })
    };
    let id = required("id");
    let title = required("title");
    let minutes = match field(header, "minutes") {
        Some(f) => f.value.text.parse().unwrap_or_else(|_| {
            diagnostics.push(Diagnostic::error("invalid-number", f.value.span, "minutes must be a whole number"));
            0
        }),
        None => 0,
    };
    Meta { id, title, summary: text("summary").unwrap_or_default(), minutes }
}

fn field<'a>(fields: &'a [Field], key: &str) -> Option<&'a Field> {
    fields.iter().find(|f| f.key.text == key)
}

fn check_keys(fields: &[Field], known: &[&str], diagnostics: &mut Vec<Diagnostic>) {
    for f in fields {
        if !known.contains(&f.key.text.as_str()) {
            diagnostics.push(Diagnostic::error(
                "unknown-field",
                f.key.span,
                format!("`{}` is not a field here", f.key.text),
            ));
        }
    }
}

fn single_goto<'a>(block: &'a Block, diagnostics: &mut Vec<Diagnostic>) -> Option<&'a Goto> {
    match block.gotos.as_slice() {
        [goto] => Some(goto),
        [] => {
            diagnostics.push(Diagnostic::error(
                "missing-next",
                block.id.span,
                format!("scene `{}` needs a `-> target` line", block.id.text),
            ));
            None
        }
        [_, extra, ..] => {
            diagnostics.push(Diagnostic::error(
                "unsupported",
                extra.target.span,
                "more than one route per scene is not supported yet",
            ));
            None
        }
    }
}

/// Joins prose lines into paragraphs, splitting at blank lines.
fn paragraphs(lines: &[Spanned]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in lines {
        if line.text.is_empty() {
            open = false;
        } else if open {
            let last = out.last_mut().expect("open implies a paragraph");
            last.push(' ');
            last.push_str(&line.text);
        } else {
            out.push(line.text.clone());
            open = true;
        }
    }
    out
}
