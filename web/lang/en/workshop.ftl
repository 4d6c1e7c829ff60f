# Workshop mode: the facilitator guide, the presenter and projector windows, the room
# summary, and the participants' phones (workshop codes and live rooms).

# The workshop's pages (components/workshop.rs): page titles and pages that cannot open.

# Page titles; $title is the scenario's title.
workshop-title-presenter = Facilitate { $title }
workshop-title-projector = { $title } (projector)
workshop-title-guide = Facilitator guide: { $title }
workshop-title-join = Workshop: { $title }
workshop-title-vote = Live room: { $title }
workshop-title-not-found = Not found
workshop-back = Back to the library
workshop-page-not-found = Page not found
workshop-page-not-found-text = This workshop link is incomplete or mistyped.
# While the scenario's file downloads.
workshop-opening = Opening the scenario…
workshop-unknown = Scenario not found
# $id is the scenario's id as the link spells it.
workshop-unknown-text = There is no scenario called “{ $id }” in this library. The link may be mistyped, or the scenario may have been retired.
workshop-failed = The scenario could not be opened

# The printable facilitator guide (components/guide.rs).

guide-print = Print the guide
# Link to the presenter window.
guide-facilitator-mode = Facilitator mode
guide-eyebrow = Facilitator guide
# Under the guide's title; $minutes is how long one person takes to play the scenario.
guide-counts = { $decisions -> [one] { $decisions } decision *[other] { $decisions } decisions } · { $endings -> [one] { $endings } ending *[other] { $endings } endings } · about { $minutes } minutes to play alone
guide-synopsis = Synopsis
# A label before the scenario's goal.
guide-goal = The participants' goal:
# A label before the list of skills.
guide-skills = Skills:
# A label before the list of the expert raters.
guide-panel = The expert panel:
# Heading of the suggested timings; $minutes is the session's length (60).
guide-plan-title = A { $minutes }-minute session
guide-plan-how = Open facilitator mode on your laptop, and its projector window on the projector. Each decision: show the scene and read it out, show the question, start the timer for a show of hands (or let participants answer on their phones), reveal the room beside the experts, discuss with the prompts, then follow the majority or the branch you choose. Timings follow the experts' path; another path may have a decision more or fewer.
# The timings table's column headings.
guide-when = When
guide-minutes = Minutes
guide-what = What
guide-timing-welcome = Welcome. Set the scene and the goal; show how to join on phones; explain hands, the timer and the reveal.
# A decision in the timings table, in bold: $label is its label in the map (D1, D2…), $ask its question.
guide-timing-decision = { $label }: { $ask }
# After the decision's question; $seconds is the voting round on the timer.
guide-timing-steps = Read the scene, vote ({ $seconds } s on the timer), reveal, discuss, follow.
guide-timing-wrap = The ending and what led to it; collect participants' codes and show the room summary; one thing each person will do differently.
guide-map = Decision map
guide-map-hint = Decisions (D) and endings (E) in the order they are written; the letters on a line are the options that take it. Scenes between decisions are left out.
guide-decisions = The decisions
guide-endings = The endings
# An ending's heading: $label is its label in the map (E1, E2…), $title its title.
guide-ending-title = { $label }: { $title }
# Where an option leads, when it can lead to several places: $list is one or more labels
# (D3, E2…) already joined this way, $next the next label.
guide-leads-or = { $list } or { $next }
# A badge on a decision the experts' answers pass through.
guide-on-path = on the experts' path
guide-asks-confidence = asks for confidence
# The options table's column headings (Letter is read by screen readers only).
guide-letter = Letter
guide-item = Item
guide-option = Option
guide-experts = Experts
guide-experts-mean = Experts' mean (spread)
guide-leads-to = Leads to
# The experts' mean rating out of 7 and its standard deviation, both to one decimal.
guide-expert-mean = { $mean } (±{ $spread })
# A checklist item and its weight with its sign (+2, -1).
guide-matters = Matters ({ $weight })
guide-distractor = Distractor ({ $weight })
# Under a decision whose answers all lead to the same place; $target is its label (D3, E2…).
guide-every-answer = Every answer leads to { $target }.
guide-reasoning = The experts' reasoning
guide-prompts = Discussion prompts

# The experts beside the room, on the projector and in the room summary (components/vote_chart.rs).

# An answer that ticked no item.
vote-chart-none-ticked = none ticked
# The experts' mean rating of an option, to one decimal, out of 7.
vote-chart-of-seven = { $mean } of 7
# A checklist item in the experts' view.
vote-chart-matters = Matters
vote-chart-distractor = Distractor
# The room's bar: hands raised for a checklist item.
vote-chart-hands = { $count -> [one] { $count } hand *[other] { $count } hands }
# The room's bar: hands raised for an option and their share of all hands.
vote-chart-hands-share = { $count -> [one] { $count } hand *[other] { $count } hands }, { $percent }%
# Read by screen readers before an option's text; $letter is the option's letter (A, B…).
vote-chart-option = Option { $letter }:
# Names of the bars.
vote-chart-room = Room
vote-chart-experts-pick = Experts’ pick
vote-chart-experts = Experts
# Read by screen readers before the experts' verdict on a checklist item.
vote-chart-experts-prefix = Experts:

# The projector window (components/projector.rs).

projector-waiting = Waiting for the presenter window
projector-waiting-live = This screen follows the live room. It shows the room as soon as the presenter's state arrives.
# Followed by the presenter window's link.
projector-waiting-open = This window shows what the presenter window runs. Open the presenter in another window of this browser:
projector-no-channel = This browser cannot link windows, so the projector cannot follow the presenter. Use an up-to-date Chrome, Edge, Firefox or Safari.
# $number counts the decisions the room has reached.
projector-decision = Decision { $number }
# Read by screen readers for the QR code of the join link.
projector-qr-name = QR code of the link to join
projector-join-title = Play along on your phone
# $room is the room's name the facilitator chose.
projector-room = Room { $room }
# Followed by the join link.
projector-scan = Scan the code, or type this address:
projector-join-how = You answer each decision on your phone; at the end you get a short code to hand in.
projector-how-it-ended = How it ended
projector-path = The room's path
# A heading for screen readers only.
projector-scene-heading = Decision { $number }: the scene
# Under the question, by the kind of decision.
projector-how-pick = Which would you do?
projector-how-rate = Which would you rate highest?
projector-how-rank = Which would you put first?
projector-how-considerations = Which of these matter here?
projector-how-pivot = Which of these facts would change the best call?
# Followed by the hands for each level of confidence.
projector-hands = How sure the room is:
# $level is a level of confidence (Unsure, Fairly sure, Sure), $count the hands raised for it.
projector-hand-count = { $level } { $count }
# Read by screen readers before an option's text; $letter is the option's letter (A, B…).
projector-option = Option { $letter }:
# Above what happened after the room's choice: $letter is the option's letter, $choice its text.
projector-room-chose = The room chose { $letter }: { $choice }

# The room summary in the presenter window (components/room.rs).

# $count is how many pasted codes could not be counted.
room-not-counted = { $count -> [one] { $count } code *[other] { $count } codes } not counted
# A refused code by its place in the pasted list.
room-refused-number = Number { $number }
# Printed at the top of the summary; $title is the scenario's title.
room-print-title = { -app } · { $title } · room summary
room-title = The room: participants' codes and summary
room-paste = Paste participants' codes
room-paste-hint = As many as you like at once, one per line or separated by spaces or commas. Each is checked on its own.
room-add = Add these codes
room-remove = Remove every code
room-counted = { $count -> [one] { $count } code *[other] { $count } codes } counted
room-download-csv = Download CSV
room-print = Print the summary
room-save-failed = This browser would not save the file.
room-participants = Participants
room-average = Average score
# $pass is the scenario's pass mark (a score out of 100).
room-passed = Passed ({ $pass } or more)
room-contested = Most contested decisions
# A decision: $label is its label in the guide (D1, D2…), $ask its question.
room-decision-title = { $label }: { $ask }
# How split the room was on a decision, as a percentage.
room-contested-split = split { $percent }%
room-dimensions = Dimension averages
room-dimension = Dimension
room-dimension-average = Room average
room-dimension-evidence = With evidence
# A dimension's room average.
room-percent = { $percent }%
room-by-decision = Decision by decision
# The room's bar for an option: $count who picked or ticked it, of $answered who answered.
room-bar-picked = { $count } of { $answered }, { $percent }%
# The room's mean rating of an option, to one decimal, out of 7.
room-bar-rating = { $mean } of 7
# The room's mean place for an option in a ranking, to one decimal.
room-bar-place = place { $place }
# Under each decision, by its kind: $answered is how many answered it, $percent how split the room was.
room-hint-pick = { $answered } answered · who picked each option · split { $percent }%
room-hint-rate = { $answered } answered · the room's mean rating of each option · split { $percent }%
room-hint-rank = { $answered } answered · the room's mean place for each option (1 is first) · split { $percent }%
room-hint-tick = { $answered } answered · who ticked each item · split { $percent }%

# A participant's phone in workshop mode, answering with a code (components/join.rs).

join-cannot-continue = This playthrough cannot continue
join-start-again = Start again
# $number counts the decisions the participant has reached.
join-decision = Decision { $number }
join-my-code = My code so far
join-how-it-ended = How it ended
# A badge above the scenario's title.
join-workshop = Workshop
# $room is the room's name the facilitator chose.
join-room = Room { $room }
join-intro = Answer each decision here when the facilitator asks. Options are lettered as on the projector. At the end you get a short code: hand it in so the room's answers can be summed up. Nothing leaves your phone otherwise.
join-too-long = This playthrough is too long for a code.
# Read by screen readers for the QR code of the participant's code; $code is the code.
join-qr-name = QR code for { $code }
join-result-code = Your result code
join-code-so-far = Your code so far
join-result-code-hint = Hand this code to your facilitator: type it into the room's list, or let them scan the QR code.
join-code-so-far-hint = A code for your answers up to now, if the facilitator asks for it before the end.
join-copy = Copy the code

# A participant's phone in a live room (components/vote.rs).

vote-status-closed = The room is closed
vote-status-connecting = Connecting to the room…
vote-status-live = Connected to the room
vote-status-reconnecting = Reconnecting… your answers are kept and sent once the room is back
# $code is the broker's reason code.
vote-status-refused = The room's broker refused this phone (code { $code }). Ask the facilitator.
vote-waiting = Waiting for the facilitator
vote-waiting-text = The room's first decision appears here when the facilitator opens it.
vote-closed = The live room has closed
vote-closed-text = The facilitator has closed this room, so it takes no more answers. Thank you for taking part.
# Asking for a name in team mode (one phone per table), then in a named room.
vote-team-name-title = Your table's name
vote-name-title = Your name
vote-team-name-text = One phone answers for the whole table. The facilitator sees this name beside its answers.
vote-name-text = The facilitator sees this name beside your answers.
vote-team-name = Table name
vote-name = Name
vote-join = Join the room
vote-unfit = The room's state does not fit this scenario.
vote-how-it-ended = How it ended
vote-ended-text = The room has reached an ending. Thank you for playing along.
# $number counts the decisions the room has reached.
vote-decision = Decision { $number }
vote-scene = The scene
# $answer is the participant's answer in short: the letter picked (B), or letters (A, C).
vote-state-closed-answered = Voting is closed. Your answer: { $answer }.
vote-state-closed = Voting is closed for this decision.
vote-state-answered = Your answer: { $answer }. You can change it until voting closes.
# $count is how many have voted so far.
vote-state-count = { $count } voted so far.
vote-room-answers = The room's answers
# A badge above the scenario's title.
vote-live-room = Live room
# Followed by the link vote-fallback.
vote-no-connection = No connection?
vote-fallback = Answer on this phone and hand in a code instead

# A live room's link that names no room (vote.rs).

vote-module-no-room = This link does not name a live room
# $link is the link vote-module-codes-link, shown as a link where it falls in the sentence.
vote-module-no-room-text = It may have been cut short when it was copied. Ask the facilitator for the link again, or { $link }.
vote-module-codes-link = answer on this phone and hand in a code

# The presenter window (components/presenter/).

presenter-cannot-continue = This workshop cannot continue
presenter-start-again = Start the workshop again
# The header (head.rs).
presenter-shortcuts = Shortcuts: N next step · R reveal or hide the votes · T start or pause the timer (not while typing in a field).
presenter-eyebrow = Facilitator mode · presenter window
presenter-open-projector = Open the projector window
presenter-open-guide = Facilitator guide (opens a new tab)
presenter-no-channel = This browser cannot link windows
presenter-no-channel-text = The projector window will not follow this one. Use an up-to-date Chrome, Edge, Firefox or Safari.
presenter-saved-unusable = The saved workshop could not be used
presenter-blocked = The browser blocked the projector window
# Followed by the projector window's link.
presenter-blocked-text = Allow pop-ups for this page, or open this link in a new window of the same browser and drag it to the projector:
# Joining (join_panel.rs).
presenter-join-title = Participants join on their phones
presenter-room-name = Room name (optional)
presenter-room-name-hint = Letters, digits and dashes. Participants see it, and keep their answers apart from their own practice.
# Followed by the live room's join link.
presenter-live-link = Live room:
# Followed by the join link for answering with codes.
presenter-codes-link = Without the network, participants answer on their own and hand in codes:
# Labels the buttons that choose the projector's screen.
presenter-projector-shows = The projector shows
presenter-screen-join = How to join
presenter-screen-scene = The scene
presenter-screen-question = The question
# The live room (live_panel.rs).
# $why says what is wrong with the broker's address.
presenter-broker-refused-address = That address will not work: { $why }.
presenter-broker-not-websocket = a broker's address starts with wss:// (or ws:// on a local network)
presenter-broker-insecure = this page came over HTTPS, so the browser only lets it reach a wss:// broker, not a ws:// one
presenter-no-random = This browser has no secure random numbers, so it cannot open a room.
presenter-live-intro-title = Live room: phones vote over the network
# $command is a command to type (judgement-call room), shown as code.
presenter-live-intro = Run { $command } on a laptop and open the presenter link it prints, or give your organisation's MQTT broker below. Without one, count hands or collect codes as usual.
presenter-broker-url = Broker address
presenter-broker-url-hint = Its WebSocket address: wss:// (ws:// only on a local network, from a page served over http).
presenter-broker-user = User name, if the broker asks for one
presenter-broker-password = Password or token
presenter-broker-credentials = Participants' join links carry the user name and password, so use credentials made for this room.
presenter-open-room = Open a live room
presenter-live-connected = Connected
presenter-live-reconnecting = Reconnecting to the broker… votes already counted are kept
presenter-live-refused-login = The broker refused the user name or password
# $code is the broker's reason code.
presenter-live-refused = The broker refused the connection (code { $code })
presenter-live-connecting = Connecting to the broker…
presenter-live-title = Live room
presenter-live-voted-closed = Voting closed: { $count } voted.
presenter-live-voted = { $count -> [one] { $count } participant has voted. *[other] { $count } participants have voted. } Answers can change until voting closes.
presenter-reopen-voting = Reopen voting
presenter-close-voting = Close voting now
# Labels the choice below: anonymous, named, by team.
presenter-naming = Answers are
presenter-naming-anonymous = anonymous
presenter-naming-named = named
presenter-naming-teams = by team (one phone per table)
presenter-answers-by-table = Answers by table
presenter-answers-by-name = Answers by name
# $name is a participant's or a table's name, $answer their answer in short (B, or A, C).
presenter-named-answer = { $name }: { $answer }
# $list is the messages refused, each as presenter-dropped-item, joined with commas.
presenter-dropped = Messages refused and not counted: { $list }.
# Why the presenter's console refused an action; the session is unchanged.
presenter-refused-ended = The story has ended.
presenter-refused-no-option = There is no such option here.
presenter-refused-tie = The vote is tied: choose which option the room follows.
presenter-refused-no-votes = Nobody has voted yet.
presenter-refused-nothing = There is nothing to go back to.
presenter-refused-no-branch = No other branch is waiting: the story has ended.
presenter-refused-bad-room = A room's name is up to 24 letters, digits and dashes.
# $count messages refused for $reason, one of the refusal-… phrases.
presenter-dropped-item = { $count } { $reason }
# Why a live room refused a message.
refusal-malformed = malformed
refusal-forged = forged
refusal-repeated = repeated
refusal-late = for another decision
refusal-locked = after voting closed
refusal-unfit = not an answer here
refusal-flood = too fast
refusal-full = over the limit of participants
presenter-other-devices = Other devices
# Followed by the link.
presenter-remote-projector = A projector on another device (it follows the room, like a phone):
presenter-cofacilitator = A co-facilitator's presenter link. It carries the room's secret: whoever opens it can run the room, so send it only to them.
presenter-close-room = Close the live room
# The current decision (decision.rs, votes.rs): $number counts the decisions the room has
# reached, $label is the decision's label in the guide (D1, D2…), $kind its kind (pick, rate…).
presenter-decision-eyebrow = Decision { $number } · { $label } in the guide · { $kind }
presenter-vote-list = Options, the experts' view and the room's hands
presenter-hands-counted = { $count -> [one] { $count } hand counted *[other] { $count } hands counted }
presenter-hide-votes = Hide the votes
presenter-reveal-votes = Reveal the votes
# Where an option leads: a decision ($label D3, $ask its question) or an ending ($label E2, $title its title).
presenter-lead-decision = { $label }: { $ask }
presenter-lead-ending = Ending { $label }: { $title }
# What the room raises hands for, by the kind of decision.
presenter-hands-pick = Hands up: which would you do?
presenter-hands-rate = Hands up: which would you rate highest?
presenter-hands-rank = Hands up: which would you put first?
presenter-hands-considerations = Hands up for each consideration that matters here.
presenter-hands-pivot = Hands up for each fact that would change the best call.
presenter-count-codes = Count participants’ codes as the votes
# $reached of the $total codes counted reached this decision.
presenter-codes-reached = { $total -> [one] { $reached } of { $total } code reached this decision. *[other] { $reached } of { $total } codes reached this decision. }
presenter-follow-majority = Follow the majority
presenter-follow-both = Both top choices, in turn
presenter-move-on = Move on
# $target is where every answer leads, as presenter-lead-decision or presenter-lead-ending.
presenter-every-answer = Every answer leads to { $target }; the story goes on with the experts’ answer.
# Read by screen readers before an option's text, labelling its hand count; $letter is A, B…
presenter-hands-for = Hands for option { $letter }:
# $target is where the option leads, as presenter-lead-decision or presenter-lead-ending.
presenter-leads-to = Leads to { $target }
# $view is the experts' view of the option: "5.8 of 7", Matters or Distractor.
presenter-experts = Experts: { $view }
# A button that takes the option lettered $letter, and its name for screen readers.
presenter-follow = Follow { $letter }
presenter-follow-label = { presenter-follow }: go on with option { $letter }
presenter-confidence = Optional: how sure is the room? Hands up for each
# Going back and starting over (controls.rs).
presenter-back = Back one decision
presenter-restart-group = Start the workshop over?
presenter-restart-question = Start over from the first decision? The room's path, votes and timer are cleared, and a new session's record begins (download this one first to keep it); participants' codes stay.
# The ending (ended.rs).
presenter-ended = The story has ended
presenter-path = The room's path
presenter-next-branch = Go to the next branch
presenter-branches-waiting = { $count -> [one] { $count } more branch waiting *[other] { $count } more branches waiting } (both top choices, in turn).
# A step of the room's path: $number counts the decisions, $ask is the question.
presenter-path-step = Decision { $number }: { $ask }
presenter-path-discussed = Discussed; went on with the experts’ answer
# The notes beside the decision (notes.rs, record.rs).
presenter-notes = Facilitator notes
presenter-prompts = Discussion prompts
presenter-reasoning = The experts' reasoning
presenter-scene = The scene, as projected
presenter-note = Your notes on this decision
presenter-notes-so-far = Your notes
# A note's decision: $number counts the decisions, $ask is the question.
presenter-record-decision = Decision { $number }: { $ask }
presenter-download-csv = Download the session (CSV)
presenter-download-json = Download the session (JSON)
presenter-save-failed = This browser would not save the file.
# The timer (timer_panel.rs).
presenter-timer = Timer
presenter-timer-pause = Pause
presenter-timer-start = Start
presenter-timer-reset = Reset
presenter-round = Round length
