//! The browser bridges (wasm32 only): what the `lms` module (`modules/lms`) runs when
//! `boot.js` finds an LMS at start. They are thin: everything an LMS records comes from the
//! pure mapping ([`lms::scorm12`], [`lms::scorm2004`], [`lms::cmi5`]);
//! the bridges only talk to the browser.
//!
//! - [`start`] opens the link ([`scorm::Scorm`] or [`cmi5::Cmi5`]): initialises, reads what to
//!   resume from, and for cmi5 opens the place the launch names;
//! - [`resume`] gives the app the log to resume a scenario from before play starts (the
//!   LMS's, unless this browser holds a longer one of the same attempt), or `None` when the
//!   LMS does not record that scenario;
//! - [`progress`] hears the app's log after every change, times each response, and has it
//!   written: the scenario comes packed with it, the bytes `boot.js` fetched for the play
//!   module, and is decoded and analysed here once a visit (the app shell never links the
//!   analysis), the record built, and the link writes it;
//! - a write that fails is retried with backoff (1 s doubling to 30 s) while the status line
//!   ([`status`]) says what is happening; the app's own saving goes on regardless;
//! - at the end of the story the link writes the final values and terminates; on `pagehide`
//!   it writes what it can and terminates (an unfinished attempt stays suspended).
//!
//! One launch records one scenario: the one it opens, or, in a launch that opens the
//! library, the first one the learner answers in (or the one its saved log names).

pub mod cmi5;
pub mod scorm;
pub mod status;
pub mod web;

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use engine::analyse::{self, Analysis};
use engine::{Playthrough, Scenario, scorecard};
use figures::say;
use lms::{Record, Start, Timestamp, Timing, Visit, record};
use status::Tone;
use web::Page;

/// The link to the LMS.
enum Link {
    Scorm(scorm::Scorm),
    /// Shared, so the writer can hold it across a request while `pagehide` can still close it.
    Cmi5(Rc<RefCell<cmi5::Cmi5>>),
}

impl Link {
    fn label(&self) -> &'static str {
        match self {
            Link::Scorm(s) if s.version == scorm::Version::Scorm12 => "SCORM 1.2",
            Link::Scorm(_) => "SCORM 2004",
            Link::Cmi5(_) => "cmi5",
        }
    }

    fn terminated(&self) -> bool {
        match self {
            Link::Scorm(s) => s.terminated,
            Link::Cmi5(c) => c.borrow().terminated,
        }
    }

    fn review(&self) -> bool {
        match self {
            Link::Scorm(s) => s.review,
            Link::Cmi5(c) => c.borrow().launch.as_ref().is_some_and(|l| l.mode != lms::cmi5::Mode::Normal),
        }
    }
}

/// Everything the bridge keeps for this launch.
struct Bridge {
    link: Link,
    started: Timestamp,
    offset: i32,
    /// The scenario this launch records; `None` while a library launch waits for a choice.
    bound: Option<String>,
    /// What the LMS held for `bound` at start.
    saved: Option<String>,
    /// Whether the LMS could be read at start.
    read: bool,
    /// The latest log of the bound scenario.
    log: Option<String>,
    /// When each response of this launch was shown and given, by index.
    timings: Vec<Option<Timing>>,
    /// When the decision now on screen was shown.
    shown: Timestamp,
    /// A change waits to be written.
    dirty: bool,
    /// The writer is running (writing, or waiting to retry).
    pumping: bool,
    /// Whether anything has been written in this launch.
    wrote: bool,
    /// The status line says something is waiting; the next success says it is all in.
    troubled: bool,
}

thread_local! {
    static BRIDGE: RefCell<Option<Bridge>> = const { RefCell::new(None) };
    /// Scenarios decoded and analysed in this visit.
    static STUDIED: RefCell<Vec<Rc<(Scenario, Analysis)>>> = const { RefCell::new(Vec::new()) };
}

fn with<T>(f: impl FnOnce(&mut Bridge) -> T) -> Option<T> {
    BRIDGE.with_borrow_mut(|b| b.as_mut().map(f))
}

/// Opens the link of this `kind` (`scorm2004`, `scorm12` or `cmi5`, what `boot.js` found).
pub async fn start(kind: &str) {
    status::attach_styles();
    let now = web::now();
    let (link, saved, read) = match kind {
        "cmi5" => match cmi5::Cmi5::new() {
            Ok(link) => {
                let link = Rc::new(RefCell::new(link));
                let read = cmi5::connect(&link).await.is_ok();
                let stored = link.borrow().stored();
                (Link::Cmi5(link), stored, read)
            }
            Err(fault) => {
                status::say(&say!(&Page, "lms-not-recording", why = fault.to_string()), Tone::Stopped, None);
                return;
            }
        },
        _ => {
            let version = if kind == "scorm12" { scorm::Version::Scorm12 } else { scorm::Version::Scorm2004 };
            let (link, opened) = scorm::Scorm::open(version);
            (Link::Scorm(link), opened.log, opened.read)
        }
    };
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let mut bound = match Start::from_parameters(&hash) {
        Start::Scenario(id) => Some(id),
        Start::Library => None,
    };
    if let Link::Cmi5(c) = &link {
        let parameters = c.borrow().launch.as_ref().and_then(|l| l.parameters.clone());
        if let Some(Start::Scenario(id)) = parameters.as_deref().map(Start::from_parameters) {
            if bound.is_none() {
                open_place(&id);
            }
            bound = Some(id);
        }
    }
    let saved_id = saved.as_deref().and_then(|log| log.split(' ').nth(1)).map(str::to_string);
    if bound.is_none() {
        bound = saved_id.clone();
    }
    let saved = saved.filter(|_| saved_id.is_some() && saved_id == bound);
    let label = link.label();
    let review = link.review();
    BRIDGE.with_borrow_mut(|b| {
        *b = Some(Bridge {
            link,
            started: now,
            offset: web::offset(),
            bound,
            saved,
            read,
            log: None,
            timings: Vec::new(),
            shown: now,
            dirty: !read,
            pumping: false,
            wrote: false,
            troubled: !read,
        })
    });
    let ended = with(|b| b.link.terminated()).unwrap_or(false);
    if ended {
        // A reload after `pagehide` ended the session: the LMS takes nothing more from it.
        status::say(&say!(&Page, "lms-ended"), Tone::Stopped, None);
    } else if review {
        status::say(&say!(&Page, "lms-review", lms = label), Tone::Fine, None);
    } else if read {
        status::say(&say!(&Page, "lms-recording", lms = label), Tone::Fine, None);
        // A cmi5 link has `initialized` queued: send it now.
        with(|b| b.dirty = matches!(b.link, Link::Cmi5(_)));
        pump();
    } else {
        status::say(&say!(&Page, "lms-unreachable", lms = label), Tone::Waiting, None);
        pump();
    }
    listen_for_pagehide();
}

/// Opens `#/play/<id>` before the app starts (cmi5 names the place in its launch data, not
/// in the URL), without adding a history entry.
fn open_place(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&site::Place::Play(id.to_string()).to_hash()),
        );
    }
}

/// The log to resume `scenario` from: `None` when this launch does not record it (the app
/// plays it as it would standalone), else the log (empty for a fresh start).
pub fn resume(scenario: &str) -> Option<String> {
    BRIDGE.with_borrow(|b| {
        let b = b.as_ref()?;
        match &b.bound {
            Some(bound) if bound != scenario => return None,
            None => return Some(String::new()),
            Some(_) => {}
        }
        let local = storage::get(&site::key::progress(scenario));
        if !b.read {
            // The LMS could not be read: what this browser holds is the best there is.
            return Some(local.unwrap_or_default());
        }
        let saved = b.saved.clone().unwrap_or_default();
        Some(match local {
            Some(local) if extends(&local, &saved) => local,
            _ => saved,
        })
    })
}

/// Whether `longer` is the same attempt as `shorter` with more responses: the browser kept
/// answers the LMS never received.
fn extends(longer: &str, shorter: &str) -> bool {
    let (Ok(longer), Ok(shorter)) = (Playthrough::decode(longer), Playthrough::decode(shorter)) else { return false };
    longer.scenario == shorter.scenario
        && longer.hash == shorter.hash
        && longer.seed == shorter.seed
        && longer.responses.len() > shorter.responses.len()
        && longer.responses.starts_with(&shorter.responses)
}

/// The app's log of `scenario` after a change, with its packed bytes (`packed`).
pub fn progress(scenario: &str, log: &str, packed: &wasm_bindgen::JsValue) {
    let now = web::now();
    let go = with(|b| {
        if b.link.terminated() {
            let finished_here = b.log.as_deref().is_some_and(|l| l != log);
            if b.bound.as_deref() == Some(scenario) && finished_here {
                status::say(&say!(&Page, "lms-on-record"), Tone::Fine, None);
            }
            return false;
        }
        let Ok(playthrough) = Playthrough::decode(log) else { return false };
        let answered = playthrough.responses.len();
        if b.bound.is_none() && answered > 0 {
            b.bound = Some(scenario.to_string());
        }
        if b.bound.as_deref() != Some(scenario) {
            return false;
        }
        let before = b.log.as_deref().and_then(|l| Playthrough::decode(l).ok()).map(|p| p.responses.len());
        match before {
            Some(before) if answered == before + 1 => {
                b.timings.resize(answered, None);
                b.timings[answered - 1] = Some(Timing { shown: b.shown, answered: now });
                b.shown = now;
            }
            Some(before) if answered == before => {}
            _ => {
                b.timings.truncate(answered);
                b.shown = now;
            }
        }
        b.log = Some(log.to_string());
        b.dirty = true;
        true
    });
    if go == Some(true) {
        study(scenario, packed);
        pump();
    }
}

/// Draws the status line once the app has drawn the page.
pub fn mounted() {
    status::draw();
}

/// Writes whatever waits, retrying with backoff until it goes through; one writer at a time.
fn pump() {
    let start = with(|b| !std::mem::replace(&mut b.pumping, true)).unwrap_or(false);
    if !start {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        let mut delay = 1000;
        while with(|b| std::mem::take(&mut b.dirty)).unwrap_or(false) {
            match write().await {
                Ok(()) => {
                    delay = 1000;
                    if with(|b| std::mem::take(&mut b.troubled)).unwrap_or(false) {
                        recorded(&say!(&Page, "lms-back"));
                    }
                }
                Err(Problem::Retry(why)) => {
                    with(|b| b.troubled = true);
                    let seconds = delay / 1000;
                    status::say(&say!(&Page, "lms-retrying", why = why, seconds = seconds), Tone::Waiting, None);
                    web::sleep(delay).await;
                    delay = (delay * 2).min(30_000);
                    with(|b| b.dirty = true);
                }
                Err(Problem::Stop(why)) => {
                    status::say(&say!(&Page, "lms-not-recording", why = why), Tone::Stopped, None);
                    break;
                }
            }
        }
        with(|b| b.pumping = false);
    });
}

/// Says that everything is recorded (with the way back to the course once a cmi5 session
/// has ended).
fn recorded(text: &str) {
    let back = with(|b| match &b.link {
        Link::Cmi5(c) if c.borrow().terminated => c.borrow().return_url(),
        _ => None,
    })
    .flatten();
    let back_label = say!(&Page, "lms-return");
    status::say(text, Tone::Fine, back.as_deref().map(|href| (back_label.as_str(), href)));
}

/// Why a write did not go through.
enum Problem {
    /// Worth trying again.
    Retry(String),
    /// Trying again cannot help.
    Stop(String),
}

/// Writes the bound scenario's latest log through the link (for cmi5 with nothing played
/// yet, sends what is queued, such as `initialized`).
async fn write() -> Result<(), Problem> {
    let cmi5 = with(|b| match &b.link {
        Link::Cmi5(c) => Some(c.clone()),
        Link::Scorm(_) => None,
    })
    .flatten();
    let Some((id, log)) = with(|b| Some((b.bound.clone()?, b.log.clone()?))).flatten() else {
        return match cmi5 {
            Some(link) => {
                let connected = cmi5::connect(&link).await;
                let sent = match connected {
                    Ok(()) => cmi5::send(&link).await,
                    Err(fault) => Err(fault),
                };
                sent.map_err(cmi5_problem)
            }
            None => Ok(()),
        };
    };
    let study = studied(&id).ok_or_else(|| Problem::Stop("the scenario's file could not be read".into()))?;
    let record = recorded_of(&study, &log)?;
    let now = web::now();
    let finished = record.finished;
    match cmi5 {
        Some(link) => {
            let (started, offset, timings) =
                with(|b| (b.started, b.offset, b.timings.clone())).unwrap_or((now, 0, Vec::new()));
            let visit = Visit { started, now, offset, timings: &timings };
            cmi5::write(&link, &record, &visit, finished).await.map_err(cmi5_problem)?;
        }
        None => {
            let written = with(|b| {
                let visit = Visit { started: b.started, now, offset: b.offset, timings: &b.timings };
                let Link::Scorm(scorm) = &mut b.link else { return Ok(()) };
                let result = scorm.write(&record, &visit, finished);
                b.wrote |= result.is_ok();
                result
            });
            match written {
                Some(Err(scorm::Fault::Limit(error))) => return Err(Problem::Stop(error.to_string())),
                Some(Err(fault)) => return Err(Problem::Retry(fault.to_string())),
                _ => {}
            }
        }
    }
    if finished && !with(|b| b.link.review()).unwrap_or(false) {
        with(|b| b.troubled = false);
        recorded(&match record.score {
            Some(s) => {
                say!(&Page, "lms-recorded-result", result = figures::scorecard::result(&Page, s.tenths, record.pass))
            }
            None => say!(&Page, "lms-recorded"),
        });
    }
    Ok(())
}

fn cmi5_problem(fault: cmi5::Fault) -> Problem {
    match fault {
        cmi5::Fault::Unreachable(_) => Problem::Retry(fault.to_string()),
        _ => Problem::Stop(fault.to_string()),
    }
}

/// The record of `log`, scored.
fn recorded_of(study: &(Scenario, Analysis), log: &str) -> Result<Record, Problem> {
    let (scenario, analysis) = study;
    let playthrough = Playthrough::decode(log).map_err(|e| Problem::Stop(e.to_string()))?;
    let card = scorecard::score(scenario, analysis, &playthrough).map_err(|e| Problem::Stop(e.to_string()))?;
    record(scenario, &playthrough, &card).map_err(|e| Problem::Stop(e.to_string()))
}

/// Decodes and analyses scenario `id` from its `packed` bytes, once a visit.
fn study(id: &str, packed: &wasm_bindgen::JsValue) {
    if studied(id).is_some() || !packed.is_instance_of::<js_sys::ArrayBuffer>() {
        return;
    }
    let Ok(scenario) = codec::pack::decode(&js_sys::Uint8Array::new(packed).to_vec()) else { return };
    if scenario.meta.id == id {
        let analysis = analyse::analyse(&scenario);
        STUDIED.with_borrow_mut(|s| s.push(Rc::new((scenario, analysis))));
    }
}

fn studied(id: &str) -> Option<Rc<(Scenario, Analysis)>> {
    STUDIED.with_borrow(|s| s.iter().find(|s| s.0.meta.id == id).cloned())
}

/// On `pagehide`: writes the latest log if it can without waiting, then terminates.
fn listen_for_pagehide() {
    let Some(window) = web_sys::window() else { return };
    let handler = Closure::<dyn Fn()>::new(close);
    let _ = window.add_event_listener_with_callback("pagehide", handler.as_ref().unchecked_ref());
    handler.forget();
}

fn close() {
    let now = web::now();
    with(|b| {
        let record = match (&b.bound, &b.log) {
            (Some(id), Some(log)) => studied(id).and_then(|s| recorded_of(&s, log).ok()),
            _ => None,
        };
        let visit = Visit { started: b.started, now, offset: b.offset, timings: &b.timings };
        match &mut b.link {
            Link::Scorm(scorm) => {
                let wrote = record.as_ref().is_some_and(|r| scorm.write(r, &visit, false).is_ok());
                scorm.close(wrote || b.wrote);
            }
            Link::Cmi5(c) => {
                let empty = cmi5::empty_record();
                c.borrow_mut().close(record.as_ref().unwrap_or(&empty), &visit);
            }
        }
    });
}
