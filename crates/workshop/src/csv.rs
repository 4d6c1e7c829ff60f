//! CSV as the workshop's downloads write it: the room summary (`room::csv`) and the session's
//! record (`record::csv`). Cells are quoted as RFC 4180 says, and a cell of text that a
//! spreadsheet would read as a formula is defused first.

/// A cell of text: prefixed with `'` when it starts with a character a spreadsheet takes for
/// the start of a formula (`=`, `+`, `-`, `@`, a tab or a carriage return), so a note or a
/// question can never run as one; then quoted, quotes doubled, when it holds a comma, a
/// quote or a line break.
pub fn text(text: &str) -> String {
    let quoted = text.contains([',', '"', '\n', '\r']);
    let mut out = String::with_capacity(text.len() + 3);
    if quoted {
        out.push('"');
    }
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        out.push('\'');
    }
    for c in text.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quoted {
        out.push('"');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn text_cells_are_quoted_and_never_formulas() {
        assert_eq!(text("plain"), "plain");
        assert_eq!(text(""), "");
        assert_eq!(text("a, b"), "\"a, b\"");
        assert_eq!(text("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(text("two\nlines"), "\"two\nlines\"");
        assert_eq!(text("=SUM(A1:A9)"), "'=SUM(A1:A9)");
        assert_eq!(text("+1"), "'+1");
        assert_eq!(text("-2, or so"), "\"'-2, or so\"");
        assert_eq!(text("@cmd"), "'@cmd");
        assert_eq!(text("\tx"), "'\tx");
        assert_eq!(text("a=b"), "a=b", "only the first character counts");
    }
}
