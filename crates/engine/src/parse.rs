//! Text to [`syntax::File`]: the first pass, which never fails and never panics.
//!
//! The language is line-based, so the parser is a loop over lines that sorts each one:
//! comments are skipped; `==` starts a block; before the first block every line is a header
//! field; inside a block, `->` is a route, `*` starts an option, a line indented deeper than
//! the key above it continues that key's value, a known `key: value` is a field, and any
//! other line is prose (`[if COND] text` when only sometimes shown). Whatever cannot be read
//! becomes a diagnostic and the parser carries on with the next line.

use crate::diagnostic::{Diagnostic, code};
use crate::source::Span;
use crate::syntax::{Block, BlockKind, Field, File, OptionItem, ProseLine, Route, Spanned, keys};

/// Parses a whole file, returning what it read and every problem met on the way.
pub fn parse(source: &str) -> (File, Vec<Diagnostic>) {
    let mut parser = Parser::default();
    // A byte-order mark is invisible in editors, so it must not make the first line unreadable.
    let mut offset = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    for raw in source.get(offset..).unwrap_or_default().split_inclusive('\n') {
        parser.line(&Line::new(raw.trim_end_matches(['\n', '\r']), offset));
        offset += raw.len();
    }
    (parser.file, parser.diagnostics)
}

/// An identifier: letters, digits, `-` and `_`.
pub fn is_id(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

#[derive(Default)]
struct Parser {
    file: File,
    diagnostics: Vec<Diagnostic>,
    /// True while indented lines belong to the block's last option.
    in_option: bool,
    /// The value that deeper-indented lines continue; a blank line or any other kind of line
    /// closes it.
    open: Option<Open>,
    /// The list the block's prose is in, if it is in one.
    prose_list: Option<List>,
}

/// A value still open for continuation lines, the column of its key, the list its last lines
/// are in, if they are in one, and whether it is prose read as Markdown.
#[derive(Clone, Copy)]
struct Open {
    value: OpenValue,
    column: usize,
    list: Option<List>,
    prose: bool,
}

/// A list that prose lines are in: the column of its items' `-`, and whether the last line
/// read ends like a finished item.
#[derive(Clone, Copy)]
struct List {
    dash: usize,
    finished: bool,
}

/// Where a list stands after `line`, and whether `line` ends the list it followed: a line
/// straight after a list item continues it when indented deeper than the item's `-`; one that
/// is not starts a new paragraph, as a blank line would. A value cannot hold a blank line, so
/// this is how reasoning goes on after a list.
fn list_after(list: Option<List>, line: &Line) -> (Option<List>, bool) {
    let finished = ends_finished(line.text);
    if line.text == "-" || line.text.starts_with("- ") || line.text.starts_with("-\t") {
        return (Some(List { dash: line.indent, finished }), false);
    }
    match list {
        Some(list) if line.indent <= list.dash => (None, true),
        Some(list) => (Some(List { finished, ..list }), false),
        None => (None, false),
    }
}

/// True when a line ends like a finished list item: with closing punctuation, a closing
/// quotation mark or a closing bracket, ignoring closing emphasis and code marks.
fn ends_finished(text: &str) -> bool {
    text.trim_end_matches(['*', '_', '`'])
        .ends_with(['.', ';', ':', '?', '!', ')', ']', '}', '"', '\'', '\u{201d}', '\u{2019}', '\u{bb}'])
}

/// The `broken-item` warning, when `line` ends a list whose last item reads unfinished and
/// starts with a lowercase letter: a wrapped item whose second line is not indented past the
/// `-`, which the reader would see cut in two.
fn broken_item(list: Option<List>, line: &Line) -> Option<Diagnostic> {
    let list = list?;
    let wrapped =
        line.indent <= list.dash && !list.finished && line.text.chars().next().is_some_and(char::is_lowercase);
    wrapped.then(|| {
        Diagnostic::warning(
            code::BROKEN_ITEM,
            line.span(),
            "this line ends the list and starts a new paragraph, cutting the unfinished item above it \
             in two; to continue the item, indent the line deeper than the item's `-`",
        )
    })
}

/// Where the open value lives: always the last one of its kind, so no index is needed.
#[derive(Clone, Copy)]
enum OpenValue {
    HeaderField,
    BlockField,
    OptionText,
    OptionField,
}

/// A line cut into its indentation and its trimmed content, with the content's offset.
struct Line<'a> {
    indent: usize,
    text: &'a str,
    start: usize,
}

impl<'a> Line<'a> {
    fn new(raw: &'a str, offset: usize) -> Line<'a> {
        let content = raw.trim_start();
        let indent = raw.len() - content.len();
        Line { indent, text: content.trim_end(), start: offset + indent }
    }

    fn span(&self) -> Span {
        Span::new(self.start, self.start + self.text.len())
    }

    /// The trimmed text between two byte offsets of the content, with its span.
    fn spanned(&self, from: usize, to: usize) -> Spanned {
        let piece = self.text.get(from..to).unwrap_or_default();
        let lead = piece.len() - piece.trim_start().len();
        let text = piece.trim();
        let start = self.start + from + lead;
        Spanned { text: text.to_string(), span: Span::new(start, start + text.len()) }
    }
}

impl Parser {
    fn line(&mut self, line: &Line) {
        if line.text.starts_with("//") {
            // Comments are invisible: they neither close a value nor end an option.
            return;
        }
        if let Some(rest) = line.text.strip_prefix("==") {
            self.in_option = false;
            self.open = None;
            self.block(line, rest);
        } else if self.file.blocks.is_empty() {
            self.header(line);
        } else {
            self.block_line(line);
        }
    }

    fn header(&mut self, line: &Line) {
        if line.text.is_empty() {
            self.open = None;
        } else if self.continues(line, false) {
            let gap = self.list_break(line);
            if let Some(field) = self.file.header.last_mut() {
                continue_field(field, line, gap);
            }
        } else if let Some(field) = field_parts(line, 0) {
            self.file.header.push(field);
            self.open = Some(Open { value: OpenValue::HeaderField, column: line.indent, list: None, prose: false });
        } else {
            self.open = None;
            self.diagnostics.push(Diagnostic::error(
                code::EXPECTED_FIELD,
                line.span(),
                "the header holds `key: value` lines; start a block with `== scene id`",
            ));
        }
    }

    /// True when the line continues the open value: it is indented deeper than the value's key
    /// and is neither a route nor (under an option) a new option field.
    fn continues(&self, line: &Line, in_option: bool) -> bool {
        let Some(open) = self.open else { return false };
        if line.indent <= open.column || line.text.starts_with("->") {
            return false;
        }
        !(in_option && field_parts(line, 0).is_some_and(|f| f.name.is_none() && keys::is_option_key(&f.key.text)))
    }

    /// Whether a continuation line ends the open value's list (and so starts a paragraph).
    fn list_break(&mut self, line: &Line) -> bool {
        let Some(open) = self.open.as_mut() else { return false };
        if open.prose {
            self.diagnostics.extend(broken_item(open.list, line));
        }
        let (list, gap) = list_after(open.list, line);
        open.list = list;
        gap
    }

    fn block_line(&mut self, line: &Line) {
        if line.text.is_empty() {
            self.open = None;
            self.prose_list = None;
            if !self.in_option
                && let Some(block) = self.file.blocks.last_mut()
            {
                block
                    .prose
                    .push(ProseLine { condition: None, text: Spanned { text: String::new(), span: line.span() } });
            }
            return;
        }
        if line.indent == 0 {
            self.in_option = false;
        }
        if line.text.starts_with("->") {
            self.open = None;
            self.route(line);
        } else if line.text == "*" || line.text.starts_with("* ") || line.text.starts_with("*\t") {
            self.option(line);
        } else if self.continues(line, self.in_option) {
            self.continue_open(line);
        } else if self.in_option {
            self.option_field(line);
        } else {
            self.block_field_or_prose(line);
        }
    }

    fn route(&mut self, line: &Line) {
        let Some(block) = self.file.blocks.last_mut() else { return };
        let Some(route) = read_route(line) else { return };
        if route.target.text.is_empty() {
            self.diagnostics.push(Diagnostic::error(
                code::MISSING_ID,
                line.span(),
                "a route needs a target: `-> some-id`, or `-> end` for the ending that fits",
            ));
        }
        match block.options.last_mut().filter(|_| self.in_option) {
            Some(option) => option.routes.push(route),
            None => block.routes.push(route),
        }
    }

    fn option(&mut self, line: &Line) {
        self.open = None;
        let Some(block) = self.file.blocks.last_mut() else { return };
        if block.kind != Some(BlockKind::Decision) {
            // Lines under a misplaced option would otherwise read as the block's prose.
            self.in_option = false;
            if block.kind.is_some() {
                self.diagnostics.push(Diagnostic::error(
                    code::OPTION_OUTSIDE_DECISION,
                    line.span(),
                    "options (`* id: text`) belong in a decision block",
                ));
            }
            return;
        }
        let rest = line.text.get(1..).unwrap_or_default();
        let from = 1 + (rest.len() - rest.trim_start().len());
        match field_parts(line, from) {
            Some(field) if field.name.is_none() && is_id(&field.key.text) => {
                block.options.push(OptionItem {
                    id: field.key,
                    text: field.value,
                    fields: Vec::new(),
                    routes: Vec::new(),
                    span: line.span(),
                });
                self.in_option = true;
                self.open = Some(Open { value: OpenValue::OptionText, column: line.indent, list: None, prose: false });
            }
            _ => {
                self.in_option = false;
                self.diagnostics.push(Diagnostic::error(
                    code::MALFORMED_OPTION,
                    line.span(),
                    "an option reads `* id: text`, with a one-word id",
                ))
            }
        }
    }

    fn continue_open(&mut self, line: &Line) {
        let gap = self.list_break(line);
        let (Some(open), Some(block)) = (self.open, self.file.blocks.last_mut()) else { return };
        match open.value {
            OpenValue::HeaderField => {}
            OpenValue::BlockField => {
                if let Some(field) = block.fields.last_mut() {
                    continue_field(field, line, gap);
                }
            }
            OpenValue::OptionText => {
                if let Some(option) = block.options.last_mut() {
                    continue_text(&mut option.text, line, gap);
                }
            }
            OpenValue::OptionField => {
                if let Some(field) = block.options.last_mut().and_then(|o| o.fields.last_mut()) {
                    continue_field(field, line, gap);
                }
            }
        }
    }

    fn option_field(&mut self, line: &Line) {
        let Some(option) = self.file.blocks.last_mut().and_then(|b| b.options.last_mut()) else { return };
        match field_parts(line, 0) {
            Some(field) => {
                let prose = keys::is_prose(&field.key.text);
                option.fields.push(field);
                self.open = Some(Open { value: OpenValue::OptionField, column: line.indent, list: None, prose });
            }
            None => {
                self.open = None;
                self.diagnostics.push(Diagnostic::error(
                    code::EXPECTED_FIELD,
                    line.span(),
                    "lines under an option are `key: value` fields, `-> target` routes, or a value \
                     continued deeper than its key",
                ));
            }
        }
    }

    fn block_field_or_prose(&mut self, line: &Line) {
        let Some(block) = self.file.blocks.last_mut() else { return };
        match field_parts(line, 0) {
            Some(field) if keys::is_known(&field.key.text) => {
                self.prose_list = None;
                let prose = keys::is_prose(&field.key.text);
                block.fields.push(field);
                self.open = Some(Open { value: OpenValue::BlockField, column: line.indent, list: None, prose });
            }
            _ => {
                self.open = None;
                self.diagnostics.extend(broken_item(self.prose_list, line));
                let (list, gap) = list_after(self.prose_list, line);
                self.prose_list = list;
                if gap {
                    let span = Span::new(line.start, line.start);
                    block.prose.push(ProseLine { condition: None, text: Spanned { text: String::new(), span } });
                }
                let prose = prose_line(line, &mut self.diagnostics);
                block.prose.push(prose);
            }
        }
    }

    fn block(&mut self, line: &Line, rest: &str) {
        let start = line.text.len() - rest.len();
        let words: Vec<(usize, &str)> = words(rest).map(|(at, w)| (start + at, w)).collect();
        self.prose_list = None;
        let mut block = Block { span: line.span(), ..Block::default() };
        let Some(&(kind_at, kind_word)) = words.first() else {
            self.diagnostics.push(Diagnostic::error(
                code::MALFORMED_BLOCK,
                line.span(),
                "a block starts `== scene id`, `== decision id` or `== ending id`",
            ));
            self.file.blocks.push(block);
            return;
        };
        block.kind = match kind_word {
            "scene" => Some(BlockKind::Scene),
            "decision" => Some(BlockKind::Decision),
            "ending" => Some(BlockKind::Ending),
            other => {
                self.diagnostics.push(Diagnostic::error(
                    code::UNKNOWN_BLOCK_KIND,
                    line.spanned(kind_at, kind_at + other.len()).span,
                    format!("`{other}` is not a block kind; use scene, decision or ending"),
                ));
                // Keep the lines below from landing in the previous block.
                self.file.blocks.push(block);
                return;
            }
        };
        match words.get(1) {
            Some(&(at, word)) if is_id(word) => block.id = line.spanned(at, at + word.len()),
            _ => {
                self.diagnostics.push(Diagnostic::error(
                    code::MISSING_ID,
                    line.span(),
                    format!("this {kind_word} needs an id: `== {kind_word} some-id`"),
                ));
                self.file.blocks.push(block);
                return;
            }
        }
        match words.get(2) {
            Some(&(at, word)) if word.len() > 2 && word.starts_with('(') && word.ends_with(')') => {
                block.modifier = Some(line.spanned(at + 1, at + word.len() - 1));
            }
            Some(&(at, word)) => self.diagnostics.push(Diagnostic::error(
                code::MALFORMED_BLOCK,
                line.spanned(at, line.text.len()).span,
                format!("unexpected `{word}` after the block id; a decision's kind goes in parentheses, as `(rate)`"),
            )),
            None => {}
        }
        if let Some(&(at, word)) = words.get(3).filter(|_| block.modifier.is_some()) {
            self.diagnostics.push(Diagnostic::error(
                code::MALFORMED_BLOCK,
                line.spanned(at, line.text.len()).span,
                format!("unexpected `{word}` after the block's kind"),
            ));
        }
        self.file.blocks.push(block);
    }
}

/// Whitespace-separated words with their byte offsets.
pub(crate) fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Reads `key: value` or `key name: value` starting at byte `from` of the line.
fn field_parts(line: &Line, from: usize) -> Option<Field> {
    let text = line.text.get(from..)?;
    let colon = text.find(':')?;
    let head: Vec<(usize, &str)> = words(&text[..colon]).collect();
    let after = &text[colon + 1..];
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let key_ok = |key: &str| from > 0 || is_key(key);
    let (key, name) = match head.as_slice() {
        [(k, key)] if key_ok(key) => (line.spanned(from + k, from + k + key.len()), None),
        [(k, key), (n, name)] if from == 0 && is_key(key) && is_id(name) => {
            (line.spanned(from + k, from + k + key.len()), Some(line.spanned(from + n, from + n + name.len())))
        }
        _ => return None,
    };
    let value = line.spanned(from + colon + 1, line.text.len());
    let lines = vec![value.span];
    Some(Field { key, name, value, lines })
}

/// A field key: lowercase ASCII letters and `-`, as in `lesson-time`.
fn is_key(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase()) && word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
}

/// `-> target` or `-> target if condition`.
fn read_route(line: &Line) -> Option<Route> {
    let rest = line.text.strip_prefix("->")?;
    let base = line.text.len() - rest.len();
    let condition_at = words(rest).find(|&(_, w)| w == "if").map(|(at, _)| at);
    let (target, condition) = match condition_at {
        Some(at) => (line.spanned(base, base + at), Some(line.spanned(base + at + 2, line.text.len()))),
        None => (line.spanned(base, line.text.len()), None),
    };
    Some(Route { target, condition, span: line.span() })
}

/// A prose line, with its `[if CONDITION]` split off when it has one.
fn prose_line(line: &Line, diagnostics: &mut Vec<Diagnostic>) -> ProseLine {
    let plain = ProseLine { condition: None, text: line.spanned(0, line.text.len()) };
    let Some(rest) = line.text.strip_prefix("[if") else { return plain };
    if !(rest.starts_with([' ', '\t', ']'])) {
        return plain;
    }
    let Some(close) = line.text.find(']') else {
        diagnostics.push(Diagnostic::error(
            code::INVALID_CONDITION,
            line.span(),
            "a conditional line reads `[if CONDITION] text`, and this one has no `]`",
        ));
        return plain;
    };
    ProseLine { condition: Some(line.spanned(3, close)), text: line.spanned(close + 1, line.text.len()) }
}

fn continue_field(field: &mut Field, line: &Line, gap: bool) {
    if field.value.text.is_empty() {
        field.lines.clear();
    }
    field.lines.push(line.span());
    continue_text(&mut field.value, line, gap);
}

/// Appends an indented continuation line to a value, widening its span; after an empty line
/// when `gap` (the line ends a list, so it starts a paragraph).
fn continue_text(value: &mut Spanned, line: &Line, gap: bool) {
    if value.text.is_empty() {
        value.span.start = line.start;
    } else {
        value.text.push('\n');
        if gap {
            value.text.push('\n');
        }
    }
    value.text.push_str(line.text);
    value.span.end = line.start + line.text.len();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
        diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn reads_header_blocks_options_and_routes() {
        let source = "title: T\n// a comment\n== scene a\nHello *there*.\n-> b\n== decision b (rate)\nask: Which?\n* x: Go left\n  ratings: p 5, q 6, r 7\n  -> c if load > 2\n* y: Go right\n  -> c\n== ending c\nwhen: load > 0\nBye.\n";
        let (file, diagnostics) = parse(source);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(file.header[0].key.text, "title");
        assert_eq!(file.header[0].value.text, "T");
        assert_eq!(file.blocks.len(), 3);
        assert_eq!(file.blocks[0].prose[0].text.text, "Hello *there*.");
        assert_eq!(file.blocks[0].routes[0].target.text, "b");
        let decision = &file.blocks[1];
        assert_eq!(decision.modifier.as_ref().map(|m| m.text.as_str()), Some("rate"));
        assert_eq!(decision.fields[0].value.text, "Which?");
        assert_eq!(decision.options[0].fields[0].key.text, "ratings");
        assert_eq!(decision.options[0].routes[0].condition.as_ref().map(|c| c.text.as_str()), Some("load > 2"));
        assert_eq!(decision.options[1].text.text, "Go right");
        assert_eq!(file.blocks[2].fields[0].value.text, "load > 0");
        // Spans point at the text they came from.
        let target = &file.blocks[0].routes[0].target;
        assert_eq!(&source[target.span.range()], "b");
    }

    #[test]
    fn deeper_lines_continue_values_and_spans_follow_them() {
        let source = "summary: one\n  two\n== decision d\nask: Which\n    one? if: not a field\n* a: Go\n    left\n  consequence: x\n      y\n  ratings: p 1\n-> e\n";
        let (file, diagnostics) = parse(source);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(file.header[0].value.text, "one\ntwo");
        let decision = &file.blocks[0];
        assert_eq!(decision.fields[0].value.text, "Which\none? if: not a field");
        let option = &decision.options[0];
        assert_eq!(option.text.text, "Go\nleft");
        assert_eq!(option.fields[0].value.text, "x\ny");
        assert_eq!(option.fields[1].key.text, "ratings");
        // An unindented route after the options belongs to the decision.
        assert_eq!(decision.routes[0].target.text, "e");
        let ask = &decision.fields[0];
        assert_eq!(&source[ask.sub(6..10).range()], "one?");
    }

    #[test]
    fn conditional_prose_lines_keep_their_condition() {
        let (file, diagnostics) = parse("== scene s\n[if load > 5] Busy.\n[ifx] plain\n[if broken\n");
        assert_eq!(codes(&diagnostics), ["invalid-condition"]);
        let prose = &file.blocks[0].prose;
        assert_eq!(prose[0].condition.as_ref().map(|c| c.text.as_str()), Some("load > 5"));
        assert_eq!(prose[0].text.text, "Busy.");
        assert_eq!(prose[1].condition, None);
        assert_eq!(prose[2].text.text, "[if broken");
    }

    #[test]
    fn known_keys_in_blocks_are_fields_and_other_colons_are_prose() {
        let (file, _) = parse("== scene s\nMaya: we are not ready.\nnote: this is prose\nwhen: x\n");
        let block = &file.blocks[0];
        assert_eq!(block.prose.len(), 2);
        assert_eq!(block.fields[0].key.text, "when");
    }

    #[test]
    fn bad_lines_become_diagnostics_and_parsing_goes_on() {
        let (file, diagnostics) = parse(
            "not a field\n== chapter x\n* o: inside unknown\n== scene\n* o: text\n== scene s\nok\n== decision d\n* two words: x\n* a: b\n  ratings: x\n  stray words\n->\n== scene t (x) y\n",
        );
        assert_eq!(
            codes(&diagnostics),
            [
                "expected-field",
                "unknown-block-kind",
                "missing-id",
                "option-outside-decision",
                "malformed-option",
                "expected-field",
                "missing-id",
                "malformed-block",
            ]
        );
        assert_eq!(file.blocks[2].id.text, "s");
    }

    #[test]
    fn a_wrapped_item_whose_second_line_ends_the_list_is_warned_of() {
        let source = "== decision d\nreasoning: It depends.\n    - If the scripts are ready, ship on\n    Tuesday.\n    - If not, hold the date until\n    the scripts are done.\n* a: A\n  coaching: Two cases.\n    - Ship when\n    ready.\n    - Or wait for\n    support.\n== scene s\n- a scene's item that wraps\nonto a line level with the dash\n";
        let (file, diagnostics) = parse(source);
        assert_eq!(codes(&diagnostics), ["broken-item"; 4]);
        assert!(diagnostics.iter().all(|d| d.severity == Severity::Warning));
        let lines: Vec<&str> = diagnostics.iter().map(|d| &source[d.span.range()]).collect();
        assert_eq!(lines, ["the scripts are done.", "ready.", "support.", "onto a line level with the dash"]);
        // The text reads as it always did: the line starts a paragraph.
        assert!(file.blocks[0].fields[0].value.text.ends_with("until\n\nthe scripts are done."));
    }

    #[test]
    fn finished_items_indented_continuations_and_other_fields_are_not_warned_of() {
        let source = "== decision d\nask: Which?\n    - one that\n    wraps\nreasoning: It depends.\n    - If they are ready, ship.\n    here they are not, so hold the date.\n    - If the scripts are ready, ship\n      on Tuesday\n    - Ship with *care*\n    - or wait (for **Support**)\n    and so on.\n* a: A\n  coaching: Cases.\n    - Ship when\n    Support is ready\n    - A \"quoted\n    \"item\n  consequence: - a first line\n    continued\n== scene s\n- an item that stops short\n// a comment\nwhen: x\n";
        let (_, diagnostics) = parse(source);
        assert_eq!(diagnostics, vec![]);
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_crlf_endings_are_fine() {
        let (file, diagnostics) = parse("\u{feff}id: x\r\n== scene s\r\n-> t\r\n");
        assert_eq!(diagnostics, vec![]);
        assert_eq!(file.header[0].key.text, "id");
        assert_eq!(file.blocks[0].routes[0].target.text, "t");
    }
}
