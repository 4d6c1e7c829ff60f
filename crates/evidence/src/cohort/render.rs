//! A cohort [`Report`] written for a terminal ([`text`]) and for tools ([`json`]); the HTML
//! page is [`super::html`]. Figures are rounded here and only here: two decimals for
//! correlations and difficulties, whole percentages for shares, a tenth of a point for
//! overall scores.

use codec::json::Json;

use super::report::{DecisionReport, Report};

/// A share as a whole percentage, or a dash.
pub(crate) fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{:.0}%", 100.0 * x))
}

/// A figure to two decimals, or a dash.
pub(crate) fn two(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_string(), |x| format!("{x:.2}"))
}

/// Who the learners are shown as.
pub(crate) fn learners_shown(report: &Report) -> &'static str {
    if report.names { "by name" } else { "as SHA-256 pseudonyms (the first 12 hex digits)" }
}

/// What was counted, in a sentence.
pub(crate) fn counted(report: &Report) -> String {
    let which = if report.first_only { "first attempts only" } else { "every attempt" };
    format!(
        "{} attempts counted ({which}), {} reached an ending; {} learners{}.",
        report.attempts,
        report.finished,
        report.learners,
        if report.anonymous > 0 { format!(", {} attempts without a learner", report.anonymous) } else { String::new() }
    )
}

/// What was skipped, in a sentence; `None` when nothing was.
pub(crate) fn skipped(report: &Report) -> Option<String> {
    let s = &report.skipped;
    let mut parts = Vec::new();
    if s.later > 0 {
        let order = if s.out_of_order > 0 {
            format!(", {} of them earlier than the attempt counted: the input is not in time order", s.out_of_order)
        } else {
            String::new()
        };
        parts.push(format!("{} later attempts{order}", s.later));
    }
    if s.elsewhere > 0 {
        parts.push(format!("{} inputs about other scenarios", s.elsewhere));
    }
    for (reason, n) in &s.malformed {
        parts.push(format!("{n} malformed: {reason}"));
    }
    (!parts.is_empty()).then(|| format!("Skipped: {}.", parts.join("; ")))
}

/// The report for a terminal.
pub fn text(report: &Report) -> String {
    let mut out = format!("Cohort analysis of {} ({}, version {:08x})\n", report.title, report.scenario, report.hash);
    out.push_str(&counted(report));
    out.push('\n');
    if let Some(skipped) = skipped(report) {
        out.push_str(&skipped);
        out.push('\n');
    }
    for (learner, detail) in &report.skipped.examples {
        out.push_str(&format!("  e.g. {}: {detail}\n", learner.as_deref().unwrap_or("(no learner)")));
    }
    out.push_str(&format!("Learners are shown {}.\n", learners_shown(report)));
    let o = &report.overall;
    out.push_str(&format!(
        "Overall score: mean {}, SD {}",
        o.mean.map_or("–".into(), |m| format!("{m:.1}")),
        o.sd.map_or("–".into(), |m| format!("{m:.1}"))
    ));
    if let Some((bottom, top)) = o.thirds {
        out.push_str(&format!("; bottom third up to {bottom:.1}, top third from {top:.1}"));
    }
    out.push('\n');
    out.push_str(&bars(&o.bins, |i| format!("{:>3}–{:<3}", i * 10, i * 10 + 10)));
    for d in &report.decisions {
        out.push('\n');
        decision(&mut out, d, report.attempts);
    }
    if !report.edges.is_empty() {
        out.push_str("\nPaths (route edges walked, most first):\n");
        for (from, to, n) in &report.edges {
            out.push_str(&format!("  {:>6}  {} → {to}\n", n, from.as_deref().unwrap_or("(start)")));
        }
    }
    if !report.dimensions.is_empty() {
        out.push_str("\nDimensions (estimates per tenth, 0 to 1):\n");
        for d in &report.dimensions {
            out.push_str(&format!(
                "  {} ({}): mean {}, {} with too little evidence\n",
                d.label,
                d.id,
                two(d.mean),
                d.thin
            ));
            out.push_str(&bars(&d.bins, |i| format!("  {:.1}–{:.1}", i as f64 / 10.0, (i + 1) as f64 / 10.0)));
        }
    }
    out
}

fn decision(out: &mut String, d: &DecisionReport, attempts: u64) {
    out.push_str(&format!("{} ({}, weight {}): {}\n", d.id, d.kind.as_str(), d.weight, d.ask));
    let reach = (attempts > 0).then(|| d.reached as f64 / attempts as f64);
    out.push_str(&format!(
        "  reached by {} ({}) · difficulty {} · discrimination {} (over {})\n",
        d.reached,
        percent(reach),
        two(d.difficulty),
        two(d.discrimination),
        d.pairs
    ));
    let key = if d.kind.is_checklist() { "weight" } else { "mean" };
    out.push_str(&format!(
        "  {:<20} {:>7} {:>6} {:>6} {:>7} {:>6}\n",
        "option", "chosen", "share", "top", "bottom", key
    ));
    for o in &d.options {
        let mark = if o.best { " *" } else { "" };
        let key = match (o.mean, o.weight) {
            (Some(m), _) => format!("{m:.1}"),
            (_, Some(w)) => format!("{w:+}"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "  {:<20} {:>7} {:>6} {:>6} {:>7} {:>6}\n",
            format!("{}{mark}", o.id),
            o.chosen,
            percent(o.share),
            percent(o.top),
            percent(o.bottom),
            key
        ));
    }
    for flag in &d.flags {
        out.push_str(&format!("  ! {}\n", flag.explain(&d.options)));
    }
}

/// A histogram as rows of `#`, the longest 40 wide.
fn bars(bins: &[u64], label: impl Fn(usize) -> String) -> String {
    let most = bins.iter().copied().max().unwrap_or(0).max(1);
    bins.iter()
        .enumerate()
        .map(|(i, &n)| format!("  {} {:>6} {}\n", label(i), n, "#".repeat((n * 40).div_ceil(most) as usize)))
        .collect()
}

fn number(x: Option<f64>, places: usize) -> Json {
    x.map_or(Json::Null, |x| Json::number(x, places))
}

fn count(n: u64) -> Json {
    Json::Number(n.to_string())
}

/// The report as JSON, for tools.
pub fn json(report: &Report) -> String {
    let s = &report.skipped;
    let skipped = Json::object([
        ("later", count(s.later)),
        ("outOfOrder", count(s.out_of_order)),
        ("elsewhere", count(s.elsewhere)),
        ("malformed", Json::Object(s.malformed.iter().map(|(r, n)| (r.code().to_string(), count(*n))).collect())),
        (
            "examples",
            Json::Array(
                s.examples
                    .iter()
                    .map(|(l, d)| {
                        Json::object([("learner", l.clone().map_or(Json::Null, Json::str)), ("detail", Json::str(d))])
                    })
                    .collect(),
            ),
        ),
    ]);
    let o = &report.overall;
    let overall = Json::object([
        ("mean", number(o.mean, 2)),
        ("sd", number(o.sd, 2)),
        ("bins", Json::Array(o.bins.iter().map(|&n| count(n)).collect())),
        ("bottomThirdUpTo", number(o.thirds.map(|t| t.0), 1)),
        ("topThirdFrom", number(o.thirds.map(|t| t.1), 1)),
    ]);
    let decisions = report
        .decisions
        .iter()
        .map(|d| {
            let options = d
                .options
                .iter()
                .map(|o| {
                    Json::object([
                        ("id", Json::str(&o.id)),
                        ("text", Json::str(&o.text)),
                        ("chosen", count(o.chosen)),
                        ("share", number(o.share, 4)),
                        ("top", number(o.top, 4)),
                        ("bottom", number(o.bottom, 4)),
                        ("best", Json::Bool(o.best)),
                        ("mean", number(o.mean, 2)),
                        ("weight", o.weight.map_or(Json::Null, |w| Json::Number(w.to_string()))),
                    ])
                })
                .collect();
            let flags = d
                .flags
                .iter()
                .map(|f| {
                    Json::object([("flag", Json::str(f.code())), ("explanation", Json::str(f.explain(&d.options)))])
                })
                .collect();
            Json::object([
                ("id", Json::str(&d.id)),
                ("kind", Json::str(d.kind.as_str())),
                ("ask", Json::str(&d.ask)),
                ("weight", Json::number(d.weight, 4)),
                ("reached", count(d.reached)),
                ("responses", count(d.responses)),
                ("difficulty", number(d.difficulty, 4)),
                ("discrimination", number(d.discrimination, 4)),
                ("pairs", count(d.pairs)),
                ("options", Json::Array(options)),
                ("flags", Json::Array(flags)),
            ])
        })
        .collect();
    let edges = report
        .edges
        .iter()
        .map(|(from, to, n)| {
            Json::object([
                ("from", from.clone().map_or(Json::Null, Json::str)),
                ("to", Json::str(to)),
                ("count", count(*n)),
            ])
        })
        .collect();
    let dimensions = report
        .dimensions
        .iter()
        .map(|d| {
            Json::object([
                ("id", Json::str(&d.id)),
                ("label", Json::str(&d.label)),
                ("mean", number(d.mean, 4)),
                ("thin", count(d.thin)),
                ("bins", Json::Array(d.bins.iter().map(|&n| count(n)).collect())),
            ])
        })
        .collect();
    let mut out = Json::object([
        ("format", Json::str("judgement-call-cohort")),
        ("version", Json::Number("1".into())),
        ("scenario", Json::str(&report.scenario)),
        ("title", Json::str(&report.title)),
        ("hash", Json::str(format!("{:08x}", report.hash))),
        ("firstAttemptsOnly", Json::Bool(report.first_only)),
        ("learnerIds", Json::str(if report.names { "names" } else { "sha256-12" })),
        ("attempts", count(report.attempts)),
        ("finished", count(report.finished)),
        ("learners", count(report.learners)),
        ("anonymous", count(report.anonymous)),
        ("skipped", skipped),
        ("overall", overall),
        ("decisions", Json::Array(decisions)),
        ("edges", Json::Array(edges)),
        ("dimensions", Json::Array(dimensions)),
    ])
    .write();
    out.push('\n');
    out
}
