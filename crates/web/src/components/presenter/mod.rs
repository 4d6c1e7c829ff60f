//! Facilitator mode's presenter window: what the facilitator sees on their own screen while
//! the projector window shows the room the story. It owns the presentation (`use_facilitation`)
//! and offers every control: what the projector shows, the timer, hand counts per option
//! (typed, or counted from participants' codes), show-of-hands confidence, the reveal, which
//! branch the room follows, and going back; beside them the experts' reasoning, the
//! discussion prompts and where each option leads. Below: participants' codes and the room
//! summary. Shortcuts N, R and T work here and in the projector window.
//!
//! The window is drawn in parts, each in a file of its own: `head` (the title, the projector
//! and guide buttons, notices), `join_panel` (the room's name, the join link, what the
//! projector shows), `decision` with `votes` (the current decision and the room's hands) or
//! `ended` (the ending and the room's path), `controls` (back, start over), `timer_panel` and
//! `notes` (prompts, the experts' reasoning, the scene), `record` (the session's record: the
//! facilitator's note on each decision, the notes so far, the CSV and JSON downloads), and
//! `live_panel` (the live room: phones voting over a broker, counted into the same hand
//! counts).

mod controls;
mod decision;
mod ended;
mod head;
mod join_panel;
mod live_panel;
mod notes;
mod record;
mod timer_panel;
mod votes;

use std::rc::Rc;

use yew::prelude::*;

use crate::components::notice::notice;
use crate::components::room::RoomPanel;
use crate::hooks::use_clock::use_clock;
use crate::hooks::use_facilitation::use_facilitation;
use crate::hooks::use_host::use_host;
use crate::hooks::use_keys::use_keys;
use crate::hooks::use_live::use_live;
use crate::hooks::use_record::{Do, use_record};
use crate::hooks::use_stored::use_stored;
use crate::hooks::window;
use crate::model::facilitation::Change;
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::{live, room};
use engine::{Step, analyse};

pub use head::shortcuts;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub scenario: Shared,
    /// The secret of a live room to open on this device (from `judgement-call room`'s
    /// presenter link), which the window keeps and drops from its address.
    #[prop_or_default]
    pub opening: Option<AttrValue>,
}

#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let handle = use_facilitation(props.scenario.clone());
    let state = handle.state.clone();
    let scenario = state.scenario.clone();
    let presentation = &state.presentation;
    let (kept, ask) = use_record(scenario.clone(), presentation);
    let root = use_node_ref();
    {
        let state = state.clone();
        use_keys(root.clone(), Callback::from(move |key| state.dispatch(Change::Press(key, window::now()))));
    }
    let now = use_clock(presentation.timer.started.is_some());
    let (host, on_host) = use_host(&scenario.meta.id, props.opening.clone());
    let live = use_live(host.clone(), on_host.clone(), state.clone(), now);
    let (codes, on_codes) = use_stored(site::key::workshop_codes(&scenario.meta.id));
    let import = use_memo((scenario.clone(), codes.clone()), |(scenario, text)| room::import(scenario, text));
    let analysis = use_memo(scenario.clone(), |scenario| analyse::analyse(scenario));
    let blocked = use_state(|| false);
    let confirming = use_state(|| false);
    let change = state.dispatcher().to_callback();
    let act = change.reform(Change::Act);
    // Starting over starts a new session's record too (the facilitator confirmed it).
    let on_restart = {
        let (ask, change) = (ask.clone(), change.clone());
        Callback::from(move |()| {
            ask.emit(Do::Clear);
            change.emit(Change::Restart);
        })
    };

    let Ok(position) = engine::replay(&scenario, &presentation.playthrough) else {
        let restart = change.reform(|_: MouseEvent| Change::Restart);
        return notice(
            phrase!("presenter-cannot-continue"),
            "alert",
            html! { <button type="button" class="button" onclick={restart}>{ phrase!("presenter-start-again") }</button> },
        );
    };
    let downloads = record::downloads(&kept, &ask);
    let ended = matches!(position.step, Step::End(_));
    let (main, aside) = match &position.step {
        Step::Decide { decision, .. } => (
            decision::view(&scenario, presentation, &position, decision, &import, &change),
            notes::view(
                decision,
                &AttrValue::from(scenario.meta.language.clone()),
                &position,
                record::note(&kept, &ask, presentation.poll),
            ),
        ),
        Step::End(ending) => {
            let kept = html! { <>{ record::notes(&kept.borrow().record) }{ downloads.clone() }</> };
            (ended::view(&scenario, presentation, &position, ending, &act, kept), Html::default())
        }
    };
    let turn = presentation.playthrough.responses.len();
    let live_link =
        host.as_ref().map(|h| live::join_link(&window::origin(), &h.broker, &scenario.meta.id, &h.secret.room()));

    html! {
        <div class="workshop presenter" ref={root}>
            { head::view(&scenario, &handle, &blocked) }
            { join_panel::view(&scenario.meta.id, presentation, live_link, &act) }
            <live_panel::LivePanel id={scenario.meta.id.clone()} {host} {live} presentation={presentation.clone()} {on_host} act={act.clone()} />
            <p class="problem" role="alert">{ state.problem.clone().unwrap_or_default() }</p>
            <div class="presenter-grid">
                <div class="presenter-main">
                    { main }
                    <div class="row session-controls">{ controls::view(turn, &confirming, &change, &on_restart) }</div>
                    if !ended {
                        { downloads }
                    }
                </div>
                <div class="presenter-side">
                    { timer_panel::view(&presentation.timer, now, &act) }
                    { aside }
                </div>
            </div>
            <RoomPanel scenario={scenario.clone()} analysis={Studied(analysis)} codes={codes} import={Imported(import)} {on_codes} />
        </div>
    }
}

/// A button's click that sends `value` to `callback`, such as an action to the presentation.
fn on<T: Clone + 'static>(callback: &Callback<T>, value: T) -> Callback<MouseEvent> {
    callback.reform(move |_: MouseEvent| value.clone())
}

/// The scenario's analysis, shared; equal when it is the same one.
#[derive(Clone, Debug)]
pub struct Studied(pub Rc<analyse::Analysis>);

impl PartialEq for Studied {
    fn eq(&self, other: &Studied) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The pasted codes, read; equal when it is the same reading.
#[derive(Clone, Debug)]
pub struct Imported(pub Rc<room::Import>);

impl PartialEq for Imported {
    fn eq(&self, other: &Imported) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
