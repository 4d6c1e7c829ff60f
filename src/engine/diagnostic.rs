//! Problems found in a scenario file, as data.
//!
//! Every diagnostic has a stable kebab-case code (authors and tests can rely on it), a
//! message, and the span it is about. Rendering with source lines and carets is left to the
//! caller: the CLI and the Author view each draw them their own way.

use std::fmt;

use crate::engine::source::{Span, line_col};

/// How serious a diagnostic is. Errors stop a scenario from loading; warnings do not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One problem in a scenario's source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable kebab-case identifier, such as `unknown-target`.
    pub code: &'static str,
    pub message: String,
    pub span: Span,
}

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Error, code, message: message.into(), span }
    }

    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, code, message: message.into(), span }
    }

    /// `error[code]: message --> file:line:col`, the one-line form.
    pub fn headline(&self, file: &str, source: &str) -> String {
        let at = line_col(source, self.span.start);
        format!("{}[{}]: {} --> {}:{}:{}", self.severity, self.code, self.message, file, at.line, at.col)
    }
}

/// True when any diagnostic is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_names_code_file_line_and_column() {
        let d = Diagnostic::error("unknown-target", Span::new(4, 7), "no scene `end`");
        assert_eq!(
            d.headline("a.scenario", "abc\n-> end\n"),
            "error[unknown-target]: no scene `end` --> a.scenario:2:1"
        );
        assert!(has_errors(&[d]));
        assert!(!has_errors(&[Diagnostic::warning("w", Span::default(), "m")]));
    }
}
