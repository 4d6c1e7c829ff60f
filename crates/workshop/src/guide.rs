//! The facilitator guide's derived parts: suggested timings for a workshop of a given length,
//! and the decision map, laid out as boxes and lines for the guide to draw as SVG.
//!
//! Timings follow the experts' path, the usual length of a run: a welcome, then each of its
//! decisions (read, vote on the timer, reveal and discuss), then the room's summary and the
//! wrap-up. The map shows decisions and endings only: scenes between them fold into the
//! lines, each labelled with the options (by letter) that take it.

use engine::analyse::Analysis;
use engine::bot::{self, Bot};
use engine::scenario::{DecisionKind, NodeId, NodeKind, Route, Scenario, Target};

/// One part of a workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Set the scene, show the join link, explain how voting works.
    Welcome,
    /// One decision on the experts' path, with the suggested length of the voting round in
    /// seconds.
    Decision { node: NodeId, round: u32 },
    /// The ending, the room's summary from participants' codes, and what to take away.
    Wrap,
}

/// One part with its place in the workshop, in whole minutes from the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub start: u32,
    pub minutes: u32,
    pub part: Part,
}

/// Suggested timings for a workshop of `total` minutes: about a twelfth to welcome, a sixth
/// to wrap up, and the rest shared evenly by the decisions on the experts' path (earlier
/// decisions get the odd minutes, while the room is still warming up).
pub fn plan(scenario: &Scenario, analysis: &Analysis, total: u32) -> Vec<Slot> {
    let path: Vec<NodeId> = bot::play(scenario, analysis, Bot::Expert, 0).iter().map(|a| a.decision).collect();
    let welcome = (total / 12).max(1);
    let wrap = (total / 6).max(1);
    let rest = total.saturating_sub(welcome + wrap);
    let k = path.len().max(1) as u32;
    let mut slots = vec![Slot { start: 0, minutes: welcome, part: Part::Welcome }];
    let mut at = welcome;
    for (i, &node) in path.iter().enumerate() {
        let minutes = rest / k + u32::from((i as u32) < rest % k);
        let kind = scenario.decision(node).map_or(DecisionKind::Pick, |d| d.kind);
        slots.push(Slot { start: at, minutes, part: Part::Decision { node, round: round(kind, minutes) } });
        at += minutes;
    }
    slots.push(Slot { start: at, minutes: total.saturating_sub(at), part: Part::Wrap });
    slots
}

/// The voting round for a decision of this kind: a minute to pick, a minute and a half to
/// tick a checklist, two to rate or rank; never more than a third of the decision's time,
/// nor less than half a minute.
pub fn round(kind: DecisionKind, minutes: u32) -> u32 {
    let wanted = match kind {
        DecisionKind::Pick => 60,
        DecisionKind::Considerations | DecisionKind::Pivot => 90,
        DecisionKind::Rate | DecisionKind::Rank => 120,
    };
    wanted.min(minutes * 20).max(30)
}

/// A box of the decision map: a decision or an ending.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapBox {
    pub node: NodeId,
    /// Its row, from the top.
    pub layer: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A line of the map between two boxes (indices into [`Map::boxes`]), with the options that
/// take it (indices at the decision it leaves; empty when every answer does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapLine {
    pub from: usize,
    pub to: usize,
    pub options: Vec<usize>,
}

/// The decision map, in a `width` × `height` canvas.
#[derive(Clone, Debug, PartialEq)]
pub struct Map {
    pub boxes: Vec<MapBox>,
    pub lines: Vec<MapLine>,
    pub width: f64,
    pub height: f64,
}

impl Map {
    /// The SVG path of a line from box `from` down to box `to` (a curve between them), or
    /// back up (around the right of the boxes); with where the line leaves and arrives.
    pub fn curve(&self, from: &MapBox, to: &MapBox) -> (String, (f64, f64), (f64, f64)) {
        let (x1, y1) = (from.x + from.width / 2.0, from.y + from.height);
        let (x2, y2) = (to.x + to.width / 2.0, to.y);
        let path = if to.layer > from.layer {
            let mid = (y1 + y2) / 2.0;
            format!("M{x1:.1} {y1:.1} C{x1:.1} {mid:.1} {x2:.1} {mid:.1} {x2:.1} {y2:.1}")
        } else {
            let side = self.width - 6.0;
            format!("M{x1:.1} {y1:.1} C{side:.1} {y1:.1} {side:.1} {y2:.1} {x2:.1} {y2:.1}")
        };
        (path, (x1, y1), (x2, y2))
    }
}

/// The canvas's width, and the space between rows and between boxes.
const WIDTH: f64 = 760.0;
const ROW: f64 = 112.0;
const GAP: f64 = 20.0;

/// Lays out the decision map: decisions in rows by how few decisions it takes to reach them,
/// every ending on the last row.
pub fn map(scenario: &Scenario) -> Map {
    let n = scenario.nodes().len();
    let mut successors: Vec<Vec<(NodeId, Option<usize>)>> = vec![Vec::new(); n];
    for (node, decision) in scenario.decisions() {
        if decision.kind == DecisionKind::Pick {
            for (i, option) in decision.options.iter().enumerate() {
                let routes = if option.routes.is_empty() { &decision.routes } else { &option.routes };
                for to in onward(scenario, routes) {
                    successors[node.index()].push((to, Some(i)));
                }
            }
        } else {
            for to in onward(scenario, &decision.routes) {
                successors[node.index()].push((to, None));
            }
        }
    }
    // Rows by breadth-first search from the first decision (or ending) the story reaches.
    let first = match &scenario.node(scenario.start()).kind {
        NodeKind::Scene { routes } => onward(scenario, routes),
        _ => vec![scenario.start()],
    };
    let mut layer: Vec<Option<usize>> = vec![None; n];
    let mut queue: std::collections::VecDeque<NodeId> = first.into_iter().collect();
    for &n in &queue {
        layer[n.index()] = Some(0);
    }
    while let Some(n) = queue.pop_front() {
        let here = layer[n.index()].unwrap_or(0);
        for &(to, _) in &successors[n.index()] {
            if layer[to.index()].is_none() {
                layer[to.index()] = Some(here + 1);
                queue.push_back(to);
            }
        }
    }
    let is_ending = |n: NodeId| scenario.ending(n).is_some();
    let last = scenario
        .nodes()
        .filter(|&(n, _)| !is_ending(n))
        .filter_map(|(n, _)| layer[n.index()])
        .max()
        .map_or(0, |l| l + 1);
    for ((n, _), row) in scenario.nodes().zip(layer.iter_mut()) {
        if is_ending(n) && row.is_some() {
            *row = Some(last);
        }
    }
    let rows = layer.iter().flatten().max().map_or(0, |l| l + 1);
    let mut boxes = Vec::new();
    for row in 0..rows {
        let members: Vec<NodeId> = scenario.nodes().map(|(n, _)| n).filter(|n| layer[n.index()] == Some(row)).collect();
        let count = members.len() as f64;
        let width = ((WIDTH - GAP * (count + 1.0)) / count).min(240.0);
        let spacing = (WIDTH - width * count) / (count + 1.0);
        for (i, &node) in members.iter().enumerate() {
            boxes.push(MapBox {
                node,
                layer: row,
                x: spacing + i as f64 * (width + spacing),
                y: GAP + row as f64 * ROW,
                width,
                height: if is_ending(node) { 56.0 } else { 64.0 },
            });
        }
    }
    let index = |node: NodeId| boxes.iter().position(|b| b.node == node);
    let mut lines: Vec<MapLine> = Vec::new();
    for ((from_node, _), list) in scenario.nodes().zip(&successors) {
        let Some(from) = index(from_node) else { continue };
        for &(to_node, option) in list {
            let Some(to) = index(to_node) else { continue };
            if !lines.iter().any(|l| l.from == from && l.to == to) {
                lines.push(MapLine { from, to, options: Vec::new() });
            }
            // The options in order and once each, kept so as they come (a sort would cost the
            // module one of its own).
            if let Some(line) = lines.iter_mut().find(|l| l.from == from && l.to == to)
                && let Some(option) = option
                && let Err(at) = line.options.binary_search(&option)
            {
                line.options.insert(at, option);
            }
        }
    }
    Map { boxes, lines, width: WIDTH, height: GAP * 2.0 + rows.saturating_sub(1) as f64 * ROW + 64.0 }
}

/// The decisions and endings that routes lead to, through any scenes between (every route a
/// condition might take); `-> end` leads to every ending.
fn onward(scenario: &Scenario, routes: &[Route]) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut seen = vec![false; scenario.nodes().len()];
    let mut stack: Vec<Target> = routes.iter().rev().map(|r| r.target).collect();
    while let Some(target) = stack.pop() {
        match target {
            Target::End => {
                for (n, _) in scenario.endings() {
                    if !found.contains(&n) {
                        found.push(n);
                    }
                }
            }
            Target::Node(n) => {
                if seen.get_mut(n.index()).is_none_or(|seen| std::mem::replace(seen, true)) {
                    continue;
                }
                match &scenario.node(n).kind {
                    NodeKind::Scene { routes } => stack.extend(routes.iter().rev().map(|r| r.target)),
                    _ if !found.contains(&n) => found.push(n),
                    _ => {}
                }
            }
        }
    }
    found
}

/// Words of `text` in at most `lines` lines of about `width` characters, the last ending in
/// "…" when the text does not fit.
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let fits = out.last().is_some_and(|line| line.chars().count() + 1 + word.chars().count() <= width);
        if fits {
            if let Some(line) = out.last_mut() {
                line.push(' ');
                line.push_str(word);
            }
        } else if out.len() == lines {
            if let Some(line) = out.last_mut() {
                let keep: String = line.chars().take(width.saturating_sub(1)).collect();
                *line = format!("{}…", keep.trim_end());
            }
            return out;
        } else {
            out.push(word.chars().take(width).collect());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{self, analyse};

    const STORY: &str = "id: room\ntitle: Room\nrater a: A\nrater b: B\nrater c: C\n\
        == scene opening\nIt starts.\n-> d1\n\
        == decision d1\nask: First?\n* x: X\n  ratings: a 6, b 6, c 6\n  -> calm\n* y: Y\n  ratings: a 5, b 5, c 5\n  -> storm\n* z: Z\n  ratings: a 2, b 2, c 2\n  -> calm\n\
        == scene calm\nCalm.\n-> d2\n== scene storm\nStorm.\n-> d2\n\
        == decision d2 (considerations)\nask: What matters?\n* a: A\n  weight: +2\n* b: B\n  weight: -2\n-> end\n\
        == ending e1\ntitle: One\nwhen: chose d1.y\n== ending e2\ntitle: Two\n";

    #[test]
    fn an_hour_is_shared_by_the_experts_path() {
        let scenario = engine::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let slots = plan(&scenario, &analysis, 60);
        let minutes: Vec<u32> = slots.iter().map(|s| s.minutes).collect();
        assert_eq!(minutes, [5, 23, 22, 10]);
        assert_eq!(slots.iter().map(|s| s.minutes).sum::<u32>(), 60);
        assert_eq!(slots[2].start, 28);
        assert!(matches!(slots[1].part, Part::Decision { round: 60, .. }));
        assert!(matches!(slots[2].part, Part::Decision { round: 90, .. }));
        assert_eq!(round(DecisionKind::Rate, 2), 40);
    }

    #[test]
    fn the_map_folds_scenes_into_labelled_lines() {
        let scenario = engine::load(STORY).expect("loads");
        let m = map(&scenario);
        let ids: Vec<(&str, usize)> = m.boxes.iter().map(|b| (scenario.node(b.node).id.as_str(), b.layer)).collect();
        assert_eq!(ids, [("d1", 0), ("d2", 1), ("e1", 2), ("e2", 2)]);
        assert_eq!(
            m.lines,
            [
                MapLine { from: 0, to: 1, options: vec![0, 1, 2] },
                MapLine { from: 1, to: 2, options: vec![] },
                MapLine { from: 1, to: 3, options: vec![] },
            ]
        );
        assert!(m.boxes.iter().all(|b| b.x >= 0.0 && b.x + b.width <= m.width && b.y + b.height <= m.height));
    }

    #[test]
    fn long_text_wraps_and_ends_with_an_ellipsis() {
        assert_eq!(wrap("What do you do in the next hour?", 14, 2), ["What do you do", "in the next…"]);
        assert_eq!(wrap("Short", 14, 2), ["Short"]);
    }
}
