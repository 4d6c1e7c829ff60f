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
export const PAGE = ["index.html", "boot.js", "app.css"];
/** The app shell: what the library needs. */
export const SHELL = [...PAGE, "app.js", "app_bg.wasm"];
/** The play module, which draws a scenario, with its stylesheet. */
export const PLAY = ["play.js", "play_bg.wasm", "play.css"];

/** The file a WebAssembly module ships as. */
export const module = (name) => `${name}_bg.wasm`;

/** Each shipped WebAssembly module's budget, by module (modules/<name>). */
export const MODULES = {
  app: 93 * KB,
  author: 196 * KB,
  lms: 140 * KB,
  play: 139 * KB,
  review: 243 * KB,
  workshop: 259 * KB,
};

/** The downloads people wait for, each the files it is made of. */
export const COMPOSITES = [
  // 100 KB is the aim. The shell was 100.8 KB before the workspace redesign and 100.5 KB
  // after it (play.css left it); until it is under 100 KB, the gate holds it where it is.
  { label: "app shell (html + js + wasm + css)", files: SHELL, budget: 100.6 * KB },
  { label: "a scenario's link (page + play module + scenario)", files: [...PAGE, ...PLAY, `library/${SCENARIO}.jcp`], budget: 160 * KB },
];
