//! What the engine found in an author's file: each problem with its code, message, place,
//! the source line and a caret under the part it is about, all as text.

use yew::prelude::*;

use crate::model::finding::Finding;
use engine::Severity;
use figures::count;

/// The findings in the file named `file` (as the author opened it).
pub fn view(file: &str, findings: &[Finding]) -> Html {
    let errors = findings.iter().filter(|f| f.severity == Severity::Error).count();
    let warnings = findings.len() - errors;
    let summary = match (errors, warnings) {
        (0, 0) => "No problems found".to_string(),
        (0, w) => count(w, "warning"),
        (e, 0) => count(e, "error"),
        (e, w) => format!("{} and {}", count(e, "error"), count(w, "warning")),
    };
    html! {
        <section class="diagnostics" aria-labelledby="diagnostics-title">
            <h2 id="diagnostics-title">{ format!("{file}: {summary}") }</h2>
            if errors > 0 {
                <p>{ "Fix the errors to play the scenario. Warnings do not stop it." }</p>
            }
            <ol class="findings">
                { for findings.iter().map(|f| {
                    let severity = if f.severity == Severity::Error { "error" } else { "warning" };
                    let gutter = f.line.to_string();
                    let pad = " ".repeat(gutter.len());
                    let caret = format!("{pad} | {}{}", " ".repeat(f.col.saturating_sub(1)), "^".repeat(f.width.max(1)));
                    html! {
                        <li class={if severity == "error" { "finding error" } else { "finding warning" }}>
                            <p class="finding-head">
                                <span class="severity">{ severity }</span>
                                <code class="code">{ f.code }</code>
                                <span class="message">{ f.message.clone() }</span>
                            </p>
                            <p class="where">{ format!("{file}:{}:{}", f.line, f.col) }</p>
                            <pre class="snippet" aria-label={format!("Line {}", f.line)}>{ format!("{gutter} | {}\n{caret}", f.text) }</pre>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
