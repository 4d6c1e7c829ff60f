// ./x bench: the release build's figures, each beside an anchor measured in the same run,
// so what matters is the ratio, not the machine. With a second build (`./x bench REV` builds
// REV, by default the last commit before the workspace redesign), every figure is printed
// for both builds side by side.
//
// 1. Shipped sizes (gzip -9, scripts/sizes.mjs), grouped by when a visitor downloads them,
//    against the budgets in scripts/budgets.mjs (which `./x test` enforces): the app shell
//    (what the library needs), a scenario's link (the play module, which draws it, and the
//    packed scenario: no app), the library followed by a scenario, the on-demand modules.
// 2. A scenario's link, cold, to the first clickable choice, measured inside the page (a
//    MutationObserver notes when the first `button[data-choice]` appears), for each build
//    and, from the same server, for an inkjs page showing the same first choice (the
//    scenario's opening scene and first decision, compiled to ink with inkjs's compiler):
//    unthrottled and with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`), as on a
//    mid-range phone. Loads alternate between the pages; medians over LOADS each. The page
//    says when through a console message, and the run reads the time only then, so
//    Playwright's own scripts are not injected into a page that is still loading.
// 3. The library, then a scenario: the page opens the library and, as soon as the
//    scenario's card is there, follows its link itself; the time to the first clickable
//    choice and every byte fetched on the way (gzipped, as a static host serves them).
// 4. Choice to next scene: the page marks `jc:respond` when a response is sent (a one-step
//    choice or Submit) and measures `jc:respond-to-ready` once the next scene is in the DOM
//    and laid out (engine, Yew, style and layout, with layout forced), over the expert's
//    path through several scenarios. The anchor is the native floor: the same scenes,
//    captured from the app as it drew them, swapped into the same page by a few lines of
//    plain JavaScript (no WebAssembly), measured with the same marks.
import { readFile, mkdtemp, writeFile, copyFile, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { serve, launch, DIST, ROOT, cli } from "../tests/e2e/support.mjs";
import { measure, gzipped, kb } from "./sizes.mjs";
import { SCENARIO, PAGE, SHELL, PLAY, MODULES, COMPOSITES, module } from "./budgets.mjs";

const LOADS = 15;
const PAINT_SCENARIOS = ["launch-support-scripts", "backlog-defence", "poor-soil", "second-attempt", "tour-of-duty"];

// The builds: this one, and the one to compare it with (`node scripts/bench.mjs [BEFORE_DIST]`).
const before = process.argv[2];
if (before && !existsSync(before)) {
  console.error(`bench: ${before} does not exist`);
  process.exit(1);
}
const builds = [{ label: "now", dir: DIST, prefix: "" }];
if (before) builds.push({ label: "before", dir: path.resolve(before), prefix: "before/" });
for (const build of builds) build.sizes = await measure(build.dir);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : "");

/** Prints one table: a figure per row, a column per build, then the anchor and ratios. */
function table(title, rows, anchor) {
  console.log(`\n${title}`);
  const heads = [...builds.map((b) => b.label), ...(anchor ? [anchor, `now / ${anchor}`] : []), ...(before ? ["now / before"] : [])];
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`  ${"".padEnd(width)}  ${heads.map((h) => h.padStart(14)).join("")}`);
  for (const { label, values, anchor: a, format, budget } of rows) {
    const cells = values.map((v) => format(v));
    if (anchor) cells.push(a === undefined ? "" : format(a), a === undefined ? "" : ratio(values[0], a));
    if (before) cells.push(ratio(values[0], values[1]));
    console.log(`  ${label.padEnd(width)}  ${cells.map((c) => c.padStart(14)).join("")}${budget ? `   budget ${budget}` : ""}`);
  }
}

// 1. Sizes.
const budgets = new Map(Object.entries(MODULES).map(([name, budget]) => [module(name), budget]));
console.log("shipped files now (gzip -9):");
for (const [name, { raw, gzip }] of builds[0].sizes) {
  const budget = budgets.has(name) ? `   budget ${kb(budgets.get(name))}` : "";
  console.log(`  ${name.padEnd(44)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip${budget}`);
}
const sized = (label, names, budget) => ({
  label,
  values: builds.map((b) => gzipped(b.sizes, typeof names === "function" ? names([...b.sizes.keys()]) : names)),
  format: kb,
  budget: budget && kb(budget),
});
const scenario = [`library/${SCENARIO}.jcp`];
table(`downloads (gzip; the scenario is ${SCENARIO}):`, [
  ...COMPOSITES.map(({ label, files, budget }) => sized(label, files, budget)),
  sized("the library, then that scenario", [...SHELL, ...PLAY, ...scenario]),
  sized("the library, then the whole packed library", (names) => [...SHELL, ...PLAY, ...names.filter((n) => n.startsWith("library/"))]),
  sized("Author view with the engine, on demand", ["author.js", "author_bg.wasm", "author.css"]),
  sized("Cohort view with the item analysis, on demand", ["cohort.js", "cohort_bg.wasm", "author.css"]),
  sized("Debrief and Profile, on demand", ["review.js", "review_bg.wasm", "review.css"]),
  sized("workshop views, on demand", ["workshop.js", "workshop_bg.wasm", "workshop.css"]),
  sized("LMS bridges, inside an LMS only", ["lms.js", "lms_bg.wasm", "lms.css"]),
]);

// The ink page: the scenario's opening scene and first decision, as ink.
async function inkPage() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-ink-"));
  const source = await readFile(path.join(ROOT, "scenarios", `${SCENARIO}.scenario`), "utf8");
  const block = (head) => {
    const lines = source.split("\n");
    const start = lines.findIndex((l) => l.startsWith(head));
    const end = lines.findIndex((l, i) => i > start && l.startsWith("=="));
    return lines.slice(start + 1, end === -1 ? undefined : end);
  };
  const plain = (text) => text.replace(/\*\*|\*|_/g, "").replace(/[{}[\]|#~\\<>]/g, (c) => `\\${c}`);
  const scene = block("== scene kickoff").filter((l) => !l.startsWith("->") && !l.startsWith("//"));
  const prose = scene.map((l) => (l.trim() ? plain(l.replace(/^>\s?/, "")).replace(/^([-*+=~])/, "\\$1") : "")).join("\n");
  const decision = block("== decision first-move");
  const ask = plain(decision.find((l) => l.startsWith("ask:")).slice(4).trim());
  const options = [];
  for (const line of decision) {
    const m = /^\* [\w-]+: (.*)$/.exec(line);
    if (m) options.push(m[1]);
    else if (options.length && /^ {4,}\S/.test(line) && !/^\s+\w+:/.test(line)) options[options.length - 1] += ` ${line.trim()}`;
  }
  const ink = `${prose}\n\n${ask}\n${options.map((o) => `* [${plain(o)}] -> END`).join("\n")}\n`;
  const require = createRequire(import.meta.url);
  const { Compiler } = require("inkjs/full");
  const story = new Compiler(ink).Compile().ToJson();
  await writeFile(path.join(dir, "story.json"), story);
  await copyFile(path.join(ROOT, "node_modules", "inkjs", "dist", "ink.mjs"), path.join(dir, "ink.mjs"));
  await writeFile(path.join(dir, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" />
<title>ink</title><link rel="stylesheet" href="../app.css" /><link rel="stylesheet" href="../play.css" />
<link rel="modulepreload" href="ink.mjs" /><link rel="preload" href="story.json" as="fetch" crossorigin />
<script type="module" src="page.js"></script></head><body><main id="main"></main></body></html>`);
  await writeFile(path.join(dir, "page.js"), `import { Story } from "./ink.mjs";
const story = new Story(await (await fetch("story.json")).text());
const main = document.getElementById("main");
const turn = document.createElement("section");
turn.className = "turn";
while (story.canContinue) {
  const p = document.createElement("p");
  p.textContent = story.Continue();
  turn.append(p);
}
const choices = document.createElement("div");
choices.className = "choices";
story.currentChoices.forEach((choice, i) => {
  const button = document.createElement("button");
  button.className = "choice";
  button.dataset.choice = String(i);
  button.textContent = choice.text;
  choices.append(button);
});
turn.append(choices);
main.append(turn);
`);
  return dir;
}

// Marks each response and measures once the next scene is in the DOM and laid out.
function marks() {
  document.addEventListener("click", (event) => {
    const button = event.target.closest?.("button");
    if (!button) return;
    const oneStep = button.matches("button[data-choice]") && !document.querySelector(".turn button[data-submit]");
    if (!oneStep && !button.matches("button[data-submit]")) return;
    const turn = document.querySelector(".turn")?.dataset.turn;
    const moved = () => document.querySelector(".turn")?.dataset.turn !== turn;
    performance.mark("jc:respond");
    const observer = new MutationObserver(() => {
      if (!moved()) return;
      observer.disconnect();
      void document.body.offsetHeight;
      performance.measure("jc:respond-to-ready", "jc:respond");
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  }, true);
}

// The page records when the first choice button appears, by its own clock; with
// `follow`, it opens the library and follows the scenario's card link itself.
function watch(follow) {
  new MutationObserver((_, observer) => {
    if (follow) {
      const link = document.querySelector(`a[href="#/play/${follow}"]`);
      if (link && !window.__followed) { window.__followed = true; link.click(); }
    }
    if (document.querySelector("button[data-choice]") && window.__firstChoice === undefined) {
      window.__firstChoice = performance.now();
      observer.disconnect();
      console.log("jc:first-choice");
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Opens `url` in a fresh context (CPU slowed `rate`×) and returns when the first choice appeared, and the files fetched. */
async function firstChoice(browser, url, rate = 1, follow = null) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (rate !== 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate });
  await page.addInitScript(watch, follow);
  const fetched = [];
  page.on("requestfinished", (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
  const shown = page.waitForEvent("console", (message) => message.text() === "jc:first-choice");
  await page.goto(url, { waitUntil: "commit" });
  await shown;
  const at = await page.evaluate(() => window.__firstChoice);
  await context.close();
  return { at, fetched };
}

const ink = await inkPage();
const floor = await mkdtemp(path.join(os.tmpdir(), "jc-floor-"));
const mounts = { "/ink/": ink, "/floor/": floor };
if (before) mounts["/before/"] = builds[1].dir;
const server = await serve(DIST, mounts);
const browser = await launch();

// 2. A scenario's link, cold.
const link = [];
for (const rate of [1, 4]) {
  const times = { ink: [] };
  for (const b of builds) times[b.label] = [];
  for (let i = 0; i < LOADS; i++) {
    for (const b of builds) times[b.label].push((await firstChoice(browser, `${server.url}${b.prefix}#/play/${SCENARIO}`, rate)).at);
    times.ink.push((await firstChoice(browser, `${server.url}ink/`, rate)).at);
  }
  link.push({ label: rate === 1 ? "unthrottled, median" : `CPU ${rate}× slower, median`, values: builds.map((b) => median(times[b.label])), anchor: median(times.ink), format: ms });
}
table(`a scenario's link, cold, to the first clickable choice (${LOADS} loads each, alternating, same server):`, link, "inkjs");

// 3. The library, then a scenario.
const journey = builds.map(() => ({ times: [], bytes: 0 }));
for (let i = 0; i < LOADS; i++) {
  for (const [n, b] of builds.entries()) {
    const { at, fetched } = await firstChoice(browser, `${server.url}${b.prefix}`, 1, SCENARIO);
    journey[n].times.push(at);
    journey[n].bytes = gzipped(b.sizes, fetched.map((f) => f.slice(b.prefix.length)));
  }
}
table("the library, then a scenario (the page follows the card's link as soon as it is there):", [
  { label: "to the first clickable choice, median", values: journey.map((j) => median(j.times)), format: ms },
  { label: "bytes fetched (gzip)", values: journey.map((j) => j.bytes), format: kb },
]);

// 4. Choice to next scene, along the expert's path, and the native floor.
const logs = JSON.parse(cli(["analyse", "--format", "json", ...PAINT_SCENARIOS.map((id) => `scenarios/${id}.scenario`)])).scenarios;
const readies = builds.map(() => []);
const scenes = [];
for (const [n, b] of builds.entries()) {
  for (const { id, expert_log: log } of logs) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(marks);
    await page.goto(`${server.url}${b.prefix}#/play/${id}`);
    const turns = [];
    for (const [turn, token] of log.split(".").entries()) {
      const here = page.locator(`.turn[data-turn="${turn}"]`);
      await here.waitFor();
      if (n === 0) turns.push(await here.evaluate((t) => t.outerHTML));
      const [, kind, body, level] = /^([prkt])([0-9A-Z]*)(?:c([123]))?$/.exec(token);
      const twoStep = await here.locator("button[data-submit]").count() > 0;
      if (kind === "p") await here.locator(`button[data-choice="${body}"]`).click();
      if (kind === "r") for (const [o, v] of [...body].entries()) await here.locator(`input[data-option="${o}"][data-value="${v}"]`).check();
      if (kind === "t") for (const [o, bit] of [...body].entries()) if (bit === "1") await here.locator(`input[type="checkbox"][data-option="${o}"]`).check();
      if (level) await here.locator(`input[name="confidence"][data-level="${level}"]`).check();
      if (kind !== "p" || twoStep) await here.locator("button[data-submit]").click();
    }
    await page.locator("#ending-title").waitFor();
    if (n === 0) {
      // The ending, as the next "scene" after the last response.
      turns.push(await page.locator("main").evaluate((m) => `<section class="turn" data-turn="end">${m.innerHTML}</section>`));
      scenes.push(turns);
    }
    await page.waitForTimeout(100);
    readies[n].push(...await page.evaluate(() => performance.getEntriesByName("jc:respond-to-ready").map((m) => m.duration)));
    await context.close();
  }
}
// The floor: each captured scene swapped in by plain JavaScript on the same clicks.
await writeFile(path.join(floor, "scenes.json"), JSON.stringify(scenes));
await writeFile(path.join(floor, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" />
<title>floor</title><link rel="stylesheet" href="../app.css" /><link rel="stylesheet" href="../play.css" />
<script type="module" src="page.js"></script></head><body><main id="main" class="play"></main></body></html>`);
await writeFile(path.join(floor, "page.js"), `const scenes = await (await fetch("scenes.json")).json();
const which = Number(location.hash.slice(1) || 0);
const turns = scenes[which];
const main = document.getElementById("main");
let at = 0;
const show = () => {
  const template = document.createElement("template");
  template.innerHTML = turns[at];
  const next = template.content.firstElementChild;
  const old = main.querySelector(".turn");
  if (old) old.replaceWith(next); else main.append(next);
};
show();
document.addEventListener("click", (event) => {
  if (!event.target.closest?.("button[data-choice], button[data-submit]") || at + 1 >= turns.length) return;
  at += 1;
  show();
});
`);
const floorReadies = [];
for (const [n, turns] of scenes.entries()) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(marks);
  await page.goto(`${server.url}floor/#${n}`);
  for (let turn = 0; turn + 1 < turns.length; turn++) {
    const here = page.locator(`.turn[data-turn="${turn}"]`);
    await here.waitFor();
    const submit = here.locator("button[data-submit]");
    await (await submit.count() > 0 ? submit : here.locator("button[data-choice]").first()).click();
  }
  await page.locator(`.turn[data-turn="end"]`).waitFor();
  await page.waitForTimeout(100);
  floorReadies.push(...await page.evaluate(() => performance.getEntriesByName("jc:respond-to-ready").map((m) => m.duration)));
  await context.close();
}
table(`choice to next scene in the DOM and laid out, over ${readies[0].length} responses on the expert's path:`, [
  { label: "p50", values: readies.map((r) => quantile(r, 0.5)), anchor: quantile(floorReadies, 0.5), format: ms },
  { label: "p95", values: readies.map((r) => quantile(r, 0.95)), anchor: quantile(floorReadies, 0.95), format: ms, budget: "1.1× the floor" },
], "floor");

await browser.close();
await server.close();
await rm(ink, { recursive: true, force: true });
await rm(floor, { recursive: true, force: true });
