//! The presenter window's timer panel: the countdown, start or pause, reset, and the choice
//! of a round's length.

use yew::prelude::*;

use super::on;
use crate::components::timer;
use crate::hooks::window;
use crate::phrase;
use ::workshop::presentation::{Action, Timer};

/// The lengths of a voting round to choose from, in seconds.
const ROUNDS: [u32; 6] = [30, 60, 90, 120, 180, 300];

/// The panel for `timer`, as it stands at `now`.
pub fn view(timer: &Timer, now: f64, act: &Callback<Action>) -> Html {
    let running = timer.started.is_some();
    let at_now = |make: fn(f64) -> Action| act.reform(move |_: MouseEvent| make(window::now()));
    let start = at_now(|now| Action::StartTimer { now });
    let pause = at_now(|now| Action::PauseTimer { now });
    let on_round = {
        let act = act.clone();
        Callback::from(move |event: Event| {
            if let Some(seconds) =
                event.target_dyn_into::<web_sys::HtmlSelectElement>().and_then(|s| s.value().parse::<u32>().ok())
            {
                act.emit(Action::ResetTimer { seconds });
            }
        })
    };
    html! {
        <section class="panel-box timer-panel" aria-labelledby="timer-title">
            <h2 id="timer-title">{ phrase!("presenter-timer") }</h2>
            { timer::view(timer, now) }
            <div class="row">
                if running {
                    <button type="button" class="button" data-timer="pause" onclick={pause}>{ phrase!("presenter-timer-pause") }</button>
                } else {
                    <button type="button" class="button" data-timer="start" onclick={start}>{ phrase!("presenter-timer-start") }</button>
                }
                <button type="button" class="button secondary" data-timer="reset" onclick={on(act, Action::ResetTimer { seconds: timer.seconds })}>{ phrase!("presenter-timer-reset") }</button>
            </div>
            <label for="round">{ phrase!("presenter-round") }</label>
            <select id="round" onchange={on_round}>
                { for ROUNDS.iter().map(|&s| html! {
                    <option value={s.to_string()} selected={timer.seconds == s}>{ timer::text(f64::from(s) * 1000.0) }</option>
                }) }
            </select>
        </section>
    }
}
