//! Facilitator mode's presenter window: what the facilitator sees on their own screen while
//! the projector window shows the room the story. It owns the session (`use_facilitation`)
//! and offers every control: what the projector shows, the timer, hand counts per option
//! (typed, or counted from participants' codes), show-of-hands confidence, the reveal, which
//! branch the room follows, and going back; beside them the experts' reasoning, the
//! discussion prompts and where each option leads. Below: participants' codes and the room
//! summary. Shortcuts N, R and T work here and in the projector window.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::decision_map::label;
use crate::components::notice::notice;
use crate::components::room::RoomPanel;
use crate::components::vote_chart::{self, letter};
use crate::components::{prose, timer};
use crate::hooks::use_clock::use_clock;
use crate::hooks::use_facilitation::use_facilitation;
use crate::hooks::use_keys::use_keys;
use crate::hooks::use_stored::use_stored;
use crate::hooks::window;
use crate::model::facilitation::Change;
use crate::model::session::Shared;
use ::workshop::message::Key;
use ::workshop::presentation::{Action, Follow, Lead, Screen, leads, votes_from};
use ::workshop::room;
use engine::analyse;
use engine::scenario::DecisionKind;
use engine::{self, Answer, Step};
use site::workshop::WorkshopPlace;

#[derive(Properties, PartialEq)]
pub struct PresenterProps {
    pub scenario: Shared,
}

/// The lengths of a voting round to choose from, in seconds.
const ROUNDS: [u32; 6] = [30, 60, 90, 120, 180, 300];

/// The keyboard shortcuts, as the help line says them.
pub const SHORTCUTS: &str =
    "Shortcuts: N next step · R reveal or hide the votes · T start or pause the timer (not while typing in a field).";

#[component]
pub fn Presenter(props: &PresenterProps) -> Html {
    let handle = use_facilitation(props.scenario.clone());
    let state = handle.state.clone();
    let scenario = state.scenario.clone();
    let session = state.session.clone();
    let id = scenario.meta.id.clone();
    let root = use_node_ref();
    {
        let state = state.clone();
        use_keys(root.clone(), Callback::from(move |key| state.dispatch(Change::Press(key, window::now()))));
    }
    let now = use_clock(session.timer.started.is_some());
    let (codes, on_codes) = use_stored(site::key::workshop_codes(&id));
    let import = use_memo((scenario.clone(), codes.clone()), |(scenario, text)| room::import(scenario, text));
    let analysis = use_memo(scenario.clone(), |scenario| analyse::analyse(scenario));
    let blocked = use_state(|| false);
    let confirming = use_state(|| false);

    let act = {
        let state = state.clone();
        move |action: Action| state.dispatch(Change::Act(action))
    };
    let on = |action: Action| {
        let act = act.clone();
        Callback::from(move |_: MouseEvent| act(action.clone()))
    };
    let projector_url = format!("{}{}", window::base(), WorkshopPlace::Projector(id.clone()).to_hash());
    let open_projector = {
        let (blocked, url) = (blocked.clone(), projector_url.clone());
        Callback::from(move |_: MouseEvent| blocked.set(!window::open(&url, "judgement-call-projector")))
    };
    let join_url = {
        let place = WorkshopPlace::Join { scenario: id.clone(), room: session.room.clone() };
        format!("{}{}", window::base(), place.to_hash())
    };
    let on_room = {
        let act = act.clone();
        Callback::from(move |event: Event| {
            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                act(Action::Room(input.value()));
            }
        })
    };
    let on_round = {
        let act = act.clone();
        Callback::from(move |event: Event| {
            if let Some(seconds) =
                event.target_dyn_into::<web_sys::HtmlSelectElement>().and_then(|s| s.value().parse::<u32>().ok())
            {
                act(Action::ResetTimer { seconds });
            }
        })
    };

    let Ok(position) = engine::replay(&scenario, &session.playthrough) else {
        let restart = state.dispatcher().to_callback().reform(|_: MouseEvent| Change::Restart);
        return notice(
            "This workshop cannot continue",
            "alert",
            html! { <button type="button" class="button" onclick={restart}>{ "Start the workshop again" }</button> },
        );
    };
    let turn = session.playthrough.responses.len();

    let screens = html! {
        <div class="screens" role="group" aria-labelledby="screens-label">
            <span id="screens-label" class="screens-label">{ "The projector shows" }</span>
            { for Screen::ALL.into_iter().map(|screen| {
                let name = match screen {
                    Screen::Join => "How to join",
                    Screen::Scene => "The scene",
                    Screen::Question => "The question",
                };
                let pressed = if session.screen == screen { "true" } else { "false" };
                html! {
                    <button type="button" class="button secondary" aria-pressed={pressed} data-screen={screen.as_str()}
                        onclick={on(Action::Show(screen))}>{ name }</button>
                }
            }) }
        </div>
    };

    let timer_panel = {
        let running = session.timer.started.is_some();
        let at_now = |make: fn(f64) -> Action| {
            let act = act.clone();
            Callback::from(move |_: MouseEvent| act(make(window::now())))
        };
        let start = at_now(|now| Action::StartTimer { now });
        let pause = at_now(|now| Action::PauseTimer { now });
        html! {
            <section class="panel-box timer-panel" aria-labelledby="timer-title">
                <h2 id="timer-title">{ "Timer" }</h2>
                { timer::view(&session.timer, now) }
                <div class="row">
                    if running {
                        <button type="button" class="button" data-timer="pause" onclick={pause}>{ "Pause" }</button>
                    } else {
                        <button type="button" class="button" data-timer="start" onclick={start}>{ "Start" }</button>
                    }
                    <button type="button" class="button secondary" data-timer="reset" onclick={on(Action::ResetTimer { seconds: session.timer.seconds })}>{ "Reset" }</button>
                </div>
                <label for="round">{ "Round length" }</label>
                <select id="round" onchange={on_round}>
                    { for ROUNDS.iter().map(|&s| html! {
                        <option value={s.to_string()} selected={session.timer.seconds == s}>{ timer::text(f64::from(s) * 1000.0) }</option>
                    }) }
                </select>
            </section>
        }
    };

    let main = match &position.step {
        Step::Decide { decision, .. } => {
            let kind = decision.kind;
            let lead_list = leads(&scenario, &session.playthrough);
            let lead_text = |lead: &Lead| match *lead {
                Lead::Decision(node) => {
                    let ask = scenario.decision(node).map_or("", |d| d.ask.as_str());
                    format!("{}: {ask}", label(&scenario, node))
                }
                Lead::Ending(node) => {
                    let title = scenario.ending(node).map_or("", |e| e.title.as_str());
                    format!("Ending {}: {title}", label(&scenario, node))
                }
            };
            let total: u32 = session.votes.iter().sum();
            let rows = decision.options.iter().enumerate().map(|(i, option)| {
                let experts = vote_chart::experts(decision, i);
                let input_id = format!("votes-{i}");
                let oninput = {
                    let act = act.clone();
                    Callback::from(move |event: InputEvent| {
                        if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                            let count = input.value().trim().parse::<u32>().unwrap_or(0);
                            act(Action::Vote { option: i, count });
                        }
                    })
                };
                let lead = if kind == DecisionKind::Pick { lead_list.get(i).map(lead_text) } else { None };
                html! {
                    <li class={classes!("vote-item", vote_chart::best(decision, i).then_some("best"))} data-option={i.to_string()}>
                        <span class="chart-letter" aria-hidden="true">{ letter(i) }</span>
                        <div class="vote-body">
                            <label for={input_id.clone()} class="option-text">
                                <span class="visually-hidden">{ format!("Hands for option {}: ", letter(i)) }</span>
                                { option.text.clone() }
                            </label>
                            if let Some(lead) = lead {
                                <span class="leads">{ format!("Leads to {lead}") }</span>
                            }
                            <span class="experts-cell">{ format!("Experts: {}", experts.label()) }</span>
                        </div>
                        <div class="vote-controls">
                            <input id={input_id} class="count" type="number" inputmode="numeric" min="0" max="999"
                                value={session.votes.get(i).copied().unwrap_or(0).to_string()} {oninput} />
                            if kind == DecisionKind::Pick {
                                <button type="button" class="button secondary small" data-follow={i.to_string()}
                                    aria-label={format!("Follow option {}", letter(i))}
                                    onclick={on(Action::Follow(Follow::Option(i)))}>{ format!("Follow {}", letter(i)) }</button>
                            }
                        </div>
                    </li>
                }
            });
            let vote_question = match kind {
                DecisionKind::Pick => "Hands up: which would you do?",
                DecisionKind::Rate => "Hands up: which would you rate highest?",
                DecisionKind::Rank => "Hands up: which would you put first?",
                DecisionKind::Considerations => "Hands up for each consideration that matters here.",
                DecisionKind::Pivot => "Hands up for each fact that would change the best call.",
            };
            let accepted: Vec<engine::Playthrough> = import.accepted.iter().map(|a| a.playthrough.clone()).collect();
            let from_codes = votes_from(&scenario, position.node, &accepted);
            let reached: u32 = {
                let counted: Vec<engine::Playthrough> = accepted
                    .iter()
                    .filter(|p| {
                        engine::replay(&scenario, p)
                            .is_ok_and(|pos| pos.history.iter().any(|a| a.decision == position.node))
                    })
                    .cloned()
                    .collect();
                counted.len() as u32
            };
            let use_codes = on(Action::Votes(from_codes));
            // As the R shortcut: revealing also puts the question on the projector.
            let reveal = {
                let state = state.clone();
                Callback::from(move |_: MouseEvent| state.dispatch(Change::Press(Key::Reveal, window::now())))
            };
            let hands = decision.confidence.as_ref().map(|_| {
                let inputs = engine::Confidence::ALL.iter().enumerate().map(|(level, c)| {
                    let id = format!("hands-{level}");
                    let oninput = {
                        let (act, hands) = (act.clone(), session.hands);
                        Callback::from(move |event: InputEvent| {
                            if let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() {
                                let mut next = hands;
                                next[level] = input.value().trim().parse::<u32>().unwrap_or(0);
                                act(Action::Hands(next));
                            }
                        })
                    };
                    html! {
                        <div class="hand">
                            <label for={id.clone()}>{ c.label() }</label>
                            <input {id} class="count" type="number" inputmode="numeric" min="0" max="999"
                                value={session.hands[level].to_string()} {oninput} />
                        </div>
                    }
                });
                html! {
                    <fieldset class="hands">
                        <legend>{ "Optional: how sure is the room? Hands up for each" }</legend>
                        { for inputs }
                    </fieldset>
                }
            });
            let follow = if kind == DecisionKind::Pick {
                html! {
                    <div class="row follow">
                        <button type="button" class="button" data-follow="majority" onclick={on(Action::Follow(Follow::Majority))}>{ "Follow the majority" }</button>
                        <button type="button" class="button secondary" data-follow="both" onclick={on(Action::Follow(Follow::BothInTurn))}>{ "Both top choices, in turn" }</button>
                    </div>
                }
            } else {
                let onward = lead_list.first().map(lead_text).unwrap_or_default();
                html! {
                    <div class="row follow">
                        <button type="button" class="button" data-follow="majority" onclick={on(Action::Follow(Follow::Majority))}>{ "Move on" }</button>
                        <span class="hint">{ format!("Every answer leads to {onward}; the story goes on with the experts’ answer.") }</span>
                    </div>
                }
            };
            html! {
                <section class="current" aria-labelledby="current-title" data-turn={turn.to_string()} data-decision={scenario.node(position.node).id.clone()}>
                    <p class="eyebrow">{ format!("Decision {} · {} in the guide · {}", turn + 1, label(&scenario, position.node), kind.as_str()) }</p>
                    <h2 id="current-title" class="current-ask">{ decision.ask.clone() }</h2>
                    <p class="hint">{ vote_question }</p>
                    <ol class="vote-list" aria-label="Options, the experts' view and the room's hands">{ for rows }</ol>
                    <p class="total">{ format!("{total} hands counted") }</p>
                    if !import.accepted.is_empty() {
                        <p class="row">
                            <button type="button" class="button secondary" data-votes="codes" onclick={use_codes}>
                                { "Count participants’ codes as the votes" }
                            </button>
                            <span class="hint">{ format!("{reached} of {} codes reached this decision.", import.accepted.len()) }</span>
                        </p>
                    }
                    { for hands }
                    <div class="row">
                        if session.revealed {
                            <button type="button" class="button secondary" data-reveal="hide" onclick={reveal.clone()}>{ "Hide the votes" }</button>
                        } else {
                            <button type="button" class="button" data-reveal="show" onclick={reveal}>{ "Reveal the votes" }</button>
                        }
                    </div>
                    { follow }
                </section>
            }
        }
        Step::End(ending) => {
            let path = position.history.iter().enumerate().map(|(i, answered)| {
                let Some(d) = scenario.decision(answered.decision) else {
                    return Html::default();
                };
                let answer = match &answered.response.answer {
                    Answer::Pick(o) => {
                        format!("{} · {}", letter(*o), d.options.get(*o).map_or("", |o| o.text.as_str()))
                    }
                    _ => "Discussed; went on with the experts’ answer".to_string(),
                };
                html! { <li><strong>{ format!("Decision {}: {}", i + 1, d.ask) }</strong><br />{ answer }</li> }
            });
            html! {
                <section class="current ended" aria-labelledby="current-title" data-turn={turn.to_string()} data-ending={scenario.node(position.node).id.clone()}>
                    <p class="eyebrow">{ "The story has ended" }</p>
                    <h2 id="current-title" class="current-ask">{ ending.title.clone() }</h2>
                    <div class="prose">{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
                    <h3>{ "The room's path" }</h3>
                    <ol class="path">{ for path }</ol>
                    if !session.queue.is_empty() {
                        <p class="row">
                            <button type="button" class="button" data-branch="next" onclick={on(Action::NextBranch)}>{ "Go to the next branch" }</button>
                            <span class="hint">{ format!("{} more branch{} waiting (both top choices, in turn).", session.queue.len(), if session.queue.len() == 1 { "" } else { "es" }) }</span>
                        </p>
                    }
                </section>
            }
        }
    };

    let aside = match &position.step {
        Step::Decide { decision, .. } => html! {
            <aside class="notes" aria-label="Facilitator notes">
                if !decision.discuss.is_empty() {
                    <section class="panel-box">
                        <h2>{ "Discussion prompts" }</h2>
                        <ul class="prompts">{ for decision.discuss.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                    </section>
                }
                if !decision.reasoning.is_empty() {
                    <section class="panel-box">
                        <h2>{ "The experts' reasoning" }</h2>
                        <div class="prose">{ prose::blocks(&decision.reasoning) }</div>
                    </section>
                }
                <details class="panel-box">
                    <summary>{ "The scene, as projected" }</summary>
                    <div class="prose">{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
                </details>
            </aside>
        },
        Step::End(_) => Html::default(),
    };

    let restart = if *confirming {
        let (state, confirming_yes, confirming_no) = (state.clone(), confirming.clone(), confirming.clone());
        html! {
            <div class="confirm" role="group" aria-label="Start the workshop over?">
                <p>{ "Start over from the first decision? The room's path, votes and timer are cleared; participants' codes stay." }</p>
                <button type="button" class="button danger" onclick={Callback::from(move |_: MouseEvent| { confirming_yes.set(false); state.dispatch(Change::Restart); })}>{ "Start over" }</button>
                <button type="button" class="button secondary" onclick={Callback::from(move |_: MouseEvent| confirming_no.set(false))}>{ "Keep going" }</button>
            </div>
        }
    } else {
        let confirming = confirming.clone();
        html! {
            <>
                if turn > 0 {
                    <button type="button" class="button secondary" data-back="" onclick={on(Action::Back)}>{ "Back one decision" }</button>
                }
                <button type="button" class="button secondary" onclick={Callback::from(move |_: MouseEvent| confirming.set(true))}>{ "Start over" }</button>
            </>
        }
    };

    html! {
        <div class="workshop presenter" ref={root}>
            <header class="presenter-head">
                <p class="eyebrow">{ "Facilitator mode · presenter window" }</p>
                <h1>{ scenario.meta.title.clone() }</h1>
                <div class="row">
                    <button type="button" class="button" data-open="projector" onclick={open_projector}>{ "Open the projector window" }</button>
                    <a class="button secondary" href={WorkshopPlace::Guide(id.clone()).to_hash()} target="_blank">{ "Facilitator guide (opens a new tab)" }</a>
                </div>
                if *blocked {
                    { notice("The browser blocked the projector window", "alert", html! {
                        <p>{ "Allow pop-ups for this page, or open this link in a new window of the same browser and drag it to the projector: " }<a href={projector_url.clone()} target="_blank">{ projector_url.clone() }</a></p>
                    }) }
                }
                if !handle.channel.supported {
                    { notice("This browser cannot link windows", "alert", html! {
                        <p>{ "The projector window will not follow this one. Use an up-to-date Chrome, Edge, Firefox or Safari." }</p>
                    }) }
                }
                { for handle.notice.clone().map(|why| notice("The saved workshop could not be used", "status", html! { <p>{ why }</p> })) }
                <p class="hint shortcuts">{ SHORTCUTS }</p>
            </header>
            <section class="panel-box join-panel" aria-labelledby="join-title">
                <h2 id="join-title">{ "Participants join on their phones" }</h2>
                <div class="row">
                    <label for="room-name">{ "Room name (optional)" }</label>
                    <input id="room-name" type="text" maxlength="24" autocomplete="off" value={session.room.clone()} onchange={on_room} aria-describedby="room-hint" />
                </div>
                <p id="room-hint" class="hint">{ "Letters, digits and dashes. Participants see it, and keep their answers apart from their own practice." }</p>
                <p class="join-link"><a href={join_url.clone()} target="_blank">{ join_url.clone() }</a></p>
                { screens }
            </section>
            <p class="problem" role="alert">{ state.problem.clone().unwrap_or_default() }</p>
            <div class="presenter-grid">
                <div class="presenter-main">
                    { main }
                    <div class="row session-controls">{ restart }</div>
                </div>
                <div class="presenter-side">
                    { timer_panel }
                    { aside }
                </div>
            </div>
            <RoomPanel scenario={scenario.clone()} analysis={Studied(analysis)} codes={codes} import={Imported(import)} {on_codes} />
        </div>
    }
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
