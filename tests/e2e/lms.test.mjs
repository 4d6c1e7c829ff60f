// The LMS bridges end to end, against packages built by the CLI (`judgement-call package`,
// unzipped and served as an LMS would), never the dev build:
// - SCORM 2004 and SCORM 1.2 in scorm-again hosts (tests/e2e/lms/scorm-host.html): a
//   scenario played to its end, every call the app made checked in order against each
//   standard's strict data model (not scorm-again's lenient one), no error from scorm-again,
//   and the final values against `judgement-call play --responses` for the same log;
// - resume: a launch left half-way (the frame goes away: pagehide suspends and terminates),
//   relaunched with what the LMS kept, played on to the same final score as an
//   uninterrupted run;
// - faults: the API gone mid-run, SetValue refused, Commit failing: the status line says so,
//   the app plays on, and once the LMS answers again everything is recorded, nothing twice;
// - a library package: the first scenario answered in is the one recorded;
// - ?embed=1: no header or footer, and height messages posted to the parent page;
// - cmi5 against a real LRS (Ralph, installed by ./x setup) behind a small stand-in LMS
//   (tests/e2e/lms/cmi5-lms.mjs): the token fetched once, even across a reload, the
//   statements read back from the LRS and checked, a 5xx from the LRS survived.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import os from "node:os";
import { mkdtemp, rm, readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { AxeBuilder } from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { serve, launch, openPage, screenshot, cli, ROOT, DIST } from "./support.mjs";
import { startRalph } from "./lms/ralph.mjs";
import { startLms } from "./lms/cmi5-lms.mjs";
import { answer, playToEnd } from "./answer.mjs";

const SCENARIO = "launch-support-scripts";
const FILE = `scenarios/${SCENARIO}.scenario`;
const HERE = path.join(ROOT, "tests/e2e/lms");

let browser;
let temp;
const packages = {};
before(async () => {
  browser = await launch();
  temp = await mkdtemp(path.join(os.tmpdir(), "jc-lms-"));
});
after(async () => {
  await browser?.close();
  for (const p of Object.values(packages)) await p.server?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/** The package of `format` built by the CLI from the release build, unzipped and served with the hosts. */
async function pack(format) {
  if (!packages[format]) {
    const zip = path.join(temp, `${format}.zip`);
    const dir = path.join(temp, format);
    cli(["package", "--format", format, FILE, "-o", zip, "--dist", DIST]);
    execFileSync("unzip", ["-q", zip, "-d", dir]);
    const manifest = await readFile(path.join(dir, format === "cmi5" ? "cmi5.xml" : "imsmanifest.xml"), "utf8");
    packages[format] = { dir, manifest };
    if (format !== "cmi5") {
      packages[format].server = await serve(HERE, {
        "/node_modules/": path.join(ROOT, "node_modules"),
        "/pkg/": dir,
      });
    }
  }
  return packages[format];
}

/** The launch URL the manifest gives: the SCO's href with the item's parameters. */
function launchUrl(manifest) {
  const href = /adlcp:scorm[tT]ype="sco"[^>]*href="([^"]+)"|href="([^"]+)"[^>]*adlcp:scorm[tT]ype="sco"/.exec(manifest);
  const parameters = /parameters="([^"]+)"/.exec(manifest)[1];
  return `pkg/${href[1] ?? href[2]}${parameters}`;
}

/** The overall score and verdict `judgement-call play --responses` gives for a log. */
function replayed(log) {
  const out = cli(["play", FILE, "--responses", log]);
  const [, score, verdict] = /Overall score: ([\d.]+) \/ 100 \(pass mark \d+: (passed|not passed)\)/.exec(out);
  return { score: Number(score), shown: score, verdict: verdict === "passed" ? "passed" : "failed" };
}

// ---- The strict data models, written from the standards, independently of crates/lms/. ----

const decimal = (v, min, max) => /^-?\d+(\.\d+)?$/.test(v) && Number(v) >= min && Number(v) <= max;
const timespan12 = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const id12 = /^[A-Za-z0-9_.-]{1,255}$/;
const duration2004 = /^PT(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/;
const timestamp2004 = /^(19[7-9]\d|20[0-3]\d)-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,2}Z$/;
const short2004 = /^[A-Za-z0-9_.-]{1,250}$/;

/** Every SetValue of a SCORM 1.2 run, checked in order; returns the problems. */
function strict12(sets) {
  const problems = [];
  const types = new Map();
  for (const [element, value] of sets) {
    const bad = (why) => problems.push(`${element} = ${JSON.stringify(value)}: ${why}`);
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (element === "cmi.core.lesson_location") { if (value.length > 255) bad("over 255"); }
    else if (element === "cmi.suspend_data") { if (value.length > 4096) bad("over 4096"); }
    else if (element === "cmi.core.lesson_status") { if (!/^(passed|completed|failed|incomplete|browsed)$/.test(value)) bad("vocabulary"); }
    else if (element === "cmi.core.exit") { if (!/^(time-out|suspend|logout|)$/.test(value)) bad("vocabulary"); }
    else if (element === "cmi.core.session_time") { if (!timespan12.test(value)) bad("CMITimespan"); }
    else if (/^cmi\.core\.score\.(raw|min|max)$/.test(element)) { if (!decimal(value, 0, 100)) bad("0–100"); }
    else if (interaction) {
      const [, n, field] = interaction;
      const single = (s) => /^[a-z0-9]$/.test(s);
      const response = () => {
        const type = types.get(n);
        const ok = type === "likert" ? single(value)
          : type === "matching" ? value.split(",").every((p) => /^[a-z0-9]\.[a-z0-9]$/.test(p))
          : type === "choice" || type === "sequencing" ? value.split(",").every(single)
          : false;
        if (!ok || value.length > 255) bad(`not a ${type ?? "typed"} response`);
      };
      if (field === "id") { if (!id12.test(value)) bad("CMIIdentifier"); }
      else if (field === "type") { if (!/^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/.test(value)) bad("vocabulary"); types.set(n, value); }
      else if (field === "time") { if (!/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value)) bad("CMITime"); }
      else if (field === "weighting") { if (!decimal(value, -999, 999)) bad("CMIDecimal"); }
      else if (field === "latency") { if (!timespan12.test(value)) bad("CMITimespan"); }
      else if (field === "result") { if (!/^(correct|wrong|unanticipated|neutral)$/.test(value) && !decimal(value, 0, 999)) bad("CMIResult"); }
      else if (field === "student_response" || /^correct_responses\.\d+\.pattern$/.test(field)) response();
      else bad("not an element SCORM 1.2 interactions have");
    } else bad("not an element this content should write");
  }
  return problems;
}

/** Every SetValue of a SCORM 2004 run, checked in order (ordering rules too). */
function strict2004(sets, recorded = 0) {
  const problems = [];
  const seen = new Map();
  const objectives = new Set();
  for (const [element, value] of sets) {
    const bad = (why) => problems.push(`${element} = ${JSON.stringify(value)}: ${why}`);
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    const objective = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element);
    if (element === "cmi.location") { if (value.length > 1000) bad("over 1000"); }
    else if (element === "cmi.suspend_data") { if (value.length > 64000) bad("over 64000"); }
    else if (element === "cmi.completion_status") { if (!/^(completed|incomplete|not attempted|unknown)$/.test(value)) bad("vocabulary"); }
    else if (element === "cmi.success_status") { if (!/^(passed|failed|unknown)$/.test(value)) bad("vocabulary"); }
    else if (element === "cmi.exit") { if (!/^(time-out|suspend|logout|normal|)$/.test(value)) bad("vocabulary"); }
    else if (element === "cmi.session_time") { if (!duration2004.test(value)) bad("timeinterval"); }
    else if (element === "cmi.score.scaled") { if (!decimal(value, -1, 1)) bad("−1 to 1"); }
    else if (/^cmi\.score\.(raw|min|max)$/.test(element)) { if (!decimal(value, 0, 100)) bad("0–100"); }
    else if (interaction) {
      const n = Number(interaction[1]);
      const field = interaction[2];
      if (field === "id") {
        const count = Math.max(recorded, ...[...seen.keys()].map((k) => k + 1), 0);
        if (n > count) bad("a gap in the interactions");
        if (!/^urn:[a-z0-9-]+:\S+$/.test(value) || value.length > 4000) bad("long_identifier_type");
        seen.set(n, seen.get(n) ?? {});
        continue;
      }
      const state = seen.get(n);
      if (!state) { bad("before its interaction's id"); continue; }
      const response = () => {
        const nodes = value.split("[,]");
        const ok = state.type === "likert" ? nodes.length === 1 && short2004.test(value)
          : state.type === "matching" ? nodes.every((p) => { const [a, b] = p.split("[.]"); return short2004.test(a ?? "") && short2004.test(b ?? ""); })
          : state.type === "choice" ? nodes.every((x) => short2004.test(x)) && new Set(nodes).size === nodes.length
          : state.type === "sequencing" ? nodes.every((x) => short2004.test(x))
          : false;
        if (!ok) bad(`not a ${state.type ?? "typed"} response (type first)`);
      };
      if (field === "type") { if (!/^(true-false|choice|fill-in|long-fill-in|likert|matching|performance|sequencing|numeric|other)$/.test(value)) bad("vocabulary"); state.type = value; }
      else if (field === "timestamp") { if (!timestamp2004.test(value)) bad("time (fraction with Z, 1970–2038)"); }
      else if (field === "weighting") { if (!/^-?\d+(\.\d+)?$/.test(value)) bad("real"); }
      else if (field === "latency") { if (!duration2004.test(value)) bad("timeinterval"); }
      else if (field === "result") { if (!/^(correct|incorrect|unanticipated|neutral)$/.test(value) && !/^-?\d+(\.\d+)?$/.test(value)) bad("result"); }
      else if (field === "description") { if (value.length > 250 || /[\r\n]/.test(value) || value.startsWith("{")) bad("localized string"); }
      else if (field === "learner_response" || /^correct_responses\.\d+\.pattern$/.test(field)) response();
      else bad("not an element of an interaction");
    } else if (objective) {
      const [, n, field] = objective;
      if (field === "id") { objectives.add(n); if (!/^urn:\S+$/.test(value)) bad("long_identifier_type"); continue; }
      if (!objectives.has(n)) { bad("before its objective's id"); continue; }
      if (field === "score.scaled") { if (!decimal(value, -1, 1)) bad("−1 to 1"); }
      else if (field === "success_status") { if (!/^(passed|failed|unknown)$/.test(value)) bad("vocabulary"); }
      else if (field === "description") { if (value.length > 250) bad("over 250"); }
      else bad("not an element of an objective");
    } else bad("not an element this content should write");
  }
  return problems;
}

const NAMES = {
  "2004": { init: "Initialize", end: "Terminate", set: "SetValue", get: "GetValue", commit: "Commit", api: "API_1484_11" },
  "1.2": { init: "LMSInitialize", end: "LMSFinish", set: "LMSSetValue", get: "LMSGetValue", commit: "LMSCommit", api: "API" },
};

/**
 * Opens the host for `version`, seeded with what an earlier launch left, and returns the
 * app's frame, with the URL of every request made.
 */
async function host(version, { seed = null, url = null } = {}) {
  const format = version === "1.2" ? "scorm12" : "scorm2004";
  const { server, manifest } = await pack(format);
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 1000 } });
  if (seed) await page.addInitScript((s) => { window.__seed = s; }, seed);
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const launch = encodeURIComponent(url ?? launchUrl(manifest));
  await page.goto(`${server.url}scorm-host.html?version=${version}&launch=${launch}`);
  const app = page.frameLocator("#sco");
  return { context, page, problems, app, requests };
}

const calls = (page) => page.evaluate(() => window.__calls);
const flat = (page) => page.evaluate(() => window.__api.renderCommitCMI(true));
const flattened = (page) => page.evaluate(() => {
  const out = {};
  const walk = (prefix, value) => {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    else out[prefix] = value;
  };
  walk("", window.__api.renderCommitCMI(true));
  return out;
});

/** The checks every run's calls must pass: the order of the session, strict values, no errors. */
function checkCalls(version, list, { faults = false, recorded = 0 } = {}) {
  const n = NAMES[version];
  assert.equal(list[0].method, n.init, "Initialize comes first");
  assert.deepEqual(list[0].args, [""]);
  assert.equal(list[0].result, "true");
  const end = list.findIndex((c) => c.method === n.end);
  assert.equal(end, list.length - 1, "Terminate comes last, and nothing after it");
  assert.deepEqual(list[end].args, [""]);
  assert.equal(list[end].result, "true");
  assert.equal(list[end - 1].method, n.commit, "a Commit right before Terminate");
  for (const c of list) {
    if (c.err === "injected") { assert.ok(faults, "faults only where the test made them"); continue; }
    if (c.method === n.get) {
      // A first launch has no suspend data yet: 2004 says so with 403, which is no failure.
      if (c.err !== "0") assert.ok(version === "2004" && c.err === "403" && c.args[0] === "cmi.suspend_data", `${c.args[0]}: error ${c.err}`);
      continue;
    }
    assert.equal(c.result, "true", `${c.method}(${c.args.join(", ")}) returned ${c.result}`);
    assert.equal(c.err, "0", `${c.method}(${c.args.join(", ")}): scorm-again error ${c.err}`);
    if (c.method === n.commit || c.method === n.end || c.method === n.init) assert.deepEqual(c.args, [""]);
  }
  const sets = list.filter((c) => c.method === n.set && c.err !== "injected").map((c) => c.args);
  const problems = version === "1.2" ? strict12(sets) : strict2004(sets, recorded);
  assert.deepEqual(problems, [], "every value passes the strict data model");
  return sets;
}

/** The status line, as the learner sees it. */
const statusLine = (app) => app.locator("#lms-status");

let uninterrupted = null;

test("SCORM 2004: a package built by the CLI plays to the end in a scorm-again host with correct final values", async () => {
  const { context, page, problems, app, requests } = await host("2004");
  await app.locator('.turn[data-turn="0"]').waitFor();
  // The attempt that counts: no choice of mode, no starting over, and a status line.
  assert.equal(await app.locator("fieldset.modes").count(), 0);
  await statusLine(app).filter({ hasText: "recorded by your LMS (SCORM 2004)" }).waitFor();
  const decisions = await playToEnd(app);
  await page.waitForFunction(() => window.__api.isTerminated());
  await screenshot(page, "lms-scorm2004-host-ending");
  const list = await calls(page);
  const sets = checkCalls("2004", list);
  const commits = list.filter((c) => c.method === "Commit").length;
  assert.ok(commits >= decisions, `a commit after each decision (${commits} for ${decisions})`);
  // Each decision's values are committed before the next decision's are written.
  const locations = list.map((c, i) => [c, i]).filter(([c]) => c.method === "SetValue" && c.args[0] === "cmi.location");
  for (const [, i] of locations.slice(1)) assert.ok(list.slice(0, i).some((c) => c.method === "Commit"));
  const cmi = await flat(page);
  const log = cmi.cmi.suspend_data;
  assert.match(log, new RegExp(`^jc1 ${SCENARIO} [0-9a-f]{8} [0-9a-f]+ \\S+$`));
  assert.equal(log.split(" ")[4].split(".").length, decisions);
  const expected = replayed(log);
  const raw = Number(cmi.cmi.score.raw);
  assert.ok(Math.abs(raw - expected.score) <= 0.05, `raw ${raw} is the CLI's ${expected.score}`);
  assert.equal(cmi.cmi.score.scaled, String(Number((raw / 100).toFixed(4))));
  assert.equal(cmi.cmi.score.min, "0");
  assert.equal(cmi.cmi.score.max, "100");
  assert.equal(cmi.cmi.completion_status, "completed");
  assert.equal(cmi.cmi.success_status, expected.verdict);
  assert.equal(cmi.cmi.exit, "normal");
  assert.match(cmi.cmi.session_time, duration2004);
  assert.match(cmi.cmi.location, new RegExp(`^${SCENARIO}/`));
  const interactions = Object.values(cmi.cmi.interactions);
  const confidences = interactions.filter((i) => i.id.endsWith(":confidence")).length;
  assert.equal(interactions.length, decisions + confidences, "one interaction per decision, and one per confidence");
  for (const i of interactions) assert.ok(i.id && i.type && i.timestamp && i.latency, `complete: ${JSON.stringify(i)}`);
  assert.ok(Object.keys(cmi.cmi.objectives).length >= 3, "competencies as objectives");
  // The app shows the same score as the LMS holds.
  assert.equal(await app.locator(".score-value").first().innerText(), expected.shown);
  assert.equal(sets.filter(([e]) => e === "cmi.suspend_data").at(-1)[1], log);
  // The play module and the LMS module share one download of the scenario.
  const scenarios = requests.filter((u) => u.endsWith(".jcp")).map((u) => u.split("/").pop());
  assert.deepEqual(scenarios, [`${SCENARIO}.jcp`], "the scenario is fetched once");
  assert.deepEqual(problems, []);
  uninterrupted = { raw, log, decisions };
  await context.close();
});

test("SCORM 1.2: the package plays to the end with 1.2's values, formats and limits", async () => {
  const { context, page, problems, app } = await host("1.2");
  await statusLine(app).filter({ hasText: "recorded by your LMS (SCORM 1.2)" }).waitFor();
  const decisions = await playToEnd(app);
  await page.waitForFunction(() => window.__api.isTerminated());
  const list = await calls(page);
  checkCalls("1.2", list);
  assert.ok(list.filter((c) => c.method === "LMSCommit").length >= decisions);
  const cmi = await flat(page);
  const log = cmi.cmi.suspend_data;
  assert.ok(log.length <= 4096);
  const expected = replayed(log);
  assert.ok(Math.abs(Number(cmi.cmi.core.score.raw) - expected.score) <= 0.05);
  assert.equal(cmi.cmi.core.lesson_status, expected.verdict);
  assert.equal(cmi.cmi.core.exit, "");
  assert.match(cmi.cmi.core.session_time, timespan12);
  const interactions = Object.values(cmi.cmi.interactions);
  assert.equal(interactions.filter((i) => !i.id.endsWith(".confidence")).length, decisions);
  for (const i of interactions) assert.match(i.id, id12);
  assert.deepEqual(problems, []);
  await context.close();
});

test("resume: a launch left half-way is relaunched where it stopped and ends with the uninterrupted run's score", async () => {
  assert.ok(uninterrupted, "the uninterrupted SCORM 2004 run went first");
  const first = await host("2004");
  for (const turn of [0, 1]) await answer(first.app, turn);
  await first.page.waitForFunction(() => (window.__api.cmi.suspend_data.split(" ")[4] ?? "").split(".").length === 2);
  // The LMS closes the content: pagehide suspends the attempt and terminates.
  await first.page.evaluate(() => { document.getElementById("sco").src = "about:blank"; });
  await first.page.waitForFunction(() => window.__api.isTerminated());
  checkCalls("2004", await calls(first.page));
  const left = await flattened(first.page);
  assert.equal(left["cmi.exit"], "suspend");
  assert.equal(left["cmi.completion_status"], "incomplete");
  assert.equal(left["cmi.success_status"], "unknown");
  assert.equal(left["cmi.score.raw"], "");
  assert.deepEqual(first.problems, []);
  await first.context.close();

  // The next launch gets what the LMS kept, as an LMS gives it: entry "resume".
  const kept = Object.fromEntries(Object.entries(left).filter(([k, v]) =>
    v !== "" && /^cmi\.(suspend_data|location|completion_status|interactions\.\d+\.(id|type|learner_response|result|weighting|timestamp|latency|description))$/.test(k)));
  const recorded = new Set(Object.keys(kept).filter((k) => k.startsWith("cmi.interactions.")).map((k) => k.split(".")[2])).size;
  assert.ok(recorded >= 2);
  const second = await host("2004", { seed: { ...kept, "cmi.entry": "resume" } });
  await second.app.locator('.turn[data-turn="2"]').waitFor();
  assert.equal(await second.app.locator('.turn[data-turn="0"]').count(), 0, "resumed at the third decision");
  const decisions = await playToEnd(second.app, 2);
  await second.page.waitForFunction(() => window.__api.isTerminated());
  const list = await calls(second.page);
  checkCalls("2004", list, { recorded });
  const cmi = await flat(second.page);
  assert.equal(decisions, uninterrupted.decisions);
  assert.equal(cmi.cmi.suspend_data.split(" ")[4], uninterrupted.log.split(" ")[4], "the same responses");
  assert.equal(Number(cmi.cmi.score.raw), uninterrupted.raw, "the same final score");
  assert.ok(Math.abs(Number(cmi.cmi.score.raw) - replayed(cmi.cmi.suspend_data).score) <= 0.05);
  const ids = Object.values(cmi.cmi.interactions).map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length, "no interaction written twice");
  assert.equal(ids.filter((id) => !id.endsWith(":confidence")).length, decisions);
  assert.deepEqual(second.problems, []);
  await second.context.close();
});

test("faults: the API gone, SetValue refused, Commit failing; the learner plays on, is told, and nothing is lost", async () => {
  const { context, page, problems, app } = await host("2004");
  const status = statusLine(app);
  await answer(app, 0);
  await status.filter({ hasText: "recorded by your LMS" }).waitFor();

  // The API disappears mid-run.
  await page.evaluate(() => { delete window.API_1484_11; });
  await answer(app, 1);
  await status.filter({ hasText: "Not recorded yet: your LMS cannot be reached" }).waitFor();
  assert.equal(await status.getAttribute("role"), "status", "a live region");
  assert.equal(await status.getAttribute("data-tone"), "waiting");
  await screenshot(page, "lms-status-retrying");
  const local = await app.locator("body").evaluate(() => localStorage.getItem("judgement-call/v1/progress/launch-support-scripts"));
  assert.equal(local.split(" ")[4].split(".").length, 2, "local progress goes on");
  await page.evaluate(() => { window.API_1484_11 = window.__api; });
  await status.filter({ hasText: "Back in touch with your LMS" }).waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => window.__api.cmi.suspend_data), local);

  // SetValue refused twice, then accepted.
  await page.evaluate(() => { Object.assign(window.__faults, { refuse: "cmi.interactions", refuseTimes: 2 }); });
  await answer(app, 2);
  await status.filter({ hasText: "your LMS refused cmi.interactions" }).waitFor();
  await status.filter({ hasText: "Back in touch with your LMS" }).waitFor({ timeout: 10_000 });

  // Commit fails twice, then succeeds.
  await page.evaluate(() => { window.__faults.commitFails = 2; });
  await answer(app, 3);
  await status.filter({ hasText: "your LMS did not save" }).waitFor();
  await status.filter({ hasText: "Back in touch with your LMS" }).waitFor({ timeout: 15_000 });

  const decisions = await playToEnd(app, 4);
  await page.waitForFunction(() => window.__api.isTerminated());
  checkCalls("2004", await calls(page), { faults: true });
  const cmi = await flat(page);
  const ids = Object.values(cmi.cmi.interactions).map((i) => i.id);
  assert.equal(new Set(ids).size, ids.length, "no interaction twice");
  assert.equal(ids.filter((id) => !id.endsWith(":confidence")).length, decisions, "none lost");
  for (const i of Object.values(cmi.cmi.interactions)) assert.ok(i.type && i.timestamp && i.latency, JSON.stringify(i));
  const expected = replayed(cmi.cmi.suspend_data);
  assert.ok(Math.abs(Number(cmi.cmi.score.raw) - expected.score) <= 0.05);
  assert.equal(cmi.cmi.success_status, expected.verdict);
  assert.deepEqual(problems, [], "no exception reached the page");
  await context.close();
});

test("the status line passes axe in both themes and at 320 px", async () => {
  for (const [theme, width] of [["light", 1100], ["dark", 320]]) {
    const { context, page, app } = await host("2004");
    await app.locator('.turn[data-turn="0"]').waitFor();
    await app.locator("body").evaluate((body, t) => { body.ownerDocument.documentElement.dataset.theme = t; }, theme);
    await page.setViewportSize({ width, height: 900 });
    await statusLine(app).waitFor();
    const frame = page.frames().find((f) => f.url().includes("/pkg/"));
    const { violations } = await new AxeBuilder({ page }).include("#sco").analyze();
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), [], theme);
    assert.ok(frame);
    await context.close();
  }
});

test("?embed=1: no header or footer, and every resize format posted to the parent as the content grows", async () => {
  const { server } = await pack("scorm12");
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  const launch = encodeURIComponent(`pkg/index.html?embed=1#/play/${SCENARIO}`);
  await page.goto(`${server.url}embed-host.html?launch=${launch}`);
  const app = page.frameLocator("#app");
  await app.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await app.locator("header.bar").isVisible(), false);
  assert.equal(await app.locator("footer.foot").isVisible(), false);
  await page.waitForFunction(() => window.__messages.length >= 3);
  const kinds = (list) => ({
    canvas: list.filter((m) => m.subject === "lti.frameResize"),
    h5p: list.filter((m) => m.context === "h5p" && m.action === "resize"),
    plain: list.filter((m) => m.type === "resize" && m.frameHeight === m.height),
  });
  const first = kinds(await page.evaluate(() => window.__messages));
  for (const [name, list] of Object.entries(first)) assert.ok(list.length >= 1, `${name} message`);
  const height = first.plain.at(-1).height;
  assert.ok(height > 300 && first.canvas.at(-1).height === height && first.h5p.at(-1).height === height);
  // The frame now fits the content: the app's page does not scroll inside it.
  const inner = await app.locator("body").evaluate((b) => [b.ownerDocument.documentElement.scrollHeight, window.innerHeight]);
  assert.ok(inner[0] <= inner[1] + 1, `no inner scroll: ${inner}`);
  const before = (await page.evaluate(() => window.__messages.length));
  await answer(app, 0);
  await page.waitForFunction((n) => window.__messages.length > n, before);
  await screenshot(page, "lms-embed");
  assert.deepEqual(problems, []);
  await context.close();
});

test("cmi5: statements reach a real LRS in order, the token is fetched once, an LRS 5xx is survived, and a relaunch resumes", async () => {
  const { dir, manifest } = await pack("cmi5");
  const ralph = await startRalph();
  const lms = await startLms({ dir, structure: manifest, lrs: ralph });
  try {
    const registration = randomUUID();
    const first = lms.launch(registration);
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    await page.goto(first.url);
    // The route comes from the launch data's launchParameters, not the URL.
    await page.locator('.turn[data-turn="0"]').waitFor();
    assert.equal(await page.locator("fieldset.modes").count(), 0);
    const status = page.locator("#lms-status");
    await status.filter({ hasText: "recorded by your LMS (cmi5)" }).waitFor();
    for (const turn of [0, 1]) await answer(page, turn);
    // The LRS fails twice, then recovers.
    lms.failStatements = 2;
    await answer(page, 2);
    await status.filter({ hasText: "your LMS answered with an error (503)" }).waitFor();
    await screenshot(page, "lms-cmi5-retrying");
    await status.filter({ hasText: "Back in touch with your LMS" }).waitFor({ timeout: 10_000 });
    assert.equal(lms.rejected, 2);
    // A reload keeps the one-time token (a second fetch would be refused) and, since pagehide
    // ended the session, says so; progress stays in the browser.
    await page.reload();
    await page.locator('.turn[data-turn="3"]').waitFor();
    await status.filter({ hasText: "This launch has ended in your LMS" }).waitFor();
    assert.deepEqual(lms.fetches.filter((f) => f.key === first.key).map((f) => f.method), ["POST"], "one token fetch");

    // The learner opens the activity again from the course: a new session resumes the attempt.
    const second = lms.launch(registration);
    await page.goto(second.url);
    await page.locator('.turn[data-turn="3"]').waitFor();
    await status.filter({ hasText: "recorded by your LMS (cmi5)" }).waitFor();
    const decisions = await playToEnd(page, 3);
    await status.filter({ hasText: /Your LMS has recorded this attempt: \d+\.\d \/ 100, (passed|not passed) \(pass mark \d+\)\./ }).waitFor();
    assert.equal(await status.getByRole("link", { name: "Return to the course" }).getAttribute("href"), `${lms.origin}/return`);
    await screenshot(page, "lms-cmi5-ending");
    const log = await page.evaluate(() => localStorage.getItem("judgement-call/v1/progress/launch-support-scripts"));
    const expected = replayed(log);

    // What the LRS stored, in order.
    const stored = (await ralph.stored()).filter((s) => s.context?.registration === registration);
    const verbs = stored.map((s) => s.verb.id.replace("http://adlnet.gov/expapi/verbs/", ""));
    const answered = (n) => Array(n).fill("answered");
    const verdict = expected.verdict === "passed" ? "passed" : "failed";
    assert.deepEqual(verbs, [
      "initialized", ...answered(3), "terminated",
      "initialized", ...answered(decisions - 3), "completed", verdict, "terminated",
    ]);
    assert.equal(new Set(stored.map((s) => s.id)).size, stored.length, "no statement twice");
    const sessions = [first.sessionId, second.sessionId];
    const CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    const MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    for (const [i, s] of stored.entries()) {
      const verb = verbs[i];
      assert.equal(s.context.extensions["https://w3id.org/xapi/cmi5/context/extensions/sessionid"], sessions[i < 5 ? 0 : 1]);
      assert.ok(s.context.contextActivities.grouping.some((a) => a.id === lms.au.publisherId), "the template's grouping kept");
      assert.deepEqual(s.actor, lms.actor);
      assert.match(s.timestamp, /Z$|\+00:00$/);
      const categories = (s.context.contextActivities.category ?? []).map((c) => c.id);
      if (verb === "answered") {
        assert.match(s.object.id, new RegExp(`^${lms.activityId}/decision/[\\w-]+$`));
        assert.equal(s.object.definition.type, "http://adlnet.gov/expapi/activities/cmi.interaction");
        assert.ok(!categories.includes(CMI5), "answered is a cmi5 allowed statement");
        assert.ok(s.context.contextActivities.parent.some((a) => a.id === lms.activityId));
        const extensions = s.result.extensions;
        assert.equal(typeof extensions["https://github.com/judgement-call/judgement-call/blob/main/docs/lms.md#competencies"], "object");
        assert.ok(typeof s.result.response === "string" && s.result.score.scaled >= 0 && s.result.score.scaled <= 1);
      } else {
        assert.equal(s.object.id, lms.activityId);
        assert.ok(categories.includes(CMI5), `${verb} carries the cmi5 category`);
      }
      if (["completed", "passed", "failed"].includes(verb)) {
        assert.ok(categories.includes(MOVEON));
        assert.match(s.result.duration, /^PT/);
      }
      if (verb === "terminated") assert.match(s.result.duration, /^PT/);
    }
    const confident = stored.filter((s) => s.result?.extensions?.["https://github.com/judgement-call/judgement-call/blob/main/docs/lms.md#confidence"]);
    assert.ok(confident.length >= 1 && confident.every((s) => s.result.extensions["https://github.com/judgement-call/judgement-call/blob/main/docs/lms.md#confidence"] === "fairly-sure"));
    const judged = stored.find((s) => s.verb.id.endsWith(verdict));
    assert.ok(Math.abs(judged.result.score.raw - expected.score) <= 0.05, `${judged.result.score.raw} vs ${expected.score}`);
    assert.equal(judged.result.success, verdict === "passed");
    assert.equal(judged.context.extensions["https://w3id.org/xapi/cmi5/context/extensions/masteryscore"], lms.au.masteryScore);
    // The LRS's own query API gives back the same statements.
    const queried = await ralph.query(registration);
    assert.deepEqual(new Set(queried.map((s) => s.id)), new Set(stored.map((s) => s.id)));
    assert.deepEqual(problems.filter((p) => !p.includes("503")), [], "no exception reached the page");
    await context.close();
  } finally {
    await lms.close();
    await ralph.stop();
  }
});

test("a library package records the first scenario the learner answers in; the others play as standalone", async () => {
  const zip = path.join(temp, "library.zip");
  const dir = path.join(temp, "library");
  cli(["package", "--format", "scorm12", "--all", "-o", zip, "--dist", DIST]);
  execFileSync("unzip", ["-q", zip, "-d", dir]);
  const server = await serve(HERE, { "/node_modules/": path.join(ROOT, "node_modules"), "/pkg/": dir });
  try {
    const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 1000 } });
    await page.goto(`${server.url}scorm-host.html?version=1.2&launch=${encodeURIComponent("pkg/index.html")}`);
    const app = page.frameLocator("#sco");
    await app.locator(`a[href="#/play/${SCENARIO}"]`).first().click();
    await answer(app, 0);
    await page.waitForFunction(() => window.__calls.some((c) => c.method === "LMSCommit"));
    const saved = await page.evaluate(() => window.__api.cmi.suspend_data);
    assert.match(saved, new RegExp(`^jc1 ${SCENARIO} `));
    await app.locator("body").evaluate(() => { location.hash = "#/play/poor-soil"; });
    await app.locator("fieldset.modes").waitFor();
    await answer(app, 0);
    assert.equal(await page.evaluate(() => window.__api.cmi.suspend_data), saved, "the other scenario is not recorded");
    const list = await calls(page);
    assert.equal(list[0].method, "LMSInitialize");
    assert.ok(list.every((c) => c.method === "LMSGetValue" || (c.result === "true" && c.err === "0")));
    assert.deepEqual(strict12(list.filter((c) => c.method === "LMSSetValue").map((c) => c.args)), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});

test("a scenario that is not built in: its package ships it packed, and it plays to the end in the host", async () => {
  // The fixture is no scenario of the library, so only the package's own packed copy can play it.
  const fixture = "tests/it/fixtures/first-call.scenario";
  const zip = path.join(temp, "custom.zip");
  const dir = path.join(temp, "custom");
  cli(["package", "--format", "scorm12", fixture, "-o", zip, "--dist", DIST]);
  execFileSync("unzip", ["-q", zip, "-d", dir]);
  const manifest = await readFile(path.join(dir, "imsmanifest.xml"), "utf8");
  assert.match(manifest, /href="library\/first-call\.jcp"/, "the manifest lists the packed scenario");
  const server = await serve(HERE, { "/node_modules/": path.join(ROOT, "node_modules"), "/pkg/": dir });
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 1000 } });
  await page.goto(`${server.url}scorm-host.html?version=1.2&launch=${encodeURIComponent(launchUrl(manifest))}`);
  const app = page.frameLocator("#sco");
  await playToEnd(app);
  await page.waitForFunction(() => window.__api.isTerminated());
  checkCalls("1.2", await calls(page));
  const cmi = await flat(page);
  const out = cli(["play", fixture, "--responses", cmi.cmi.suspend_data]);
  const [, score, verdict] = /Overall score: ([\d.]+) \/ 100 \(pass mark \d+: (passed|not passed)\)/.exec(out);
  assert.ok(Math.abs(Number(cmi.cmi.core.score.raw) - Number(score)) <= 0.05);
  assert.equal(cmi.cmi.core.lesson_status, verdict === "passed" ? "passed" : "failed");
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});
