//! `use_host`: the live room the presenter's device hosts for a scenario
//! (`workshop::live::Host`), kept in storage (`site::key::live`) so a reload reopens the same
//! room. A presenter link from `judgement-call room` opens one: its secret and broker are
//! kept and dropped from the address at once, so the secret is neither in the history nor
//! on the screen.

use yew::prelude::*;

use crate::hooks::window;
use ::workshop::live::{self, Host, Secret};
use site::workshop::WorkshopPlace;

/// The room hosted for scenario `id`, if any, and a callback that opens (`Some`) or closes
/// (`None`) one. `opening` is the secret of a presenter link being opened.
#[hook]
pub fn use_host(id: &str, opening: Option<AttrValue>) -> (Option<Host>, Callback<Option<Host>>) {
    let key = site::key::live(id);
    let host = {
        let (key, id) = (key.clone(), id.to_string());
        use_state(move || {
            let opened = opening.as_deref().and_then(Secret::from_hex).and_then(|secret| {
                let broker = live::invitation(&window::search())?.broker;
                Some(Host { secret, broker, naming: Default::default() })
            });
            if opening.is_some() {
                // The secret leaves the address whether or not the link was whole.
                window::replace(&format!("{}/{}", window::origin(), WorkshopPlace::Presenter(id).to_hash()));
            }
            match opened {
                Some(host) => {
                    storage::set(&key, &host.encode());
                    Some(host)
                }
                None => storage::get(&key).and_then(|text| Host::decode(&text)),
            }
        })
    };
    let on_change = {
        let host = host.clone();
        Callback::from(move |next: Option<Host>| {
            match &next {
                Some(next) => storage::set(&key, &next.encode()),
                None => storage::remove(&key),
            }
            host.set(next);
        })
    };
    ((*host).clone(), on_change)
}
