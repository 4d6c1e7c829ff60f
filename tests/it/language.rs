//! One test per construct of the scenario language (docs/scenario-language.md): a small
//! scenario in, the resulting model or the way it plays checked.

use engine::condition::{Condition, Op};
use engine::markdown::{Chunk, Inline};
use engine::scenario::{
    Change, DEFAULT_CONFIDENCE_PROMPT, DEFAULT_RATIONALE_PROMPT, DecisionKind, Level, Move, NodeId, NodeKind, Scenario,
    StateKind, Target, Value,
};
use engine::{self, Answer, Confidence, PlayError, Playthrough, Position, Response, Step};

/// The header every test scenario starts with: an id, a title and a panel of three raters.
const HEAD: &str = "id: t\ntitle: T\nrater a: Ann\nrater b: Bo\nrater c: Cy\n";

/// The ratings line every option needs.
const RATED: &str = "  ratings: a 5, b 6, c 4\n";

/// Loads `HEAD` + `body`, failing the test with every diagnostic when it does not load.
fn load(body: &str) -> Scenario {
    let source = format!("{HEAD}{body}");
    match engine::load(&source) {
        Ok(scenario) => scenario,
        Err(diagnostics) => panic!("{}", report::diagnostics("test.scenario", &source, &diagnostics)),
    }
}

/// The codes of every diagnostic for `HEAD` + `body`.
fn codes(body: &str) -> Vec<&'static str> {
    engine::check(&format!("{HEAD}{body}")).1.iter().map(|d| d.code).collect()
}

/// Plays responses from the start, failing the test when one is refused.
fn play<'a>(scenario: &'a Scenario, responses: &[Response]) -> Position<'a> {
    let mut playthrough = Playthrough::new(scenario, 7);
    for response in responses {
        playthrough = engine::respond(scenario, &playthrough, response.clone()).expect("the response fits");
    }
    engine::replay(scenario, &playthrough).expect("replays")
}

fn pick(i: usize) -> Response {
    Response::pick(i)
}

/// The id of the node a position stands at.
fn at<'a>(scenario: &'a Scenario, position: &Position) -> &'a str {
    &scenario.node(position.node).id
}

/// The visible prose of a position's passage, as plain text per chunk.
fn shown(position: &Position) -> Vec<String> {
    position
        .passage
        .iter()
        .flat_map(|p| p.prose.iter())
        .map(|chunk| match chunk {
            Chunk::Paragraph(inlines) => engine::markdown::plain(inlines),
            Chunk::List(items) | Chunk::Quote(items) => {
                items.iter().map(|i| engine::markdown::plain(i)).collect::<Vec<_>>().join(" | ")
            }
        })
        .collect()
}

fn text(s: &str) -> Inline {
    Inline::Text(s.to_string())
}

/// A two-option pick decision `d` whose options lead to endings `x` and `y`.
const PICK_TO_ENDINGS: &str = "== decision d\nask: Which?\n* one: One\n  ratings: a 5, b 6, c 4\n  -> x\n* two: Two\n  ratings: a 5, b 6, c 4\n  -> y\n== ending x\ntitle: X\n== ending y\ntitle: Y\n";

// Lines.

#[test]
fn comments_are_ignored_anywhere() {
    let scenario = load(
        "// before\n== scene s\n// inside a block\nHello.\n-> d\n== decision d\nask: Which?\n* one: One\n  // inside an option\n  ratings: a 5, b 6, c 4\n  -> e\n* two: Two\n  ratings: a 5, b 6, c 4\n  -> e\n== ending e\ntitle: E\n",
    );
    assert_eq!(shown(&play(&scenario, &[])), ["Hello."]);
}

#[test]
fn blocks_are_scenes_decisions_and_endings_in_file_order() {
    let scenario = load(&format!("== scene s\n-> d\n{PICK_TO_ENDINGS}"));
    let kinds: Vec<&str> = scenario
        .nodes()
        .map(|(_, n)| match n.kind {
            NodeKind::Scene { .. } => "scene",
            NodeKind::Decision(_) => "decision",
            NodeKind::Ending(_) => "ending",
        })
        .collect();
    assert_eq!(kinds, ["scene", "decision", "ending", "ending"]);
    assert_eq!(scenario.node(NodeId::new(0)).id, "s");
}

#[test]
fn ids_use_letters_digits_dashes_and_underscores_in_separate_namespaces() {
    // A state, a dimension, a rater and a block may share an id; two blocks may not.
    let scenario =
        load("dimension x_1: X\nstate x_1: flag\n== scene x_1\n-> Ünïcode-2\n== ending Ünïcode-2\ntitle: E\n");
    assert_eq!(scenario.node(NodeId::new(1)).id, "Ünïcode-2");
    assert_eq!(codes("== scene s\n-> s\n== ending s\ntitle: E\n"), ["duplicate-id"]);
    assert_eq!(codes("== scene s!\n-> e\n== ending e\ntitle: E\n"), ["missing-id"]);
}

#[test]
fn a_value_continues_on_lines_indented_deeper_than_its_key() {
    let scenario = load(
        "summary: One line\n  and the next.\n== decision d\nask: Which\n    one?\nreasoning: If A then B;\n    if not: C.\n* one: One\n  ratings: a 5, b 6, c 4\n  consequence: First\n    second.\n  -> e\n* two: Two\n  ratings: a 5, b 6, c 4\n  -> e\n== ending e\ntitle: E\n",
    );
    assert_eq!(scenario.meta.summary, "One line and the next.");
    let Some(d) = scenario.decision(NodeId::new(0)) else { panic!("a decision") };
    assert_eq!(d.ask, "Which one?");
    assert_eq!(d.reasoning, [Chunk::Paragraph(vec![text("If A then B; if not: C.")])]);
    assert_eq!(d.options[0].consequence, [Chunk::Paragraph(vec![text("First second.")])]);
}

// The header.

#[test]
fn header_metadata_is_read_with_defaults() {
    let scenario = load(
        "summary: S\nlevel: senior\nminutes: 15\nskills: stakeholders, timing\nseeds: a-seed, it-depends\nversion: 3\nlanguage: pt-BR\npass: 80\ngoal: Ship.\nstart: two\n== ending one\ntitle: One\n== ending two\ntitle: Two\n",
    );
    let meta = &scenario.meta;
    assert_eq!((meta.id.as_str(), meta.title.as_str(), meta.summary.as_str()), ("t", "T", "S"));
    assert_eq!(meta.level, Some(Level::Senior));
    assert_eq!(meta.minutes, Some(15));
    assert_eq!(meta.skills, ["stakeholders", "timing"]);
    assert_eq!(meta.seeds, ["a-seed", "it-depends"]);
    assert_eq!((meta.version, meta.language.as_str(), meta.pass, meta.goal.as_str()), (3, "pt-BR", 80, "Ship."));
    assert_eq!(scenario.start(), NodeId::new(1));

    let plain = load("== ending one\ntitle: One\n");
    assert_eq!((plain.meta.level, plain.meta.minutes, plain.meta.version), (None, None, 1));
    assert_eq!((plain.meta.language.as_str(), plain.meta.pass, plain.start()), ("en", 70, NodeId::new(0)));
}

#[test]
fn header_id_and_title_are_required() {
    let (_, diagnostics) = engine::check("summary: no id or title\n== ending e\ntitle: E\n");
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["the header needs `id: …`", "the header needs `title: …`"]);
}

#[test]
fn dimensions_are_declared_with_labels() {
    let scenario = load("dimension judgement: Decision quality\ndimension bare:\n== ending e\ntitle: E\n");
    let dims: Vec<(&str, &str)> = scenario.dimensions().iter().map(|d| (d.id.as_str(), d.label.as_str())).collect();
    assert_eq!(dims, [("judgement", "Decision quality"), ("bare", "bare")]);
}

#[test]
fn number_and_flag_states_are_declared_with_range_initial_value_and_label() {
    let scenario = load(
        "state load: number 0..100 = 40 \"Support load\"\nstate debt: number -10..10\nstate flagged: flag = true \"Behind a flag\"\nstate quiet: flag\n== ending e\ntitle: E\n",
    );
    let states: Vec<(&str, &str, StateKind, Value)> =
        scenario.states().iter().map(|s| (s.id.as_str(), s.label.as_str(), s.kind, s.initial)).collect();
    assert_eq!(
        states,
        [
            ("load", "Support load", StateKind::Number { low: 0, high: 100 }, Value::Number(40)),
            ("debt", "debt", StateKind::Number { low: -10, high: 10 }, Value::Number(-10)),
            ("flagged", "Behind a flag", StateKind::Flag, Value::Flag(true)),
            ("quiet", "quiet", StateKind::Flag, Value::Flag(false)),
        ]
    );
    assert_eq!(
        play(&scenario, &[]).state,
        [Value::Number(40), Value::Number(-10), Value::Flag(true), Value::Flag(false)]
    );
}

#[test]
fn raters_are_declared_with_descriptions() {
    let scenario = load("== ending e\ntitle: E\n");
    let raters: Vec<(&str, &str)> = scenario.raters().iter().map(|r| (r.id.as_str(), r.description.as_str())).collect();
    assert_eq!(raters, [("a", "Ann"), ("b", "Bo"), ("c", "Cy")]);
}

// Scenes and prose.

#[test]
fn a_scene_shows_its_prose_and_flows_on() {
    let scenario = load("== scene one\nFirst.\n-> two\n== scene two\nSecond.\n-> e\n== ending e\ntitle: E\nThe end.\n");
    let position = play(&scenario, &[]);
    assert_eq!(at(&scenario, &position), "e");
    assert_eq!(shown(&position), ["First.", "Second.", "The end."]);
    assert!(matches!(position.step, Step::End(ending) if ending.title == "E"));
}

#[test]
fn prose_is_a_markdown_subset() {
    let scenario = load(
        "== ending e\ntitle: E\nA *soft* and _soft_ and **strong** line\ncontinues here.\n\n- one\n- two\n\n> quoted\n\nSee [docs](https://example.com), [mail](mailto:a@b.c), not [this](javascript:x).\n<b>raw</b>\n",
    );
    let prose: Vec<&Chunk> = scenario.node(NodeId::new(0)).prose.iter().map(|p| &p.chunk).collect();
    assert_eq!(
        prose[0],
        &Chunk::Paragraph(vec![
            text("A "),
            Inline::Emphasis(vec![text("soft")]),
            text(" and "),
            Inline::Emphasis(vec![text("soft")]),
            text(" and "),
            Inline::Strong(vec![text("strong")]),
            text(" line continues here."),
        ])
    );
    assert_eq!(prose[1], &Chunk::List(vec![vec![text("one")], vec![text("two")]]));
    assert_eq!(prose[2], &Chunk::Quote(vec![vec![text("quoted")]]));
    assert_eq!(
        prose[3],
        &Chunk::Paragraph(vec![
            text("See "),
            Inline::Link { text: "docs".into(), href: "https://example.com".into() },
            text(", "),
            Inline::Link { text: "mail".into(), href: "mailto:a@b.c".into() },
            text(", not [this](javascript:x). <b>raw</b>"),
        ])
    );
}

#[test]
fn a_list_ends_at_the_first_line_no_deeper_than_its_dash() {
    // In a scene: a line indented past the `-` continues the item; one that is not is a paragraph.
    let scene = load(
        "== scene s\n- one item,\n  wrapped\n- two\nAfter the list.\n-> d\n\
         == decision d\nask: ?\nreasoning: It depends.\n    - If X, A;\n      wrapped.\n    - If Y, B.\n    Here X, so A.\n\
         * a: A\n  coaching: Because:\n      - one\n      Then more.\n  ratings: a 5, b 6, c 4\n* b: B\n  ratings: a 5, b 6, c 4\n-> e\n\
         == ending e\ntitle: E\n",
    );
    let prose: Vec<&Chunk> = scene.node(NodeId::new(0)).prose.iter().map(|p| &p.chunk).collect();
    assert_eq!(
        prose,
        [
            &Chunk::List(vec![vec![text("one item, wrapped")], vec![text("two")]]),
            &Chunk::Paragraph(vec![text("After the list.")]),
        ]
    );
    let (_, d) = scene.decisions().next().expect("a decision");
    assert_eq!(
        d.reasoning,
        [
            Chunk::Paragraph(vec![text("It depends.")]),
            Chunk::List(vec![vec![text("If X, A; wrapped.")], vec![text("If Y, B.")]]),
            Chunk::Paragraph(vec![text("Here X, so A.")]),
        ]
    );
    assert_eq!(
        d.options[0].coaching,
        [
            Chunk::Paragraph(vec![text("Because:")]),
            Chunk::List(vec![vec![text("one")]]),
            Chunk::Paragraph(vec![text("Then more.")]),
        ]
    );
}

#[test]
fn conditional_paragraphs_show_only_when_their_condition_holds() {
    let body = |load: u32| {
        format!(
            "state load: number 0..100 = {load}\n== scene s\nIt is Thursday.\n[if load > 60] The queue is long,\nand growing.\n[if load <= 60] - The queue is calm.\n\nMaya calls.\n-> e\n== ending e\ntitle: E\n"
        )
    };
    // A conditional paragraph runs on to the next blank line or `[if …]` line.
    let busy = load(&body(70));
    assert_eq!(shown(&play(&busy, &[])), ["It is Thursday.", "The queue is long, and growing.", "Maya calls."]);
    let calm = load(&body(10));
    assert_eq!(shown(&play(&calm, &[])), ["It is Thursday.", "The queue is calm.", "Maya calls."]);
    assert!(matches!(calm.node(NodeId::new(0)).prose[2].chunk, Chunk::List(_)));
    assert!(calm.node(NodeId::new(0)).prose[1].condition.is_some());
}

// Routes and conditions.

#[test]
fn routes_are_tried_in_order_and_the_first_that_holds_is_taken() {
    let body = |load: u32| {
        format!(
            "state load: number 0..100 = {load}\n== scene s\n-> high if load > 60\n-> mid if load > 30\n-> low\n== ending high\ntitle: H\n== ending mid\ntitle: M\n== ending low\ntitle: L\n"
        )
    };
    for (load_value, expected) in [(90, "high"), (50, "mid"), (10, "low")] {
        let scenario = load(&body(load_value));
        assert_eq!(at(&scenario, &play(&scenario, &[])), expected);
    }
}

#[test]
fn the_last_route_must_have_no_condition() {
    assert_eq!(codes("state f: flag\n== scene s\n-> e if f\n== ending e\ntitle: E\n"), ["missing-fallback"]);
    assert_eq!(codes("== scene s\n== ending e\ntitle: E\n"), ["missing-fallback"]);
}

#[test]
fn conditions_compare_numbers_with_every_operator() {
    let scenario = load(
        "state n: number 0..10 = 5\n== scene s\n-> e if n < 6 and n <= 5 and n > 4 and n >= 5 and n == 5 and n != 4\n-> f\n== ending e\ntitle: E\n== ending f\ntitle: F\n",
    );
    let NodeKind::Scene { routes } = &scenario.node(NodeId::new(0)).kind else { panic!("a scene") };
    let Some(Condition::All(parts)) = &routes[0].condition else { panic!("an and") };
    let ops: Vec<Op> = parts
        .iter()
        .map(|p| match p {
            Condition::Compare { op, .. } => *op,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(ops, [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne]);
    assert_eq!(at(&scenario, &play(&scenario, &[])), "e");
}

#[test]
fn conditions_test_flags_with_not_and_comparisons() {
    let scenario = load(
        "state on: flag = true\nstate off: flag\n== scene s\n-> e if on and not off and on == true and off != true and off == false\n-> f\n== ending e\ntitle: E\n== ending f\ntitle: F\n",
    );
    assert_eq!(at(&scenario, &play(&scenario, &[])), "e");
}

#[test]
fn and_binds_tighter_than_or_and_parentheses_group() {
    // true or (false and false) is true; (true or false) and false is false.
    let scenario = load(
        "state t: flag = true\nstate f: flag\n== scene s\n-> one if t or f and f\n-> two\n== scene one\n-> three if (t or f) and f\n-> four\n== ending three\ntitle: 3\n== ending four\ntitle: 4\n== ending two\ntitle: 2\n",
    );
    assert_eq!(at(&scenario, &play(&scenario, &[])), "four");
}

#[test]
fn conditions_test_the_path_with_chose() {
    let scenario = load(&format!(
        "== decision d\nask: Which?\n* one: One\n{RATED}* two: Two\n{RATED}-> x if chose d.one\n-> y\n== ending x\ntitle: X\n== ending y\ntitle: Y\n"
    ));
    assert_eq!(at(&scenario, &play(&scenario, &[pick(0)])), "x");
    assert_eq!(at(&scenario, &play(&scenario, &[pick(1)])), "y");
}

#[test]
fn route_to_end_picks_the_first_ending_whose_when_holds() {
    let body = |load: u32| {
        format!(
            "state load: number 0..100 = {load}\n== scene s\n-> end\n== ending calm\ntitle: Calm\nwhen: load <= 50\n== ending busy\ntitle: Busy\nwhen: load <= 80\n== ending fallback\ntitle: Fallback\n"
        )
    };
    for (load_value, expected) in [(10, "calm"), (60, "busy"), (90, "fallback")] {
        let scenario = load(&body(load_value));
        assert_eq!(at(&scenario, &play(&scenario, &[])), expected);
    }
    let scenario = load(&body(10));
    let NodeKind::Scene { routes } = &scenario.node(NodeId::new(0)).kind else { panic!("a scene") };
    assert_eq!(routes[0].target, Target::End);
    // Some ending must lack `when:`, and `end` is not a block id.
    assert_eq!(codes("state f: flag\n== scene s\n-> end\n== ending e\ntitle: E\nwhen: f\n"), ["missing-fallback"]);
    assert_eq!(codes("== scene s\n-> end\n"), ["unknown-target"]);
    assert_eq!(codes("== ending end\ntitle: E\n"), ["duplicate-id"]);
}

// Decisions.

#[test]
fn a_decision_shows_its_prose_and_asks_its_question() {
    let scenario = load(&format!(
        "== decision d\nMaya is waiting.\nask: What now?\n* one: One\n{RATED}  -> e\n* two: Two\n{RATED}  -> e\n== ending e\ntitle: E\n"
    ));
    let position = play(&scenario, &[]);
    assert_eq!(shown(&position), ["Maya is waiting."]);
    let Step::Decide { decision, order } = &position.step else { panic!("a decision") };
    assert_eq!(decision.ask, "What now?");
    assert_eq!(decision.kind, DecisionKind::Pick);
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(sorted, [0, 1]);
}

#[test]
fn decision_fields_are_read() {
    let scenario = load(&format!(
        "== decision d\nask: Which?\nconfidence: How sure?\nrationale: Why?\nreasoning: If X then A; here X, so A.\ndiscuss: First prompt.\ndiscuss: Second prompt.\nweight: 1.5\n* one: One\n{RATED}* two: Two\n{RATED}-> e\n== decision plain\nask: Again?\nconfidence:\nrationale:\n* one: One\n{RATED}* two: Two\n{RATED}-> e\n== ending e\ntitle: E\n"
    ));
    let decisions: Vec<_> = scenario.decisions().map(|(_, d)| d).collect();
    let d = decisions[0];
    assert_eq!((d.confidence.as_deref(), d.rationale.as_deref()), (Some("How sure?"), Some("Why?")));
    assert_eq!(d.reasoning, [Chunk::Paragraph(vec![text("If X then A; here X, so A.")])]);
    assert_eq!(d.discuss, ["First prompt.", "Second prompt."]);
    assert_eq!(d.weight, 1.5);
    let plain = decisions[1];
    assert_eq!(plain.confidence.as_deref(), Some(DEFAULT_CONFIDENCE_PROMPT));
    assert_eq!(plain.rationale.as_deref(), Some(DEFAULT_RATIONALE_PROMPT));
    assert_eq!(plain.weight, 1.0);
    assert!(plain.discuss.is_empty());
}

#[test]
fn pick_options_have_ratings_evidence_feedback_and_routes() {
    let scenario = load(
        "dimension judgement: J\ndimension stakeholders: S\n== decision d\nask: Which?\n* one: One\n  ratings: a 6, b 7, c 5\n  evidence: judgement +1, stakeholders -0.5\n  consequence: It *works*.\n  coaching: Good call.\n  -> e\n* two: Two\n  ratings: a 1, b 2, c 3\n  -> e\n== ending e\ntitle: E\n",
    );
    let (_, d) = scenario.decisions().next().expect("a decision");
    let one = &d.options[0];
    let ratings: Vec<(usize, u8)> = one.ratings.iter().map(|r| (r.rater, r.value)).collect();
    assert_eq!(ratings, [(0, 6), (1, 7), (2, 5)]);
    let evidence: Vec<(usize, f64)> = one.evidence.iter().map(|e| (e.dimension, e.weight)).collect();
    assert_eq!(evidence, [(0, 1.0), (1, -0.5)]);
    assert_eq!(
        one.consequence,
        [Chunk::Paragraph(vec![text("It "), Inline::Emphasis(vec![text("works")]), text(".")])]
    );
    assert_eq!(one.coaching, [Chunk::Paragraph(vec![text("Good call.")])]);
    assert_eq!(one.routes[0].target, Target::Node(NodeId::new(1)));
}

#[test]
fn options_say_what_they_do_with_a_move_from_the_vocabulary() {
    for m in Move::ALL {
        let scenario = load(&format!(
            "== decision d (rate)\nask: How good?\n* one: One\n  move: {}\n{RATED}* two: Two\n{RATED}-> e\n== ending e\ntitle: E\n",
            m.as_str()
        ));
        let (_, d) = scenario.decisions().next().expect("a decision");
        assert_eq!((d.options[0].r#move, d.options[1].r#move), (Some(m), None));
    }
    let unknown = "== decision d\nask: Which?\n* one: One\n  move: pilot\n  ratings: a 5, b 6, c 4\n* two: Two\n  ratings: a 5, b 6, c 4\n-> e\n== ending e\ntitle: E\n";
    assert_eq!(codes(unknown), ["unknown-move"]);
    let item = "== decision d (considerations)\nask: What matters?\n* risk: Risk.\n  move: investigate\n  weight: +2\n* noise: Noise.\n  weight: -2\n-> e\n== ending e\ntitle: E\n";
    assert_eq!(codes(item), ["unknown-field"]);
}

#[test]
fn effects_add_subtract_set_and_clamp_to_the_range() {
    let scenario = load(&format!(
        "state load: number 0..100 = 40\nstate trust: number 0..100 = 95\nstate flagged: flag\n== decision d\nask: Which?\n* one: One\n{RATED}  effect: load - 10\n  effect: trust + 20\n  effect: flagged = true\n* two: Two\n{RATED}  effect: load = 70\n-> e\n== ending e\ntitle: E\n"
    ));
    let (_, d) = scenario.decisions().next().expect("a decision");
    assert_eq!(d.options[0].effects[0].change, Change::Add(-10));
    assert_eq!(d.options[1].effects[0].change, Change::Set(Value::Number(70)));
    assert_eq!(play(&scenario, &[pick(0)]).state, [Value::Number(30), Value::Number(100), Value::Flag(true)]);
    assert_eq!(play(&scenario, &[pick(1)]).state, [Value::Number(70), Value::Number(95), Value::Flag(false)]);
}

#[test]
fn delayed_effects_land_after_n_more_decisions_and_hidden_ones_are_marked() {
    let decision = |id: &str, next: &str| {
        format!(
            "== decision {id}\nask: ?\n* one: One\n{RATED}  effect: load + 1\n  effect: trust + 5 after 2 hidden\n* two: Two\n{RATED}-> {next}\n"
        )
    };
    let scenario = load(&format!(
        "state load: number 0..100\nstate trust: number 0..100\n{}{}{}== ending e\ntitle: E\n",
        decision("d1", "d2"),
        decision("d2", "d3"),
        decision("d3", "e"),
    ));
    // After the first response, its delayed effect waits.
    let first = play(&scenario, &[pick(0)]);
    assert_eq!(first.state, [Value::Number(1), Value::Number(0)]);
    assert_eq!(first.pending.len(), 1);
    assert_eq!(first.pending[0].due, 2);
    // Two more decisions later, it lands, marked hidden and traced to its cause.
    let third = play(&scenario, &[pick(0), pick(1), pick(1)]);
    assert_eq!(third.state, [Value::Number(1), Value::Number(5)]);
    let landed = third.effects.iter().find(|e| e.effect.delay == 2).expect("the delayed effect landed");
    assert!(!landed.effect.visible);
    assert_eq!((landed.cause.decision, landed.cause.option, landed.cause.response), (NodeId::new(0), 0, 0));
    assert_eq!((landed.landed, landed.before, landed.after), (2, Value::Number(0), Value::Number(5)));
    let immediate = &third.effects[0];
    assert!(immediate.effect.visible);
    assert_eq!(immediate.landed, 0);
}

#[test]
fn effects_still_waiting_land_when_the_story_ends() {
    let scenario = load(&format!(
        "state load: number 0..100\n== decision d\nask: ?\n* one: One\n{RATED}  effect: load + 30 after 5\n  -> end\n* two: Two\n{RATED}  -> end\n== ending busy\ntitle: Busy\nwhen: load > 20\n== ending calm\ntitle: Calm\n"
    ));
    let position = play(&scenario, &[pick(0)]);
    assert_eq!(at(&scenario, &position), "busy");
    assert_eq!(position.state, [Value::Number(30)]);
    assert!(position.pending.is_empty());
    assert_eq!(position.effects[0].landed, 0);
}

#[test]
fn pick_options_without_routes_use_the_decisions_routes() {
    let scenario = load(&format!(
        "== decision d\nask: ?\n* one: One\n{RATED}  -> x\n* two: Two\n{RATED}-> y\n== ending x\ntitle: X\n== ending y\ntitle: Y\n"
    ));
    assert_eq!(at(&scenario, &play(&scenario, &[pick(0)])), "x");
    assert_eq!(at(&scenario, &play(&scenario, &[pick(1)])), "y");
    // Without decision routes, every option needs its own.
    assert_eq!(
        codes(&format!("== decision d\nask: ?\n* one: One\n{RATED}  -> e\n* two: Two\n{RATED}== ending e\ntitle: E\n")),
        ["missing-fallback"]
    );
}

#[test]
fn rate_decisions_take_a_rating_per_option() {
    let scenario = load(&format!(
        "== decision d (rate)\nask: Rate each.\n* one: One\n{RATED}* two: Two\n{RATED}* three: Three\n{RATED}-> e\n== ending e\ntitle: E\n"
    ));
    let rate = |ratings: Vec<u8>| Response::new(Answer::Rate(ratings), None);
    assert_eq!(at(&scenario, &play(&scenario, &[rate(vec![7, 1, 4])])), "e");
    let fresh = Playthrough::new(&scenario, 1);
    for bad in [rate(vec![7, 1]), rate(vec![0, 1, 4]), rate(vec![8, 1, 4]), pick(0)] {
        assert_eq!(engine::respond(&scenario, &fresh, bad), Err(PlayError::InvalidResponse));
    }
}

#[test]
fn rank_decisions_take_an_order_of_every_option() {
    let scenario = load(&format!(
        "== decision d (rank)\nask: Order them.\n* one: One\n{RATED}* two: Two\n{RATED}* three: Three\n{RATED}-> e\n== ending e\ntitle: E\n"
    ));
    let rank = |order: Vec<usize>| Response::new(Answer::Rank(order), None);
    assert_eq!(at(&scenario, &play(&scenario, &[rank(vec![2, 0, 1])])), "e");
    let fresh = Playthrough::new(&scenario, 1);
    for bad in [rank(vec![2, 0]), rank(vec![0, 0, 1]), rank(vec![0, 1, 3])] {
        assert_eq!(engine::respond(&scenario, &fresh, bad), Err(PlayError::InvalidResponse));
    }
}

#[test]
fn considerations_items_have_weights_and_stakeholders_and_are_ticked() {
    let scenario = load(
        "== decision d (considerations)\nask: What matters?\n* risk: Refunds move money.\n  weight: +3\n* support: Support capacity.\n  weight: 3\n  stakeholder: Support\n* rival: A competitor launched.\n  weight: -3\n* chart: The velocity chart.\n  weight: −3\n-> x if chose d.support\n-> y\n== ending x\ntitle: X\n== ending y\ntitle: Y\n",
    );
    let (_, d) = scenario.decisions().next().expect("a decision");
    assert_eq!(d.kind, DecisionKind::Considerations);
    let weights: Vec<i32> = d.options.iter().map(|o| o.weight).collect();
    assert_eq!(weights, [3, 3, -3, -3]);
    assert_eq!(d.options[1].stakeholder.as_deref(), Some("Support"));
    let tick = |ticks: Vec<bool>| Response::new(Answer::Tick(ticks), None);
    assert_eq!(at(&scenario, &play(&scenario, &[tick(vec![true, true, false, false])])), "x");
    assert_eq!(at(&scenario, &play(&scenario, &[tick(vec![false; 4])])), "y");
    let fresh = Playthrough::new(&scenario, 1);
    assert_eq!(engine::respond(&scenario, &fresh, tick(vec![true])), Err(PlayError::InvalidResponse));
}

#[test]
fn considerations_penalties_must_cancel_the_weights() {
    let items = "* a: A\n  weight: +3\n* b: B\n  weight: +2\n* c: C\n  weight: -4\n-> e\n== ending e\ntitle: E\n";
    assert_eq!(codes(&format!("== decision d (considerations)\nask: ?\n{items}")), ["select-all-scores"]);
    assert_eq!(
        codes(
            "== decision d (pivot)\nask: ?\n* a: A\n  weight: -1\n* b: B\n  weight: -2\n-> e\n== ending e\ntitle: E\n"
        ),
        ["too-few-options"]
    );
}

#[test]
fn pivot_decisions_list_facts_like_considerations() {
    let scenario = load(
        "== decision d (pivot)\nask: Which fact would change the best answer?\n* scripts: The scripts are not ready.\n  weight: +2\n* rival: A competitor launched.\n  weight: -2\n-> e\n== ending e\ntitle: E\n",
    );
    let (_, d) = scenario.decisions().next().expect("a decision");
    assert_eq!(d.kind, DecisionKind::Pivot);
    let response = Response::new(Answer::Tick(vec![true, false]), None);
    assert_eq!(at(&scenario, &play(&scenario, &[response])), "e");
}

#[test]
fn non_pick_options_carry_no_effects_or_routes() {
    let body = |kind: &str, extra: &str| {
        format!(
            "state s: number 0..9\n== decision d ({kind})\nask: ?\n* one: One\n{RATED}{extra}* two: Two\n{RATED}-> e\n== ending e\ntitle: E\n"
        )
    };
    assert_eq!(codes(&body("rate", "  effect: s + 1\n")), ["unknown-field"]);
    assert_eq!(codes(&body("rank", "  -> e\n")), ["misplaced-route"]);
    assert_eq!(
        codes(
            "== decision d (rate)\nask: ?\n* one: One\n  ratings: a 5, b 6, c 4\n* two: Two\n  ratings: a 5, b 6, c 4\n"
        ),
        ["missing-fallback"]
    );
}

#[test]
fn confidence_is_required_when_asked_and_refused_otherwise() {
    let scenario = load(&format!(
        "== decision d\nask: ?\nconfidence: How sure?\n* one: One\n{RATED}* two: Two\n{RATED}-> d2\n== decision d2\nask: ?\n* one: One\n{RATED}* two: Two\n{RATED}-> e\n== ending e\ntitle: E\n"
    ));
    let fresh = Playthrough::new(&scenario, 1);
    assert_eq!(engine::respond(&scenario, &fresh, pick(0)), Err(PlayError::InvalidResponse));
    let sure = Response::new(Answer::Pick(0), Some(Confidence::Sure));
    let position = play(&scenario, std::slice::from_ref(&sure));
    assert_eq!(position.history[0].response, sure);
    assert_eq!(position.history[0].decision, NodeId::new(0));
    let after = engine::respond(&scenario, &fresh, sure).expect("fits");
    assert_eq!(
        engine::respond(&scenario, &after, Response::new(Answer::Pick(0), Some(Confidence::Unsure))),
        Err(PlayError::InvalidResponse)
    );
}

#[test]
fn option_order_is_shuffled_by_the_seed_and_stable_on_replay() {
    let options: String = (0..6).map(|i| format!("* o{i}: Option {i}\n{RATED}")).collect();
    let scenario = load(&format!("== decision d\nask: ?\n{options}-> e\n== ending e\ntitle: E\n"));
    let order = |seed: u64| match engine::replay(&scenario, &Playthrough::new(&scenario, seed)).expect("replays").step {
        Step::Decide { order, .. } => order,
        Step::End(_) => panic!("a decision"),
    };
    assert_eq!(order(3), order(3));
    assert!((0..20).map(order).any(|o| o != order(3)), "some seed gives another order");
}

// Endings.

#[test]
fn endings_have_a_title_a_condition_and_debrief_prose() {
    let scenario = load(
        "state f: flag\n== scene s\n-> end\n== ending won\ntitle: Won\nwhen: f\nYou won.\n== ending lost\ntitle: Lost\nYou *lost*.\n",
    );
    let position = play(&scenario, &[]);
    assert_eq!(at(&scenario, &position), "lost");
    let Step::End(ending) = position.step else { panic!("an ending") };
    assert_eq!(ending.title, "Lost");
    assert_eq!(shown(&play(&scenario, &[])), ["You lost."]);
    let Some(won) = scenario.ending(NodeId::new(1)) else { panic!("an ending") };
    assert_eq!(won.when, Some(Condition::Flag { state: 0, value: true }));
    assert_eq!(codes("== ending e\nNo title.\n"), ["missing-field"]);
    assert_eq!(codes("== ending e\ntitle: E\n-> e\n"), ["misplaced-route"]);
}

// Playing.

#[test]
fn a_finished_playthrough_takes_no_more_responses() {
    let scenario = load(PICK_TO_ENDINGS);
    let done = Playthrough { responses: vec![pick(0)], ..Playthrough::new(&scenario, 1) };
    assert_eq!(engine::respond(&scenario, &done, pick(0)), Err(PlayError::Finished));
}

#[test]
fn the_passage_lists_the_blocks_passed_since_the_last_response() {
    let scenario = load(&format!(
        "== scene s\nIntro.\n-> d\n== decision d\nAsk prose.\nask: ?\n* one: One\n{RATED}  -> t\n* two: Two\n{RATED}  -> t\n== scene t\nThen.\n-> e\n== ending e\ntitle: E\nEnd.\n"
    ));
    let start = play(&scenario, &[]);
    assert_eq!(start.passage.iter().map(|p| p.node.index()).collect::<Vec<_>>(), [0, 1]);
    let end = play(&scenario, &[pick(1)]);
    assert_eq!(end.passage.iter().map(|p| p.node.index()).collect::<Vec<_>>(), [2, 3]);
    assert_eq!(shown(&end), ["Then.", "End."]);
}
