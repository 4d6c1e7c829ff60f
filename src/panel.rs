//! `judgement-call panel`: real experts' ratings files merged into a scenario's panel
//! (`merge`: the figures per decision, and with `--write` the panel written into the file),
//! and an empty ratings file for an expert to fill in (`blank`). The merge itself is
//! `evidence::panel`'s; docs/scoring.md, "The expert panel", explains the figures.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use engine::scenario::DecisionKind;
use evidence::panel::{self, DecisionFigures, Figure, Merge, Submitted, Verdict};
use serde_json::{Value, json};

use crate::{Format, files, out};

/// What `panel` does.
#[derive(clap::Subcommand)]
pub enum PanelCommand {
    /// Merge experts' ratings files into per-decision figures: each option's mean and SD
    /// against the file's key, the panel's agreement, and a verdict on the best call (exit 1
    /// when the files cannot be merged, 2 when a file cannot be read or written).
    Merge {
        /// The scenario file the experts rated.
        file: PathBuf,
        /// One ratings file per expert (`jcr1 ratings`), at least three.
        #[arg(required = true)]
        ratings: Vec<PathBuf>,
        /// Write the panel into the scenario file (its raters and every `ratings:` line) when
        /// everything merged, and print what changed.
        #[arg(long)]
        write: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print an empty ratings file of a scenario for an expert to fill in.
    Blank {
        /// The scenario file.
        file: PathBuf,
        /// The expert's name, to sign the file with.
        #[arg(long, value_name = "NAME")]
        rater: Option<String>,
    },
}

pub fn run(command: PanelCommand) -> ExitCode {
    match command {
        PanelCommand::Merge { file, ratings, write, format } => merge(&file, &ratings, write, format),
        PanelCommand::Blank { file, rater } => match files::load(&file) {
            Ok(scenario) => {
                out::print(&panel::blank(&scenario, rater.as_deref()));
                ExitCode::SUCCESS
            }
            Err(code) => code,
        },
    }
}

fn merge(path: &Path, ratings: &[PathBuf], write: bool, format: Format) -> ExitCode {
    let (text, scenario) = match files::read(path) {
        Ok(found) => found,
        Err(code) => return code,
    };
    let mut texts = Vec::new();
    for file in ratings {
        match fs::read_to_string(file) {
            Ok(text) => texts.push((file.display().to_string(), text)),
            Err(e) => {
                eprintln!("error: {}: {e}", file.display());
                return ExitCode::from(2);
            }
        }
    }
    let submitted: Vec<Submitted<'_>> = texts.iter().map(|(name, text)| Submitted { name, text }).collect();
    let merged = match panel::merge(&scenario, &submitted) {
        Ok(merged) => merged,
        Err(refusal) => {
            if format == Format::Json {
                let problems: Vec<String> = refusal.problems.iter().map(ToString::to_string).collect();
                out::line(&json!({ "merged": false, "problems": problems }).to_string());
            }
            for problem in &refusal.problems {
                eprintln!("error: {problem}");
            }
            eprintln!("error: nothing merged{}", if write { " and nothing written" } else { "" });
            return ExitCode::FAILURE;
        }
    };
    let name = path.display().to_string();
    let written = if write {
        match panel::write(&text, &merged) {
            Ok(written) => Some(written),
            Err(refusal) => {
                eprintln!("error: {name}: {refusal}; nothing written");
                return ExitCode::FAILURE;
            }
        }
    } else {
        None
    };
    match format {
        Format::Text => out::print(&report(&name, &merged, written.is_none())),
        Format::Json => out::line(&json(&merged, written.is_some()).to_string()),
    }
    if let Some(written) = written {
        if let Err(e) = files::replace(path, &written) {
            eprintln!("error: {name}: {e}; the file was left as it was");
            return ExitCode::from(2);
        }
        if format == Format::Text {
            out::print(&changes(&name, &text, &written));
        }
    }
    ExitCode::SUCCESS
}

/// The merge as text: the raters, then each decision's table, agreement and verdict.
fn report(name: &str, merge: &Merge, hint: bool) -> String {
    let mut text = format!("Panel of {} for {} ({name})\n", count(merge.raters.len(), "rater"), merge.scenario);
    for rater in &merge.raters {
        let about = rater.about.as_ref().map(|a| format!(": {a}")).unwrap_or_default();
        text.push_str(&format!("  {}{about} ({})\n", rater.name, rater.file));
    }
    for decision in &merge.decisions {
        text.push('\n');
        text.push_str(&decision_text(merge, decision));
    }
    let verdicts = |verdict: Verdict| merge.decisions.iter().filter(|d| d.verdict == verdict).count();
    text.push_str(&format!(
        "\n{} clear, {} contested, {} different from the file's key.\n",
        count(verdicts(Verdict::Clear), "decision"),
        verdicts(Verdict::Contested),
        verdicts(Verdict::Different),
    ));
    if hint {
        text.push_str(&format!("Add --write to put this panel's raters and ratings into {name}.\n"));
    }
    text
}

fn decision_text(merge: &Merge, d: &DecisionFigures) -> String {
    let mut text = format!("{} ({}): {}\n", d.decision, d.kind.as_str(), d.ask);
    let width = d.options.iter().map(|o| o.id.chars().count()).max().unwrap_or(0).max("option".len());
    // One digit and a space per rater.
    let ratings_width = (merge.raters.len() * 2).saturating_sub(1).max("ratings".len());
    text.push_str(&format!(
        "  {:<width$}  {:>5}  {:>5}  {:>5}  {:>10}  ratings\n",
        "option", "mean", "SD", "rWG", "file's key"
    ));
    for (i, option) in d.options.iter().enumerate() {
        let ratings: Vec<String> = option.ratings.iter().map(u8::to_string).collect();
        let best = match (d.panel.best.contains(&i), d.key.best.contains(&i)) {
            (true, true) => "  best (panel and key)",
            (true, false) => "  best (panel)",
            (false, true) => "  best (key)",
            (false, false) => "",
        };
        let row = format!(
            "  {:<width$}  {:>5.2}  {:>5.2}  {:>5.2}  {:>10.2}  {:<ratings_width$}{best}",
            option.id,
            option.mean,
            option.sd,
            option.rwg,
            option.key_mean,
            ratings.join(" "),
        );
        text.push_str(row.trim_end());
        text.push('\n');
    }
    let a = &d.agreement;
    text.push_str(&format!(
        "  Agreement: rWG(J) {:.2}, {}: how alike the raters rate each option.\n",
        a.rwg_j,
        panel::strength(Figure::Rwg, a.rwg_j)
    ));
    text.push_str(&match a.icc {
        Some(icc) if icc < 0.0 => format!(
            "             ICC(C,{}) {icc:.2}, poor: the raters disagree more than the options' means differ.\n",
            merge.raters.len(),
        ),
        Some(icc) => format!(
            "             ICC(C,{}) {icc:.2}, {}: how reliably the panel's means tell the options apart.\n",
            merge.raters.len(),
            panel::strength(Figure::Icc, icc)
        ),
        None => "             ICC: none, every option has the same mean.\n".to_string(),
    });
    text.push_str(&match a.w {
        Some(w) => format!(
            "             Kendall's W {w:.2}, {}: how alike the raters order the options.\n",
            panel::strength(Figure::W, w)
        ),
        None => "             Kendall's W: none, no rater tells the options apart.\n".to_string(),
    });
    text.push_str(&format!("  Verdict: {}\n", verdict(d)));
    for (rater, comment) in &d.comments {
        let who = merge.raters.get(*rater).map_or("?", |r| r.name.as_str());
        text.push_str(&format!("  {who} says: {}\n", comment.replace('\n', " ")));
    }
    text
}

/// The verdict in words, with the numbers it rests on.
fn verdict(d: &DecisionFigures) -> String {
    let id = |i: usize| d.options.get(i).map_or("?", |o| o.id.as_str());
    let panel = &d.panel;
    let (top, second) = (panel.order.first().copied().unwrap_or(0), panel.order.get(1).copied());
    let mean = |i: usize| panel.means.get(i).copied().unwrap_or(0.0);
    let sd = |i: usize| panel.sds.get(i).copied().unwrap_or(0.0);
    let raters = d.options.first().map(|o| o.ratings.len());
    let half = second.map_or(0.0, |s| 0.5 * engine::score::pooled_sd(sd(top), sd(s), raters, raters));
    match d.verdict {
        Verdict::Different => {
            let best: Vec<String> = panel.best.iter().map(|&i| format!("{} ({:.2})", id(i), mean(i))).collect();
            let key: Vec<&str> = d.key.best.iter().map(|&i| id(i)).collect();
            format!(
                "different. The panel's best {} {}, but the file's key has {} best. Check the reasoning and \
                 feedback of this decision before writing the panel in.",
                if best.len() == 1 { "call is" } else { "calls are" },
                best.join(" and "),
                key.join(" and ")
            )
        }
        Verdict::Contested if panel.contested => {
            let s = second.unwrap_or(top);
            // Only a pick gives the near-tied runner-up full marks; rate and rank score the means.
            let marks = if d.kind == DecisionKind::Pick { ", and picking either earns full marks" } else { "" };
            format!(
                "contested. {} ({:.2}) and {} ({:.2}) are {:.2} apart, within half their pooled SD ({half:.2}): \
                 the experts split between them and the debrief says so{marks}.",
                id(top),
                mean(top),
                id(s),
                mean(s),
                mean(top) - mean(s)
            )
        }
        Verdict::Contested => format!(
            "contested. {} leads ({:.2}), but its own ratings spread by an SD of {:.2} ({:.1} or more splits \
             the experts): the debrief says the experts split here.",
            id(top),
            mean(top),
            sd(top),
            engine::score::SPLIT_SD
        ),
        Verdict::Clear => match second {
            Some(s) => format!(
                "clear. {} is the best call ({:.2}), {:.2} ahead of {} ({:.2}): more than half their pooled SD \
                 ({half:.2}), and its raters agree on it (SD {:.2}). The file's key agrees.",
                id(top),
                mean(top),
                mean(top) - mean(s),
                id(s),
                mean(s),
                sd(top)
            ),
            None => format!("clear. {} is the only option.", id(top)),
        },
    }
}

fn json(merge: &Merge, written: bool) -> Value {
    let raters: Vec<Value> =
        merge.raters.iter().map(|r| json!({ "id": r.id, "name": r.name, "about": r.about, "file": r.file })).collect();
    let decisions: Vec<Value> = merge
        .decisions
        .iter()
        .map(|d| {
            let id = |i: &usize| d.options.get(*i).map(|o| o.id.clone());
            let options: Vec<Value> = d
                .options
                .iter()
                .map(|o| json!({ "id": o.id, "ratings": o.ratings, "mean": o.mean, "sd": o.sd, "rwg": o.rwg, "key_mean": o.key_mean }))
                .collect();
            let comments: Vec<Value> = d
                .comments
                .iter()
                .map(|(r, text)| json!({ "rater": merge.raters.get(*r).map(|r| r.id.clone()), "text": text }))
                .collect();
            json!({
                "decision": d.decision, "kind": d.kind.as_str(), "ask": d.ask, "options": options,
                "agreement": { "rwg_j": d.agreement.rwg_j, "icc_c_k": d.agreement.icc, "kendall_w": d.agreement.w },
                "verdict": d.verdict.as_str(),
                "best": d.panel.best.iter().filter_map(id).collect::<Vec<_>>(),
                "key_best": d.key.best.iter().filter_map(id).collect::<Vec<_>>(),
                "split": d.panel.split(),
                "comments": comments,
            })
        })
        .collect();
    json!({
        "merged": true, "scenario": merge.scenario, "hash": format!("{:08x}", merge.hash),
        "raters": raters, "decisions": decisions, "written": written,
    })
}

/// What `--write` changed, as the lines taken out (`-`) and put in (`+`) with their line
/// numbers in the old and the new file.
fn changes(name: &str, old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // The longest common subsequence of lines, from the end, so the walk below goes forward.
    let mut common = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] { common[i + 1][j + 1] + 1 } else { common[i + 1][j].max(common[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut lines = Vec::new();
    let (mut taken, mut put) = (Vec::new(), Vec::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            // A hunk ends: what it took out, then what it put in.
            lines.append(&mut taken);
            lines.append(&mut put);
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || common[i + 1][j] >= common[i][j + 1]) {
            taken.push(format!("  -{:>5} {}", i + 1, a[i]));
            i += 1;
        } else {
            put.push(format!("  +{:>5} {}", j + 1, b[j]));
            j += 1;
        }
    }
    lines.append(&mut taken);
    lines.append(&mut put);
    format!(
        "\nwrote {name}: {} changed\n{}\nSentences of `reasoning:` that say who rated what speak of the old panel: \
         check them against the new ratings.\n",
        count(lines.len(), "line"),
        lines.join("\n")
    )
}

/// `n` of a thing, in words that agree: "1 rater", "3 raters".
fn count(n: usize, singular: &str) -> String {
    format!("{n} {singular}{}", if n == 1 { "" } else { "s" })
}
