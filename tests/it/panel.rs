//! `judgement-call panel`, run as a real binary on a built-in scenario with ratings files made
//! from the scenario's own ratings: the figures and verdicts `merge` prints, in text and JSON;
//! every refusal, with the scenario file untouched after a refused `--write`; a `--write` whose
//! file checks cleanly; `blank`; and the panel written into every built-in scenario reads back
//! without errors.

use std::fs;
use std::path::{Path, PathBuf};

use engine::Scenario;
use evidence::panel::{self, Ratings, Submitted};
use library::ENTRIES;

use crate::cli::Run;
use crate::plans::root;

const SCENARIO: &str = "scenarios/launch-support-scripts.scenario";

const NAMES: [&str; 3] = ["Ada Lovelace", "Grace Hopper", "Alan Turing"];

/// Runs `judgement-call` with nothing on its input.
fn cli(args: &[&str]) -> Run {
    crate::cli::cli(args, "")
}

/// A fresh, empty folder for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judgement-call-panel-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn scenario(source: &str) -> Scenario {
    engine::load(source).expect("a built-in scenario loads")
}

/// One ratings file per name: the k-th rater gives every option the rating the file's k-th
/// rater gave it, passed through `change`.
fn panel_of(scenario: &Scenario, names: &[&str], change: impl Fn(u8) -> u8) -> Vec<Ratings> {
    names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let mut ratings = Ratings::new(scenario, name, Some("An expert of the test panel."));
            for (id, decision) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
                for option in &decision.options {
                    let rating = option.ratings[k % option.ratings.len()].value;
                    ratings.rate(&scenario.node(id).id, &option.id, change(rating));
                }
            }
            ratings
        })
        .collect()
}

/// Writes the ratings files into `dir` as `1.jcr`, `2.jcr`, …
fn save(dir: &Path, texts: &[String]) -> Vec<String> {
    texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let path = dir.join(format!("{}.jcr", i + 1));
            fs::write(&path, text).expect("a ratings file is written");
            path.display().to_string()
        })
        .collect()
}

/// The scenario copied into `dir`, for `--write` to change.
fn copy(dir: &Path) -> String {
    let path = dir.join("launch-support-scripts.scenario");
    fs::copy(root().join(SCENARIO), &path).expect("the scenario is copied");
    path.display().to_string()
}

fn texts(ratings: &[Ratings]) -> Vec<String> {
    ratings.iter().map(Ratings::encode).collect()
}

fn merge_args<'a>(file: &'a str, files: &'a [String], extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["panel", "merge", file];
    args.extend(files.iter().map(String::as_str));
    args.extend(extra);
    args
}

#[test]
fn merge_prints_every_rated_decisions_figures_and_verdict() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let dir = scratch("figures");
    let files = save(&dir, &texts(&panel_of(&s, &NAMES, |r| r)));
    let run = cli(&merge_args(SCENARIO, &files, &[]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let out = &run.stdout;
    assert!(out.starts_with(&format!("Panel of 3 raters for launch-support-scripts ({SCENARIO})\n")), "{out}");
    assert!(out.contains(&format!("  Ada Lovelace: An expert of the test panel. ({})\n", files[0])), "{out}");
    let rated: Vec<_> = s.decisions().filter(|(_, d)| !d.kind.is_checklist()).collect();
    assert_eq!(out.matches("  Verdict: ").count(), rated.len(), "{out}");
    assert_eq!(out.matches("  Agreement: rWG(J) ").count(), rated.len());
    assert_eq!(out.matches("ICC(C,3) ").count() + out.matches("ICC: none").count(), rated.len());
    // The first option's row, worked out here from its first three ratings.
    let (id, decision) = rated[0];
    let option = &decision.options[0];
    let values: Vec<f64> = option.ratings.iter().take(3).map(|r| f64::from(r.value)).collect();
    let mean = values.iter().sum::<f64>() / 3.0;
    let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / 2.0).sqrt();
    assert!(out.contains(&format!("{} ({}): {}\n", s.node(id).id, decision.kind.as_str(), decision.ask)), "{out}");
    let row = format!(
        "{mean:>5.2}  {sd:>5.2}  {:>5.2}  {:>10.2}  ",
        (1.0 - sd * sd / 4.0).max(0.0),
        engine::score::expert_mean(option)
    );
    assert!(out.contains(&format!("  {:<15}  {row}", option.id)), "{row}\n{out}");
    assert!(out.ends_with(&format!("Add --write to put this panel's raters and ratings into {SCENARIO}.\n")), "{out}");

    let json = cli(&merge_args(SCENARIO, &files, &["--format", "json"]));
    assert_eq!(json.code, Some(0), "{}", json.stderr);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["merged"], true);
    assert_eq!(value["hash"], format!("{:08x}", s.hash));
    assert_eq!(value["raters"][1]["id"], "grace-hopper");
    let decisions = value["decisions"].as_array().unwrap();
    assert_eq!(decisions.len(), rated.len());
    assert!((decisions[0]["options"][0]["mean"].as_f64().unwrap() - mean).abs() < 1e-9);
    for d in decisions {
        assert!(["clear", "contested", "different"].contains(&d["verdict"].as_str().unwrap()), "{d}");
        let rwg_j = d["agreement"]["rwg_j"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&rwg_j));
    }
    assert_eq!(value["written"], false);
}

#[test]
fn a_panel_that_prefers_another_call_says_so() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let dir = scratch("different");
    // Every rating turned upside down: the file's worst call is the panel's best.
    let files = save(&dir, &texts(&panel_of(&s, &NAMES, |r| 8 - r)));
    let run = cli(&merge_args(SCENARIO, &files, &[]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("  Verdict: different. The panel's best call is "), "{}", run.stdout);
    assert!(run.stdout.contains("different from the file's key."), "{}", run.stdout);
    // The table marks each side's best.
    assert!(run.stdout.contains("  best (panel)\n") && run.stdout.contains("  best (key)\n"), "{}", run.stdout);
    assert!(!run.stdout.lines().any(|l| l.ends_with(' ')), "no trailing spaces");
}

#[test]
fn every_refusal_names_the_file_and_leaves_the_scenario_as_it_was() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let good = texts(&panel_of(&s, &NAMES, |r| r));
    let hash = format!("{:08x}", s.hash);
    let (first, first_option) = s
        .decisions()
        .find(|(_, d)| !d.kind.is_checklist())
        .map(|(id, d)| (s.node(id).id.clone(), d.options[0].id.clone()))
        .unwrap();
    let checklist = s.decisions().find(|(_, d)| d.kind.is_checklist()).map(|(id, _)| s.node(id).id.clone());
    let rating_line =
        |text: &str| text.lines().find(|l| l.starts_with(&format!("* {first_option}: "))).unwrap().to_string();
    let dropped_decision = {
        let start = good[1].find(&format!("\n== {first}\n")).unwrap();
        let end = good[1][start + 1..].find("\n== ").map_or(good[1].len(), |e| start + 1 + e);
        format!("{}{}", &good[1][..start], &good[1][end..])
    };
    let mut cases: Vec<(&str, Vec<String>, String)> = vec![
        (
            "another scenario",
            vec![
                good[0].replace("scenario: launch-support-scripts ", "scenario: podcast-bet "),
                good[1].clone(),
                good[2].clone(),
            ],
            "1.jcr: rates scenario `podcast-bet`, not `launch-support-scripts`".into(),
        ),
        (
            "another version",
            vec![good[0].clone(), good[1].replace(&hash, "0badc0de"), good[2].clone()],
            "2.jcr: rates another version of the scenario (content hash 0badc0de".into(),
        ),
        (
            "out of range",
            vec![
                good[0].clone(),
                good[1].clone(),
                good[2].replacen(&rating_line(&good[2]), &format!("* {first_option}: 9"), 1),
            ],
            format!("3.jcr: option `{first_option}` of decision `{first}` is rated 9; ratings go from 1 to 7"),
        ),
        (
            "zero",
            vec![
                good[0].replacen(&rating_line(&good[0]), &format!("* {first_option}: 0"), 1),
                good[1].clone(),
                good[2].clone(),
            ],
            "1.jcr: option".into(),
        ),
        (
            "missing option",
            vec![good[0].replacen(&format!("{}\n", rating_line(&good[0])), "", 1), good[1].clone(), good[2].clone()],
            format!("1.jcr: option `{first_option}` of decision `{first}` is not rated"),
        ),
        (
            "unknown option",
            vec![
                good[0].replacen(&rating_line(&good[0]), &format!("{}\n* shrug: 4", rating_line(&good[0])), 1),
                good[1].clone(),
                good[2].clone(),
            ],
            format!("1.jcr: decision `{first}` has no option `shrug`"),
        ),
        (
            "missing decision",
            vec![good[0].clone(), dropped_decision, good[2].clone()],
            format!("2.jcr: decision `{first}` is not rated"),
        ),
        (
            "unknown decision",
            vec![format!("{}\n== no-such-call\n* x: 4\n", good[0]), good[1].clone(), good[2].clone()],
            "1.jcr: the scenario has no decision `no-such-call`".into(),
        ),
        (
            "duplicate rater",
            vec![good[0].clone(), good[1].clone(), good[2].replace("rater: Alan Turing", "rater: ada LOVELACE")],
            "3.jcr: rater ada LOVELACE already rated in".into(),
        ),
        (
            "identical file",
            vec![good[0].clone(), good[1].clone(), good[0].clone()],
            "3.jcr: the same ratings by the same rater as".into(),
        ),
        (
            "too few",
            vec![good[0].clone(), good[1].clone()],
            "a panel needs ratings files from at least 3 raters, and this has 2".into(),
        ),
        (
            "not a ratings file",
            vec![good[0].clone(), "jc1 launch-support-scripts 0 0\n".into(), good[2].clone()],
            "2.jcr: not a ratings file: line 1: a ratings file starts with the line `jcr1 ratings`".into(),
        ),
    ];
    if let Some(checklist) = checklist {
        cases.push((
            "a checklist",
            vec![format!("{}\n== {checklist}\n* x: 4\n", good[0]), good[1].clone(), good[2].clone()],
            format!("1.jcr: decision `{checklist}` is a checklist; its items carry weights, not ratings"),
        ));
    }
    for (case, texts, reason) in cases {
        let dir = scratch(&case.replace(' ', "-"));
        let file = copy(&dir);
        let files = save(&dir, &texts);
        let run = cli(&merge_args(&file, &files, &["--write"]));
        assert_eq!(run.code, Some(1), "{case}: {}", run.stdout);
        assert!(run.stderr.contains(&reason), "{case}: expected {reason:?} in\n{}", run.stderr);
        assert!(run.stderr.ends_with("error: nothing merged and nothing written\n"), "{case}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{case}: a refusal prints no figures: {}", run.stdout);
        assert_eq!(fs::read_to_string(&file).unwrap(), source, "{case}: the scenario file is untouched");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), texts.len() + 1, "{case}: no file left behind");
    }
    let two = save(&scratch("two"), &good[..2]);
    let json = cli(&merge_args(SCENARIO, &two, &["--format", "json"]));
    assert_eq!(json.code, Some(1));
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(value["merged"], false);
    assert!(value["problems"][0].as_str().unwrap().contains("at least 3 raters"));
    let missing = cli(&["panel", "merge", SCENARIO, "no-such.jcr", "no-such.jcr", "no-such.jcr"]);
    assert_eq!(missing.code, Some(2), "an unreadable file is exit 2, as for check");
    assert!(missing.stderr.starts_with("error: no-such.jcr: "), "{}", missing.stderr);
}

#[test]
fn write_puts_the_panel_into_the_file_which_then_checks_cleanly() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let dir = scratch("write");
    let file = copy(&dir);
    let mut ratings = panel_of(&s, &NAMES, |r| r);
    let first = s.decisions().find(|(_, d)| !d.kind.is_checklist()).map(|(id, _)| s.node(id).id.clone()).unwrap();
    ratings[1].comment(&first, "Support's scripts decide this one.");
    let files = save(&dir, &texts(&ratings));
    let run = cli(&merge_args(&file, &files, &["--write"]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("  Grace Hopper says: Support's scripts decide this one.\n"), "{}", run.stdout);
    assert!(!run.stdout.contains("Add --write"), "{}", run.stdout);
    assert!(run.stdout.contains(&format!("\nwrote {file}: ")), "{}", run.stdout);
    assert!(run.stdout.contains("rater vp: "), "the old panel shows as taken out:\n{}", run.stdout);
    assert!(run.stdout.contains("rater ada-lovelace: Ada Lovelace, An expert of the test panel.\n"), "{}", run.stdout);
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 4, "the temporary file was renamed over the scenario");

    let written = fs::read_to_string(&file).unwrap();
    let check = cli(&["check", &file]);
    assert_eq!(check.code, Some(0), "{}{}", check.stdout, check.stderr);
    assert!(check.stdout.contains("0 error(s)"), "{}", check.stdout);
    // Only the raters and the ratings lines changed.
    assert_eq!(others(&source), others(&written));
    assert_eq!(written.lines().filter(|l| l.starts_with("rater ")).count(), 3);
    // The ratings files rated the file before the write: they are now of another version.
    let again = cli(&merge_args(&file, &files, &[]));
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("rates another version of the scenario"), "{}", again.stderr);
}

#[test]
fn blank_prints_a_ratings_file_to_fill_in() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let run = cli(&["panel", "blank", SCENARIO, "--rater", "Ada Lovelace"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let blank = Ratings::decode(&run.stdout).unwrap();
    assert_eq!(
        (blank.scenario.as_str(), blank.hash, blank.rater.as_str()),
        ("launch-support-scripts", s.hash, "Ada Lovelace")
    );
    let rated: Vec<String> =
        s.decisions().filter(|(_, d)| !d.kind.is_checklist()).map(|(id, _)| s.node(id).id.clone()).collect();
    assert_eq!(blank.decisions.iter().map(|d| d.decision.clone()).collect::<Vec<_>>(), rated);
    assert!(blank.decisions.iter().all(|d| d.options.is_empty()), "nothing is rated yet");
    let (_, decision) = s.decisions().find(|(_, d)| !d.kind.is_checklist()).unwrap();
    assert!(
        run.stdout.contains(&format!("# {}\n* {}:\n", decision.options[0].text, decision.options[0].id)),
        "{}",
        run.stdout
    );
}

#[test]
fn every_built_in_scenario_takes_a_panel_written_in() {
    for entry in ENTRIES {
        let s = scenario(entry.source);
        let texts = texts(&panel_of(&s, &NAMES, |r| r));
        let names = ["1.jcr", "2.jcr", "3.jcr"];
        let submitted: Vec<Submitted<'_>> =
            texts.iter().zip(names).map(|(text, name)| Submitted { name, text }).collect();
        let merge = panel::merge(&s, &submitted).unwrap_or_else(|r| panic!("{}: {r}", entry.file));
        let written = panel::write(entry.source, &merge).unwrap_or_else(|r| panic!("{}: {r}", entry.file));
        let (rewritten, diagnostics) = engine::check(&written);
        let errors: Vec<_> = diagnostics.iter().filter(|d| d.severity == engine::Severity::Error).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", entry.file);
        let rewritten = rewritten.unwrap();
        let ids: Vec<&str> = rewritten.raters().iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["ada-lovelace", "grace-hopper", "alan-turing"], "{}", entry.file);
        // The old raters' lines and the values' continuation lines gone, three raters' lines in.
        assert_eq!(
            written.lines().count() + s.raters().len() + continuation(entry.source),
            entry.source.lines().count() + 3,
            "{}",
            entry.file
        );
        // The panel's view of each decision is now the file's own.
        for (figures, (_, decision)) in
            merge.decisions.iter().zip(rewritten.decisions().filter(|(_, d)| !d.kind.is_checklist()))
        {
            assert_eq!(engine::score::Panel::of(decision), figures.panel, "{}: {}", entry.file, figures.decision);
        }
    }
}

/// The file's lines but those of its `rater` declarations and `ratings:` values.
fn others(source: &str) -> Vec<&str> {
    let (file, _) = engine::parse::parse(source);
    let line = |at: usize| source[..at].matches('\n').count();
    let mut panel = std::collections::BTreeSet::new();
    let fields =
        file.header.iter().filter(|f| f.key.text == "rater").chain(
            file.blocks.iter().flat_map(|b| &b.options).flat_map(|o| &o.fields).filter(|f| f.key.text == "ratings"),
        );
    for field in fields {
        panel.extend(line(field.key.span.start)..=line(field.lines.last().map_or(field.key.span.end, |l| l.end)));
    }
    source.lines().enumerate().filter(|(i, _)| !panel.contains(i)).map(|(_, l)| l).collect()
}

/// How many continuation lines the file's `rater` declarations and `ratings:` values take.
fn continuation(source: &str) -> usize {
    let (file, _) = engine::parse::parse(source);
    let raters: usize =
        file.header.iter().filter(|f| f.key.text == "rater").map(|f| f.lines.len().saturating_sub(1)).sum();
    let ratings: usize = file
        .blocks
        .iter()
        .flat_map(|b| &b.options)
        .flat_map(|o| &o.fields)
        .filter(|f| f.key.text == "ratings")
        .map(|f| f.lines.len().saturating_sub(1))
        .sum();
    raters + ratings
}

fn doc() -> String {
    fs::read_to_string(root().join("docs/scoring.md")).unwrap()
}

/// Asserts `value` is `expected`, and that docs/scoring.md prints it in bold as `printed`,
/// rounded to the decimals shown.
#[track_caller]
fn printed(value: f64, expected: f64, printed: &str) {
    assert!((value - expected).abs() < 1e-9, "{value} is not {expected}");
    assert!(doc().contains(&format!("**{printed}**")), "docs/scoring.md does not print **{printed}**");
    let decimals = printed.split_once('.').map_or(0, |(_, d)| d.len());
    assert_eq!(format!("{value:.decimals$}"), printed, "the doc rounds {value} differently");
}

#[test]
fn the_worked_example_of_the_expert_panel() {
    let source = "id: example\ntitle: Example\nrater a: A\nrater b: B\nrater c: C\n\
        == decision d\nask: Which?\n\
        * a: A\n  ratings: a 6, b 6, c 6\n* b: B\n  ratings: a 4, b 4, c 4\n\
        * c: C\n  ratings: a 3, b 3, c 3\n* d: D\n  ratings: a 2, b 2, c 2\n-> end\n\
        == ending e\ntitle: E\n";
    let s = scenario(source);
    let table = [[6, 5, 3, 1], [7, 6, 2, 2], [6, 4, 4, 2]];
    let texts: Vec<String> = table
        .iter()
        .enumerate()
        .map(|(k, column)| {
            let mut ratings = Ratings::new(&s, &format!("Rater {}", k + 1), None);
            for (option, value) in ["a", "b", "c", "d"].into_iter().zip(column) {
                ratings.rate("d", option, *value);
            }
            ratings.encode()
        })
        .collect();
    let submitted: Vec<Submitted<'_>> =
        texts.iter().zip(["1", "2", "3"]).map(|(text, name)| Submitted { name, text }).collect();
    let merge = panel::merge(&s, &submitted).unwrap();
    let d = &merge.decisions[0];
    printed(d.agreement.rwg_j, 20.0 / 21.0, "0.952");
    printed(d.agreement.icc.unwrap(), 435.0 / 464.0, "0.9375");
    printed(d.agreement.w.unwrap(), 474.0 / 504.0, "0.940");
    printed(d.options[0].mean - d.options[1].mean, 4.0 / 3.0, "1.333");
    let pooled = engine::score::pooled_sd(d.options[0].sd, d.options[1].sd, Some(3), Some(3));
    printed(pooled, (2.0_f64 / 3.0).sqrt(), "0.816");
    assert_eq!(d.verdict, panel::Verdict::Clear);
    assert!(doc().contains("pooled SD; A's own SD, 0.577, is under 1.5; and the key has A best: **clear**."));
    // The table's rows: mean and rWG of each option.
    for (option, (mean, rwg)) in
        d.options.iter().zip([("6.333", "0.917"), ("5", "0.75"), ("3", "0.75"), ("1.667", "0.917")])
    {
        let decimals = mean.split_once('.').map_or(0, |(_, x)| x.len());
        assert_eq!(format!("{:.decimals$}", option.mean), mean);
        let decimals = rwg.split_once('.').map_or(0, |(_, x)| x.len());
        assert_eq!(format!("{:.decimals$}", option.rwg), rwg);
    }
}

#[test]
fn the_documented_ratings_file_reads() {
    let doc = doc();
    let after = doc.split_once("### Ratings files").unwrap().1;
    let start = after.find("```text\n").unwrap() + "```text\n".len();
    let text = &after[start..start + after[start..].find("```").unwrap()];
    let ratings = Ratings::decode(text).unwrap();
    assert_eq!((ratings.scenario.as_str(), ratings.rater.as_str()), ("launch-support-scripts", "Dana Okafor"));
    assert_eq!(ratings.decisions[0].options.len(), 5);
    assert_eq!(ratings.encode(), text, "the example is written as encode writes it");
}

#[test]
fn a_flat_panel_splits_every_decision_or_names_another_best() {
    let source = fs::read_to_string(root().join(SCENARIO)).unwrap();
    let s = scenario(&source);
    let dir = scratch("flat");
    // Every option rated 4 by everyone: every decision a dead heat between its first two options.
    let files = save(&dir, &texts(&panel_of(&s, &NAMES, |_| 4)));
    let run = cli(&merge_args(SCENARIO, &files, &[]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let verdicts: Vec<&str> = run.stdout.lines().filter_map(|l| l.strip_prefix("  Verdict: ")).collect();
    let rated: Vec<_> = s.decisions().filter(|(_, d)| !d.kind.is_checklist()).collect();
    assert_eq!(verdicts.len(), rated.len());
    for (verdict, (_, decision)) in verdicts.iter().zip(&rated) {
        // The panel's best are the first two options; the verdict hangs on the key's best.
        let key = engine::score::Panel::of(decision);
        if key.best.iter().any(|b| *b < 2) {
            let (a, b) = (&decision.options[0].id, &decision.options[1].id);
            assert!(verdict.starts_with(&format!("contested. {a} (4.00) and {b} (4.00) are 0.00 apart")), "{verdict}");
            let marks = verdict.ends_with("and picking either earns full marks.");
            assert_eq!(marks, decision.kind == engine::scenario::DecisionKind::Pick, "{verdict}");
        } else {
            assert!(verdict.starts_with("different. "), "{verdict}");
        }
    }
    assert!(run.stdout.contains("ICC: none, every option has the same mean."));
    assert!(run.stdout.contains("Kendall's W: none, no rater tells the options apart."));
}
