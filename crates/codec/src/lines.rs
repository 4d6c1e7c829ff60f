//! The line form: the text form of the app's own records that are not a playthrough or a
//! scenario (a facilitator's presentation, the workshop's record, a learner's journal). Its
//! first line names the format and its version (`jj1`, `jcw1 session`, `jcr1 record`); each
//! line after it is one field, its name, a space and its value. A value that is free text is
//! escaped ([`escape`]) so it stays on its line. A reader skips blank lines; what a field's
//! value means is its format's business.

use std::fmt::Display;

/// A text in the line form, being written: its lines joined by line breaks, none at the end.
pub struct Writer(String);

impl Writer {
    /// A text of the format named `format`.
    pub fn new(format: &str) -> Writer {
        Writer(format.to_string())
    }

    /// Adds the field `name` with `value`, which must not hold a line break: free text goes
    /// through [`escape`].
    pub fn field(&mut self, name: impl Display, value: impl Display) -> &mut Writer {
        self.0.push_str(&format!("\n{name} {value}"));
        self
    }

    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }
}

/// The fields of `text` as `(name, value)`, or `None` when its first line is not `format`.
/// A line without a space is a name with an empty value.
pub fn fields<'t>(text: &'t str, format: &str) -> Option<impl Iterator<Item = (&'t str, &'t str)> + use<'t>> {
    let mut lines = text.lines();
    (lines.next().map(str::trim) == Some(format))
        .then(|| lines.filter(|l| !l.trim().is_empty()).map(|line| line.split_once(' ').unwrap_or((line, ""))))
}

/// `text` on one line: `\` as `\\`, a line break as `\n`, a tab as `\t`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// Reads what [`escape`] wrote. A `\` before anything else (or at the end) stands for itself.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') | None => out.push('\\'),
            Some(other) => out.extend(['\\', other]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Writer, escape, fields, unescape};

    #[test]
    fn fields_round_trip_under_their_format_line() {
        let text = Writer::new("jx1 thing").field("votes", "3 1").field("room", "Tue").field("flag", "").finish();
        assert_eq!(text, "jx1 thing\nvotes 3 1\nroom Tue\nflag ");
        let read: Vec<(&str, &str)> = fields(&text, "jx1 thing").map(Iterator::collect).unwrap_or_default();
        assert_eq!(read, [("votes", "3 1"), ("room", "Tue"), ("flag", "")]);
        assert!(fields(&text, "jx2 thing").is_none());
        assert!(fields("", "jx1 thing").is_none());
        let spaced: Vec<_> = fields("jx1 thing \n\nbare\n", "jx1 thing").map(Iterator::collect).unwrap_or_default();
        assert_eq!(spaced, [("bare", "")]);
    }

    #[test]
    fn free_text_stays_on_its_line_and_comes_back() {
        for text in ["plain", "two\nlines", "tab\there", "back\\slash \\n literally", "", "end\\"] {
            let escaped = escape(text);
            assert!(!escaped.contains('\n') && !escaped.contains('\t'), "{escaped:?}");
            assert_eq!(unescape(&escaped), text);
        }
        assert_eq!(unescape("a\\qb"), "a\\qb");
        assert_eq!(unescape("end\\"), "end\\");
    }
}
