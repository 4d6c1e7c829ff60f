//! Analysis of a whole scenario: every situation a playthrough can reach, explored with the
//! engine's own [`Cursor`], so analysis and play can never disagree.
//!
//! A situation is a decision or an ending together with everything that decides the future
//! there (state, queued effects, the choices conditions test). From the graph of situations
//! this module finds blocks no playthrough reaches, dead ends and endless cycles, counts the
//! distinct paths, and computes the best and worst achievable totals of expert quality and of
//! each dimension's evidence by backward induction. Responses that cannot change the story
//! (ratings, rankings, untested ticks) are explored once, with the experts' answer.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::diagnostic::{Diagnostic, Severity, code};
use crate::playthrough::{Answer, Confidence, Cursor, PlayError, Response, Situation};
use crate::scenario::{Decision, DecisionKind, NodeId, NodeKind, Scenario};
use crate::score::{best_ratings, by_mean, expert_mean, expert_means};

/// How many situations analysis explores before it stops and says so.
pub const LIMIT: usize = 1_000_000;

/// One way out of a decision situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// The index of the response among the decision's [`branches`]; for a `pick`, the
    /// option's index.
    pub branch: usize,
    /// The situation it leads to; `None` when the story loops through scenes forever.
    pub to: Option<usize>,
}

/// Every situation reachable from the start, and the ways between them.
#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// The node of each situation; situation 0 is the start.
    pub nodes: Vec<NodeId>,
    /// The ways out of each situation; none at endings.
    pub edges: Vec<Vec<Edge>>,
    /// Whether each node (block), by index, is passed through or stood at by some playthrough.
    pub reached: Vec<bool>,
    /// False when exploration stopped at its limit of situations.
    pub complete: bool,
    /// Scenes that lead to each other forever, met on some move.
    pub looping: Vec<NodeId>,
    index: HashMap<Situation, usize, BuildHasherDefault<FxHasher>>,
}

impl Graph {
    /// The situation a cursor stands in, if analysis met it.
    pub fn find(&self, situation: &Situation) -> Option<usize> {
        self.index.get(situation).copied()
    }

    /// How many situations were explored.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// A small, fast hasher for situation keys (the multiply-rotate of rustc's FxHash). Keys
/// are not attacker-chosen in any way that matters here, so SipHash's protection is not
/// needed, and hashing is a large part of analysing big scenarios.
#[derive(Default)]
pub struct FxHasher {
    hash: u64,
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.hash = (self.hash.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// How many distinct paths lead from the start to an ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paths {
    /// This many (saturating at `u64::MAX`).
    Count(u64),
    /// A loop can be taken any number of times on the way to an ending.
    Unbounded,
}

/// The best and worst total a playthrough can achieve on one measure.
#[derive(Clone, Debug, PartialEq)]
pub struct Range {
    /// `quality` for the weighted expert means of picked options, else a dimension's id.
    pub measure: String,
    pub best: f64,
    pub worst: f64,
}

/// An option that another option at the same decision beats on every rater and every
/// dimension: nobody should ever prefer it, so it teaches little.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dominated {
    pub decision: NodeId,
    pub option: usize,
    pub by: usize,
}

/// What analysis found.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub graph: Graph,
    /// Blocks (not endings) that no playthrough reaches.
    pub unreachable: Vec<NodeId>,
    /// Endings that no playthrough reaches.
    pub unreachable_endings: Vec<NodeId>,
    /// Endings that some playthrough reaches.
    pub endings: Vec<NodeId>,
    /// Blocks where a playthrough can stand and never reach an ending.
    pub dead_ends: Vec<NodeId>,
    /// Blocks caught in a loop with no way out.
    pub endless_cycles: Vec<NodeId>,
    pub paths: Paths,
    /// `quality` first, then each dimension in declared order.
    pub ranges: Vec<Range>,
    pub dominated: Vec<Dominated>,
    /// For each situation, the edge the expert takes: the best achievable quality from here,
    /// ties going to the better option where the learner stands.
    pub expert: Vec<Option<usize>>,
    /// The expected total quality of play that takes every way out of each decision with equal
    /// probability (as the random bot does), from the start: the chance level of a path.
    pub random_quality: f64,
}

/// Explores and analyses a scenario.
pub fn analyse(scenario: &Scenario) -> Analysis {
    analyse_within(scenario, LIMIT)
}

/// Explores at most `limit` situations, then analyses what it found.
pub fn analyse_within(scenario: &Scenario, limit: usize) -> Analysis {
    let graph = explore(scenario, limit);
    let n = graph.len();
    let live = live(scenario, &graph);
    let (order, component, cyclic) = components(&graph);

    let mut dead_ends = Vec::new();
    let mut endless_cycles = graph.looping.clone();
    // Past the limit, unexplored situations look dead; say nothing rather than guess.
    for s in (0..n).filter(|_| graph.complete) {
        let node = graph.nodes[s];
        if !live[s] {
            if cyclic[component[s]] { endless_cycles.push(node) } else { dead_ends.push(node) }
        }
    }
    for list in [&mut dead_ends, &mut endless_cycles] {
        list.sort_unstable();
        list.dedup();
    }
    let dead_ends: Vec<NodeId> = dead_ends.into_iter().filter(|n| endless_cycles.binary_search(n).is_err()).collect();

    let is_ending = |node: NodeId| scenario.ending(node).is_some();
    let mut endings: Vec<NodeId> = graph.nodes.iter().copied().filter(|&n| is_ending(n)).collect();
    endings.sort_unstable();
    endings.dedup();
    let reached = |node: NodeId| graph.reached.get(node.index()).copied().unwrap_or(false);
    let unreachable_endings = scenario.endings().map(|(id, _)| id).filter(|&id| !reached(id)).collect();
    let unreachable = scenario.nodes().map(|(id, _)| id).filter(|&id| !is_ending(id) && !reached(id)).collect();

    let paths = if (0..n).any(|s| live[s] && cyclic[component[s]]) {
        Paths::Unbounded
    } else {
        let mut count = vec![0u64; n];
        for &s in &order {
            count[s] = if graph.edges[s].is_empty() && live[s] {
                1
            } else {
                graph.edges[s].iter().filter_map(|e| e.to).fold(0u64, |sum, t| sum.saturating_add(count[t]))
            };
        }
        Paths::Count(count.first().copied().unwrap_or(0))
    };

    let mut ranges = Vec::new();
    let mut expert = Vec::new();
    let mut random_quality = 0.0;
    let measures = 1 + scenario.dimensions().len();
    let gains = Gains::new(scenario, measures);
    for m in 0..measures {
        let gain = |s: usize, e: &Edge| gains.of(graph.nodes[s], e.branch, m);
        let best = backward(&graph, &order, &component, &live, &gain, f64::max, f64::NEG_INFINITY);
        let worst = backward(&graph, &order, &component, &live, &gain, f64::min, f64::INFINITY);
        if m == 0 {
            expert = (0..n).map(|s| best_edge(&gains, &graph, s, &best, &component, &live)).collect();
            random_quality = expected(&graph, &order, &component, &live, &gain).first().copied().unwrap_or(0.0);
        }
        let measure = if m == 0 { "quality".to_string() } else { scenario.dimensions()[m - 1].id.clone() };
        let at_start = |v: &[f64]| v.first().copied().filter(|x| x.is_finite()).unwrap_or(0.0);
        ranges.push(Range { measure, best: at_start(&best), worst: at_start(&worst) });
    }

    Analysis {
        unreachable,
        unreachable_endings,
        endings,
        dead_ends,
        endless_cycles,
        paths,
        ranges,
        dominated: dominated(scenario),
        expert,
        random_quality,
        graph,
    }
}

/// One kind of analysis finding: the blocks it concerns, how serious it is, its code, and
/// its message for a block id.
type Finding<'a> = (&'a [NodeId], Severity, &'static str, fn(&str) -> String);

/// The analysis findings, as diagnostics at the blocks they concern: errors where a
/// playthrough can get stuck (dead ends, endless cycles), warnings where content is wasted
/// (blocks and endings no playthrough reaches) or analysis was cut short.
pub fn diagnostics(scenario: &Scenario, analysis: &Analysis) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |node: NodeId| (scenario.node(node).span, scenario.node(node).id.as_str());
    let findings: [Finding; 4] = [
        (&analysis.unreachable, Severity::Warning, code::UNREACHABLE, |id| format!("no playthrough reaches `{id}`")),
        (&analysis.unreachable_endings, Severity::Warning, code::UNREACHABLE_ENDING, |id| {
            format!("no playthrough reaches the ending `{id}`: no route leads to it, or its `when:` never holds")
        }),
        (&analysis.dead_ends, Severity::Error, code::DEAD_END, |id| {
            format!("from `{id}` some playthroughs can never reach an ending")
        }),
        (&analysis.endless_cycles, Severity::Error, code::ENDLESS_CYCLE, |id| {
            format!("`{id}` is caught in a loop that some playthroughs can never leave")
        }),
    ];
    for (nodes, severity, code, message) in findings {
        for &(span, id) in nodes.iter().map(|&node| at(node)).collect::<Vec<_>>().iter() {
            out.push(Diagnostic { severity, code, message: message(id), span });
        }
    }
    if !analysis.graph.complete {
        out.push(Diagnostic::warning(
            code::ANALYSIS_LIMIT,
            scenario.nodes().next().map(|(_, n)| n.span).unwrap_or_default(),
            format!("analysis stopped after {} situations; reachability was not fully checked", analysis.graph.len()),
        ));
    }
    out
}

/// The responses worth exploring at a decision: every option of a `pick`; for checklists
/// every combination of the items some condition tests (over the experts' ticks); for the
/// rest only the experts' answer, since it cannot change the story.
pub fn branches(scenario: &Scenario, node: NodeId, decision: &Decision) -> Vec<Response> {
    let confidence = decision.confidence.as_ref().map(|_| Confidence::Sure);
    let respond = |answer| Response::new(answer, confidence);
    match decision.kind {
        DecisionKind::Pick => (0..decision.options.len()).map(|i| respond(Answer::Pick(i))).collect(),
        DecisionKind::Rate | DecisionKind::Rank => vec![respond(key(decision))],
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let Answer::Tick(base) = key(decision) else { return Vec::new() };
            let tested: Vec<usize> = scenario.tested().iter().filter(|(d, _)| *d == node).map(|&(_, o)| o).collect();
            // More than ten tested items would mean over a thousand branches; no authored
            // scenario comes close, and the first ten still cover the common cases.
            let tested = &tested[..tested.len().min(10)];
            (0..1u32 << tested.len())
                .map(|mask| {
                    let mut ticks = base.clone();
                    for (bit, &item) in tested.iter().enumerate() {
                        if let Some(t) = ticks.get_mut(item) {
                            *t = mask & (1 << bit) != 0;
                        }
                    }
                    respond(Answer::Tick(ticks))
                })
                .collect()
        }
    }
}

/// The experts' own answer to a decision: the best option, their means as the whole-number
/// ratings of the same shape, their order, or the items that matter.
pub fn key(decision: &Decision) -> Answer {
    let means = expert_means(decision);
    match decision.kind {
        DecisionKind::Pick => Answer::Pick(argmax(&means)),
        // The whole-number ratings closest in shape to the means, which `rate` scores 1.
        DecisionKind::Rate => Answer::Rate(best_ratings(&means).0),
        DecisionKind::Rank => Answer::Rank(by_mean(&means, true)),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            Answer::Tick(decision.options.iter().map(|o| o.weight > 0).collect())
        }
    }
}

/// The index of the largest value (the first of equals); 0 for an empty slice.
pub fn argmax(values: &[f64]) -> usize {
    values.iter().enumerate().fold(0, |best, (i, v)| if *v > values[best] { i } else { best })
}

fn explore(scenario: &Scenario, limit: usize) -> Graph {
    let mut graph = Graph {
        nodes: Vec::new(),
        edges: Vec::new(),
        reached: vec![false; scenario.nodes().len()],
        complete: true,
        looping: Vec::new(),
        index: HashMap::default(),
    };
    let mut start = Cursor::before_start(scenario, 0);
    let entered = start.enter();
    note_trail(&mut graph, &start.trail, entered.is_err());
    if entered.is_err() {
        // Even the start loops through scenes forever: nothing is reachable past it.
        return graph;
    }
    let first = intern(&mut graph, start.situation());
    let mut frontier = vec![(start, first)];
    // A decision's branches depend on the decision alone (working out a `rate` key is a
    // search), so each is worked out once however many situations stand at it.
    let mut branched: Vec<Option<Vec<Response>>> = vec![None; scenario.nodes().len()];
    while let Some((cursor, from)) = frontier.pop() {
        let Some(decision) = scenario.decision(cursor.node) else { continue };
        let Some(slot) = branched.get_mut(cursor.node.index()) else { continue };
        let responses = slot.get_or_insert_with(|| branches(scenario, cursor.node, decision)).clone();
        for (branch, response) in responses.iter().enumerate() {
            let mut next = cursor.clone();
            let to = match next.advance(response) {
                Ok(()) => {
                    note_trail(&mut graph, &next.trail, false);
                    let situation = next.situation();
                    match graph.find(&situation) {
                        Some(known) => Some(known),
                        None if graph.len() >= limit => {
                            graph.complete = false;
                            continue;
                        }
                        None => {
                            let id = intern(&mut graph, situation);
                            frontier.push((next, id));
                            Some(id)
                        }
                    }
                }
                Err(PlayError::Stuck) => {
                    note_trail(&mut graph, &next.trail, true);
                    None
                }
                // Branches always fit their decision; anything else would be an engine bug,
                // and skipping the branch is the safe answer.
                Err(_) => continue,
            };
            graph.edges[from].push(Edge { branch, to });
        }
    }
    graph
}

/// Marks the blocks a move passed as reached; when the move got stuck, the ones it met twice
/// are scenes that loop.
fn note_trail(graph: &mut Graph, trail: &[NodeId], stuck: bool) {
    for (i, &node) in trail.iter().enumerate() {
        if let Some(reached) = graph.reached.get_mut(node.index()) {
            *reached = true;
        }
        if stuck && trail[..i].contains(&node) && !graph.looping.contains(&node) {
            graph.looping.push(node);
        }
    }
}

fn intern(graph: &mut Graph, situation: Situation) -> usize {
    let id = graph.len();
    graph.nodes.push(situation.node());
    graph.index.insert(situation, id);
    graph.edges.push(Vec::new());
    id
}

/// Which situations can still reach an ending.
fn live(scenario: &Scenario, graph: &Graph) -> Vec<bool> {
    let n = graph.len();
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (s, edges) in graph.edges.iter().enumerate() {
        for t in edges.iter().filter_map(|e| e.to) {
            incoming[t].push(s);
        }
    }
    let mut live = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&s| scenario.ending(graph.nodes[s]).is_some()).collect();
    for &s in &stack {
        live[s] = true;
    }
    while let Some(t) = stack.pop() {
        for &s in &incoming[t] {
            if !live[s] {
                live[s] = true;
                stack.push(s);
            }
        }
    }
    live
}

/// Strongly connected components (Tarjan's algorithm, without recursion): the situations in
/// reverse topological order (every situation after all it can reach, outside its own
/// component), each situation's component, and whether each component holds a loop.
fn components(graph: &Graph) -> (Vec<usize>, Vec<usize>, Vec<bool>) {
    let n = graph.len();
    let successors = |s: usize| graph.edges[s].iter().filter_map(|e| e.to);
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut cyclic = Vec::new();
    let mut order = Vec::with_capacity(n);
    let mut next = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // Each frame is a situation and how many of its edges have been looked at.
        let mut frames = vec![(root, 0usize)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (s, ref mut at)) = frames.last_mut() {
            if let Some(t) = graph.edges[s].get(*at).map(|e| e.to) {
                *at += 1;
                let Some(t) = t else { continue };
                if index[t] == usize::MAX {
                    index[t] = next;
                    low[t] = next;
                    next += 1;
                    stack.push(t);
                    on_stack[t] = true;
                    frames.push((t, 0));
                } else if on_stack[t] {
                    low[s] = low[s].min(index[t]);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                low[parent] = low[parent].min(low[s]);
            }
            if low[s] == index[s] {
                let id = cyclic.len();
                let mut size = 0;
                while let Some(t) = stack.pop() {
                    on_stack[t] = false;
                    component[t] = id;
                    order.push(t);
                    size += 1;
                    if t == s {
                        break;
                    }
                }
                cyclic.push(size > 1 || successors(s).any(|t| t == s));
            }
        }
    }
    (order, component, cyclic)
}

/// What each branch adds to each measure, computed once per decision: the decision's weight
/// times the picked option's expert mean (measure 0) or its evidence for a dimension
/// (measure d + 1). Only picks count here: the other kinds do not choose a path.
struct Gains {
    /// For each node, `options × measures` values, option-major; empty off picks.
    table: Vec<Vec<f64>>,
    measures: usize,
}

impl Gains {
    fn new(scenario: &Scenario, measures: usize) -> Gains {
        let table = scenario
            .nodes()
            .map(|(_, node)| match &node.kind {
                NodeKind::Decision(decision) if decision.kind == DecisionKind::Pick => decision
                    .options
                    .iter()
                    .flat_map(|choice| {
                        (0..measures).map(move |m| {
                            let value = match m {
                                0 => expert_mean(choice),
                                d => choice.evidence.iter().filter(|e| e.dimension == d - 1).map(|e| e.weight).sum(),
                            };
                            decision.weight * value
                        })
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        Gains { table, measures }
    }

    fn of(&self, node: NodeId, branch: usize, measure: usize) -> f64 {
        self.table.get(node.index()).and_then(|row| row.get(branch * self.measures + measure)).copied().unwrap_or(0.0)
    }
}

/// Backward induction: the best (or worst, by `pick`) total from each situation to an
/// ending, over live situations only. Edges inside a loop's own component are not followed,
/// so a loop can never be counted twice.
fn backward(
    graph: &Graph,
    order: &[usize],
    component: &[usize],
    live: &[bool],
    gain: &dyn Fn(usize, &Edge) -> f64,
    pick: fn(f64, f64) -> f64,
    none: f64,
) -> Vec<f64> {
    let mut value = vec![none; graph.len()];
    for &s in order {
        if !live[s] {
            continue;
        }
        if graph.edges[s].is_empty() {
            value[s] = 0.0;
            continue;
        }
        for edge in &graph.edges[s] {
            if let Some(t) = edge.to
                && live[t]
                && component[t] != component[s]
                && value[t].is_finite()
            {
                value[s] = pick(value[s], gain(s, edge) + value[t]);
            }
        }
    }
    value
}

/// The expected total from each situation to an ending when every way out is taken with
/// equal probability, over the same edges as [`backward`] follows (live, and leaving the
/// situation's own component); 0 where there are none.
fn expected(
    graph: &Graph,
    order: &[usize],
    component: &[usize],
    live: &[bool],
    gain: &dyn Fn(usize, &Edge) -> f64,
) -> Vec<f64> {
    let mut value = vec![0.0; graph.len()];
    for &s in order {
        let (mut sum, mut count) = (0.0, 0usize);
        for edge in &graph.edges[s] {
            if let Some(t) = edge.to
                && live[t]
                && component[t] != component[s]
            {
                sum += gain(s, edge) + value[t];
                count += 1;
            }
        }
        if count > 0 {
            value[s] = sum / count as f64;
        }
    }
    value
}

/// The expert's edge at a situation: the best achievable total from here, ties going to the
/// option with the higher expert mean where the learner stands.
fn best_edge(
    gains: &Gains,
    graph: &Graph,
    s: usize,
    best: &[f64],
    component: &[usize],
    live: &[bool],
) -> Option<usize> {
    let node = graph.nodes[s];
    let local = |e: &Edge| gains.of(node, e.branch, 0);
    let total = |e: &Edge| e.to.filter(|&t| live[t] && component[t] != component[s]).map(|t| local(e) + best[t]);
    let mut chosen: Option<(usize, f64, f64)> = None;
    for (i, edge) in graph.edges[s].iter().enumerate() {
        let Some(value) = total(edge) else { continue };
        let better = match chosen {
            None => true,
            Some((_, v, l)) => value > v + 1e-9 || ((value - v).abs() <= 1e-9 && local(edge) > l + 1e-9),
        };
        if better {
            chosen = Some((i, value, local(edge)));
        }
    }
    chosen.map(|(i, _, _)| i)
}

fn dominated(scenario: &Scenario) -> Vec<Dominated> {
    let mut out = Vec::new();
    for (node, decision) in scenario.decisions() {
        if decision.kind.is_checklist() {
            continue;
        }
        let evidence = |o: usize, d: usize| -> f64 {
            decision.options[o].evidence.iter().filter(|e| e.dimension == d).map(|e| e.weight).sum()
        };
        let rating = |o: usize, r: usize| -> Option<u8> {
            decision.options[o].ratings.iter().find(|x| x.rater == r).map(|x| x.value)
        };
        for a in 0..decision.options.len() {
            for b in 0..decision.options.len() {
                if a == b {
                    continue;
                }
                let raters = 0..scenario.raters().len();
                let no_worse = raters.clone().all(|r| rating(b, r) >= rating(a, r))
                    && (0..scenario.dimensions().len()).all(|d| evidence(b, d) >= evidence(a, d));
                let better = raters.clone().any(|r| rating(b, r) > rating(a, r));
                if no_worse && better {
                    out.push(Dominated { decision: node, option: a, by: b });
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\ndimension judgement: J\n";

    /// Parses and validates without analysis, so broken stories still load here.
    fn scenario(body: &str) -> Scenario {
        let text = format!("{HEADER}{body}");
        let (file, _) = crate::parse::parse(&text);
        let (scenario, diagnostics) = crate::validate::validate(&file, 0);
        scenario.unwrap_or_else(|| panic!("{diagnostics:?}"))
    }

    #[test]
    fn counts_paths_and_finds_the_best_and_worst_quality() {
        let s = scenario(
            "== decision d1\nask: ?\n* x: X\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n  -> d2\n* y: Y\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n  -> e2\n\
             == decision d2\nask: ?\n* x: X\n  ratings: a 5, b 5, c 5\n  -> e1\n* y: Y\n  ratings: a 3, b 3, c 3\n  -> e1\n\
             == ending e1\ntitle: One\n== ending e2\ntitle: Two\n",
        );
        let analysis = analyse(&s);
        assert_eq!(analysis.paths, Paths::Count(3));
        assert_eq!(analysis.ranges[0], Range { measure: "quality".into(), best: 11.0, worst: 2.0 });
        assert_eq!(analysis.ranges[1], Range { measure: "judgement".into(), best: 1.0, worst: -1.0 });
        // Random play: half the time x (6, then 5 or 3), half the time y (2, then the end).
        assert!((analysis.random_quality - (0.5 * (6.0 + 4.0) + 0.5 * 2.0)).abs() < 1e-9);
        assert!(analysis.unreachable.is_empty() && analysis.unreachable_endings.is_empty());
        assert_eq!(analysis.endings.len(), 2);
        // The expert takes x at the start.
        let start = analysis.expert[0].expect("an expert edge");
        assert_eq!(analysis.graph.edges[0][start].branch, 0, "option x");
    }

    #[test]
    fn finds_unreachable_blocks_and_endings() {
        let s = scenario(
            "== scene a\nA.\n-> end\n== scene orphan\nNever.\n-> a\n\
             == ending never\ntitle: Never\nwhen: chose orphan-d.x\n== ending always\ntitle: Always\n\
             == decision orphan-d\nask: ?\n* x: X\n  ratings: a 1, b 1, c 1\n  -> a\n* y: Y\n  ratings: a 1, b 1, c 1\n  -> a\n",
        );
        let analysis = analyse(&s);
        let ids = |nodes: &[NodeId]| nodes.iter().map(|&n| s.node(n).id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&analysis.unreachable), ["orphan", "orphan-d"]);
        assert_eq!(ids(&analysis.unreachable_endings), ["never"]);
        let codes: Vec<&str> = diagnostics(&s, &analysis).iter().map(|d| d.code).collect();
        assert_eq!(codes, [code::UNREACHABLE, code::UNREACHABLE, code::UNREACHABLE_ENDING]);
    }

    #[test]
    fn a_loop_with_no_way_out_is_an_endless_cycle() {
        let s = scenario(
            "== decision d\nask: ?\n* stay: Stay\n  ratings: a 4, b 4, c 4\n  -> d\n* leave: Leave\n  ratings: a 4, b 4, c 4\n  -> e\n\
             == decision trap\nask: ?\n* x: X\n  ratings: a 4, b 4, c 4\n  -> trap\n* y: Y\n  ratings: a 4, b 4, c 4\n  -> trap\n\
             == ending e\ntitle: E\n",
        );
        let analysis = analyse(&s);
        // `d` loops but can leave, so it is fine; paths through it are unbounded.
        assert_eq!(analysis.paths, Paths::Unbounded);
        assert!(analysis.endless_cycles.is_empty(), "trap is unreachable, not reached");
        assert_eq!(analysis.unreachable.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(), ["trap"]);

        let s = scenario(
            "== decision d\nask: ?\n* go: Go\n  ratings: a 4, b 4, c 4\n  -> trap\n* leave: Leave\n  ratings: a 4, b 4, c 4\n  -> e\n\
             == decision trap\nask: ?\n* x: X\n  ratings: a 4, b 4, c 4\n  -> trap\n* y: Y\n  ratings: a 4, b 4, c 4\n  -> trap\n\
             == ending e\ntitle: E\n",
        );
        let analysis = analyse(&s);
        assert_eq!(analysis.endless_cycles.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(), ["trap"]);
        assert!(analysis.dead_ends.is_empty());
        assert_eq!(analysis.paths, Paths::Count(1));
    }

    #[test]
    fn a_start_that_loops_through_scenes_is_an_endless_cycle() {
        let s = scenario("== scene a\nA.\n-> b\n== scene b\nB.\n-> a\n== ending e\ntitle: E\n");
        let analysis = analyse(&s);
        assert_eq!(analysis.endless_cycles.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        let codes: Vec<&str> = diagnostics(&s, &analysis).iter().map(|d| d.code).collect();
        assert!(codes.contains(&code::ENDLESS_CYCLE), "{codes:?}");
    }

    #[test]
    fn scenes_that_loop_forever_are_endless_cycles() {
        let s = scenario(
            "== decision d\nask: ?\n* x: X\n  ratings: a 4, b 4, c 4\n  -> s1\n* y: Y\n  ratings: a 4, b 4, c 4\n  -> e\n\
             == scene s1\nOne.\n-> s2\n== scene s2\nTwo.\n-> s1\n== ending e\ntitle: E\n",
        );
        let analysis = analyse(&s);
        assert_eq!(analysis.endless_cycles.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(), ["s1", "s2"]);
        assert!(analysis.unreachable.is_empty());
    }

    #[test]
    fn state_decides_which_ending_is_reachable() {
        let s = scenario(
            "state load: number 0..10 = 5\n\
             == decision d\nask: ?\n* up: Up\n  ratings: a 4, b 4, c 4\n  effect: load + 3 after 1\n  -> d2\n* down: Down\n  ratings: a 4, b 4, c 4\n  -> d2\n\
             == decision d2\nask: ?\n* x: X\n  ratings: a 4, b 4, c 4\n  -> end\n* y: Y\n  ratings: a 4, b 4, c 4\n  -> end\n\
             == ending high\ntitle: High\nwhen: load > 7\n== ending impossible\ntitle: Impossible\nwhen: load > 10\n== ending low\ntitle: Low\n",
        );
        let analysis = analyse(&s);
        assert_eq!(analysis.endings.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(), ["high", "low"]);
        assert_eq!(
            analysis.unreachable_endings.iter().map(|&n| s.node(n).id.as_str()).collect::<Vec<_>>(),
            ["impossible"]
        );
        assert_eq!(analysis.paths, Paths::Count(4));
    }

    #[test]
    fn a_limit_on_situations_is_reported() {
        let s = scenario(
            "state n: number 0..100 = 0\n== decision d\nask: ?\n* up: Up\n  ratings: a 4, b 4, c 4\n  effect: n + 1\n  -> d\n\
             * out: Out\n  ratings: a 4, b 4, c 4\n  -> e\n== ending e\ntitle: E\n",
        );
        assert!(analyse(&s).graph.complete, "101 situations fit the default limit");
        let cut = analyse_within(&s, 3);
        assert!(!cut.graph.complete);
        let codes: Vec<&str> = diagnostics(&s, &cut).iter().map(|d| d.code).collect();
        assert_eq!(codes, [code::ANALYSIS_LIMIT]);
    }

    #[test]
    fn an_option_worse_on_every_count_is_dominated() {
        let s = scenario(
            "== decision d\nask: ?\n* good: G\n  ratings: a 6, b 5, c 6\n  -> e\n* bad: B\n  ratings: a 5, b 5, c 2\n  -> e\n* other: O\n  ratings: a 7, b 1, c 1\n  -> e\n\
             == ending e\ntitle: E\n",
        );
        assert_eq!(analyse(&s).dominated, [Dominated { decision: NodeId::new(0), option: 1, by: 0 }]);
    }
}
