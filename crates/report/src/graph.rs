//! A scenario's block graph for people, as Graphviz DOT or a Mermaid flowchart.
//!
//! Scenes, decisions and endings are drawn as distinct shapes labelled with their id and a
//! short title (a decision's kind and ask, an ending's title, the start of a scene's prose).
//! There is one edge per route: labelled with the option id for an option's own routes (and
//! for a pick decision's routes, the options that fall through to them), with `if` and the
//! condition for a conditional route, and `otherwise` for the fallback after conditional ones.
//! A route to `end` is drawn to every ending it could pick: each ending up to the first
//! without `when:`, labelled with that ending's `when:`.

use crate::text::{inline_text, shorten};
use engine::condition::render;
use engine::markdown::Chunk;
use engine::scenario::{Decision, DecisionKind, Node, NodeId, NodeKind, Route, Scenario, Target};

/// How many characters of a title, ask or prose a node's label shows.
const LABEL_CHARS: usize = 40;

/// The graph as Graphviz DOT: `dot -Tsvg` draws it.
pub fn dot(scenario: &Scenario) -> String {
    let mut out = format!("digraph {} {{\n", dot_string(&scenario.meta.id));
    out.push_str(&format!("  label={};\n  labelloc=t;\n", dot_string(&scenario.meta.title)));
    out.push_str(
        "  fontname=\"Helvetica\";\n  node [fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
    );
    // Block ids never contain parentheses, so this node cannot clash with one.
    out.push_str("  \"(start)\" [shape=circle, label=\"start\", fontsize=10];\n");
    for (_, node) in scenario.nodes() {
        let shape = match shape(node) {
            Shape::Scene => "shape=box",
            Shape::Decision => "shape=hexagon",
            Shape::Ending => "shape=ellipse, peripheries=2",
        };
        let label = dot_string(&label(node).join("\n"));
        out.push_str(&format!("  {} [{shape}, label={label}];\n", dot_string(&node.id)));
    }
    out.push_str(&format!("  \"(start)\" -> {};\n", dot_string(&scenario.node(scenario.start()).id)));
    for edge in edges(scenario) {
        let (from, to) = (scenario.node(edge.from), scenario.node(edge.to));
        let label = if edge.label.is_empty() { String::new() } else { format!(" [label={}]", dot_string(&edge.label)) };
        out.push_str(&format!("  {} -> {}{label};\n", dot_string(&from.id), dot_string(&to.id)));
    }
    out.push_str("}\n");
    out
}

/// The graph as a Mermaid flowchart. Nodes are named `n0`, `n1`, … by block order, since
/// block ids may contain `-`, which Mermaid reads as part of an arrow; labels carry the ids.
pub fn mermaid(scenario: &Scenario) -> String {
    let mut out = String::from("flowchart TD\n");
    out.push_str(&format!("  %% {}: {}\n", scenario.meta.id, scenario.meta.title.replace(['\n', '\r'], " ")));
    out.push_str("  start((\"start\"))\n");
    for (id, node) in scenario.nodes() {
        let label = mermaid_string(&label(node));
        let index = id.index();
        let node = match shape(node) {
            Shape::Scene => format!("n{index}[{label}]"),
            Shape::Decision => format!("n{index}{{{{{label}}}}}"),
            Shape::Ending => format!("n{index}([{label}])"),
        };
        out.push_str(&format!("  {node}\n"));
    }
    out.push_str(&format!("  start --> n{}\n", scenario.start().index()));
    for edge in edges(scenario) {
        let (from, to) = (edge.from.index(), edge.to.index());
        if edge.label.is_empty() {
            out.push_str(&format!("  n{from} --> n{to}\n"));
        } else {
            let label = mermaid_string(&edge.label.split('\n').map(str::to_string).collect::<Vec<_>>());
            out.push_str(&format!("  n{from} -->|{label}| n{to}\n"));
        }
    }
    out
}

/// The three kinds of node, drawn differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Scene,
    Decision,
    Ending,
}

fn shape(node: &Node) -> Shape {
    match node.kind {
        NodeKind::Scene { .. } => Shape::Scene,
        NodeKind::Decision(_) => Shape::Decision,
        NodeKind::Ending(_) => Shape::Ending,
    }
}

/// A node's label, one entry per line: the id (with a decision's kind), then a short title.
fn label(node: &Node) -> Vec<String> {
    let (head, title) = match &node.kind {
        NodeKind::Scene { .. } => {
            let first = node.prose.first().map(|p| chunk_text(&p.chunk)).unwrap_or_default();
            (node.id.clone(), first)
        }
        NodeKind::Decision(decision) => (format!("{} ({})", node.id, decision.kind.as_str()), decision.ask.clone()),
        NodeKind::Ending(ending) => (node.id.clone(), ending.title.clone()),
    };
    let title = shorten(&title, LABEL_CHARS);
    if title.is_empty() { vec![head] } else { vec![head, title] }
}

fn chunk_text(chunk: &Chunk) -> String {
    match chunk {
        Chunk::Paragraph(inlines) => inline_text(inlines),
        Chunk::List(items) | Chunk::Quote(items) => items.iter().map(|i| inline_text(i)).collect::<Vec<_>>().join(" "),
    }
}

/// One drawn route, between nodes; the label's lines are separated by `\n`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Edge {
    from: NodeId,
    to: NodeId,
    label: String,
}

/// Every route of every block, in file order.
fn edges(scenario: &Scenario) -> Vec<Edge> {
    let mut edges = Vec::new();
    for (from, node) in scenario.nodes() {
        match &node.kind {
            NodeKind::Scene { routes } => route_edges(scenario, from, "", routes, &mut edges),
            NodeKind::Decision(decision) => decision_edges(scenario, from, decision, &mut edges),
            NodeKind::Ending(_) => {}
        }
    }
    edges
}

fn decision_edges(scenario: &Scenario, from: NodeId, decision: &Decision, edges: &mut Vec<Edge>) {
    if decision.kind != DecisionKind::Pick {
        route_edges(scenario, from, "", &decision.routes, edges);
        return;
    }
    for option in decision.options.iter().filter(|o| !o.routes.is_empty()) {
        route_edges(scenario, from, &option.id, &option.routes, edges);
    }
    // The decision's own routes serve the options without routes of their own; when some
    // options do have their own, the label says which options fall through.
    let falling: Vec<&str> = decision.options.iter().filter(|o| o.routes.is_empty()).map(|o| o.id.as_str()).collect();
    if falling.is_empty() {
        return;
    }
    let prefix = if falling.len() == decision.options.len() { String::new() } else { falling.join(", ") };
    route_edges(scenario, from, &prefix, &decision.routes, edges);
}

/// Edges for one list of routes, each label starting with `prefix` (an option id or none).
fn route_edges(scenario: &Scenario, from: NodeId, prefix: &str, routes: &[Route], edges: &mut Vec<Edge>) {
    let conditional = routes.iter().any(|r| r.condition.is_some());
    for route in routes {
        let test = match &route.condition {
            Some(condition) => format!("if {}", render(condition, scenario)),
            None if conditional => "otherwise".to_string(),
            None => String::new(),
        };
        let label = joined(&[prefix, &test], " ");
        match route.target {
            Target::Node(to) => edges.push(Edge { from, to, label }),
            Target::End => {
                for (to, when) in end_candidates(scenario) {
                    edges.push(Edge { from, to, label: joined(&[&label, &when], "\n") });
                }
            }
        }
    }
}

/// The non-empty parts, joined by `separator`.
fn joined(parts: &[&str], separator: &str) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(separator)
}

/// The endings `-> end` could pick, with how each is picked: every ending in file order up to
/// and including the first without `when:`, which always qualifies and so hides the rest.
fn end_candidates(scenario: &Scenario) -> Vec<(NodeId, String)> {
    let mut candidates = Vec::new();
    for (index, ending) in scenario.endings() {
        match &ending.when {
            Some(when) => candidates.push((index, format!("end: when {}", render(when, scenario)))),
            None => {
                let how = if candidates.is_empty() { "end" } else { "end: otherwise" };
                candidates.push((index, how.to_string()));
                break;
            }
        }
    }
    candidates
}

/// A DOT quoted string: backslashes and quotes escaped, line breaks as `\n`.
fn dot_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Mermaid quoted label from lines: characters Mermaid would read as syntax or markup are
/// written as its `#code;` entities, and lines are joined with `<br>`.
fn mermaid_string(lines: &[String]) -> String {
    let escaped: Vec<String> = lines
        .iter()
        .map(|line| {
            let mut out = String::new();
            for c in line.chars() {
                match c {
                    '#' => out.push_str("#35;"),
                    '"' => out.push_str("#quot;"),
                    '<' => out.push_str("#lt;"),
                    '>' => out.push_str("#gt;"),
                    '&' => out.push_str("#amp;"),
                    '|' => out.push_str("#124;"),
                    '`' => out.push_str("#96;"),
                    '\n' | '\r' => out.push(' '),
                    _ => out.push(c),
                }
            }
            out
        })
        .collect();
    format!("\"{}\"", escaped.join("<br>"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "id: g\ntitle: A \"quoted\" <title>\nstate load: number 0..100 = 40\n\
        rater a: A\nrater b: B\nrater c: C\n\
        == scene kickoff\nIt is *Thursday* and the refund flow ships on Monday, with or without Support.\n\
        -> first\n\
        == decision first\nask: What do you do \"first\"?\n\
        * call: Call.\n  ratings: a 6, b 6, c 6\n  -> end\n\
        * wait: Wait.\n  ratings: a 2, b 2, c 2\n  effect: load + 30\n\
        * panic: Panic.\n  ratings: a 1, b 1, c 1\n  effect: load + 60\n\
        -> crunch if load > 60\n-> end\n\
        == scene crunch\nBusy.\n-> meltdown if load > 90\n-> end\n\
        == ending calm\ntitle: Calm\nwhen: load <= 50\nFine.\n\
        == ending rough\ntitle: Rough\nHard.\n\
        == ending meltdown\ntitle: Meltdown\nwhen: load > 90\nOnly a direct route reaches it.\n";

    fn scenario() -> Scenario {
        engine::load(SOURCE).expect("the test scenario loads")
    }

    #[test]
    fn dot_has_shapes_labels_and_an_edge_per_route() {
        let dot = dot(&scenario());
        assert!(dot.starts_with("digraph \"g\" {\n  label=\"A \\\"quoted\\\" <title>\";"), "{dot}");
        assert!(dot.contains("\"kickoff\" [shape=box, label=\"kickoff\\nIt is Thursday and the refund flow…\"];"));
        assert!(dot.contains("\"first\" [shape=hexagon, label=\"first (pick)\\nWhat do you do \\\"first\\\"?\"];"));
        assert!(dot.contains("\"calm\" [shape=ellipse, peripheries=2, label=\"calm\\nCalm\"];"));
        assert!(dot.contains("\"(start)\" -> \"kickoff\";"));
        assert!(dot.contains("\"kickoff\" -> \"first\";\n"));
        assert!(dot.contains("\"first\" -> \"calm\" [label=\"call\\nend: when load <= 50\"];"));
        assert!(dot.contains("\"first\" -> \"rough\" [label=\"call\\nend: otherwise\"];"));
        assert!(dot.contains("\"first\" -> \"crunch\" [label=\"wait, panic if load > 60\"];"));
        assert!(dot.contains("\"first\" -> \"calm\" [label=\"wait, panic otherwise\\nend: when load <= 50\"];"));
        assert!(dot.contains("\"crunch\" -> \"meltdown\" [label=\"if load > 90\"];"));
        assert!(dot.contains("\"crunch\" -> \"rough\" [label=\"otherwise\\nend: otherwise\"];"));
        let to_meltdown = dot.matches("-> \"meltdown\"").count();
        assert_eq!(to_meltdown, 1, "an ending after the fallback is never picked by `-> end`");
        assert!(dot.ends_with("}\n"));
    }

    #[test]
    fn mermaid_names_nodes_by_index_and_escapes_labels() {
        let mermaid = mermaid(&scenario());
        assert!(mermaid.starts_with("flowchart TD\n"));
        assert!(mermaid.contains("  n1{{\"first (pick)<br>What do you do #quot;first#quot;?\"}}\n"), "{mermaid}");
        assert!(mermaid.contains("  n0[\"kickoff<br>It is Thursday and the refund flow…\"]\n"));
        assert!(mermaid.contains("  n3([\"calm<br>Calm\"])\n"));
        assert!(mermaid.contains("  start --> n0\n  n0 --> n1\n"));
        assert!(mermaid.contains("  n1 -->|\"wait, panic if load #gt; 60\"| n2\n"));
        assert!(mermaid.contains("  n1 -->|\"call<br>end: when load #lt;= 50\"| n3\n"));
        assert!(mermaid.contains("  n2 -->|\"if load #gt; 90\"| n5\n"));
    }

    #[test]
    fn every_option_falling_through_leaves_the_decision_routes_unlabelled() {
        let source = "id: g\ntitle: G\nrater a: A\nrater b: B\nrater c: C\n== decision d\nask: A?\n\
            * x: X.\n  ratings: a 1, b 1, c 1\n* y: Y.\n  ratings: a 2, b 2, c 2\n-> e\n== ending e\ntitle: E\n";
        let dot = dot(&engine::load(source).expect("loads"));
        assert!(dot.contains("  \"d\" -> \"e\";\n"), "{dot}");
        assert_eq!(mermaid_string(&["a#1 & `b` | c".to_string()]), "\"a#35;1 #amp; #96;b#96; #124; c\"");
    }
}
