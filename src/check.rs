//! `judgement-call check`: every diagnostic of every file, exit 1 when any is an error.

use std::path::PathBuf;
use std::process::ExitCode;

use engine::source::line_col;
use engine::{self, Severity};
use serde_json::json;

use crate::{Format, files, out};

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
    let sources = match files::sources(paths) {
        Ok(sources) => sources,
        Err(code) => return code,
    };
    let mut errors = 0;
    let mut warnings = 0;
    let mut report = Vec::new();
    for file in &sources {
        let (_, diagnostics) = engine::check(&file.text);
        for d in &diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            match format {
                Format::Text => out::line(&format!("{}\n", report::diagnostic(&file.name, &file.text, d))),
                Format::Json => {
                    let at = line_col(&file.text, d.span.start);
                    report.push(json!({
                        "file": file.name, "severity": d.severity.to_string(), "code": d.code,
                        "message": d.message, "line": at.line, "column": at.col,
                        "start": d.span.start, "end": d.span.end,
                    }));
                }
            }
        }
    }
    match format {
        Format::Text => {
            out::line(&format!("checked {} file(s): {errors} error(s), {warnings} warning(s)", sources.len()))
        }
        Format::Json => out::line(
            &json!({ "files": sources.len(), "errors": errors, "warnings": warnings, "diagnostics": report })
                .to_string(),
        ),
    }
    if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
