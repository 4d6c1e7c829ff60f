//! The voting round's countdown as text (minutes and seconds), in a `role="timer"` element,
//! which assistive technology does not read out at every tick.

use yew::prelude::*;

use crate::phrase;
use ::workshop::presentation::Timer;

/// `m:ss` for a number of milliseconds left, counting whole seconds up (so 0:00 means done).
pub fn text(ms: f64) -> String {
    let seconds = (ms / 1000.0).ceil().max(0.0) as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// The countdown at `now`.
pub fn view(timer: &Timer, now: f64) -> Html {
    let left = timer.remaining(now);
    let state = match (timer.started, left) {
        (_, l) if l <= 0.0 => "done",
        (Some(_), _) => "running",
        (None, _) => "paused",
    };
    let status = match state {
        "done" => phrase!("timer-done"),
        "running" => phrase!("timer-running"),
        _ => phrase!("timer-paused"),
    };
    html! {
        <div class={classes!("timer", state)}>
            <span class="timer-time" role="timer" aria-label={phrase!("timer-left", time = text(left))}>{ text(left) }</span>
            <span class="timer-state">{ status }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::text;

    #[wasm_bindgen_test]
    fn times_count_whole_seconds_up() {
        assert_eq!(text(90_000.0), "1:30");
        assert_eq!(text(59_001.0), "1:00");
        assert_eq!(text(0.0), "0:00");
    }
}
