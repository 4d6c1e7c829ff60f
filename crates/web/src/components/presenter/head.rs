//! The presenter window's header: the scenario's title, the buttons that open the projector
//! window and the facilitator guide, what went wrong with the window or the saved workshop,
//! and the shortcuts.

use yew::prelude::*;

use crate::components::notice::notice;
use crate::hooks::use_facilitation::FacilitationHandle;
use crate::hooks::window;
use engine::Scenario;
use site::workshop::WorkshopPlace;

/// The keyboard shortcuts, as the help line says them.
pub const SHORTCUTS: &str =
    "Shortcuts: N next step · R reveal or hide the votes · T start or pause the timer (not while typing in a field).";

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
            <p class="eyebrow">{ "Facilitator mode · presenter window" }</p>
            <h1>{ scenario.meta.title.clone() }</h1>
            <div class="row">
                <button type="button" class="button" data-open="projector" onclick={open_projector}>{ "Open the projector window" }</button>
                <a class="button secondary" href={WorkshopPlace::Guide(id.clone()).to_hash()} target="_blank">{ "Facilitator guide (opens a new tab)" }</a>
            </div>
            if **blocked {
                { blocked_notice(&projector_url) }
            }
            if !handle.channel.supported {
                { notice("This browser cannot link windows", "alert", html! {
                    <p>{ "The projector window will not follow this one. Use an up-to-date Chrome, Edge, Firefox or Safari." }</p>
                }) }
            }
            { for handle.notice.clone().map(|why| notice("The saved workshop could not be used", "status", html! { <p>{ why }</p> })) }
            <p class="hint shortcuts">{ SHORTCUTS }</p>
        </header>
    }
}

/// What to do when the browser blocked the projector window: its link, to open by hand.
fn blocked_notice(projector_url: &str) -> Html {
    notice(
        "The browser blocked the projector window",
        "alert",
        html! {
            <p>{ "Allow pop-ups for this page, or open this link in a new window of the same browser and drag it to the projector: " }<a href={projector_url.to_string()} target="_blank">{ projector_url.to_string() }</a></p>
        },
    )
}
