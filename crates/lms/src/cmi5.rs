//! What cmi5 records: the xAPI statements an assignable unit sends, built by [`statements`]
//! from a [`Record`], the [`Launch`] and what has been [`Sent`] already.
//!
//! In order: `initialized` first; one cmi5 "allowed" `answered` statement per response
//! (the decision as a `cmi.interaction` activity with its options and the experts' key;
//! the result's `response` in xAPI's format, the item score, the latency, and extensions
//! carrying the response's competency evidence and the learner's confidence); once the
//! story has ended, `completed` and then `passed` or `failed` (by the LMS's `masteryScore`
//! when it gives one, else by the scenario's pass mark); `terminated` last, when the session
//! ends. Every statement's context starts from the LMS's context template and adds the
//! registration, the cmi5 category (cmi5-defined statements) and the `moveOn` category
//! (statements that carry success or completion). With `launchMode` Browse or Review only
//! `initialized` and `terminated` are sent, as cmi5 requires.
//!
//! The bridge POSTs each statement's body to `<endpoint>statements` in order, with
//! `X-Experience-API-Version: 1.0.3`, and keeps [`Sent`] up to date with [`Sent::after`].

use crate::limit::{Limit, LimitError};
use crate::record::{Item, Record, shorten};
use crate::scorm2004::response;
use crate::time::{self, Timestamp};
use crate::{Duration, Visit};
use codec::json::{Json, JsonError};
use engine::playthrough::Confidence;
use engine::scenario::DecisionKind;

/// The xAPI version cmi5 is built on, for the `X-Experience-API-Version` header.
pub const XAPI_VERSION: &str = "1.0.3";
/// Every cmi5-defined statement carries this category.
pub const CMI5_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
/// Statements that carry success or completion carry this category too.
pub const MOVE_ON_CATEGORY: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
/// The context extension that carries the mastery score on `passed` and `failed`.
pub const MASTERY_SCORE: &str = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
/// The activity type of a decision.
pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
/// Result extension: the response's evidence for each competency, `{"<dimension>": 0–1}`.
pub const COMPETENCIES: &str = "https://github.com/judgement-call/judgement-call/blob/main/docs/lms.md#competencies";
/// Result extension: how sure the learner was, `"unsure"`, `"fairly-sure"` or `"sure"`.
pub const CONFIDENCE: &str = "https://github.com/judgement-call/judgement-call/blob/main/docs/lms.md#confidence";

/// A statement's verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Initialized,
    Answered,
    Completed,
    Passed,
    Failed,
    Terminated,
}

impl Verb {
    pub fn name(self) -> &'static str {
        match self {
            Verb::Initialized => "initialized",
            Verb::Answered => "answered",
            Verb::Completed => "completed",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
            Verb::Terminated => "terminated",
        }
    }

    /// The verb's IRI in ADL's vocabulary.
    pub fn iri(self) -> String {
        format!("http://adlnet.gov/expapi/verbs/{}", self.name())
    }
}

/// How the LMS launched the unit (`launchMode` in `LMS.LaunchData`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Browse,
    Review,
}

/// What the LMS said at launch: the URL's `actor`, `registration` and `activityId`
/// parameters and the `LMS.LaunchData` state document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Launch {
    pub actor: Json,
    pub registration: String,
    /// The activity id every cmi5-defined statement must have as its object.
    pub activity_id: String,
    /// The context every statement starts from; never changed, only added to.
    pub template: Json,
    pub mode: Mode,
    /// The mastery score, 0–1, when the LMS gives one: it decides passed or failed.
    pub mastery: Option<String>,
    /// Where to send the learner after `terminated`.
    pub return_url: Option<String>,
    /// The AU's `launchParameters` from the course structure (see [`crate::Start`]).
    pub parameters: Option<String>,
}

/// Why a launch cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LaunchError {
    /// A JSON input (`actor` or the launch data) is not JSON.
    NotJson { what: &'static str, error: JsonError },
    /// A required value is missing or has the wrong form.
    Invalid { what: &'static str, value: String },
}

impl std::fmt::Display for LaunchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LaunchError::NotJson { what, error } => write!(f, "the cmi5 launch's {what} is {error}"),
            LaunchError::Invalid { what, value } => write!(f, "the cmi5 launch's {what} is not valid: `{value}`"),
        }
    }
}

impl std::error::Error for LaunchError {}

impl Launch {
    /// Reads the launch: the `actor`, `registration` and `activityId` query parameters (already
    /// URL-decoded) and the text of the `LMS.LaunchData` state document.
    pub fn read(actor: &str, registration: &str, activity_id: &str, launch_data: &str) -> Result<Launch, LaunchError> {
        let invalid = |what, value: &str| LaunchError::Invalid { what, value: value.to_string() };
        let actor = Json::parse(actor).map_err(|error| LaunchError::NotJson { what: "actor", error })?;
        if !matches!(actor, Json::Object(_)) {
            return Err(invalid("actor", &actor.write()));
        }
        if !is_uuid(registration) {
            return Err(invalid("registration", registration));
        }
        if !is_iri(activity_id) {
            return Err(invalid("activityId", activity_id));
        }
        let data = Json::parse(launch_data).map_err(|error| LaunchError::NotJson { what: "LMS.LaunchData", error })?;
        let template = data.get("contextTemplate").cloned().unwrap_or(Json::Object(Vec::new()));
        if !matches!(template, Json::Object(_)) {
            return Err(invalid("contextTemplate", &template.write()));
        }
        let mode = match data.get("launchMode").and_then(Json::as_str) {
            Some("Normal") | None => Mode::Normal,
            Some("Browse") => Mode::Browse,
            Some("Review") => Mode::Review,
            Some(other) => return Err(invalid("launchMode", other)),
        };
        let mastery = match data.get("masteryScore") {
            None | Some(Json::Null) => None,
            Some(Json::Number(n)) if n.parse::<f64>().is_ok_and(|m| (0.0..=1.0).contains(&m)) => Some(n.clone()),
            Some(other) => return Err(invalid("masteryScore", &other.write())),
        };
        let text = |key: &str| data.get(key).and_then(Json::as_str).map(str::to_string);
        Ok(Launch {
            actor,
            registration: registration.to_string(),
            activity_id: activity_id.to_string(),
            template,
            mode,
            mastery,
            return_url: text("returnURL"),
            parameters: text("launchParameters"),
        })
    }
}

/// What this unit has already sent for the registration, kept by the bridge.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sent {
    pub initialized: bool,
    /// How many `answered` statements.
    pub answered: usize,
    pub completed: bool,
    /// `passed` or `failed` has been sent.
    pub judged: bool,
    pub terminated: bool,
}

impl Sent {
    /// What has been sent once `statements` are too.
    pub fn after(self, statements: &[Statement]) -> Sent {
        statements.iter().fold(self, |mut sent, s| {
            match s.verb {
                Verb::Initialized => sent.initialized = true,
                Verb::Answered => sent.answered += 1,
                Verb::Completed => sent.completed = true,
                Verb::Passed | Verb::Failed => sent.judged = true,
                Verb::Terminated => sent.terminated = true,
            }
            sent
        })
    }
}

/// One statement to send: its id, verb and JSON body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    pub verb: Verb,
    pub body: String,
}

/// The statements to send now, in order. `terminate` ends the session (`terminated` is
/// sent); `ids` gives a fresh UUID for each statement (the bridge's `crypto.randomUUID`).
pub fn statements(
    launch: &Launch,
    record: &Record,
    visit: &Visit,
    sent: Sent,
    terminate: bool,
    ids: &mut dyn FnMut() -> String,
) -> Result<Vec<Statement>, LimitError> {
    if sent.terminated {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    let now = stamp(visit.now)?;
    let duration = time::iso_duration(visit.length());
    let mut make = |verb: Verb, object: Json, result: Option<Json>, context: Json| -> Result<Statement, LimitError> {
        let id = ids();
        if !is_uuid(&id) {
            return Err(LimitError::new("statement id", &id, Limit::Format("UUID")));
        }
        let mut body = Json::object([
            ("id", Json::str(id.clone())),
            ("timestamp", Json::str(now.clone())),
            ("actor", launch.actor.clone()),
            ("verb", Json::object([("id", Json::str(verb.iri())), ("display", language_map("en-US", verb.name()))])),
            ("object", object),
            ("context", context),
        ]);
        if let Some(result) = result {
            body.set("result", result);
        }
        Ok(Statement { id, verb, body: body.write() })
    };
    let unit = || Json::object([("objectType", Json::str("Activity")), ("id", Json::str(launch.activity_id.clone()))]);
    if !sent.initialized {
        out.push(make(Verb::Initialized, unit(), None, context(launch, &[CMI5_CATEGORY], None))?);
    }
    if launch.mode == Mode::Normal {
        for item in record.items.iter().skip(sent.answered) {
            let (object, result) = answered(launch, record, item, visit)?;
            out.push(make(Verb::Answered, object, Some(result), context(launch, &[], Some(&launch.activity_id)))?);
        }
        if let Some(score) = record.score {
            if !sent.completed {
                let result =
                    Json::object([("completion", Json::Bool(true)), ("duration", Json::str(duration.clone()))]);
                let context = context(launch, &[CMI5_CATEGORY, MOVE_ON_CATEGORY], None);
                out.push(make(Verb::Completed, unit(), Some(result), context)?);
            }
            if !sent.judged {
                let passed = match launch.mastery.as_deref().and_then(|m| m.parse::<f64>().ok()) {
                    Some(mastery) => score.hundredths >= (mastery * 10_000.0).round() as u32,
                    None => score.passed,
                };
                let result = Json::object([
                    ("success", Json::Bool(passed)),
                    (
                        "score",
                        Json::object([
                            ("scaled", Json::Number(score.scaled())),
                            ("raw", Json::Number(score.raw())),
                            ("min", Json::Number("0".into())),
                            ("max", Json::Number("100".into())),
                        ]),
                    ),
                    ("duration", Json::str(duration.clone())),
                ]);
                let mut context = context(launch, &[CMI5_CATEGORY, MOVE_ON_CATEGORY], None);
                if let Some(mastery) = &launch.mastery
                    && let Some(extensions) = context.entry("extensions", Json::Object(Vec::new()))
                {
                    extensions.set(MASTERY_SCORE, Json::Number(mastery.clone()));
                }
                let verb = if passed { Verb::Passed } else { Verb::Failed };
                out.push(make(verb, unit(), Some(result), context)?);
            }
        }
    }
    if terminate {
        let result = Json::object([("duration", Json::str(duration))]);
        out.push(make(Verb::Terminated, unit(), Some(result), context(launch, &[CMI5_CATEGORY], None))?);
    }
    Ok(out)
}

/// The launch's context template with the registration, the categories and a parent added.
fn context(launch: &Launch, categories: &[&str], parent: Option<&str>) -> Json {
    let mut context = launch.template.clone();
    context.set("registration", Json::str(launch.registration.clone()));
    if (!categories.is_empty() || parent.is_some())
        && let Some(activities) = context.entry("contextActivities", Json::Object(Vec::new()))
    {
        for category in categories {
            activities.push("category", Json::object([("id", Json::str(*category))]));
        }
        if let Some(parent) = parent {
            activities.push("parent", Json::object([("id", Json::str(parent))]));
        }
    }
    context
}

/// The `answered` statement's object (the decision as an interaction activity) and result.
fn answered(launch: &Launch, record: &Record, item: &Item, visit: &Visit) -> Result<(Json, Json), LimitError> {
    let lang = if record.language.is_empty() { "und" } else { record.language.as_str() };
    let components = |items: Vec<(String, String)>| {
        Json::Array(
            items
                .into_iter()
                .map(|(id, text)| Json::object([("id", Json::str(id)), ("description", language_map(lang, &text))]))
                .collect(),
        )
    };
    let options = || components(item.options.iter().map(|o| (o.id.clone(), shorten(&o.text, 250))).collect());
    let kind = item.interaction_type();
    let patterns = item.key.iter().map(|key| Json::str(response(item, key))).collect();
    let mut definition = Json::object([
        ("type", Json::str(INTERACTION)),
        ("name", language_map(lang, &format!("{}: {}", record.title, item.decision))),
        ("description", language_map(lang, &item.ask)),
        ("interactionType", Json::str(kind)),
        ("correctResponsesPattern", Json::Array(patterns)),
    ]);
    match item.kind {
        DecisionKind::Rate => {
            definition.set("source", options());
            definition.set("target", components((1..=7).map(|r| (r.to_string(), r.to_string())).collect()));
        }
        _ => definition.set("choices", options()),
    }
    let object = Json::object([
        ("objectType", Json::str("Activity")),
        ("id", Json::str(format!("{}/decision/{}", launch.activity_id, item.decision))),
        ("definition", definition),
    ]);
    let competencies = Json::Object(
        item.evidence.iter().map(|(dimension, value)| (dimension.clone(), Json::number(*value, 4))).collect(),
    );
    let mut extensions = Json::object([(COMPETENCIES, competencies)]);
    if let Some(confidence) = item.confidence {
        extensions.set(CONFIDENCE, Json::str(confidence_word(confidence)));
    }
    let mut result = Json::object([
        ("response", Json::str(response(item, &item.answer))),
        ("score", Json::object([("scaled", Json::number(item.score, 4))])),
    ]);
    if let Some(timing) = visit.timing(item.response) {
        result.set("duration", Json::str(time::iso_duration(Duration::between(timing.shown, timing.answered))));
    }
    result.set("extensions", extensions);
    Ok((object, result))
}

fn confidence_word(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Unsure => "unsure",
        Confidence::FairlySure => "fairly-sure",
        Confidence::Sure => "sure",
    }
}

fn language_map(lang: &str, text: &str) -> Json {
    Json::Object(vec![(lang.to_string(), Json::str(text))])
}

fn stamp(at: Timestamp) -> Result<String, LimitError> {
    time::xapi_timestamp(at)
        .ok_or_else(|| LimitError::new("timestamp", &at.0.to_string(), Limit::Range("the years 0000 to 9999")))
}

/// A UUID in its 8-4-4-4-12 hex form.
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// An absolute IRI as far as a statement needs: a scheme, `:`, and no white space.
pub fn is_iri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
        && !rest.is_empty()
        && !text.chars().any(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACTOR: &str = r#"{"objectType":"Agent","account":{"homePage":"https://lms.example.com","name":"1625378"}}"#;
    const REGISTRATION: &str = "760e3480-ba55-4991-94b0-01820dbd23a2";
    const DATA: &str = r##"{"contextTemplate":{"contextActivities":{"grouping":[{"id":"urn:judgement-call:scenario:s"}]},"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"abc"}},"launchMode":"Normal","masteryScore":0.7,"moveOn":"Passed","returnURL":"https://lms.example.com/back","launchParameters":"#/play/s"}"##;

    #[test]
    fn a_launch_is_read_and_checked() {
        let launch = Launch::read(ACTOR, REGISTRATION, "https://lms.example.com/au/1", DATA).expect("valid launch");
        assert_eq!(launch.mode, Mode::Normal);
        assert_eq!(launch.mastery.as_deref(), Some("0.7"));
        assert_eq!(launch.parameters.as_deref(), Some("#/play/s"));
        assert_eq!(launch.return_url.as_deref(), Some("https://lms.example.com/back"));
        assert!(matches!(Launch::read("{", REGISTRATION, "https://x/y", DATA), Err(LaunchError::NotJson { .. })));
        assert!(Launch::read(ACTOR, "not-a-uuid", "https://x/y", DATA).is_err());
        assert!(Launch::read(ACTOR, REGISTRATION, "no scheme", DATA).is_err());
        assert!(Launch::read(ACTOR, REGISTRATION, "https://x/y", r#"{"launchMode":"Fast"}"#).is_err());
        assert!(Launch::read(ACTOR, REGISTRATION, "https://x/y", r#"{"masteryScore":2}"#).is_err());
    }

    #[test]
    fn the_context_template_is_kept_and_added_to() {
        let launch = Launch::read(ACTOR, REGISTRATION, "https://lms.example.com/au/1", DATA).expect("valid launch");
        let context = context(&launch, &[CMI5_CATEGORY], Some("https://lms.example.com/au/1")).write();
        assert_eq!(
            context,
            concat!(
                r#"{"contextActivities":{"grouping":[{"id":"urn:judgement-call:scenario:s"}],"#,
                r#""category":[{"id":"https://w3id.org/xapi/cmi5/context/categories/cmi5"}],"#,
                r#""parent":[{"id":"https://lms.example.com/au/1"}]},"#,
                r#""extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"abc"},"#,
                r#""registration":"760e3480-ba55-4991-94b0-01820dbd23a2"}"#
            )
        );
    }

    #[test]
    fn uuids_and_iris_are_recognised() {
        assert!(is_uuid(REGISTRATION));
        assert!(!is_uuid("760e3480ba55499194b001820dbd23a2"));
        assert!(is_iri("urn:uuid:760e3480"));
        assert!(!is_iri("https://a b"));
        assert!(!is_iri("/relative"));
    }
}
