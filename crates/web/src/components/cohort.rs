//! The Cohort view (`#/cohort`, in the author module): an instructional designer drops the
//! files a class left behind (cmi5 statements exported from an LRS, `jc1` logs, result
//! codes, profile exports) and gets the cohort's item analysis for a built-in scenario, worked
//! out in this browser: nothing is uploaded. Files are read in slices of [`SLICE`] bytes
//! (`evidence::cohort::Feed`) with a pause for the page between slices, so a class of a
//! hundred thousand statements never freezes it, and a progress bar says how far it has got.
//! The report shows each decision's figures and flags, and downloads as the same
//! self-contained HTML page or JSON as `judgement-call cohort` writes.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_scenario::{Loading, use_scenario};
use crate::hooks::use_title::use_title;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use evidence::cohort::{Feed, Flag, OptionReport, Options, Reason, Report, html, render};
use library::INDEX;

/// How many bytes of a file are analysed before the page gets a moment.
pub const SLICE: usize = 256 * 1024;

/// Where the analysis stands.
#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    /// Bytes read of all the files.
    Reading {
        done: f64,
        total: f64,
    },
    Done(Rc<Report>),
    Failed(String),
}

#[component]
pub fn Cohort() -> Html {
    use_title(phrase!("cohort-title"));
    let chosen = use_state(|| INDEX.first().map_or(String::new(), |l| l.id.to_string()));
    let loading = use_scenario(&chosen);
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<web_sys::HtmlSelectElement>() {
                chosen.set(select.value());
            }
        })
    };
    let body = match loading {
        Loading::Ready(scenario) => {
            let key = scenario.meta.id.clone();
            html! { <Analysis {key} {scenario} /> }
        }
        Loading::Pending => html! { <p class="loading" role="status">{ phrase!("cohort-opening") }</p> },
        Loading::Unknown => notice(phrase!("cohort-not-found"), "alert", Html::default()),
        Loading::Failed(why) => notice(phrase!("cohort-not-opened"), "alert", html! { <p>{ why }</p> }),
    };
    html! {
        <section class="cohort-view" aria-labelledby="cohort-title">
            <h1 id="cohort-title">{ phrase!("cohort-title") }</h1>
            <p class="lead">{ phrase!("cohort-lead") }</p>
            <div class="open">
                <div>
                    <label for="cohort-scenario">{ phrase!("cohort-scenario") }</label>
                    <select id="cohort-scenario" onchange={on_select}>
                        { for INDEX.iter().map(|l| html! { <option value={l.id} selected={*chosen == l.id} lang={l.language}>{ l.title }</option> }) }
                    </select>
                </div>
            </div>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AnalysisProps {
    scenario: Shared,
}

#[component]
fn Analysis(props: &AnalysisProps) -> Html {
    let stage = use_state(|| Stage::Idle);
    let all = use_state(|| false);
    let names = use_state(|| false);
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_: Event| flag.set(!*flag))
    };
    let start = {
        let (stage, scenario, all, names) = (stage.clone(), props.scenario.clone(), *all, *names);
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() || matches!(*stage, Stage::Reading { .. }) {
                return;
            }
            let (stage, scenario) = (stage.clone(), scenario.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let options = Options { all_attempts: all, names };
                match analyse(&scenario, &files, options, &stage).await {
                    Ok(report) => stage.set(Stage::Done(Rc::new(report))),
                    Err(why) => stage.set(Stage::Failed(why)),
                }
            });
        })
    };
    let on_files = {
        let start = start.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                start.emit(listed(input.files()));
            }
        })
    };
    let over = use_state(|| false);
    let on_drag = {
        let over = over.clone();
        Callback::from(move |event: DragEvent| {
            // Without this the browser would open the dropped file in place of the app.
            event.prevent_default();
            over.set(event.type_() != "dragleave");
        })
    };
    let on_drop = {
        let over = over.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            over.set(false);
            start.emit(listed(event.data_transfer().and_then(|d| d.files())));
        })
    };
    let busy = matches!(*stage, Stage::Reading { .. });
    let status = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Reading { done, total } => html! {
            <div class="cohort-progress" role="status">
                <label for="cohort-read">{ phrase!("cohort-reading", percent = (100.0 * done / total.max(1.0)).round()) }</label>
                <progress id="cohort-read" max={total.to_string()} value={done.to_string()} />
            </div>
        },
        Stage::Failed(why) => notice(phrase!("cohort-failed"), "alert", html! { <p>{ why.clone() }</p> }),
        Stage::Done(report) => view(report, &props.scenario),
    };
    html! {
        <>
            <div class="open cohort-files" data-scenario={props.scenario.meta.id.clone()}>
                <div class={classes!("cohort-drop", over.then_some("over"))}
                    ondragenter={on_drag.clone()} ondragover={on_drag.clone()} ondragleave={on_drag} ondrop={on_drop}>
                    <label for="cohort-files">{ phrase!("cohort-files") }</label>
                    <input id="cohort-files" type="file" multiple=true disabled={busy}
                        accept=".json,.ndjson,.jsonl,.txt,.log,.jc1" onchange={on_files} />
                    <p class="hint">{ phrase!("cohort-files-hint") }</p>
                </div>
                <div>
                    <label class="check"><input type="checkbox" checked={*all} onchange={toggle(&all)} />{ " " }{ phrase!("cohort-all-attempts") }</label>
                    <label class="check"><input type="checkbox" checked={*names} onchange={toggle(&names)} />{ " " }{ phrase!("cohort-names") }</label>
                </div>
            </div>
            { status }
        </>
    }
}

/// The files of a file input or a drop, in order.
fn listed(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    files.map_or_else(Vec::new, |files| (0..files.length()).filter_map(|i| files.get(i)).collect())
}

/// Reads `files` slice by slice into the cohort's analysis, saying how far it has got.
async fn analyse(
    scenario: &Shared,
    files: &[web_sys::File],
    options: Options,
    stage: &UseStateHandle<Stage>,
) -> Result<Report, String> {
    let total: f64 = files.iter().map(|f| f.size()).sum();
    let scenarios = std::slice::from_ref(&*scenario.0);
    let mut feed = Feed::new(scenarios, options);
    let mut done = 0.0;
    stage.set(Stage::Reading { done, total });
    for file in files {
        let name = file.name();
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(stem, _)| stem).to_string();
        feed.open(&name, Some(&stem));
        let size = file.size();
        let mut at = 0.0;
        while at < size {
            let start = at;
            let end = (at + SLICE as f64).min(size);
            let slice =
                file.slice_with_f64_and_f64(at, end).map_err(|_| phrase!("cohort-file-unreadable", file = &name))?;
            let buffer = JsFuture::from(slice.array_buffer())
                .await
                .map_err(|_| phrase!("cohort-file-unreadable", file = &name))?;
            feed.feed(&js_sys::Uint8Array::new(&buffer).to_vec());
            at = end;
            done += end - start;
            stage.set(Stage::Reading { done, total });
            pause().await;
        }
        feed.close();
    }
    feed.reports().into_iter().next().ok_or_else(|| phrase!("cohort-no-report"))
}

/// Lets the page draw and answer before the next slice.
async fn pause() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0));
    });
    let _ = JsFuture::from(promise).await;
}

/// `n` records not counted for the reason `why`.
fn malformed(why: Reason, n: u64) -> String {
    match why {
        Reason::NotText => phrase!("cohort-skipped-not-text", count = n),
        Reason::NotJson => phrase!("cohort-skipped-not-json", count = n),
        Reason::NotAStatement => phrase!("cohort-skipped-not-a-statement", count = n),
        Reason::NoRegistration => phrase!("cohort-skipped-no-registration", count = n),
        Reason::UnreadableResponse => phrase!("cohort-skipped-unreadable-response", count = n),
        Reason::NoConfidence => phrase!("cohort-skipped-no-confidence", count = n),
        Reason::NotAPlaythrough => phrase!("cohort-skipped-not-a-playthrough", count = n),
        Reason::BadCode => phrase!("cohort-skipped-bad-code", count = n),
        Reason::OtherVersion => phrase!("cohort-skipped-other-version", count = n),
        Reason::DoesNotReplay => phrase!("cohort-skipped-does-not-replay", count = n),
        Reason::OffPath => phrase!("cohort-skipped-off-path", count = n),
        Reason::NoAnswers => phrase!("cohort-skipped-no-answers", count = n),
        Reason::NotAProfile => phrase!("cohort-skipped-not-a-profile", count = n),
    }
}

/// A decision's figure (its difficulty or discrimination) as a phrase's argument: to two
/// decimals, or a dash when the cohort gives none.
struct Figure(Option<f64>);

impl phrase::Argument for Figure {
    fn add(&self, name: &str, args: &mut String) {
        match self.0 {
            Some(x) => phrase::Argument::add(&phrase::Fixed(x, 2), name, args),
            None => phrase::Argument::add("–", name, args),
        }
    }
}

/// The report, decision by decision, with its downloads.
fn view(report: &Report, scenario: &Shared) -> Html {
    let download = |name: String, mime: &'static str, text: String| {
        Callback::from(move |_: MouseEvent| {
            window::download(&name, mime, &text);
        })
    };
    let id = &report.scenario;
    let on_html = download(format!("{id}-cohort.html"), "text/html", html::html(report, scenario));
    let on_json = download(format!("{id}-cohort.json"), "application/json", render::json(report));
    let percent =
        |x: Option<f64>| x.map_or("–".to_string(), |x| phrase!("cohort-percent", value = (100.0 * x).round()));
    let lang = AttrValue::from(scenario.meta.language.clone());
    let skipped = report.skipped.later
        + report.skipped.out_of_order
        + report.skipped.elsewhere
        + report.skipped.malformed.iter().map(|(_, n)| n).sum::<u64>();
    html! {
        <section class="cohort-report" aria-labelledby="cohort-report-title" data-attempts={report.attempts.to_string()}>
            <h2 id="cohort-report-title">{ phrase!("cohort-report-title", attempts = report.attempts, learners = report.learners) }</h2>
            <p>
                { [
                    phrase!("cohort-finished", finished = report.finished),
                    if report.first_only { phrase!("cohort-first-only") } else { phrase!("cohort-every-attempt") },
                    if report.names { phrase!("cohort-by-name") } else { phrase!("cohort-by-pseudonym") },
                    phrase!("cohort-not-counted", count = skipped),
                ].join(" ") }
            </p>
            if skipped > 0 {
                <details class="cohort-skipped">
                    <summary>{ phrase!("cohort-skipped-title", count = skipped) }</summary>
                    <ul>
                        if report.skipped.later > 0 { <li>{ phrase!("cohort-skipped-later", count = report.skipped.later) }</li> }
                        if report.skipped.out_of_order > 0 { <li>{ phrase!("cohort-skipped-out-of-order", count = report.skipped.out_of_order) }</li> }
                        if report.skipped.elsewhere > 0 { <li>{ phrase!("cohort-skipped-elsewhere", count = report.skipped.elsewhere) }</li> }
                        { for report.skipped.malformed.iter().map(|(why, n)| html! { <li data-reason={why.code()}>{ malformed(*why, *n) }</li> }) }
                    </ul>
                    if !report.skipped.examples.is_empty() {
                        <p>{ phrase!("cohort-examples") }</p>
                        <ul>{ for report.skipped.examples.iter().map(|(_, what)| html! { <li><code>{ what.clone() }</code></li> }) }</ul>
                    }
                </details>
            }
            <div class="row">
                <button type="button" class="button" data-cohort="html" onclick={on_html}>{ phrase!("cohort-download-html") }</button>
                <button type="button" class="button secondary" data-cohort="json" onclick={on_json}>{ phrase!("cohort-download-json") }</button>
            </div>
            { for report.decisions.iter().map(|d| html! {
                <section class="cohort-decision" data-decision={d.id.clone()} aria-label={d.ask.clone()}>
                    <h3 lang={&lang}>{ d.ask.clone() }</h3>
                    <p class="hint">
                        { phrase!("cohort-decision-figures", reached = d.reached, difficulty = Figure(d.difficulty), discrimination = Figure(d.discrimination)) }
                    </p>
                    <table>
                        <caption class="visually-hidden">{ phrase!("cohort-decision-caption", ask = &d.ask) }</caption>
                        <thead><tr>
                            <th scope="col">{ phrase!("cohort-col-option") }</th><th scope="col">{ phrase!("cohort-col-chosen") }</th><th scope="col">{ phrase!("cohort-col-share") }</th>
                            <th scope="col">{ phrase!("cohort-col-top") }</th><th scope="col">{ phrase!("cohort-col-bottom") }</th><th scope="col">{ phrase!("cohort-col-mean") }</th>
                        </tr></thead>
                        <tbody>
                            { for d.options.iter().map(|o| html! {
                                <tr class={classes!(o.best.then_some("best"))}>
                                    <th scope="row"><span lang={&lang}>{ o.text.clone() }</span>if o.best { { " " }{ phrase!("cohort-best") } }</th>
                                    <td>{ o.chosen }</td><td>{ percent(o.share) }</td>
                                    <td>{ percent(o.top) }</td><td>{ percent(o.bottom) }</td>
                                    <td>{ o.mean.map_or("–".to_string(), |m| phrase::number(phrase::Fixed(m, 1))) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    if !d.flags.is_empty() {
                        <ul class="cohort-flags">
                            { for d.flags.iter().map(|f| html! { <li data-flag={f.code()}>{ flag(f, &d.options) }</li> }) }
                        </ul>
                    }
                </section>
            }) }
        </section>
    }
}

/// What a flag on a decision means and what to check, in the learner's language (the CLI's
/// report says it in English, `Flag::explain`).
fn flag(flag: &Flag, options: &[OptionReport]) -> String {
    let name = |i: usize| options.get(i).map_or_else(|| i.to_string(), |o| o.id.clone());
    let percent = |x: f64| (100.0 * x).round();
    match *flag {
        Flag::NegativeDiscrimination(r) => phrase!("cohort-flag-negative", r = phrase::Fixed(r, 2)),
        Flag::LowDiscrimination(r) => phrase!("cohort-flag-low", r = phrase::Fixed(r, 2)),
        Flag::TopFavoursWeak { option, top, bottom } => {
            phrase!("cohort-flag-top-favours-weak", option = name(option), top = percent(top), bottom = percent(bottom))
        }
        Flag::RareDistractor { option, share } => {
            phrase!("cohort-flag-rare", option = name(option), share = percent(share))
        }
    }
}
