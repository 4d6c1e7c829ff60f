//! `use_clock`: the time, ticking while a timer runs, so a countdown redraws itself.

use yew::prelude::*;

use crate::hooks::window;

/// The time now (milliseconds since the epoch); while `running`, the component re-renders
/// four times a second.
#[hook]
pub fn use_clock(running: bool) -> f64 {
    let redraw = use_force_update();
    {
        use_effect_with(running, move |running| {
            let stop = running.then(|| window::every(250, move || redraw.force_update()));
            move || stop.into_iter().for_each(|stop| stop())
        });
    }
    window::now()
}
