//! The sentences of the debrief, worded once from [`engine::debrief`] for the CLI's `play
//! --responses` and the web app's Debrief view: the goal, each teaching moment (why it was
//! chosen, the answer, what the experts preferred and how they spread, the concerns missed,
//! what the choice caused), where the learner left the expert's path, why the story ended
//! where it did, the road not taken, the next step with its habit, and the replay.
//!
//! The words are the catalogue's (`web/lang/<tag>/debrief.ftl`, the `says-` phrases; the
//! headings too, which each host says by their ids); the names in them are the reader's
//! ([`Names`]); the layout (headings, lists, tables) is each host's.

use crate::catalogue::{Catalogue, Fixed, Signed};
use crate::names::Names;
use crate::say;
use crate::text::{Text, stop};
use engine::debrief::{Debrief, Fork, Lesson, Link, Moment, NextStep, Replay, Road, Spread};
use engine::scenario::{Change, NodeId, Value};
use engine::score::{Fit, RatingProfile};
use engine::scorecard::{CALIBRATION, NUANCE, STAKEHOLDERS, Scorecard};
use engine::{Answer, AppliedEffect};

/// A figure to a tenth, as the debrief's points and means are shown.
fn tenth(x: f64) -> Fixed {
    Fixed(x, 1)
}

/// Where the learner was going: "Where you were going: Ship value without …".
pub fn goal(catalogue: &dyn Catalogue, goal: &str) -> Text {
    Text::marked(&say!(catalogue, "says-goal", goal = goal))
}

/// Why a response became a teaching moment, as a clause: "your largest loss, 33.3 overall
/// points".
pub fn lesson(catalogue: &dyn Catalogue, m: &Moment) -> Text {
    Text::from(match m.lesson {
        Lesson::ConfidentError => say!(catalogue, "says-lesson-sure"),
        Lesson::Regret if m.largest => say!(catalogue, "says-lesson-largest", points = tenth(m.points)),
        Lesson::Regret => say!(catalogue, "says-lesson-loss", points = tenth(m.points)),
        Lesson::Missed => say!(catalogue, "says-lesson-missed"),
    })
}

/// Where a teaching moment happened and what it came to, as a sentence: "At “Who first?”
/// (decision 1) you lost 25.0 points, your largest loss.", "At “Who first?” (decision 1)
/// you were sure of a call the experts do not accept; it cost 25.0 points."
pub fn came_to(names: &Names, m: &Moment) -> Text {
    let at = format!("{} ({})", names.decision(m.decision), names.response(m.response));
    let (catalogue, points) = (names.catalogue, tenth(m.points));
    Text::from(match m.lesson {
        Lesson::ConfidentError if m.points >= 0.05 => {
            say!(catalogue, "says-came-to-sure-cost", at = at, points = points)
        }
        Lesson::ConfidentError => say!(catalogue, "says-came-to-sure", at = at),
        Lesson::Regret if m.largest => say!(catalogue, "says-came-to-largest", at = at, points = points),
        Lesson::Regret => say!(catalogue, "says-came-to-loss", at = at, points = points),
        Lesson::Missed => say!(catalogue, "says-came-to-missed", at = at),
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
        (true, _) => format!(" {}", say!(names.catalogue, "says-call-split")),
        (false, 2..) => format!(" {}", say!(names.catalogue, "says-call-second")),
        _ => String::new(),
    };
    Text::marked(&say!(names.catalogue, "says-call", call = call)).plain(format!("{stop}{also}"))
}

/// What the learner answered at the decision at `node`, as a sentence: "You picked …".
pub fn you(names: &Names, node: NodeId, answer: &Answer) -> Text {
    let said = say!(names.catalogue, "says-you", answer = names.answer(node, answer));
    let stop = stop(&said);
    Text::from(format!("{said}{stop}"))
}

/// An option's expert mean and standard deviation: "6.0 ± 1.0".
pub fn mean_sd(catalogue: &dyn Catalogue, spread: &Spread) -> String {
    say!(catalogue, "says-mean-sd", mean = tenth(spread.mean), sd = tenth(spread.sd))
}

/// What the experts preferred: "Experts preferred call-maya (6.0, SD 1.0) and flag-it (6.0,
/// SD 0.0).", or at a checklist "What matters here: refund-risk, support-capacity."
pub fn preferred(names: &Names, m: &Moment) -> Text {
    let catalogue = names.catalogue;
    if m.spread.is_empty() {
        return Text::marked(&say!(catalogue, "says-what-matters", options = names.options(m.decision, &m.preferred)));
    }
    let best = m
        .preferred
        .iter()
        .filter_map(|&i| m.spread.get(i))
        .map(|s| {
            let option = names.option(m.decision, s.option);
            say!(catalogue, "says-preferred-option", option = option, mean = tenth(s.mean), sd = tenth(s.sd))
        })
        .reduce(|first, second| say!(catalogue, "says-and", first = first, second = second));
    Text::marked(&say!(catalogue, "says-preferred", options = best.unwrap_or_default()))
}

/// Every option's mean and spread: "Every option (mean ± SD): call-maya 6.0 ± 1.0, …";
/// `None` at a checklist.
pub fn spread(names: &Names, m: &Moment) -> Option<Text> {
    let all: Vec<String> = m
        .spread
        .iter()
        .map(|s| format!("{} {}", names.option(m.decision, s.option), mean_sd(names.catalogue, s)))
        .collect();
    (!all.is_empty()).then(|| Text::from(say!(names.catalogue, "says-spread", options = all.join(", "))))
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
    let items = items.join(", ");
    Some(Text::from(if m.missed.iter().all(|c| c.decision == m.decision) {
        say!(names.catalogue, "says-not-ticked", items = items)
    } else {
        let mut at: Vec<String> = m.missed.iter().map(|c| names.decision(c.decision)).collect();
        at.dedup();
        say!(names.catalogue, "says-not-ticked-before", at = at.join(", "), items = items)
    }))
}

/// What a moment's answer showed beyond its coaching, a sentence each: the concerns missed,
/// the distractors ticked, and how the ratings sat beside the experts'.
pub fn findings(names: &Names, m: &Moment) -> Vec<Text> {
    let shape = m.rating.as_ref().map(|r| rating_shape(names.catalogue, r));
    [missed(names, m), distractors(names, m), shape].into_iter().flatten().collect()
}

/// The checklist distractors ticked: "You ticked distractors: competitor, velocity."
pub fn distractors(names: &Names, m: &Moment) -> Option<Text> {
    (!m.distractors.is_empty()).then(|| {
        Text::from(say!(names.catalogue, "says-distractors", options = names.options(m.decision, &m.distractors)))
    })
}

/// How a learner's ratings sat against the experts', in words with the figures: "Your
/// ratings: elevation -0.7, about as high as the experts' overall; scatter -1.2, closer
/// together than the experts': you separated strong options from weak ones less than they
/// did." Differences within half a point are "about" the experts'.
pub fn rating_shape(catalogue: &dyn Catalogue, r: &RatingProfile) -> Text {
    let elevation = if r.elevation > 0.5 {
        say!(catalogue, "says-elevation-higher")
    } else if r.elevation < -0.5 {
        say!(catalogue, "says-elevation-lower")
    } else {
        say!(catalogue, "says-elevation-same")
    };
    let scatter = if r.scatter < -0.5 {
        say!(catalogue, "says-scatter-closer")
    } else if r.scatter > 0.5 {
        say!(catalogue, "says-scatter-further")
    } else {
        say!(catalogue, "says-scatter-same")
    };
    Text::from(say!(
        catalogue,
        "says-rating-shape",
        elevation = Signed(r.elevation, 1),
        elevation_words = elevation,
        scatter = Signed(r.scatter, 1),
        scatter_words = scatter,
    ))
}

/// A landed effect as the clause after "you chose …, which": "raised Support load from 40
/// to 70 (hidden; delayed, it landed at response 3)".
pub fn effect_clause(names: &Names, e: &AppliedEffect) -> String {
    let catalogue = names.catalogue;
    let mut notes = Vec::new();
    if !e.effect.visible {
        notes.push(say!(catalogue, "says-effect-hidden"));
    }
    if e.effect.delay > 0 {
        notes.push(say!(catalogue, "says-effect-delayed", response = names.response(e.landed)));
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    let (state, before, after) = (label(names, e), e.before.to_string(), e.after.to_string());
    match (e.before, e.after) {
        (Value::Number(a), Value::Number(b)) if b > a => {
            say!(catalogue, "says-effect-raised", state = state, before = before, after = after, notes = notes)
        }
        (Value::Number(_), Value::Number(_)) => {
            say!(catalogue, "says-effect-lowered", state = state, before = before, after = after, notes = notes)
        }
        _ => say!(catalogue, "says-effect-set", state = state, before = before, after = after, notes = notes),
    }
}

/// A landed effect on its own line: "Support load 40 -> 70 (+30, hidden, delayed; landed at
/// response 3)".
pub fn effect_line(names: &Names, e: &AppliedEffect) -> Text {
    let catalogue = names.catalogue;
    let mut notes = vec![match e.effect.change {
        Change::Add(n) => crate::signed(n as f64, 0),
        Change::Set(value) => say!(catalogue, "says-effect-set-to", value = value.to_string()),
    }];
    if !e.effect.visible {
        notes.push(say!(catalogue, "says-effect-hidden"));
    }
    if e.effect.delay > 0 {
        notes.push(say!(catalogue, "says-effect-landed", response = names.response(e.landed)));
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
    let catalogue = names.catalogue;
    let Some(at) = debrief.diverged else { return Text::from(say!(catalogue, "says-stayed")) };
    Text::from(match (debrief.learner.get(at), debrief.expert.get(at)) {
        (Some(mine), Some(expert)) if mine.decision == expert.decision => {
            let node = mine.decision;
            let (response, decision) = (names.response(at), names.decision(node));
            let sentence = match (&mine.response.answer, &expert.response.answer) {
                (Answer::Pick(a), Answer::Pick(b)) => {
                    let (mine, expert) = (names.option(node, *a), names.option(node, *b));
                    say!(
                        catalogue,
                        "says-left-at",
                        response = response,
                        decision = decision,
                        mine = mine,
                        expert = expert
                    )
                }
                // A rating, a ranking or ticks, said whole: "you ticked …, the expert ticked …".
                (a, b) => {
                    let (mine, expert) = (names.answer(node, a), names.answer(node, b));
                    say!(
                        catalogue,
                        "says-left-at-answer",
                        response = response,
                        decision = decision,
                        mine = mine,
                        expert = expert
                    )
                }
            };
            let stop = stop(&sentence);
            format!("{sentence}{stop}")
        }
        _ => say!(catalogue, "says-left", response = names.response(at)),
    })
}

/// The heading of the causal trace: "Why this ending (scramble, "A long week")".
pub fn why_this_ending(names: &Names, ending: NodeId) -> Text {
    Text::from(say!(names.catalogue, "says-why-this-ending", ending = names.ending(ending)))
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
                    (*decision, *option, *response, say!(names.catalogue, "says-took-to", place = names.block(*to)))
                }
                Link::Effect(e) => (e.cause.decision, e.cause.option, e.cause.response, effect_clause(names, e)),
            };
            let choice = say!(
                names.catalogue,
                "says-chose",
                decision = names.decision(decision),
                response = names.response(response),
                option = names.option(decision, option),
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
    let (decision, option) = (names.decision(road.decision), names.option(road.decision, road.taken));
    Text::from(say!(names.catalogue, "says-road", decision = decision, option = option))
}

/// One option not taken, with its expert mean and where it leads: "call-maya (6.0) ->
/// what-matters".
pub fn fork(names: &Names, road: &Road, fork: &Fork) -> Text {
    Text::marked(&say!(
        names.catalogue,
        "says-fork",
        option = names.option(road.decision, fork.option),
        mean = tenth(fork.mean),
        arrow = names.arrow(),
        way = names.way(fork.next, fork.reaches),
    ))
}

/// The one next step: "Next step (Stakeholder insight is your weakest dimension): Before
/// deciding, list who … Try it first at first-move.", its habit stressed. The estimate
/// itself is the profile's to show.
pub fn next_step(names: &Names, card: &Scorecard, step: Option<&NextStep>) -> Text {
    let catalogue = names.catalogue;
    let Some(step) = step else { return Text::marked(&say!(catalogue, "says-next-step-none")) };
    let dimension = card.profile.get(step.dimension);
    let label = dimension.map_or("?", |d| d.label.as_str());
    let habit = dimension.map_or(String::new(), |d| habit(catalogue, &d.id, &d.label, step.misfit));
    let at = step
        .at
        .and_then(|r| card.items.get(r))
        .map(|s| format!(" {}", say!(catalogue, "says-try-first", decision = names.decision(s.decision))));
    Text::marked(&say!(catalogue, "says-next-step", dimension = label, habit = habit)).plain(at.unwrap_or_default())
}

/// A habit that trains the dimension `id` (labelled `label`), about the task, never the
/// person; for calibration, the way the learner's confidence missed decides it.
pub fn habit(catalogue: &dyn Catalogue, id: &str, label: &str, misfit: Option<Fit>) -> String {
    match id {
        CALIBRATION if misfit == Some(Fit::Underconfident) => say!(catalogue, "says-habit-underconfident"),
        "judgement" => say!(catalogue, "says-habit-judgement"),
        NUANCE => say!(catalogue, "says-habit-nuance"),
        STAKEHOLDERS => say!(catalogue, "says-habit-stakeholders"),
        "ownership" => say!(catalogue, "says-habit-ownership"),
        CALIBRATION => say!(catalogue, "says-habit-calibration"),
        _ => say!(catalogue, "says-habit-other", dimension = label.to_lowercase()),
    }
}

/// Where replaying would teach most: "Replay suggestion: first-move cost you the most (33.3
/// points); replay it from the start.", or "Replay suggestion: none; no decision lost
/// much."
pub fn replay(names: &Names, replay: Option<&Replay>) -> Text {
    Text::marked(&match replay {
        Some(r) => say!(
            names.catalogue,
            "says-replay",
            decision = names.decision(r.decision),
            points = tenth(r.points),
            from = names.replay_from(&r.from),
        ),
        None => say!(names.catalogue, "says-replay-none"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Mark;
    use crate::catalogue::English;
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
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
        let first = &told.moments[0];
        assert_eq!(lesson(&English, first).to_string(), "you were Sure, and it was not an acceptable call");
        assert_eq!(lesson(&English, first).sentence().to_string(), "You were Sure, and it was not an acceptable call.");
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
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
        assert_eq!(goal(&English, &told.goal).to_string(), "Where you were going: Keep the team.");
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
        let (author, learner) = (Names::author(&scenario), Names::learner(&scenario, &English));
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
            rating_shape(
                &English,
                &RatingProfile { r: 0.5, best: 1.0, score: 0.75, elevation, scatter, agreement: 0.8 },
            )
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
        assert!(habit(&English, CALIBRATION, "Calibration", Some(Fit::Underconfident)).contains("say Sure"));
        assert!(
            habit(&English, CALIBRATION, "Calibration", Some(Fit::Overconfident))
                .starts_with("Before you say how sure")
        );
        assert_eq!(
            habit(&English, "pace", "Pace", None),
            "Replay the decision where pace was weakest and read the experts' reasoning before you choose."
        );
    }
}
