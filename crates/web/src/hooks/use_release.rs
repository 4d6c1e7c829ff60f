//! `use_release`: whether a new release of the app is installed and waiting (the service
//! worker `boot.js` registers found one), and the callback that reloads the page into it.
//! The learner chooses when, so nothing changes under them mid-scenario.

use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::hooks::{boot, window};

/// Whether a release is waiting, and `on_update`, which reloads into it.
#[hook]
pub fn use_release() -> (bool, Callback<MouseEvent>) {
    let waiting = use_state(boot::waiting);
    {
        let waiting = waiting.clone();
        use_effect_with((), move |()| {
            let heard = Closure::<dyn Fn()>::new(move || waiting.set(boot::waiting()));
            window::listen(boot::RELEASE_WAITING, heard)
        });
    }
    (*waiting, Callback::from(|_: MouseEvent| boot::update()))
}
