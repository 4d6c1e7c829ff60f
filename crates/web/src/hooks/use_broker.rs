//! `use_broker`: a live room's connection to its MQTT broker over a WebSocket (subprotocol
//! `mqtt`). The hook owns the socket and the clock; `workshop::live::connection` decides
//! what to send and what the broker's bytes mean. It connects again after any drop (the
//! broker restarting, Wi-Fi gone for a while, a phone waking from sleep), sooner when the
//! browser says it is back online, and says where it stands in [`Status`]; what waits to be
//! acknowledged is sent again once it is back.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{BinaryType, MessageEvent, WebSocket};
use yew::prelude::*;

use crate::hooks::window;
use ::workshop::live::connection::{Connection, Heard, Tick};
use ::workshop::live::{Broker, QoS};

/// A message heard: its topic and payload.
pub type Message = (String, Vec<u8>);

/// Where the connection stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Connecting for the first time.
    Connecting,
    /// Connected: messages flow.
    Live,
    /// The connection dropped; trying again.
    Reconnecting,
    /// The broker refused the connection, with MQTT's return code (4: the user name or
    /// password, 5: not authorised); it is not tried again until the settings change.
    Refused(u8),
}

impl Status {
    /// One word for it, as pages mark it for tests and styles (`data-status`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Connecting => "connecting",
            Status::Live => "live",
            Status::Reconnecting => "reconnecting",
            Status::Refused(_) => "refused",
        }
    }
}

/// What a room connects with: the broker, this device's client name, and the topic filters
/// to hear.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub broker: Broker,
    pub client: String,
    pub filters: Vec<(String, QoS)>,
}

/// The connection, to publish on.
#[derive(Clone)]
pub struct Wire {
    pub status: Status,
    shared: Rc<RefCell<Option<Shared>>>,
}

impl PartialEq for Wire {
    fn eq(&self, other: &Wire) -> bool {
        self.status == other.status && Rc::ptr_eq(&self.shared, &other.shared)
    }
}

impl Wire {
    /// Publishes `payload` on `topic` at least once (retained if `retain`), now or once
    /// connected.
    pub fn publish(&self, topic: &str, payload: Vec<u8>, retain: bool) {
        if let Some(shared) = self.shared.borrow_mut().as_mut() {
            let bytes = shared.connection.publish(topic, payload, retain, window::now());
            shared.send(&bytes);
        }
    }

    /// How many messages wait for the broker's acknowledgement.
    pub fn waiting(&self) -> usize {
        self.shared.borrow().as_ref().map_or(0, |s| s.connection.waiting())
    }
}

/// The connection and its socket, shared by the socket's handlers.
struct Shared {
    connection: Connection,
    url: String,
    socket: Option<WebSocket>,
    /// The socket's handlers, kept alive as long as it is.
    handlers: Vec<Closure<dyn FnMut(JsValueEvent)>>,
    /// Connections tried since the last one that worked.
    attempts: u32,
    /// The pending reconnection's timer, if any.
    retry: Option<i32>,
    refused: bool,
}

type JsValueEvent = wasm_bindgen::JsValue;

impl Shared {
    fn send(&self, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        if let Some(socket) = self.socket.as_ref().filter(|s| s.ready_state() == WebSocket::OPEN) {
            // A frame that cannot be sent is lost with the socket; the connection sends
            // what waits again once it is back.
            let _ = socket.send_with_u8_array(bytes);
        }
    }

    fn close(&mut self) {
        if let Some(socket) = self.socket.take() {
            socket.set_onopen(None);
            socket.set_onmessage(None);
            socket.set_onclose(None);
            socket.set_onerror(None);
            let _ = socket.close();
        }
        self.handlers.clear();
        self.connection.closed();
    }
}

/// Connects to `config`'s broker while `config` is `Some`; `on_heard` hears every message
/// on its filters, as (topic, payload).
#[hook]
pub fn use_broker(config: Option<Config>, on_heard: Callback<Message>) -> Wire {
    let status = use_state(|| Status::Connecting);
    let shared = use_mut_ref(|| None::<Shared>);
    let latest = use_mut_ref(|| on_heard.clone());
    *latest.borrow_mut() = on_heard;
    {
        let (shared, status) = (shared.clone(), status.setter());
        use_effect_with(config, move |config| {
            let mut cleanup: Vec<Box<dyn FnOnce()>> = Vec::new();
            if let Some(config) = config {
                status.set(Status::Connecting);
                *shared.borrow_mut() = Some(Shared {
                    connection: Connection::new(config.client.clone(), config.broker.clone(), config.filters.clone()),
                    url: config.broker.url.trim().to_string(),
                    socket: None,
                    handlers: Vec::new(),
                    attempts: 0,
                    retry: None,
                    refused: false,
                });
                let link = Link { shared: shared.clone(), status: status.clone(), on_heard: latest.clone() };
                link.connect();
                let ticking = link.clone();
                let ticks = window::every(5_000, move || ticking.tick());
                let online = link.clone();
                let back = window::listen("online", Closure::<dyn Fn()>::new(move || online.now()));
                let visible = link.clone();
                let woken = window::listen("focus", Closure::<dyn Fn()>::new(move || visible.now()));
                cleanup.push(Box::new(move || {
                    ticks();
                    back();
                    woken();
                }));
            }
            let shared = shared.clone();
            move || {
                cleanup.into_iter().for_each(|f| f());
                if let Some(mut gone) = shared.borrow_mut().take() {
                    gone.retry.take().into_iter().for_each(window::cancel);
                    gone.close();
                }
            }
        });
    }
    Wire { status: *status, shared }
}

/// What the socket's handlers need: the connection, the status to set and whom to tell.
#[derive(Clone)]
struct Link {
    shared: Rc<RefCell<Option<Shared>>>,
    status: UseStateSetter<Status>,
    on_heard: Rc<RefCell<Callback<Message>>>,
}

impl Link {
    /// Opens a socket to the broker, with its handlers.
    fn connect(&self) {
        let mut guard = self.shared.borrow_mut();
        let Some(shared) = guard.as_mut() else { return };
        shared.close();
        shared.retry = None;
        shared.attempts += 1;
        let Ok(socket) = WebSocket::new_with_str(&shared.url, "mqtt") else {
            drop(guard);
            self.dropped();
            return;
        };
        socket.set_binary_type(BinaryType::Arraybuffer);
        let on = |link: &Link, f: fn(&Link, JsValueEvent)| {
            let link = link.clone();
            Closure::<dyn FnMut(JsValueEvent)>::new(move |event| f(&link, event))
        };
        let handlers = vec![on(self, Link::opened), on(self, Link::message), on(self, |link, _| link.dropped())];
        socket.set_onopen(handlers.first().map(|h| h.as_ref().unchecked_ref()));
        socket.set_onmessage(handlers.get(1).map(|h| h.as_ref().unchecked_ref()));
        socket.set_onclose(handlers.get(2).map(|h| h.as_ref().unchecked_ref()));
        shared.socket = Some(socket);
        shared.handlers = handlers;
    }

    fn opened(&self, _: JsValueEvent) {
        if let Some(shared) = self.shared.borrow_mut().as_mut() {
            let bytes = shared.connection.open(window::now());
            shared.send(&bytes);
        }
    }

    fn message(&self, event: JsValueEvent) {
        let Ok(event) = event.dyn_into::<MessageEvent>() else { return };
        let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
        let mut heard = Vec::new();
        let mut broken = false;
        if let Some(shared) = self.shared.borrow_mut().as_mut() {
            match shared.connection.receive(&bytes, window::now()) {
                Ok((said, reply)) => {
                    reply.iter().for_each(|packet| shared.send(packet));
                    heard = said;
                }
                Err(_) => broken = true,
            }
        }
        if broken {
            // Bytes that are not MQTT cannot be trusted: start afresh.
            self.dropped();
            return;
        }
        for what in heard {
            match what {
                Heard::Connected => {
                    if let Some(shared) = self.shared.borrow_mut().as_mut() {
                        shared.attempts = 0;
                    }
                    self.status.set(Status::Live);
                }
                Heard::Refused(code) => {
                    if let Some(shared) = self.shared.borrow_mut().as_mut() {
                        shared.refused = true;
                        shared.close();
                    }
                    self.status.set(Status::Refused(code));
                }
                Heard::Message { topic, payload } => {
                    let on_heard = self.on_heard.borrow().clone();
                    on_heard.emit((topic, payload));
                }
            }
        }
    }

    /// The socket closed or could not open: try again after a while that grows with each
    /// failure (1, 2, 4, 8 s, then every 10 s).
    fn dropped(&self) {
        let mut guard = self.shared.borrow_mut();
        let Some(shared) = guard.as_mut() else { return };
        shared.close();
        if shared.refused || shared.retry.is_some() {
            return;
        }
        let delay = 1_000i32.saturating_mul(1 << shared.attempts.min(4)).min(10_000);
        let link = self.clone();
        shared.retry = window::after(delay, move || {
            if let Some(shared) = link.shared.borrow_mut().as_mut() {
                shared.retry = None;
            }
            link.connect();
        });
        drop(guard);
        self.status.set(Status::Reconnecting);
    }

    /// Connects again at once if the connection is down (the browser is back online, or the
    /// page has the focus again after a phone slept).
    fn now(&self) {
        let idle = {
            let mut guard = self.shared.borrow_mut();
            let Some(shared) = guard.as_mut() else { return };
            let down = !shared.refused && !shared.connection.connected();
            let open = shared.socket.as_ref().is_some_and(|s| s.ready_state() <= WebSocket::OPEN);
            if down && !open {
                shared.retry.take().into_iter().for_each(window::cancel);
                true
            } else {
                false
            }
        };
        if idle {
            self.connect();
        }
    }

    /// Every few seconds: a ping when quiet, or a fresh socket when the broker is silent.
    fn tick(&self) {
        let dead = {
            let mut guard = self.shared.borrow_mut();
            let Some(shared) = guard.as_mut() else { return };
            match shared.connection.tick(window::now()) {
                Tick::Quiet => false,
                Tick::Send(bytes) => {
                    shared.send(&bytes);
                    false
                }
                Tick::Dead => shared.socket.is_some(),
            }
        };
        if dead {
            self.dropped();
        }
    }
}
