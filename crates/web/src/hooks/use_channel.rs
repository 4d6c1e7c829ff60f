//! `use_channel`: a `BroadcastChannel` shared by the windows of one browser, such as the
//! presenter and projector windows of a workshop. Messages are text; what they mean is
//! `workshop::message`'s business.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

/// The channel, once joined.
#[derive(Clone)]
pub struct Channel {
    joined: Rc<RefCell<Option<web_sys::BroadcastChannel>>>,
    /// False when this browser has no `BroadcastChannel`, so windows cannot be linked.
    pub supported: bool,
}

impl PartialEq for Channel {
    fn eq(&self, other: &Channel) -> bool {
        Rc::ptr_eq(&self.joined, &other.joined)
    }
}

impl Channel {
    /// Sends `text` to every other window on the channel.
    pub fn post(&self, text: &str) {
        if let Some(channel) = self.joined.borrow().as_ref() {
            // A message that cannot be sent is lost; the next change sends the whole state again.
            let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(text));
        }
    }
}

/// Joins the channel `name`; `on_message` hears every text message other windows send. The
/// channel is joined before the component's later effects run, so they can post at once.
#[hook]
pub fn use_channel(name: String, on_message: Callback<String>) -> Channel {
    let joined = use_mut_ref(|| None::<web_sys::BroadcastChannel>);
    let latest = use_mut_ref(|| on_message.clone());
    *latest.borrow_mut() = on_message;
    let supported = use_memo((), |_| {
        web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"BroadcastChannel".into()).unwrap_or(false))
    });
    {
        let joined = joined.clone();
        use_effect_with(name, move |name| {
            let channel = web_sys::BroadcastChannel::new(name).ok();
            let listener = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                if let Some(text) = event.data().as_string() {
                    let on_message = latest.borrow().clone();
                    on_message.emit(text);
                }
            });
            if let Some(channel) = &channel {
                channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            }
            *joined.borrow_mut() = channel.clone();
            move || {
                if let Some(channel) = channel {
                    channel.set_onmessage(None);
                    channel.close();
                }
                drop(listener);
            }
        });
    }
    Channel { joined, supported: *supported }
}
