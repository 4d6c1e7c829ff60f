//! The competency chart: one row per dimension of the profile, each with its estimate, its
//! ~80% uncertainty band and its chance level drawn in SVG, and the same figures written
//! beside it as text (in the CLI's formats), so nothing is only in the picture.
//!
//! Each bar is a small SVG scaled to the row's width; the marks keep their thickness at any
//! width (`vector-effect`), and colours come from the stylesheet, never inline styles.

use yew::prelude::*;

use crate::phrase;
use engine::scorecard::DimensionScore;
use figures::scorecard as scores;

/// A position on the bar, 0–100, for a value in [0, 1].
fn at(value: f64) -> String {
    format!("{:.2}", value.clamp(0.0, 1.0) * 100.0)
}

/// The bar for one dimension: the track, the band, the chance level and the estimate.
fn bar(d: &DimensionScore) -> Html {
    let e = &d.estimate;
    let band = (e.high - e.low).max(0.0);
    html! {
        <svg class="dimension-bar" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="track" x="0" y="6" width="100" height="8" />
            if e.enough {
                <rect class="band" x={at(e.low)} y="3" width={at(band)} height="14" />
            }
            { for d.chance.map(|c| html! {
                <line class="chance" x1={at(c)} x2={at(c)} y1="0" y2="20" vector-effect="non-scaling-stroke" />
            }) }
            if e.enough {
                <line class="estimate" x1={at(e.value)} x2={at(e.value)} y1="1" y2="19" vector-effect="non-scaling-stroke" />
            }
        </svg>
    }
}

/// The chart of the profile's dimensions, labelled in the scenario's language `lang`.
pub fn view(profile: &[DimensionScore], lang: &AttrValue) -> Html {
    let row = |d: &DimensionScore| {
        let e = &d.estimate;
        let evidence = scores::evidence(&crate::phrase::Interface, d);
        let chance = d.chance.map(|c| phrase!("competency-chance", chance = phrase::Fixed(c, 2)));
        let corrected = d.corrected.map(|c| scores::relative(&crate::phrase::Interface, c));
        let notes: Vec<String> = [Some(evidence), chance, corrected].into_iter().flatten().collect();
        html! {
            <li class={classes!("dimension", (!e.enough).then_some("thin"))} data-dimension={d.id.clone()}>
                <p class="dimension-head">
                    <span class="dimension-label" {lang}>{ d.label.clone() }</span>
                    if e.enough {
                        <span class="dimension-value">
                            <span class="estimate-text">{ crate::phrase::number(crate::phrase::Fixed(e.value, 2)) }</span>
                            <span class="visually-hidden">{ ", " }{ phrase!("competency-band-spoken") }{ " " }</span>
                            <span class="band-text">{ scores::band(&crate::phrase::Interface, e) }</span>
                        </span>
                    } else {
                        <span class="dimension-value thin-text">{ crate::phrase!("says-thin") }</span>
                    }
                </p>
                { bar(d) }
                <p class="dimension-notes">{ notes.join(" · ") }</p>
            </li>
        }
    };
    html! {
        <figure class="competency">
            <figcaption>
                <span class="legend">
                    <svg class="key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                        <rect class="band" x="0" y="1" width="24" height="10" />
                        <line class="estimate" x1="12" x2="12" y1="0" y2="12" />
                    </svg>
                    { phrase!("competency-legend-estimate") }
                </span>
                <span class="legend">
                    <svg class="key" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                        <line class="chance" x1="12" x2="12" y1="0" y2="12" />
                    </svg>
                    { phrase!("competency-legend-chance") }
                </span>
            </figcaption>
            <ul class="dimensions">{ for profile.iter().map(row) }</ul>
            <p class="scale-row" aria-hidden="true"><span>{ "0" }</span><span>{ "0.5" }</span><span>{ "1" }</span></p>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;
    use yew::prelude::*;

    use engine::scorecard::DimensionScore;
    use engine::{self, Playthrough, Response, analyse, scorecard};

    const FIRST_CALL: &str = include_str!("../../../../tests/it/fixtures/first-call.scenario");

    #[derive(Properties, PartialEq)]
    struct ChartProps {
        profile: Vec<DimensionScore>,
    }

    #[component]
    fn Chart(props: &ChartProps) -> Html {
        super::view(&props.profile, &AttrValue::from("en"))
    }

    #[wasm_bindgen_test]
    async fn every_dimension_is_drawn_and_written_out() {
        let scenario = engine::read(FIRST_CALL).expect("reads");
        let analysis = analyse::analyse(&scenario);
        let played = engine::respond(&scenario, &Playthrough::new(&scenario, 1), Response::pick(1)).expect("fits");
        let mut profile = scorecard::score(&scenario, &analysis, &played).expect("scores").profile;
        // A second dimension with enough evidence, to see its figures written out.
        let mut strong = profile[0].clone();
        strong.id = "judgement-2".into();
        strong.estimate = engine::score::estimate(&[(3.0, 1.0), (2.0, 0.5)]);
        profile.push(strong.clone());

        let document = web_sys::window().and_then(|w| w.document()).expect("a document");
        let root = document.create_element("div").expect("a div");
        document.body().expect("a body").append_child(&root).expect("attached");
        yew::Renderer::<Chart>::with_root_and_props(root.clone(), ChartProps { profile }).render();
        yew::scheduler::flush().await;

        let rows = root.query_selector_all("li.dimension").expect("valid");
        assert_eq!(rows.length(), 2);
        let thin = root.query_selector("li.dimension.thin .thin-text").expect("valid").expect("thin evidence says so");
        // Without boot.js a phrase is its id.
        assert_eq!(thin.text_content().as_deref(), Some("says-thin"));
        let text = |selector: &str| {
            root.query_selector(selector).expect("valid").and_then(|e| e.text_content()).unwrap_or_default()
        };
        let e = strong.estimate;
        assert_eq!(text("[data-dimension='judgement-2'] .estimate-text"), format!("{:.2}", e.value));
        // The band is a phrase (its id here); the figure beside it is the estimate's.
        assert_eq!(text("[data-dimension='judgement-2'] .band-text"), "says-band");
        let band = root.query_selector("[data-dimension='judgement-2'] rect.band").expect("valid").expect("a band");
        assert_eq!(band.get_attribute("x"), Some(format!("{:.2}", e.low * 100.0)));
        assert!(root.query_selector("[data-dimension='judgement-2'] line.chance").expect("valid").is_some());
        assert!(root.query_selector("[style]").expect("valid").is_none(), "no inline styles");
    }
}
