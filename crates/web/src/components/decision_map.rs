//! The decision map as SVG: decisions (D1, D2, … in authored order) and endings as boxes,
//! the ways between them as lines labelled with the options' letters. The layout comes from
//! `workshop::guide::map`; text is always SVG text nodes, never markup from the scenario.

use yew::prelude::*;

use crate::components::vote_chart::letter;
use crate::phrase;
use ::workshop::guide::{Map, wrap};
use engine::scenario::{NodeId, NodeKind, Scenario};

/// The label of a decision or ending in the guide: D1… for decisions, E1… for endings, in
/// authored order.
pub fn label(scenario: &Scenario, node: NodeId) -> String {
    let is_ending = |n: &engine::scenario::Node| matches!(n.kind, NodeKind::Ending(_));
    let this = scenario.node(node);
    let before = scenario.nodes().take_while(|&(id, _)| id < node).map(|(_, n)| n);
    if is_ending(this) {
        phrase!("map-ending-name", number = before.filter(|n| is_ending(n)).count() + 1)
    } else {
        phrase!("map-decision-name", number = before.filter(|n| matches!(n.kind, NodeKind::Decision(_))).count() + 1)
    }
}

/// What a box says: a decision's question, an ending's title.
fn caption(scenario: &Scenario, node: NodeId) -> String {
    match &scenario.node(node).kind {
        NodeKind::Decision(d) => d.ask.clone(),
        NodeKind::Ending(e) => e.title.clone(),
        NodeKind::Scene { .. } => String::new(),
    }
}

pub fn view(scenario: &Scenario, map: &Map) -> Html {
    let summary = phrase!("map-summary", title = &scenario.meta.title, count = map.boxes.len());
    let lang = AttrValue::from(scenario.meta.language.clone());
    let lines = map.lines.iter().filter_map(|line| {
        let (from, to) = (map.boxes.get(line.from)?, map.boxes.get(line.to)?);
        let (path, (x1, y1), (x2, y2)) = map.curve(from, to);
        let letters: Vec<String> = line.options.iter().map(|&o| letter(o).to_string()).collect();
        let tag = (!letters.is_empty()).then(|| {
            let (lx, ly) = (x1 + (x2 - x1) * 0.35, y1 + (y2 - y1) * 0.35);
            html! { <text class="map-tag" x={format!("{lx:.1}")} y={format!("{ly:.1}")}>{ letters.join(" ") }</text> }
        });
        Some(html! { <g class="map-line"><path d={path} marker-end="url(#map-arrow)" />{ for tag }</g> })
    });
    let boxes = map.boxes.iter().map(|b| {
        let ending = scenario.ending(b.node).is_some();
        let chars = ((b.width - 16.0) / 7.0).max(8.0) as usize;
        let text = wrap(&caption(scenario, b.node), chars, 2);
        html! {
            <g class={classes!("map-box", ending.then_some("ending"))}>
                <rect x={format!("{:.1}", b.x)} y={format!("{:.1}", b.y)} width={format!("{:.1}", b.width)} height={format!("{:.1}", b.height)} rx="8" />
                <text class="map-label" x={format!("{:.1}", b.x + 8.0)} y={format!("{:.1}", b.y + 17.0)}>{ label(scenario, b.node) }</text>
                { for text.into_iter().enumerate().map(|(i, line)| html! {
                    <text class="map-text" lang={&lang} x={format!("{:.1}", b.x + 8.0)} y={format!("{:.1}", b.y + 34.0 + 15.0 * i as f64)}>{ line }</text>
                }) }
            </g>
        }
    });
    html! {
        <svg class="decision-map" viewBox={format!("0 0 {:.0} {:.0}", map.width, map.height)} role="img" aria-label={summary}>
            <defs>
                <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0 0 L10 5 L0 10 z" />
                </marker>
            </defs>
            { for lines }
            { for boxes }
        </svg>
    }
}
