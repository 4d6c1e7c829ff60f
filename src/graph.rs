//! `judgement-call graph`: the scenario's block graph as Graphviz DOT or a Mermaid flowchart.

use std::path::Path;
use std::process::ExitCode;

use report::graph;

use crate::{files, out};

/// The graph languages `graph` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT, for `dot -Tsvg`.
    Dot,
    /// A Mermaid flowchart, for Markdown that renders Mermaid.
    Mermaid,
}

pub fn run(path: &Path, format: GraphFormat) -> ExitCode {
    let scenario = match files::load(path) {
        Ok(scenario) => scenario,
        Err(code) => return code,
    };
    out::print(&match format {
        GraphFormat::Dot => graph::dot(&scenario),
        GraphFormat::Mermaid => graph::mermaid(&scenario),
    });
    ExitCode::SUCCESS
}
