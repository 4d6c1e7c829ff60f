//! The debrief: what the end of a scenario explains, as data for the CLI and the web app to
//! draw. It answers Hattie and Timperley's three questions in manageable units.
//!
//! - *Where was I going?* The scenario's goal.
//! - *How did I go?* At most three **teaching moments**, ordered by learning value:
//!   confident errors first (the hypercorrection effect: an error made while sure is the one
//!   most likely to be corrected), then the largest local regret, then missed pivots and
//!   stakeholder concerns. Each says what the learner chose and what the experts preferred
//!   (means and spread, and whether they split), the expert reasoning, what the choice caused
//!   (delayed and hidden effects revealed) and the concerns missed. Beside them: the
//!   learner's path and the expert's, a **causal trace** from the ending back to the choices
//!   whose effects decided it, and the **road not taken** at every pick.
//! - *Where next?* One concrete habit from the weakest dimension (feed-forward, about the
//!   task, never the person) and a **replay** suggestion at the highest-regret decision.
//!
//! [`Attempts`] keeps the first attempt as the record; replays are kept beside it and never
//! overwrite it.

use crate::analyse::Analysis;
use crate::bot::{self, Bot};
use crate::condition::Condition;
use crate::markdown::Chunk;
use crate::playthrough::{Answer, Answered, AppliedEffect, Confidence, Cursor, PlayError, Playthrough, Response, Step};
use crate::scenario::{Decision, DecisionKind, NodeId, NodeKind, Route, Scenario, Target, Value};
use crate::score::{Fit, Panel, RatingProfile, VERDICT_MIN};
use crate::scorecard::{CALIBRATION, ItemScore, Scorecard};

/// The most teaching moments a debrief expands.
pub const MOMENTS: usize = 3;

/// The share of a decision's weight it must lose (1 − item score) to be worth a teaching
/// moment or a replay: below it the call was as good as the experts', or close enough.
pub const MATERIAL: f64 = 0.05;

/// Everything the debrief shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Debrief {
    /// Where the learner was going: the scenario's goal.
    pub goal: String,
    /// At most [`MOMENTS`], most valuable first.
    pub moments: Vec<Moment>,
    /// Every block the learner passed through, in order.
    pub path: Vec<NodeId>,
    /// Every block the expert passes through, playing the best achievable path.
    pub expert_path: Vec<NodeId>,
    /// The learner's responses, each with the decision it answered.
    pub learner: Vec<Answered>,
    /// The expert's responses.
    pub expert: Vec<Answered>,
    /// The first response at which the learner left the expert's path (answered another
    /// decision, or picked another option); `None` when they never did.
    pub diverged: Option<usize>,
    /// The ending reached, when the story is over.
    pub ending: Option<NodeId>,
    /// Why the story ended where it did: the choices and effects that decided it, in order.
    pub trace: Vec<Link>,
    /// At every pick on the learner's path, where the other options led.
    pub roads: Vec<Road>,
    pub next_step: Option<NextStep>,
    pub replay: Option<Replay>,
}

/// Why a response became a teaching moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lesson {
    /// Sure, and not an acceptable call.
    ConfidentError,
    /// Among the largest losses in overall points.
    Regret,
    /// A checklist that missed pivots or stakeholder concerns.
    Missed,
}

/// One expanded decision card.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub lesson: Lesson,
    /// The response's index in the playthrough.
    pub response: usize,
    /// The decision.
    pub decision: NodeId,
    /// What the learner answered.
    pub answer: Answer,
    pub confidence: Option<Confidence>,
    pub score: f64,
    pub regret: f64,
    /// The overall points lost here.
    pub points: f64,
    /// True for the one response that lost the most overall points of the playthrough (the
    /// first of equals), when it lost any: the only moment that is "your largest loss".
    pub largest: bool,
    /// What the experts preferred: the best option (two when near-tied); for a checklist,
    /// the items that matter.
    pub preferred: Vec<usize>,
    /// Every option's mean and spread (empty for checklists).
    pub spread: Vec<Spread>,
    /// True when the experts split: "both are defensible".
    pub split: bool,
    /// The expert reasoning ("if X then A; if Y then B; here X, so A").
    pub reasoning: Vec<Chunk>,
    /// The picked option's coaching, when it has some.
    pub coaching: Vec<Chunk>,
    /// Every effect this response caused, with when it landed: delayed and hidden ones are
    /// revealed here.
    pub caused: Vec<AppliedEffect>,
    /// Concerns that matter and were not ticked: at a checklist, its own items; at any other
    /// decision, the stakeholders' concerns in the considerations answered before it (what the
    /// learner had not registered when making the call).
    pub missed: Vec<Concern>,
    /// Checklist distractors that were ticked.
    pub distractors: Vec<usize>,
    /// For `rate`: elevation, scatter and raw agreement.
    pub rating: Option<RatingProfile>,
}

/// One option's expert mean and sample standard deviation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    pub option: usize,
    pub mean: f64,
    pub sd: f64,
}

/// A checklist item that matters and that the learner did not tick.
#[derive(Clone, Debug, PartialEq)]
pub struct Concern {
    /// The checklist.
    pub decision: NodeId,
    pub item: usize,
    pub weight: i32,
    pub stakeholder: Option<String>,
}

/// One link of the causal trace.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Link {
    /// A choice that a route on the path, or the ending's `when:`, tests: it took the story
    /// to block `to`.
    Chose { decision: NodeId, option: usize, response: usize, to: NodeId },
    /// A change to a variable that decided the ending: had it not moved, the ending's
    /// `when:` would fail or an earlier ending's would hold.
    Effect(AppliedEffect),
}

/// Where the other options of one pick led.
#[derive(Clone, Debug, PartialEq)]
pub struct Road {
    pub response: usize,
    pub decision: NodeId,
    /// The option the learner picked.
    pub taken: usize,
    /// Every other option, in authored order.
    pub forks: Vec<Fork>,
}

/// Where one option not taken leads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fork {
    pub option: usize,
    pub mean: f64,
    /// The first block after the decision; `None` if the story would get stuck.
    pub next: Option<NodeId>,
    /// The decision or ending the story would stop at next.
    pub reaches: Option<NodeId>,
}

/// One concrete thing to practise next: a habit that trains the weakest dimension, about the
/// task (`figures` words it from the dimension and, for calibration, the misfit).
#[derive(Clone, Debug, PartialEq)]
pub struct NextStep {
    /// The weakest dimension's index in the scorecard's profile.
    pub dimension: usize,
    /// Its estimate.
    pub estimate: f64,
    /// When the dimension is calibration, which way the learner's confidence missed: the
    /// habit for over-confidence differs from the one for under-confidence.
    pub misfit: Option<Fit>,
    /// The response where that dimension's evidence was weakest.
    pub at: Option<usize>,
}

/// Where replaying would teach most.
#[derive(Clone, Debug, PartialEq)]
pub struct Replay {
    pub response: usize,
    pub decision: NodeId,
    pub regret: f64,
    pub points: f64,
    /// The playthrough up to just before that decision: replaying it stands the learner there.
    pub from: Playthrough,
}

/// Builds the debrief of a playthrough from its scorecard.
pub fn debrief(
    scenario: &Scenario,
    analysis: &Analysis,
    playthrough: &Playthrough,
    card: &Scorecard,
) -> Result<Debrief, PlayError> {
    if playthrough.scenario != scenario.meta.id || playthrough.hash != scenario.hash {
        return Err(PlayError::WrongScenario);
    }
    let learner = walk(scenario, playthrough.seed, &playthrough.responses)?;
    let expert_responses: Vec<Response> =
        bot::play(scenario, analysis, Bot::Expert, playthrough.seed).into_iter().map(|a| a.response).collect();
    let expert = walk(scenario, playthrough.seed, &expert_responses)?;
    let diverged = learner.history.iter().zip(&expert.history).position(|(a, b)| {
        a.decision != b.decision
            || matches!((&a.response.answer, &b.response.answer), (Answer::Pick(x), Answer::Pick(y)) if x != y)
    });
    let diverged = diverged.or_else(|| (learner.history.len() > expert.history.len()).then_some(expert.history.len()));
    let ending = learner.ending;
    Ok(Debrief {
        goal: scenario.meta.goal.clone(),
        moments: moments(scenario, card, &learner),
        trace: trace(scenario, &learner),
        roads: roads(scenario, &learner),
        next_step: next_step(card),
        replay: replay(card, playthrough),
        path: learner.path,
        expert_path: expert.path,
        learner: learner.history,
        expert: expert.history,
        diverged,
        ending,
    })
}

/// A playthrough walked with a cursor, keeping what the debrief needs.
struct Walk<'a> {
    path: Vec<NodeId>,
    history: Vec<Answered>,
    /// The cursor just before each response.
    before: Vec<Cursor<'a>>,
    effects: Vec<AppliedEffect>,
    ending: Option<NodeId>,
    /// The state at the end of the walk.
    state: Vec<Value>,
}

fn walk<'a>(scenario: &'a Scenario, seed: u64, responses: &[Response]) -> Result<Walk<'a>, PlayError> {
    let (mut cursor, moved) = Cursor::start(scenario, seed)?;
    let mut walk = Walk {
        path: moved.passage.iter().map(|p| p.node).collect(),
        history: Vec::new(),
        before: Vec::new(),
        effects: moved.effects,
        ending: None,
        state: Vec::new(),
    };
    for response in responses {
        walk.before.push(cursor.clone());
        let from = cursor.node;
        let mut moved = cursor.respond(response)?;
        walk.history.push(Answered { decision: from, response: response.clone() });
        walk.path.extend(moved.passage.iter().map(|p| p.node));
        walk.effects.append(&mut moved.effects);
    }
    if let Step::End(_) = cursor.step() {
        walk.ending = Some(cursor.node);
    }
    walk.state = cursor.state;
    Ok(walk)
}

/// True when a response lost at least [`MATERIAL`] of its decision's weight.
fn material(item: &ItemScore) -> bool {
    item.score <= 1.0 - MATERIAL + 1e-12
}

/// Picks the teaching moments: confident errors, then the largest losses in overall points
/// (picks, ratings, rankings and checklists that lost by their distractors alone), then
/// checklists that missed what matters; so every material loss can be one.
fn moments(scenario: &Scenario, card: &Scorecard, walk: &Walk) -> Vec<Moment> {
    let by_regret = |a: &&ItemScore, b: &&ItemScore| b.regret.total_cmp(&a.regret).then(a.response.cmp(&b.response));
    let mut confident: Vec<&ItemScore> =
        card.items.iter().filter(|s| s.confidence == Some(Confidence::Sure) && !s.acceptable).collect();
    confident.sort_by(by_regret);
    // The largest losses, in overall points: picks, ratings and rankings, and checklists that
    // lost by their distractors alone (one that missed what matters comes later, as such).
    let mut regret: Vec<&ItemScore> =
        card.items.iter().filter(|s| material(s) && (!s.kind.is_checklist() || s.missed.is_empty())).collect();
    regret.sort_by(|a, b| b.points.total_cmp(&a.points).then(a.response.cmp(&b.response)));
    let missed_weight = |s: &ItemScore| -> f64 {
        let Some(d) = scenario.decision(s.decision) else { return 0.0 };
        s.weight * s.missed.iter().filter_map(|&i| d.options.get(i)).map(|o| f64::from(o.weight)).sum::<f64>()
    };
    let mut missed: Vec<&ItemScore> = card.items.iter().filter(|s| !s.missed.is_empty()).collect();
    missed.sort_by(|a, b| missed_weight(b).total_cmp(&missed_weight(a)).then(a.response.cmp(&b.response)));

    let mut chosen: Vec<(Lesson, &ItemScore)> = Vec::new();
    let candidates = confident
        .into_iter()
        .map(|s| (Lesson::ConfidentError, s))
        .chain(regret.into_iter().map(|s| (Lesson::Regret, s)))
        .chain(missed.into_iter().map(|s| (Lesson::Missed, s)));
    for (lesson, item) in candidates {
        if chosen.len() >= MOMENTS {
            break;
        }
        if !chosen.iter().any(|(_, c)| c.response == item.response) {
            chosen.push((lesson, item));
        }
    }
    chosen.into_iter().filter_map(|(lesson, item)| moment(scenario, card, walk, lesson, item)).collect()
}

fn moment(scenario: &Scenario, card: &Scorecard, walk: &Walk, lesson: Lesson, item: &ItemScore) -> Option<Moment> {
    let decision = scenario.decision(item.decision)?;
    let answer = walk.history.get(item.response)?.response.answer.clone();
    let checklist = decision.kind.is_checklist();
    let panel = Panel::of(decision);
    let preferred = if checklist {
        decision.options.iter().enumerate().filter(|(_, o)| o.weight > 0).map(|(i, _)| i).collect()
    } else {
        panel.best.clone()
    };
    let spread = if checklist {
        Vec::new()
    } else {
        (0..decision.options.len()).map(|i| Spread { option: i, mean: panel.means[i], sd: panel.sds[i] }).collect()
    };
    let coaching = match answer {
        Answer::Pick(i) => decision.options.get(i).map(|o| o.coaching.clone()).unwrap_or_default(),
        _ => Vec::new(),
    };
    let concern = |node: NodeId, d: &Decision, i: usize| {
        d.options.get(i).map(|o| Concern {
            decision: node,
            item: i,
            weight: o.weight,
            stakeholder: o.stakeholder.clone(),
        })
    };
    let missed = if checklist {
        item.missed.iter().filter_map(|&i| concern(item.decision, decision, i)).collect()
    } else {
        // The stakeholders' concerns the learner had not registered by the time of this call.
        card.items
            .iter()
            .filter(|s| s.response < item.response && s.kind == DecisionKind::Considerations)
            .filter_map(|s| scenario.decision(s.decision).map(|d| (s, d)))
            .flat_map(|(s, d)| {
                s.missed
                    .iter()
                    .filter(|&&i| d.options.get(i).is_some_and(|o| o.stakeholder.is_some()))
                    .filter_map(move |&i| concern(s.decision, d, i))
            })
            .collect()
    };
    Some(Moment {
        lesson,
        response: item.response,
        decision: item.decision,
        answer,
        confidence: item.confidence,
        score: item.score,
        regret: item.regret,
        points: item.points,
        largest: costliest(card).is_some_and(|c| c.response == item.response),
        preferred,
        spread,
        split: !checklist && panel.split(),
        reasoning: decision.reasoning.clone(),
        coaching,
        caused: walk.effects.iter().filter(|e| e.cause.response == item.response).copied().collect(),
        missed,
        distractors: item.distractors.clone(),
        rating: item.rating,
    })
}

/// The causal trace: the choices that routes on the path, or the ending, test (and the
/// learner made), and the changes to the variables that decided the ending, in the order they
/// happened.
///
/// A variable decided the ending when, had it kept its initial value, the ending's `when:`
/// would fail, or an earlier ending's (which `-> end` tries first) would hold. When no single
/// variable is decisive, every variable those conditions read counts.
fn trace(scenario: &Scenario, walk: &Walk) -> Vec<Link> {
    let Some(ending) = walk.ending else { return Vec::new() };
    let chose = |decision: NodeId, option: usize| {
        walk.history.iter().position(|a| {
            a.decision == decision
                && match &a.response.answer {
                    Answer::Pick(i) => *i == option,
                    Answer::Tick(ticks) => ticks.get(option).copied().unwrap_or(false),
                    _ => false,
                }
        })
    };
    // Conditions on the routes between consecutive blocks of the path (from scenes,
    // decisions and the options picked there), with the block each leads to.
    let mut conditions: Vec<(&Condition, NodeId)> = Vec::new();
    let mut links: Vec<(usize, Link)> = Vec::new();
    let mut answers = walk.history.iter().enumerate();
    for (&from, &to) in walk.path.iter().zip(walk.path.iter().skip(1)) {
        let routes: Vec<&Route> = match &scenario.node(from).kind {
            NodeKind::Scene { routes } => routes.iter().collect(),
            NodeKind::Decision(d) => {
                let own: Vec<&Route> = match answers.next() {
                    Some((response, a)) => match a.response.answer {
                        Answer::Pick(option) => {
                            let own: Vec<&Route> =
                                d.options.get(option).map(|o| o.routes.iter().collect()).unwrap_or_default();
                            // An option whose own route ends the story decided the ending.
                            if !own.is_empty() && to == ending {
                                links.push((response, Link::Chose { decision: from, option, response, to }));
                            }
                            own
                        }
                        _ => Vec::new(),
                    },
                    None => Vec::new(),
                };
                if own.is_empty() { d.routes.iter().collect() } else { own }
            }
            NodeKind::Ending(_) => Vec::new(),
        };
        let leads = |r: &&Route| match r.target {
            Target::Node(n) => n == to,
            Target::End => to == ending,
        };
        conditions.extend(routes.into_iter().filter(leads).filter_map(|r| r.condition.as_ref()).map(|c| (c, to)));
    }
    // `-> end` takes the first ending whose `when:` holds: the endings before this one
    // failed, and this one held.
    let whens: Vec<(&Condition, bool)> = scenario
        .endings()
        .take_while(|&(id, _)| id <= ending)
        .filter_map(|(id, e)| e.when.as_ref().map(|w| (w, id == ending)))
        .collect();
    if let Some(&(when, true)) = whens.last() {
        conditions.push((when, ending));
    }
    let tested = |d: NodeId, o: usize| chose(d, o).is_some();
    let initial = scenario.initial_state();
    let mut read = vec![false; scenario.states().len()];
    let mut decisive = vec![false; scenario.states().len()];
    for &(when, reached) in &whens {
        when.states(&mut |v| {
            if let Some(slot) = read.get_mut(v) {
                *slot = true;
            }
            let mut unmoved = walk.state.clone();
            if let (Some(slot), Some(start)) = (unmoved.get_mut(v), initial.get(v)) {
                *slot = *start;
            }
            if when.holds(&unmoved, &tested) != reached
                && let Some(slot) = decisive.get_mut(v)
            {
                *slot = true;
            }
        });
    }
    let states = if decisive.iter().any(|&d| d) { decisive } else { read };

    let mut seen: Vec<(NodeId, usize)> = links
        .iter()
        .filter_map(
            |(_, l)| if let Link::Chose { decision, option, .. } = l { Some((*decision, *option)) } else { None },
        )
        .collect();
    for (condition, to) in conditions {
        condition.chose_pairs(&mut |decision, option| {
            if let Some(response) = chose(decision, option)
                && !seen.contains(&(decision, option))
            {
                seen.push((decision, option));
                links.push((response, Link::Chose { decision, option, response, to }));
            }
        });
    }
    for effect in &walk.effects {
        if states.get(effect.effect.state).copied().unwrap_or(false) && effect.before != effect.after {
            links.push((effect.landed, Link::Effect(*effect)));
        }
    }
    links.sort_by_key(|(at, link)| (*at, matches!(link, Link::Effect(_))));
    links.into_iter().map(|(_, link)| link).collect()
}

/// At every pick on the path, where each other option would have led.
fn roads(scenario: &Scenario, walk: &Walk) -> Vec<Road> {
    let mut roads = Vec::new();
    for (index, (answered, cursor)) in walk.history.iter().zip(&walk.before).enumerate() {
        let Answer::Pick(taken) = answered.response.answer else { continue };
        let Some(decision) = scenario.decision(answered.decision).filter(|d| d.kind == DecisionKind::Pick) else {
            continue;
        };
        let means = Panel::of(decision).means;
        let forks = (0..decision.options.len())
            .filter(|&o| o != taken)
            .map(|option| {
                let mut other = cursor.clone();
                let response = Response::new(Answer::Pick(option), answered.response.confidence);
                let (next, reaches) = match other.advance(&response) {
                    Ok(()) => (other.trail.first().copied(), Some(other.node)),
                    Err(_) => (None, None),
                };
                Fork { option, mean: means.get(option).copied().unwrap_or(0.0), next, reaches }
            })
            .collect();
        roads.push(Road { response: index, decision: answered.decision, taken, forks });
    }
    roads
}

/// The weakest dimension with enough evidence (or, failing that, with any). Calibration counts
/// only when some confidence level was used often enough for a verdict ([`VERDICT_MIN`] calls)
/// and did not fit; its habit then depends on which way.
fn next_step(card: &Scorecard) -> Option<NextStep> {
    let misfit = card.calibration.as_ref().and_then(|c| {
        c.levels.iter().filter(|l| l.said >= VERDICT_MIN).find_map(|l| l.fit().filter(|f| *f != Fit::Fits))
    });
    let candidates = |enough: bool| {
        card.profile
            .iter()
            .enumerate()
            .filter(move |(_, d)| d.estimate.evidence > 0.0 && (!enough || d.estimate.enough))
            .filter(|(_, d)| d.id != CALIBRATION || misfit.is_some())
            .min_by(|(_, a), (_, b)| a.estimate.value.total_cmp(&b.estimate.value))
    };
    let (index, dimension) = candidates(true).or_else(|| candidates(false))?;
    let at = dimension
        .evidence
        .iter()
        .filter(|p| p.value < 1.0 - 1e-9)
        .max_by(|a, b| (a.weight * (1.0 - a.value)).total_cmp(&(b.weight * (1.0 - b.value))))
        .and_then(|p| p.response);
    Some(NextStep {
        dimension: index,
        estimate: dimension.estimate.value,
        misfit: misfit.filter(|_| dimension.id == CALIBRATION),
        at,
    })
}

/// The response that lost the most overall points (the first of equals), when one lost a
/// material share of its decision.
fn costliest(card: &Scorecard) -> Option<&ItemScore> {
    card.items
        .iter()
        .filter(|s| material(s))
        .max_by(|a, b| a.points.total_cmp(&b.points).then(b.response.cmp(&a.response)))
}

/// The decision that lost the most overall points, as a playthrough that stands just before it.
fn replay(card: &Scorecard, playthrough: &Playthrough) -> Option<Replay> {
    let worst = costliest(card)?;
    let mut from = playthrough.clone();
    from.responses.truncate(worst.response);
    Some(Replay {
        response: worst.response,
        decision: worst.decision,
        regret: worst.regret,
        points: worst.points,
        from,
    })
}

/// One attempt's headline result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attempt {
    /// The overall score, 0–100.
    pub overall: f64,
    pub passed: bool,
}

impl From<&Scorecard> for Attempt {
    fn from(card: &Scorecard) -> Attempt {
        Attempt { overall: card.overall, passed: card.passed }
    }
}

/// A learner's attempts at one scenario. The first attempt is the record; replays are kept
/// beside it for practice and their own trend, and nothing can overwrite the first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attempts {
    first: Option<Attempt>,
    replays: Vec<Attempt>,
}

impl Attempts {
    pub fn new() -> Attempts {
        Attempts::default()
    }

    /// Records a finished attempt: the first becomes the record, every later one a replay.
    pub fn record(&mut self, attempt: Attempt) {
        match self.first {
            None => self.first = Some(attempt),
            Some(_) => self.replays.push(attempt),
        }
    }

    /// The record: the first attempt.
    pub fn first(&self) -> Option<Attempt> {
        self.first
    }

    /// Every replay, oldest first.
    pub fn replays(&self) -> &[Attempt] {
        &self.replays
    }

    /// The most recent attempt, replay or first.
    pub fn latest(&self) -> Option<Attempt> {
        self.replays.last().copied().or(self.first)
    }

    /// The best replay's overall score.
    pub fn best_replay(&self) -> Option<f64> {
        self.replays.iter().map(|a| a.overall).reduce(f64::max)
    }

    /// Improvement on replay: the latest replay's overall score minus the first attempt's;
    /// `None` before any replay.
    pub fn improvement(&self) -> Option<f64> {
        Some(self.replays.last()?.overall - self.first?.overall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyse, scorecard};

    const STORY: &str = "id: t\ntitle: T\ngoal: Keep the team.\nrater a: A\nrater b: B\nrater c: C\n\
        dimension judgement: J\nstate morale: number 0..10 = 5 \"Morale\"\n\
        == decision d1\nask: ?\nconfidence:\nreasoning: If X then A; here X.\n\
        * good: G\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n  -> d2\n\
        * bad: B\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n  effect: morale - 5 after 1 hidden\n  \
        coaching: You traded morale for speed.\n  -> d2\n\
        == decision d2 (considerations)\nask: ?\n* m: M\n  weight: +2\n  stakeholder: Team\n* n: N\n  weight: -2\n-> end\n\
        == ending low\ntitle: Low\nwhen: morale < 3\n== ending fine\ntitle: Fine\n";

    fn run(responses: Vec<Response>) -> (Scenario, Debrief) {
        let scenario = crate::load(STORY).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = responses;
        let card = scorecard::score(&scenario, &analysis, &playthrough).expect("replays");
        let debrief = debrief(&scenario, &analysis, &playthrough, &card).expect("replays");
        (scenario, debrief)
    }

    #[test]
    fn a_confident_error_leads_and_the_trace_names_its_delayed_effect() {
        let (scenario, debrief) = run(vec![
            Response::new(Answer::Pick(1), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![false, false]), None),
        ]);
        let id = |n: NodeId| scenario.node(n).id.as_str();
        assert_eq!(debrief.goal, "Keep the team.");
        let lessons: Vec<Lesson> = debrief.moments.iter().map(|m| m.lesson).collect();
        assert_eq!(lessons, [Lesson::ConfidentError, Lesson::Missed]);
        let first = &debrief.moments[0];
        assert_eq!((id(first.decision), first.preferred.as_slice()), ("d1", &[0][..]));
        assert!(!first.reasoning.is_empty() && !first.coaching.is_empty());
        assert_eq!(first.caused.len(), 1, "the hidden, delayed morale drop is revealed");
        assert_eq!(debrief.moments[1].missed[0].stakeholder.as_deref(), Some("Team"));
        assert_eq!(debrief.ending.map(id), Some("low"));
        assert!(matches!(debrief.trace.as_slice(), [Link::Effect(e)] if e.cause.response == 0 && !e.effect.visible));
        assert_eq!(debrief.diverged, Some(0));
        assert_eq!(debrief.learner[0].response.answer, Answer::Pick(1));
        assert_eq!(debrief.expert[0].response.answer, Answer::Pick(0));
        assert_eq!(debrief.expert_path.iter().map(|&n| id(n)).collect::<Vec<_>>(), ["d1", "d2", "fine"]);
        assert_eq!(debrief.roads.len(), 1);
        assert_eq!(debrief.roads[0].forks[0].reaches.map(id), Some("d2"));
        let replay = debrief.replay.as_ref().expect("a regret");
        assert_eq!((replay.response, replay.from.responses.len()), (0, 0));
        assert!(debrief.next_step.is_some());
    }

    #[test]
    fn a_perfect_run_has_nothing_to_correct() {
        let (_, debrief) = run(vec![
            Response::new(Answer::Pick(0), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![true, false]), None),
        ]);
        assert!(debrief.moments.is_empty() && debrief.replay.is_none() && debrief.diverged.is_none());
        assert_eq!(debrief.path, debrief.expert_path);
    }

    #[test]
    fn a_checklist_lost_by_its_distractors_is_a_moment_like_any_other_loss() {
        let (scenario, debrief) = run(vec![
            Response::new(Answer::Pick(0), Some(Confidence::FairlySure)),
            Response::new(Answer::Tick(vec![true, true]), None),
        ]);
        let replay = debrief.replay.as_ref().expect("the checklist lost points");
        assert_eq!(scenario.node(replay.decision).id, "d2");
        let moment = debrief.moments.first().expect("and it is a teaching moment");
        assert_eq!((moment.lesson, moment.decision, moment.largest), (Lesson::Regret, replay.decision, true));
        assert_eq!(moment.distractors, [1]);
    }

    #[test]
    fn calibration_is_the_next_step_only_from_a_verdict_and_in_its_direction() {
        // Sure and right once: too few calls to judge, so the next step is about something else.
        let (_, once) = run(vec![
            Response::new(Answer::Pick(0), Some(Confidence::Sure)),
            Response::new(Answer::Tick(vec![false, false]), None),
        ]);
        let step = once.next_step.expect("a next step");
        assert_eq!(step.misfit, None);
        // Unsure and right at three calls: under-confident, so the habit says to say so.
        let three = "id: t\ntitle: T\nrater a: A\nrater b: B\nrater c: C\ndimension judgement: J\n\
            == decision d1\nask: ?\nconfidence:\n* good: G\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n\
            * bad: B\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n-> d2\n\
            == decision d2\nask: ?\nconfidence:\n* good: G\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n\
            * bad: B\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n-> d3\n\
            == decision d3\nask: ?\nconfidence:\n* good: G\n  ratings: a 6, b 6, c 6\n  evidence: judgement +1\n\
            * bad: B\n  ratings: a 2, b 2, c 2\n  evidence: judgement -1\n-> end\n== ending e\ntitle: E\n";
        let scenario = crate::load(three).expect("loads");
        let analysis = analyse::analyse(&scenario);
        let mut playthrough = Playthrough::new(&scenario, 1);
        playthrough.responses = vec![Response::new(Answer::Pick(0), Some(Confidence::Unsure)); 3];
        let card = scorecard::score(&scenario, &analysis, &playthrough).expect("replays");
        let step = debrief(&scenario, &analysis, &playthrough, &card).expect("replays").next_step.expect("a step");
        assert_eq!(card.profile[step.dimension].id, CALIBRATION);
        assert_eq!(step.misfit, Some(Fit::Underconfident));
    }

    #[test]
    fn replays_never_overwrite_the_first_attempt() {
        let mut attempts = Attempts::new();
        assert_eq!((attempts.first(), attempts.improvement()), (None, None));
        attempts.record(Attempt { overall: 60.0, passed: false });
        attempts.record(Attempt { overall: 90.0, passed: true });
        attempts.record(Attempt { overall: 80.0, passed: true });
        assert_eq!(attempts.first(), Some(Attempt { overall: 60.0, passed: false }));
        assert_eq!(attempts.replays().len(), 2);
        assert_eq!(attempts.improvement(), Some(20.0));
        assert_eq!(attempts.best_replay(), Some(90.0));
        assert_eq!(attempts.latest().map(|a| a.overall), Some(80.0));
    }
}
