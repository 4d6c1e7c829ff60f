//! The cmi5 bridge: reads the launch parameters, fetches the one-time auth token (kept in
//! session storage, since the LMS refuses a second fetch, so a reload reuses it), reads
//! `LMS.LaunchData` from the State API, then sends the mapping's statements
//! (`cmi5::statements`) to `<endpoint>statements`, in order, as one array per send.
//!
//! Statements are queued before they are sent and the queue is kept in session storage, so
//! an LRS that answers 5xx, or a network that drops, loses nothing: the queue goes again
//! later, with the same statement ids. The playthrough and what has been sent for the
//! registration are kept in a State API document of the unit's own (`judgement-call.progress`),
//! so a later launch resumes where the learner stopped and never repeats a statement.

use std::cell::RefCell;

use codec::json::Json;
use lms::cmi5::{self, Launch, Sent, Statement, Verb};
use lms::record::Record;
use lms::{LimitError, Visit};

use super::web::{self, Reply};

/// The State API document this unit keeps its progress in.
pub const PROGRESS: &str = "judgement-call.progress";

/// Why statements did not go through.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// The launch URL lacks a parameter, or the LMS's answers cannot be used.
    Launch(String),
    /// The LMS or LRS did not answer, or answered with this status.
    Unreachable(u16),
    /// The mapping refused a value.
    Limit(LimitError),
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fault::Launch(why) => write!(f, "the launch cannot be used: {why}"),
            Fault::Unreachable(0) => f.write_str("your LMS cannot be reached"),
            Fault::Unreachable(status) => write!(f, "your LMS answered with an error ({status})"),
            Fault::Limit(error) => write!(f, "a value could not be recorded: {error}"),
        }
    }
}

/// The launch URL's parameters.
struct Parameters {
    endpoint: String,
    fetch: String,
    actor: String,
    registration: String,
    activity_id: String,
}

impl Parameters {
    fn read() -> Result<Parameters, Fault> {
        let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
        let query = web_sys::UrlSearchParams::new_with_str(&search).map_err(|_| Fault::Launch("no query".into()))?;
        let get = |name: &str| query.get(name).ok_or_else(|| Fault::Launch(format!("`{name}` is missing")));
        let mut endpoint = get("endpoint")?;
        if !endpoint.ends_with('/') {
            endpoint.push('/');
        }
        Ok(Parameters {
            endpoint,
            fetch: get("fetch")?,
            actor: get("actor")?,
            registration: get("registration")?,
            activity_id: get("activityId")?,
        })
    }
}

/// A cmi5 link.
pub struct Cmi5 {
    parameters: Parameters,
    /// `Basic <token>`, once fetched.
    auth: Option<String>,
    pub launch: Option<Launch>,
    sent: Sent,
    queue: Vec<Statement>,
    /// The log last stored in the progress document.
    stored: Option<String>,
    pub terminated: bool,
}

/// One request to make, taken out of the link so no borrow is held while it is under way.
struct Request {
    method: &'static str,
    url: String,
    headers: Vec<(&'static str, String)>,
    body: Option<String>,
}

impl Request {
    async fn go(self, keepalive: bool) -> Reply {
        let headers: Vec<(&str, &str)> = self.headers.iter().map(|(a, b)| (*a, b.as_str())).collect();
        web::request(self.method, &self.url, &headers, self.body.as_deref(), keepalive).await
    }
}

impl Cmi5 {
    /// Reads the launch parameters and what this tab kept of the launch (token, what was
    /// sent, the queue); [`connect`] fetches the rest.
    pub fn new() -> Result<Cmi5, Fault> {
        let parameters = Parameters::read()?;
        let kept: Option<Json> = web::session_get(&session_key(&parameters)).and_then(|t| Json::parse(&t).ok());
        let mut link = Cmi5 {
            parameters,
            auth: None,
            launch: None,
            sent: Sent::default(),
            queue: Vec::new(),
            stored: None,
            terminated: false,
        };
        if let Some(kept) = &kept {
            link.restore_session(kept);
        }
        Ok(link)
    }

    /// The log stored in the progress document at start.
    pub fn stored(&self) -> Option<String> {
        self.stored.clone()
    }

    fn enqueue(&mut self, record: &Record, visit: &Visit, terminate: bool) -> Result<(), LimitError> {
        let Some(launch) = &self.launch else { return Ok(()) };
        let statements = cmi5::statements(launch, record, visit, self.sent, terminate, &mut web::uuid)?;
        self.sent = self.sent.after(&statements);
        self.terminated = self.sent.terminated;
        self.queue.extend(statements);
        self.keep_session();
        Ok(())
    }

    /// The queue as one POST of an array, or its statement `one` alone, and how many
    /// statements that is.
    fn sending(&self, one: Option<usize>) -> Option<(Request, usize)> {
        let statements = match one {
            Some(index) => self.queue.get(index..=index)?,
            None => &self.queue[..],
        };
        if statements.is_empty() {
            return None;
        }
        let bodies: Vec<&str> = statements.iter().map(|s| s.body.as_str()).collect();
        let request = Request {
            method: "POST",
            url: format!("{}statements", self.parameters.endpoint),
            headers: self.headers(),
            body: Some(format!("[{}]", bodies.join(","))),
        };
        Some((request, statements.len()))
    }

    /// The LRS holds the first `count` statements of the queue.
    fn taken(&mut self, count: usize) {
        let count = count.min(self.queue.len());
        self.queue.drain(..count);
        self.keep_session();
    }

    fn headers(&self) -> Vec<(&'static str, String)> {
        vec![
            ("Authorization", self.auth.clone().unwrap_or_default()),
            ("X-Experience-API-Version", cmi5::XAPI_VERSION.to_string()),
            ("Content-Type", "application/json".to_string()),
        ]
    }

    /// A State API request for this registration's document `id`.
    fn state(&self, method: &'static str, id: &str, body: Option<String>) -> Request {
        let p = &self.parameters;
        // Without a state id, the request lists the ids of the registration's documents.
        let state = if id.is_empty() { String::new() } else { format!("stateId={}&", encode(id)) };
        let query = format!(
            "{state}activityId={}&agent={}&registration={}",
            encode(&p.activity_id),
            encode(&p.actor),
            encode(&p.registration)
        );
        Request { method, url: format!("{}activities/state?{query}", p.endpoint), headers: self.headers(), body }
    }

    /// The progress document: the log and what has been sent for the registration.
    fn progress_document(&self, log: &str) -> String {
        Json::object([
            ("log", Json::str(log)),
            ("answered", Json::Number(self.sent.answered.to_string())),
            ("completed", Json::Bool(self.sent.completed)),
            ("judged", Json::Bool(self.sent.judged)),
        ])
        .write()
    }

    fn restore_progress(&mut self, text: &str) {
        let Ok(document) = Json::parse(text) else { return };
        self.stored = document.get("log").and_then(Json::as_str).map(str::to_string);
        // What this session has sent (kept across a reload) is never less than what the
        // registration had sent before it.
        let answered = document.get("answered").and_then(Json::as_f64).unwrap_or(0.0) as usize;
        self.sent.answered = self.sent.answered.max(answered);
        self.sent.completed |= document.get("completed") == Some(&Json::Bool(true));
        self.sent.judged |= document.get("judged") == Some(&Json::Bool(true));
    }

    /// Keeps this launch's token, what it has sent and its queue, for a reload.
    fn keep_session(&self) {
        let queue = self
            .queue
            .iter()
            .map(|s| {
                Json::object([
                    ("id", Json::str(s.id.clone())),
                    ("verb", Json::str(s.verb.name())),
                    ("body", Json::str(s.body.clone())),
                ])
            })
            .collect();
        let kept = Json::object([
            ("auth", Json::str(self.auth.clone().unwrap_or_default())),
            ("initialized", Json::Bool(self.sent.initialized)),
            ("answered", Json::Number(self.sent.answered.to_string())),
            ("completed", Json::Bool(self.sent.completed)),
            ("judged", Json::Bool(self.sent.judged)),
            ("terminated", Json::Bool(self.sent.terminated)),
            ("queue", Json::Array(queue)),
        ]);
        web::session_set(&session_key(&self.parameters), &kept.write());
    }

    fn restore_session(&mut self, kept: &Json) {
        let flag = |key: &str| kept.get(key) == Some(&Json::Bool(true));
        self.auth = kept.get("auth").and_then(Json::as_str).filter(|a| !a.is_empty()).map(str::to_string);
        self.sent = Sent {
            initialized: flag("initialized"),
            answered: kept.get("answered").and_then(Json::as_f64).unwrap_or(0.0) as usize,
            completed: flag("completed"),
            judged: flag("judged"),
            terminated: flag("terminated"),
        };
        self.terminated = self.sent.terminated;
        if let Some(Json::Array(queue)) = kept.get("queue") {
            self.queue = queue
                .iter()
                .filter_map(|s| {
                    let verb = match s.get("verb").and_then(Json::as_str)? {
                        "initialized" => Verb::Initialized,
                        "answered" => Verb::Answered,
                        "completed" => Verb::Completed,
                        "passed" => Verb::Passed,
                        "failed" => Verb::Failed,
                        _ => Verb::Terminated,
                    };
                    Some(Statement {
                        id: s.get("id").and_then(Json::as_str)?.to_string(),
                        verb,
                        body: s.get("body").and_then(Json::as_str)?.to_string(),
                    })
                })
                .collect();
        }
    }

    /// Where `returnURL` sends the learner, once the session has ended.
    pub fn return_url(&self) -> Option<String> {
        self.launch.as_ref().and_then(|l| l.return_url.clone())
    }

    /// Queues `terminated` and sends the queue without waiting for the answer: the page is
    /// going away. The queue stays in session storage until an answer says it arrived.
    pub fn close(&mut self, record: &Record, visit: &Visit<'_>) {
        if self.launch.is_none() || (!self.terminated && self.enqueue(record, visit, true).is_err()) {
            return;
        }
        if let Some((request, _)) = self.sending(None) {
            wasm_bindgen_futures::spawn_local(async move {
                request.go(true).await;
            });
        }
    }
}

/// Fetches what the link still lacks: the token (once per launch), the launch data and the
/// stored progress; then queues `initialized` when it has not gone yet.
pub async fn connect(link: &RefCell<Cmi5>) -> Result<(), Fault> {
    let fetch = link.borrow().auth.is_none().then(|| link.borrow().parameters.fetch.clone());
    if let Some(fetch) = fetch {
        let token = token(&fetch).await?;
        let mut c = link.borrow_mut();
        c.auth = Some(format!("Basic {token}"));
        c.keep_session();
    }
    if link.borrow().launch.is_some() {
        return Ok(());
    }
    let request = link.borrow().state("GET", "LMS.LaunchData", None);
    let reply = request.go(false).await;
    if !reply.ok() {
        return Err(Fault::Unreachable(reply.status));
    }
    let launch = {
        let c = link.borrow();
        let p = &c.parameters;
        Launch::read(&p.actor, &p.registration, &p.activity_id, &reply.body)
            .map_err(|e| Fault::Launch(e.to_string()))?
    };
    // The ids of the registration's documents first: asking for a missing one is a 404,
    // which browsers log as an error.
    let request = link.borrow().state("GET", "", None);
    let ids = request.go(false).await;
    if !ids.ok() {
        return Err(Fault::Unreachable(ids.status));
    }
    let kept =
        matches!(Json::parse(&ids.body), Ok(Json::Array(ids)) if ids.iter().any(|id| id.as_str() == Some(PROGRESS)));
    let progress = match kept {
        true => {
            let request = link.borrow().state("GET", PROGRESS, None);
            let reply = request.go(false).await;
            if !reply.ok() {
                return Err(Fault::Unreachable(reply.status));
            }
            Some(reply.body)
        }
        false => None,
    };
    let mut c = link.borrow_mut();
    if let Some(progress) = progress {
        c.restore_progress(&progress);
    }
    c.launch = Some(launch);
    if !c.sent.initialized {
        let now = web::now();
        c.enqueue(&empty_record(), &Visit { started: now, now, offset: 0, timings: &[] }, false)
            .map_err(Fault::Limit)?;
    }
    Ok(())
}

/// Queues the statements the record calls for (and `terminated` with `terminate`), sends the
/// queue, then stores the progress document.
pub async fn write(link: &RefCell<Cmi5>, record: &Record, visit: &Visit<'_>, terminate: bool) -> Result<(), Fault> {
    if !link.borrow().terminated {
        connect(link).await?;
        link.borrow_mut().enqueue(record, visit, terminate).map_err(Fault::Limit)?;
    }
    send(link).await?;
    let document = {
        let c = link.borrow();
        (c.stored.as_deref() != Some(record.log.as_str()) && !record.log.is_empty())
            .then(|| c.state("PUT", PROGRESS, Some(c.progress_document(&record.log))))
    };
    if let Some(request) = document {
        let reply = request.go(false).await;
        if !reply.ok() {
            return Err(Fault::Unreachable(reply.status));
        }
        link.borrow_mut().stored = Some(record.log.clone());
    }
    Ok(())
}

/// Sends the queue; empties it of what the LRS took. An LRS answers 409 when it holds one of
/// the ids already (an earlier send arrived but its answer did not), and refuses the whole
/// array: then each statement goes on its own, and a 409 means that one is held.
pub async fn send(link: &RefCell<Cmi5>) -> Result<(), Fault> {
    let Some((request, count)) = link.borrow().sending(None) else { return Ok(()) };
    let reply = request.go(false).await;
    if reply.status == 409 {
        for index in 0..count {
            let Some((request, _)) = link.borrow().sending(Some(index)) else { break };
            let reply = request.go(false).await;
            if !reply.ok() && reply.status != 409 {
                link.borrow_mut().taken(index);
                return Err(Fault::Unreachable(reply.status));
            }
        }
    } else if !reply.ok() {
        return Err(Fault::Unreachable(reply.status));
    }
    link.borrow_mut().taken(count);
    Ok(())
}

/// A query-string value, percent-encoded.
fn encode(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}

/// The session-storage key of one launch (each launch has its own fetch URL).
fn session_key(p: &Parameters) -> String {
    site::key::cmi5(&p.fetch)
}

/// POSTs the one-time fetch URL for the auth token (cmi5 §8.2).
async fn token(fetch: &str) -> Result<String, Fault> {
    let reply = web::request("POST", fetch, &[], None, false).await;
    if !reply.ok() {
        return Err(Fault::Unreachable(reply.status));
    }
    let answer = Json::parse(&reply.body).map_err(|e| Fault::Launch(format!("the token is {e}")))?;
    match answer.get("auth-token").and_then(Json::as_str) {
        Some(token) => Ok(token.to_string()),
        None => {
            let why = answer.get("error-text").and_then(Json::as_str).unwrap_or("no token");
            Err(Fault::Launch(format!("the LMS gave no token ({why})")))
        }
    }
}

/// A record of nothing, for `initialized`, and for `terminated` before any scenario.
pub fn empty_record() -> Record {
    Record {
        scenario: String::new(),
        title: String::new(),
        language: String::new(),
        pass: 0,
        log: String::new(),
        location: String::new(),
        finished: false,
        score: None,
        items: Vec::new(),
        competencies: Vec::new(),
    }
}
