//! Property tests: checking any text never panics, nor does playing whatever loads (nor
//! drawing its graph and transcript), and the compact playthrough encoding round-trips and
//! refuses garbage without panicking.

use proptest::prelude::{Just, Strategy, any, prop, prop_assert, prop_assert_eq, prop_oneof, proptest};
use proptest::sample::select;

use engine::scenario::{DecisionKind, Scenario, StateKind, Value};
use engine::{self, Answer, Confidence, Playthrough, Response, Severity, Step, diagnostic, markdown};

/// Ids drawn from a small pool, so that references often resolve.
fn id() -> impl Strategy<Value = &'static str> {
    select(vec!["a", "b", "c", "s", "d", "e", "end", "load", "flag", "x-1"])
}

fn number() -> impl Strategy<Value = i64> {
    prop_oneof![0..10_i64, -200..200_i64, Just(i64::MAX), Just(i64::MIN)]
}

/// A condition from the grammar's pieces, often valid and sometimes not.
fn condition() -> impl Strategy<Value = String> {
    let op = select(vec!["<", "<=", ">", ">=", "==", "!=", "=", ""]);
    let test = prop_oneof![
        (id(), op, number()).prop_map(|(i, o, n)| format!("{i} {o} {n}")),
        id().prop_map(str::to_string),
        (id(), id()).prop_map(|(d, o)| format!("chose {d}.{o}")),
        (id(), select(vec!["true", "false"])).prop_map(|(i, b)| format!("{i} == {b}")),
    ];
    test.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} or {b}")),
            inner.clone().prop_map(|a| format!("not {a}")),
            inner.prop_map(|a| format!("({a})")),
        ]
    })
}

/// One line of a plausible shape: what authors write, with random ids, numbers and conditions.
fn line() -> impl Strategy<Value = String> {
    let kind = select(vec!["pick", "rate", "rank", "considerations", "pivot", "vote"]);
    let indent = select(vec!["", "  ", "    "]);
    let shape = prop_oneof![
        Just("id: p".to_string()),
        Just("title: P".to_string()),
        id().prop_map(|i| format!("start: {i}")),
        id().prop_map(|i| format!("rater {i}: R")),
        id().prop_map(|i| format!("dimension {i}: D")),
        (id(), number(), number(), number()).prop_map(|(i, l, h, v)| format!("state {i}: number {l}..{h} = {v} \"L\"")),
        (id(), any::<bool>()).prop_map(|(i, b)| format!("state {i}: flag = {b}")),
        id().prop_map(|i| format!("== scene {i}")),
        (id(), kind).prop_map(|(i, k)| format!("== decision {i} ({k})")),
        id().prop_map(|i| format!("== ending {i}")),
        id().prop_map(|i| format!("* {i}: Option text")),
        (id(), id(), id(), 0..9_i64).prop_map(|(a, b, c, n)| format!("ratings: {a} {n}, {b} 5, {c} 6")),
        (id(), number()).prop_map(|(i, n)| format!("evidence: {i} +0.{}", n.unsigned_abs() % 10)),
        (id(), select(vec!["+", "-", "="]), number(), 0..4_u32)
            .prop_map(|(i, o, n, d)| format!("effect: {i} {o} {n} after {d} hidden")),
        (id(), select(vec!["true", "false"])).prop_map(|(i, b)| format!("effect: {i} = {b}")),
        number().prop_map(|n| format!("weight: {n}")),
        Just("ask: What now?".to_string()),
        Just("confidence:".to_string()),
        Just("title: An ending".to_string()),
        condition().prop_map(|c| format!("when: {c}")),
        id().prop_map(|i| format!("-> {i}")),
        (id(), condition()).prop_map(|(i, c)| format!("-> {i} if {c}")),
        condition().prop_map(|c| format!("[if {c}] Sometimes shown.")),
        Just("Prose with *emphasis*, **strong** and [a link](https://example.com).".to_string()),
        Just("- a list item".to_string()),
        Just("> a quotation".to_string()),
        Just("// a comment".to_string()),
        Just(String::new()),
        "[ -~]{0,20}",
    ];
    (indent, shape).prop_map(|(indent, shape)| format!("{indent}{shape}"))
}

/// The header of every generated valid scenario.
const VALID_HEADER: &str = "id: gen\ntitle: Generated\nrater a: A\nrater b: B\nrater c: C\ndimension j: J\nstate load: number 0..100 = 50\nstate flagged: flag\n";

/// A condition over the generated header's state that always resolves.
fn valid_condition() -> impl Strategy<Value = String> {
    let test = prop_oneof![
        (select(vec!["<", "<=", ">", ">=", "==", "!="]), 0..=100_i64).prop_map(|(o, n)| format!("load {o} {n}")),
        Just("flagged".to_string()),
        Just("flagged == false".to_string()),
    ];
    test.prop_recursive(2, 8, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("{a} and {b}")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} or {b})")),
            inner.prop_map(|a| format!("not {a}")),
        ]
    })
}

/// Routes to blocks `b0`…`b{n-1}` or `end`, the last without a condition.
fn valid_routes(n: usize, indent: &'static str) -> impl Strategy<Value = String> {
    let target = prop_oneof![(0..n).prop_map(|i| format!("b{i}")), Just("end".to_string())];
    (prop::collection::vec((target.clone(), valid_condition()), 0..3), target).prop_map(move |(conditional, last)| {
        let mut out: String = conditional.iter().map(|(t, c)| format!("{indent}-> {t} if {c}\n")).collect();
        out.push_str(&format!("{indent}-> {last}\n"));
        out
    })
}

/// One option of a pick decision, with ratings and maybe effects and routes.
fn valid_option(n: usize) -> impl Strategy<Value = String> {
    let effect = prop_oneof![
        (select(vec!["+", "-", "="]), 0..=100_i64, 0..3_u32, any::<bool>()).prop_map(|(o, v, after, hidden)| {
            let after = if after > 0 { format!(" after {after}") } else { String::new() };
            format!("  effect: load {o} {v}{after}{}\n", if hidden { " hidden" } else { "" })
        }),
        any::<bool>().prop_map(|b| format!("  effect: flagged = {b}\n")),
    ];
    (1..=7_u8, prop::collection::vec(effect, 0..3), prop::option::of(valid_routes(n, "  "))).prop_map(
        |(rating, effects, routes)| {
            format!(
                "  ratings: a {rating}, b 4, c 5\n  evidence: j +0.5\n{}{}",
                effects.concat(),
                routes.unwrap_or_default()
            )
        },
    )
}

/// A scene, a decision of any kind or an ending, to be given the id `b{index}`.
fn valid_block(n: usize) -> impl Strategy<Value = String> {
    let scene = (prop::option::of(valid_condition()), valid_routes(n, "")).prop_map(|(condition, routes)| {
        let cue = condition.map(|c| format!("[if {c}] A cue.\n")).unwrap_or_default();
        format!("== scene {{id}}\nSome *prose*.\n{cue}{routes}")
    });
    let pick = (prop::collection::vec(valid_option(n), 2..5), any::<bool>(), valid_routes(n, "")).prop_map(
        |(options, confidence, routes)| {
            let options: String = options.iter().enumerate().map(|(i, o)| format!("* o{i}: Option {i}\n{o}")).collect();
            let confidence = if confidence { "confidence:\n" } else { "" };
            format!("== decision {{id}}\nask: Which?\n{confidence}{options}{routes}")
        },
    );
    let ordered = (select(vec!["rate", "rank"]), 2..6_usize, valid_routes(n, "")).prop_map(|(kind, count, routes)| {
        let options: String = (0..count).map(|i| format!("* o{i}: Option {i}\n  ratings: a 3, b 4, c 5\n")).collect();
        format!("== decision {{id}} ({kind})\nask: How good?\n{options}{routes}")
    });
    let checklist = (select(vec!["considerations", "pivot"]), prop::collection::vec(1..5_i32, 1..4), valid_routes(n, ""))
        .prop_map(|(kind, weights, routes)| {
            let penalty: i32 = weights.iter().sum();
            let items: String = weights.iter().enumerate().map(|(i, w)| format!("* i{i}: Item {i}\n  weight: +{w}\n")).collect();
            format!("== decision {{id}} ({kind})\nask: What matters?\n{items}* distractor: Noise.\n  weight: -{penalty}\n{routes}")
        });
    let ending = prop::option::of(valid_condition()).prop_map(|when| {
        let when = when.map(|c| format!("when: {c}\n")).unwrap_or_default();
        format!("== ending {{id}}\ntitle: An ending\n{when}The end.\n")
    });
    prop_oneof![scene, pick, ordered, checklist, ending]
}

/// A whole scenario that should load: a header, blocks `b0`…, and a last ending without `when:`.
pub(crate) fn valid_scenario() -> impl Strategy<Value = String> {
    (1..8_usize).prop_flat_map(|n| prop::collection::vec(valid_block(n + 1), n)).prop_map(|blocks| {
        let mut source = VALID_HEADER.to_string();
        for (i, block) in blocks.iter().enumerate() {
            source.push_str(&block.replace("{id}", &format!("b{i}")));
        }
        source.push_str(&format!("== ending b{}\ntitle: The last ending\n", blocks.len()));
        source
    })
}

/// A response that fits the decision, shaped by `seed` bytes.
pub(crate) fn fitting(decision: &engine::scenario::Decision, order: &[usize], seed: u8) -> Response {
    let n = decision.options.len();
    let s = usize::from(seed);
    let answer = match decision.kind {
        DecisionKind::Pick => Answer::Pick(order.get(s % n.max(1)).copied().unwrap_or(0)),
        DecisionKind::Rate => Answer::Rate((0..n).map(|i| ((s + i) % 7 + 1) as u8).collect()),
        DecisionKind::Rank => Answer::Rank(order.iter().rev().copied().collect()),
        DecisionKind::Considerations | DecisionKind::Pivot => {
            Answer::Tick((0..n).map(|i| (s >> (i % 8)) & 1 == 1).collect())
        }
    };
    Response::new(answer, decision.confidence.as_ref().map(|_| Confidence::ALL[s % 3]))
}

/// Plays a scenario with responses shaped by `seeds`, trying a misfit before each, and checks
/// that the playthrough's encoding replays to the same place.
fn play_through(scenario: &Scenario, seeds: &[u8]) {
    let mut playthrough = Playthrough::new(scenario, u64::from(seeds.first().copied().unwrap_or(0)));
    for &seed in seeds {
        let Ok(position) = engine::replay(scenario, &playthrough) else { return };
        let Step::Decide { decision, order } = position.step else { break };
        let _ = engine::respond(scenario, &playthrough, Response::new(Answer::Pick(usize::from(seed) + 100), None));
        match engine::respond(scenario, &playthrough, fitting(decision, &order, seed)) {
            Ok(next) => playthrough = next,
            Err(_) => return,
        }
    }
    let decoded = Playthrough::decode(&playthrough.encode()).expect("an encoded playthrough decodes");
    assert_eq!(decoded, playthrough);
    // Whatever happened, state stayed in range and every effect landed no earlier than its cause.
    let Ok(position) = engine::replay(scenario, &playthrough) else { return };
    assert_eq!(position.history.len(), playthrough.responses.len());
    for (var, value) in scenario.states().iter().zip(&position.state) {
        if let (StateKind::Number { low, high }, Value::Number(n)) = (var.kind, value) {
            assert!((low..=high).contains(n), "{} = {n}", var.id);
        }
    }
    for effect in &position.effects {
        assert!(effect.landed >= effect.cause.response && effect.landed < position.history.len());
    }
    // What the engine accepted, the report can always write out and draw.
    let transcript = report::transcript(scenario, &playthrough).expect("an accepted playthrough has a transcript");
    assert!(transcript.contains("Overall score: "));
    assert!(report::graph::dot(scenario).ends_with("}\n"));
    assert!(report::graph::mermaid(scenario).starts_with("flowchart TD\n"));
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        any::<usize>().prop_map(Answer::Pick),
        prop::collection::vec(1..=7_u8, 0..12).prop_map(Answer::Rate),
        prop::collection::vec(0..40_usize, 0..40).prop_map(Answer::Rank),
        prop::collection::vec(any::<usize>(), 0..4).prop_map(Answer::Rank),
        prop::collection::vec(any::<bool>(), 0..20).prop_map(Answer::Tick),
    ]
}

fn playthrough() -> impl Strategy<Value = Playthrough> {
    let response =
        (answer(), prop::option::of(select(Confidence::ALL.to_vec()))).prop_map(|(a, c)| Response::new(a, c));
    ("[a-zA-Z0-9_-]{1,20}", any::<u32>(), any::<u64>(), prop::collection::vec(response, 0..30))
        .prop_map(|(scenario, hash, seed, responses)| Playthrough { scenario, hash, seed, responses })
}

proptest! {
    #[test]
    fn checking_any_text_never_panics(text in any::<String>()) {
        let _ = engine::check(&text);
    }

    #[test]
    fn checking_and_playing_lines_of_valid_shapes_never_panics(
        lines in prop::collection::vec(line(), 0..60),
        seeds in prop::collection::vec(any::<u8>(), 0..12),
    ) {
        let source = lines.join("\n");
        let (scenario, diagnostics) = engine::check(&source);
        for d in &diagnostics {
            prop_assert!(d.span.start <= d.span.end && d.span.end <= source.len(), "{d:?}");
        }
        if let Some(scenario) = scenario {
            play_through(&scenario, &seeds);
        }
    }

    #[test]
    fn generated_valid_scenarios_load_and_play_any_way(
        source in valid_scenario(),
        seeds in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        // Routes go anywhere, so a generated story may trap a learner in a loop: analysis
        // must then say so, and nothing else may be wrong.
        let stuck = [diagnostic::code::DEAD_END, diagnostic::code::ENDLESS_CYCLE];
        match engine::load(&source) {
            Ok(scenario) => play_through(&scenario, &seeds),
            Err(diagnostics) if diagnostics.iter().filter(|d| d.severity == Severity::Error).all(|d| stuck.contains(&d.code)) => {}
            Err(diagnostics) => panic!("{}", report::diagnostics("gen.scenario", &source, &diagnostics)),
        }
    }

    #[test]
    fn playing_the_annotated_example_any_way_never_panics(seeds in prop::collection::vec(any::<u8>(), 0..20)) {
        let scenario = engine::load(include_str!("fixtures/annotated-example.scenario")).expect("the example loads");
        play_through(&scenario, &seeds);
    }

    #[test]
    fn transcripts_of_any_responses_never_panic(mut playthrough in playthrough()) {
        let scenario = engine::load(include_str!("fixtures/annotated-example.scenario")).expect("the example loads");
        playthrough.scenario = scenario.meta.id.clone();
        playthrough.hash = scenario.hash;
        match report::transcript(&scenario, &playthrough) {
            Ok(text) => prop_assert!(text.contains("Overall score: ")),
            Err(error) => prop_assert!(!error.to_string().is_empty()),
        }
    }

    #[test]
    fn markdown_of_any_text_never_panics(lines in prop::collection::vec(any::<String>(), 0..8)) {
        let _ = markdown::chunks(lines.iter().map(String::as_str));
    }

    #[test]
    fn encoding_round_trips(playthrough in playthrough()) {
        let text = playthrough.encode();
        prop_assert_eq!(Playthrough::decode(&text), Ok(playthrough));
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let _ = Playthrough::decode(&text);
    }

    #[test]
    fn decoding_near_misses_never_panics(text in "jc[0-9] [a-z-]{0,5} [0-9a-fz]{0,9} [0-9a-f]{0,17}( [prktc0-9A-Z_.]{0,30}){0,2}") {
        let _ = Playthrough::decode(&text);
    }
}

#[test]
fn a_long_playthrough_encodes_well_under_a_kilobyte() {
    // Twenty decisions of six options, each answered in its longest form, with confidence.
    let responses: Vec<Response> = (0..20)
        .map(|i| {
            let answer = match i % 3 {
                0 => Answer::Rank(vec![5, 4, 3, 2, 1, 0]),
                1 => Answer::Rate(vec![7, 6, 5, 4, 3, 2]),
                _ => Answer::Tick(vec![true; 6]),
            };
            Response::new(answer, Some(Confidence::Sure))
        })
        .collect();
    let playthrough = Playthrough {
        scenario: "a-rather-long-scenario-identifier-for-testing".into(),
        hash: u32::MAX,
        seed: u64::MAX,
        responses,
    };
    let text = playthrough.encode();
    assert!(text.len() < 400, "{} bytes: {text}", text.len());
}

proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// A random walk on any built-in scenario ends within as many responses as the scenario
    /// has blocks, every item score and the overall score stay in range, and its encoded log
    /// stays under a kilobyte.
    #[test]
    fn random_walks_on_the_library_end_in_range(seeds in prop::collection::vec(any::<u8>(), 64)) {
        for entry in library::ENTRIES {
            let scenario = engine::load(entry.source).expect("built-in scenarios load");
            let mut playthrough = Playthrough::new(&scenario, u64::from(seeds[0]));
            let mut ended = false;
            for &seed in seeds.iter().cycle().take(scenario.nodes().len()) {
                let position = engine::replay(&scenario, &playthrough).expect("replays");
                let Step::Decide { decision, order } = position.step else { ended = true; break };
                let response = fitting(decision, &order, seed);
                let item = engine::score::item(decision, &response);
                prop_assert!((0.0..=1.0).contains(&item), "{}: item score {item}", entry.file);
                playthrough = engine::respond(&scenario, &playthrough, response).expect("a fitting response is taken");
            }
            let position = engine::replay(&scenario, &playthrough).expect("replays");
            prop_assert!(ended || matches!(position.step, Step::End(_)), "{} did not end within {} responses", entry.file, scenario.nodes().len());
            let overall = engine::score::overall(&scenario, &position.history);
            prop_assert!((0.0..=100.0).contains(&overall), "{}: overall {overall}", entry.file);
            prop_assert!(playthrough.encode().len() < 1024);
        }
    }
}
