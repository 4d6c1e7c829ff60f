//! `use_clock`: the time, ticking while a timer runs, so a countdown redraws itself.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::hooks::window;

/// The time now (milliseconds since the epoch); while `running`, the component re-renders
/// four times a second.
#[hook]
pub fn use_clock(running: bool) -> f64 {
    let redraw = use_force_update();
    {
        use_effect_with(running, move |running| {
            let mut interval = None;
            let mut listener = None;
            if *running {
                let callback = Closure::<dyn Fn()>::new(move || redraw.force_update());
                interval = web_sys::window().and_then(|w| {
                    w.set_interval_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), 250)
                        .ok()
                });
                listener = Some(callback);
            }
            move || {
                if let (Some(id), Some(w)) = (interval, web_sys::window()) {
                    w.clear_interval_with_handle(id);
                }
                drop(listener);
            }
        });
    }
    window::now()
}
