// Durable progress, in the release build: the app asks the browser to keep what it saves
// (navigator.storage.persist) once the learner has something to lose, and Settings says what
// the browser answered; a finished scenario offers a one-click backup that says when the
// last was made; and a window without storage says plainly what goes when the tab closes,
// while its backup still carries everything played.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, openPage, screenshot } from "./support.mjs";
import { answer, library, play, PREFIX } from "./review.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIO = "poor-soil";
const scenario = library().find((s) => s.id === SCENARIO);

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Counts the page's calls of navigator.storage.persist, which still reach the browser. */
async function watchPersist(page) {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    const manager = navigator.storage;
    const persist = manager.persist.bind(manager);
    manager.persist = () => { window.__persistCalls += 1; return persist(); };
  });
}

/** Downloads the backup the page offers and returns the file's JSON. */
async function downloadBackup(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".backup a.button").click()]);
  assert.match(download.suggestedFilename(), /^judgement-call-progress-\d{4}-\d\d-\d\d\.json$/);
  return JSON.parse(await readFile(await download.path(), "utf8"));
}

test("persistent storage is asked for at the first saved response, and Settings says what the browser answered", async () => {
  const { context, page, problems } = await openPage(browser);
  await watchPersist(page);
  await page.goto(`${server.url}#/play/${SCENARIO}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  // Opening a scenario saves nothing, so nothing is asked yet.
  assert.equal(await page.evaluate(() => window.__persistCalls), 0);
  const tokens = scenario.expert_log.split(".");
  await answer(page, tokens[0], 0);
  await page.locator('.turn[data-turn="1"]').waitFor();
  await answer(page, tokens[1], 1);
  await page.locator('.turn[data-turn="2"]').waitFor();
  assert.equal(await page.evaluate(() => window.__persistCalls), 1, "asked once, at the first saved response");
  assert.ok(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/${SCENARIO}`));

  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const kept = page.locator(".about-data .kept");
  await kept.waitFor();
  const granted = await page.evaluate(() => navigator.storage.persisted());
  assert.equal(await kept.getAttribute("data-kept"), granted ? "granted" : "not-granted");
  assert.match(await kept.innerText(), granted ? /has agreed to keep your progress/ : /has not agreed to keep your progress for good/);
  await screenshot(page, "settings-storage");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a finished scenario offers a backup, which then says when it was made", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${server.url}#/play/${SCENARIO}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  // No backup is offered mid-scenario.
  assert.equal(await page.locator(".backup").count(), 0);
  await play(page, scenario.expert_log);
  const backup = page.locator(".backup");
  await backup.waitFor();
  assert.match(await backup.innerText(), /You have not made a backup yet/);
  await screenshot(page, "ending-backup");
  assert.deepEqual(await axe(page), []);
  const file = await downloadBackup(page);
  assert.equal(file.format, "judgement-call-progress");
  assert.ok(file.entries[`progress/${SCENARIO}`], "the backup holds the scenario's progress");
  assert.ok(Object.keys(file.entries).some((k) => k.startsWith(`attempt/${SCENARIO}/`)), "and its finished attempt");
  assert.ok(!("backup" in file.entries), "the backup's own time is not carried");
  const today = new Date().toLocaleDateString("en", { day: "numeric", month: "long", year: "numeric" });
  assert.match(await backup.innerText(), new RegExp(`Your last backup was made on ${today}`));
  // The Profile's export says the same, and a new visit remembers it.
  await page.goto(`${server.url}#/profile`);
  await page.locator(".transfer .hint", { hasText: `Your last copy was made on ${today}` }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("without storage, the backup says what is lost when the tab closes and still carries everything", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
  });
  await watchPersist(page);
  await page.goto(`${server.url}#/play/${SCENARIO}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await play(page, scenario.expert_log);
  // Nothing is asked of a browser that keeps nothing.
  assert.equal(await page.evaluate(() => window.__persistCalls), 0);
  const backup = page.locator(".backup");
  await backup.waitFor();
  assert.match(await backup.innerText(), /when this tab closes, your answers, your scores and your journal go with it/);
  const file = await downloadBackup(page);
  assert.ok(file.entries[`progress/${SCENARIO}`], "the backup carries the progress kept in memory");
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  await page.locator('.about-data .kept[data-kept="off"]').waitFor();
  assert.match(await page.locator(".about-data .kept").innerText(), /goes when this tab closes/);
  assert.deepEqual(problems, []);
  await context.close();
});
