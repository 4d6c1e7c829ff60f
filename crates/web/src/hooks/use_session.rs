//! `use_session`: a play session restored from storage, and saved after every change.
//!
//! On first render it reads the scenario's saved log, mode and journal (see
//! `model::saved`). A log that cannot be used is moved aside to `discarded/<id>`, the
//! session starts afresh, and the returned notice says why; other scenarios' saves are
//! never touched. After every response, rewind or restart, the log goes back to
//! `progress/<id>` and the rationales to `journal/<id>`; when the story first reaches an
//! ending, the attempt is also kept under `attempt/<id>/<seed>`, where the Debrief and
//! Profile views find it and nothing overwrites it (the first attempt is the record). With
//! `persist` off (the Author view) nothing is read or written.
//!
//! When an LMS records the scenario (see `hooks::boot`), the log to resume from is the one
//! the LMS gives, every change is reported to it too, and the session is the attempt that
//! counts: assessment mode, with no starting over before the end.

use yew::prelude::*;

use site::key;

use crate::hooks::boot;
use crate::model::saved::{self, Finished, Journal, Restored};
use crate::model::session::{Action, Mode, Session, Shared};
use engine::{self, Playthrough, Scenario, Step};

/// A seed for a new playthrough's option order.
pub fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}

/// What restoring found, before the session starts.
struct Start {
    session: Session,
    /// An LMS records this session.
    recorded: bool,
    notice: Option<String>,
    /// The unusable saved text, to move aside.
    discarded: Option<String>,
}

fn start(scenario: &Shared, persist: bool) -> Start {
    let id = &scenario.meta.id;
    let fresh = |mode| Session {
        scenario: scenario.clone(),
        playthrough: Playthrough::new(scenario, fresh_seed()),
        mode,
        rationales: Vec::new(),
    };
    if !persist {
        return Start { session: fresh(Mode::Practice), recorded: false, notice: None, discarded: None };
    }
    let lms = boot::lms_resume_log(id);
    let recorded = lms.is_some();
    let (mode, text) = match lms {
        Some(log) => (Mode::Assessment, Some(log).filter(|l| !l.is_empty())),
        None => (
            storage::get(&key::mode(id)).and_then(|m| Mode::parse(&m)).unwrap_or_default(),
            storage::get(&key::progress(id)),
        ),
    };
    match saved::restore(scenario, text.as_deref()) {
        Restored::Fresh => Start { session: fresh(mode), recorded, notice: None, discarded: None },
        Restored::Resumed(playthrough) => {
            let journal = Journal::decode(&storage::get(&key::journal(id)).unwrap_or_default());
            let rationales = journal.attempt(playthrough.seed, playthrough.responses.len());
            Start {
                session: Session { scenario: scenario.clone(), playthrough, mode, rationales },
                recorded,
                notice: None,
                discarded: None,
            }
        }
        Restored::Unusable(why) => Start {
            session: fresh(if recorded { mode } else { Mode::Practice }),
            recorded,
            notice: Some(why),
            discarded: text,
        },
    }
}

/// A session, with what the view needs to show and change it.
pub struct SessionHandle {
    pub session: UseReducerHandle<Session>,
    /// Why saved progress could not be used, when it could not.
    pub notice: Option<String>,
    /// Starts again with a freshly shuffled playthrough.
    pub on_restart: Callback<()>,
    /// False when the session is meant to be saved but the browser will not keep it.
    pub kept: bool,
    /// An LMS records this session: it is the attempt that counts.
    pub recorded: bool,
}

/// The session for this scenario.
#[hook]
pub fn use_session(scenario: Shared, persist: bool) -> SessionHandle {
    let first = use_mut_ref(|| None::<Start>);
    let session = use_reducer(|| {
        let begun = start(&scenario, persist);
        let session = begun.session.clone();
        *first.borrow_mut() = Some(begun);
        session
    });
    let notice = use_state(|| first.borrow().as_ref().and_then(|s| s.notice.clone()));
    let recorded = *use_state(|| first.borrow().as_ref().is_some_and(|s| s.recorded));
    {
        let discarded = first.borrow_mut().as_mut().and_then(|s| s.discarded.take());
        let id = scenario.meta.id.clone();
        use_effect_with((), move |_| {
            if let Some(text) = discarded {
                storage::set(&key::discarded(&id), &text);
                storage::remove(&key::progress(&id));
            }
        });
    }
    {
        let key = (session.scenario.clone(), session.playthrough.clone(), session.mode, session.rationales.clone());
        use_effect_with(key, move |(scenario, playthrough, mode, rationales)| {
            if persist {
                save(&scenario.meta.id, playthrough, *mode, rationales);
                boot::lms_record(&scenario.meta.id, &playthrough.encode());
                keep_finished(scenario, playthrough, *mode);
            }
        });
    }
    let on_restart = {
        let session = session.clone();
        Callback::from(move |()| session.dispatch(Action::Restart(fresh_seed())))
    };
    let kept = !persist || storage::persistent();
    SessionHandle { session, notice: (*notice).clone(), on_restart, kept, recorded }
}

fn save(id: &str, playthrough: &Playthrough, mode: Mode, rationales: &[String]) {
    let log = playthrough.encode();
    let key = key::progress(id);
    // An untouched fresh start is not saved, so opening a scenario does not mark it begun.
    if playthrough.responses.is_empty() && storage::get(&key).is_none() {
        return;
    }
    storage::set(&key, &log);
    // The learner now has something to lose: ask the browser not to clear it.
    boot::ask_to_keep();
    storage::set(&key::mode(id), mode.as_str());
    let journal_key = key::journal(id);
    let mut journal = Journal::decode(&storage::get(&journal_key).unwrap_or_default());
    let before = journal.clone();
    journal.record(playthrough.seed, rationales);
    if journal != before {
        storage::set(&journal_key, &journal.encode());
    }
}

/// Keeps a playthrough that has reached its ending as an attempt, unless this attempt (its
/// seed) is kept already: a practice answer changed after the ending never rewrites it.
fn keep_finished(scenario: &Scenario, playthrough: &Playthrough, mode: Mode) {
    let ended = engine::replay(scenario, playthrough).is_ok_and(|p| matches!(p.step, Step::End(_)));
    let key = key::attempt(&scenario.meta.id, playthrough.seed);
    if ended && storage::get(&key).is_none() {
        let at = js_sys::Date::now() as u64;
        let finished = Finished { at, mode: mode.as_str().to_string(), playthrough: playthrough.clone() };
        storage::set(&key, &finished.encode());
    }
}
