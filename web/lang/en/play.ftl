# Playing a scenario: the play view, the decision forms, feedback, the ending, the debrief's
# teaching moments and path map, the decision map, the timer and the Author view's state panel.

# The play view of a built-in scenario (components/play.rs): while it opens, or why it cannot.

play-back = Back to the library
# Under the scenario's title while it is being fetched.
play-opening = Opening the scenario…
play-missing-title = Scenario not found
# $id: the scenario's id as written in the page's address.
play-missing = There is no scenario called “{ $id }” in this library. The link may be mistyped, or the scenario may have been retired.
play-failed-title = The scenario could not be opened

# A scenario being played (components/playing/): its head, the choice of mode, notices, the
# decision now or the ending, and starting over.

# The choice of mode, before the first decision.
playing-mode-legend = How do you want to play?
playing-practice = Practice
playing-practice-hint = Feedback after every decision, and you can change your last answer.
playing-assessment = Assessment
playing-assessment-hint = No feedback until the end, and every answer is final.
# Starting over, asked first: the group's name for screen readers, then the question.
playing-restart-group = Start over?
playing-restart-question = Start over from the beginning? Your answers in this attempt will be cleared.
# The head: the scenario's level as a badge.
level-junior = junior
level-mid = mid
level-senior = senior
level-lead = lead
# The head: the scenario's length in minutes.
playing-minutes = { $minutes } min
# The progress bar's label once the story is over; $count: the decisions answered.
playing-finished = { $count -> [one] Finished: { $count } decision *[other] Finished: { $count } decisions }
# The progress bar's label; $number: the decision now, $expected: about how many there will be.
playing-progress = Decision { $number } of about { $expected }
playing-saved-unusable = Your saved progress could not be used
playing-not-kept = This browser is not keeping your progress
playing-not-kept-body = Storage is turned off here, so your answers last only until you close this tab.
# Before the first decision, followed by the scenario's goal.
playing-goal = Your goal:
playing-back = Back to the library
# When a saved playthrough cannot be replayed; $error: what stopped it, one of the play-error phrases.
playing-stopped = The scenario stopped: { $error }.
play-error-wrong-scenario = this progress was saved for a different scenario or version
play-error-finished = the scenario has already ended
play-error-invalid-response = that response does not fit this decision
play-error-stuck = the story never reaches a decision or an ending
playing-start-again = Start again
playing-cannot-continue = This playthrough cannot continue
# Read out by screen readers after each answer, then the verdict (practice) and what comes next.
playing-recorded = Answer recorded.
# Read out after an answer; $number: the decision that comes next.
playing-now = Now: decision { $number }.
# Read out after the last answer; $ending: the ending's title.
playing-ended = The story has ended: { $ending }.
# The heading of the decision now; $number: its number in this playthrough.
playing-decision = Decision { $number }
# Above the ending's title.
playing-how-it-ended = How it ended

# The form for one decision (components/decision.rs).

# The questions a decision asks after the answer when the scenario gives no words of its own.
decision-confidence-prompt = How sure are you that this is a good call?
decision-rationale-prompt = In a sentence, why?
decision-rationale-hint = Optional. Kept in your journal on this device.
# What to do, under the question, by kind of decision.
decision-hint-pick = Choose one option.
decision-hint-pick-submit = Choose one option, then submit.
decision-hint-rate = Rate every option from 1 (a poor call) to 7 (an excellent call).
decision-hint-rank = Order the options from best to worst with the Move up and Move down buttons.
decision-hint-considerations = Tick every consideration that matters here, and only those.
decision-hint-pivot = Tick the facts that, if they were different, would change the best call.
decision-submit = Submit

# Rating every option on a 1–7 scale (components/rate.rs).

# The key above the scales.
rate-key-poor = 1 · a poor call
rate-key-defensible = 4 · defensible
rate-key-excellent = 7 · an excellent call
# What screen readers say for points 1, 4 and 7 of a scale (the others are just their number).
rate-point-poor = 1, a poor call
rate-point-defensible = 4, defensible
rate-point-excellent = 7, an excellent call

# Ranking the options (components/rank.rs).

rank-move-up = Move up
rank-move-down = Move down
# Read out after a move; $option: the option's text, $place: where it is now, $count: how many options.
rank-moved = “{ $option }” moved to place { $place } of { $count }.

# The confidence question's levels (components/confidence.rs).

confidence-unsure = Unsure
confidence-fairly-sure = Fairly sure
confidence-sure = Sure

# Feedback on one response (components/feedback.rs).

# The verdict on a response; $percent: the share of the credit it earned, 0 to 100.
feedback-verdict-in-line = In line with the expert panel: { $percent }% of the credit.
feedback-verdict-partly = Partly in line with the expert panel: { $percent }% of the credit.
feedback-verdict-far = Far from the expert panel: { $percent }% of the credit.
# The feedback's heading; $number: the decision's number, $verdict: one of the verdicts above.
feedback-title = Decision { $number }: { $verdict }
# A label, followed by the option the learner chose.
feedback-you-chose = You chose:
feedback-what-happened = What happened
feedback-coaching = Coaching
feedback-panel-rated = How the expert panel rated the options
# A tag beside the option the learner chose.
feedback-your-choice = your choice
feedback-mean-hint = Mean rating out of 7 across the panel.
feedback-ratings = Your ratings and the panel’s
# The columns of the table of ratings: the option, the learner's rating, the panel's mean.
feedback-option = Option
feedback-you = You
feedback-panel = Panel
feedback-shape-hint = What counts is the shape: rating the better calls higher than the weaker ones.
feedback-your-order = Your order
feedback-panel-order = The panel’s order
# The heading of a checklist's feedback: a pivot decision's, then a considerations decision's.
feedback-facts = The facts that decide it
feedback-matters-here = What matters here
# Beside each item of a checklist.
feedback-matters-ticked = Matters, and you ticked it
feedback-matters-left = Matters, and you left it
feedback-distraction-ticked = A distraction, and you ticked it
feedback-distraction-left = A distraction, and you left it
# After an item's verdict; $stakeholder: who the item matters to (from the scenario).
feedback-concern = · { $stakeholder }’s concern
# A label, followed by the learner's confidence level.
feedback-you-were = You were:
# A label, followed by the reason the learner wrote.
feedback-your-reasoning = Your reasoning:
feedback-experts-reasoned = How the experts reasoned
feedback-change = Change my answer

# A teaching moment of the debrief (components/moment.rs).

# What the fold of the first moment opens: the reasoning only, or the reasoning and the panel's ratings.
moment-experts-reasoning = The experts’ reasoning
moment-whole-reasoning = The whole reasoning, and the panel
moment-you-rated = You rated every option: your ratings are beside the experts’ in the panel.
moment-you-ranked = You ranked the options: your order is beside the experts’ in the panel.
# After what the learner answered: how sure they said they were.
moment-you-were-unsure = You were unsure.
moment-you-were-fairly-sure = You were fairly sure.
moment-you-were-sure = You were sure.
# The learner's place for an option in their ranking; $place: 1 for the first.
moment-place = #{ $place }
# The table of the panel's ratings: its heading, its caption (for screen readers) and its columns.
moment-panel = The panel’s ratings
moment-spread-caption = Every option, best first: the panel's mean rating out of 7 and its spread
moment-option = Option
moment-experts = Experts (mean ± SD)
moment-column-rated = You rated
moment-column-place = Your place
# A tag beside the option the learner chose.
moment-your-choice = your choice

# The end of a playthrough: the result and the way on (components/ending.rs).

ending-result = Your result
# After the score, as in “72.4 / 100”.
ending-score-of = / 100
# The verdict under the score; $pass: the pass mark out of 100, $count: the decisions answered.
ending-passed = Passed · pass mark { $pass } · { $count -> [one] { $count } decision *[other] { $count } decisions }
ending-not-passed = Not passed · pass mark { $pass } · { $count -> [one] { $count } decision *[other] { $count } decisions }
ending-score-hint = The score weighs every response against the options you had at the time, with partial credit for defensible calls. The first attempt is the one that counts; replays are for learning.
ending-review = Your decisions, with the feedback held until now
ending-debrief = See your debrief
ending-play-again = Play again
ending-back = Back to the library

# The Author view's state panel (components/state_panel.rs).

state-title = State
state-none-declared = This scenario declares no state.
# A yes-or-no state's value.
state-yes = yes
state-no = no
# Beside a number's value; $low and $high: its bounds, $initial: its value at the start.
state-range = { $low }–{ $high }, started at { $initial }
# Beside a yes-or-no state's value: its value at the start.
state-started-yes = started yes
state-started-no = started no
state-pending = Delayed effects waiting
state-pending-none = None.
# A delayed effect that sets a state; $value: the value it will set.
state-set-to = set to { $value }
# A delayed effect; $state: the state's label (from the scenario), $change: “+2”, “-1” or one of state-set-to.
state-change = { $state } { $change }
# When a delayed effect lands; $count: how many decisions from now.
state-when = { $count -> [one] after the next decision *[other] after { $count } more decisions }
state-hidden = hidden
# Under a delayed effect; $option: the option that caused it (from the scenario).
state-from = From: { $option }

# The workshop's countdown (components/timer.rs).

timer-done = Time is up
timer-running = Running
timer-paused = Paused
# The countdown's name for screen readers; $time: the time left, as “1:30”.
timer-left = Time left: { $time }

# The debrief's map of the learner's path beside the expert's (components/path_map.rs).

# In the map, the mark of an ending (decisions are numbered).
path-end = End
# In the map, beside where the paths fork.
path-lane-you = You
path-lane-expert = Expert
path-map-title = Your path beside the expert's
# The map's summary. $ending, $yours, $experts: endings' titles; $count: the decisions both passed; $mine, $theirs: how many more each took.
path-same = You and the expert made the same decisions, one by one, to the same ending, { $ending }.
path-differ = Your path and the expert's differ from the start: yours ends at { $yours }, the expert's at { $experts }.
path-parted-same = You and the expert passed the same { $count -> [one] { $count } decision *[other] { $count } decisions }, then the paths parted, both to { $ending }.
path-parted = You and the expert passed the same { $count -> [one] { $count } decision *[other] { $count } decisions }, then the paths parted: yours ends at { $yours }, the expert's at { $experts }.
path-took-same = You and the expert passed the same first { $count -> [one] { $count } decision *[other] { $count } decisions }; then your path took { $mine } more and the expert's { $theirs } more, both to { $ending }.
path-took = You and the expert passed the same first { $count -> [one] { $count } decision *[other] { $count } decisions }; then your path took { $mine } more and the expert's { $theirs } more: yours ends at { $yours }, the expert's at { $experts }.
# The map's key.
path-key-you = you
path-key-expert = the expert
path-key-parted = you answered differently
path-yours = Your path
path-experts = The expert's path
# In the lists, under each decision's question: what the learner (you) or the expert answered. $option: the option's text in quotes; $count: how many options; $ticked: how many were ticked.
path-you-picked = you picked { $option }
path-expert-picked = the expert picked { $option }
path-you-rated = you rated all { $count } options
path-expert-rated = the expert rated all { $count } options
path-you-ranked = you ranked all { $count } options
path-expert-ranked = the expert ranked all { $count } options
path-you-ticked = you ticked { $ticked } of { $count }
path-expert-ticked = the expert ticked { $ticked } of { $count }
# Above the expert's list; $count: how many decisions the paths shared.
path-through = Through the same { $count -> [one] first decision *[other] first { $count } decisions } as yours; listed here only where the expert answered differently, and from where the paths parted.
path-same-answers = The same as yours, answer for answer.

# The decision map of a scenario (components/decision_map.rs).

# The short names of a scenario's decisions (D1, D2…) and endings (E1, E2…), in authored order.
map-decision-name = D{ $number }
map-ending-name = E{ $number }
# The map's name for screen readers; $title: the scenario's title, $count: how many boxes.
map-summary = Decision map of { $title }: { $count } decisions and endings; each decision's options lead down to the next.
