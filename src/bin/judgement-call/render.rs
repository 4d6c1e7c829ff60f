//! Diagnostics drawn for a terminal: `error[code]: message`, then `--> file:line:col`, the
//! source line and a caret, by annotate-snippets.

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use judgement_call::engine::{Diagnostic, Severity};

/// Renders one diagnostic against its file's source, without colour.
pub fn diagnostic(file: &str, source: &str, d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let report = &[level
        .primary_title(&d.message)
        .id(d.code)
        .element(Snippet::source(source).path(file).annotation(AnnotationKind::Primary.span(d.span.range())))];
    Renderer::plain().render(report).to_string()
}
