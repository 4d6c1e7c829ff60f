//! The SCORM 1.2 and SCORM 2004 bridge: finds the LMS's API object, initialises it, reads
//! what to resume from, and writes the mapping's pairs (`scorm12::values` or
//! `scorm2004::values`) with `SetValue`, then commits, and terminates at the end.
//!
//! The API is looked for again before every write (the standard walk up `parent`, then
//! `opener`, each hop guarded because a cross-origin window throws), so an LMS frame that
//! goes away is noticed, and one that comes back (a new API object) is initialised again.
//! The bridge counts the interactions it has written in full and committed (`recorded`), so
//! a write that fails half-way is written again from the same interaction next time, and
//! nothing is lost.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use lms::record::Record;
use lms::{LimitError, Visit, scorm12, scorm2004};

/// Which SCORM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    Scorm12,
    Scorm2004,
}

/// The API calls, named per version.
#[derive(Clone, Copy)]
enum Call {
    Initialize,
    Terminate,
    GetValue,
    SetValue,
    Commit,
    GetLastError,
}

impl Version {
    /// The name of the API object on an LMS window.
    pub fn api(self) -> &'static str {
        match self {
            Version::Scorm12 => "API",
            Version::Scorm2004 => "API_1484_11",
        }
    }

    fn method(self, call: Call) -> &'static str {
        match (self, call) {
            (Version::Scorm12, Call::Initialize) => "LMSInitialize",
            (Version::Scorm12, Call::Terminate) => "LMSFinish",
            (Version::Scorm12, Call::GetValue) => "LMSGetValue",
            (Version::Scorm12, Call::SetValue) => "LMSSetValue",
            (Version::Scorm12, Call::Commit) => "LMSCommit",
            (Version::Scorm12, Call::GetLastError) => "LMSGetLastError",
            (Version::Scorm2004, Call::Initialize) => "Initialize",
            (Version::Scorm2004, Call::Terminate) => "Terminate",
            (Version::Scorm2004, Call::GetValue) => "GetValue",
            (Version::Scorm2004, Call::SetValue) => "SetValue",
            (Version::Scorm2004, Call::Commit) => "Commit",
            (Version::Scorm2004, Call::GetLastError) => "GetLastError",
        }
    }

    /// The data-model elements read at start: entry, mode, suspend data, interaction count.
    fn elements(self) -> [&'static str; 4] {
        match self {
            Version::Scorm12 => {
                ["cmi.core.entry", "cmi.core.lesson_mode", "cmi.suspend_data", "cmi.interactions._count"]
            }
            Version::Scorm2004 => ["cmi.entry", "cmi.mode", "cmi.suspend_data", "cmi.interactions._count"],
        }
    }
}

/// Why a write did not go through.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// No API object on any reachable window.
    Missing,
    /// The API refused `Initialize`, with its error code.
    Initialize(String),
    /// `SetValue` returned false for this element, with the error code.
    Refused { element: String, code: String },
    /// `Commit` returned false, with the error code.
    Commit(String),
    /// The mapping refused a value: nothing was written, and retrying cannot help.
    Limit(LimitError),
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fault::Missing => f.write_str("your LMS cannot be reached from this page"),
            Fault::Initialize(code) => write!(f, "your LMS did not open the session (error {code})"),
            Fault::Refused { element, code } => write!(f, "your LMS refused {element} (error {code})"),
            Fault::Commit(code) => write!(f, "your LMS did not save (error {code})"),
            Fault::Limit(error) => write!(f, "a value could not be recorded: {error}"),
        }
    }
}

/// What the LMS said at start.
pub struct Opened {
    /// The `jc1` log in `suspend_data`, when there is one.
    pub log: Option<String>,
    /// Whether the LMS could be read at all.
    pub read: bool,
}

/// A SCORM link.
pub struct Scorm {
    pub version: Version,
    /// The initialised API object, when there is one.
    api: Option<JsValue>,
    /// Interactions the LMS holds in full, so never written again.
    recorded: usize,
    /// The LMS opened the content in review or browse mode: nothing is written.
    pub review: bool,
    pub terminated: bool,
}

impl Scorm {
    /// Finds and initialises the API and reads what to resume from. A missing or refusing API
    /// is not an error here: every later write tries again.
    pub fn open(version: Version) -> (Scorm, Opened) {
        let mut scorm = Scorm { version, api: None, recorded: 0, review: false, terminated: false };
        if scorm.connect().is_err() {
            return (scorm, Opened { log: None, read: false });
        }
        let [_, mode, suspend, count] = version.elements().map(|e| scorm.get(e));
        scorm.review = matches!(mode.as_str(), "review" | "browse");
        scorm.recorded = count.trim().parse().unwrap_or(0);
        let log = Some(suspend).filter(|s| s.starts_with("jc1 "));
        (scorm, Opened { log, read: true })
    }

    /// The API object, initialised; initialises a new one when the LMS has replaced it.
    fn connect(&mut self) -> Result<JsValue, Fault> {
        let found = find(self.version.api()).ok_or(Fault::Missing)?;
        if let Some(held) = &self.api
            && Object::is(held, &found)
        {
            return Ok(found);
        }
        if !truthy(call(&found, self.version.method(Call::Initialize), &[""])) {
            return Err(Fault::Initialize(self.error(&found)));
        }
        self.api = Some(found.clone());
        Ok(found)
    }

    fn get(&self, element: &str) -> String {
        self.api.as_ref().and_then(|api| call(api, self.version.method(Call::GetValue), &[element])).unwrap_or_default()
    }

    fn error(&self, api: &JsValue) -> String {
        call(api, self.version.method(Call::GetLastError), &[]).unwrap_or_else(|| "unknown".into())
    }

    /// Writes the record's pairs and commits; with `terminate`, terminates once they are in.
    /// Every pair is tried even after one is refused, so one bad element does not hold back
    /// the score and status.
    pub fn write(&mut self, record: &Record, visit: &Visit, terminate: bool) -> Result<(), Fault> {
        if self.terminated || self.review {
            return Ok(());
        }
        let pairs = match self.version {
            Version::Scorm12 => scorm12::values(record, visit, self.recorded),
            Version::Scorm2004 => scorm2004::values(record, visit, self.recorded),
        }
        .map_err(Fault::Limit)?;
        let api = self.connect()?;
        let set = self.version.method(Call::SetValue);
        let mut refused = None;
        // An interaction or objective whose field was refused: its later fields depend on it
        // (2004's ordering rules), so they wait for the retry.
        let mut skipped: Vec<String> = Vec::new();
        for (element, value) in &pairs {
            if skipped.iter().any(|prefix| element.starts_with(prefix.as_str())) {
                continue;
            }
            if !truthy(call(&api, set, &[element, value])) {
                if refused.is_none() {
                    refused = Some(Fault::Refused { element: element.clone(), code: self.error(&api) });
                }
                if let Some(prefix) = group(element) {
                    skipped.push(prefix);
                }
            }
        }
        if !truthy(call(&api, self.version.method(Call::Commit), &[""])) {
            return Err(Fault::Commit(self.error(&api)));
        }
        if let Some(fault) = refused {
            return Err(fault);
        }
        self.recorded = record.interactions().len();
        if terminate {
            self.terminate();
        }
        Ok(())
    }

    /// Ends the session: an unfinished one is left suspended (`exit` is `suspend` from the
    /// last write, or set here when nothing was written), then committed and terminated.
    pub fn close(&mut self, wrote: bool) {
        if self.terminated {
            return;
        }
        if let Ok(api) = self.connect() {
            if !wrote && !self.review {
                let exit = match self.version {
                    Version::Scorm12 => "cmi.core.exit",
                    Version::Scorm2004 => "cmi.exit",
                };
                call(&api, self.version.method(Call::SetValue), &[exit, "suspend"]);
            }
            call(&api, self.version.method(Call::Commit), &[""]);
        }
        self.terminate();
    }

    fn terminate(&mut self) {
        if let Some(api) = &self.api {
            call(api, self.version.method(Call::Terminate), &[""]);
        }
        self.terminated = true;
    }
}

/// The API object called `name`: on this window or a parent, up to 500 hops, else on the
/// opener or its parents. A window of another origin throws on access, which ends that walk.
pub fn find(name: &str) -> Option<JsValue> {
    let window = web_sys::window()?;
    scan(window.clone().into(), name).or_else(|| {
        let opener = Reflect::get(&window, &"opener".into()).ok()?;
        (!opener.is_null() && !opener.is_undefined()).then(|| scan(opener, name)).flatten()
    })
}

fn scan(mut window: JsValue, name: &str) -> Option<JsValue> {
    for _ in 0..=500 {
        let found = Reflect::get(&window, &name.into()).ok()?;
        if !found.is_undefined() && !found.is_null() {
            return Some(found);
        }
        let parent = Reflect::get(&window, &"parent".into()).ok()?;
        if parent.is_undefined() || parent.is_null() || Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

/// Calls `method` on the API with string arguments; `None` when it is missing or throws.
fn call(api: &JsValue, method: &str, args: &[&str]) -> Option<String> {
    let function = Reflect::get(api, &method.into()).ok()?.dyn_into::<Function>().ok()?;
    let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    let result = function.apply(api, &args).ok()?;
    Some(match (result.as_string(), result.as_bool(), result.as_f64()) {
        (Some(text), _, _) => text,
        (_, Some(flag), _) => flag.to_string(),
        (_, _, Some(number)) => number.to_string(),
        _ => String::new(),
    })
}

/// `cmi.interactions.3.` for `cmi.interactions.3.id`: the group an element belongs to.
fn group(element: &str) -> Option<String> {
    let rest = element.strip_prefix("cmi.interactions.").or_else(|| element.strip_prefix("cmi.objectives."))?;
    let (n, _) = rest.split_once('.')?;
    Some(format!("{}{n}.", &element[..element.len() - rest.len()]))
}

/// SCORM's `"true"` (some LMSs return a boolean).
fn truthy(result: Option<String>) -> bool {
    result.is_some_and(|r| r == "true")
}
