// The Cohort view (`#/cohort`) in the release build: an instructional designer drops a
// class's files and the browser works out the same report as `judgement-call cohort`; a
// hundred thousand cmi5 statements are read in slices with a progress bar, and the page
// never freezes for long. The cohort is the bots' (tests/it/cohort.rs keeps the fixtures).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { cli, launch, openPage, screenshot, serve, ROOT } from "./support.mjs";

const SCENARIO = "launch-support-scripts";
const FIXTURES = path.join(ROOT, "tests/e2e/fixtures/cohort");

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => { await browser?.close(); server?.close(); });

async function cohortPage() {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 1000 } });
  await opened.page.goto(`${server.url}#/cohort`);
  await opened.page.locator("#cohort-files").waitFor();
  await opened.page.selectOption("#cohort-scenario", SCENARIO);
  await opened.page.locator(`.cohort-files[data-scenario="${SCENARIO}"]`).waitFor();
  return opened;
}

test("dropped logs give the report judgement-call cohort gives", async () => {
  const { page, context, problems } = await cohortPage();
  assert.equal(await page.title(), "Cohort analysis · Judgement Call");
  const logs = path.join(FIXTURES, "logs.txt");
  // Dropped on the drop zone, as a designer drags files from their desktop.
  const text = await readFile(logs, "utf8");
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "logs.txt", { type: "text/plain" }));
    return transfer;
  }, text);
  const zone = page.locator(".cohort-drop");
  await zone.dispatchEvent("dragenter", { dataTransfer: dropped });
  assert.match(await zone.getAttribute("class"), /\bover\b/);
  await zone.dispatchEvent("drop", { dataTransfer: dropped });
  await page.locator('.cohort-report[data-attempts="40"]').waitFor();
  assert.doesNotMatch(await zone.getAttribute("class"), /\bover\b/);
  assert.match(await page.locator(".cohort-report h2").innerText(), /40 attempts by 40 learners/);
  // The weak learners' first option shows up as a flag or a pull to the bottom third.
  assert.ok(await page.locator(".cohort-decision").count() >= 3);
  await screenshot(page, "cohort-view-report");
  assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), []);

  const [json] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-cohort="json"]').click()]);
  assert.equal(json.suggestedFilename(), `${SCENARIO}-cohort.json`);
  const fromBrowser = await readFile(await json.path(), "utf8");
  const fromCli = cli(["cohort", path.join(ROOT, "scenarios", `${SCENARIO}.scenario`), "--from", logs, "--format", "json"]);
  assert.equal(fromBrowser, fromCli);
  const [page2] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-cohort="html"]').click()]);
  assert.match(await readFile(await page2.path(), "utf8"), /^<!DOCTYPE html>/i);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a hundred thousand statements are read in slices without freezing the page", async () => {
  // 9,091 learners, each the template attempt's 11 statements under a name and registration
  // of their own: 100,001 statements, about 150 MB of NDJSON.
  const template = await readFile(path.join(FIXTURES, "statements.ndjson"), "utf8");
  const perAttempt = template.trim().split("\n").length;
  const learners = Math.ceil(100_000 / perAttempt);
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-cohort-"));
  const file = path.join(dir, "statements.ndjson");
  const out = createWriteStream(file);
  for (let n = 0; n < learners; n++) {
    const registration = `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
    const text = template.replaceAll("LEARNER", `learner-${n}@example.com`).replaceAll("REGISTRATION", registration);
    if (!out.write(text)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));

  const { page, context, problems } = await cohortPage();
  // Long tasks: any stretch the page could not answer for more than 50 ms.
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: "longtask", buffered: false });
  });
  await page.locator("#cohort-files").setInputFiles(file);
  await page.locator(".cohort-progress progress").waitFor();
  await screenshot(page, "cohort-view-reading");
  await page.locator(".cohort-report").waitFor({ timeout: 240_000 });
  assert.equal(await page.locator(".cohort-report").getAttribute("data-attempts"), String(learners));
  const longest = await page.evaluate(() => window.__longest);
  assert.ok(longest < 1_000, `the page froze for ${Math.round(longest)} ms`);
  assert.deepEqual(problems, []);
  await context.close();
});
