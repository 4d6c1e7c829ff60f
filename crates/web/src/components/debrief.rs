//! The Debrief view (`#/debrief/<id>`): what a finished attempt teaches, ordered by what
//! teaches most, so the first phone screen is the lesson.
//!
//! From the top: the score against the pass mark with its gist in words, and where this
//! attempt stands beside the record (the first attempt); the lesson (the first teaching
//! moment, [`moment::lesson`]); at most two more moments in a line each; one next step and a
//! replay. Then the whole breakdown, each part one tap away in a disclosure that screen
//! readers reach and print opens: the figures (the score against chance, path efficiency),
//! every decision's item scores with the feedback (held back in assessment mode), the
//! competency profile and calibration, the learner's path beside the expert's with the road
//! not taken, and how the story ended (the goal, why this ending, the outcome). Every figure
//! is the engine's (`scorecard`, `debrief`), and every sentence that `judgement-call play
//! --responses` also prints is `figures`', in the learner's names ([`Names::learner`]) and
//! drawn as HTML ([`words`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::{competency_chart, feedback, moment, path_map, words};
use crate::hooks::use_focus::use_focus;
use crate::hooks::use_replay::{Replay, use_replay};
use crate::hooks::use_saved_entries::use_saved_entries;
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use crate::model::attempts::{self, value};
use site::key;

use crate::model::saved::{Finished, Journal};
use crate::model::session::Mode;
use crate::phrase;
use engine::Scenario;
use engine::analyse::{self, Analysis};
use engine::debrief::{self as engine_debrief, Attempts};
use engine::scenario::{DecisionKind, NodeId};
use engine::scorecard::{self, Scorecard};
use figures::debrief::{self as says, Because};
use figures::scorecard as scores;
use figures::text::capitalised;
use figures::{self, Names};
use site::Place;

#[derive(Properties, PartialEq)]
pub struct DebriefProps {
    pub id: String,
}

#[component]
pub fn Debrief(props: &DebriefProps) -> Html {
    let (entries, _, persistent) = use_saved_entries();
    let loading = use_scenario(&props.id);
    // Arriving from the ending, whose link is gone, keyboard focus lands on the title.
    use_focus(matches!(loading, Loading::Ready(_)), Some("debrief-title".to_string()));
    let analysis = use_memo(loading.clone(), |loading| match loading {
        Loading::Ready(scenario) => Some(Rc::new(analyse::analyse(scenario))),
        _ => None,
    });
    let on_replay = use_replay();
    let title = library::listing(&props.id).map(|l| l.title).unwrap_or_default();
    use_title(phrase!("debrief-page-title", title = title));
    let back = html! { <a class="button secondary" href={Place::Library.to_hash()}>{ phrase!("debrief-back") }</a> };
    let scenario = match loading {
        Loading::Ready(scenario) => scenario,
        Loading::Pending => return html! { <p class="loading" role="status">{ phrase!("debrief-preparing") }</p> },
        Loading::Unknown => {
            return html! {
                <section class="missing" aria-labelledby="missing">
                    <h1 id="missing">{ phrase!("debrief-not-found") }</h1>
                    <p>{ phrase!("debrief-not-found-body", id = &props.id) }</p>
                    { back }
                </section>
            };
        }
        Loading::Failed(why) => {
            return html! {
                <section class="missing" aria-labelledby="failed">
                    <h1 id="failed">{ phrase!("debrief-failed") }</h1>
                    <p>{ why }</p>
                    { back }
                </section>
            };
        }
    };
    let Some(analysis) = (*analysis).clone() else { return Html::default() };
    let attempts = attempts::of(&scenario, &entries);
    let Some(shown) = attempts.shown().cloned() else {
        let play = Place::Play(props.id.clone()).to_hash();
        return html! {
            <section class="missing" aria-labelledby="unfinished">
                <h1 id="unfinished">{ phrase!("debrief-unfinished", title = &scenario.meta.title) }</h1>
                if persistent {
                    <p>{ phrase!("debrief-unfinished-body") }</p>
                } else {
                    <p>{ phrase!("debrief-unfinished-not-kept") }</p>
                }
                if attempts.outdated > 0 {
                    <p>{ phrase!("debrief-outdated") }</p>
                }
                <div class="actions"><a class="button" href={play}>{ phrase!("debrief-play") }</a>{ back }</div>
            </section>
        };
    };
    let scored = scorecard::score(&scenario, &analysis, &shown.playthrough).and_then(|card| {
        engine_debrief::debrief(&scenario, &analysis, &shown.playthrough, &card).map(|told| (card, told))
    });
    let (card, told) = match scored {
        Ok(found) => found,
        Err(error) => {
            return notice(
                phrase!("debrief-cannot"),
                "alert",
                html! { <p>{ phrase!("debrief-cannot-body", error = crate::components::notice::play_error(&error)) }</p> },
            );
        }
    };
    let rationales = Journal::decode(value(&entries, &key::journal(&props.id)).unwrap_or_default())
        .attempt(shown.playthrough.seed, shown.playthrough.responses.len());
    let page = Page {
        names: Names::learner(&scenario, &phrase::Interface),
        analysis: &analysis,
        attempts: &attempts,
        shown: &shown,
        card: &card,
        told: &told,
    };
    html! {
        <article class="debrief" aria-labelledby="debrief-title">
            { page.head() }
            { page.lesson() }
            { page.also() }
            { page.next(&on_replay, &rationales) }
            <section class="breakdown" aria-labelledby="breakdown-title">
                <h2 id="breakdown-title">{ phrase!("debrief-breakdown") }</h2>
                { fold("figures", phrase!("debrief-fold-figures"), page.figures()) }
                { fold("items", phrase!("debrief-fold-items"), page.items(&rationales)) }
                { fold("profile", if card.calibration.is_some() { phrase!("debrief-fold-profile-confidence") } else { phrase!("debrief-fold-profile") }, page.profile()) }
                { fold("paths", phrase!("debrief-fold-paths"), page.paths()) }
                { fold("outcome", phrase!("debrief-fold-outcome"), page.outcome()) }
            </section>
        </article>
    }
}

/// A decision's kind, as the items table and the facilitator's guide name it.
pub fn kind(kind: DecisionKind) -> String {
    match kind {
        DecisionKind::Pick => phrase!("debrief-kind-pick"),
        DecisionKind::Rate => phrase!("debrief-kind-rate"),
        DecisionKind::Rank => phrase!("debrief-kind-rank"),
        DecisionKind::Considerations => phrase!("debrief-kind-considerations"),
        DecisionKind::Pivot => phrase!("debrief-kind-pivot"),
    }
}

/// One part of the breakdown, folded until opened.
fn fold(id: &'static str, title: String, body: Html) -> Html {
    html! {
        <details class="fold breakdown-fold" data-part={id}>
            <summary>{ title }</summary>
            { body }
        </details>
    }
}

/// A titled part inside a fold of the breakdown.
fn part(title: String, body: Html) -> Html {
    html! {
        <div class="breakdown-part">
            <h3>{ title }</h3>
            { body }
        </div>
    }
}

/// What one debrief page draws from.
struct Page<'a> {
    /// The scenario's things in the learner's words.
    names: Names<'a>,
    analysis: &'a Analysis,
    attempts: &'a attempts::Attempts,
    shown: &'a Finished,
    card: &'a Scorecard,
    told: &'a engine_debrief::Debrief,
}

impl Page<'_> {
    fn scenario(&self) -> &Scenario {
        self.names.scenario
    }

    /// The scenario's language, for the elements that show its own words.
    fn lang(&self) -> AttrValue {
        AttrValue::from(self.scenario().meta.language.clone())
    }

    fn head(&self) -> Html {
        let (scenario, card) = (self.scenario(), self.card);
        let mode = Mode::parse(&self.shown.mode).unwrap_or_default();
        let number = self.attempts.number();
        let changed = self.attempts.record().is_some_and(|r| {
            r.playthrough.seed == self.shown.playthrough.seed && r.playthrough != self.shown.playthrough
        });
        let mut record = Attempts::new();
        for finished in &self.attempts.finished {
            if let Ok(c) = scorecard::score(scenario, self.analysis, &finished.playthrough) {
                record.record((&c).into());
            }
        }
        let standing = match (number, record.first()) {
            (Some(0), Some(first)) if changed => {
                phrase!("debrief-standing-changed", record = phrase::score(first.overall, card.pass))
            }
            (Some(0) | None, _) => phrase!("debrief-standing-first"),
            (Some(n), Some(first)) => phrase!(
                "debrief-standing-replay",
                attempt = n + 1,
                score = phrase::score(card.overall, card.pass),
                record = phrase::score(first.overall, card.pass)
            ),
            (Some(_), None) => String::new(),
        };
        html! {
            <header class="debrief-head">
                <p class="eyebrow">
                    <span class="badge">{ phrase!("debrief-badge") }</span>
                    <span class={classes!("badge", "mode-badge", (mode == Mode::Assessment).then_some("assessment"))}>
                        { if mode == Mode::Assessment { phrase!("debrief-mode-assessment") } else { phrase!("debrief-mode-practice") } }
                    </span>
                </p>
                <h1 id="debrief-title" tabindex="-1" lang={self.lang()}>{ scenario.meta.title.clone() }</h1>
                <div class="headline">
                    <p class="overall">
                        <span class="overall-value">{ phrase::number(phrase::score(card.overall, card.pass)) }</span>
                        <span class="overall-of">{ " " }{ phrase!("debrief-out-of") }</span>
                    </p>
                    <p class={classes!("verdict", if card.passed { "passed" } else { "not-passed" })}>
                        <span class="verdict-text">{ capitalised(&scores::verdict(&phrase::Interface, card.passed)) }</span>
                        { " · " }{ phrase!("debrief-pass-mark", mark = card.pass) }
                    </p>
                </div>
                <p class="gist">{ words::view(&scores::gist(&phrase::Interface, card)) }</p>
                <p class="standing">{ standing }</p>
            </header>
        }
    }

    /// The lesson: the first teaching moment, or why there is none.
    fn lesson(&self) -> Html {
        html! {
            <section class="lesson" aria-labelledby="lesson-title">
                <h2 id="lesson-title">{ phrase!("says-the-lesson") }</h2>
                if let Some(first) = self.told.moments.first() {
                    { moment::lesson(&self.names, first) }
                } else {
                    <p>{ phrase!("says-no-moments") }</p>
                    <p class="hint">{ phrase!("debrief-no-moments-hint") }</p>
                }
            </section>
        }
    }

    /// The teaching moments after the first, a line and the call each.
    fn also(&self) -> Html {
        let more = self.told.moments.get(1..).unwrap_or_default();
        if more.is_empty() {
            return Html::default();
        }
        html! {
            <section class="also" aria-labelledby="also-title">
                <h2 id="also-title">{ phrase!("says-also") }</h2>
                <ol class="moments">
                    { for more.iter().map(|m| moment::brief(&self.names, m)) }
                </ol>
            </section>
        }
    }

    /// The score's figures, each with its words: against chance, path efficiency.
    fn figures(&self) -> Html {
        html! {
            <>
                <p>{ words::view(&scores::chance(&phrase::Interface, self.card)) }</p>
                <p>{ words::view(&scores::path(&phrase::Interface, &self.card.path)) }</p>
            </>
        }
    }

    /// The competency profile, and how well the learner's confidence matched.
    fn profile(&self) -> Html {
        html! {
            <>
                <p class="hint">{ phrase!("debrief-profile-hint") }</p>
                { competency_chart::view(&self.card.profile, &self.lang()) }
                { self.calibration() }
            </>
        }
    }

    /// The learner's path beside the expert's, and the road not taken.
    fn paths(&self) -> Html {
        html! {
            <>
                { path_map::view(&self.names, self.told) }
                { self.roads() }
            </>
        }
    }

    fn trace(&self) -> Html {
        let Some(ending) = self.told.ending else { return Html::default() };
        // What one choice did, under it: links of the trace that share their choice.
        let mut groups: Vec<(Because, Vec<Because>)> = Vec::new();
        for step in says::trace(&self.names, &self.told.trace) {
            match groups.iter_mut().find(|(first, _)| first.choice == step.choice) {
                Some((_, more)) => more.push(step),
                None => groups.push((step, Vec::new())),
            }
        }
        part(
            says::why_this_ending(&self.names, ending).to_string(),
            html! {
                if groups.is_empty() {
                    <p>{ phrase!("says-undecided") }</p>
                } else {
                    <ul class="trace">
                        { for groups.into_iter().map(|(first, more)| html! {
                            <li>
                                if more.is_empty() {
                                    { words::view(&says::because(&first)) }
                                } else {
                                    { words::view(&first.choice) }{ phrase!("debrief-trace-colon") }
                                    <ul>
                                        { for std::iter::once(first).chain(more).map(|step| html! { <li>{ words::view(&step.did) }</li> }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ul>
                }
            },
        )
    }

    fn roads(&self) -> Html {
        if self.told.roads.is_empty() {
            return Html::default();
        }
        part(
            phrase!("says-road-not-taken"),
            html! {
              <>
                <p class="hint">{ phrase!("debrief-roads-hint") }</p>
                <ul class="roads">
                    { for self.told.roads.iter().map(|road| {
                        // Where the learner's own pick led: the next stop on their path.
                        let went = self.next_stop(road.response);
                        let same = !road.forks.is_empty() && road.forks.iter().all(|f| f.reaches.is_some() && f.reaches == went);
                        let mut forks: Vec<&engine::debrief::Fork> = road.forks.iter().collect();
                        forks.sort_by(|a, b| b.mean.total_cmp(&a.mean));
                        html! {
                            <li>
                                <p class="road-head">{ words::view(&says::road(&self.names, road)) }</p>
                                <ul class="forks">
                                    { for forks.into_iter().map(|fork| html! {
                                        <li>{ words::view(&says::fork(&self.names, road, fork)) }</li>
                                    }) }
                                </ul>
                                if same {
                                    <p class="fork-note">{ phrase!(
                                        "debrief-fork-same",
                                        place = went.map(|n| self.names.block(n)).unwrap_or_default()
                                    ) }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
              </>
            },
        )
    }

    /// The decision or ending the story reached after response `response`.
    fn next_stop(&self, response: usize) -> Option<NodeId> {
        let position = engine::replay(
            self.scenario(),
            &engine::Playthrough {
                responses: self.shown.playthrough.responses.iter().take(response + 1).cloned().collect(),
                ..self.shown.playthrough.clone()
            },
        );
        position.ok().map(|p| p.node)
    }

    fn items(&self, rationales: &[String]) -> Html {
        let scenario = self.scenario();
        let mode = Mode::parse(&self.shown.mode).unwrap_or_default();
        let history = match engine::replay(scenario, &self.shown.playthrough) {
            Ok(position) => position.history,
            Err(_) => Vec::new(),
        };
        let ask = |node: NodeId| scenario.decision(node).map_or(String::new(), |d| d.ask.clone());
        let lang = self.lang();
        html! {
            <>
                <p class="hint">{ phrase!("debrief-items-hint") }</p>
                <div class="table-scroll" role="region" aria-labelledby="items-caption" tabindex="0">
                    <table class="items-table">
                        <caption id="items-caption" class="visually-hidden">{ phrase!("debrief-items-caption") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ phrase!("debrief-col-number") }</th>
                                <th scope="col">{ phrase!("debrief-col-decision") }</th>
                                <th scope="col">{ phrase!("debrief-col-weight") }</th>
                                <th scope="col">{ phrase!("debrief-col-score") }</th>
                                <th scope="col">{ phrase!("debrief-col-chance") }</th>
                                <th scope="col">{ phrase!("debrief-col-corrected") }</th>
                                <th scope="col">{ phrase!("debrief-col-lost") }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for self.card.items.iter().map(|s| html! {
                                <tr data-item={s.response.to_string()}>
                                    <td>{ s.response + 1 }</td>
                                    <th scope="row"><span lang={&lang}>{ ask(s.decision) }</span>
                                        <span class="kind">{ kind(s.kind) }</span></th>
                                    <td class="item-weight">{ format!("{}", s.weight) }</td>
                                    <td class="item-score">{ phrase::number(phrase::Fixed(s.score, 2)) }</td>
                                    <td class="item-chance">{ phrase::number(phrase::Fixed(s.chance, 2)) }</td>
                                    <td class="item-corrected">{ phrase::number(phrase::Fixed(s.corrected, 2)) }</td>
                                    <td class="item-lost">{ phrase::number(phrase::Fixed(s.points, 1)) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <h3 id="held-title">{ if mode == Mode::Assessment { phrase!("debrief-held-assessment") } else { phrase!("debrief-held-practice") } }</h3>
                <div class="held">
                    { for self.card.items.iter().zip(&history).map(|(s, answered)| {
                        let rationale = rationales.get(s.response).map_or("", String::as_str);
                        html! {
                            <details class="held-item">
                                <summary>
                                    { phrase!("debrief-held-decision", number = s.response + 1, ask = ask(s.decision)) }
                                    <span class="summary-score">{ " · " }{ phrase!("debrief-held-score", score = phrase::Fixed(s.score, 2)) }</span>
                                </summary>
                                { for scores::item_notes(&self.names, s).into_iter().map(|note| html! {
                                    <p class="item-note">{ words::view(&note.sentence()) }</p>
                                }) }
                                { feedback::view(scenario, answered.decision, s.response, &answered.response, rationale, None, 4) }
                            </details>
                        }
                    }) }
                </div>
            </>
        }
    }

    fn calibration(&self) -> Html {
        let Some(c) = &self.card.calibration else { return Html::default() };
        part(
            phrase!("debrief-calibration"),
            html! {
              <>
                <ul class="levels-said">
                    { for c.levels.iter().filter(|l| l.said > 0).map(|level| html! {
                        <li>{ words::view(&scores::confidence_level(&phrase::Interface, level)) }</li>
                    }) }
                </ul>
                <p class="hint">{ words::view(&scores::calibration(&phrase::Interface, c)) }</p>
              </>
            },
        )
    }

    /// How the story ended: where the learner was going, the ending, why it was this one,
    /// and what the story did to its state (which never moves a score).
    fn outcome(&self) -> Html {
        let outcome = &self.card.outcome;
        html! {
            <>
                if !self.told.goal.is_empty() {
                    <p class="goal">{ words::view(&says::goal(&phrase::Interface, &self.told.goal)) }</p>
                }
                <p>{ words::view(&scores::ending(&self.names, self.told.ending)) }</p>
                { self.trace() }
                { part(phrase!("debrief-changes"), html! {
                    <>
                        <p class="hint">{ phrase!("debrief-changes-hint") }</p>
                        <p>{ words::view(&scores::state_changes(&self.names, outcome)) }</p>
                        <p>{ words::view(&scores::sacrificed(&self.names, outcome)) }</p>
                    </>
                }) }
            </>
        }
    }

    fn next(&self, on_replay: &Callback<Replay>, rationales: &[String]) -> Html {
        let from_start = {
            let replay = Replay { finished: self.shown.clone(), keep: Vec::new(), rationales: Vec::new() };
            on_replay.reform(move |_: MouseEvent| replay.clone())
        };
        let from_there = self.told.replay.as_ref().filter(|r| r.response > 0).map(|r| {
            let keep = r.from.responses.clone();
            let replay = Replay {
                finished: self.shown.clone(),
                rationales: rationales.iter().take(keep.len()).cloned().collect(),
                keep,
            };
            (on_replay.reform(move |_: MouseEvent| replay.clone()), r.response + 1)
        });
        let start_class = if from_there.is_some() { "button secondary" } else { "button" };
        html! {
            <section class="next" aria-labelledby="next-title">
                <h2 id="next-title">{ phrase!("debrief-next") }</h2>
                <p class="next-step">{ words::view(&says::next_step(&self.names, self.card, self.told.next_step.as_ref())) }</p>
                <div class="actions">
                    if let Some((onclick, at)) = from_there {
                        <button type="button" class="button" {onclick}>{ phrase!("debrief-replay-from", number = at) }</button>
                    }
                    <button type="button" class={start_class} onclick={from_start}>{ phrase!("debrief-replay-start") }</button>
                </div>
            </section>
        }
    }
}
