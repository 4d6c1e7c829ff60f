//! Everything a module asks of `boot.js`, the page's starter, in one place and typed: the
//! modules are [`Module`]s, and what one module tells another travels as a `site::message`
//! type in its one text form. No other file names a `judgementCall` call.

use site::Module;
use site::message::Progress;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The module called `name` (`name.js` and `name_bg.wasm`), loaded and started on first
    /// use: a promise of its exports.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn module(name: &str) -> Result<js_sys::Promise, JsValue>;

    /// Loads the module called `name` and lets it draw the page in place of the one drawing
    /// it now.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn enter(name: &str) -> Result<js_sys::Promise, JsValue>;

    /// The packed scenario `id`, fetched once a visit: a promise of its bytes (an
    /// `ArrayBuffer`), 404 or null.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn scenario(id: &str) -> Result<js_sys::Promise, JsValue>;

    /// The packed scenario `id` if its fetch has settled: its bytes, 404 or null; else
    /// undefined.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn fetched(id: &str) -> Result<JsValue, JsValue>;

    /// The LMS module's `resume(id)`, when an LMS launched the app.
    #[wasm_bindgen(js_namespace = judgementCall, js_name = resume, catch)]
    fn lms_resume(id: &str) -> Result<JsValue, JsValue>;

    /// Asks the browser to keep what the app saves when the device runs short of space.
    #[wasm_bindgen(js_namespace = judgementCall, catch)]
    fn keep() -> Result<(), JsValue>;

    /// Whether the browser has agreed to keep what the app saves: true, false or undefined.
    #[wasm_bindgen(js_namespace = judgementCall, js_name = kept, catch)]
    fn storage_kept() -> Result<JsValue, JsValue>;

    /// Whether a new release of the app is installed and waiting for the learner to reload.
    #[wasm_bindgen(js_namespace = judgementCall, js_name = waiting, catch)]
    fn release_waiting() -> Result<bool, JsValue>;

    /// Lets the waiting release take over and reloads the page into it.
    #[wasm_bindgen(js_namespace = judgementCall, js_name = update, catch)]
    fn release_update() -> Result<(), JsValue>;

    /// The LMS module's `progress(id, log, scenario)`, when an LMS launched the app: `boot.js`
    /// adds the scenario's bytes.
    #[wasm_bindgen(js_namespace = judgementCall, js_name = progress, catch)]
    fn lms_progress(id: &str, log: &str) -> Result<(), JsValue>;
}

/// Asks the browser, once a visit, to keep what the app saves even when the device runs
/// short of space: called when the learner first has something to lose. Nothing is asked
/// when storage does not work at all.
pub fn ask_to_keep() {
    thread_local! {
        static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !ASKED.replace(true) && storage::persistent() {
        let _ = keep();
    }
}

/// How safely this browser keeps what the app saves.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// It has agreed not to clear it to make room when the device runs short of space.
    Granted,
    /// It may clear it when space runs short.
    NotGranted,
    /// It cannot say (no storage manager, as on a page not served securely).
    Unknown,
    /// Storage does not work here: what is saved lasts until the tab closes.
    Off,
}

impl Kept {
    /// The answer's name in the page (`data-kept`), for styles and tests.
    pub fn code(self) -> &'static str {
        match self {
            Kept::Granted => "granted",
            Kept::NotGranted => "not-granted",
            Kept::Unknown => "unknown",
            Kept::Off => "off",
        }
    }
}

/// How safely this browser keeps what the app saves, as far as it has said (`boot.js` asks
/// it as the page starts, long before a view can).
pub fn kept() -> Kept {
    match storage_kept().ok().and_then(|k| k.as_bool()) {
        _ if !storage::persistent() => Kept::Off,
        Some(true) => Kept::Granted,
        Some(false) => Kept::NotGranted,
        None => Kept::Unknown,
    }
}

/// The event `boot.js` sends when a new release is waiting.
pub const RELEASE_WAITING: &str = "judgement-call-update";

/// Whether a new release of the app is waiting for the learner to reload.
pub fn waiting() -> bool {
    release_waiting().unwrap_or(false)
}

/// Reloads the page into the waiting release.
pub fn update() {
    let _ = release_update();
}

/// `module`, loaded and started: its exports.
pub async fn load(module: Module) -> Option<JsValue> {
    JsFuture::from(self::module(module.name()).ok()?).await.ok()
}

/// Hands the page to `module`; false when it could not be loaded.
pub async fn hand_over(module: Module) -> bool {
    match enter(module.name()) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Loads `module` and has it draw into the element with id `root`, with `argument`.
pub async fn mount(module: Module, root: &str, argument: &str) -> Option<()> {
    let exports = load(module).await?;
    let mount = export(&exports, "mount")?;
    let element = web_sys::window()?.document()?.get_element_by_id(root)?;
    mount.call2(&JsValue::NULL, &element, &JsValue::from_str(argument)).ok().map(|_| ())
}

/// How far the saved `log` of scenario `id` has got, asked of the play module (which has
/// the rules of play); `None` when it cannot say.
pub async fn progress(id: &str, log: &str) -> Option<Progress> {
    let exports = load(Module::Play).await?;
    let progress = export(&exports, "progress")?;
    let promise = progress.call2(&JsValue::NULL, &id.into(), &log.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let text = JsFuture::from(promise).await.ok()?.as_string()?;
    Some(Progress::decode(&text))
}

/// What fetching a packed scenario came to.
pub enum Fetched {
    Bytes(Vec<u8>),
    /// The server has no such file: no such scenario here (the built-in library, or the
    /// scenarios a package ships).
    Missing,
    Failed,
}

impl Fetched {
    /// Reads what `boot.js` answers for a scenario: its bytes, 404 or anything else.
    fn from(answer: &JsValue) -> Fetched {
        if answer.is_instance_of::<js_sys::ArrayBuffer>() {
            Fetched::Bytes(js_sys::Uint8Array::new(answer).to_vec())
        } else if answer.as_f64() == Some(404.0) {
            Fetched::Missing
        } else {
            Fetched::Failed
        }
    }
}

/// The packed scenario `id` as `boot.js` fetches it, once a visit (the LMS module scores
/// from the same bytes).
pub async fn scenario_file(id: &str) -> Fetched {
    let Ok(promise) = scenario(id) else { return Fetched::Failed };
    match JsFuture::from(promise).await {
        Ok(answer) => Fetched::from(&answer),
        Err(_) => Fetched::Failed,
    }
}

/// The packed scenario `id` if `boot.js` has it already (for a scenario's link it fetches
/// it before the play module starts, so the first render can draw it); `None` if not yet,
/// or if that fetch failed, so the caller asks again ([`scenario_file`] fetches anew).
pub fn scenario_file_now(id: &str) -> Option<Fetched> {
    let answer = fetched(id).ok().filter(|answer| !answer.is_undefined())?;
    match Fetched::from(&answer) {
        Fetched::Failed => None,
        found => Some(found),
    }
}

/// The log the LMS holds for scenario `id` (empty for a fresh start), or `None` when no LMS
/// records it: then the app plays it from its own storage, as standalone.
pub fn lms_resume_log(id: &str) -> Option<String> {
    lms_resume(id).ok().and_then(|log| log.as_string())
}

/// Tells the LMS (if any) the scenario's log after a change.
pub fn lms_record(id: &str, log: &str) {
    let _ = lms_progress(id, log);
}

fn export(exports: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(exports, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}
