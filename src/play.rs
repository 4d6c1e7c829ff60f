//! `judgement-call play`: play a scenario in the terminal, or replay a response log as a
//! transcript followed by the debrief: the short one that teaches, or with `--full` the
//! whole score breakdown and debrief.
//!
//! Interactive play shows each passage's prose as wrapped plain text and each decision's ask
//! with its options numbered in the shuffled order the learner sees, reads answers from
//! stdin (asking again after an answer that does not fit), and ends with the ending, the
//! transcript, the debrief and the encoded log, which `--responses` replays. End of input stops cleanly
//! and prints the log so far.

use std::io::{self, BufRead};
use std::path::Path;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use engine::analyse;
use engine::playthrough::{Cursor, Moved, decode_response};
use engine::scenario::{Decision, DecisionKind, Scenario};
use engine::{Answer, Confidence, Playthrough, Response, Step};
use report::Length;
use report::text::{WIDTH, prose, wrap};

use crate::{files, out};

/// The seed a scripted replay of bare response tokens uses when `--seed` is not given.
const DEFAULT_REPLAY_SEED: u64 = 1;

pub fn run(path: &Path, seed: Option<u64>, responses: Option<&str>, length: Length) -> ExitCode {
    let scenario = match files::load(path) {
        Ok(scenario) => scenario,
        Err(code) => return code,
    };
    match responses {
        Some(log) => replay(&scenario, log, seed, length),
        None => {
            let seed = seed.unwrap_or_else(fresh_seed);
            interactive(&scenario, seed, length, &mut io::stdin().lock())
        }
    }
}

/// `--responses`: the transcript of a full `jc1 …` log, or of bare tokens with the seed.
fn replay(scenario: &Scenario, log: &str, seed: Option<u64>, length: Length) -> ExitCode {
    let playthrough = match read_log(scenario, log, seed) {
        Ok(playthrough) => playthrough,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    match played(scenario, &playthrough, length) {
        Ok(text) => {
            out::print(&text);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The transcript, then the debrief, short or full.
fn played(scenario: &Scenario, playthrough: &Playthrough, length: Length) -> Result<String, report::ReplayError> {
    let transcript = report::transcript(scenario, playthrough)?;
    let analysis = analyse::analyse(scenario);
    let debrief = report::debrief(scenario, &analysis, playthrough, length)?;
    Ok(format!("{transcript}\n{debrief}"))
}

/// Reads a log given on the command line, checking that a full log belongs to this scenario.
fn read_log(scenario: &Scenario, log: &str, seed: Option<u64>) -> Result<Playthrough, String> {
    let log = log.trim();
    if log.starts_with("jc") {
        let playthrough = Playthrough::decode(log).map_err(|e| e.to_string())?;
        if seed.is_some() {
            return Err("a `jc1 …` log carries its own seed; leave `--seed` out, or give only the responses".into());
        }
        if playthrough.scenario != scenario.meta.id {
            return Err(format!("this log is for scenario `{}`, not `{}`", playthrough.scenario, scenario.meta.id));
        }
        if playthrough.hash != scenario.hash {
            let tokens = log.split(' ').nth(4).unwrap_or("");
            return Err(format!(
                "this log was saved against another version of `{}` (content hash {:08x}; the file's is {:08x}); \
                 to try its responses on this version, pass just them: --responses '{tokens}' --seed {}",
                scenario.meta.id, playthrough.hash, scenario.hash, playthrough.seed
            ));
        }
        return Ok(playthrough);
    }
    let mut playthrough = Playthrough::new(scenario, seed.unwrap_or(DEFAULT_REPLAY_SEED));
    if !log.is_empty() {
        for (i, token) in log.split('.').enumerate() {
            let response = decode_response(token).ok_or_else(|| {
                format!(
                    "response {} (`{token}`) is not a response token; tokens look like `p2`, `r5174`, `k2031`, \
                     `t1011`, with `c1` to `c3` after them for confidence, joined by `.`",
                    i + 1
                )
            })?;
            playthrough.responses.push(response);
        }
    }
    Ok(playthrough)
}

/// A seed for a new interactive playthrough, from the clock: the CLI is the host here, and
/// the engine itself never reads a clock.
fn fresh_seed() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64 & 0xffff_ffff)
}

/// Plays from `input` until an ending or the end of input.
fn interactive(scenario: &Scenario, seed: u64, length: Length, input: &mut impl BufRead) -> ExitCode {
    let (mut cursor, mut moved) = match Cursor::start(scenario, seed) {
        Ok(started) => started,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut playthrough = Playthrough::new(scenario, seed);
    out::line(&scenario.meta.title);
    if !scenario.meta.goal.is_empty() {
        out::line(&wrap(&format!("Goal: {}", scenario.meta.goal), "", "  ", WIDTH).join("\n"));
    }
    out::line("(Answer with the numbers shown and press Enter; end the input, with Ctrl-D, to stop.)");
    loop {
        show_passage(scenario, &moved);
        let Step::Decide { decision, order } = cursor.step() else { break };
        show_decision(decision, &order);
        let Some(response) = ask_response(decision, &order, input) else {
            out::line("\nStopped before the end.");
            out::line(&format!("Log so far (replay it with --responses): {}", playthrough.encode()));
            return ExitCode::SUCCESS;
        };
        moved = match cursor.respond(&response) {
            Ok(next) => next,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        };
        if let Answer::Pick(picked) = response.answer
            && let Some(option) = decision.options.get(picked)
            && !option.consequence.is_empty()
        {
            out::line(&format!("\n{}", prose(&option.consequence, "", WIDTH)));
        }
        playthrough.responses.push(response);
    }
    out::line("\n--- Transcript ---\n");
    match played(scenario, &playthrough, length) {
        Ok(text) => out::print(&text),
        Err(error) => eprintln!("error: {error}"),
    }
    out::line(&format!("\nLog (replay it with --responses): {}", playthrough.encode()));
    ExitCode::SUCCESS
}

/// The prose of every block passed through, an ending's title before its prose, and the
/// visible effects that landed on the way (a delayed one says which response caused it, so
/// it is not read as the result of the scene it lands beside).
fn show_passage(scenario: &Scenario, moved: &Moved) {
    // An effect that left its value as it was tells the player nothing.
    for effect in moved.effects.iter().filter(|e| e.effect.visible && e.before != e.after) {
        let label = scenario.states().get(effect.effect.state).map_or("?", |s| s.label.as_str());
        let cause = if effect.effect.delay > 0 {
            format!(", a delayed result of your response {}", effect.cause.response + 1)
        } else {
            String::new()
        };
        out::line(&format!("({label}: {} → {}{cause})", effect.before, effect.after));
    }
    for passed in &moved.passage {
        if let Some(ending) = scenario.ending(passed.node) {
            out::line(&format!("\n== {} ==", ending.title));
        }
        if !passed.prose.is_empty() {
            out::line(&format!("\n{}", prose(passed.prose.iter().copied(), "", WIDTH)));
        }
    }
}

fn show_decision(decision: &Decision, order: &[usize]) {
    out::line(&format!("\n{}", wrap(&decision.ask, "", "", WIDTH).join("\n")));
    let instruction = match decision.kind {
        DecisionKind::Pick => "Pick one option.",
        DecisionKind::Rate => "Rate every option from 1 (poor) to 7 (excellent).",
        DecisionKind::Rank => "Order the options from best to worst.",
        DecisionKind::Considerations => "Tick the considerations that matter.",
        DecisionKind::Pivot => "Tick the facts that, if they were different, would change the best call.",
    };
    // Said up front, so that nobody answering from a script is caught out by the extra line.
    let then = if decision.confidence.is_some() { " Then say how sure you are." } else { "" };
    out::line(&format!("{instruction}{then}"));
    for (shown, &option) in order.iter().enumerate() {
        let text = decision.options.get(option).map_or("", |o| o.text.as_str());
        let number = format!("  {}. ", shown + 1);
        let indent = " ".repeat(number.chars().count());
        out::line(&wrap(text, &number, &indent, WIDTH).join("\n"));
    }
}

/// Asks for the answer and, when the decision wants it, the confidence; `None` at the end
/// of input.
fn ask_response(decision: &Decision, order: &[usize], input: &mut impl BufRead) -> Option<Response> {
    let n = order.len();
    let answer = match decision.kind {
        DecisionKind::Pick => {
            let shown = ask(input, &format!("Your choice (1-{n}): "), |line| one_of(line, n, "option"))?;
            Answer::Pick(order.get(shown).copied()?)
        }
        DecisionKind::Rate => {
            let prompt = format!("Your {n} ratings, in the order shown (such as {}): ", example_ratings(n));
            let ratings = ask(input, &prompt, |line| ratings(line, n))?;
            let mut authored = vec![0; n];
            for (&option, rating) in order.iter().zip(ratings) {
                if let Some(slot) = authored.get_mut(option) {
                    *slot = rating;
                }
            }
            Answer::Rate(authored)
        }
        DecisionKind::Rank => {
            let ranked =
                ask(input, &format!("Option numbers, best first (such as {}): ", example(n)), |line| ranking(line, n))?;
            Answer::Rank(ranked.iter().filter_map(|&shown| order.get(shown).copied()).collect())
        }
        DecisionKind::Considerations | DecisionKind::Pivot => {
            let ticked = ask(input, "Numbers to tick (such as 1 3; a blank line for none): ", |line| ticks(line, n))?;
            let mut authored = vec![false; n];
            for shown in ticked {
                if let Some(slot) = order.get(shown).and_then(|&option| authored.get_mut(option)) {
                    *slot = true;
                }
            }
            Answer::Tick(authored)
        }
    };
    let confidence = match &decision.confidence {
        Some(prompt) => {
            out::line(&format!("\n{}", wrap(prompt, "", "", WIDTH).join("\n")));
            let labels: Vec<String> = Confidence::ALL.iter().map(|c| format!("{} {}", c.level(), c.label())).collect();
            let level = ask(input, &format!("{}: ", labels.join(", ")), |line| one_of(line, 3, "level"))?;
            Some(Confidence::from_level(level as u8 + 1)?)
        }
        None => None,
    };
    Some(Response::new(answer, confidence))
}

/// Prompts until `parse` accepts a line; `None` at the end of input. An answer that does not
/// fit is explained and asked for again.
fn ask<T>(input: &mut impl BufRead, prompt: &str, parse: impl Fn(&str) -> Result<T, String>) -> Option<T> {
    loop {
        out::print(prompt);
        let mut bytes = Vec::new();
        // A read error ends the play like the end of input does: there is no more to read.
        match input.read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => {
                out::line("");
                return None;
            }
            Ok(_) => {}
        }
        match parse(String::from_utf8_lossy(&bytes).trim()) {
            Ok(value) => return Some(value),
            Err(message) => out::line(&format!("That doesn't fit: {message}")),
        }
    }
}

/// One number from 1 to `n`, as a 0-based position.
fn one_of(line: &str, n: usize, what: &str) -> Result<usize, String> {
    match line.parse::<usize>() {
        Ok(k) if (1..=n).contains(&k) => Ok(k - 1),
        _ => Err(format!("type one {what} number from 1 to {n}.")),
    }
}

/// A rating from 1 to 7 for each of `n` options, as numbers or one run of digits.
fn ratings(line: &str, n: usize) -> Result<Vec<u8>, String> {
    let wrong =
        || format!("give {n} ratings from 1 to 7, one per option in the order shown, such as {}.", example_ratings(n));
    let numbers = numbers(line, true).ok_or_else(wrong)?;
    if numbers.len() != n || numbers.iter().any(|r| !(1..=7).contains(r)) {
        return Err(wrong());
    }
    Ok(numbers.into_iter().map(|r| r as u8).collect())
}

/// Every option number once, best first, as 0-based positions.
fn ranking(line: &str, n: usize) -> Result<Vec<usize>, String> {
    let wrong = || format!("list all {n} option numbers once each, best first, such as {}.", example(n));
    let numbers = numbers(line, n <= 9).ok_or_else(wrong)?;
    let mut seen = vec![false; n];
    for &k in &numbers {
        match k.checked_sub(1).and_then(|i| seen.get_mut(i)) {
            Some(slot) if !*slot => *slot = true,
            _ => return Err(wrong()),
        }
    }
    if numbers.len() != n {
        return Err(wrong());
    }
    Ok(numbers.into_iter().map(|k| k - 1).collect())
}

/// The item numbers to tick, as 0-based positions; a blank line ticks none.
fn ticks(line: &str, n: usize) -> Result<Vec<usize>, String> {
    let wrong = || format!("type the numbers of the items to tick, each from 1 to {n}, or a blank line for none.");
    let numbers = numbers(line, n <= 9).ok_or_else(wrong)?;
    if numbers.iter().any(|k| !(1..=n).contains(k)) {
        return Err(wrong());
    }
    Ok(numbers.into_iter().map(|k| k - 1).collect())
}

/// Whole numbers separated by spaces or commas. When `digits` is set, one run of several
/// digits is read as one number per digit, so `536` is 5, 3 and 6.
fn numbers(line: &str, digits: bool) -> Option<Vec<usize>> {
    let words: Vec<&str> = line.split([' ', ',', '\t']).filter(|w| !w.is_empty()).collect();
    if let [word] = words.as_slice()
        && digits
        && word.len() > 1
        && word.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(word.bytes().map(|b| usize::from(b - b'0')).collect());
    }
    words.iter().map(|w| w.parse().ok()).collect()
}

/// `1 2 3 …` for `n` options, as an example answer.
fn example(n: usize) -> String {
    (1..=n.min(9)).map(|k| k.to_string()).collect::<Vec<_>>().join(" ")
}

/// Example ratings for `n` options.
fn example_ratings(n: usize) -> String {
    [5, 3, 6, 2, 7, 4, 1].iter().cycle().take(n).map(|r| r.to_string()).collect::<Vec<_>>().join(" ")
}
