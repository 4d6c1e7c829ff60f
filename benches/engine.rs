//! Engine benchmarks (divan; not part of `./x test`): checking and analysing the built-in
//! library, and generated scenarios of 10,000 and 100,000 scenes to show growth is linear.
//!
//! Run with `cargo bench --bench engine`.

#![allow(clippy::expect_used, reason = "benchmark code: a built-in scenario that fails to load should stop the run")]

use engine::bot::{self, Bot};
use library::ENTRIES;

/// The same allocator as the CLI, so the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// The whole built-in library, as `judgement-call check` and `analyse` do it: parse,
/// validate and analyse every scenario, then score every bot, the reflex bots included.
#[divan::bench]
fn library() {
    for entry in ENTRIES {
        let (found, _) = engine::study(divan::black_box(entry.source));
        let (scenario, analysis) = found.expect("built-in scenarios load");
        for bot in Bot::every() {
            divan::black_box(bot::score(&scenario, &analysis, bot));
        }
    }
}

/// A generated scenario with `scenes` scenes: alternating scenes and two-option decisions
/// whose options rejoin and set a state variable (so the reachable states per scene stay few,
/// as in authored scenarios), with evidence, ending in two endings chosen by state.
fn generated(scenes: usize) -> String {
    let mut text = String::from(
        "id: generated\ntitle: Generated\ndimension judgement: Judgement\n\
         state load: number 0..100 = 50 \"Load\"\nrater a: A\nrater b: B\nrater c: C\n\n",
    );
    for i in 0..scenes {
        text.push_str(&format!(
            "== scene s{i}\nScene {i} sets up the next call.\n\n-> d{i}\n\n\
             == decision d{i}\nask: Which way at {i}?\n\n\
             * x: Take the steady path.\n  ratings: a 6, b 5, c 6\n  evidence: judgement +1\n  effect: load = 40\n  -> {next}\n\n\
             * y: Take the risky path.\n  ratings: a 3, b 4, c 2\n  evidence: judgement -1\n  effect: load = 60\n  -> {next}\n\n",
            next = if i + 1 == scenes { "end".to_string() } else { format!("s{}", i + 1) },
        ));
    }
    text.push_str("== ending calm\ntitle: Calm\nwhen: load <= 50\nAll calm.\n\n== ending busy\ntitle: Busy\nBusy.\n");
    text
}

#[divan::bench(args = [1_000, 10_000, 100_000], sample_count = 10)]
fn generated_scenes(bencher: divan::Bencher, scenes: usize) {
    let text = generated(scenes);
    // `study` parses, validates and analyses, which is what `check` does.
    bencher.bench(|| divan::black_box(engine::study(divan::black_box(&text))));
}
