# The review module (a scenario's Debrief, the Profile's charts), the author module (the Author view, the expert panel's rating) and the cohort module (the Cohort view).

# When the review module is asked for a place it does not know.
review-nothing = Nothing to show here
review-back = Back to the library

# The Debrief view (#/debrief/<id>): what a finished attempt teaches.

# The browser tab's title; $title is the scenario's title.
debrief-page-title = Debrief: { $title }
debrief-back = Back to the library
debrief-preparing = Preparing your debrief…
debrief-not-found = Scenario not found
# $id is the scenario id in the page's address.
debrief-not-found-body = There is no scenario called “{ $id }” in this library, so there is nothing to debrief.
debrief-failed = The debrief could not be prepared
# Heading when the learner has not finished the scenario yet; $title is the scenario's title.
debrief-unfinished = No debrief yet for “{ $title }”
debrief-unfinished-body = The debrief follows a finished attempt. Play the scenario to its ending, and your debrief will be here.
debrief-unfinished-not-kept = This browser is not keeping your progress (storage is turned off here), so the debrief cannot read your attempts. Your score is on the scenario's ending.
debrief-outdated = Your earlier attempts were played on an older version of this scenario, so they can no longer be scored.
debrief-play = Play it
# A notice's title when a saved attempt no longer replays.
debrief-cannot = This attempt cannot be debriefed
# $error is the engine's reason (play.ftl's play-error phrases).
debrief-cannot-body = It no longer plays on this version of the scenario: { $error }.
# The small label above the scenario's title.
debrief-badge = Debrief
debrief-mode-assessment = Assessment
debrief-mode-practice = Practice
# After the overall score, as in "72.4 / 100".
debrief-out-of = / 100
# After the verdict ("Passed · pass mark 70"); $mark is the pass mark out of 100.
debrief-pass-mark = pass mark { $mark }
# Where this attempt stands beside the learner's record (their first attempt). $record is the first attempt's score out of 100 (written 72.4).
debrief-standing-changed = You changed answers after reaching the ending. Your record is this first attempt as it first ended, which scored { $record }; replays are for learning and never replace it.
debrief-standing-first = Your first attempt: it stands as your record, and replays never replace it.
# $attempt is this attempt's number (2 for the first replay); $score is its score, $record the first attempt's (both out of 100, written 72.4).
debrief-standing-replay = This was a replay (attempt { $attempt }), for practice: it scored { $score }. Your record stays your first attempt, which scored { $record }.
# Under "no teaching moments", when the attempt gave nothing to teach.
debrief-no-moments-hint = Open your profile in the breakdown below for where the evidence was thin.
debrief-breakdown = The whole breakdown
# The folded parts of the breakdown, each opened with a tap.
debrief-fold-figures = Your score in figures
debrief-fold-items = Every decision, scored
debrief-fold-profile = Your profile
debrief-fold-profile-confidence = Your profile and confidence
debrief-fold-paths = Your path and the others
debrief-fold-outcome = How the story ended
debrief-profile-hint = Each estimate starts at 0.5 and moves with the evidence your answers gave; the band is where it lies with about 80% certainty, so a wide band means few decisions spoke to it.
# After a choice that set several things in motion, listed below it (French: a no-break space before the colon, written { " :" } with U+00A0 inside the quotes).
debrief-trace-colon = :
debrief-roads-hint = At every pick, the options you passed over, with the panel's mean rating out of 7, and where each would have led.
# Under the options the learner passed over, when all of them lead where the learner's pick led; $place is that decision or ending.
debrief-fork-same = Each leads on to { $place }, as yours did: what differs is what each sets in motion.
debrief-items-hint = Each score (0 to 1) judges your answer against the options you had at that moment. Chance is what answering at random earns there; lost is what the decision cost your overall score, in points.
# The items table's caption, for screen readers.
debrief-items-caption = Item scores, decision by decision
# The items table's column headings: the decision's number, the question, its weight, the score, what chance earns, the score against chance, the points lost.
debrief-col-number = #
debrief-col-decision = Decision
debrief-col-weight = Weight
debrief-col-score = Score
debrief-col-chance = Chance
debrief-col-corrected = vs chance
debrief-col-lost = Lost
# A decision's kind, under its question in the items table.
debrief-kind-pick = pick
debrief-kind-rate = rate
debrief-kind-rank = rank
debrief-kind-considerations = considerations
debrief-kind-pivot = pivot
debrief-held-assessment = The feedback held back until now
debrief-held-practice = The feedback, decision by decision
# A decision's feedback, folded; $number is the decision's number, $ask its question.
debrief-held-decision = Decision { $number }: { $ask }
# After debrief-held-decision; $score is the item score from 0 to 1, written 0.75.
debrief-held-score = score { $score }
debrief-calibration = How well your confidence matched
debrief-changes = What changed on the way
debrief-changes-hint = The outcome is the story's, not your score: the same answers always score the same, whatever the state did.
debrief-next = Where next
# A button; $number is the decision to replay from.
debrief-replay-from = Replay from decision { $number }
debrief-replay-start = Replay from the start

# The competency chart (Debrief and Profile): each dimension's estimate with its band.

# Beside a dimension's figures; $chance is what guessing would earn, from 0 to 1, written 0.33.
competency-chance = chance { $chance }
# Read by screen readers between an estimate and its band ("0.62, ~80% band [0.45-0.78]").
competency-band-spoken = ~80% band
# The chart's key.
competency-legend-estimate = your estimate, with its ~80% band
competency-legend-chance = what guessing would earn

# The Profile's trend charts and table: each dimension's estimate in each scenario finished.

# One point of a chart, read by screen readers: $number is the scenario's place in the order played, $value the estimate (written 0.62) or "not enough evidence yet".
trend-point = { $number }: { $value }
# A chart's description for screen readers; $dimension is the dimension's name, $points the points (trend-point) apart by semicolons.
trend-chart-description = { $dimension } in the scenarios you finished, in order: { $points }
# For screen readers, in a table cell shown as a dash.
trend-not-scored = not scored here
trend-caption = Your first attempt at each scenario, in the order you played them: the overall score, replays since, and each dimension’s estimate with its ~80% band.
# The table's column headings: the scenario's place in the order played, its title, the score, the replays.
trend-col-number = #
trend-col-scenario = Scenario
trend-col-score = Score
trend-col-replays = Replays
# In the Replays column, when there are none.
trend-replays-none = none
# In the Replays column: $count replays, $latest the latest's score (written 72.4), $gain its change from the first attempt with its sign (written +3.5, -1.2, or 0.0 when it rounds to zero).
trend-replays = { $count }, latest { $latest } ({ $gain })

# The Author view (#/author, the author module): check a scenario file and play it.

author-title = Author
author-lead = Check a scenario file as you write it: every problem with its line, then play it through with the state laid bare. Files stay on your device.
author-open-file = Open a .scenario file
author-open-example-choose = Or open a built-in scenario’s source
author-open-example = Open example
# While a file is checked; $file is its name.
author-checking = Checking { $file }…
# A notice's title when the file could not be read.
author-not-checked = The file could not be checked
# The name, for screen readers, of the part where the checked scenario plays.
author-play = Play the scenario
# Under the choice of a built-in scenario: $link is the link to send to experts (a web address), $command the command that merges their files (judgement-call panel merge). Keep both.
author-panel-link = Experts rate its options, without seeing the current ratings, at { $link }. Merge their files with { $command }.

# What the engine found in an author's file (the Author view).

# The findings' heading; $file is the file's name, $errors and $warnings how many of each.
diagnostics-title-none = { $file }: No problems found
diagnostics-title-warnings = { $file }: { $warnings -> [one] { $warnings } warning *[other] { $warnings } warnings }
diagnostics-title-errors = { $file }: { $errors -> [one] { $errors } error *[other] { $errors } errors }
diagnostics-title-both = { $file }: { $errors -> [one] { $errors } error *[other] { $errors } errors } and { $warnings -> [one] { $warnings } warning *[other] { $warnings } warnings }
diagnostics-fix = Fix the errors to play the scenario. Warnings do not stop it.
# A finding's severity, before its code and the engine's message (in English).
diagnostics-error = error
diagnostics-warning = warning
# The name, for screen readers, of the source line a finding points into; $line is its number.
diagnostics-line = Line { $line }
# Where a finding is, as editors read it: the file, its line and column.
diagnostics-where = { $file }:{ $line }:{ $col }
# What a finding's code means, above the engine's own message (in English) when the interface is in another language.
diagnostics-detail = In the engine's words:
diagnostic-expected-field = A line that should read key: value does not.
diagnostic-malformed-block = A == line cannot be read.
diagnostic-unknown-block-kind = A block's kind is not scene, decision or ending, or a decision's kind is unknown.
diagnostic-missing-id = A block, declaration or route has no id.
diagnostic-malformed-option = An option line does not read * id: text.
diagnostic-option-outside-decision = An option stands outside a decision.
diagnostic-unknown-field = A field does not belong where it is.
diagnostic-missing-field = A required field is missing.
diagnostic-duplicate-field = A field is given twice where only one is allowed.
diagnostic-invalid-value = A value cannot be read.
diagnostic-invalid-number = A number cannot be read.
diagnostic-invalid-condition = A condition cannot be read.
diagnostic-invalid-effect = An effect cannot be read.
diagnostic-duplicate-id = Two things of one kind share an id.
diagnostic-unknown-target = A route, start: or chose names no block.
diagnostic-unknown-state = A condition or an effect names state that is not declared.
diagnostic-unknown-dimension = Evidence names a dimension that is not declared.
diagnostic-unknown-rater = A rating names a rater who is not declared.
diagnostic-unknown-option = chose names an option the decision does not have.
diagnostic-unknown-move = move: names a move outside the vocabulary.
diagnostic-type-mismatch = A flag is used as a number, or a number as a flag.
diagnostic-out-of-range = A value is outside its allowed range.
diagnostic-missing-fallback = These routes can leave the story with nowhere to go.
diagnostic-misplaced-route = A route stands where none is allowed.
diagnostic-too-few-options = A decision has fewer than two options, or a checklist has nothing that matters.
diagnostic-rating-out-of-range = A rating is outside 1 to 7.
diagnostic-too-few-raters = Fewer than three raters rated these options.
diagnostic-select-all-scores = Ticking everything would score above zero on this checklist.
diagnostic-empty-scenario = The file has no block.
diagnostic-unreachable = No playthrough reaches this block.
diagnostic-dead-end = From this block some playthroughs can never reach an ending.
diagnostic-endless-cycle = Some playthroughs can never leave this loop.
diagnostic-unreachable-ending = No playthrough reaches this ending.
diagnostic-analysis-limit = The scenario is too large to analyse completely.
diagnostic-reflex-passes = A player following a reflex or the options' tone reaches the pass mark.
diagnostic-broken-item = A wrapped list item ends the list instead of continuing it.

# The expert panel's rating view (#/panel/<id>, the author module): experts rate every option from 1 to 7.

# The page's heading and the browser tab's title; $title is the scenario's title.
panel-title = Rate the options: { $title }
panel-opening = Opening the scenario…
panel-not-found = Scenario not found
# $id is the scenario id in the link.
panel-not-found-body = There is no scenario called “{ $id }” in this library. Ask its author for the link again.
panel-not-opened = The scenario could not be opened
panel-lead = The author of this scenario asks experts to rate every option of its decisions. Rate each on its own merits, from 1 (a poor call) to 7 (an excellent call); several options may deserve the same rating. The current ratings are not shown, so yours are your own.
panel-kept = Your ratings stay in this browser as you go, and go nowhere until you download the file and send it to the author.
panel-name = Your name
panel-about = Who you are, in a sentence (optional)
# A decision's heading; $number is its place, $count how many decisions there are.
panel-decision = Decision { $number } of { $count }
panel-rate-hint = Rate every option: how good a call is it here, as you would advise a product manager you trust?
panel-comment = Your comment for the author (optional)
# Under a decision's options.
panel-all-rated = All options rated.
# Under a decision's options; $left is how many of its options are not rated yet.
panel-left = { $left } still to rate.
panel-send = Send your ratings
# $done options rated of $total; followed by what is missing, if anything (panel-missing-…).
panel-count = { $done } of { $total } options rated.
panel-missing-name = Add your name above, then download your ratings.
# $left is how many options are not rated yet.
panel-missing-options = { $left -> [one] { $left } option *[other] { $left } options } still to rate.
panel-missing-options-and-name = { $left -> [one] { $left } option *[other] { $left } options } still to rate, and your name to add above.
# A button; $file is the ratings file's name.
panel-download = Download { $file }
panel-copy = Copy the ratings
panel-copied = Copied. Paste it into a message to the author.

# The Cohort view (#/cohort, the cohort module): a class's item analysis for a scenario.

cohort-title = Cohort analysis
cohort-lead = What a class did with a scenario, decision by decision: how often each option was chosen, how hard each decision was, how well it tells strong learners from weak ones, and where the key may need another look. The files stay on this device: everything is worked out in this browser.
cohort-scenario = Scenario
cohort-opening = Opening the scenario…
cohort-not-found = Scenario not found
cohort-not-opened = The scenario could not be opened
cohort-files = The class's files
cohort-files-hint = Drop them here or choose them: cmi5 statements exported from your LRS (JSON or NDJSON), jc1 logs or result codes (one a line), or learners' profile exports. Several at once is fine.
# Check boxes.
cohort-all-attempts = Count every attempt, not only each learner's first
cohort-names = Show learners by name (otherwise by a pseudonym)
# Beside the progress bar; $percent is how much of the files has been read, from 0 to 100.
cohort-reading = Reading the files: { $percent }%
# A notice's title; under it, why (cohort-file-unreadable or cohort-no-report).
cohort-failed = The files could not be read
# $file is the file's name.
cohort-file-unreadable = { $file } could not be read.
cohort-no-report = No scenario to report on.
# The report's heading.
cohort-report-title = { $attempts -> [one] { $attempts } attempt *[other] { $attempts } attempts } by { $learners -> [one] { $learners } learner *[other] { $learners } learners }
# The report's first paragraph: these four sentences one after the other.
cohort-finished = { $finished } reached an ending.
cohort-first-only = Only each learner's first attempt counts.
cohort-every-attempt = Every attempt counts.
cohort-by-name = Learners are shown by name.
cohort-by-pseudonym = Learners are shown by a pseudonym (the start of a SHA-256 hash).
cohort-not-counted = { $count -> [one] { $count } record was not counted. *[other] { $count } records were not counted. }
# Opens the list of records not counted.
cohort-skipped-title = { $count -> [one] { $count } record not counted, and why *[other] { $count } records not counted, and why }
# The list of records not counted: $count records for each reason.
cohort-skipped-later = { $count -> [one] { $count } later attempt *[other] { $count } later attempts } (only first attempts count)
cohort-skipped-out-of-order = { $count -> [one] { $count } attempt *[other] { $count } attempts } out of time order
cohort-skipped-elsewhere = { $count } about another scenario
cohort-skipped-not-text = { $count } not text
cohort-skipped-not-json = { $count } not json
cohort-skipped-not-a-statement = { $count } not a statement
cohort-skipped-no-registration = { $count } no registration
cohort-skipped-unreadable-response = { $count } unreadable response
cohort-skipped-no-confidence = { $count } no confidence
cohort-skipped-not-a-playthrough = { $count } not a playthrough
cohort-skipped-bad-code = { $count } bad code
cohort-skipped-other-version = { $count } other version
cohort-skipped-does-not-replay = { $count } does not replay
cohort-skipped-off-path = { $count } off path
cohort-skipped-no-answers = { $count } no answers
cohort-skipped-not-a-profile = { $count } not a profile
# Before a few of the records not counted, shown as they were.
cohort-examples = For example:
cohort-download-html = Download the report (HTML)
cohort-download-json = Download the figures (JSON)
# Under a decision's question: $reached learners reached it; $difficulty and $discrimination are figures from 0 to 1 (written 0.42) or a dash.
cohort-decision-figures = Reached by { $reached } · difficulty { $difficulty } · discrimination { $discrimination }
# The table's caption, for screen readers; $ask is the decision's question.
cohort-decision-caption = How the class answered “{ $ask }”
# The table's column headings: the option, how many chose it, their share, the share of the top and bottom thirds of the class, the expert panel's mean rating.
cohort-col-option = Option
cohort-col-chosen = Chosen
cohort-col-share = Share
cohort-col-top = Top third
cohort-col-bottom = Bottom third
cohort-col-mean = Experts' mean
# After the option the scenario's key rates best.
cohort-best = (the key's best)
# A share in the table; $value is from 0 to 100.
cohort-percent = { $value }%
# What a flag on a decision means. $r: the decision's discrimination (a correlation, -1 to 1).
cohort-flag-negative = Discrimination is negative ({ $r }): learners who score well here score worse on the rest of the scenario. The key may be wrong, or the best option may read as the worst; check the ratings.
cohort-flag-low = Discrimination is weak ({ $r }): this decision barely separates learners who do well on the rest from those who do not. It may be ambiguous, too easy, or testing something else.
# $option: an option's id; $top and $bottom: the percentages of the top and bottom thirds of learners who chose it.
cohort-flag-top-favours-weak = The top third chooses `{ $option }` ({ $top }% of them, against { $bottom }% of the bottom third), which the key rates low. Either strong learners know something the key misses, or the option is attractive for a reason worth examining.
# $share: the percentage of learners who chose it.
cohort-flag-rare = Almost nobody chooses `{ $option }` ({ $share }%): as a distractor it does no work. Make it more plausible or replace it.
