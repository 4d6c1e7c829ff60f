//! The panel's merge, verdicts and write, on a small scenario and on docs/scoring.md's worked
//! example.

use super::*;

/// A scenario with a pick decision of four options (docs/scoring.md's worked example), a
/// rate decision and a checklist; its key prefers `a` and then `x`.
const SCENARIO: &str = "id: s\ntitle: S\n\
    // The fictional panel.\n\
    rater one: One, who\n    weighs a lot.\n\
    rater two: Two\n\
    rater three: Three\n\
    == decision d\nask: What now?\n\
    * a: A\n  ratings: one 6, two 6, three 6\n\
    * b: B\n  ratings: one 5,\n    two 5, three 5\n\
    * c: C\n  ratings: one 3, two 3, three 3\n\
    * e: E\n  ratings: one 1, two 1, three 1\n-> r\n\
    == decision list (considerations)\nask: What matters?\n* m: M\n  weight: 2\n* n: N\n  weight: -2\n-> r\n\
    == decision r (rate)\nask: Rate these.\n\
    * x: X\n  ratings: one 6, two 6, three 6\n\
    * y: Y\n  ratings: one 2, two 2, three 2\n-> end\n\
    == ending fine\ntitle: Fine\n";

fn scenario() -> Scenario {
    engine::read(SCENARIO).unwrap()
}

/// One rater's file: `d`'s four options, then `r`'s two.
fn file(rater: &str, d: [u8; 4], r: [u8; 2]) -> String {
    let s = scenario();
    let mut ratings = Ratings::new(&s, rater, Some("An expert."));
    for (option, value) in ["a", "b", "c", "e"].into_iter().zip(d) {
        ratings.rate("d", option, value);
    }
    for (option, value) in ["x", "y"].into_iter().zip(r) {
        ratings.rate("r", option, value);
    }
    ratings.encode()
}

/// docs/scoring.md's worked example: three raters, four options.
fn example() -> Vec<String> {
    vec![
        file("Dana Okafor", [6, 5, 3, 1], [6, 2]),
        file("Luis Ferreira", [7, 6, 2, 2], [7, 2]),
        file("Mei Tanaka", [6, 4, 4, 2], [6, 1]),
    ]
}

fn submitted(texts: &[String]) -> Vec<Submitted<'_>> {
    const NAMES: [&str; 5] = ["dana.jcr", "luis.jcr", "mei.jcr", "fourth.jcr", "fifth.jcr"];
    texts.iter().zip(NAMES).map(|(text, name)| Submitted { name, text }).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_worked_example_merges_to_the_documented_figures() {
    let texts = example();
    let merge = merge(&scenario(), &submitted(&texts)).unwrap();
    let ids: Vec<&str> = merge.raters.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["dana-okafor", "luis-ferreira", "mei-tanaka"]);
    assert_eq!(merge.decisions.len(), 2, "the checklist takes no ratings");
    let d = &merge.decisions[0];
    let means: Vec<f64> = d.options.iter().map(|o| o.mean).collect();
    assert!(close(means[0], 19.0 / 3.0) && close(means[1], 5.0) && close(means[2], 3.0) && close(means[3], 5.0 / 3.0));
    assert!(close(d.options[0].sd, (1.0f64 / 3.0).sqrt()) && close(d.options[1].sd, 1.0));
    assert!(close(d.options[0].rwg, 11.0 / 12.0) && close(d.options[1].rwg, 0.75));
    assert_eq!(d.options[0].ratings, [6, 7, 6]);
    assert!(close(d.options[0].key_mean, 6.0));
    assert!(close(d.agreement.rwg_j, 20.0 / 21.0));
    assert!(close(d.agreement.icc.unwrap(), 435.0 / 464.0));
    assert!(close(d.agreement.w.unwrap(), 474.0 / 504.0));
    assert_eq!(d.verdict, Verdict::Clear);
    assert_eq!(d.panel.order, [0, 1, 2, 3]);
    assert_eq!(d.comments, []);
}

#[test]
fn the_verdict_is_the_debriefs_split_and_the_keys_best() {
    let s = scenario();
    let verdict = |texts: Vec<String>| merge(&s, &submitted(&texts)).unwrap().decisions[0].verdict;
    // A near-tie at the top: 6, 7, 5 against 6, 6, 5 is within half the pooled SD (0.33 ≤ 0.41).
    let tie = vec![file("A", [6, 6, 3, 1], [6, 2]), file("B", [7, 6, 2, 2], [6, 2]), file("C", [5, 5, 4, 2], [6, 2])];
    assert_eq!(verdict(tie), Verdict::Contested);
    // A clear lead whose top ratings spread by 1.5 or more: the experts split all the same.
    let spread =
        vec![file("A", [7, 3, 3, 1], [6, 2]), file("B", [7, 3, 2, 2], [6, 2]), file("C", [4, 3, 3, 2], [6, 2])];
    assert_eq!(verdict(spread), Verdict::Contested);
    // The panel prefers b, the key a.
    let other = vec![file("A", [4, 7, 3, 1], [6, 2]), file("B", [4, 6, 2, 2], [6, 2]), file("C", [3, 7, 3, 2], [6, 2])];
    assert_eq!(verdict(other), Verdict::Different);
}

#[test]
fn refusals_name_the_file_and_the_reason() {
    let s = scenario();
    let refuse = |texts: Vec<String>| merge(&s, &submitted(&texts)).unwrap_err();
    let mut texts = example();
    texts[1] = texts[1].replace("* b: 6", "* b: 8");
    let refusal = refuse(texts);
    assert_eq!(
        refusal.problems,
        [Problem::OutOfRange { file: "luis.jcr".into(), decision: "d".into(), option: "b".into(), rating: 8 }]
    );
    assert!(refusal.to_string().contains("luis.jcr: option `b` of decision `d` is rated 8; ratings go from 1 to 7"));

    let mut texts = example();
    texts[2] = texts[2].replace("scenario: s ", "scenario: t ");
    assert!(refuse(texts).to_string().contains("mei.jcr: rates scenario `t`, not `s`"));

    let mut texts = example();
    texts[0] = texts[0].replace(&format!("{:08x}", s.hash), "00000000");
    assert!(refuse(texts).to_string().starts_with("dana.jcr: rates another version of the scenario"));

    let mut texts = example();
    texts[0] = texts[0].replace("* c: 3\n", "").replace("* x: 6\n", "* x: 6\n* z: 4\n");
    let problems = refuse(texts).problems;
    assert!(problems.contains(&Problem::MissingOption {
        file: "dana.jcr".into(),
        decision: "d".into(),
        option: "c".into()
    }));
    assert!(problems.contains(&Problem::UnknownOption {
        file: "dana.jcr".into(),
        decision: "r".into(),
        option: "z".into()
    }));

    let mut texts = example();
    texts[0] = texts[0].replace("== r", "== list").replace("* x: 6\n* y: 2\n", "");
    let problems = refuse(texts).problems;
    assert!(problems.contains(&Problem::MissingDecision { file: "dana.jcr".into(), decision: "r".into() }));
    assert!(problems.contains(&Problem::UnknownDecision {
        file: "dana.jcr".into(),
        decision: "list".into(),
        checklist: true
    }));

    let mut texts = example();
    texts[2] = texts[2].replace("Mei Tanaka", "DANA okafor");
    assert!(refuse(texts).to_string().contains("mei.jcr: rater DANA okafor already rated in dana.jcr"));
    let mut texts = example();
    texts.push(texts[0].clone());
    assert_eq!(refuse(texts).problems, [Problem::Identical { file: "fourth.jcr".into(), earlier: "dana.jcr".into() }]);

    let mut texts = example();
    texts[1] = texts[1].replace("rater: Luis Ferreira", "rater:");
    assert_eq!(refuse(texts).problems, [Problem::Unnamed { file: "luis.jcr".into() }]);

    let texts = example()[..2].to_vec();
    assert_eq!(refuse(texts).problems, [Problem::TooFew { found: 2 }]);

    let mut texts = example();
    texts[1] = "not ratings".into();
    let refusal = refuse(texts);
    assert!(matches!(&refusal.problems[..], [Problem::Unreadable { file, .. }] if file == "luis.jcr"));
}

#[test]
fn writing_replaces_the_raters_and_the_ratings_and_nothing_else() {
    let texts = example();
    let merge = merge(&scenario(), &submitted(&texts)).unwrap();
    let written = write(SCENARIO, &merge).unwrap();
    let expected = SCENARIO
        .replace(
            "rater one: One, who\n    weighs a lot.\nrater two: Two\nrater three: Three\n",
            "rater dana-okafor: Dana Okafor, An expert.\nrater luis-ferreira: Luis Ferreira, An expert.\n\
             rater mei-tanaka: Mei Tanaka, An expert.\n",
        )
        .replace("ratings: one 6, two 6, three 6\n* b", "ratings: dana-okafor 6, luis-ferreira 7, mei-tanaka 6\n* b")
        .replace("ratings: one 5,\n    two 5, three 5", "ratings: dana-okafor 5, luis-ferreira 6, mei-tanaka 4")
        .replace("ratings: one 3, two 3, three 3", "ratings: dana-okafor 3, luis-ferreira 2, mei-tanaka 4")
        .replace("ratings: one 1, two 1, three 1", "ratings: dana-okafor 1, luis-ferreira 2, mei-tanaka 2")
        .replace("ratings: one 6, two 6, three 6\n* y", "ratings: dana-okafor 6, luis-ferreira 7, mei-tanaka 6\n* y")
        .replace("ratings: one 2, two 2, three 2", "ratings: dana-okafor 2, luis-ferreira 2, mei-tanaka 1");
    assert_eq!(written, expected);
    assert!(written.contains("// The fictional panel.\n"), "comments stay");
    let (scenario, diagnostics) = engine::check(&written);
    assert!(scenario.is_some(), "{diagnostics:?}");
    // The file's key is now the panel's: the same figures, so the same verdict.
    let rewritten = scenario.unwrap();
    let (_, d) = rewritten.decisions().next().unwrap();
    assert_eq!(engine::score::Panel::of(d), merge.decisions[0].panel);
}

#[test]
fn writing_keeps_windows_line_ends_and_refuses_a_changed_file() {
    let crlf = SCENARIO.replace('\n', "\r\n");
    let s = engine::read(&crlf).unwrap();
    let texts: Vec<String> =
        example().iter().map(|t| t.replace(&format!("{:08x}", scenario().hash), &format!("{:08x}", s.hash))).collect();
    let merge = merge(&s, &submitted(&texts)).unwrap();
    let written = write(&crlf, &merge).unwrap();
    assert!(!written.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(engine::read(&written).is_ok());
    let changed = format!("{crlf}// an edit\r\n");
    assert!(matches!(write(&changed, &merge), Err(WriteRefusal::Changed { .. })));
}

#[test]
fn rater_ids_are_valid_and_unique() {
    let ids = rater_ids(&["Dana Okafor", "dana okafor", "Zoë  O'Brien", "—", "Dana-Okafor", "İpek"]);
    assert_eq!(ids, ["dana-okafor", "dana-okafor-2", "zoë-o-brien", "rater", "dana-okafor-3", "ipek"]);
    assert!(ids.iter().all(|id| engine::parse::is_id(id)));
}

#[test]
fn strengths_in_words() {
    assert_eq!(strength(Figure::Rwg, 0.95), "very strong");
    assert_eq!(strength(Figure::Rwg, 0.7), "strong");
    assert_eq!(strength(Figure::Rwg, 0.1), "little or none");
    assert_eq!(strength(Figure::Icc, 0.9375), "excellent");
    assert_eq!(strength(Figure::Icc, 0.4), "poor");
    assert_eq!(strength(Figure::W, 0.94), "strong");
}
