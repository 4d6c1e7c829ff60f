//! `cohort --lrs`: a cohort's statements read straight from an LRS's statements API
//! (`GET <URL>/statements`, xAPI 1.0.3), one `StatementResult` page at a time, following each
//! page's `more` link (relative to the LRS's origin) until there is none. Only one page is
//! held at a time; each is handed on as it arrives, its statements in stored order, so the
//! cohort is never in memory whole.
//!
//! Credentials come from the environment, never the command line (where other users and
//! shell histories can read them): `JC_LRS_AUTH` is a whole `Authorization` header value
//! (`Basic …`, `Bearer …`); otherwise `JC_LRS_USER` and `JC_LRS_PASSWORD` make a basic one.
//! Every failure is an [`Error`] that says what to do about it, never a panic.

use std::collections::HashSet;
use std::fmt;
use std::time::Duration;

use codec::json::Json;
use lms::record::shorten;

/// The xAPI version asked for and spoken.
const VERSION: &str = "1.0.3";

/// What to ask the LRS for.
#[derive(Clone, Debug, Default)]
pub struct Query {
    /// Only statements about this activity, or with it among their context's activities.
    pub activity: Option<String>,
    /// Only statements stored since (exclusive) or until (inclusive) these ISO 8601 times.
    pub since: Option<String>,
    pub until: Option<String>,
    /// How many statements a page holds at most (the LRS's own default when `None`).
    pub page_size: Option<u32>,
}

/// Checks a `--since` or `--until` time: an xAPI timestamp, which the LRS would otherwise
/// refuse only after the first request, or worse, read its own way.
pub fn time(text: &str) -> Result<String, String> {
    match evidence::cohort::xapi::millis(text) {
        Some(_) => Ok(text.to_string()),
        None => Err("not an ISO 8601 time with its zone, such as 2026-11-21T09:00:00Z".to_string()),
    }
}

/// Why the statements could not be read.
#[derive(Debug)]
pub enum Error {
    /// The URL is not an `http://` or `https://` one.
    Url(String),
    /// `JC_LRS_USER` is set without `JC_LRS_PASSWORD`, or the other way round.
    HalfCredentials,
    /// No answer: the LRS is down, the name does not resolve, TLS failed, it timed out.
    Unreachable { url: String, detail: String },
    /// 401 or 403: the credentials are missing or wrong.
    Refused { url: String, status: u16, sent: bool },
    /// Any other status than 200.
    Status { url: String, status: u16, body: String },
    /// A page that is not JSON, or not a `StatementResult`.
    NotAPage { url: String, detail: String },
    /// A `more` link that was followed already.
    Loop { url: String },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Url(url) => write!(f, "`{url}` is not an LRS's http:// or https:// address"),
            Error::HalfCredentials => {
                f.write_str("set both JC_LRS_USER and JC_LRS_PASSWORD (or JC_LRS_AUTH, a whole Authorization header)")
            }
            Error::Unreachable { url, detail } => write!(f, "cannot reach the LRS at {url}: {detail}"),
            Error::Refused { url, status, sent: true } => write!(
                f,
                "the LRS refused the credentials ({status}) at {url}; check JC_LRS_USER and JC_LRS_PASSWORD, or JC_LRS_AUTH"
            ),
            Error::Refused { url, status, sent: false } => write!(
                f,
                "the LRS asks for credentials ({status}) at {url}; set JC_LRS_USER and JC_LRS_PASSWORD, or JC_LRS_AUTH"
            ),
            Error::Status { url, status, body } => write!(f, "the LRS answered {status} at {url}: {body}"),
            Error::NotAPage { url, detail } => {
                write!(f, "the LRS's answer at {url} is not a page of statements: {detail}")
            }
            Error::Loop { url } => write!(f, "the LRS's `more` link leads back to a page already read: {url}"),
        }
    }
}

/// Reads every page of statements `query` asks for from the LRS at `endpoint` (its xAPI
/// root, the address before `/statements`), handing each to `page` as it arrives; returns
/// how many pages there were.
pub fn read(endpoint: &str, query: &Query, page: &mut dyn FnMut(&Json)) -> Result<usize, Error> {
    let authorization = authorization(|name| std::env::var(name).ok())?;
    read_with(endpoint, query, authorization.as_deref(), page)
}

/// [`read`] with the `Authorization` header given.
pub fn read_with(
    endpoint: &str,
    query: &Query,
    authorization: Option<&str>,
    page: &mut dyn FnMut(&Json),
) -> Result<usize, Error> {
    let endpoint = endpoint.trim_end_matches('/');
    let origin = origin(endpoint).ok_or_else(|| Error::Url(endpoint.to_string()))?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_global(Some(Duration::from_secs(300)))
        .build()
        .into();
    let mut url = format!("{endpoint}/statements?{}", parameters(query));
    let mut seen = HashSet::new();
    let mut pages = 0;
    loop {
        if !seen.insert(url.clone()) {
            return Err(Error::Loop { url });
        }
        let mut json = fetch(&agent, &url, authorization)?;
        match json.entry("statements", Json::Null) {
            Some(Json::Array(statements)) => oldest_first(statements),
            _ => return Err(Error::NotAPage { url, detail: "no `statements` list".into() }),
        }
        page(&json);
        pages += 1;
        match json.get("more").and_then(Json::as_str).map(str::trim).filter(|m| !m.is_empty()) {
            Some(more) => url = follow(origin, more),
            None => return Ok(pages),
        }
    }
}

/// Puts a page's statements in the order the LRS stored them. `ascending=true` asks for that
/// order, but not every LRS keeps it within a page (Ralph's file backend returns each page
/// newest first), and the reader needs a registration's `completed` after its answers. The
/// sort is stable, so statements without a `stored` time keep their places among equals.
fn oldest_first(statements: &mut [Json]) {
    statements.sort_by_cached_key(|s| {
        let stored = s.get("stored").and_then(Json::as_str).unwrap_or_default();
        // Within a millisecond, times written the same way sort as text (microseconds).
        (evidence::cohort::xapi::millis(stored), stored.to_string())
    });
}

/// One page, read and parsed.
fn fetch(agent: &ureq::Agent, url: &str, authorization: Option<&str>) -> Result<Json, Error> {
    let mut request = agent.get(url).header("X-Experience-API-Version", VERSION).header("Accept", "application/json");
    if let Some(value) = authorization {
        request = request.header("Authorization", value);
    }
    let mut response =
        request.call().map_err(|e| Error::Unreachable { url: url.to_string(), detail: e.to_string() })?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(u64::MAX)
        .read_to_string()
        .map_err(|e| Error::Unreachable { url: url.to_string(), detail: e.to_string() })?;
    match status {
        200 => {}
        401 | 403 => return Err(Error::Refused { url: url.to_string(), status, sent: authorization.is_some() }),
        _ => return Err(Error::Status { url: url.to_string(), status, body: shorten(body.trim(), 120) }),
    }
    Json::parse(&body)
        .map_err(|e| Error::NotAPage { url: url.to_string(), detail: format!("{e}: `{}`", shorten(body.trim(), 120)) })
}

/// The `Authorization` header the environment gives, if any: see the module's doc.
pub fn authorization(var: impl Fn(&str) -> Option<String>) -> Result<Option<String>, Error> {
    let set = |name| var(name).filter(|v| !v.is_empty());
    if let Some(header) = set("JC_LRS_AUTH") {
        return Ok(Some(header));
    }
    match (set("JC_LRS_USER"), set("JC_LRS_PASSWORD")) {
        (Some(user), Some(password)) => Ok(Some(format!("Basic {}", base64(format!("{user}:{password}").as_bytes())))),
        (None, None) => Ok(None),
        _ => Err(Error::HalfCredentials),
    }
}

/// The query string: oldest first (so a learner's first attempt comes first), with the
/// filters asked for.
fn parameters(query: &Query) -> String {
    let mut pairs = vec![("ascending", "true".to_string())];
    if let Some(activity) = &query.activity {
        pairs.push(("activity", activity.clone()));
        pairs.push(("related_activities", "true".into()));
    }
    if let Some(since) = &query.since {
        pairs.push(("since", since.clone()));
    }
    if let Some(until) = &query.until {
        pairs.push(("until", until.clone()));
    }
    if let Some(size) = query.page_size {
        pairs.push(("limit", size.to_string()));
    }
    pairs.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect::<Vec<_>>().join("&")
}

/// `scheme://host[:port]` of an http(s) URL.
fn origin(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"))?;
    let host = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    if host == 0 {
        return None;
    }
    Some(&url[..url.len() - rest.len() + host])
}

/// Where a `more` link leads: an absolute URL as it is, anything else from the origin.
fn follow(origin: &str, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        more.to_string()
    } else if more.starts_with('/') {
        format!("{origin}{more}")
    } else {
        format!("{origin}/{more}")
    }
}

/// Percent-encodes a query value: everything but RFC 3986's unreserved characters.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Standard base64, padded (for a basic `Authorization` header).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}
