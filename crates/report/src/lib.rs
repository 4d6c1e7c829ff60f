//! What the engine derives, drawn as text for people: diagnostics (`error[code]: message`,
//! then ` --> file:line:col`, the source line and a caret under the span, by annotate-snippets
//! without colour), prose as wrapped plain text ([`text`]), the block graph as DOT or Mermaid
//! ([`graph`]) and playthrough transcripts ([`transcript()`]).
//!
//! Native only: the CLI prints these and the golden tests compare them, while the web app
//! draws everything its own way and never pays for annotate-snippets.

mod debrief;
pub mod graph;
pub mod text;
mod transcript;

pub use debrief::{Length, debrief};
pub use transcript::{Refused, ReplayError, transcript};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use engine::source::clamp;
use engine::{Diagnostic, Severity};

/// Renders one diagnostic against its file's source.
pub fn diagnostic(file: &str, source: &str, d: &Diagnostic) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    // A span from another version of the file must not make the renderer slice inside a character.
    let range = clamp(source, d.span.start)..clamp(source, d.span.end);
    let report = &[level
        .primary_title(&d.message)
        .id(d.code)
        .element(Snippet::source(source).path(file).annotation(AnnotationKind::Primary.span(range)))];
    Renderer::plain().render(report).to_string()
}

/// Renders every diagnostic, separated by blank lines, ending with a newline when there are any.
pub fn diagnostics(file: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&diagnostic(file, source, d));
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::source::Span;

    #[test]
    fn renders_code_location_line_and_caret() {
        let source = "== scene a\n-> redy\n";
        let d = Diagnostic::error("unknown-target", Span::new(14, 18), "no scene, decision or ending is called `redy`");
        assert_eq!(
            diagnostic("x.scenario", source, &d),
            "error[unknown-target]: no scene, decision or ending is called `redy`\n --> x.scenario:2:4\n  |\n2 | -> redy\n  |    ^^^^"
        );
    }

    #[test]
    fn spans_past_the_end_or_inside_characters_are_clamped() {
        let source = "é\n";
        for span in [Span::new(1, 2), Span::new(50, 60), Span::new(0, 0)] {
            let text = diagnostic("x", source, &Diagnostic::error("c", span, "m"));
            assert!(text.starts_with("error[c]: m"), "{text}");
        }
        assert_eq!(diagnostics("x", source, &[]), "");
    }
}
