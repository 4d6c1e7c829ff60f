# The app's frame (crates/web/src/app.rs): the header, its navigation, the footer, and the
# views that arrive as modules of their own, each with what it says while it loads and the
# page's title meanwhile.

# The brand at the top left of every page, a link to the library.
app-name = { -app }
# The main navigation, for screen readers.
app-nav = Main
app-nav-library = Library
app-nav-profile = Profile
app-nav-author = Author
app-nav-settings = Settings
# The footer, on a live room's voting page.
app-footer-vote = In a live room, the answers you send go to the facilitator over the room's network; nothing else leaves this device.
# The footer, on every other page.
app-footer = { -app } runs entirely in your browser. Your answers never leave this device.
# A notice, when the part of the app that draws this page could not be downloaded.
app-unopened = This page could not be opened
app-unopened-help = Check your connection, then reload the page.
# Each "…-loading" shows while that view downloads; each "…-title" is the browser tab's title meanwhile.
app-debrief-loading = Preparing your debrief…
app-debrief-title = Debrief
app-profile-loading = Preparing your profile…
app-profile-title = Profile
app-author-loading = Loading the author tools…
app-author-title = Author
app-panel-loading = Loading the rating form…
app-panel-title = Rate the options
app-cohort-loading = Loading the cohort analysis…
app-cohort-title = Cohort analysis
app-settings-loading = Loading the settings…
app-settings-title = Settings
app-workshop-loading = Loading the workshop…
app-workshop-title = Workshop

# The browser tab's title (crates/web/src/hooks/use_title.rs).

# The title in the library.
title-app = { -app }
# The title elsewhere: $title is the view's own (a scenario's title, "Profile", …).
title-page = { $title } · { -app }

# A view arriving as a module of its own (crates/web/src/components/module_host.rs), when it cannot be downloaded.

host-failed = This part of { -app } could not be loaded
host-failed-help = Check your connection, then reload the page.

# The notice of a new release of the app (crates/web/src/components/release.rs), above the library.

release-ready = A new version of { -app } is ready. Your progress is saved, so you can reload now or when you like.
release-reload = Reload to update

# The error view that replaces the page when the app hits an internal error (crates/web/src/panic.rs).

panic-title = Something went wrong
panic-lead = { -app } hit an internal error. Your saved progress is untouched: reload to carry on from your last answer.
# A button: reloads the app.
panic-reload = Reload { -app }
# A heading above the technical details of the error.
panic-details = Details
panic-details-hint = If it happens again, please send these details with your report.
# A button: copies the technical details to the clipboard.
panic-copy = Copy details

# Starting over, which asks first (crates/web/src/components/confirm.rs), in a scenario being played and in the presenter window.

confirm-start-over = Start over
# Takes the question back, starting nothing over.
confirm-keep-going = Keep going

# The library view (crates/web/src/components/library.rs).

library-title = Scenario library
library-lead = Practise the calls product managers make: read the situation, decide, and see what your decision leads to.
# A notice, when the browser keeps nothing (a private window, an embedded page).
library-not-kept = This browser is not keeping your progress
library-not-kept-why = Storage is turned off here (a private window, or the app is embedded in another page), so your answers last only until you close this tab.
# The welcome, on the first visit only.
library-welcome = Welcome to { -app }
library-welcome-lead = Each scenario is a real product dilemma with no answer key: a panel of experienced product leaders rated every option, and the story follows your choices.
# Three numbered steps, each a short sentence in bold followed by one that says more.
library-step-read = Read the situation.
library-step-read-more = Scenes give you the facts, the people and the pressure.
library-step-decide = Decide.
library-step-decide-more = Pick an option, rate or rank several, or tick what matters, and say how sure you are.
library-step-learn = Learn.
library-step-learn-more = In practice mode you see what happened, coaching and the experts' reasoning after every decision. Assessment mode holds feedback to the end.
library-welcome-hint = A first scenario takes about 20 minutes. Your progress is saved on this device after every answer.

# A scenario's card in the library (crates/web/src/components/card.rs). $title is the scenario's title.

# How long the scenario takes, in minutes.
card-minutes = { $minutes } min
# When the scenario is in another language than the interface: $language is that language’s name ("French").
card-language = In { $language }
# The list of skills the scenario trains, for screen readers.
card-skills = Skills
# A button for a scenario not begun yet.
card-play = Play
card-play-label = { card-play } { $title }
# A button for a scenario begun.
card-continue = Continue
card-continue-label = { card-continue } { $title }
card-restart = Start over
card-restart-label = { card-restart }: { $title }
# The question that stands in place of the buttons after "Start over", for screen readers.
card-restart-group = Start { $title } over?
card-restart-question = Start over? Your answers so far will be cleared; your journal stays.
# Takes the question back: nothing is cleared.
card-keep = Keep my progress
card-workshop = Run a workshop
card-workshop-label = { card-workshop }: { $title }
# The progress of a scenario begun, before it is worked out exactly: $count decisions answered so far.
card-in-progress = In progress: { $count -> [one] { $count } decision *[other] { $count } decisions } answered
card-unusable = Saved progress can’t be used: it will start afresh
# The progress of a scenario being played: $answered decisions answered of about $expected in all.
card-playing = { $answered } of about { $expected -> [one] { $expected } decision *[other] { $expected } decisions }
# A finished scenario: $result is its result, as "11.6 / 100, not passed (pass mark 70)" (debrief.ftl's says-result).
card-finished = Finished: { $result }
card-debrief = See the debrief
card-debrief-label = { card-debrief }: { $title }

# The Profile view (crates/web/src/components/profile.rs).

# The browser tab's title.
profile-title = Profile
profile-heading = Your profile
profile-lead = Your judgement across scenarios, the reasons you gave along the way, and your progress to keep or move. It all stays on this device.
# A notice, when the browser keeps nothing (a private window, an embedded page).
profile-not-kept = This browser is not keeping your progress
profile-not-kept-why = Storage is turned off here (a private window, or the app is embedded in another page), so there is no saved progress to show, export or import into.
profile-across = Across scenarios
profile-scoring = Scoring your attempts…
# Before any scenario is finished.
profile-empty = Finish a scenario and your profile starts here: how each competency looks in your first attempt at every scenario, and how it moves from one scenario to the next.
profile-choose = Choose a scenario
# Above the charts: $count scenarios finished.
profile-trend-hint = { $count -> [one] { $count } scenario *[other] { $count } scenarios } finished. Each point is a competency's estimate in your first attempt at a scenario (your record), numbered in the order you played them; the whisker is its ~80% band.
profile-journal = Your journal
profile-journal-empty = No rationales yet. When a decision asks “why?”, what you write is kept here, beside the decision, to read back later.
# A rationale in the journal, in bold: which decision of the attempt it was given at, $number counting from 1.
profile-note-decision = Decision { $number }
# Right after the bold "Decision 3" when the decision's question is known: $ask is the question, from the scenario.
profile-note-ask = : { $ask }
profile-transfer = Keep or move your progress

# Which attempt a group of rationales in the journal belongs to (crates/web/src/model/profile.rs).

profile-model-first = First attempt (your record)
# $number counts the replays from 1.
profile-model-replay = Replay { $number }
profile-model-in-progress = The attempt in progress
profile-model-earlier = An earlier attempt, no longer saved

# Export and import of the learner's progress, in the Profile view (crates/web/src/components/transfer.rs).

transfer-export = Export
transfer-export-lead = Download everything you have played here, with your attempts and journal, as one JSON file: a copy to keep, or to carry to another browser.
# $date is the day the last copy was downloaded, written out in the page's language.
transfer-last = Your last copy was made on { $date }.
transfer-nothing = Nothing to export yet: play a scenario first.
# The button that downloads the file; other phrases name it.
transfer-export-button = Export progress
transfer-preparing = Preparing the file…
transfer-import = Import
# The label of the file picker.
transfer-import-choose = Choose a file that { transfer-export-button } saved
# While a chosen file is read: $name is its file name.
transfer-reading = Reading { $name }…
# A notice, when a file is refused.
transfer-refused = This file was not imported
# $name is the file's name; $why the reason, a sentence or two.
transfer-refused-why = “{ $name }”: { $why } Nothing saved in this browser has changed.
# A file read and checked: $name is its file name, $scenarios how many scenarios it holds progress for, $attempts how many finished attempts.
transfer-ready = “{ $name }” holds progress for { $scenarios -> [one] { $scenarios } scenario *[other] { $scenarios } scenarios } and { $attempts -> [one] { $attempts } finished attempt *[other] { $attempts } finished attempts }. How should it come in?
# The same with $date, the day it was exported, as 2026-11-21.
transfer-ready-dated = “{ $name }” holds progress for { $scenarios -> [one] { $scenarios } scenario *[other] { $scenarios } scenarios } and { $attempts -> [one] { $attempts } finished attempt *[other] { $attempts } finished attempts }, exported on { $date }. How should it come in?
# The two ways in, each a bold label followed by what it does.
transfer-merge = Merge:
transfer-merge-more = adds what this browser does not have yet. Where both have progress for the same scenario, this browser’s stays; journals keep every rationale from both.
transfer-replace = Replace:
transfer-replace-more = clears the progress, attempts and journal saved in this browser and puts the file’s in their place. Export first if you may want them back.
transfer-merge-button = Merge into this browser
transfer-replace-button = Replace this browser’s progress
transfer-cancel = Cancel

# Why a progress file is refused (crates/web/src/model/transfer.rs). $key names a saved entry in the file, as "progress/poor-soil".

transfer-model-not-json = This file is not a { -app } export: it is not JSON at all. Choose the .json file that { transfer-export-button } saved.
transfer-model-not-ours = This file is not a { -app } export: it is JSON, but not the kind { transfer-export-button } saves.
transfer-model-no-version = This export is damaged: it does not say which version of the format it uses.
# $version is the file's format version, $supported the newest this app reads.
transfer-model-newer = This file was exported by a newer version of { -app } (format { $version }; this one reads up to { $supported }). Open it in the newer version, or update this one.
transfer-model-no-entries = This export is damaged: its list of saved entries is missing.
transfer-model-no-text = This export is damaged: the entry “{ $key }” holds no text.
transfer-model-empty = This export holds no progress, so there is nothing to import.
transfer-model-foreign = This export is damaged: the entry “{ $key }” is another scenario's progress.
transfer-model-not-playthrough = This export is damaged: the entry “{ $key }” is not a playthrough.
transfer-model-not-mode = This export is damaged: the entry “{ $key }” is not a mode.
transfer-model-not-journal = This export is damaged: the entry “{ $key }” is not a journal of rationales.
transfer-model-mismatch = This export is damaged: the entry “{ $key }” does not match its key.
transfer-model-not-attempt = This export is damaged: the entry “{ $key }” is not a finished attempt.
transfer-model-unknown = This export is damaged: the entry “{ $key }” is not something { -app } saves.

# What importing a progress file did, or why it could not start (crates/web/src/hooks/use_import.rs).

import-not-kept = This browser is not keeping anything (storage is turned off here), so there is nowhere to import to.
import-too-large = This file is far too large to be a { -app } export.
import-not-text = The file could not be read as text.
# After merging: $items saved items added or combined, from $scenarios scenarios.
import-merged = Merged: { $items -> [one] { $items } saved item *[other] { $items } saved items } added or combined from { $scenarios -> [one] { $scenarios } scenario *[other] { $scenarios } scenarios }; everything this browser had is still here.
# After replacing: the file's progress for $scenarios scenarios; $removed items this browser had before were cleared.
import-replaced = Replaced: this browser now holds the file’s progress for { $scenarios -> [one] { $scenarios } scenario *[other] { $scenarios } scenarios }; { $removed -> [one] { $removed } item it had before was cleared *[other] { $removed } items it had before were cleared }.
# Added after import-merged or import-replaced when the browser would not keep what was imported.
import-not-kept-after = This browser refused to keep some of it, so it lasts only until you close this tab.

# The offer of a backup after a finished scenario (crates/web/src/components/backup.rs).

backup-title = Keep a copy of your progress
# When the browser keeps nothing (a private window, an embedded page).
backup-not-kept = This browser is not keeping your progress: when this tab closes, your answers, your scores and your journal go with it. A backup keeps them, and Import progress in your profile brings them back.
# $date is the day of the last backup, written out in the page's language.
backup-last = Your last backup was made on { $date }. Browsers can clear what a site saves, so a copy on your own device is the safe one.
backup-none = You have not made a backup yet. Browsers can clear what a site saves (when space runs short, or when site data is cleared), so a copy on your own device is the safe one.
backup-download = Download a backup
backup-preparing = Preparing the file…

# Why a scenario's saved progress cannot be used, in a notice as the scenario starts afresh (crates/web/src/model/saved.rs). $title is the scenario's title.

saved-newer = Your progress in “{ $title }” was saved by a newer version of { -app }, so this one starts it afresh.
saved-damaged = Your saved progress in “{ $title }” was damaged and could not be read, so the scenario starts afresh.
saved-foreign = The progress saved for “{ $title }” belongs to another scenario, so this one starts afresh.
saved-changed = “{ $title }” has changed since you last played it, so your earlier progress no longer fits and it starts afresh.
saved-misfit = Your saved progress in “{ $title }” does not fit the scenario any more, so it starts afresh.

# Why a scenario could not be opened (crates/web/src/hooks/use_scenario.rs).

scenario-damaged = The scenario's file is damaged. Reload the page to fetch it again.
scenario-not-downloaded = The scenario could not be downloaded. Check your connection, then reload the page.

# Why the Author view could not check a file (crates/web/src/hooks/use_reader.rs).

# $name is the name of the file the author chose.
reader-not-text = “{ $name }” could not be read as text.
# $file is the example's file name.
reader-example-failed = The example “{ $file }” could not be downloaded.

# What a decision still needs when the learner submits it (crates/web/src/model/draft.rs).

draft-pick-first = Choose an option first.
draft-rate-first = Rate every option from 1 to 7 first.
draft-confidence-first = Say how sure you are first.

# The presenter window, when the workshop saved in this browser cannot be used (crates/web/src/hooks/use_facilitation.rs).

# $why is the reason, one of the three below.
use-facilitation-unusable = The workshop saved in this browser could not be used ({ $why }), so this one starts afresh.
use-facilitation-not-a-session = it is not a saved workshop session
# $field: the name of a part of the saved session, as the code writes it.
use-facilitation-field = its `{ $field }` does not read
use-facilitation-other-version = it was saved for another version of this scenario
