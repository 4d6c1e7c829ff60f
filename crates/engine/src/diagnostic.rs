//! Problems found in a scenario file, as data.
//!
//! Every diagnostic has a stable kebab-case code (authors and tests can rely on it), a
//! message, and the span it is about. Rendering with source lines and carets is left to the
//! caller: the CLI and the Author view each draw them their own way.

use std::fmt;

use crate::source::{Span, line_col};

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

/// The stable codes, one constant each, so a typo cannot invent a new code.
pub mod code {
    /// A header line, or a line under an option, that is not `key: value`.
    pub const EXPECTED_FIELD: &str = "expected-field";
    /// A `==` line that cannot be read.
    pub const MALFORMED_BLOCK: &str = "malformed-block";
    /// The word after `==` is not `scene`, `decision` or `ending`, or a decision's `(kind)` is unknown.
    pub const UNKNOWN_BLOCK_KIND: &str = "unknown-block-kind";
    /// A block, declaration or route without its id.
    pub const MISSING_ID: &str = "missing-id";
    /// A `*` line that is not `* id: text`.
    pub const MALFORMED_OPTION: &str = "malformed-option";
    /// A `*` line outside a decision.
    pub const OPTION_OUTSIDE_DECISION: &str = "option-outside-decision";
    /// A field that does not belong where it is.
    pub const UNKNOWN_FIELD: &str = "unknown-field";
    /// A required field that is absent.
    pub const MISSING_FIELD: &str = "missing-field";
    /// A field given twice where only one is allowed.
    pub const DUPLICATE_FIELD: &str = "duplicate-field";
    /// A value that cannot be read.
    pub const INVALID_VALUE: &str = "invalid-value";
    /// A number that cannot be read.
    pub const INVALID_NUMBER: &str = "invalid-number";
    /// A condition that cannot be read.
    pub const INVALID_CONDITION: &str = "invalid-condition";
    /// An `effect:` that cannot be read.
    pub const INVALID_EFFECT: &str = "invalid-effect";
    /// Two things of one namespace with one id.
    pub const DUPLICATE_ID: &str = "duplicate-id";
    /// A route, `start:` or `chose` naming no block.
    pub const UNKNOWN_TARGET: &str = "unknown-target";
    /// A condition or effect naming undeclared state.
    pub const UNKNOWN_STATE: &str = "unknown-state";
    /// Evidence for an undeclared dimension.
    pub const UNKNOWN_DIMENSION: &str = "unknown-dimension";
    /// A rating by an undeclared rater.
    pub const UNKNOWN_RATER: &str = "unknown-rater";
    /// `chose DECISION.OPTION` naming an option the decision does not have.
    pub const UNKNOWN_OPTION: &str = "unknown-option";
    /// `move:` naming a move outside the vocabulary.
    pub const UNKNOWN_MOVE: &str = "unknown-move";
    /// A flag used as a number or a number used as a flag.
    pub const TYPE_MISMATCH: &str = "type-mismatch";
    /// A value outside its allowed range.
    pub const OUT_OF_RANGE: &str = "out-of-range";
    /// Routes that can leave the story with nowhere to go.
    pub const MISSING_FALLBACK: &str = "missing-fallback";
    /// A route where none is allowed: in an ending, or under an option that does not branch.
    pub const MISPLACED_ROUTE: &str = "misplaced-route";
    /// A decision with fewer than two options (or a checklist with nothing that matters).
    pub const TOO_FEW_OPTIONS: &str = "too-few-options";
    /// A rating outside 1–7.
    pub const RATING_OUT_OF_RANGE: &str = "rating-out-of-range";
    /// Ratings from fewer than three raters.
    pub const TOO_FEW_RATERS: &str = "too-few-raters";
    /// Checklist penalties that let "tick everything" score above zero.
    pub const SELECT_ALL_SCORES: &str = "select-all-scores";
    /// A file without any block.
    pub const EMPTY_SCENARIO: &str = "empty-scenario";
    /// A block no playthrough reaches (found by analysis).
    pub const UNREACHABLE: &str = "unreachable";
    /// A block from which some playthroughs can never reach an ending (found by analysis).
    pub const DEAD_END: &str = "dead-end";
    /// A loop some playthroughs can never leave (found by analysis).
    pub const ENDLESS_CYCLE: &str = "endless-cycle";
    /// An ending no playthrough reaches (found by analysis).
    pub const UNREACHABLE_ENDING: &str = "unreachable-ending";
    /// A scenario too large for analysis to explore completely (a warning).
    pub const ANALYSIS_LIMIT: &str = "analysis-limit";
    /// A reflex or tone bot reaches the pass mark (a warning).
    pub const REFLEX_PASSES: &str = "reflex-passes";
    /// A list item wrapped onto a line that ends the list instead of continuing it (a warning).
    pub const BROKEN_ITEM: &str = "broken-item";

    /// Every code above, in the order the language reference lists them.
    pub const ALL: &[&str] = &[
        EXPECTED_FIELD,
        MALFORMED_BLOCK,
        UNKNOWN_BLOCK_KIND,
        MISSING_ID,
        MALFORMED_OPTION,
        OPTION_OUTSIDE_DECISION,
        UNKNOWN_FIELD,
        MISSING_FIELD,
        DUPLICATE_FIELD,
        INVALID_VALUE,
        INVALID_NUMBER,
        INVALID_CONDITION,
        INVALID_EFFECT,
        DUPLICATE_ID,
        UNKNOWN_TARGET,
        UNKNOWN_STATE,
        UNKNOWN_DIMENSION,
        UNKNOWN_RATER,
        UNKNOWN_OPTION,
        UNKNOWN_MOVE,
        TYPE_MISMATCH,
        OUT_OF_RANGE,
        MISSING_FALLBACK,
        MISPLACED_ROUTE,
        TOO_FEW_OPTIONS,
        RATING_OUT_OF_RANGE,
        TOO_FEW_RATERS,
        SELECT_ALL_SCORES,
        EMPTY_SCENARIO,
        UNREACHABLE,
        DEAD_END,
        ENDLESS_CYCLE,
        UNREACHABLE_ENDING,
        ANALYSIS_LIMIT,
        REFLEX_PASSES,
        BROKEN_ITEM,
    ];
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
