//! `judgement-call new`: a new scenario file from a small, complete, commented skeleton that
//! checks cleanly, so an author starts from something that plays and edits it into a story.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::Path;
use std::process::ExitCode;

use engine::parse::is_id;

use crate::files::EXTENSION;
use crate::out;

/// Checks a scenario id given on the command line, for clap.
pub fn id(text: &str) -> Result<String, String> {
    if is_id(text) {
        Ok(text.to_string())
    } else {
        Err(format!("`{text}` is not a scenario id: use letters, digits, `-` and `_`, as in `first-call`"))
    }
}

pub fn run(id: &str, dir: &Path) -> ExitCode {
    let path = dir.join(format!("{id}.{EXTENSION}"));
    if let Err(e) = fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    // `create_new` refuses an existing file in the same step that creates it, so an author's
    // work is never overwritten, even by two runs at once.
    let written = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut file| file.write_all(skeleton(id).as_bytes()));
    match written {
        Ok(()) => {
            out::line(&format!("created {}", path.display()));
            out::line(&format!("check it with `judgement-call check {}`", path.display()));
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            eprintln!("error: {} already exists; `new` never overwrites a file, so pick another id", path.display());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            ExitCode::from(2)
        }
    }
}

/// The skeleton with the id and a title made from it.
pub fn skeleton(id: &str) -> String {
    SKELETON.replace("{id}", id).replace("{title}", &title(id))
}

/// `support-scripts` becomes "Support scripts".
fn title(id: &str) -> String {
    let words = id.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => id.to_string(),
    }
}

/// Every construct an author usually needs, each with a comment saying what it is for.
/// docs/scenario-language.md is the full reference.
const SKELETON: &str = r#"// {title}: a new Judgement Call scenario. Replace the placeholder text with your story;
// docs/scenario-language.md describes the language. Check the file as you go with
// `judgement-call check`, draw it with `judgement-call graph` and try it with `judgement-call play`.

// The header: metadata, then declarations. Only id and title are required; the file is
// named after the id.
id: {id}
title: {title}
summary: One or two sentences for the library card: the situation and the question it
    puts to the learner.
level: mid
minutes: 10
skills: judgement, stakeholders
seeds: it-depends
version: 1
language: en
pass: 70
goal: What the learner is trying to achieve, shown at the start and in the debrief.
start: kickoff

// The competencies that options give evidence for.
dimension judgement: Decision quality
dimension nuance: Nuance
dimension stakeholders: Stakeholder insight
dimension ownership: Ownership

// State the story keeps: a whole number kept within its range, its starting value and label.
state trust: number 0..100 = 50 "Team trust"

// The rating panel: at least three experts, each described by what they weigh, rate every
// option of pick, rate and rank decisions from 1 to 7.
rater lead: A product lead. Weighs outcomes and timing.
rater eng: An engineering manager. Weighs the team's load and the risk of rework.
rater customer: A customer-facing lead. Weighs what customers notice first.

// A scene is prose, then a route to the next block. Prose may use *emphasis*, lists (lines
// starting "- ") and quotations (lines starting "> "). Leave the pivotal fact unmarked: bold
// on it would give the answer away.
== scene kickoff
Set the scene in a few sentences: who is involved, what has just happened, and what is
at stake.

- one fact the learner should weigh;
- another fact, which may be a distraction.

-> first-move

// A pick decision: the learner picks one option, says how sure they are, and then sees its
// consequence and coaching.
== decision first-move (pick)
ask: What do you do first?
confidence: How sure are you that this is a good call?
reasoning: If the first fact holds, the best option is right; if the second matters more,
    the middle one is. Here the first fact holds, so pick the best option.
discuss: What would have to be true for the middle option to be the better call?

// Each option: what it does (its move: investigate, consult, inform, advocate, confront,
// escalate, delegate, defer, scope, commit, decline or covert), the experts' ratings,
// evidence for dimensions (-1 to +1), effects on state, what happens straight after
// (consequence) and why it was or wasn't a good call (coaching). Vary which moves win:
// `judgement-call analyse` plays by reflex ("never escalate") and says if that would pass.
* best: The strongest option, in the learner's words.
  move: commit
  ratings: lead 6, eng 6, customer 7
  evidence: judgement +1, stakeholders +1
  effect: trust + 10
  consequence: What happens straight after this choice.
  coaching: Why this was a good call.

* middle: A reasonable option that has a cost.
  move: scope
  ratings: lead 5, eng 4, customer 4
  evidence: judgement +0.5, nuance -0.5
  effect: trust - 5
  consequence: What happens straight after this choice.
  coaching: What this option gets right, and what it misses.

// This option's effect lands one decision later, and the learner is not told when it does.
* worst: A tempting option that backfires.
  move: escalate
  ratings: lead 2, eng 1, customer 3
  evidence: judgement -1, ownership -1
  effect: trust - 20 after 1 hidden
  consequence: What happens straight after this choice.
  coaching: Why it backfires.

-> what-matters

// A considerations decision: the learner ticks what matters. Positive weights mark what
// matters; the distractors' negative weights must add up to at least as much.
== decision what-matters (considerations)
ask: Which of these matter for the call?
* customers: What customers will notice first.
  weight: +2
  stakeholder: Customers
* team-load: How much the team can absorb this week.
  weight: +1
* noise: A detail that looks important but is not.
  weight: -3

// -> end picks the first ending whose when: holds.
-> end

== ending good
title: A good outcome
when: trust >= 50
What the good outcome looks like, and what the learner's choices did to bring it about.

// The last ending has no when:, so -> end always finds one.
== ending hard
title: A hard week
What the hard outcome looks like, and which choices led here.
"#;
