//! `judgement-call analyse`: what every playthrough of each scenario can do: paths, endings,
//! best and worst totals, dominated options, and how the bots score; then, over every file
//! given, how the reflex bots fare on average and how often each move is the best option and
//! the worst.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use engine::analyse::{Analysis, Paths};
use engine::bot::{self, Balance, Bot};
use engine::playthrough::encode_response;
use engine::scenario::{Move, NodeId};
use engine::scorecard;
use engine::{self, Answered, Playthrough, Scenario};
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
                let bots = Bot::every().map(|b| (b, bot::score(&scenario, &analysis, b))).collect();
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
        Format::Json => {
            let moves: serde_json::Map<String, Value> = balance(&rows)
                .into_iter()
                .map(|(m, b)| {
                    (m.as_str().to_string(), json!({ "best": b.best, "worst": b.worst, "options": b.options }))
                })
                .collect();
            let means: serde_json::Map<String, Value> =
                means(&rows).into_iter().map(|(bot, mean)| (bot.to_string(), json!(tenth(mean)))).collect();
            println!(
                "{}",
                json!({ "scenarios": rows.iter().map(row_json).collect::<Vec<_>>(), "moves": moves, "means": means })
            )
        }
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

fn ids(scenario: &Scenario, nodes: &[NodeId]) -> Vec<String> {
    nodes.iter().map(|&n| scenario.node(n).id.clone()).collect()
}

fn table(rows: &[Row]) -> String {
    let mut out = format!("{:<28} {:>9} {:>8} {:>12}", "scenario", "paths", "endings", "unreachable");
    for bot in Bot::ALL {
        out.push_str(&format!(" {:>8}", bot.to_string()));
    }
    out.push_str(&format!(" {:>5} {:>18}\n", "pass", "best reflex"));
    for row in rows {
        let a = &row.analysis;
        out.push_str(&format!(
            "{:<28} {:>9} {:>8} {:>12}",
            row.scenario.meta.id,
            paths_text(a.paths),
            a.endings.len(),
            a.unreachable_endings.len()
        ));
        for (_, score) in row.bots.iter().filter(|(b, _)| Bot::ALL.contains(b)) {
            out.push_str(&format!(" {score:>8.1}"));
        }
        let best = reflexes(row).next();
        let best = best.map_or(String::new(), |(bot, score)| format!("{score:.1} {bot}"));
        out.push_str(&format!(" {:>5} {best:>18}\n", row.scenario.meta.pass));
    }
    for row in rows {
        let (scenario, a) = (&row.scenario, &row.analysis);
        let mut notes = Vec::new();
        let random = row.bots.iter().find(|(b, _)| *b == Bot::Random).map_or(0.0, |(_, s)| *s);
        for (bot, score) in row.bots.iter().filter(|(b, _)| Bot::SURFACE.contains(b)) {
            if score - random > 10.0 {
                notes.push(format!(
                    "the {bot} bot beats random by {:.1} points: a surface cue predicts the best option",
                    score - random
                ));
            }
        }
        let pass = f64::from(scenario.meta.pass);
        let passing: Vec<String> =
            reflexes(row).filter(|(_, score)| *score >= pass).map(|(bot, score)| format!("{bot} {score:.1}")).collect();
        if !passing.is_empty() {
            notes.push(format!("reflex bots reach the pass mark ({}): {}", scenario.meta.pass, passing.join(", ")));
        }
        let unmoved = unmoved(scenario);
        if unmoved > 0 {
            notes.push(format!("{unmoved} option(s) without a move: the reflex bots cannot read them"));
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
        let top: Vec<String> = reflexes(row).take(3).map(|(bot, score)| format!("{bot} {score:.1}")).collect();
        out.push_str(&format!("  best reflexes: {}\n", top.join(", ")));
        for note in notes {
            out.push_str(&format!("  note: {note}\n"));
        }
    }
    if rows.len() > 1 {
        out.push_str(&library(rows));
    }
    out
}

/// The reflex and tone bots of a row, best score first (ties in their usual order).
fn reflexes(row: &Row) -> impl Iterator<Item = (Bot, f64)> {
    let mut scored: Vec<(Bot, f64)> = row.bots.iter().copied().filter(|(b, _)| !Bot::ALL.contains(b)).collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    scored.into_iter()
}

/// The options of pick, rate and rank decisions that carry no `move:`.
fn unmoved(scenario: &Scenario) -> usize {
    let decisions = scenario.decisions().filter(|(_, d)| !d.kind.is_checklist());
    decisions.flat_map(|(_, d)| &d.options).filter(|o| o.r#move.is_none()).count()
}

/// Every move's balance summed over the rows.
fn balance(rows: &[Row]) -> BTreeMap<Move, Balance> {
    let mut sum: BTreeMap<Move, Balance> = BTreeMap::new();
    for row in rows {
        for (m, b) in bot::balance(&row.scenario) {
            let total = sum.entry(m).or_default();
            total.options += b.options;
            total.best += b.best;
            total.worst += b.worst;
        }
    }
    sum
}

/// Every bot's score averaged over the rows, in the bots' usual order.
fn means(rows: &[Row]) -> Vec<(Bot, f64)> {
    let n = rows.len().max(1) as f64;
    Bot::every()
        .map(|bot| {
            let total: f64 = rows.iter().filter_map(|r| r.bots.iter().find(|(b, _)| *b == bot)).map(|(_, s)| s).sum();
            (bot, total / n)
        })
        .collect()
}

fn tenth(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// The library's summary: the reflex bots' mean scores against the random bot's, and how
/// often each move is the best option and the worst.
fn library(rows: &[Row]) -> String {
    let means = means(rows);
    let random = means.iter().find(|(b, _)| *b == Bot::Random).map_or(0.0, |(_, s)| *s);
    let mut reflex: Vec<(Bot, f64)> = means.iter().copied().filter(|(b, _)| !Bot::ALL.contains(b)).collect();
    reflex.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out = format!("\nAcross {} scenarios: random averages {random:.1}; the best reflexes average ", rows.len());
    let top: Vec<String> = reflex.iter().take(5).map(|(bot, score)| format!("{bot} {score:.1}")).collect();
    out.push_str(&format!("{}.\n", top.join(", ")));
    out.push_str(&format!("\n{:<12} {:>8} {:>6} {:>6}\n", "move", "options", "best", "worst"));
    for (m, b) in balance(rows) {
        out.push_str(&format!("{:<12} {:>8} {:>6} {:>6}\n", m.as_str(), b.options, b.best, b.worst));
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
        row.bots.iter().map(|(b, s)| (b.to_string(), json!(tenth(*s)))).collect();
    json!({
        "id": scenario.meta.id,
        "pass": scenario.meta.pass,
        "paths": paths,
        "endings": a.endings.len(),
        "unreachable_endings": ids(scenario, &a.unreachable_endings),
        "situations": a.graph.len(),
        "ranges": a.ranges.iter().map(|r| json!({ "measure": r.measure, "worst": r.worst, "best": r.best })).collect::<Vec<_>>(),
        "dominated": a.dominated.iter().map(|d| {
            let option = |i: usize| scenario.decision(d.decision).and_then(|decision| decision.options.get(i)).map(|o| o.id.clone());
            json!({ "decision": scenario.node(d.decision).id, "option": option(d.option), "by": option(d.by) })
        }).collect::<Vec<_>>(),
        "bots": bots,
        "expert_log": row.expert_log,
        "poor_bot": row.poor.as_ref().map(|(bot, _)| bot.to_string()),
        "poor_log": row.poor.as_ref().map(|(_, log)| log.as_str()),
    })
}
