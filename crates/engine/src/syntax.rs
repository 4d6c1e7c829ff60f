//! The raw shape of a scenario file, exactly as written, before any meaning is checked.
//!
//! Parsing produces these types and never fails; validation turns them into a
//! [`crate::Scenario`]. Every piece keeps its span so diagnostics can point at it,
//! and values stay text: reading `0..100` as a range is the validator's job.

use std::ops::Range;

use crate::source::Span;

/// The field keys of each part of a file (the header, a block). The parser needs them to tell a field from prose;
/// the validator, to say which fields belong where.
pub mod keys {
    /// Metadata in the header.
    pub const HEADER: &[&str] = &[
        "id", "title", "summary", "level", "minutes", "skills", "seeds", "version", "language", "pass", "goal", "start",
    ];
    /// Declarations in the header, which take an id: `state load: …`.
    pub const DECLARATION: &[&str] = &["dimension", "state", "rater"];
    /// Fields of a decision block.
    pub const DECISION: &[&str] = &["ask", "confidence", "rationale", "reasoning", "discuss", "weight"];
    /// Fields of an ending block.
    pub const ENDING: &[&str] = &["title", "when"];
    /// Fields of an option of a `pick`, `rate` or `rank` decision.
    pub const OPTION: &[&str] = &["move", "ratings", "evidence", "effect", "consequence", "coaching"];
    /// Fields of an item of a `considerations` or `pivot` decision.
    pub const ITEM: &[&str] = &["weight", "stakeholder"];

    /// Fields whose value is prose read as Markdown, with paragraphs and lists, like a block's
    /// own prose lines; other values are read as one line.
    pub const PROSE: &[&str] = &["reasoning", "consequence", "coaching"];

    /// True for a key known anywhere in a file: such a line in a block is a field (maybe a
    /// misplaced one), never prose.
    pub fn is_known(key: &str) -> bool {
        [HEADER, DECLARATION, DECISION, ENDING, OPTION, ITEM].iter().any(|keys| keys.contains(&key))
    }

    /// True for a field whose value is prose read as Markdown.
    pub fn is_prose(key: &str) -> bool {
        PROSE.contains(&key)
    }

    /// True for a key that starts a new field under an option rather than continuing a value.
    pub fn is_option_key(key: &str) -> bool {
        OPTION.contains(&key) || ITEM.contains(&key)
    }
}

/// A piece of text with the span it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spanned {
    pub text: String,
    pub span: Span,
}

impl Spanned {
    /// The source span of bytes `range` of a one-line text.
    pub fn sub(&self, range: Range<usize>) -> Span {
        let end = range.end.min(self.text.len());
        Span::new(self.span.start + range.start.min(end), self.span.start + end)
    }
}

/// A whole scenario file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct File {
    /// Metadata and declarations before the first block (`title: …`, `state load: …`).
    pub header: Vec<Field>,
    pub blocks: Vec<Block>,
}

/// A `key: value` line, or `key name: value` for declarations such as `dimension judgement:`.
///
/// A value may continue on deeper-indented lines; its text then holds the lines joined by
/// `\n`, and `lines` keeps each line's span so a piece of the text can still be located.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Field {
    pub key: Spanned,
    pub name: Option<Spanned>,
    pub value: Spanned,
    /// The span of each line of the value, in order; `value.text` is their text joined by `\n`.
    pub lines: Vec<Span>,
}

impl Field {
    /// The source span of bytes `range` of `value.text`, across continuation lines.
    pub fn sub(&self, range: Range<usize>) -> Span {
        Span::new(self.offset(range.start), self.offset(range.end))
    }

    fn offset(&self, mut at: usize) -> usize {
        for line in &self.lines {
            let len = line.end - line.start;
            if at <= len {
                return line.start + at;
            }
            at -= len + 1;
        }
        self.value.span.end
    }
}

/// What a block is: the word after `==`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Scene,
    Decision,
    Ending,
}

impl BlockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Scene => "scene",
            BlockKind::Decision => "decision",
            BlockKind::Ending => "ending",
        }
    }
}

/// A `== kind id` block and everything up to the next one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Block {
    /// `None` when the word after `==` is not a block kind; the block still collects its lines
    /// so that they do not land in the block before it.
    pub kind: Option<BlockKind>,
    /// Empty when the `==` line has no readable id.
    pub id: Spanned,
    /// The word in parentheses after the id, such as `rate` in `== decision d (rate)`.
    pub modifier: Option<Spanned>,
    pub fields: Vec<Field>,
    /// Prose lines in order, blank lines kept (as empty text) so paragraphs survive.
    pub prose: Vec<ProseLine>,
    pub routes: Vec<Route>,
    pub options: Vec<OptionItem>,
    /// The span of the `==` line.
    pub span: Span,
}

/// One line of prose, possibly shown only when a condition holds (`[if COND] text`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProseLine {
    pub condition: Option<Spanned>,
    pub text: Spanned,
}

/// `-> target` or `-> target if condition`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Route {
    pub target: Spanned,
    pub condition: Option<Spanned>,
    /// The span of the whole line.
    pub span: Span,
}

/// `* id: text` inside a decision, with its indented fields and routes. Options of
/// `considerations` and `pivot` decisions (their items) have the same shape.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OptionItem {
    pub id: Spanned,
    pub text: Spanned,
    pub fields: Vec<Field>,
    pub routes: Vec<Route>,
    /// The span of the `*` line.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_locates_text_across_its_lines() {
        // "ab" at 10..12, then "cde" at 20..23: the text is "ab\ncde".
        let field = Field {
            value: Spanned { text: "ab\ncde".into(), span: Span::new(10, 23) },
            lines: vec![Span::new(10, 12), Span::new(20, 23)],
            ..Field::default()
        };
        assert_eq!(field.sub(0..2), Span::new(10, 12));
        assert_eq!(field.sub(3..6), Span::new(20, 23));
        assert_eq!(field.sub(4..99), Span::new(21, 23));
    }

    #[test]
    fn a_one_line_text_locates_pieces_and_clamps() {
        let s = Spanned { text: "abc".into(), span: Span::new(5, 8) };
        assert_eq!(s.sub(1..2), Span::new(6, 7));
        assert_eq!(s.sub(2..50), Span::new(7, 8));
        assert_eq!(s.sub(9..50), Span::new(8, 8));
    }
}
