//! A diagnostic drawn for the Author view: its code and message, where it is, the source
//! line it points into, and how wide a caret to draw under it.

use engine::source;
use engine::{Diagnostic, Severity};

/// One diagnostic with the place it points at, drawn from the source for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    /// One-based line and column (in characters).
    pub line: usize,
    pub col: usize,
    /// The text of that line.
    pub text: String,
    /// How many characters of the line the caret underlines; at least 1.
    pub width: usize,
}

impl Finding {
    /// Draws a diagnostic against the source it is about.
    pub fn new(diagnostic: &Diagnostic, source: &str) -> Finding {
        let at = source::line_col(source, diagnostic.span.start);
        let text = source.lines().nth(at.line - 1).unwrap_or_default().to_string();
        let start = source::clamp(source, diagnostic.span.start);
        let end = source::clamp(source, diagnostic.span.end.max(diagnostic.span.start));
        let under = source.get(start..end).unwrap_or_default();
        let left = text.chars().count().saturating_sub(at.col - 1);
        let width = under.lines().next().unwrap_or_default().chars().count().clamp(1, left.max(1));
        Finding {
            severity: diagnostic.severity,
            code: diagnostic.code,
            message: diagnostic.message.clone(),
            line: at.line,
            col: at.col,
            text,
            width,
        }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::Finding;

    #[wasm_bindgen_test]
    fn a_finding_points_into_its_source_line() {
        let source = "id: t\ntitle: T\n== scene s\nHello.\n-> nowhere\n";
        let (scenario, diagnostics) = engine::check(source);
        assert!(scenario.is_none());
        let finding = Finding::new(&diagnostics[0], source);
        assert_eq!(finding.code, "unknown-target");
        assert_eq!((finding.line, finding.col), (5, 4));
        assert_eq!(finding.text, "-> nowhere");
        assert_eq!(finding.width, 7);
    }
}
