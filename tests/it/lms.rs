//! The LMS mapping on real scenarios: the exact SCORM 1.2 and 2004 values of a known
//! playthrough, the journaling of interactions, cmi5's statement sequence, and every
//! built-in scenario played by the bots staying within the standards' strict limits.

use codec::json::Json;
use engine::analyse::{self, Analysis};
use engine::bot::{self, Bot};
use engine::scorecard;
use engine::{self, Playthrough, Response, Scenario};
use library::ENTRIES;
use lms::cmi5::{self, Launch, Mode, Sent, Verb};
use lms::{Limit, Record, Timestamp, Timing, Visit, record, scorm12, scorm2004};

const FIRST_CALL: &str = include_str!("fixtures/first-call.scenario");

/// 2026-11-21T10:00:00Z.
const T0: i64 = 1_795_255_200_000;

fn study(source: &str) -> (Scenario, Analysis) {
    let scenario = engine::load(source).expect("the scenario loads");
    let analysis = analyse::analyse(&scenario);
    (scenario, analysis)
}

fn record_of(scenario: &Scenario, analysis: &Analysis, responses: Vec<Response>) -> Record {
    let mut playthrough = Playthrough::new(scenario, 1);
    playthrough.responses = responses;
    let card = scorecard::score(scenario, analysis, &playthrough).expect("the playthrough replays");
    record(scenario, &playthrough, &card).expect("the playthrough replays")
}

/// One response every 20 seconds, each shown 12.5 seconds before it was answered.
fn timings(count: usize) -> Vec<Option<Timing>> {
    (0..count)
        .map(|i| {
            let answered = T0 + 20_000 * (i as i64 + 1);
            Some(Timing { shown: Timestamp(answered - 12_500), answered: Timestamp(answered) })
        })
        .collect()
}

fn visit(timings: &[Option<Timing>]) -> Visit<'_> {
    Visit { started: Timestamp(T0), now: Timestamp(T0 + 65_430), offset: 60, timings }
}

fn lines(pairs: &[(String, String)]) -> String {
    pairs.iter().map(|(e, v)| format!("{e} = {v}\n")).collect()
}

#[test]
fn scorm_12_records_a_finished_playthrough_element_by_element() {
    let (scenario, analysis) = study(FIRST_CALL);
    let record = record_of(&scenario, &analysis, vec![Response::pick(1)]);
    let timings = timings(1);
    let values = scorm12::values(&record, &visit(&timings), 0).expect("within the limits");
    let expected = format!(
        "cmi.core.lesson_location = first-call/scramble
cmi.suspend_data = jc1 first-call {:08x} 1 p1
cmi.interactions.0.id = first-call.first-move
cmi.interactions.0.type = choice
cmi.interactions.0.time = 11:00:20
cmi.interactions.0.weighting = 1
cmi.interactions.0.student_response = b
cmi.interactions.0.correct_responses.0.pattern = a
cmi.interactions.0.result = 0
cmi.interactions.0.latency = 0000:00:12.50
cmi.core.score.min = 0
cmi.core.score.max = 100
cmi.core.score.raw = 0
cmi.core.lesson_status = failed
cmi.core.exit = 
cmi.core.session_time = 0000:01:05.43
",
        scenario.hash
    );
    assert_eq!(lines(&values), expected);
}

#[test]
fn scorm_2004_records_a_finished_playthrough_element_by_element() {
    let (scenario, analysis) = study(FIRST_CALL);
    let record = record_of(&scenario, &analysis, vec![Response::pick(0)]);
    let timings = timings(1);
    let values = scorm2004::values(&record, &visit(&timings), 0).expect("within the limits");
    let expected = format!(
        "cmi.location = first-call/ready
cmi.suspend_data = jc1 first-call {:08x} 1 p0
cmi.interactions.0.id = urn:judgement-call:first-call:decision:first-move
cmi.interactions.0.type = choice
cmi.interactions.0.timestamp = 2026-11-21T10:00:20.00Z
cmi.interactions.0.weighting = 1
cmi.interactions.0.learner_response = call-maya
cmi.interactions.0.correct_responses.0.pattern = call-maya
cmi.interactions.0.result = 1
cmi.interactions.0.latency = PT12.5S
cmi.interactions.0.description = What do you do first?
cmi.objectives.0.id = urn:judgement-call:first-call:dimension:judgement
cmi.objectives.0.description = Decision quality
cmi.objectives.0.score.scaled = {}
cmi.objectives.0.success_status = unknown
cmi.score.scaled = 1
cmi.score.raw = 100
cmi.score.min = 0
cmi.score.max = 100
cmi.completion_status = completed
cmi.success_status = passed
cmi.exit = normal
cmi.session_time = PT1M5.43S
",
        scenario.hash,
        codec::decimal(record.competencies[0].value, 4)
    );
    assert_eq!(lines(&values), expected);
}

#[test]
fn an_unfinished_playthrough_suspends_without_a_score() {
    let (scenario, analysis) = study(FIRST_CALL);
    let record = record_of(&scenario, &analysis, Vec::new());
    let values = scorm12::values(&record, &visit(&[]), 0).expect("within the limits");
    let get = |e: &str| values.iter().find(|(k, _)| k == e).map(|(_, v)| v.as_str());
    assert_eq!(get("cmi.core.lesson_status"), Some("incomplete"));
    assert_eq!(get("cmi.core.exit"), Some("suspend"));
    assert_eq!(get("cmi.core.score.raw"), None);
    assert_eq!(get("cmi.core.lesson_location"), Some("first-call/first-move"));
    let values = scorm2004::values(&record, &visit(&[]), 0).expect("within the limits");
    let get = |e: &str| values.iter().find(|(k, _)| k == e).map(|(_, v)| v.as_str());
    assert_eq!(get("cmi.completion_status"), Some("incomplete"));
    assert_eq!(get("cmi.success_status"), Some("unknown"));
    assert_eq!(get("cmi.exit"), Some("suspend"));
    assert_eq!(get("cmi.score.scaled"), None);
}

#[test]
fn interactions_already_recorded_are_not_written_again() {
    let entry = ENTRIES.iter().find(|e| e.source.contains("confidence:")).expect("a scenario that asks for confidence");
    let (scenario, analysis) = study(entry.source);
    let answers: Vec<Response> =
        bot::play(&scenario, &analysis, Bot::Expert, 0).into_iter().map(|a| a.response).collect();
    let record = record_of(&scenario, &analysis, answers);
    let total = record.interactions().len();
    assert!(total > record.items.len(), "confidence is an interaction of its own");
    let ids = |values: &[(String, String)]| -> Vec<String> {
        values
            .iter()
            .filter(|(e, _)| e.ends_with(".id") && e.starts_with("cmi.interactions."))
            .map(|(e, _)| e.clone())
            .collect()
    };
    let all = scorm12::values(&record, &visit(&[]), 0).expect("within the limits");
    assert_eq!(ids(&all).len(), total);
    let rest = scorm2004::values(&record, &visit(&[]), total - 1).expect("within the limits");
    assert_eq!(ids(&rest), [format!("cmi.interactions.{}.id", total - 1)]);
    assert!(
        rest.iter().any(|(e, v)| e.ends_with(".type") && v == "likert")
            || rest.iter().any(|(e, _)| e.contains("objectives"))
    );
    let none = scorm12::values(&record, &visit(&[]), total + 3).expect("within the limits");
    assert!(ids(&none).is_empty());
}

#[test]
fn a_value_over_a_limit_is_an_error_not_a_write() {
    let (scenario, analysis) = study(FIRST_CALL);
    let mut record = record_of(&scenario, &analysis, Vec::new());
    record.log = format!("jc1 {}", "x".repeat(4100));
    let error = scorm12::values(&record, &visit(&[]), 0).expect_err("too long for SCORM 1.2");
    assert_eq!(error.element, "cmi.suspend_data");
    assert!(matches!(error.limit, Limit::Length { max: 4096, .. }));
    assert!(scorm2004::values(&record, &visit(&[]), 0).is_ok(), "2004 holds 64,000 characters");
    record.scenario = "première".to_string();
    let mut played = record_of(&scenario, &analysis, vec![Response::pick(0)]);
    played.scenario = "première".to_string();
    let error = scorm12::values(&played, &visit(&[]), 0).expect_err("not an ASCII identifier");
    assert_eq!(error.element, "cmi.interactions.0.id");
    // 2039: past SCORM 2004's years.
    let late = [Some(Timing { shown: Timestamp(2_177_452_800_000), answered: Timestamp(2_177_452_801_000) })];
    let played = record_of(&scenario, &analysis, vec![Response::pick(0)]);
    let error = scorm2004::values(&played, &visit(&late), 0).expect_err("a timestamp after 2038");
    assert!(matches!(error.limit, Limit::Range(_)));
}

const ACTOR: &str = r#"{"objectType":"Agent","account":{"homePage":"https://lms.example.com","name":"42"}}"#;
const REGISTRATION: &str = "760e3480-ba55-4991-94b0-01820dbd23a2";
const ACTIVITY: &str = "https://lms.example.com/activities/first-call";

fn launch(data: &str) -> Launch {
    Launch::read(ACTOR, REGISTRATION, ACTIVITY, data).expect("a valid launch")
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0u32;
    move || {
        n += 1;
        format!("00000000-0000-4000-8000-{n:012}")
    }
}

#[test]
fn cmi5_sends_initialized_answers_verdict_and_terminated_in_order() {
    let (scenario, analysis) = study(FIRST_CALL);
    let data = r#"{"contextTemplate":{"extensions":{"https://w3id.org/xapi/cmi5/context/extensions/sessionid":"s1"}},"launchMode":"Normal","masteryScore":0.7}"#;
    let launch = launch(data);
    let mut ids = counter();
    let fresh = record_of(&scenario, &analysis, Vec::new());
    let first = cmi5::statements(&launch, &fresh, &visit(&[]), Sent::default(), false, &mut ids).expect("valid");
    assert_eq!(first.iter().map(|s| s.verb).collect::<Vec<_>>(), [Verb::Initialized]);
    let sent = Sent::default().after(&first);

    let done = record_of(&scenario, &analysis, vec![Response::pick(0)]);
    let timings = timings(1);
    let rest = cmi5::statements(&launch, &done, &visit(&timings), sent, true, &mut ids).expect("valid");
    let verbs: Vec<Verb> = rest.iter().map(|s| s.verb).collect();
    assert_eq!(verbs, [Verb::Answered, Verb::Completed, Verb::Passed, Verb::Terminated]);
    for statement in first.iter().chain(&rest) {
        let body = Json::parse(&statement.body).expect("every body is JSON");
        assert_eq!(body.get("id").and_then(Json::as_str), Some(statement.id.as_str()));
        let context = body.get("context").expect("a context");
        assert_eq!(context.get("registration").and_then(Json::as_str), Some(REGISTRATION));
        let session_id =
            context.get("extensions").and_then(|e| e.get("https://w3id.org/xapi/cmi5/context/extensions/sessionid"));
        assert_eq!(session_id.and_then(Json::as_str), Some("s1"), "the template is kept");
        let categories =
            context.get("contextActivities").and_then(|a| a.get("category")).map(Json::write).unwrap_or_default();
        let cmi5_defined = statement.verb != Verb::Answered;
        assert_eq!(categories.contains(cmi5::CMI5_CATEGORY), cmi5_defined, "{}", statement.body);
        let object = body.get("object").and_then(|o| o.get("id")).and_then(Json::as_str).unwrap_or_default();
        assert_eq!(object == ACTIVITY, cmi5_defined, "cmi5-defined statements are about the unit itself");
    }
    let answered = Json::parse(&rest[0].body).expect("JSON");
    let result = answered.get("result").expect("a result");
    assert_eq!(result.get("response").and_then(Json::as_str), Some("call-maya"));
    assert_eq!(result.get("duration").and_then(Json::as_str), Some("PT12.5S"));
    let competencies = result.get("extensions").and_then(|e| e.get(cmi5::COMPETENCIES)).map(Json::write);
    assert_eq!(competencies.as_deref(), Some(r#"{"judgement":1}"#));
    let definition = answered.get("object").and_then(|o| o.get("definition")).expect("a definition");
    assert_eq!(definition.get("interactionType").and_then(Json::as_str), Some("choice"));
    assert_eq!(definition.get("correctResponsesPattern").map(Json::write).as_deref(), Some(r#"["call-maya"]"#));
    let passed = Json::parse(&rest[2].body).expect("JSON");
    let mastery = passed.get("context").and_then(|c| c.get("extensions")).and_then(|e| e.get(cmi5::MASTERY_SCORE));
    assert_eq!(mastery.map(Json::write).as_deref(), Some("0.7"));
    assert_eq!(
        passed.get("result").and_then(|r| r.get("score")).map(Json::write).as_deref(),
        Some(r#"{"scaled":1,"raw":100,"min":0,"max":100}"#)
    );

    let after = sent.after(&rest);
    assert!(after.terminated && after.judged && after.completed && after.answered == 1);
    let more = cmi5::statements(&launch, &done, &visit(&timings), after, true, &mut ids).expect("valid");
    assert!(more.is_empty(), "nothing is sent after terminated");
}

#[test]
fn cmi5_judges_by_the_lms_mastery_score_and_sends_only_bookends_when_browsing() {
    let (scenario, analysis) = study(FIRST_CALL);
    let done = record_of(&scenario, &analysis, vec![Response::pick(0)]);
    let strict = launch(r#"{"contextTemplate":{},"launchMode":"Normal","masteryScore":1.0}"#);
    let verbs = |launch: &Launch, record: &Record| -> Vec<Verb> {
        cmi5::statements(launch, record, &visit(&[]), Sent::default(), true, &mut counter())
            .expect("valid")
            .iter()
            .map(|s| s.verb)
            .collect()
    };
    assert!(verbs(&strict, &done).contains(&Verb::Passed), "100 reaches a mastery of 1.0");
    let failed = record_of(&scenario, &analysis, vec![Response::pick(1)]);
    assert!(verbs(&strict, &failed).contains(&Verb::Failed));
    let browse = launch(r#"{"contextTemplate":{},"launchMode":"Browse"}"#);
    assert_eq!(browse.mode, Mode::Browse);
    assert_eq!(verbs(&browse, &done), [Verb::Initialized, Verb::Terminated]);
    let bad = cmi5::statements(&strict, &done, &visit(&[]), Sent::default(), false, &mut || "42".to_string());
    assert!(bad.is_err(), "statement ids must be UUIDs");
}

#[test]
fn every_built_in_scenario_stays_within_the_strict_limits_of_every_standard() {
    let launch = launch(r#"{"contextTemplate":{},"launchMode":"Normal"}"#);
    for entry in ENTRIES {
        let (scenario, analysis) = study(entry.source);
        for (bot, seed) in [(Bot::Expert, 0), (Bot::Random, 1), (Bot::Random, 2), (Bot::First, 3), (Bot::Cautious, 4)] {
            let answers: Vec<Response> =
                bot::play(&scenario, &analysis, bot, seed).into_iter().map(|a| a.response).collect();
            // Halfway (suspended) and at the end.
            for count in [answers.len() / 2, answers.len()] {
                let record = record_of(&scenario, &analysis, answers[..count].to_vec());
                let timings = timings(count);
                let visit = visit(&timings);
                let name = format!("{} by {} ({count} responses)", entry.file, bot);
                assert!(
                    record.log.len() <= 1024,
                    "{name}: the log is {} bytes, over the 1 KB budget",
                    record.log.len()
                );
                scorm12::values(&record, &visit, 0).unwrap_or_else(|e| panic!("{name}: {e}"));
                scorm2004::values(&record, &visit, 0).unwrap_or_else(|e| panic!("{name}: {e}"));
                let statements = cmi5::statements(&launch, &record, &visit, Sent::default(), true, &mut counter())
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                for statement in statements {
                    Json::parse(&statement.body).unwrap_or_else(|e| panic!("{name}: {e}"));
                }
            }
        }
    }
}
