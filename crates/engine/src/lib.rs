//! The pure engine: scenario text in, playable scenario and derived views out.
//!
//! `parse` reads text into raw syntax and never fails; `validate` checks it and builds a
//! [`Scenario`] ([`read`] does just these two, for a host that only plays); [`analyse`] explores every situation a playthrough can reach, for
//! diagnostics and for the author CLI; [`playthrough`] plays it. Prose is read by [`markdown`] and conditions by
//! [`condition`]. Nothing here does IO, reads a clock, draws global randomness, or knows
//! about the browser: the tidy test in `tests/it` keeps it that way.

pub mod analyse;
pub mod bot;
pub mod condition;
pub mod debrief;
pub mod diagnostic;
pub mod markdown;
pub mod parse;
pub mod playthrough;
pub mod scenario;
pub mod score;
pub mod scorecard;
pub mod source;
pub mod syntax;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use playthrough::{
    Answer, Answered, AppliedEffect, Cause, Confidence, DecodeError, Passed, PendingEffect, PlayError, Playthrough,
    Position, Response, Step, replay, respond,
};
pub use scenario::Scenario;

/// Parses, validates and analyses a scenario file, and plays it with the reflex bots: the
/// scenario when it has no errors, and every diagnostic either way (a reflex bot that reaches
/// the pass mark is a warning), in the order they appear in the file. The author's check;
/// [`load`] skips the bots.
pub fn check(source: &str) -> (Option<Scenario>, Vec<Diagnostic>) {
    let (found, mut diagnostics) = study(source);
    if let Some((scenario, analysis)) = &found {
        diagnostics.extend(bot::diagnostics(scenario, analysis));
        diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    }
    (found.map(|(scenario, _)| scenario), diagnostics)
}

/// Parses and validates a scenario without analysing it: the fast path for playing a file
/// that has been checked already (the web app reads only the scenario being played). A
/// scenario that analysis would reject (a dead end, an endless cycle) still reads; playing
/// into such a place stops with [`PlayError::Stuck`]. Use [`load`] or [`check`] to hear
/// about those too.
pub fn read(source: &str) -> Result<Scenario, Vec<Diagnostic>> {
    let (file, mut diagnostics) = parse::parse(source);
    let (scenario, more) = validate::validate(&file, scenario::content_hash(source));
    diagnostics.extend(more);
    match scenario {
        Some(scenario) if !diagnostic::has_errors(&diagnostics) => Ok(scenario),
        _ => {
            diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
            Err(diagnostics)
        }
    }
}

/// Loads a scenario, or returns every diagnostic when it has errors (analysis included).
pub fn load(source: &str) -> Result<Scenario, Vec<Diagnostic>> {
    match study(source) {
        (Some((scenario, _)), _) => Ok(scenario),
        (None, diagnostics) => Err(diagnostics),
    }
}

/// [`check`], keeping the analysis it ran so a caller need not run it again.
pub fn study(source: &str) -> (Option<(Scenario, analyse::Analysis)>, Vec<Diagnostic>) {
    let (file, mut diagnostics) = parse::parse(source);
    let (scenario, more) = validate::validate(&file, scenario::content_hash(source));
    diagnostics.extend(more);
    // Analysis needs a valid scenario; a file with errors is reported without it.
    let found = scenario.filter(|_| !diagnostic::has_errors(&diagnostics)).map(|scenario| {
        let analysis = analyse::analyse(&scenario);
        diagnostics.extend(analyse::diagnostics(&scenario, &analysis));
        (scenario, analysis)
    });
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
    if diagnostic::has_errors(&diagnostics) {
        return (None, diagnostics);
    }
    (found, diagnostics)
}
