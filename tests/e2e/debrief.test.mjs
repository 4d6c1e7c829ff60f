// The Debrief and Profile views in the release app, beyond the figures (which
// library.test.mjs checks against the CLI for every scenario):
// - the feedback an assessment held back opens decision by decision, with the learner's
//   reasoning, and a replay from the costliest decision keeps the answers before it (and
//   their rationales) while the finished attempt stays the record;
// - the Profile: each finished scenario's first attempt in the order played, replays beside
//   it, a chart per dimension, the journal of rationales by decision; the library card of a
//   finished scenario links to its debrief;
// - export to a JSON file and import back, by replacing and by merging, restores exactly
//   what was saved; a damaged, foreign or newer file is refused with its reason and changes
//   nothing;
// - screenshots of a Profile with several scenarios at 375 px and 1440 px in artifacts/.
// (axe in both themes, the 320 px and 1920 px fit and the screenshots of both views are in
// learner.test.mjs's tour of every view.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve, launch, openPage, screenshot } from "./support.mjs";
import { PREFIX, library, openBreakdown, play } from "./review.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const scenarios = Object.fromEntries(library().map((s) => [s.id, s]));

/** Everything the app has saved, as sorted [key, value] pairs. */
const saved = (page) => page.evaluate((prefix) =>
  Object.entries(localStorage).filter(([k]) => k.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)), PREFIX);

/** Plays `id` along `path` ("expert" or "poor") in `mode`, with a rationale at each decision that asks for one. */
async function played(page, id, path, mode = "Practice") {
  await page.goto(`${server.url}#/play/${id}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await page.getByLabel(mode).check();
  const log = scenarios[id][`${path}_log`];
  await play(page, log, log.split(".").map((_, turn) => `My ${path} reason at decision ${turn + 1}`));
}

test("held feedback opens per decision, and a replay from the costliest decision keeps what came before", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(server.url);
  await played(page, "launch-support-scripts", "poor", "Assessment");
  // Assessment mode held the feedback: the ending lists it, and the debrief keeps it folded.
  await page.getByRole("link", { name: "See your debrief" }).click();
  // Printed, the debrief reaches what its disclosures fold; on screen they stay folded.
  await page.locator(".debrief .lesson").waitFor();
  await page.emulateMedia({ media: "print" });
  for (const folded of [".items-table", ".competency", ".path-map", ".lesson .fold > :not(summary)"]) {
    assert.ok(await page.locator(`.debrief ${folded}`).first().isVisible(), `${folded} is printed`);
  }
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator(".debrief .items-table").isVisible(), false, "the item table waits for a tap");
  await openBreakdown(page);
  assert.match(await page.locator("#held-title").innerText(), /held back until now/);
  const held = page.locator("details.held-item");
  const count = await held.count();
  assert.equal(count, scenarios["launch-support-scripts"].poor_log.split(".").length);
  for (let i = 0; i < count; i++) assert.equal(await held.nth(i).getAttribute("open"), null);
  assert.equal(await held.first().locator(".feedback").isVisible(), false);
  await held.first().locator("summary").click();
  await held.first().locator(".feedback").waitFor();
  assert.match(await held.first().innerText(), /How the expert panel|What matters here|The facts that decide it|Your order/);
  // Every reason given is there, beside its decision.
  const reasons = await page.locator("details.held-item .your-answer", { hasText: "Your reasoning" }).allTextContents();
  assert.ok(reasons.length > 0 && reasons.every((r) => /My poor reason at decision \d/.test(r)), reasons.join(" | "));

  // The replay suggestion: from the costliest decision, with the answers before it kept.
  const first = await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/launch-support-scripts`);
  const button = page.getByRole("button", { name: /^Replay from decision \d+$/ });
  const at = Number((await button.innerText()).match(/\d+/)[0]);
  await button.click();
  await page.locator(`.turn[data-turn="${at - 1}"]`).waitFor();
  const replay = await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/launch-support-scripts`);
  const tokens = (log) => log.split(" ")[4]?.split(".") ?? [];
  assert.deepEqual(tokens(replay), tokens(first).slice(0, at - 1));
  assert.notEqual(replay.split(" ")[3], first.split(" ")[3], "a replay is a new attempt, with a new seed");
  const attempts = (await saved(page)).filter(([k]) => k.startsWith(`${PREFIX}attempt/launch-support-scripts/`));
  assert.equal(attempts.length, 1);
  assert.ok(attempts[0][1].endsWith(first), "the finished attempt is kept as it was");
  // The kept answers keep their reasons, under the new attempt.
  const journal = (await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}journal/launch-support-scripts`)).split("\n").slice(1);
  const reasonsOf = (seed) => journal.filter((l) => l.startsWith(`${seed} `)).map((l) => l.slice(seed.length + 1))
    .filter((l) => Number(l.split("\t")[0]) < at - 1).sort();
  assert.deepEqual(reasonsOf(replay.split(" ")[3]), reasonsOf(first.split(" ")[3]));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Profile shows each first attempt in the order played, the trends, the journal, and a round trip through a file", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await page.goto(server.url);
  await played(page, "second-attempt", "expert");
  await played(page, "tour-of-duty", "poor", "Assessment");
  // A replay of tour-of-duty along the expert's path: the first attempt stays the record.
  await page.getByRole("link", { name: "See your debrief" }).click();
  await page.getByRole("button", { name: "Replay from the start" }).click();
  await page.locator('.turn[data-turn="0"]').waitFor();
  await play(page, scenarios["tour-of-duty"].expert_log);
  await played(page, "career-track", "poor");

  // The library card of a finished scenario links to its debrief.
  await page.goto(server.url);
  await page.getByRole("link", { name: "See the debrief: The bet that failed last year" }).click();
  await page.locator(".debrief .lesson").waitFor();
  assert.equal(await page.locator("#debrief-title").innerText(), "The bet that failed last year");

  await page.getByRole("link", { name: "Profile", exact: true }).click();
  await page.locator(".profile .trends").waitFor();
  const rows = page.locator(".trend-table tbody tr");
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.scenario)), ["second-attempt", "tour-of-duty", "career-track"]);
  const tour = rows.nth(1);
  assert.match(await tour.locator(".record-score").innerText(), /not passed/, "the record is the poor first attempt");
  assert.match(await tour.innerText(), /1, latest 100\.0 \(\+\d+\.\d\)/, "the replay and its improvement");
  assert.ok(await page.locator(".trends figure").count() >= 3, "a chart per dimension");
  for (const svg of await page.locator(".trends svg").all()) assert.match(await svg.getAttribute("aria-label"), /in order: 1: /);
  const journal = page.locator(".journal");
  assert.match(await journal.innerText(), /My poor reason at decision 1/);
  assert.match(await journal.innerText(), /First attempt \(your record\)/);
  assert.ok(await journal.locator(".note-ask").count() > 0);
  await screenshot(page, "profile-several-1440");
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, "profile-several-375");
  await page.setViewportSize({ width: 1440, height: 900 });

  // Export, then replace everything from the file.
  const before = await saved(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export progress" }).click()]);
  assert.match(download.suggestedFilename(), /^judgement-call-progress-\d{4}-\d\d-\d\d\.json$/);
  const file = await download.path();
  const exported = JSON.parse(await readFile(file, "utf8"));
  assert.equal(exported.format, "judgement-call-progress");
  assert.equal(exported.version, 1);
  const carried = before.filter(([k]) => /^judgement-call\/v1\/(progress|mode|journal|attempt)\//.test(k));
  assert.deepEqual(Object.entries(exported.entries).map(([k, v]) => [`${PREFIX}${k}`, v]).sort(([a], [b]) => a.localeCompare(b)), carried);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator(".profile .empty").waitFor();
  await page.locator("#import-file").setInputFiles(file);
  await page.getByRole("button", { name: "Replace this browser’s progress" }).click();
  await page.locator(".imported", { hasText: "Replaced" }).waitFor();
  await page.locator('.trend-table tr[data-scenario="career-track"]').waitFor();
  assert.deepEqual(await saved(page), carried);
  assert.equal(await rows.count(), 3);

  // Merging brings back what this browser lost, and keeps what it has.
  await page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (/\/tour-of-duty(\/|$)/.test(key)) localStorage.removeItem(key);
    localStorage.setItem(`${prefix}journal/career-track`, "jj1\n1 0\tA reason only this browser has");
  }, PREFIX);
  await page.reload();
  await page.locator(".profile .trends").waitFor();
  assert.equal(await rows.count(), 2);
  await page.locator("#import-file").setInputFiles(file);
  await page.getByRole("button", { name: "Merge into this browser" }).click();
  await page.locator(".imported", { hasText: "Merged" }).waitFor();
  const merged = await saved(page);
  assert.deepEqual(merged.filter(([k]) => !k.endsWith("journal/career-track")), carried.filter(([k]) => !k.endsWith("journal/career-track")));
  const careerJournal = merged.find(([k]) => k.endsWith("journal/career-track"))[1];
  assert.ok(careerJournal.includes("A reason only this browser has"), "this browser's own rationale stays");
  await page.locator('.trend-table tr[data-scenario="tour-of-duty"]').waitFor();
  for (const line of carried.find(([k]) => k.endsWith("journal/career-track"))[1].split("\n").slice(1)) {
    assert.ok(careerJournal.includes(line), `the file's rationale comes in: ${line}`);
  }
  assert.equal(await rows.count(), 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a damaged, foreign or newer file is refused with its reason, and nothing saved changes", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url);
  await played(page, "second-attempt", "expert");
  await page.goto(`${server.url}#/profile`);
  await page.locator(".profile .trends").waitFor();
  const before = await saved(page);
  const files = [
    ["damaged.json", "{ \"format\": \"judgement-call-progress\", \"version\": 1, \"entr", /not JSON/],
    ["photo.json", JSON.stringify({ name: "holiday.jpg", width: 640 }), /not the kind Export progress saves/],
    ["newer.json", JSON.stringify({ format: "judgement-call-progress", version: 2, entries: {} }), /newer version/],
    ["tampered.json", JSON.stringify({ format: "judgement-call-progress", version: 1, entries: { "progress/poor-soil": "jc1 second-attempt 00000000 1 p0" } }), /another scenario's progress/],
    ["empty.json", JSON.stringify({ format: "judgement-call-progress", version: 1, entries: {} }), /nothing to import/],
  ];
  for (const [name, text, why] of files) {
    await page.locator("#import-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    const refusal = page.locator(".notice[role=alert]", { hasText: "This file was not imported" });
    await refusal.waitFor();
    assert.match(await refusal.innerText(), why);
    assert.match(await refusal.innerText(), /Nothing saved in this browser has changed/);
    assert.equal(await page.getByRole("button", { name: "Replace this browser’s progress" }).count(), 0);
    assert.deepEqual(await saved(page), before, `${name} changed nothing`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
