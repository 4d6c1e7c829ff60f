//! Every built-in scenario loads without diagnostics and can be played to an ending through
//! the engine's public API; and the library as a whole keeps the rules that make its scores
//! mean judgement: no reflex passes, every move wins and loses, every seed idea is trained
//! twice, and every scenario has a cast of its own.

use std::collections::{BTreeMap, BTreeSet};

use engine::bot::{self, Balance, Bot};
use engine::markdown::{Chunk, Inline};
use engine::scenario::{Decision, DecisionKind, Level, Move, NodeKind, Scenario};
use engine::{self, Answer, Confidence, Playthrough, Response, Step};
use library::{ENTRIES, INDEX};

/// The response a learner gives who always goes with the first option shown: picks it, rates
/// it highest, ranks in shown order, ticks it alone; and is fairly sure when asked.
fn first_shown(decision: &Decision, order: &[usize]) -> Response {
    let n = decision.options.len();
    let answer = match decision.kind {
        DecisionKind::Pick => Answer::Pick(order[0]),
        DecisionKind::Rate => Answer::Rate((0..n).map(|i| if i == order[0] { 7 } else { 4 }).collect()),
        DecisionKind::Rank => Answer::Rank(order.to_vec()),
        DecisionKind::Considerations | DecisionKind::Pivot => Answer::Tick((0..n).map(|i| i == order[0]).collect()),
    };
    Response::new(answer, decision.confidence.as_ref().map(|_| Confidence::FairlySure))
}

#[test]
fn every_built_in_scenario_is_clean() {
    assert!(!ENTRIES.is_empty());
    for entry in ENTRIES {
        let (scenario, diagnostics) = engine::check(entry.source);
        assert!(diagnostics.is_empty(), "{}: {diagnostics:?}", entry.file);
        let scenario = scenario.expect("a clean scenario loads");
        assert_eq!(format!("{}.scenario", scenario.meta.id), entry.file, "the file is named after the scenario id");
    }
}

#[test]
fn the_index_lists_every_scenario_as_the_engine_reads_it() {
    let translations = library::TRANSLATIONS.iter().map(|t| (Some(t.of), &t.entry));
    let entries: Vec<(Option<&str>, &library::Entry)> = ENTRIES.iter().map(|e| (None, e)).chain(translations).collect();
    assert_eq!(INDEX.len(), entries.len());
    for (listing, (of, entry)) in INDEX.iter().zip(entries) {
        let meta = engine::load(entry.source).expect("loads").meta;
        let folder = match of {
            None => "scenarios".to_string(),
            Some(_) => format!("translations/{}", meta.language),
        };
        assert_eq!(listing.file, format!("{folder}/{}", entry.file));
        assert_eq!(listing.of, of);
        assert_eq!(listing.language, meta.language);
        if let Some(of) = of {
            // A translation has an id of its own, in another language than its scenario's.
            let original =
                INDEX.iter().find(|l| l.id == of && l.of.is_none()).expect("a translation of a library scenario");
            assert_ne!(listing.id, of);
            assert_ne!(listing.language, original.language);
        }
        assert_eq!(listing.id, meta.id);
        assert_eq!(listing.title, meta.title);
        assert_eq!(listing.summary, meta.summary);
        assert_eq!(listing.level, meta.level.map(|l| l.as_str()));
        assert_eq!(listing.minutes, meta.minutes);
        assert_eq!(listing.pass, meta.pass);
        assert_eq!(listing.skills, meta.skills);
        // Reading without analysis gives the same scenario.
        assert_eq!(engine::read(entry.source).as_ref().ok(), engine::load(entry.source).as_ref().ok());
    }
}

#[test]
fn always_picking_the_first_shown_option_reaches_an_ending() {
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("built-in scenarios load");
        let mut playthrough = Playthrough::new(&scenario, 42);
        for _ in 0..=scenario.nodes().len() {
            let position = engine::replay(&scenario, &playthrough).expect("a fresh playthrough replays");
            match position.step {
                Step::End(_) => break,
                Step::Decide { decision, order } => {
                    let response = first_shown(decision, &order);
                    playthrough = engine::respond(&scenario, &playthrough, response).expect("a shown option is valid");
                }
            }
        }
        let end = engine::replay(&scenario, &playthrough).expect("replays");
        assert!(matches!(end.step, Step::End(_)), "{} never ended", entry.file);
        // The compact log survives a round trip and replays to the same place.
        let decoded = Playthrough::decode(&playthrough.encode()).expect("decodes");
        assert_eq!(engine::replay(&scenario, &decoded).expect("replays").node, end.node);
    }
}

#[test]
fn responses_that_do_not_fit_are_refused() {
    let scenario = engine::load(ENTRIES[0].source).expect("loads");
    let fresh = Playthrough::new(&scenario, 1);
    assert_eq!(engine::respond(&scenario, &fresh, Response::pick(99)), Err(engine::PlayError::InvalidResponse));
    let mut foreign = fresh.clone();
    foreign.hash ^= 1;
    assert_eq!(engine::replay(&scenario, &foreign).err(), Some(engine::PlayError::WrongScenario));
}

#[test]
fn the_library_covers_every_seed_idea_and_names_no_other() {
    use library::SEED_IDEAS;
    let known: Vec<&str> = SEED_IDEAS.iter().map(|s| s.id).collect();
    let mut covered = std::collections::BTreeSet::new();
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("loads");
        let named = scenario.meta.seeds;
        assert!(!named.is_empty(), "{} names no seed idea", entry.file);
        for seed in named {
            assert!(known.contains(&seed.as_str()), "{}: unknown seed idea `{seed}`", entry.file);
            covered.insert(seed);
        }
    }
    let missing: Vec<&&str> = known.iter().filter(|k| !covered.contains(**k)).collect();
    assert!(missing.is_empty(), "no scenario trains {missing:?}");
    assert!(ENTRIES.len() >= 14, "the library has {} scenarios", ENTRIES.len());
}

/// The library's authoring rules that can be checked mechanically: enough decisions with
/// scenes between them, endings chosen by state, a delayed consequence, varied decision
/// kinds, confidence, a rating panel, defensible options and discussion prompts.
#[test]
fn every_scenario_follows_the_authoring_rules() {
    use engine::bot::{self, Bot};
    use engine::scenario::NodeKind;
    use engine::score::expert_means;

    for entry in ENTRIES {
        let (found, diagnostics) = engine::study(entry.source);
        assert!(diagnostics.is_empty(), "{}: {diagnostics:?}", entry.file);
        let (scenario, analysis) = found.expect("loads");
        let file = entry.file;
        let decisions: Vec<_> = scenario.decisions().collect();
        assert!(decisions.len() >= 5, "{file}: {} decisions", decisions.len());
        assert!(scenario.raters().len() >= 3, "{file}: {} raters", scenario.raters().len());
        assert!(scenario.raters().iter().all(|r| r.description.len() > 20), "{file}: describe every rater");

        let kinds: std::collections::BTreeSet<&str> =
            decisions.iter().map(|(_, d)| d.kind.as_str()).filter(|k| *k != "pick").collect();
        assert!(kinds.len() >= 2, "{file}: kinds besides pick: {kinds:?}");
        let confident = decisions.iter().filter(|(_, d)| d.confidence.is_some()).count();
        assert!(confident >= 2, "{file}: confidence asked at {confident} decisions");

        for (node, decision) in &decisions {
            let id = &scenario.node(*node).id;
            assert!(!decision.discuss.is_empty(), "{file}: `{id}` has no discussion prompt");
            assert!(!decision.reasoning.is_empty(), "{file}: `{id}` has no expert reasoning");
            if !decision.kind.is_checklist() {
                let mut means = expert_means(decision);
                means.sort_by(|a, b| b.total_cmp(a));
                assert!(means[0] - means[1] <= 1.5, "{file}: `{id}` has one obvious answer ({means:?})");
            }
        }

        let endings = scenario.endings().filter(|(_, e)| e.when.is_some());
        assert!(endings.count() >= 2, "{file}: endings chosen by state");
        assert!(analysis.endings.len() >= 3, "{file}: {} endings reached", analysis.endings.len());
        assert!(analysis.unreachable_endings.is_empty() && analysis.unreachable.is_empty(), "{file}: unreachable");

        let delayed = decisions.iter().flat_map(|(_, d)| &d.options).flat_map(|o| &o.effects).any(|e| e.delay >= 2);
        assert!(delayed, "{file}: no consequence delayed by two decisions or more");

        // Narrative sits between decisions on the expert's path: a scene, or prose that opens
        // the next decision (the last response leads to an ending).
        let expert = bot::play(&scenario, &analysis, Bot::Expert, 0);
        assert!(expert.len() >= 5, "{file}: the expert answers {} decisions", expert.len());
        let mut playthrough = Playthrough::new(&scenario, 0);
        for answered in &expert {
            playthrough = engine::respond(&scenario, &playthrough, answered.response.clone()).expect("replays");
            let position = engine::replay(&scenario, &playthrough).expect("replays");
            let scene = position.passage.iter().any(|p| matches!(scenario.node(p.node).kind, NodeKind::Scene { .. }));
            let ended = matches!(position.step, Step::End(_));
            let opens = !scenario.node(position.node).prose.is_empty();
            assert!(scene || ended || opens, "{file}: no narrative after `{}`", scenario.node(answered.decision).id);
        }
    }
}

/// A participant's result code for any built-in scenario stays short enough to type: at
/// most 40 characters for six decisions, and not much more for the longest scenario.
#[test]
fn result_codes_for_the_library_are_short_and_read_back() {
    use engine::bot::{self, Bot};
    use workshop::code;
    for entry in ENTRIES {
        let (found, _) = engine::study(entry.source);
        let (scenario, analysis) = found.expect("loads");
        for seed in 0..20 {
            let mut playthrough = Playthrough::new(&scenario, seed);
            let bot = if seed == 0 { Bot::Expert } else { Bot::Random };
            playthrough.responses =
                bot::play(&scenario, &analysis, bot, seed).into_iter().map(|a| a.response).collect();
            let text = code::encode(&scenario, &playthrough).expect("encodes");
            let six = playthrough.responses.len() <= 6;
            assert!(
                text.len() <= if six { 40 } else { 48 },
                "{}: {text} for {} responses",
                entry.file,
                playthrough.responses.len()
            );
            let mut read = code::decode(&scenario, &text).expect("decodes");
            read.seed = seed;
            assert_eq!(read, playthrough, "{}", entry.file);
        }
    }
}

/// Every chunk of prose a scenario shows or explains with: scenes,
/// decisions, endings, reasoning, consequences and coaching.
fn every_chunk(scenario: &Scenario) -> Vec<&Chunk> {
    let mut chunks: Vec<&Chunk> = Vec::new();
    for (_, node) in scenario.nodes() {
        chunks.extend(node.prose.iter().map(|p| &p.chunk));
        if let NodeKind::Decision(d) = &node.kind {
            chunks.extend(&d.reasoning);
            for option in &d.options {
                chunks.extend(option.consequence.iter().chain(&option.coaching));
            }
        }
    }
    chunks
}

/// A chunk's inline runs: a paragraph's, or each list item's or quotation paragraph's.
fn runs(chunk: &Chunk) -> Vec<&[Inline]> {
    match chunk {
        Chunk::Paragraph(inlines) => vec![inlines.as_slice()],
        Chunk::List(items) | Chunk::Quote(items) => items.iter().map(Vec::as_slice).collect(),
    }
}

fn strong(inlines: &[Inline]) -> bool {
    inlines.iter().any(|i| match i {
        Inline::Strong(_) => true,
        Inline::Emphasis(inner) => strong(inner),
        _ => false,
    })
}

/// Judgement, not tone: no rule about what options do or how they are worded passes. Every
/// option says what it does; no reflex or tone bot reaches a scenario's pass mark; averaged
/// over the library, the best of them stays within 10 points of random; and every move is
/// the best option at two decisions or more, and the worst at two or more.
#[test]
fn no_reflex_passes_the_library() {
    let mut failures = Vec::new();
    let mut totals: BTreeMap<String, f64> = BTreeMap::new();
    let mut balance: BTreeMap<Move, Balance> = BTreeMap::new();
    for entry in ENTRIES {
        let (found, _) = engine::study(entry.source);
        let (scenario, analysis) = found.expect("loads");
        for (node, d) in scenario.decisions().filter(|(_, d)| !d.kind.is_checklist()) {
            for option in d.options.iter().filter(|o| o.r#move.is_none()) {
                failures.push(format!("{}: `{}.{}` has no move", entry.file, scenario.node(node).id, option.id));
            }
        }
        let pass = f64::from(scenario.meta.pass);
        for bot in Bot::every() {
            let score = bot::score(&scenario, &analysis, bot);
            *totals.entry(bot.to_string()).or_default() += score;
            if bot != Bot::Expert && score >= pass {
                failures.push(format!("{}: {bot} scores {score:.1}, at or above the pass mark {pass}", entry.file));
            }
        }
        for (m, b) in bot::balance(&scenario) {
            let sum = balance.entry(m).or_default();
            sum.options += b.options;
            sum.best += b.best;
            sum.worst += b.worst;
        }
    }
    let n = ENTRIES.len() as f64;
    let random = totals["random"] / n;
    for bot in Bot::reflexes() {
        let mean = totals[&bot.to_string()] / n;
        if mean > random + 10.0 {
            failures.push(format!("{bot} averages {mean:.1} over the library, random {random:.1}"));
        }
    }
    for (m, b) in &balance {
        if b.best < 2 || b.worst < 2 {
            failures.push(format!("`{}` is best at {} decisions and worst at {}", m.as_str(), b.best, b.worst));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What makes a scenario read lightly and fairly on a phone: no bold that points at the
/// pivotal fact, reasoning in sentences of at most 30 words, no hyphenated word broken across
/// a line of the file (the text would read "challenge-plan- thoughts"), and one pass mark.
#[test]
fn the_library_reads_lightly_and_fairly() {
    let mut failures = Vec::new();
    for entry in ENTRIES {
        let scenario = engine::load(entry.source).expect("loads");
        let file = entry.file;
        if scenario.meta.pass != 70 {
            failures.push(format!("{file}: a pass mark of {}, not the library's 70", scenario.meta.pass));
        }
        if every_chunk(&scenario).into_iter().flat_map(runs).any(strong) {
            failures.push(format!("{file}: bold prose"));
        }
        for (node, d) in scenario.decisions() {
            for run in d.reasoning.iter().flat_map(runs) {
                let text = engine::markdown::plain(run);
                for sentence in text.split_inclusive(['.', '?', '!', ';']) {
                    let words = sentence.split_whitespace().count();
                    if words > 30 {
                        failures
                            .push(format!("{file}: `{}` reasons in {words} words: {sentence}", scenario.node(node).id));
                    }
                }
            }
        }
        let broken = entry.source.lines().zip(entry.source.lines().skip(1)).any(|(line, next)| {
            let (line, next) = (line.trim_end(), next.trim_start());
            line.ends_with('-')
                && line[..line.len() - 1].ends_with(char::is_alphabetic)
                && next.starts_with(char::is_lowercase)
        });
        if broken {
            failures.push(format!("{file}: a hyphenated word broken across lines"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The library is wide: twenty scenarios or more, at least three for junior PMs and three for
/// leads, and every seed idea trained by two scenarios or more.
#[test]
fn the_library_is_wide() {
    use library::SEED_IDEAS;
    assert!(ENTRIES.len() >= 20, "the library has {} scenarios", ENTRIES.len());
    let levels: Vec<Level> = ENTRIES.iter().filter_map(|e| engine::load(e.source).expect("loads").meta.level).collect();
    for level in [Level::Junior, Level::Lead] {
        let n = levels.iter().filter(|l| **l == level).count();
        assert!(n >= 3, "{} scenarios for {}", n, level.as_str());
    }
    for seed in SEED_IDEAS {
        let trained: Vec<&str> = ENTRIES
            .iter()
            .filter(|e| engine::load(e.source).expect("loads").meta.seeds.iter().any(|s| s == seed.id))
            .map(|e| e.file)
            .collect();
        assert!(trained.len() >= 2, "`{}` is trained by {trained:?} only", seed.id);
    }
}

/// The people a scenario names: its raters, and everyone the `// Cast:` comment atop its file
/// lists, up to the `// Companies` line ("Name Surname (role), Name, role; …": the leading
/// capitalised words of each entry that is not a role).
fn cast(source: &str, scenario: &Scenario) -> BTreeSet<String> {
    const ROLES: &[&str] = &[
        "Cast",
        "Raters",
        "Support",
        "Sales",
        "Finance",
        "Engineering",
        "Marketing",
        "Product",
        "Legal",
        "Design",
        "Operations",
        "Head",
        "Chief",
        "Director",
        "Group",
        "Staff",
        "Principal",
        "Senior",
        "Lead",
        "Manager",
        "Vice",
    ];
    let mut text = String::new();
    let mut listing = false;
    for line in source.lines() {
        let Some(comment) = line.strip_prefix("//") else {
            if listing {
                break;
            }
            continue;
        };
        let comment = comment.trim();
        if comment.starts_with("Cast") {
            listing = true;
        } else if comment.starts_with("Compan") {
            listing = false;
        }
        if listing {
            text.push(' ');
            text.push_str(comment);
        }
    }
    // The companies follow the people, on their line or a line of their own.
    let text = text.split("Compan").next().unwrap_or_default();
    // Roles in parentheses say nothing about names.
    let mut plain = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut found = BTreeSet::new();
    for entry in plain.split([',', ';', ':']) {
        let words: Vec<&str> = entry.split_whitespace().collect();
        if words.first().is_some_and(|w| ROLES.contains(w)) {
            continue;
        }
        let name = |w: &&&str| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
        let leading = words.iter().take_while(name);
        found.extend(leading.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string()));
    }
    for rater in scenario.raters() {
        let name = rater.description.split(',').next().unwrap_or_default();
        found.extend(name.split_whitespace().map(str::to_string));
    }
    found
}

/// Every scenario has a cast of its own, listed in a `// Cast:` comment: no first name or
/// surname appears in two scenarios' casts; raters are named in no learner-facing text (the
/// debrief says "the Head of Support", not a name the learner never met); and no option,
/// block or state id names a person (ids show in transcripts, where "shadow-tomasz" reads as
/// a stranger).
#[test]
fn every_scenario_has_a_cast_of_its_own() {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut failures = Vec::new();
    for entry in ENTRIES {
        let (file, scenario) = (entry.file, engine::load(entry.source).expect("loads"));
        let cast = cast(entry.source, &scenario);
        if cast.len() < 4 {
            failures.push(format!("{file}: no `// Cast:` comment listing its people"));
        }
        for name in &cast {
            if let Some(other) = seen.insert(name.clone(), file) {
                failures.push(format!("`{name}` is in the casts of {other} and {file}"));
            }
        }
        let raters: BTreeSet<&str> = scenario
            .raters()
            .iter()
            .flat_map(|r| r.description.split(',').next().unwrap_or_default().split_whitespace())
            .collect();
        for chunk in every_chunk(&scenario) {
            for run in runs(chunk) {
                let text = engine::markdown::plain(run);
                let words: BTreeSet<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
                if let Some(name) = raters.iter().find(|r| words.contains(**r)) {
                    failures.push(format!("{file}: the rater {name} is named in: {text}"));
                }
            }
        }
        let lower: BTreeSet<String> = cast.iter().map(|n| n.to_lowercase()).collect();
        let mut ids: Vec<&str> = scenario.nodes().map(|(_, n)| n.id.as_str()).collect();
        ids.extend(scenario.states().iter().map(|s| s.id.as_str()));
        ids.extend(scenario.decisions().flat_map(|(_, d)| d.options.iter().map(|o| o.id.as_str())));
        for id in ids {
            if id.split(['-', '_']).any(|part| lower.contains(part)) {
                failures.push(format!("{file}: the id `{id}` names a person"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
