//! The cohort report as one self-contained HTML page for an instructional designer: inline
//! CSS, charts as inline SVG (each with a `<title>` and `<desc>`, and a table beside it that
//! carries the same figures), no script. Per decision: a frequency bar chart with the key's
//! best option marked, difficulty, discrimination, the top and bottom thirds' pull and the
//! flags in words; the scenario's decision map (laid out by `workshop::guide::map`, as the
//! web app draws it) with the cohort's moves as a heat map; the overall scores' and each
//! dimension's spread. Every text from the scenario or the input is escaped.

use engine::Scenario;
use lms::record::shorten;
use workshop::guide::{self, Map};

use super::render::{counted, learners_shown, percent, skipped, two};
use super::report::{DecisionReport, Report};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
color:#1b1b1b;line-height:1.45}h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}\
table{border-collapse:collapse;margin:.5rem 0}caption{text-align:left;font-weight:600;padding:.25rem 0}\
th,td{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}\
.figures{display:flex;gap:2rem;flex-wrap:wrap}.figure{font-size:1.1rem}.figure b{display:block;font-size:1.6rem}\
.flag{background:#fff4e5;border-left:4px solid #b35c00;padding:.4rem .8rem;margin:.4rem 0}\
svg{max-width:100%;height:auto}svg text{font-family:system-ui,sans-serif;font-size:12px;fill:#1b1b1b}\
.best{fill:#1f6f3f}.other{fill:#6b7fa8}.bar{fill:#6b7fa8}.note{color:#555;font-size:.9rem}\
@media print{h2{break-before:auto}section{break-inside:avoid}}";

/// The report as a page. `scenario` gives the decision map its layout.
pub fn html(report: &Report, scenario: &Scenario) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>Cohort analysis: {}</title>\n", esc(&report.title)));
    out.push_str(&format!("<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"));
    out.push_str(&format!("<h1>Cohort analysis: {}</h1>\n", esc(&report.title)));
    out.push_str(&format!(
        "<p>Scenario <code>{}</code>, version <code>{:08x}</code>. {} Learners are shown {}.</p>\n",
        esc(&report.scenario),
        report.hash,
        esc(&counted(report)),
        learners_shown(report)
    ));
    if let Some(s) = skipped(report) {
        out.push_str(&format!("<p>{}</p>\n", esc(&s)));
    }
    if !report.skipped.examples.is_empty() {
        out.push_str("<details><summary>Examples of what could not be used</summary><ul>\n");
        for (learner, detail) in &report.skipped.examples {
            out.push_str(&format!("<li>{}: {}</li>\n", esc(learner.as_deref().unwrap_or("(no learner)")), esc(detail)));
        }
        out.push_str("</ul></details>\n");
    }
    out.push_str(HOW_TO_READ);
    overall(&mut out, report);
    out.push_str("<h2>Decisions</h2>\n");
    for d in &report.decisions {
        decision(&mut out, d, report.attempts);
    }
    paths(&mut out, report, scenario);
    dimensions(&mut out, report);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

const HOW_TO_READ: &str = "<section><h2>How to read this</h2><ul>\
<li><strong>Difficulty</strong> is the mean item score at a decision, from 0 to 1: higher is easier.</li>\
<li><strong>Discrimination</strong> is the correlation between a learner's score at a decision and their \
overall score on the rest of the scenario (the decision left out). Good decisions are above 0.2; near 0 \
the decision does not tell strong learners from weak ones; below 0 the strong do worse than the weak, and \
the key may be wrong.</li>\
<li>The <strong>top and bottom thirds</strong> are the learners with the highest and lowest overall \
scores. An option the top third chooses more than the bottom third is one strong learners favour.</li>\
<li>Branching shows different learners different decisions: each decision's figures are over the \
learners who reached it, who may not be a fair sample of the whole cohort.</li></ul></section>\n";

fn overall(out: &mut String, report: &Report) {
    let o = &report.overall;
    out.push_str("<section><h2>Overall scores</h2>\n<div class=\"figures\">");
    let figure = |label: &str, value: String| format!("<p class=\"figure\"><b>{value}</b>{label}</p>");
    out.push_str(&figure("mean", o.mean.map_or("–".into(), |m| format!("{m:.1}"))));
    out.push_str(&figure("standard deviation", o.sd.map_or("–".into(), |m| format!("{m:.1}"))));
    if let Some((bottom, top)) = o.thirds {
        out.push_str(&figure("bottom third up to", format!("{bottom:.1}")));
        out.push_str(&figure("top third from", format!("{top:.1}")));
    }
    out.push_str("</div>\n");
    let labels: Vec<String> = (0..10).map(|i| format!("{}–{}", i * 10, i * 10 + 10)).collect();
    histogram(out, "Overall scores", "Attempts per ten points of overall score.", &labels, &o.bins);
    out.push_str("</section>\n");
}

fn decision(out: &mut String, d: &DecisionReport, attempts: u64) {
    out.push_str(&format!(
        "<section id=\"d-{}\">\n<h3>{} <small>({}, weight {})</small></h3>\n",
        esc(&d.id),
        esc(&d.id),
        d.kind.as_str(),
        d.weight
    ));
    out.push_str(&format!("<p>{}</p>\n", esc(&d.ask)));
    out.push_str("<div class=\"figures\">");
    out.push_str(&format!("<p class=\"figure\"><b>{}</b>reached it</p>", d.reached));
    let reach = (attempts > 0).then(|| d.reached as f64 / attempts as f64);
    out.push_str(&format!("<p class=\"figure\"><b>{}</b>of the attempts</p>", percent(reach)));
    out.push_str(&format!("<p class=\"figure\"><b>{}</b>difficulty (mean item score)</p>", two(d.difficulty)));
    out.push_str(&format!(
        "<p class=\"figure\"><b>{}</b>discrimination (over {} learners)</p>",
        two(d.discrimination),
        d.pairs
    ));
    out.push_str("</div>\n");
    // The frequency chart: one bar per option, the key's best in green and marked ★.
    let row = 26.0;
    let height = 20.0 + row * d.options.len() as f64;
    let (left, width) = (150.0, 420.0);
    let chosen = match d.kind {
        engine::scenario::DecisionKind::Pick => "picked",
        engine::scenario::DecisionKind::Rate => "rated highest",
        engine::scenario::DecisionKind::Rank => "ranked first",
        _ => "ticked",
    };
    let desc: Vec<String> = d
        .options
        .iter()
        .map(|o| format!("{}{}: {}", o.id, if o.best { " (the key's best)" } else { "" }, percent(o.share)))
        .collect();
    let id = format!("freq-{}", esc(&d.id));
    out.push_str(&format!(
        "<svg viewBox=\"0 0 {:.0} {height:.0}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\">\
<title id=\"{id}-t\">How often each option of {} was {chosen}</title><desc id=\"{id}-d\">{}</desc>\n",
        left + width + 60.0,
        esc(&d.id),
        esc(&desc.join("; "))
    ));
    for (i, o) in d.options.iter().enumerate() {
        let y = 10.0 + row * i as f64;
        let w = width * o.share.unwrap_or(0.0).min(1.0);
        let class = if o.best { "best" } else { "other" };
        let star = if o.best { "★ " } else { "" };
        out.push_str(&format!(
            "<text x=\"{:.0}\" y=\"{:.1}\" text-anchor=\"end\">{star}{}</text>\
<rect class=\"{class}\" x=\"{left:.0}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{:.0}\"/>\
<text x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
            left - 8.0,
            y + 15.0,
            esc(&shorten(&o.id, 20)),
            row - 8.0,
            left + w + 6.0,
            y + 15.0,
            percent(o.share)
        ));
    }
    out.push_str("</svg>\n");
    let key = if d.kind.is_checklist() { "Weight" } else { "Experts' mean" };
    out.push_str(&format!(
        "<table><caption>Options of {}: how often each was {chosen}, overall and in the top and bottom thirds \
(★ the key's best)</caption>\n<thead><tr><th scope=\"col\">Option</th><th scope=\"col\">Chosen</th>\
<th scope=\"col\">Share</th><th scope=\"col\">Top third</th><th scope=\"col\">Bottom third</th>\
<th scope=\"col\">{key}</th></tr></thead><tbody>\n",
        esc(&d.id)
    ));
    for o in &d.options {
        let key = match (o.mean, o.weight) {
            (Some(m), _) => format!("{m:.1}"),
            (_, Some(w)) => format!("{w:+}"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "<tr><th scope=\"row\">{}{} <span class=\"note\">{}</span></th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{key}</td></tr>\n",
            if o.best { "★ " } else { "" },
            esc(&o.id),
            esc(&shorten(&o.text, 80)),
            o.chosen,
            percent(o.share),
            percent(o.top),
            percent(o.bottom)
        ));
    }
    out.push_str("</tbody></table>\n");
    for flag in &d.flags {
        out.push_str(&format!(
            "<p class=\"flag\"><strong>Look at this:</strong> {}</p>\n",
            esc(&flag.explain(&d.options))
        ));
    }
    out.push_str("</section>\n");
}

fn paths(out: &mut String, report: &Report, scenario: &Scenario) {
    out.push_str("<section><h2>Paths</h2>\n");
    let map: Map = guide::map(scenario);
    let count = |from: usize, to: usize| -> u64 {
        let (Some(a), Some(b)) = (map.boxes.get(from), map.boxes.get(to)) else { return 0 };
        report.moves.iter().filter(|(f, t, _)| *f == a.node && *t == b.node).map(|m| m.2).sum()
    };
    let most = map.lines.iter().map(|l| count(l.from, l.to)).max().unwrap_or(0).max(1);
    let total = report.attempts.max(1);
    let name = |i: usize| map.boxes.get(i).map_or(String::new(), |b| scenario.node(b.node).id.clone());
    let desc: Vec<String> =
        map.lines.iter().map(|l| format!("{} to {}: {}", name(l.from), name(l.to), count(l.from, l.to))).collect();
    out.push_str(&format!(
        "<svg viewBox=\"0 0 {:.0} {:.0}\" role=\"img\" aria-labelledby=\"map-t map-d\">\
<title id=\"map-t\">Decision map of {} with the cohort's paths: thicker, darker lines were taken by more learners</title>\
<desc id=\"map-d\">{}</desc>\n\
<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#555\"/></marker></defs>\n",
        map.width,
        map.height,
        esc(&report.title),
        esc(&desc.join("; "))
    ));
    for line in &map.lines {
        let (Some(from), Some(to)) = (map.boxes.get(line.from), map.boxes.get(line.to)) else { continue };
        let n = count(line.from, line.to);
        let heat = n as f64 / most as f64;
        let (path, (x1, y1), (x2, y2)) = map.curve(from, to);
        // From a pale grey for paths nobody took to a deep red for the busiest.
        let (r, g, b) = (220.0 - 40.0 * heat, 220.0 - 190.0 * heat, 220.0 - 190.0 * heat);
        out.push_str(&format!(
            "<path d=\"{path}\" fill=\"none\" stroke=\"rgb({r:.0},{g:.0},{b:.0})\" stroke-width=\"{:.1}\" marker-end=\"url(#arrow)\"><title>{} → {}: {n} ({})</title></path>\n",
            1.0 + 11.0 * heat,
            esc(&name(line.from)),
            esc(&name(line.to)),
            percent(Some(n as f64 / total as f64))
        ));
        if n > 0 {
            let (lx, ly) = (x1 + (x2 - x1) * 0.5 + 4.0, (y1 + y2) / 2.0);
            out.push_str(&format!("<text x=\"{lx:.1}\" y=\"{ly:.1}\">{n}</text>\n"));
        }
    }
    for b in &map.boxes {
        let node = scenario.node(b.node);
        let ending = scenario.ending(b.node).is_some();
        let caption = match &node.kind {
            engine::scenario::NodeKind::Decision(d) => d.ask.clone(),
            engine::scenario::NodeKind::Ending(e) => e.title.clone(),
            engine::scenario::NodeKind::Scene { .. } => String::new(),
        };
        let chars = ((b.width - 16.0) / 7.0).max(8.0) as usize;
        out.push_str(&format!(
            "<g><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"8\" fill=\"{}\" stroke=\"#555\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-weight=\"bold\">{}</text>",
            b.x,
            b.y,
            b.width,
            b.height,
            if ending { "#eef4ee" } else { "#f4f6fb" },
            b.x + 8.0,
            b.y + 17.0,
            esc(&node.id)
        ));
        for (i, line) in guide::wrap(&caption, chars, 2).into_iter().enumerate() {
            out.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                b.x + 8.0,
                b.y + 34.0 + 15.0 * i as f64,
                esc(&line)
            ));
        }
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out.push_str(
        "<table><caption>Route edges walked, block to block, most walked first</caption>\n\
<thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Attempts</th></tr></thead><tbody>\n",
    );
    for (from, to, n) in &report.edges {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{n}</td></tr>\n",
            esc(from.as_deref().unwrap_or("(start)")),
            esc(to)
        ));
    }
    out.push_str("</tbody></table>\n</section>\n");
}

fn dimensions(out: &mut String, report: &Report) {
    if report.dimensions.is_empty() {
        return;
    }
    out.push_str("<section><h2>Dimensions</h2>\n<p>Each learner's estimate per dimension, from 0 to 1 (shrunk toward 0.5 when evidence is thin).</p>\n");
    let labels: Vec<String> = (0..10).map(|i| format!("{:.1}–{:.1}", i as f64 / 10.0, (i + 1) as f64 / 10.0)).collect();
    for d in &report.dimensions {
        out.push_str(&format!(
            "<h3>{}</h3>\n<p>Mean {}; {} attempts had too little evidence for an estimate.</p>\n",
            esc(&d.label),
            two(d.mean),
            d.thin
        ));
        histogram(out, &d.label, &format!("Learners per tenth of the {} estimate.", d.label), &labels, &d.bins);
    }
    out.push_str("</section>\n");
}

/// A vertical bar chart with its table.
fn histogram(out: &mut String, title: &str, caption: &str, labels: &[String], bins: &[u64]) {
    let most = bins.iter().copied().max().unwrap_or(0).max(1);
    // `top` leaves room above the tallest bar for its count.
    let (bar, height, top) = (56.0, 140.0, 20.0);
    let desc: Vec<String> = labels.iter().zip(bins).map(|(l, n)| format!("{l}: {n}")).collect();
    out.push_str(&format!(
        "<svg viewBox=\"0 0 {:.0} {:.0}\" role=\"img\"><title>{}</title><desc>{}</desc>\n",
        bar * bins.len() as f64 + 10.0,
        top + height + 30.0,
        esc(title),
        esc(&desc.join("; "))
    ));
    for (i, (&n, label)) in bins.iter().zip(labels).enumerate() {
        let h = height * n as f64 / most as f64;
        let x = 5.0 + bar * i as f64;
        out.push_str(&format!(
            "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{n}</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"10\">{}</text>\n",
            x + 4.0,
            top + height - h,
            bar - 8.0,
            x + bar / 2.0,
            top + height - h - 4.0,
            x + bar / 2.0,
            top + height + 18.0,
            esc(label)
        ));
    }
    out.push_str("</svg>\n");
    out.push_str(&format!("<table><caption>{}</caption><thead><tr>", esc(caption)));
    for label in labels {
        out.push_str(&format!("<th scope=\"col\">{}</th>", esc(label)));
    }
    out.push_str("</tr></thead><tbody><tr>");
    for n in bins {
        out.push_str(&format!("<td>{n}</td>"));
    }
    out.push_str("</tr></tbody></table>\n");
}

/// Text escaped for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
