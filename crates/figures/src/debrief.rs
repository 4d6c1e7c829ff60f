//! The sentences of the debrief, worded once from [`engine::debrief`] for the CLI's `play
//! --responses` and the web app's Debrief view: the goal, each teaching moment (why it was
//! chosen, the answer, what the experts preferred and how they spread, the concerns missed,
//! what the choice caused), where the learner left the expert's path, why the story ended
//! where it did, the road not taken, the next step with its habit, and the replay.
//!
//! The names in them are the reader's ([`Names`]); the layout (headings, lists, tables) is
//! each host's.

use crate::names::Names;
use crate::signed;
use crate::text::{Text, stop};
use engine::debrief::{Debrief, Fork, Lesson, Link, Moment, NextStep, Replay, Road, Spread};
use engine::scenario::{Change, NodeId, Value};
use engine::score::{Fit, RatingProfile};
use engine::scorecard::{CALIBRATION, NUANCE, STAKEHOLDERS, Scorecard};
use engine::{Answer, AppliedEffect};

/// The heading of the teaching moments.
pub const TEACHING_MOMENTS: &str = "Teaching moments";
/// The heading of a moment's expert reasoning.
pub const WHY: &str = "Why";
/// The heading of a moment's coaching.
pub const COACHING: &str = "Coaching";
/// The heading of what a moment's choice caused.
pub const CAUSED: &str = "What it caused";
/// The heading of where the other options led.
pub const ROAD_NOT_TAKEN: &str = "The road not taken";
/// The heading of the first teaching moment, the one the debrief opens with.
pub const THE_LESSON: &str = "The lesson";
/// The heading of the moments after the first.
pub const ALSO: &str = "Also worth a look";
/// The heading of what went wrong with the learner's answer.
pub const FELL_SHORT: &str = "Where it fell short";
/// The heading of what the experts' reasoning turns on.
pub const WEIGH: &str = "What a senior PM weighs";
/// What a debrief says when no call lost enough to teach from.
pub const NO_MOMENTS: &str = "No call lost enough to teach from: every one was as good as the experts', or close.";
/// What a moment says when the experts split.
pub const SPLIT: &str = "Experts split here: more than one call is defensible.";
/// Why an ending was reached when nothing on the path decided it.
pub const UNDECIDED: &str = "Every path can end here; no choice or change of state decided it.";

/// Where the learner was going: "Where you were going: Ship value without …".
pub fn goal(goal: &str) -> Text {
    Text::new().label("Where you were going:").plain(" ").plain(goal)
}

/// Why a response became a teaching moment, as a clause: "your largest loss, 33.3 overall
/// points".
pub fn lesson(m: &Moment) -> Text {
    Text::from(match m.lesson {
        Lesson::ConfidentError => "you were Sure, and it was not an acceptable call".to_string(),
        Lesson::Regret if m.largest => format!("your largest loss, {:.1} overall points", m.points),
        Lesson::Regret => format!("a loss of {:.1} overall points", m.points),
        Lesson::Missed => "you missed what matters here".to_string(),
    })
}

/// Where a teaching moment happened and what it came to, as a sentence: "At “Who first?”
/// (decision 1) you lost 25.0 points, your largest loss.", "At “Who first?” (decision 1)
/// you were sure of a call the experts do not accept; it cost 25.0 points."
pub fn came_to(names: &Names, m: &Moment) -> Text {
    let at = format!("{} ({})", names.decision(m.decision), names.response(m.response));
    Text::from(match m.lesson {
        Lesson::ConfidentError if m.points >= 0.05 => {
            format!("At {at} you were sure of a call the experts do not accept; it cost {:.1} points.", m.points)
        }
        Lesson::ConfidentError => format!("At {at} you were sure of a call the experts do not accept."),
        Lesson::Regret if m.largest => format!("At {at} you lost {:.1} points, your largest loss.", m.points),
        Lesson::Regret => format!("At {at} you lost {:.1} points.", m.points),
        Lesson::Missed => format!("At {at} you missed what matters here."),
    })
}

/// The experts' call at a moment, without figures: "The experts' call: “Call Maya.”", with a
/// split or a close second said (the panel's ratings name it); at a checklist, what matters.
pub fn call(names: &Names, m: &Moment) -> Text {
    if m.spread.is_empty() {
        return preferred(names, m);
    }
    let call = m.preferred.first().map_or(String::new(), |&i| names.choice(m.decision, i));
    let stop = stop(&call);
    let also = match (m.split, m.preferred.len()) {
        (true, _) => " The experts split between this and another option.",
        (false, 2..) => " Another option came a close second.",
        _ => "",
    };
    Text::new().label("The experts' call:").plain(format!(" {call}{stop}{also}"))
}

/// What the learner answered at the decision at `node`, as a sentence: "You picked …".
pub fn you(names: &Names, node: NodeId, answer: &Answer) -> Text {
    let answer = names.answer(node, answer);
    let stop = stop(&answer);
    Text::from(format!("You {answer}{stop}"))
}

/// An option's expert mean and standard deviation: "6.0 ± 1.0".
pub fn mean_sd(spread: &Spread) -> String {
    format!("{:.1} ± {:.1}", spread.mean, spread.sd)
}

/// What the experts preferred: "Experts preferred call-maya (6.0, SD 1.0) and flag-it (6.0,
/// SD 0.0).", or at a checklist "What matters here: refund-risk, support-capacity."
pub fn preferred(names: &Names, m: &Moment) -> Text {
    if m.spread.is_empty() {
        return Text::new().label("What matters here:").plain(format!(" {}.", names.options(m.decision, &m.preferred)));
    }
    let best: Vec<String> = m
        .preferred
        .iter()
        .filter_map(|&i| m.spread.get(i))
        .map(|s| format!("{} ({:.1}, SD {:.1})", names.option(m.decision, s.option), s.mean, s.sd))
        .collect();
    Text::new().label("Experts preferred").plain(format!(" {}.", best.join(" and ")))
}

/// Every option's mean and spread: "Every option (mean ± SD): call-maya 6.0 ± 1.0, …";
/// `None` at a checklist.
pub fn spread(names: &Names, m: &Moment) -> Option<Text> {
    let all: Vec<String> =
        m.spread.iter().map(|s| format!("{} {}", names.option(m.decision, s.option), mean_sd(s))).collect();
    (!all.is_empty()).then(|| Text::from(format!("Every option (mean ± SD): {}.", all.join(", "))))
}

/// The concerns that mattered and were not ticked: "You did not tick support (Support's
/// concern).", or before another kind of decision "Concerns you had not ticked at
/// what-matters before this call: …".
pub fn missed(names: &Names, m: &Moment) -> Option<Text> {
    if m.missed.is_empty() {
        return None;
    }
    let items: Vec<String> = m
        .missed
        .iter()
        .map(|c| {
            let item = names.option(c.decision, c.item);
            c.stakeholder.as_ref().map_or(item.clone(), |s| format!("{item} ({})", names.concern(s)))
        })
        .collect();
    let lead = if m.missed.iter().all(|c| c.decision == m.decision) {
        "You did not tick".to_string()
    } else {
        let mut at: Vec<String> = m.missed.iter().map(|c| names.decision(c.decision)).collect();
        at.dedup();
        format!("Concerns you had not ticked at {} before this call", at.join(", "))
    };
    Some(Text::from(format!("{lead}: {}.", items.join(", "))))
}

/// What a moment's answer showed beyond its coaching, a sentence each: the concerns missed,
/// the distractors ticked, and how the ratings sat beside the experts'.
pub fn findings(names: &Names, m: &Moment) -> Vec<Text> {
    [missed(names, m), distractors(names, m), m.rating.as_ref().map(rating_shape)].into_iter().flatten().collect()
}

/// The checklist distractors ticked: "You ticked distractors: competitor, velocity."
pub fn distractors(names: &Names, m: &Moment) -> Option<Text> {
    (!m.distractors.is_empty())
        .then(|| Text::from(format!("You ticked distractors: {}.", names.options(m.decision, &m.distractors))))
}

/// How a learner's ratings sat against the experts', in words with the figures: "Your
/// ratings: elevation -0.7, about as high as the experts' overall; scatter -1.2, closer
/// together than the experts': you separated strong options from weak ones less than they
/// did." Differences within half a point are "about" the experts'.
pub fn rating_shape(r: &RatingProfile) -> Text {
    let elevation = if r.elevation > 0.5 {
        "higher than the experts' overall: you rated options as more effective than they did"
    } else if r.elevation < -0.5 {
        "lower than the experts' overall: you rated options as less effective than they did"
    } else {
        "about as high as the experts' overall"
    };
    let scatter = if r.scatter < -0.5 {
        "closer together than the experts': you separated strong options from weak ones less than they did"
    } else if r.scatter > 0.5 {
        "further apart than the experts': you separated options more sharply than they did"
    } else {
        "about as spread as the experts'"
    };
    Text::from(format!(
        "Your ratings: elevation {}, {elevation}; scatter {}, {scatter}.",
        signed(r.elevation, 1),
        signed(r.scatter, 1)
    ))
}

/// A landed effect as the clause after "you chose …, which": "raised Support load from 40
/// to 70 (hidden; delayed, it landed at response 3)".
pub fn effect_clause(names: &Names, e: &AppliedEffect) -> String {
    let verb = match (e.before, e.after) {
        (Value::Number(a), Value::Number(b)) if b > a => "raised",
        (Value::Number(_), Value::Number(_)) => "lowered",
        _ => "set",
    };
    let mut notes = Vec::new();
    if !e.effect.visible {
        notes.push("hidden".to_string());
    }
    if e.effect.delay > 0 {
        notes.push(format!("delayed, it landed at {}", names.response(e.landed)));
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    format!("{verb} {} from {} to {}{notes}", label(names, e), e.before, e.after)
}

/// A landed effect on its own line: "Support load 40 -> 70 (+30, hidden, delayed; landed at
/// response 3)".
pub fn effect_line(names: &Names, e: &AppliedEffect) -> Text {
    let mut notes = vec![match e.effect.change {
        Change::Add(n) => signed(n as f64, 0),
        Change::Set(value) => format!("set to {value}"),
    }];
    if !e.effect.visible {
        notes.push("hidden".to_string());
    }
    if e.effect.delay > 0 {
        notes.push(format!("delayed; landed at {}", names.response(e.landed)));
    }
    let arrow = names.arrow();
    Text::from(format!("{} {} {arrow} {} ({})", label(names, e), e.before, e.after, notes.join(", ")))
}

/// The label of the variable an effect changed.
fn label<'a>(names: &Names<'a>, e: &AppliedEffect) -> &'a str {
    names.scenario.states().get(e.effect.state).map_or("?", |s| s.label.as_str())
}

/// Whether and where the learner left the expert's path: "You stayed on the expert's path.",
/// or "You left the expert's path at response 1 (first-move): you picked ship-anyway, the
/// expert call-maya."
pub fn parted(names: &Names, debrief: &Debrief) -> Text {
    let Some(at) = debrief.diverged else { return Text::from("You stayed on the expert's path.") };
    Text::from(match (debrief.learner.get(at), debrief.expert.get(at)) {
        (Some(mine), Some(expert)) if mine.decision == expert.decision => {
            let node = mine.decision;
            let said = |answer: &Answer| match answer {
                Answer::Pick(i) => names.option(node, *i),
                other => names.answer(node, other),
            };
            let sentence = format!(
                "You left the expert's path at {} ({}): you picked {}, the expert {}",
                names.response(at),
                names.decision(node),
                said(&mine.response.answer),
                said(&expert.response.answer)
            );
            let stop = stop(&sentence);
            format!("{sentence}{stop}")
        }
        _ => format!("You left the expert's path at {}.", names.response(at)),
    })
}

/// The heading of the causal trace: "Why this ending (scramble, "A long week")".
pub fn why_this_ending(names: &Names, ending: NodeId) -> Text {
    Text::from(format!("Why this ending ({})", names.ending(ending)))
}

/// One link of the causal trace in two parts: the choice behind it ("At first-move
/// (response 1) you chose ship-anyway, which") and what it did ("took the story to d2",
/// "raised Support load from 40 to 70"). A host writes them as one sentence, or lists what
/// one choice did under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Because {
    pub choice: Text,
    pub did: Text,
}

/// The causal trace, link by link.
pub fn trace(names: &Names, links: &[Link]) -> Vec<Because> {
    links
        .iter()
        .map(|link| {
            let (decision, option, response, did) = match link {
                Link::Chose { decision, option, response, to } => {
                    (*decision, *option, *response, format!("took the story to {}", names.block(*to)))
                }
                Link::Effect(e) => (e.cause.decision, e.cause.option, e.cause.response, effect_clause(names, e)),
            };
            let choice = format!(
                "At {} ({}) you chose {}, which",
                names.decision(decision),
                names.response(response),
                names.option(decision, option)
            );
            Because { choice: Text::from(choice), did: Text::from(did) }
        })
        .collect()
}

/// One link as a sentence: "At first-move (response 1) you chose ship-anyway, which took the
/// story to what-matters."
pub fn because(step: &Because) -> Text {
    step.choice.clone().plain(" ").then(step.did.clone()).plain(".")
}

/// The pick a road starts from: "first-move (you picked ship-anyway)".
pub fn road(names: &Names, road: &Road) -> Text {
    Text::from(format!("{} (you picked {})", names.decision(road.decision), names.option(road.decision, road.taken)))
}

/// One option not taken, with its expert mean and where it leads: "call-maya (6.0) ->
/// what-matters".
pub fn fork(names: &Names, road: &Road, fork: &Fork) -> Text {
    Text::new()
        .plain(format!("{} (", names.option(road.decision, fork.option)))
        .figure(format!("{:.1}", fork.mean))
        .plain(format!(") {} {}", names.arrow(), names.way(fork.next, fork.reaches)))
}

/// The one next step: "Next step (Stakeholder insight is your weakest dimension): Before
/// deciding, list who … Try it first at first-move.", its habit stressed. The estimate
/// itself is the profile's to show.
pub fn next_step(names: &Names, card: &Scorecard, step: Option<&NextStep>) -> Text {
    let Some(step) = step else { return Text::new().label("Next step:").plain(" answer a few decisions first.") };
    let dimension = card.profile.get(step.dimension);
    let label = dimension.map_or("?", |d| d.label.as_str());
    let habit = dimension.map_or(String::new(), |d| habit(&d.id, &d.label, step.misfit));
    let at =
        step.at.and_then(|r| card.items.get(r)).map(|s| format!(" Try it first at {}.", names.decision(s.decision)));
    Text::new()
        .label("Next step")
        .plain(format!(" ({label} is your weakest dimension): "))
        .stress(habit)
        .plain(at.unwrap_or_default())
}

/// The habit for a learner whose confidence ran below their hit rate.
const UNDERCONFIDENT: &str = "When you have checked your reasons and found no fact that would make you wrong, say \
                              Sure: hedging a sound call costs as much as overclaiming a weak one.";

/// A habit that trains the dimension `id` (labelled `label`), about the task, never the
/// person; for calibration, the way the learner's confidence missed decides it.
pub fn habit(id: &str, label: &str, misfit: Option<Fit>) -> String {
    match id {
        CALIBRATION if misfit == Some(Fit::Underconfident) => UNDERCONFIDENT.to_string(),
        "judgement" => "Before choosing, write down what each option costs and who pays, then pick the one whose \
                        cost you can defend out loud."
            .to_string(),
        NUANCE => "Before your next call, finish the sentence \"If X, I would do A; if Y, B; here it is X \
                   because …\", and check which fact is X."
            .to_string(),
        STAKEHOLDERS => "Before deciding, list who absorbs the downside of each option, and ask one of them what \
                         they would see first."
            .to_string(),
        "ownership" => "When you feel the urge to hand a decision up, bring your recommendation and a date \
                        instead of the question."
            .to_string(),
        CALIBRATION => "Before you say how sure you are, name one fact that would make you wrong; if you cannot \
                        rule it out, choose the level below."
            .to_string(),
        _ => format!(
            "Replay the decision where {} was weakest and read the experts' reasoning before you choose.",
            label.to_lowercase()
        ),
    }
}

/// Where replaying would teach most: "Replay suggestion: first-move cost you the most (33.3
/// points); replay it from the start.", or "Replay suggestion: none; no decision lost
/// much."
pub fn replay(names: &Names, replay: Option<&Replay>) -> Text {
    let lead = Text::new().label("Replay suggestion:");
    match replay {
        Some(r) => lead.plain(format!(
            " {} cost you the most ({:.1} points); replay it {}.",
            names.decision(r.decision),
            r.points,
            names.replay_from(&r.from)
        )),
        None => lead.plain(" none; no decision lost much."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Mark;
    use engine::analyse::analyse;
    use engine::scenario::Scenario;
    use engine::{Confidence, Playthrough, Response, load, scorecard};

    const STORY: &str = "id: t\ntitle: T\ngoal: Keep the team.\nrater a: A\nrater b: B\nrater c: C\n\
        dimension judgement: Judgement\nstate morale: number 0..10 = 5 \"Morale\"\n\
        == decision d1\nask: Who first?\nconfidence:\nreasoning: If X then A; here X.\n\
        * good: Call Maya.\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n  -> d2\n\
        * bad: Ship it\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n  effect: morale - 5 after 1 hidden\n  \
        coaching: You traded morale for speed.\n  -> d2\n\
        == decision d2 (considerations)\nask: What matters?\n* m: Morale\n  weight: +2\n  stakeholder: Team\n\
        * n: Noise\n  weight: -2\n-> end\n\
        == ending low\ntitle: Low\nwhen: morale < 3\n== ending fine\ntitle: Fine\n";

    fn run(responses: Vec<Response>) -> (Scenario, Scorecard, Debrief) {
        let scenario = load(STORY).expect("loads");
        let analysis = analyse(&scenario);
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = responses;
        let card = scorecard::score(&scenario, &analysis, &playthrough).expect("replays");
        let told = engine::debrief::debrief(&scenario, &analysis, &playthrough, &card).expect("replays");
        (scenario, card, told)
    }

    fn poor() -> (Scenario, Scorecard, Debrief) {
        run(vec![
            Response::new(Answer::Pick(1), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![false, false]), None),
        ])
    }

    #[test]
    fn a_moment_is_worded_once_in_each_readers_names() {
        let (scenario, _, told) = poor();
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario));
        let first = &told.moments[0];
        assert_eq!(lesson(first).to_string(), "you were Sure, and it was not an acceptable call");
        assert_eq!(lesson(first).sentence().to_string(), "You were Sure, and it was not an acceptable call.");
        assert_eq!(
            came_to(&learner, first).to_string(),
            format!(
                "At “Who first?” (decision 1) you were sure of a call the experts do not accept; it cost {:.1} points.",
                first.points
            )
        );
        assert_eq!(
            came_to(&author, first).to_string(),
            format!(
                "At d1 (response 1) you were sure of a call the experts do not accept; it cost {:.1} points.",
                first.points
            )
        );
        assert_eq!(call(&learner, first).to_string(), "The experts' call: “Call Maya.”");
        assert_eq!(call(&author, first).to_string(), "The experts' call: good, \"Call Maya.\"");
        assert_eq!(you(&author, first.decision, &first.answer).to_string(), "You picked bad, \"Ship it\".");
        assert_eq!(you(&learner, first.decision, &first.answer).to_string(), "You picked “Ship it”.");
        assert_eq!(preferred(&author, first).to_string(), "Experts preferred good (6.0, SD 0.0).");
        assert_eq!(preferred(&learner, first).runs().next(), Some((Mark::Label, "Experts preferred")));
        assert_eq!(
            spread(&learner, first).map(|t| t.to_string()).as_deref(),
            Some("Every option (mean ± SD): “Call Maya.” 6.0 ± 0.0, “Ship it” 2.0 ± 0.0.")
        );
        assert_eq!(
            effect_line(&author, &first.caused[0]).to_string(),
            "Morale 5 -> 0 (-5, hidden, delayed; landed at response 2)"
        );
        assert_eq!(
            effect_line(&learner, &first.caused[0]).to_string(),
            "Morale 5 → 0 (-5, hidden, delayed; landed at decision 2)"
        );
        let checklist = &told.moments[1];
        assert_eq!(preferred(&author, checklist).to_string(), "What matters here: m.");
        assert_eq!(spread(&author, checklist), None);
        assert_eq!(
            missed(&author, checklist).map(|t| t.to_string()).as_deref(),
            Some("You did not tick: m (Team's concern).")
        );
        assert_eq!(
            missed(&learner, checklist).map(|t| t.to_string()).as_deref(),
            Some("You did not tick: “Morale” (Team’s concern).")
        );
        assert_eq!(distractors(&author, checklist), None);
        assert_eq!(came_to(&author, checklist).to_string(), "At d2 (response 2) you missed what matters here.");
        assert_eq!(call(&learner, checklist).to_string(), "What matters here: “Morale”.");
    }

    #[test]
    fn the_path_the_trace_and_the_roads_name_the_readers_places() {
        let (scenario, _, told) = poor();
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario));
        assert_eq!(goal(&told.goal).to_string(), "Where you were going: Keep the team.");
        assert_eq!(
            parted(&author, &told).to_string(),
            "You left the expert's path at response 1 (d1): you picked bad, the expert good."
        );
        assert_eq!(
            parted(&learner, &told).to_string(),
            "You left the expert's path at decision 1 (“Who first?”): you picked “Ship it”, the expert “Call Maya.”"
        );
        let ending = told.ending.expect("an ending");
        assert_eq!(why_this_ending(&author, ending).to_string(), "Why this ending (low, \"Low\")");
        let steps = trace(&author, &told.trace);
        assert_eq!(
            steps.iter().map(because).map(|t| t.to_string()).collect::<Vec<_>>(),
            [
                "At d1 (response 1) you chose bad, which lowered Morale from 5 to 0 (hidden; delayed, it landed at response 2)."
            ]
        );
        assert_eq!(
            trace(&learner, &told.trace)[0].choice.to_string(),
            "At “Who first?” (decision 1) you chose “Ship it”, which"
        );
        let road0 = &told.roads[0];
        assert_eq!(road(&author, road0).to_string(), "d1 (you picked bad)");
        assert_eq!(fork(&author, road0, &road0.forks[0]).to_string(), "good (6.0) -> d2");
        let learned = fork(&learner, road0, &road0.forks[0]);
        assert_eq!(learned.to_string(), "“Call Maya.” (6.0) → the question “What matters?”");
        assert!(learned.runs().any(|run| run == (Mark::Figure, "6.0")));
    }

    #[test]
    fn the_next_step_stresses_its_habit_and_the_replay_says_where_to_stand() {
        let (scenario, card, told) = poor();
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario));
        let step = told.next_step.as_ref().expect("a next step");
        let text = next_step(&author, &card, Some(step));
        let label = &card.profile[step.dimension].label;
        assert!(text.to_string().starts_with(&format!("Next step ({label} is your weakest dimension): ")), "{text}");
        assert!(text.runs().any(|(mark, words)| mark == Mark::Stress && !words.is_empty()));
        assert_eq!(next_step(&author, &card, None).to_string(), "Next step: answer a few decisions first.");
        assert_eq!(
            replay(&author, told.replay.as_ref()).to_string(),
            format!(
                "Replay suggestion: d1 cost you the most ({:.1} points); replay it from the start.",
                told.replay.as_ref().map_or(0.0, |r| r.points)
            )
        );
        assert!(
            replay(&learner, told.replay.as_ref()).to_string().starts_with("Replay suggestion: “Who first?” cost you")
        );
        assert_eq!(replay(&author, None).to_string(), "Replay suggestion: none; no decision lost much.");
    }

    #[test]
    fn a_rating_shape_is_said_in_words_that_fit_its_figures() {
        let shape = |elevation, scatter| {
            rating_shape(&RatingProfile { r: 0.5, best: 1.0, score: 0.75, elevation, scatter, agreement: 0.8 })
                .to_string()
        };
        assert_eq!(
            shape(-0.7, -0.2),
            "Your ratings: elevation -0.7, lower than the experts' overall: you rated options as less effective \
             than they did; scatter -0.2, about as spread as the experts'."
        );
        assert!(shape(0.2, -1.2).contains("about as high as the experts' overall; scatter -1.2, closer together"));
        assert!(shape(0.9, 0.8).contains("higher than the experts'") && shape(0.9, 0.8).contains("further apart"));
    }

    #[test]
    fn a_perfect_run_stays_on_the_path_and_the_habits_follow_the_dimension() {
        let (scenario, _, told) = run(vec![
            Response::new(Answer::Pick(0), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![true, false]), None),
        ]);
        assert_eq!(parted(&Names::author(&scenario), &told).to_string(), "You stayed on the expert's path.");
        assert!(habit(CALIBRATION, "Calibration", Some(Fit::Underconfident)).contains("say Sure"));
        assert!(habit(CALIBRATION, "Calibration", Some(Fit::Overconfident)).starts_with("Before you say how sure"));
        assert_eq!(
            habit("pace", "Pace", None),
            "Replay the decision where pace was weakest and read the experts' reasoning before you choose."
        );
    }
}
