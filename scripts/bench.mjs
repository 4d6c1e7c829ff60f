// ./x bench: the release build's figures.
//
// 1. Shipped sizes (gzip -9), grouped by when a visitor downloads them, against the budgets:
//    the app shell (what the library needs), a scenario's link (the play module, which
//    draws it, and the packed scenario: no app), and the library followed by a scenario.
// 2. Navigation to the first clickable choice, measured inside the page (a MutationObserver
//    notes when the first `button[data-choice]` appears), for the app opening a scenario and,
//    in the same run from the same server, for an inkjs page showing the same first choice
//    (the scenario's opening scene and first decision, compiled to ink with inkjs's compiler).
//    Loads alternate between the two; medians over LOADS each. The page says when through a
//    console message, and the run reads the time only then, so Playwright's own scripts are
//    not injected into a page that is still loading (they cost it some 15 ms of its main
//    thread, and landed in the middle of the app's start but after the ink page's).
// 3. Choice to next scene: the page marks `jc:respond` when a response is sent (a one-step
//    choice or Submit) and measures twice, over the expert's path through several scenarios:
//    `jc:respond-to-ready`, once the next scene is in the DOM and laid out (the app's own
//    work: engine, Yew, style and layout, measured when the DOM mutation is observed, with
//    layout forced), and `jc:respond-to-paint`, after the next frame has painted (a timeout
//    queued from requestAnimationFrame), which adds the wait for the display's next frame
//    (up to 16.7 ms at 60 Hz) to that work.
import { readdir, readFile, stat, mkdtemp, writeFile, copyFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { serve, launch, DIST, ROOT, cli } from "../tests/e2e/support.mjs";

const LOADS = 15;
const SCENARIO = "launch-support-scripts";
const PAGE = ["index.html", "boot.js", "app.css"];
const SHELL = [...PAGE, "app.js", "app_bg.wasm"];
const PLAY = ["play.js", "play_bg.wasm"];
const PAINT_SCENARIOS = ["launch-support-scripts", "backlog-defence", "poor-soil", "second-attempt", "tour-of-duty"];

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(full)); else out.push(full);
  }
  return out.sort();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = new Map();
console.log("shipped files (gzip -9):");
for (const file of await files(DIST)) {
  const name = path.relative(DIST, file);
  const raw = (await stat(file)).size;
  const gz = gzipSync(await readFile(file), { level: 9 }).length;
  sizes.set(name, gz);
  console.log(`  ${name.padEnd(44)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
const sum = (names) => names.reduce((total, name) => total + (sizes.get(name) ?? 0), 0);
const names = [...sizes.keys()];
const shell = sum(SHELL);
const row = (label, value, budget = "") => console.log(`  ${label.padEnd(52)} ${kb(value).padStart(10)}   ${budget}`);
console.log(`budgets (gzip; the scenario is ${SCENARIO}):`);
const scenario = sum([`library/${SCENARIO}.jcp`]);
row("app shell (html + js + wasm + css)", shell, "budget 100 KB");
row("a scenario's link (page + play module + scenario)", sum([...PAGE, ...PLAY]) + scenario, "budget 160 KB");
row("the library, then that scenario", shell + sum(PLAY) + scenario);
row("the library, then the whole packed library", shell + sum(PLAY) + sum(names.filter((n) => n.startsWith("library/"))));
row("Author view with the engine, on demand", sum(["author.js", "author_bg.wasm", "author.css"]));
row("workshop views, on demand", sum(["workshop.js", "workshop_bg.wasm", "workshop.css"]));

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
<title>ink</title><link rel="stylesheet" href="../app.css" />
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

// The page records when the first choice button appears, by its own clock.
function watch() {
  new MutationObserver((_, observer) => {
    if (document.querySelector("button[data-choice]") && window.__firstChoice === undefined) {
      window.__firstChoice = performance.now();
      observer.disconnect();
      console.log("jc:first-choice");
    }
  }).observe(document, { childList: true, subtree: true });
}

// Marks each response and measures once the next frame has painted.
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
    requestAnimationFrame(() => setTimeout(() => {
      observer.disconnect();
      if (moved()) performance.measure("jc:respond-to-paint", "jc:respond");
    }, 0));
  }, true);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; };

const ink = await inkPage();
const server = await serve(DIST, { "/ink/": ink });
const browser = await launch();
const firstChoice = { app: [], ink: [] };
for (let i = 0; i < LOADS; i++) {
  for (const [which, url] of [["app", `${server.url}#/play/${SCENARIO}`], ["ink", `${server.url}ink/`]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watch);
    const shown = page.waitForEvent("console", (message) => message.text() === "jc:first-choice");
    await page.goto(url, { waitUntil: "commit" });
    await shown;
    firstChoice[which].push(await page.evaluate(() => window.__firstChoice));
    await context.close();
  }
}
const summary = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
console.log(`first clickable choice over ${LOADS} loads each, alternating, same server:`);
console.log(`  Judgement Call  ${summary(firstChoice.app)}   budget 150 ms`);
console.log(`  inkjs page      ${summary(firstChoice.ink)}`);

// Choice to next scene painted, along the expert's path.
const logs = JSON.parse(cli(["analyse", "--format", "json", ...PAINT_SCENARIOS.map((id) => `scenarios/${id}.scenario`)])).scenarios;
const paints = [];
const readies = [];
for (const { id, expert_log: log } of logs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(marks);
  await page.goto(`${server.url}#/play/${id}`);
  for (const [turn, token] of log.split(".").entries()) {
    const here = page.locator(`.turn[data-turn="${turn}"]`);
    await here.waitFor();
    const [, kind, body, level] = /^([prkt])([0-9A-Z]*)(?:c([123]))?$/.exec(token);
    const twoStep = await here.locator("button[data-submit]").count() > 0;
    if (kind === "p") await here.locator(`button[data-choice="${body}"]`).click();
    if (kind === "r") for (const [o, v] of [...body].entries()) await here.locator(`input[data-option="${o}"][data-value="${v}"]`).check();
    if (kind === "t") for (const [o, b] of [...body].entries()) if (b === "1") await here.locator(`input[type="checkbox"][data-option="${o}"]`).check();
    if (level) await here.locator(`input[name="confidence"][data-level="${level}"]`).check();
    if (kind !== "p" || twoStep) await here.locator("button[data-submit]").click();
  }
  await page.locator("#ending-title").waitFor();
  await page.waitForTimeout(100);
  paints.push(...await page.evaluate(() => performance.getEntriesByName("jc:respond-to-paint").map((m) => m.duration)));
  readies.push(...await page.evaluate(() => performance.getEntriesByName("jc:respond-to-ready").map((m) => m.duration)));
  await context.close();
}
const spread = (xs) => `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
console.log(`choice to next scene, over ${paints.length} responses on the expert's path:`);
console.log(`  in the DOM and laid out     ${spread(readies)}   budget p95 8 ms`);
console.log(`  painted (next frame)        ${spread(paints)}`);
await browser.close();
await server.close();
await rm(ink, { recursive: true, force: true });
