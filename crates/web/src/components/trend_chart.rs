//! Dimension trends across scenarios: one small SVG chart per dimension, its estimate in
//! each finished scenario's first attempt (the record), in the order played, with the ~80%
//! band as a whisker; then the same figures in a table, so nothing is only in the pictures.

use yew::prelude::*;

use crate::model::profile::{Played, Trend};
use crate::phrase;

const WIDTH: f64 = 240.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 228.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 100.0;

fn x(i: usize, n: usize) -> f64 {
    if n <= 1 { (LEFT + RIGHT) / 2.0 } else { LEFT + i as f64 * (RIGHT - LEFT) / (n - 1) as f64 }
}

fn y(value: f64) -> f64 {
    BOTTOM - value.clamp(0.0, 1.0) * (BOTTOM - TOP)
}

fn n(v: f64) -> String {
    format!("{v:.1}")
}

/// One dimension's chart, its label in the language `lang`.
fn chart(trend: &Trend, lang: Option<AttrValue>) -> Html {
    let count = trend.points.len();
    let present: Vec<(usize, f64, f64, f64, bool)> = trend
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            p.as_ref().map(|d| (i, d.estimate.value, d.estimate.low, d.estimate.high, d.estimate.enough))
        })
        .collect();
    let line: Vec<String> =
        present.iter().filter(|p| p.4).map(|&(i, v, ..)| format!("{},{}", n(x(i, count)), n(y(v)))).collect();
    let spoken: Vec<String> = present
        .iter()
        .map(|&(i, v, _, _, enough)| {
            if enough {
                phrase!("trend-point", number = i + 1, value = phrase::Fixed(v, 2))
            } else {
                phrase!("trend-point", number = i + 1, value = phrase!("says-thin"))
            }
        })
        .collect();
    let label = phrase!("trend-chart-description", dimension = &trend.label, points = spoken.join("; "));
    html! {
        <figure class="trend">
            <figcaption {lang}>{ trend.label.clone() }</figcaption>
            <svg viewBox={format!("0 0 {WIDTH} 122")} role="img" aria-label={label} focusable="false">
                { for [0.0, 0.5, 1.0].iter().map(|&v| html! {
                    <>
                        <line class="grid" x1={n(LEFT - 6.0)} x2={n(RIGHT + 6.0)} y1={n(y(v))} y2={n(y(v))} />
                        <text class="axis" x={n(LEFT - 10.0)} y={n(y(v) + 4.0)} text-anchor="end">{ if v == 0.5 { "0.5".to_string() } else { format!("{v:.0}") } }</text>
                    </>
                }) }
                { for (0..count).map(|i| html! {
                    <text class="axis" x={n(x(i, count))} y="118" text-anchor="middle">{ i + 1 }</text>
                }) }
                if line.len() > 1 {
                    <polyline class="trend-line" points={line.join(" ")} />
                }
                { for present.iter().map(|&(i, v, low, high, enough)| {
                    let cx = n(x(i, count));
                    html! {
                        <g class={classes!("trend-point", (!enough).then_some("thin"))}>
                            if enough {
                                <line class="whisker" x1={cx.clone()} x2={cx.clone()} y1={n(y(high))} y2={n(y(low))} />
                            }
                            <circle cx={cx} cy={n(y(v))} r="4.5" />
                        </g>
                    }
                }) }
            </svg>
        </figure>
    }
}

/// The charts and the table of the finished scenarios.
pub fn view(played: &[Played], trends: &[Trend]) -> Html {
    // A dimension's label is the first scenario's that scores it, in that scenario's language.
    let lang = |t: &Trend| {
        let first = t.points.iter().position(Option::is_some).and_then(|i| played.get(i));
        first.map(|p| AttrValue::from(p.scenario.meta.language.clone()))
    };
    let cell = |t: &Trend, i: usize| match t.points.get(i).and_then(Option::as_ref) {
        Some(d) if d.estimate.enough => {
            html! { <td>{ crate::phrase::number(crate::phrase::Fixed(d.estimate.value, 2)) }<span class="band-text">{ format!(" {}", figures::scorecard::band(&crate::phrase::Interface, &d.estimate)) }</span></td> }
        }
        Some(_) => html! { <td class="thin-text">{ phrase!("says-thin") }</td> },
        None => {
            html! { <td class="none"><span aria-hidden="true">{ "–" }</span><span class="visually-hidden">{ phrase!("trend-not-scored") }</span></td> }
        }
    };
    html! {
        <>
            <div class="trends">{ for trends.iter().map(|t| chart(t, lang(t))) }</div>
            <p class="table-caption" id="trend-caption">{ phrase!("trend-caption") }</p>
            <div class="table-scroll" role="region" aria-labelledby="trend-caption" tabindex="0">
                <table class="trend-table" aria-labelledby="trend-caption">
                    <thead>
                        <tr>
                            <th scope="col">{ phrase!("trend-col-number") }</th>
                            <th scope="col">{ phrase!("trend-col-scenario") }</th>
                            <th scope="col">{ phrase!("trend-col-score") }</th>
                            <th scope="col">{ phrase!("trend-col-replays") }</th>
                            { for trends.iter().map(|t| html! { <th scope="col" lang={lang(t)}>{ t.label.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for played.iter().enumerate().map(|(i, p)| {
                            let replays = match (p.record.replays().len(), p.record.improvement()) {
                                (0, _) | (_, None) => phrase!("trend-replays-none"),
                                (k, Some(gain)) => {
                                    let latest = phrase::score(p.record.latest().map_or(0.0, |a| a.overall), p.card.pass);
                                    // With its sign ("+3.5", "-1.2"), but none on what rounds to zero.
                                    phrase!("trend-replays", count = k, latest = latest, gain = phrase::Signed(gain, 1))
                                }
                            };
                            html! {
                                <tr data-scenario={p.scenario.meta.id.clone()}>
                                    <td>{ i + 1 }</td>
                                    <th scope="row"><a href={site::Place::Debrief(p.scenario.meta.id.clone()).to_hash()} lang={p.scenario.meta.language.clone()}>{ p.scenario.meta.title.clone() }</a></th>
                                    <td class="record-score">{ figures::scorecard::result(&crate::phrase::Interface, engine::score::rounded(p.card.overall, p.card.pass, 10), p.card.pass) }</td>
                                    <td>{ replays }</td>
                                    { for trends.iter().map(|t| cell(t, i)) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
