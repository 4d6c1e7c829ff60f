// The web app's size budgets, gzipped (-9), in one place: `scripts/size-gate.mjs` fails
// `./x test` when a release build outgrows them and `scripts/bench.mjs` prints them.
//
// Each WebAssembly module's budget is its size when the budget was set plus some headroom,
// so ordinary work fits and a jump stands out; the two downloads people wait for, the app
// shell and a scenario's link, have fixed budgets. Raising one is a decision: say why in the
// commit that does it.

const KB = 1024;

/** The scenario whose link the budgets measure. */
export const SCENARIO = "launch-support-scripts";
/** What every page loads. */
export const PAGE = ["index.html", "boot.js", "phrases.js", "app.css"];
/** The app shell: what the library needs, with its phrases in English. */
export const SHELL = [...PAGE, "app.js", "app_bg.wasm", "lang/en/app.ftl"];
/** The play module, which draws a scenario, with its stylesheet and its phrases in English. */
export const PLAY = ["play.js", "play_bg.wasm", "play.css", "lang/en/play.ftl"];

/** The vote module, a live room's phone, with its stylesheets and its phrases in English. */
export const VOTE = ["vote.js", "vote_bg.wasm", "play.css", "vote.css", "lang/en/vote.ftl"];

/** The file a WebAssembly module ships as. */
export const module = (name) => `${name}_bg.wasm`;

/** Each shipped WebAssembly module's budget, by module (modules/<name>). */
export const MODULES = {
  app: 91 * KB,
  // 193 KB before the expert panel's rating view, which reads the library's packed
  // scenarios (the codec's reader and the scenario's download) and writes ratings files
  // (an author's or an expert's laptop loads it, never a learner).
  // 216 KB before durable progress: a finished scenario in the Author view's player asks
  // for the review module's backup offer like the learner's does.
  // 218 KB before its scenario text carried its language (`lang`, WCAG 3.1.2) for a
  // translated interface.
  author: 220 * KB,
  // The Cohort view: the cmi5 statement reader, the cohort's tallies and its report (JSON
  // and the HTML page), the scorecard; an instructional designer's laptop loads it, on demand.
  // 196 KB before its flags were worded in the learner's language as well as the report's English.
  cohort: 197 * KB,
  lms: 137 * KB,
  // 132 KB until the evidence work; it grew by about 4 KB there (being looked into).
  play: 137 * KB,
  // A participant's phone in a workshop (it left the workshop module, which shrank by 25 KB).
  join: 146 * KB,
  // A participant's phone in a live room: the decision forms, the MQTT client and the
  // room's ballots; the room's seals are checked by the browser's Web Crypto.
  vote: 140 * KB,
  // 238 KB before durable progress: the backup offer a scenario's ending mounts (the export
  // with the time of the last backup, in the learner's language's date format). 241 KB
  // before the Settings view moved here from the app (its language switch and display
  // settings, on demand, so the app shell keeps room for the phrases).
  review: 248 * KB,
  // 221 KB before live rooms: the presenter's MQTT client, tally, Ed25519 seals and panel,
  // and the session's record with its notes and exports (a facilitator's laptop loads it,
  // never a phone).
  // 290 KB before its phrases and its scenario text's `lang`.
  workshop: 293 * KB,
};

/** The downloads people wait for, each the files it is made of. */
export const COMPOSITES = [
  // The shell was 100.8 KB before the workspace redesign, 100.5 KB after it (play.css left
  // it) and 96.8 KB once the modules imported by short names (scripts/short-imports.mjs).
  // With its phrases in English (lang/en/app.ftl) and their reader it is 97.7 KB, the
  // Settings view having left for the review module.
  { label: "app shell (html + js + wasm + css)", files: SHELL, budget: 100 * KB },
  // 160 KB until the interface's phrases left the modules for a catalogue per language: the
  // link now also fetches the reader of phrases (phrases.js) and the play module's phrases
  // in the learner's language (some 2.7 KB in English), which the module no longer carries.
  // And 162 KB until every piece of a scenario's text carried the scenario's language
  // (`lang`, for screen readers when the interface is in another).
  { label: "a scenario's link (page + play module + scenario)", files: [...PAGE, ...PLAY, `library/${SCENARIO}.jcp`], budget: 164 * KB },
  // A live room's join link, on a phone: the scenario link's budget.
  { label: "a live room's join link (page + vote module + scenario)", files: [...PAGE, ...VOTE, `library/${SCENARIO}.jcp`], budget: 164 * KB },
];
