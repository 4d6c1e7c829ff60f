//! The raw shape of a scenario file, exactly as written, before any meaning is checked.
//!
//! Parsing produces these types and never fails; validation turns them into a
//! [`crate::engine::Scenario`]. Every piece keeps its span so diagnostics can point at it.

use crate::engine::source::Span;

/// A piece of text with the span it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spanned {
    pub text: String,
    pub span: Span,
}

/// A whole scenario file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct File {
    /// Metadata and declarations before the first block (`title: …`, `state load: …`).
    pub header: Vec<Field>,
    pub blocks: Vec<Block>,
}

/// A `key: value` line, or `key name: value` for declarations such as `dimension judgement:`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Field {
    pub key: Spanned,
    pub name: Option<Spanned>,
    pub value: Spanned,
}

/// What a block is: the word after `==`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Scene,
    Decision,
    Ending,
}

/// A `== kind id` block and everything up to the next one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub id: Spanned,
    /// The word in parentheses after the id, such as `(rate)` for a decision's kind.
    pub modifier: Option<Spanned>,
    pub fields: Vec<Field>,
    /// Prose lines, blank lines kept as empty text so paragraphs survive.
    pub prose: Vec<Spanned>,
    pub gotos: Vec<Goto>,
    pub options: Vec<OptionItem>,
    pub span: Span,
}

/// `-> target` or `-> target if condition`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Goto {
    pub target: Spanned,
    pub condition: Option<Spanned>,
}

/// `* id: text` inside a decision, with its indented fields and gotos.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionItem {
    pub id: Spanned,
    pub text: Spanned,
    pub fields: Vec<Field>,
    pub gotos: Vec<Goto>,
}
