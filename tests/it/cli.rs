//! The author CLI, run as a real binary: `check`'s exit codes and JSON, `graph` in both
//! formats, `new`'s skeleton, `play` from scripted stdin and from a log, and output into a
//! closed pipe.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::plans::{plans, root};

/// What a run of the CLI left behind.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `judgement-call` in the repository root with `stdin` as its input.
pub fn cli(args: &[&str], stdin: &str) -> Run {
    cli_with(args, stdin, &[])
}

/// [`cli`] with these environment variables, and no LRS credentials but those given.
pub fn cli_with(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_judgement-call"));
    for name in ["JC_LRS_USER", "JC_LRS_PASSWORD", "JC_LRS_AUTH"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied());
    let mut child = command
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    child.stdin.take().expect("piped stdin").write_all(stdin.as_bytes()).expect("stdin takes the input");
    let output = child.wait_with_output().expect("the CLI finishes");
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A fresh, empty folder for one test.
pub fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("judgement-call-{}-{test}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

const FIRST_CALL: &str = "tests/it/fixtures/first-call.scenario";
const EXAMPLE: &str = "tests/it/fixtures/annotated-example.scenario";
const BROKEN: &str = "tests/it/fixtures/diagnostics/routes.scenario";

#[test]
fn check_exits_0_when_clean_1_on_errors_and_2_when_a_file_cannot_be_read() {
    let clean = cli(&["check", "scenarios/"], "");
    assert_eq!(clean.code, Some(0), "{}", clean.stderr);
    assert!(clean.stdout.contains("0 error(s), 0 warning(s)"), "{}", clean.stdout);
    let broken = cli(&["check", FIRST_CALL, BROKEN], "");
    assert_eq!(broken.code, Some(1));
    assert!(broken.stdout.contains("error["), "{}", broken.stdout);
    assert!(broken.stdout.contains("checked 2 file(s)"));
    let missing = cli(&["check", "no-such-file.scenario"], "");
    assert_eq!(missing.code, Some(2));
    assert!(missing.stderr.contains("no-such-file.scenario"), "{}", missing.stderr);
}

#[test]
fn check_json_lists_every_diagnostic_with_its_place() {
    let run = cli(&["check", "--format", "json", BROKEN], "");
    assert_eq!(run.code, Some(1));
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("the output is JSON");
    assert_eq!(report["files"], 1);
    let errors = report["errors"].as_u64().expect("a count");
    let diagnostics = report["diagnostics"].as_array().expect("a list");
    assert!(errors > 0 && diagnostics.len() as u64 >= errors);
    let first = &diagnostics[0];
    assert_eq!(first["file"], BROKEN);
    assert_eq!(first["severity"], "error");
    assert!(first["code"].is_string() && first["message"].is_string());
    assert!(first["line"].as_u64().is_some_and(|l| l >= 1) && first["column"].as_u64().is_some_and(|c| c >= 1));
}

/// Regression: `judgement-call check scenarios/ | head -1` panicked on the broken pipe.
#[test]
fn output_into_a_closed_pipe_exits_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_judgement-call"))
        .args(["check", "scenarios/", "tests/it/fixtures/diagnostics/"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // Closing the reading end before the CLI writes makes its first write fail.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the CLI finishes");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}

#[test]
fn graph_dot_draws_every_block_and_route() {
    let run = cli(&["graph", EXAMPLE], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let dot = run.stdout;
    assert!(dot.starts_with("digraph \"support-scripts\" {"), "{dot}");
    for line in [
        "\"kickoff\" [shape=box, label=\"kickoff\\nIt is Thursday afternoon. The refund…\"];",
        "\"first-move\" [shape=hexagon, label=\"first-move (pick)\\nWhat do you do first?\"];",
        "\"next-week\" [shape=hexagon, label=\"next-week (rank)\\nOrder next week's priorities, most…\"];",
        "\"calm\" [shape=ellipse, peripheries=2, label=\"calm\\nA calm Monday\"];",
        "\"(start)\" -> \"kickoff\";",
        "\"kickoff\" -> \"first-move\";",
        "\"first-move\" -> \"what-matters\" [label=\"call-maya\"];",
        "\"first-move\" -> \"what-matters\" [label=\"flag-it\"];",
        "\"next-week\" -> \"crunch\" [label=\"if support_load > 60 and not flagged\"];",
        "\"next-week\" -> \"review\" [label=\"if chose first-move.flag-it and (exec_trust >= 60 or support_load < 30)\"];",
        "\"crunch\" -> \"calm\" [label=\"end: when support_load <= 50 and exec_trust >= 50\"];",
        "\"crunch\" -> \"scramble\" [label=\"end: otherwise\"];",
    ] {
        assert!(dot.contains(line), "missing {line}\n{dot}");
    }
    assert!(dot.trim_end().ends_with('}'));
}

#[test]
fn graph_mermaid_draws_a_flowchart() {
    let run = cli(&["graph", FIRST_CALL, "--format", "mermaid"], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "flowchart TD\n  %% first-call: The first call\n  start((\"start\"))\n  \
         n0[\"kickoff<br>It is Thursday afternoon. The refund…\"]\n  \
         n1{{\"first-move (pick)<br>What do you do first?\"}}\n  n2([\"ready<br>A calm Monday\"])\n  \
         n3([\"scramble<br>A long Tuesday\"])\n  start --> n0\n  n0 --> n1\n  n1 -->|\"call-maya\"| n2\n  \
         n1 -->|\"ship-anyway\"| n3\n"
    );
}

#[test]
fn graph_of_a_broken_file_shows_its_diagnostics_and_exits_1() {
    let run = cli(&["graph", BROKEN, "--format", "mermaid"], "");
    assert_eq!(run.code, Some(1));
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("error[") && run.stderr.contains(" --> "), "{}", run.stderr);
}

#[test]
fn new_scaffolds_a_complete_scenario_that_checks_clean_and_is_never_overwritten() {
    let dir = scratch("new");
    let folder = dir.join("drafts");
    let folder_arg = folder.to_str().expect("a UTF-8 path");
    let run = cli(&["new", "pricing-change", "-o", folder_arg], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let path = folder.join("pricing-change.scenario");
    let source = fs::read_to_string(&path).expect("the file was created");
    let check = cli(&["check", path.to_str().expect("UTF-8")], "");
    assert_eq!(check.code, Some(0), "{}", check.stdout);
    assert!(check.stdout.contains("0 error(s), 0 warning(s)"), "{}", check.stdout);

    let (scenario, diagnostics) = engine::check(&source);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let scenario = scenario.expect("it loads");
    let meta = &scenario.meta;
    assert_eq!((meta.id.as_str(), meta.title.as_str()), ("pricing-change", "Pricing change"));
    assert!(meta.level.is_some() && meta.minutes.is_some() && !meta.skills.is_empty() && !meta.seeds.is_empty());
    assert!(!meta.summary.is_empty() && !meta.goal.is_empty());
    for field in ["version:", "language:", "pass:", "start:"] {
        assert!(source.contains(field), "{field}");
    }
    let dimensions: Vec<&str> = scenario.dimensions().iter().map(|d| d.id.as_str()).collect();
    assert_eq!(dimensions, ["judgement", "nuance", "stakeholders", "ownership"]);
    assert!(!scenario.states().is_empty() && scenario.raters().len() == 3);
    let kinds: Vec<&str> = scenario.decisions().map(|(_, d)| d.kind.as_str()).collect();
    assert_eq!(kinds, ["pick", "considerations"]);
    let (_, pick) = scenario.decisions().next().expect("a pick decision");
    assert!(pick.confidence.is_some() && !pick.reasoning.is_empty() && !pick.discuss.is_empty());
    assert_eq!(pick.options.len(), 3);
    assert!(pick.options.iter().all(|o| !o.ratings.is_empty()
        && !o.evidence.is_empty()
        && !o.effects.is_empty()
        && !o.consequence.is_empty()
        && !o.coaching.is_empty()));
    // Both endings are reachable: the best option keeps trust up, the worst brings it down.
    let good = cli(&["play", path.to_str().expect("UTF-8"), "--responses", "p0c3.t110"], "");
    let hard = cli(&["play", path.to_str().expect("UTF-8"), "--responses", "p2c1.t001"], "");
    assert!(good.stdout.contains("Ending: good, \"A good outcome\""), "{}{}", good.stdout, good.stderr);
    assert!(hard.stdout.contains("Ending: hard, \"A hard week\""), "{}{}", hard.stdout, hard.stderr);

    let again = cli(&["new", "pricing-change", "-o", folder_arg], "");
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(fs::read_to_string(&path).expect("still there"), source);

    let invalid = cli(&["new", "bad id!", "-o", folder_arg], "");
    assert_ne!(invalid.code, Some(0));
    assert!(invalid.stderr.contains("is not a scenario id"), "{}", invalid.stderr);
    assert_eq!(fs::read_dir(&folder).expect("readable").count(), 1);
    let _ = fs::remove_dir_all(&dir);
}

/// The log line `play` ends with.
fn log_line(stdout: &str) -> String {
    let line = stdout.lines().find(|l| l.contains("jc1 ")).expect("a log line");
    line[line.find("jc1 ").expect("jc1")..].to_string()
}

fn ending_line(stdout: &str) -> String {
    stdout.lines().find(|l| l.starts_with("Ending: ")).expect("an ending").to_string()
}

#[test]
fn play_asks_again_after_an_invalid_answer_and_its_log_replays_to_the_same_ending() {
    let run = cli(&["play", FIRST_CALL, "--seed", "5"], "nine\n9\n2\n");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout.matches("That doesn't fit: type one option number from 1 to 2.").count(), 2);
    assert_eq!(run.stdout.matches("Your choice (1-2): ").count(), 3);
    assert!(run.stdout.contains("It is Thursday afternoon. The refund flow ships on Monday"), "{}", run.stdout);
    assert!(run.stdout.contains("  1. ") && run.stdout.contains("  2. "));
    let ending = ending_line(&run.stdout);
    let log = log_line(&run.stdout);
    assert!(log.starts_with("jc1 first-call "), "{log}");
    let replayed = cli(&["play", FIRST_CALL, "--responses", &log], "");
    assert_eq!(replayed.code, Some(0), "{}", replayed.stderr);
    assert_eq!(ending_line(&replayed.stdout), ending);
}

#[test]
fn play_reads_every_kind_of_answer_and_confidence() {
    // Bad answers first at each kind of prompt: a pick out of range, a confidence of 4, an
    // item number that does not exist, too few ratings, a ranking that repeats an option.
    let input = "4\n1\n4\n3\n7\n1 2\n\n5 5\n756\n1 1 2\n3 1 2\n2\n";
    let run = cli(&["play", EXAMPLE, "--seed", "3"], input);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout.matches("That doesn't fit").count(), 5, "{}", run.stdout);
    assert!(run.stdout.contains("1 Unsure, 2 Fairly sure, 3 Sure: "));
    // A decision that asks how sure says so before its options; one that does not, does not.
    assert!(run.stdout.contains("Pick one option. Then say how sure you are.\n"), "{}", run.stdout);
    assert!(run.stdout.contains("Tick the considerations that matter.\n"), "{}", run.stdout);
    assert!(run.stdout.contains("--- Transcript ---"));
    let log = log_line(&run.stdout);
    let replayed = cli(&["play", EXAMPLE, "--responses", &log], "");
    assert_eq!(replayed.code, Some(0), "{}", replayed.stderr);
    assert_eq!(ending_line(&replayed.stdout), ending_line(&run.stdout));
    assert!(run.stdout.contains(&replayed.stdout), "the play ends with the replay's transcript");
}

#[test]
fn play_prints_the_short_debrief_and_the_whole_breakdown_with_full() {
    let short = cli(&["play", EXAMPLE, "--responses", "p2c1.t1111.t01.r444.k210c3"], "");
    let full = cli(&["play", EXAMPLE, "--responses", "p2c1.t1111.t01.r444.k210c3", "--full"], "");
    assert_eq!((short.code, full.code), (Some(0), Some(0)), "{}{}", short.stderr, full.stderr);
    for run in [&short, &full] {
        assert_eq!(run.stdout.matches("Overall score: ").count(), 1, "{}", run.stdout);
    }
    assert!(short.stdout.contains("The lesson:") && short.stdout.contains("add --full"), "{}", short.stdout);
    assert!(!short.stdout.contains("Items (score 0-1"), "{}", short.stdout);
    assert!(full.stdout.contains("Items (score 0-1") && full.stdout.contains("Teaching moments:"), "{}", full.stdout);
    assert!(short.stdout.lines().count() < full.stdout.lines().count());
}

#[test]
fn play_says_which_response_a_delayed_effect_comes_from() {
    // Whichever number shipping anyway is shown as, its delayed load lands a response later,
    // beside another scene, and says where it came from; an immediate effect says nothing more.
    let runs: Vec<Run> = (1..=3).map(|n| cli(&["play", EXAMPLE, "--seed", "3"], &format!("{n}\n2\n\n"))).collect();
    let delayed = "(Support load: 40 → 70, a delayed result of your response 1)";
    assert_eq!(runs.iter().filter(|r| r.stdout.contains(delayed)).count(), 1, "{}", runs[0].stdout);
    assert!(runs.iter().any(|r| r.stdout.contains("(Support load: 40 → 30)\n")), "call Maya lands at once");
}

#[test]
fn play_stops_cleanly_at_the_end_of_input_with_the_log_so_far() {
    let run = cli(&["play", FIRST_CALL, "--seed", "1"], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains("Stopped before the end."), "{}", run.stdout);
    let log = log_line(&run.stdout);
    let playthrough = engine::Playthrough::decode(&log).expect("a valid log");
    assert!(playthrough.responses.is_empty());
}

#[test]
fn play_responses_prints_each_plan_transcript() {
    for plan in plans() {
        let args: Vec<String> = plan.args();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = cli(&args, "");
        assert_eq!(run.code, Some(0), "{}: {}", plan.name, run.stderr);
        assert_eq!(run.stdout, plan.transcript, "{}", plan.name);
    }
}

#[test]
fn play_responses_refuses_a_log_that_does_not_fit_with_a_clear_message() {
    let scenario = engine::load(&fs::read_to_string(root().join(FIRST_CALL)).expect("readable")).expect("loads");
    let stale = format!("jc1 first-call {:08x} 1 p0", scenario.hash ^ 1);
    for (log, message) in [
        ("p0.zz", "response 2 (`zz`) is not a response token"),
        ("p7", "response 1 (`p7`) does not fit decision `first-move`, which takes `p` and an option index from 0 to 1"),
        ("p0c2", "does not fit decision `first-move`"),
        ("p0.p1", "response 2 (`p1`) comes after the story has ended at `ready`"),
        ("jc1 support-scripts 00000000 1 p0", "this log is for scenario `support-scripts`, not `first-call`"),
        (&stale, "saved against another version of `first-call`"),
        ("jc1 first-call", "the content hash is missing"),
    ] {
        let run = cli(&["play", FIRST_CALL, "--responses", log], "");
        assert_eq!(run.code, Some(1), "{log}");
        assert!(run.stdout.is_empty(), "{log}: {}", run.stdout);
        assert!(run.stderr.contains(message), "{log}: {}", run.stderr);
    }
}

#[test]
fn analyse_json_reports_paths_endings_and_bot_scores() {
    let run = cli(&["analyse", "--format", "json", "scenarios/"], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    let scenarios = json["scenarios"].as_array().expect("a scenarios array");
    assert_eq!(scenarios.len(), library::ENTRIES.len());
    for s in scenarios {
        let id = s["id"].as_str().expect("an id");
        assert!(s["paths"].as_u64().is_some_and(|p| p >= 1), "{id}: paths");
        assert!(s["endings"].as_u64().is_some_and(|e| e >= 1), "{id}: endings");
        assert!(s["unreachable_endings"].as_array().is_some_and(|u| u.is_empty()), "{id}: unreachable endings");
        for bot in ["expert", "random", "first", "last", "longest", "cautious"] {
            let score = s["bots"][bot].as_f64().unwrap_or(-1.0);
            assert!((0.0..=100.0).contains(&score), "{id}: {bot} scored {score}");
        }
    }
}

#[test]
fn analyse_json_gives_a_poor_path_that_plays_to_an_ending_below_the_experts() {
    let run = cli(&["analyse", "--format", "json", "scenarios/"], "");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    for s in json["scenarios"].as_array().expect("a scenarios array") {
        let id = s["id"].as_str().expect("an id");
        let bot = s["poor_bot"].as_str().expect("a poor bot");
        assert!(["random", "first", "last", "longest", "cautious"].contains(&bot), "{id}: {bot}");
        let log = s["poor_log"].as_str().expect("a poor log");
        let played = cli(&["play", &format!("scenarios/{id}.scenario"), "--responses", log, "--seed", "0"], "");
        assert_eq!(played.code, Some(0), "{id}: {}", played.stderr);
        assert!(played.stdout.contains("\nEnding: "), "{id}: the poor path reaches an ending");
        let overall: f64 = played
            .stdout
            .split("Overall score: ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("an overall score");
        assert!(overall < 100.0, "{id}: the poor path scored {overall}");
    }
}

#[test]
fn analyse_refuses_a_broken_file_with_its_diagnostics() {
    let dir = scratch("analyse-broken");
    let file = dir.join("broken.scenario");
    std::fs::write(&file, "id: broken\ntitle: Broken\n== scene a\n-> nowhere\n").expect("writable");
    let run = cli(&["analyse", file.to_str().expect("utf-8 path")], "");
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("error[unknown-target]"), "{}", run.stderr);
}
