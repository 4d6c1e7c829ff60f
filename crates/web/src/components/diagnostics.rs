//! What the engine found in an author's file: each problem with its code, message, place,
//! the source line and a caret under the part it is about, all as text. The engine's
//! messages are English; in another language a finding leads with what its code means.

use yew::prelude::*;

use crate::model::finding::Finding;
use crate::phrase;
use engine::Severity;

/// The findings in the file named `file` (as the author opened it).
pub fn view(file: &str, findings: &[Finding]) -> Html {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    let title = match (errors, warnings) {
        (0, 0) => phrase!("diagnostics-title-none", file = file),
        (0, w) => phrase!("diagnostics-title-warnings", file = file, warnings = w),
        (e, 0) => phrase!("diagnostics-title-errors", file = file, errors = e),
        (e, w) => phrase!("diagnostics-title-both", file = file, errors = e, warnings = w),
    };
    // The engine words its findings in English (marked so, for screen readers and for the
    // tests that find English outside the catalogue): in another language each is said by
    // what its code means, with the engine's words after it.
    let english = phrase::same_language(&phrase::language(), "en");
    html! {
        <section class="diagnostics" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title">{ title }</h2>
            if errors > 0 {
                <p>{ phrase!("diagnostics-fix") }</p>
            }
            <ol class="findings">
                { for findings.iter().map(|f| {
                    let error = f.severity == Severity::Error;
                    let gutter = f.line.to_string();
                    let pad = " ".repeat(gutter.len());
                    let caret = format!("{pad} | {}{}", " ".repeat(f.col.saturating_sub(1)), "^".repeat(f.width.max(1)));
                    html! {
                        <li class={if error { "finding error" } else { "finding warning" }}>
                            <p class="finding-head">
                                <span class="severity">{ if error { phrase!("diagnostics-error") } else { phrase!("diagnostics-warning") } }</span>
                                <code class="code">{ f.code }</code>
                                if english {
                                    <span class="message" lang="en">{ f.message.clone() }</span>
                                } else {
                                    <span class="message">{ meaning(f.code) }</span>
                                }
                            </p>
                            if !english {
                                <p class="detail">{ phrase!("diagnostics-detail") }{ " " }<span lang="en">{ f.message.clone() }</span></p>
                            }
                            <p class="where">{ phrase!("diagnostics-where", file = file, line = f.line.to_string(), col = f.col.to_string()) }</p>
                            <pre class="snippet" aria-label={phrase!("diagnostics-line", line = f.line.to_string())}>{ format!("{gutter} | {}\n{caret}", f.text) }</pre>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}

/// What a finding's code means, in the interface's language.
fn meaning(code: &str) -> String {
    match code {
        "expected-field" => phrase!("diagnostic-expected-field"),
        "malformed-block" => phrase!("diagnostic-malformed-block"),
        "unknown-block-kind" => phrase!("diagnostic-unknown-block-kind"),
        "missing-id" => phrase!("diagnostic-missing-id"),
        "malformed-option" => phrase!("diagnostic-malformed-option"),
        "option-outside-decision" => phrase!("diagnostic-option-outside-decision"),
        "unknown-field" => phrase!("diagnostic-unknown-field"),
        "missing-field" => phrase!("diagnostic-missing-field"),
        "duplicate-field" => phrase!("diagnostic-duplicate-field"),
        "invalid-value" => phrase!("diagnostic-invalid-value"),
        "invalid-number" => phrase!("diagnostic-invalid-number"),
        "invalid-condition" => phrase!("diagnostic-invalid-condition"),
        "invalid-effect" => phrase!("diagnostic-invalid-effect"),
        "duplicate-id" => phrase!("diagnostic-duplicate-id"),
        "unknown-target" => phrase!("diagnostic-unknown-target"),
        "unknown-state" => phrase!("diagnostic-unknown-state"),
        "unknown-dimension" => phrase!("diagnostic-unknown-dimension"),
        "unknown-rater" => phrase!("diagnostic-unknown-rater"),
        "unknown-option" => phrase!("diagnostic-unknown-option"),
        "unknown-move" => phrase!("diagnostic-unknown-move"),
        "type-mismatch" => phrase!("diagnostic-type-mismatch"),
        "out-of-range" => phrase!("diagnostic-out-of-range"),
        "missing-fallback" => phrase!("diagnostic-missing-fallback"),
        "misplaced-route" => phrase!("diagnostic-misplaced-route"),
        "too-few-options" => phrase!("diagnostic-too-few-options"),
        "rating-out-of-range" => phrase!("diagnostic-rating-out-of-range"),
        "too-few-raters" => phrase!("diagnostic-too-few-raters"),
        "select-all-scores" => phrase!("diagnostic-select-all-scores"),
        "empty-scenario" => phrase!("diagnostic-empty-scenario"),
        "unreachable" => phrase!("diagnostic-unreachable"),
        "dead-end" => phrase!("diagnostic-dead-end"),
        "endless-cycle" => phrase!("diagnostic-endless-cycle"),
        "unreachable-ending" => phrase!("diagnostic-unreachable-ending"),
        "analysis-limit" => phrase!("diagnostic-analysis-limit"),
        "reflex-passes" => phrase!("diagnostic-reflex-passes"),
        "broken-item" => phrase!("diagnostic-broken-item"),
        other => other.to_string(),
    }
}
