//! Text to [`syntax::File`]: the first pass, which never fails and never panics.
//!
//! The language is line-based. A file opens with a header of `key: value` lines, then
//! blocks that start with `== scene id`, `== decision id` or `== ending id`. Inside a block,
//! `-> target` lines say where the story goes, `* id: text` lines start a decision's options
//! (their fields are indented beneath them), a few known `key: value` lines set fields, and
//! every other line is prose. Lines whose first non-blank characters are `//` are comments.
//! Whatever cannot be read becomes a diagnostic and the parser carries on.

use crate::engine::diagnostic::Diagnostic;
use crate::engine::source::Span;
use crate::engine::syntax::{Block, BlockKind, Field, File, Goto, OptionItem, Spanned};

/// Field keys that a scene, decision or ending block reads; any other line there is prose.
const SCENE_KEYS: &[&str] = &[];
const DECISION_KEYS: &[&str] = &["ask", "confidence", "rationale", "reasoning", "discuss"];
const ENDING_KEYS: &[&str] = &["when", "title"];

/// Parses a whole file, returning what it read and every problem met on the way.
pub fn parse(source: &str) -> (File, Vec<Diagnostic>) {
    let mut parser = Parser { file: File::default(), diagnostics: Vec::new(), in_option: false };
    let mut offset = 0;
    for raw in source.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        parser.line(line, offset);
        offset += raw.len();
    }
    (parser.file, parser.diagnostics)
}

struct Parser {
    file: File,
    diagnostics: Vec<Diagnostic>,
    /// True while indented lines belong to the last `* option`.
    in_option: bool,
}

/// A line cut into its indentation and its content, with the content's span.
struct Line<'a> {
    indent: usize,
    text: &'a str,
    start: usize,
}

impl Line<'_> {
    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    fn spanned(&self, from: usize, to: usize) -> Spanned {
        let piece = &self.text[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let text = piece.trim();
        let start = self.start + from + lead;
        Spanned { text: text.to_string(), span: Span::new(start, start + text.len()) }
    }
}

impl Parser {
    fn line(&mut self, raw: &str, offset: usize) {
        let content = raw.trim_start();
        let line = Line {
            indent: raw.len() - content.len(),
            text: content.trim_end(),
            start: offset + raw.len() - content.len(),
        };
        if line.text.starts_with("//") {
            return;
        }
        if let Some(rest) = line.text.strip_prefix("==") {
            self.in_option = false;
            self.block(&line, rest);
            return;
        }
        let Some(block) = self.file.blocks.last_mut() else {
            self.header(&line);
            return;
        };
        if line.text.is_empty() {
            if !self.in_option {
                block.prose.push(Spanned { text: String::new(), span: line.span() });
            }
            return;
        }
        if line.indent == 0 {
            self.in_option = false;
        }
        if let Some(goto) = goto(&line) {
            match block.options.last_mut().filter(|_| self.in_option) {
                Some(option) => option.gotos.push(goto),
                None => block.gotos.push(goto),
            }
            return;
        }
        if let Some(rest) = line.text.strip_prefix("* ") {
            if block.kind != BlockKind::Decision {
                self.diagnostics.push(Diagnostic::error(
                    "option-outside-decision",
                    line.span(),
                    "options (`* id: text`) belong in a decision block",
                ));
                return;
            }
            match field_parts(&line, 2 + (rest.len() - rest.trim_start().len())) {
                Some(field) if field.name.is_none() => {
                    block.options.push(OptionItem {
                        id: field.key,
                        text: field.value,
                        fields: Vec::new(),
                        gotos: Vec::new(),
                    });
                    self.in_option = true;
                }
                _ => self.diagnostics.push(Diagnostic::error(
                    "malformed-option",
                    line.span(),
                    "an option reads `* id: text`, with a one-word id",
                )),
            }
            return;
        }
        if self.in_option {
            let option = block.options.last_mut().expect("in_option implies an option");
            match field_parts(&line, 0) {
                Some(field) => option.fields.push(field),
                None => match option.fields.last_mut() {
                    Some(field) => continue_value(field, &line),
                    None => continue_value_text(&mut option.text, &line),
                },
            }
            return;
        }
        let keys = match block.kind {
            BlockKind::Scene => SCENE_KEYS,
            BlockKind::Decision => DECISION_KEYS,
            BlockKind::Ending => ENDING_KEYS,
        };
        match field_parts(&line, 0) {
            Some(field) if field.name.is_none() && keys.contains(&field.key.text.as_str()) => block.fields.push(field),
            _ if line.indent > 0
                && block.prose.last().is_none_or(|p| p.text.is_empty())
                && !block.fields.is_empty() =>
            {
                let field = block.fields.last_mut().expect("checked non-empty");
                continue_value(field, &line);
            }
            _ => block.prose.push(Spanned { text: line.text.to_string(), span: line.span() }),
        }
    }

    fn header(&mut self, line: &Line) {
        if line.text.is_empty() {
            return;
        }
        match field_parts(line, 0) {
            Some(field) => self.file.header.push(field),
            None if line.indent > 0 && !self.file.header.is_empty() => {
                let field = self.file.header.last_mut().expect("checked non-empty");
                continue_value(field, line);
            }
            None => self.diagnostics.push(Diagnostic::error(
                "expected-field",
                line.span(),
                "the header holds `key: value` lines; start a block with `== scene id`",
            )),
        }
    }

    fn block(&mut self, line: &Line, rest: &str) {
        let start = line.text.len() - rest.len();
        let words: Vec<(usize, &str)> = words(rest).map(|(at, w)| (start + at, w)).collect();
        let Some(&(kind_at, kind_word)) = words.first() else {
            self.diagnostics.push(Diagnostic::error(
                "malformed-block",
                line.span(),
                "a block starts `== scene id`, `== decision id` or `== ending id`",
            ));
            return;
        };
        let kind = match kind_word {
            "scene" => BlockKind::Scene,
            "decision" => BlockKind::Decision,
            "ending" => BlockKind::Ending,
            other => {
                self.diagnostics.push(Diagnostic::error(
                    "unknown-block-kind",
                    line.spanned(kind_at, kind_at + other.len()).span,
                    format!("`{other}` is not a block kind; use scene, decision or ending"),
                ));
                // Keep the lines below from landing in the previous block.
                self.file.blocks.push(Block {
                    kind: BlockKind::Scene,
                    id: Spanned::default(),
                    modifier: None,
                    fields: Vec::new(),
                    prose: Vec::new(),
                    gotos: Vec::new(),
                    options: Vec::new(),
                    span: line.span(),
                });
                return;
            }
        };
        let id = match words.get(1) {
            Some(&(at, word)) if is_id(word) => line.spanned(at, at + word.len()),
            _ => {
                self.diagnostics.push(Diagnostic::error(
                    "missing-id",
                    line.span(),
                    format!("this {kind_word} needs an id: `== {kind_word} some-id`"),
                ));
                Spanned { text: String::new(), span: line.span() }
            }
        };
        let modifier = match words.get(2) {
            Some(&(at, word)) if word.starts_with('(') && word.ends_with(')') && word.len() > 2 => {
                Some(line.spanned(at + 1, at + word.len() - 1))
            }
            Some(&(at, word)) => {
                self.diagnostics.push(Diagnostic::error(
                    "malformed-block",
                    line.spanned(at, line.text.len()).span,
                    format!("unexpected `{word}` after the block id"),
                ));
                None
            }
            None => None,
        };
        self.file.blocks.push(Block {
            kind,
            id,
            modifier,
            fields: Vec::new(),
            prose: Vec::new(),
            gotos: Vec::new(),
            options: Vec::new(),
            span: line.span(),
        });
    }
}

/// Whitespace-separated words with their byte offsets.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// An identifier: letters, digits, `-` and `_`, starting with a letter or digit.
pub fn is_id(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Reads `key: value` or `key name: value` starting at byte `from` of the line.
fn field_parts(line: &Line, from: usize) -> Option<Field> {
    let text = &line.text[from..];
    let colon = text.find(':')?;
    let head: Vec<(usize, &str)> = words(&text[..colon]).collect();
    let after = &text[colon + 1..];
    if !(after.is_empty() || after.starts_with(' ') || after.starts_with('\t')) {
        return None;
    }
    let (key, name) = match head.as_slice() {
        [(k, key)] if is_key(key) => (line.spanned(from + k, from + k + key.len()), None),
        [(k, key), (n, name)] if is_key(key) && is_id(name) => {
            (line.spanned(from + k, from + k + key.len()), Some(line.spanned(from + n, from + n + name.len())))
        }
        _ => return None,
    };
    Some(Field { key, name, value: line.spanned(from + colon + 1, line.text.len()) })
}

/// A field key: lowercase letters and `-`, as in `lesson-time`.
fn is_key(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase()) && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// `-> target` or `-> target if condition`.
fn goto(line: &Line) -> Option<Goto> {
    let rest = line.text.strip_prefix("->")?;
    let base = line.text.len() - rest.len();
    let (target, condition) = match rest.find(" if ") {
        Some(at) => (line.spanned(base, base + at), Some(line.spanned(base + at + 4, line.text.len()))),
        None => (line.spanned(base, line.text.len()), None),
    };
    Some(Goto { target, condition })
}

fn continue_value(field: &mut Field, line: &Line) {
    continue_value_text(&mut field.value, line);
}

/// Appends an indented continuation line to a value, widening its span.
fn continue_value_text(value: &mut Spanned, line: &Line) {
    if value.text.is_empty() {
        value.span.start = line.start;
    } else {
        value.text.push('\n');
    }
    value.text.push_str(line.text);
    value.span.end = line.start + line.text.len();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_blocks_options_and_gotos() {
        let source = "title: T\n// a comment\n== scene a\nHello *there*.\n-> b\n== decision b\nask: Which?\n* x: Go left\n  ratings: p 5, q 6, r 7\n  -> c if load > 2\n* y: Go right\n  -> c\n== ending c\nwhen: load > 0\nBye.\n";
        let (file, diagnostics) = parse(source);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(file.header[0].key.text, "title");
        assert_eq!(file.header[0].value.text, "T");
        assert_eq!(file.blocks.len(), 3);
        assert_eq!(file.blocks[0].prose[0].text, "Hello *there*.");
        assert_eq!(file.blocks[0].gotos[0].target.text, "b");
        let decision = &file.blocks[1];
        assert_eq!(decision.fields[0].value.text, "Which?");
        assert_eq!(decision.options[0].fields[0].key.text, "ratings");
        assert_eq!(decision.options[0].gotos[0].condition.as_ref().map(|c| c.text.as_str()), Some("load > 2"));
        assert_eq!(decision.options[1].text.text, "Go right");
        assert_eq!(file.blocks[2].fields[0].value.text, "load > 0");
        // Spans point at the text they came from.
        let target = &file.blocks[0].gotos[0].target;
        assert_eq!(&source[target.span.range()], "b");
    }

    #[test]
    fn bad_lines_become_diagnostics_and_parsing_goes_on() {
        let (file, diagnostics) = parse("not a field\n== chapter x\n== scene\n* o: text\n== scene s\nok\n");
        let codes: Vec<&str> = diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["expected-field", "unknown-block-kind", "missing-id", "option-outside-decision"]);
        assert_eq!(file.blocks.last().map(|b| b.id.text.as_str()), Some("s"));
    }
}
