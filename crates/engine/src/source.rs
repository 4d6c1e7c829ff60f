//! Byte spans into a scenario's source text, and their line:col form for people.
//!
//! Spans are byte ranges everywhere in the engine; a line and column are computed only when a
//! diagnostic is shown, so parsing never pays for them.

use std::ops::Range;

/// A byte range into one source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// A one-based line and column (counted in characters) for people to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub col: usize,
}

/// A byte offset moved into the text and back to the start of the character it falls in,
/// so that slicing at it can never panic.
pub fn clamp(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The line and column of a byte offset, clamped to the text and to a character boundary.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let offset = clamp(text, offset);
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    LineCol { line, col }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_lines_and_characters() {
        let text = "ab\ncé d\n";
        assert_eq!(line_col(text, 0), LineCol { line: 1, col: 1 });
        assert_eq!(line_col(text, 3), LineCol { line: 2, col: 1 });
        // 'é' is two bytes; the space after it is the third character.
        assert_eq!(line_col(text, 6), LineCol { line: 2, col: 3 });
        assert_eq!(line_col(text, 999), LineCol { line: 3, col: 1 });
        // An offset inside a character falls back to its start.
        assert_eq!(line_col(text, 5), LineCol { line: 2, col: 2 });
    }
}
