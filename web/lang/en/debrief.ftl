# The sentences of the score breakdown and the debrief, which the web app's Debrief view
# and the author CLI (`judgement-call play --responses`) both say (crates/figures).
# A phrase may mark words: <label>…</label> leads a sentence, <figure>…</figure> is a number,
# <stress>…</stress> the point to take away; keep the marks around the words they fit.
# Names ($decision, $option, $ending…) come in quotation marks already.

## How the debrief names a scenario's things

# A scenario's words quoted: a question, an option, an ending's title.
says-quoted = “{ $words }”
# The place a question holds in the learner's path: "decision 3".
says-decision-number = decision { $number }
# Where the story goes next, after "took the story to" or an arrow. $ask is the question, quoted.
says-the-question = the question { $ask }
# $title is an ending's title, quoted.
says-the-ending = the ending { $title }
says-the-next-scene = the next scene
says-stuck = (the story would get stuck)
# Whose concern a checklist item is. $who is a stakeholder's name; $plural is "yes" when the name already ends in s (as "Users").
says-concern = { $plural ->
    [yes] { $who }’ concern
   *[other] { $who }’s concern
}
# An answer, as the words after "You": $option is an option's text, quoted.
says-picked = picked { $option }
# $ratings: each option with the rating given, listed.
says-rated = rated { $ratings }
# $options: the options in the order ranked.
says-ranked = ranked { $options } (best first)
says-ticked = ticked { $options }
says-ticked-nothing = ticked nothing
# How a replay starts, after "replay it".
says-replay-start = from the start
says-replay-there = from there, keeping your answers before it
# Two names joined: "“Call Maya.” and “Flag it.”".
says-and = { $first } and { $second }

## The debrief's headings

says-teaching-moments = Teaching moments
says-the-lesson = The lesson
says-also = Also worth a look
says-why = Why
says-coaching = Coaching
says-caused = What it caused
says-road-not-taken = The road not taken
says-fell-short = Where it fell short
says-weigh = What a senior PM weighs

## Teaching moments

says-no-moments = No call lost enough to teach from: every one was as good as the experts', or close.
says-split = Experts split here: more than one call is defensible.
says-goal = <label>Where you were going:</label> { $goal }
# Why a response became a teaching moment, as a clause after its decision: $points is overall points lost.
says-lesson-sure = you were Sure, and it was not an acceptable call
says-lesson-largest = your largest loss, { $points } overall points
says-lesson-loss = a loss of { $points } overall points
says-lesson-missed = you missed what matters here
# Where a teaching moment happened and what it came to. $at is the question and its place: "“Who first?” (decision 1)".
says-came-to-sure-cost = At { $at } you were sure of a call the experts do not accept; it cost { $points } points.
says-came-to-sure = At { $at } you were sure of a call the experts do not accept.
says-came-to-largest = At { $at } you lost { $points } points, your largest loss.
says-came-to-loss = At { $at } you lost { $points } points.
says-came-to-missed = At { $at } you missed what matters here.
# $call is the option the experts prefer, quoted.
says-call = <label>The experts' call:</label> { $call }
says-call-split = The experts split between this and another option.
says-call-second = Another option came a close second.
# What the learner answered: $answer is "picked …", "ticked …" and the like, above.
says-you = You { $answer }
# An option's mean rating by the experts, and how far they spread (standard deviation).
says-mean-sd = { $mean } ± { $sd }
# $options: options listed.
says-what-matters = <label>What matters here:</label> { $options }.
# $options: options each with their mean rating and SD, as says-preferred-option words them.
says-preferred = <label>Experts preferred</label> { $options }.
says-preferred-option = { $option } ({ $mean }, SD { $sd })
# $options: every option followed by its mean ± SD.
says-spread = Every option (mean ± SD): { $options }.
# $items: checklist items, each with whose concern it is.
says-not-ticked = You did not tick: { $items }.
# $at: the checklists, listed.
says-not-ticked-before = Concerns you had not ticked at { $at } before this call: { $items }.
says-distractors = You ticked distractors: { $options }.
# How the learner's ratings sat beside the experts': $elevation and $scatter are signed differences, $elevation_words and $scatter_words the phrases below.
says-rating-shape = Your ratings: elevation { $elevation }, { $elevation_words }; scatter { $scatter }, { $scatter_words }.
says-elevation-higher = higher than the experts' overall: you rated options as more effective than they did
says-elevation-lower = lower than the experts' overall: you rated options as less effective than they did
says-elevation-same = about as high as the experts' overall
says-scatter-closer = closer together than the experts': you separated strong options from weak ones less than they did
says-scatter-further = further apart than the experts': you separated options more sharply than they did
says-scatter-same = about as spread as the experts'

## What a choice caused

# A change to the story's state as the clause after "you chose …, which": $state is its label, $before and $after its values, $notes what is below in brackets or nothing.
says-effect-raised = raised { $state } from { $before } to { $after }{ $notes }
says-effect-lowered = lowered { $state } from { $before } to { $after }{ $notes }
says-effect-set = set { $state } from { $before } to { $after }{ $notes }
says-effect-hidden = hidden
# $response: the place the change landed, "decision 3".
says-effect-delayed = delayed, it landed at { $response }
# On a line of its own: $change is "+30" or says-effect-set-to.
says-effect-set-to = set to { $value }
says-effect-landed = delayed; landed at { $response }

## The path

says-stayed = You stayed on the expert's path.
# $response: "decision 1"; $decision: the question; $mine and $expert: the options picked.
says-left-at = You left the expert's path at { $response } ({ $decision }): you picked { $mine }, the expert { $expert }
# The same at a decision answered otherwise than by a pick: $mine and $expert are answers as after "You" (says-ticked…).
says-left-at-answer = You left the expert's path at { $response } ({ $decision }): you { $mine }, the expert { $expert }
says-left = You left the expert's path at { $response }.
# $ending: the ending's title.
says-why-this-ending = Why this ending ({ $ending })
says-undecided = Every path can end here; no choice or change of state decided it.
# A link of the causal trace, in two parts: the choice ("At “Who first?” (decision 1) you chose “Ship it”, which") and what it did.
says-chose = At { $decision } ({ $response }) you chose { $option }, which
says-took-to = took the story to { $place }
# A choice with other options: $decision is the question, $option the pick.
says-road = { $decision } (you picked { $option })
# An option not taken: its experts' mean, then where it leads ($arrow is an arrow, $way a place).
says-fork = { $option } (<figure>{ $mean }</figure>) { $arrow } { $way }

## The next step

says-next-step-none = <label>Next step:</label> answer a few decisions first.
# $dimension: the learner's weakest dimension; $habit: one of the habits below.
says-next-step = <label>Next step</label> ({ $dimension } is your weakest dimension): <stress>{ $habit }</stress>
says-try-first = Try it first at { $decision }.
says-habit-judgement = Before choosing, write down what each option costs and who pays, then pick the one whose cost you can defend out loud.
says-habit-nuance = Before your next call, finish the sentence "If X, I would do A; if Y, B; here it is X because …", and check which fact is X.
says-habit-stakeholders = Before deciding, list who absorbs the downside of each option, and ask one of them what they would see first.
says-habit-ownership = When you feel the urge to hand a decision up, bring your recommendation and a date instead of the question.
says-habit-calibration = Before you say how sure you are, name one fact that would make you wrong; if you cannot rule it out, choose the level below.
says-habit-underconfident = When you have checked your reasons and found no fact that would make you wrong, say Sure: hedging a sound call costs as much as overclaiming a weak one.
# For a dimension a scenario defines: $dimension is its name, in small letters.
says-habit-other = Replay the decision where { $dimension } was weakest and read the experts' reasoning before you choose.
# $decision: the question; $points: overall points lost there; $from: says-replay-start or says-replay-there.
says-replay = <label>Replay suggestion:</label> { $decision } cost you the most ({ $points } points); replay it { $from }.
says-replay-none = <label>Replay suggestion:</label> none; no decision lost much.

## The score

# How the calls compare with answering at random and with the experts, as words after "Your calls were".
says-random-worse = worse than answering at random
says-random-same = no better than answering at random
says-random-barely = barely better than answering at random
says-random-better = better than answering at random, but far from the experts'
says-random-closer = closer to the experts' than to answering at random
says-random-close = close to the experts'
says-random-experts = as good as the experts'
# $words: one of the phrases above; $random: what random answers would score, out of 100.
says-gist-far = Your calls were { $words }, which would score about { $random } here.
says-gist-near = Your calls were { $words } (about { $random } here).
says-gist = Your calls were { $words }.
# $words: one of the phrases above, with a capital; $chance: what random answers score; $corrected: the score relative to chance.
says-chance = { $words }: answering at random would score { $chance } on these decisions, and relative to chance you scored { $corrected } / 100.
# How far the picks went from the worst path to the best, after "Your picks took you".
says-distance-none = none of the way
says-distance-little = a little of the way
says-distance-quarter = about a quarter of the way
says-distance-third = about a third of the way
says-distance-half = about half of the way
says-distance-two-thirds = about two-thirds of the way
says-distance-three-quarters = about three-quarters of the way
says-distance-most = most of the way
says-distance-all = all the way
says-went = Your picks took you { $distance } from the worst path to the best
says-reach = { $went }.
# $efficiency: 0 the worst path to 1 the best; the other figures are sums of the experts' ratings along paths.
says-path = { $went } (path efficiency { $efficiency }: the options you picked total { $quality } in weighted expert quality, the worst path { $worst } and the best { $best }; random play averages { $chance }, and relative to chance you reached { $corrected }).
says-path-unfinished = Path efficiency: not yet, the story has not ended (so far { $quality } in weighted expert quality; paths total { $worst } to { $best }).
# Notes under one decision's score. $gap: rating points out of 7.
says-item-gap = your pick is { $gap } rating points below the best call here
says-item-rating = your ratings' shape matches the experts' at r = { $r } (whole numbers can reach { $best }); not graded: elevation { $elevation }, scatter { $scatter }, raw agreement { $agreement }
says-item-missed = missed { $options }
says-item-distractors = ticked the { $count ->
    [one] distractor
   *[other] distractors
} { $options }
# A dimension's band, about 80% likely to hold its true value.
says-band = [{ $low }-{ $high }]
# $weight: how much evidence; $count: from how many decisions.
says-evidence = evidence { $weight } from { $count }
says-relative = { $value } relative to chance
says-thin = not enough evidence yet
# Calibration in figures: $judgements is how many calls had a confidence; $marks the certainty-based marks, of $most.
says-calibration = Calibration over { $judgements ->
    [one] { $judgements } judgement
   *[other] { $judgements } judgements
}: certainty-based marks { $marks } of a possible { $most }; Brier { $brier } (reliability { $reliability }, resolution { $resolution }, uncertainty { $uncertainty }); over-confidence { $overconfidence }; discrimination { $discrimination }.
says-discrimination-none = n/a (needs both right and wrong calls)
# What the calls at one level of confidence came to. $level: a level of confidence (play.ftl's confidence-…); $rate a percentage; $claim and $fit the phrases below.
says-confidence-level = When you said { $level }, { $right } of { $said } { $said ->
    [one] was an acceptable call
   *[other] were acceptable calls
} ({ $rate }%); { $level } means { $claim }: { $fit }.
says-claim-below = less than { $high }%
says-claim-between = { $low }-{ $high }%
says-claim-above = more than { $low }%
says-fit-few = too few calls to tell yet
says-fit-over = over-confident
says-fit-under = under-confident
says-fit-right = about right

# A figure alone (a score, a mean), written the language's way.
says-number = { $value }

## The outcome and the verdict

# $ending: the ending's title.
says-ending = <label>Ending:</label> { $ending }
says-not-finished = Not finished yet.
# $changes: each changed value, "Trust 3 → 1".
says-changed = Changed: { $changes }.
says-unchanged = No state changed.
# $states: the values the story drove to their lowest.
says-sacrificed = Driven to its floor: { $states } (a department sacrificed).
says-none-sacrificed = No variable was driven to its floor.
says-passed = passed
says-not-passed = not passed
# A finished attempt's result in a line: $score out of 100, $verdict passed or not passed, $pass the pass mark.
says-result = { $score } / 100, { $verdict } (pass mark { $pass })
says-overall = Overall: { $score } / 100 (pass mark { $pass }: { $verdict }).
