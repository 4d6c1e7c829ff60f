//! What the engine found in an author's file: each problem with its code, message, place,
//! the source line and a caret under the part it is about, all as text.

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
                                <span class="message">{ f.message.clone() }</span>
                            </p>
                            <p class="where">{ format!("{file}:{}:{}", f.line, f.col) }</p>
                            <pre class="snippet" aria-label={phrase!("diagnostics-line", line = f.line.to_string())}>{ format!("{gutter} | {}\n{caret}", f.text) }</pre>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
