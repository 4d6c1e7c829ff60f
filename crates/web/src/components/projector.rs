//! Facilitator mode's projector window: large type and high contrast for the back of the
//! room, without the app's header. It renders whatever session the presenter window sends
//! over the scenario's broadcast channel, asking for it when it opens, and passes the
//! shortcuts pressed here to the presenter. Three screens: how to join (link and QR code),
//! the scene (what happened, then the story so far, or the ending), and the question (the
//! options, the timer and, once revealed, the room's votes beside the experts' ratings).
//! With a live room's link (`?broker=…&room=…`) it runs on another device and follows the
//! room's sealed state over the broker instead.

use yew::prelude::*;

use crate::components::confidence;
use crate::components::vote_chart::{self, letter};
use crate::components::{prose, timer};
use crate::hooks::use_channel::use_channel;
use crate::hooks::use_clock::use_clock;
use crate::hooks::use_fit::use_fit;
use crate::hooks::use_host::use_host;
use crate::hooks::use_keys::use_keys;
use crate::hooks::use_room::use_room;
use crate::hooks::window;
use crate::model::session::Shared;
use crate::phrase;
use ::workshop::live;
use ::workshop::message::{self, Message};
use ::workshop::presentation::{Presentation, Screen};
use ::workshop::qr;
use engine::{self, Answer, Step};
use site::workshop::WorkshopPlace;

#[derive(Properties, PartialEq)]
pub struct ProjectorProps {
    pub scenario: Shared,
}

#[component]
pub fn Projector(props: &ProjectorProps) -> Html {
    let scenario = props.scenario.clone();
    let lang = AttrValue::from(scenario.meta.language.clone());
    let session = use_state(|| None::<Presentation>);
    // A projector on another device follows the live room its link names; one in the
    // presenter's browser follows the presenter window and shows the live room's join link.
    let invited = use_memo((), |_| live::invitation(&window::search()).and_then(|i| Some((i.broker, i.room?))));
    let room = use_room(scenario.clone(), (*invited).clone());
    let (host, _) = use_host(&scenario.meta.id, None);
    let on_message = {
        let (session, scenario) = (session.clone(), scenario.clone());
        Callback::from(move |text: String| {
            if let Some(Ok(Message::State(next))) = Message::decode(&scenario, &text) {
                session.set(Some(next));
            }
        })
    };
    let channel = use_channel(message::channel(&scenario.meta.id), on_message);
    {
        let channel = channel.clone();
        use_effect_with((), move |_| channel.post(&Message::Hello.encode()));
    }
    let root = use_node_ref();
    {
        let channel = channel.clone();
        use_keys(root.clone(), Callback::from(move |key| channel.post(&Message::Key(key).encode())));
    }
    // A closed room shows nothing more on a remote projector.
    let remote = room.state.as_ref().filter(|s| !s.closed).map(|s| s.presentation.clone());
    let session = if invited.is_some() { remote } else { (*session).clone() };
    let running = session.as_ref().is_some_and(|s| s.timer.started.is_some());
    let now = use_clock(running);
    // Smaller type for long scenes and long lists of options, so each screen fits the
    // projector without scrolling.
    let shown = session.as_ref().map(|s| (s.screen, s.playthrough.responses.len(), s.revealed, s.queue.len()));
    let fit = use_fit(shown, 5);

    let Some(session) = session else {
        let presenter = format!("{}{}", window::base(), WorkshopPlace::Presenter(scenario.meta.id.clone()).to_hash());
        return html! {
            <div class="workshop projector waiting" ref={root}>
                <p class="projector-title" lang={&lang}>{ scenario.meta.title.clone() }</p>
                <h1>{ phrase!("projector-waiting") }</h1>
                if invited.is_some() {
                    <p>{ phrase!("projector-waiting-live") }</p>
                } else if channel.supported {
                    <p>{ phrase!("projector-waiting-open") }</p>
                    <p class="join-url"><a href={presenter.clone()}>{ presenter.clone() }</a></p>
                } else {
                    <p>{ phrase!("projector-no-channel") }</p>
                }
            </div>
        };
    };
    let Ok(position) = engine::replay(&scenario, &session.playthrough) else { return Html::default() };
    let turn = session.playthrough.responses.len();
    let head = html! {
        <header class="projector-head">
            <p class="projector-title" lang={&lang}>{ scenario.meta.title.clone() }</p>
            if let Step::Decide { .. } = position.step {
                <p class="projector-turn">{ phrase!("projector-decision", number = turn + 1) }</p>
            }
            if running || session.screen == Screen::Question {
                { timer::view(&session.timer, now) }
            }
        </header>
    };
    let body = match (session.screen, &position.step) {
        (Screen::Join, _) => {
            let place = WorkshopPlace::Join { scenario: scenario.meta.id.clone(), room: session.room.clone() };
            let live = invited.as_ref().clone().or_else(|| host.as_ref().map(|h| (h.broker.clone(), h.secret.room())));
            let url = match live {
                Some((broker, room)) => live::join_link(&window::origin(), &broker, &scenario.meta.id, &room),
                None => format!("{}{}", window::base(), place.to_hash()),
            };
            let picture =
                qr::link_svg(&url, &phrase!("projector-qr-name")).map(|svg| Html::from_html_unchecked(svg.into()));
            html! {
                <section class="projector-join" aria-labelledby="projector-heading">
                    <div>
                        <h1 id="projector-heading">{ phrase!("projector-join-title") }</h1>
                        if !session.room.is_empty() {
                            <p class="room-name">{ phrase!("projector-room", room = &session.room) }</p>
                        }
                        <p>{ phrase!("projector-scan") }</p>
                        <p class="join-url">{ url }</p>
                        <p>{ phrase!("projector-join-how") }</p>
                    </div>
                    <div class="qr">{ for picture }</div>
                </section>
            }
        }
        (_, Step::End(ending)) => html! {
            <section class="projector-scene" aria-labelledby="projector-heading">
                { consequence(&scenario, &position.history) }
                <p class="eyebrow">{ phrase!("projector-how-it-ended") }</p>
                <h1 id="projector-heading" lang={&lang}>{ ending.title.clone() }</h1>
                <div class="prose" lang={&lang}>{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
                <h2 class="path-title">{ phrase!("projector-path") }</h2>
                <ol class="room-path">
                    { for position.history.iter().filter_map(|answered| {
                        let d = scenario.decision(answered.decision)?;
                        let chose = match answered.response.answer {
                            Answer::Pick(o) => format!(" → {}", letter(o)),
                            _ => String::new(),
                        };
                        Some(html! { <li><span lang={&lang}>{ d.ask.clone() }</span>{ chose }</li> })
                    }) }
                </ol>
            </section>
        },
        (Screen::Scene, Step::Decide { .. }) => html! {
            <section class="projector-scene" aria-labelledby="projector-heading">
                <h1 id="projector-heading" class="visually-hidden">{ phrase!("projector-scene-heading", number = turn + 1) }</h1>
                { consequence(&scenario, &position.history) }
                <div class="prose" lang={&lang}>{ prose::blocks(position.passage.iter().flat_map(|p| p.prose.iter().copied())) }</div>
            </section>
        },
        (Screen::Question, Step::Decide { decision, .. }) => {
            let rows = vote_chart::votes(decision, &session.votes, session.revealed);
            let many = (decision.options.len() >= 7).then_some("many");
            let hands: u32 = session.hands.iter().sum();
            let how = match decision.kind {
                engine::scenario::DecisionKind::Pick => phrase!("projector-how-pick"),
                engine::scenario::DecisionKind::Rate => phrase!("projector-how-rate"),
                engine::scenario::DecisionKind::Rank => phrase!("projector-how-rank"),
                engine::scenario::DecisionKind::Considerations => phrase!("projector-how-considerations"),
                engine::scenario::DecisionKind::Pivot => phrase!("projector-how-pivot"),
            };
            html! {
                <section class="projector-question" aria-labelledby="projector-heading">
                    <h1 id="projector-heading" lang={&lang}>{ decision.ask.clone() }</h1>
                    <p class="how">{ how }</p>
                    if session.revealed {
                        <div class={classes!("chart-wrap", many)}>{ vote_chart::view(&rows, &lang, "projector-heading") }</div>
                        if hands > 0 {
                            <p class="room-hands">
                                { phrase!("projector-hands") }{ " " }
                                { for engine::Confidence::ALL.iter().enumerate().map(|(i, c)| html! {
                                    <span class="hand-count">{ phrase!("projector-hand-count", level = confidence::label(*c), count = session.hands[i]) }</span>
                                }) }
                            </p>
                        }
                    } else {
                        <ol class={classes!("options", many)}>
                            { for decision.options.iter().enumerate().map(|(i, o)| html! {
                                <li data-option={i.to_string()}>
                                    <span class="chart-letter" aria-hidden="true">{ letter(i) }</span>
                                    <span class="visually-hidden">{ phrase!("projector-option", letter = letter(i).to_string()) }{ " " }</span>
                                    <span lang={&lang}>{ o.text.clone() }</span>
                                </li>
                            }) }
                        </ol>
                    }
                </section>
            }
        }
    };
    html! {
        <div class="workshop projector" ref={root} data-screen={session.screen.as_str()} data-turn={turn.to_string()} data-fit={fit.to_string()}
            data-node={scenario.node(position.node).id.clone()}>
            { head }
            <div class="projector-body">{ body }</div>
        </div>
    }
}

/// What happened straight after the room's last pick, if the last answer was one.
fn consequence(scenario: &engine::Scenario, history: &[engine::Answered]) -> Html {
    let Some(last) = history.last() else { return Html::default() };
    let Answer::Pick(option) = last.response.answer else { return Html::default() };
    let Some(choice) = scenario.decision(last.decision).and_then(|d| d.options.get(option)) else {
        return Html::default();
    };
    if choice.consequence.is_empty() {
        return Html::default();
    }
    html! {
        <div class="consequence">
            <p class="eyebrow">{ phrase!("projector-room-chose", letter = letter(option).to_string(), choice = &choice.text) }</p>
            <div class="prose" lang={scenario.meta.language.clone()}>{ prose::blocks(&choice.consequence) }</div>
        </div>
    }
}
