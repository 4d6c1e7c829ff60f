//! `judgement-call analyse`: what every playthrough of each scenario can do: paths, endings,
//! best and worst totals, dominated options, and how the bots score.

use std::path::PathBuf;
use std::process::ExitCode;

use judgement_call::engine::analyse::{Analysis, Paths};
use judgement_call::engine::bot::{self, Bot};
use judgement_call::engine::playthrough::encode_response;
use judgement_call::engine::scorecard;
use judgement_call::engine::{self, Answered, Playthrough, Scenario};
use judgement_call::report;
use serde_json::{Value, json};

use crate::{Format, files};

/// One analysed scenario, ready to print.
struct Row {
    scenario: Scenario,
    analysis: Analysis,
    bots: Vec<(Bot, f64)>,
    /// The expert bot's responses as `play --responses` tokens.
    expert_log: String,
    /// The lowest-scoring other bot that reaches an ending (seed 0), and its responses as
    /// tokens: a poor path to test a debrief with.
    poor: Option<(Bot, String)>,
}

pub fn run(paths: &[PathBuf], format: Format) -> ExitCode {
    let sources = match files::sources(paths) {
        Ok(sources) => sources,
        Err(code) => return code,
    };
    let mut rows = Vec::new();
    let mut failed = false;
    for file in &sources {
        match engine::study(&file.text) {
            (Some((scenario, analysis)), _) => {
                let bots = Bot::ALL.iter().map(|&b| (b, bot::score(&scenario, &analysis, b))).collect();
                let expert = bot::play(&scenario, &analysis, Bot::Expert, 0);
                let expert_log = tokens(&expert);
                let poor = poor(&scenario, &analysis);
                rows.push(Row { scenario, analysis, bots, expert_log, poor });
            }
            (None, diagnostics) => {
                failed = true;
                eprint!("{}", report::diagnostics(&file.name, &file.text, &diagnostics));
                eprintln!("{}: not analysed, it has errors (see `judgement-call check`)", file.name);
            }
        }
    }
    match format {
        Format::Text => print!("{}", table(&rows)),
        Format::Json => println!("{}", json!({ "scenarios": rows.iter().map(row_json).collect::<Vec<_>>() })),
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Responses as `play --responses` tokens.
fn tokens(history: &[Answered]) -> String {
    history.iter().map(|a| encode_response(&a.response)).collect::<Vec<_>>().join(".")
}

/// The bot other than the expert whose playthrough with seed 0 scores lowest among those
/// that reach an ending (the first such bot on a tie), with its tokens.
fn poor(scenario: &Scenario, analysis: &Analysis) -> Option<(Bot, String)> {
    let mut found: Option<(Bot, f64, String)> = None;
    for bot in Bot::ALL.into_iter().filter(|&b| b != Bot::Expert) {
        let history = bot::play(scenario, analysis, bot, 0);
        let mut playthrough = Playthrough::new(scenario, 0);
        playthrough.responses = history.iter().map(|a| a.response.clone()).collect();
        let Ok(card) = scorecard::score(scenario, analysis, &playthrough) else { continue };
        if card.finished && found.as_ref().is_none_or(|(_, lowest, _)| card.overall < *lowest) {
            found = Some((bot, card.overall, tokens(&history)));
        }
    }
    found.map(|(bot, _, log)| (bot, log))
}

fn paths_text(paths: Paths) -> String {
    match paths {
        Paths::Count(n) => n.to_string(),
        Paths::Unbounded => "unbounded".to_string(),
    }
}

fn ids(scenario: &Scenario, nodes: &[usize]) -> Vec<String> {
    nodes.iter().filter_map(|&n| scenario.nodes.get(n)).map(|n| n.id.clone()).collect()
}

fn table(rows: &[Row]) -> String {
    let mut out = format!("{:<28} {:>9} {:>8} {:>12}", "scenario", "paths", "endings", "unreachable");
    for bot in Bot::ALL {
        out.push_str(&format!(" {:>8}", bot.name()));
    }
    out.push('\n');
    for row in rows {
        let a = &row.analysis;
        out.push_str(&format!(
            "{:<28} {:>9} {:>8} {:>12}",
            row.scenario.meta.id,
            paths_text(a.paths),
            a.endings.len(),
            a.unreachable_endings.len()
        ));
        for (_, score) in &row.bots {
            out.push_str(&format!(" {score:>8.1}"));
        }
        out.push('\n');
    }
    for row in rows {
        let (scenario, a) = (&row.scenario, &row.analysis);
        let mut notes = Vec::new();
        let random = row.bots.iter().find(|(b, _)| *b == Bot::Random).map_or(0.0, |(_, s)| *s);
        for (bot, score) in row.bots.iter().filter(|(b, _)| Bot::SURFACE.contains(b)) {
            if score - random > 10.0 {
                notes.push(format!(
                    "the {} bot beats random by {:.1} points: a surface cue predicts the best option",
                    bot.name(),
                    score - random
                ));
            }
        }
        if !a.unreachable_endings.is_empty() {
            notes.push(format!("unreachable endings: {}", ids(scenario, &a.unreachable_endings).join(", ")));
        }
        if !a.dominated.is_empty() {
            notes.push(format!(
                "{} option(s) rated below another option by every rater, with no better evidence",
                a.dominated.len()
            ));
        }
        let ranges: Vec<String> =
            a.ranges.iter().map(|r| format!("{} {:.1}..{:.1}", r.measure, r.worst, r.best)).collect();
        out.push_str(&format!(
            "\n{}: {} situations; worst..best {}\n",
            scenario.meta.id,
            a.graph.len(),
            ranges.join(", ")
        ));
        for note in notes {
            out.push_str(&format!("  note: {note}\n"));
        }
    }
    out
}

fn row_json(row: &Row) -> Value {
    let (scenario, a) = (&row.scenario, &row.analysis);
    let paths = match a.paths {
        Paths::Count(n) => json!(n),
        Paths::Unbounded => Value::Null,
    };
    let bots: serde_json::Map<String, Value> =
        row.bots.iter().map(|(b, s)| (b.name().to_string(), json!((s * 10.0).round() / 10.0))).collect();
    json!({
        "id": scenario.meta.id,
        "paths": paths,
        "endings": a.endings.len(),
        "unreachable_endings": ids(scenario, &a.unreachable_endings),
        "situations": a.graph.len(),
        "ranges": a.ranges.iter().map(|r| json!({ "measure": r.measure, "worst": r.worst, "best": r.best })).collect::<Vec<_>>(),
        "dominated": a.dominated.iter().map(|d| {
            let option = |i: usize| match scenario.nodes.get(d.decision).map(|n| &n.kind) {
                Some(engine::scenario::NodeKind::Decision(decision)) => decision.options.get(i).map(|o| o.id.clone()),
                _ => None,
            };
            json!({ "decision": scenario.nodes[d.decision].id, "option": option(d.option), "by": option(d.by) })
        }).collect::<Vec<_>>(),
        "bots": bots,
        "expert_log": row.expert_log,
        "poor_bot": row.poor.as_ref().map(|(bot, _)| bot.name()),
        "poor_log": row.poor.as_ref().map(|(_, log)| log.as_str()),
    })
}
