//! The presenter window's header: the scenario's title, the buttons that open the projector
//! window and the facilitator guide, what went wrong with the window or the saved workshop,
//! and the shortcuts.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_facilitation::FacilitationHandle;
use crate::hooks::window;
use crate::phrase;
use engine::Scenario;
use site::workshop::WorkshopPlace;

/// The keyboard shortcuts, as the help line says them.
pub fn shortcuts() -> String {
    phrase!("presenter-shortcuts")
}

/// The header for `scenario`; `blocked` is set when the browser refused to open the projector.
pub fn view(scenario: &Scenario, handle: &FacilitationHandle, blocked: &UseStateHandle<bool>) -> Html {
    let id = &scenario.meta.id;
    let projector_url = format!("{}{}", window::base(), WorkshopPlace::Projector(id.clone()).to_hash());
    let open_projector = {
        let (blocked, url) = (blocked.clone(), projector_url.clone());
        Callback::from(move |_: MouseEvent| blocked.set(!window::open(&url, "judgement-call-projector")))
    };
    html! {
        <header class="presenter-head">
            <p class="eyebrow">{ phrase!("presenter-eyebrow") }</p>
            <h1 lang={scenario.meta.language.clone()}>{ scenario.meta.title.clone() }</h1>
            <div class="row">
                <button type="button" class="button" data-open="projector" onclick={open_projector}>{ phrase!("presenter-open-projector") }</button>
                <a class="button secondary" href={WorkshopPlace::Guide(id.clone()).to_hash()} target="_blank">{ phrase!("presenter-open-guide") }</a>
            </div>
            if **blocked {
                { blocked_notice(&projector_url) }
            }
            if !handle.channel.supported {
                { notice(phrase!("presenter-no-channel"), "alert", html! {
                    <p>{ phrase!("presenter-no-channel-text") }</p>
                }) }
            }
            { for handle.notice.clone().map(|why| notice(phrase!("presenter-saved-unusable"), "status", html! { <p>{ why }</p> })) }
            <p class="hint shortcuts">{ shortcuts() }</p>
        </header>
    }
}

/// What to do when the browser blocked the projector window: its link, to open by hand.
fn blocked_notice(projector_url: &str) -> Html {
    notice(
        phrase!("presenter-blocked"),
        "alert",
        html! {
            <p>{ phrase!("presenter-blocked-text") }{ " " }<a href={projector_url.to_string()} target="_blank">{ projector_url.to_string() }</a></p>
        },
    )
}
