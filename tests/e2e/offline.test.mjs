// Offline and installable, in the release build: the install manifest is valid and Chromium
// finds the app installable; after one visit the service worker has the whole release (the
// app, its modules and the built-in library), and with the network off a reload plays a
// whole scenario to its debrief; a new release waits beside the old one, is offered with a
// notice, and takes over only when the learner reloads, with nothing mixed or broken; and
// an embedded page installs nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";
import { serve, launch, openPage, screenshot, CHROMIUM_ARGS, DIST, ROOT } from "./support.mjs";
import { library, play } from "./review.mjs";
import { files, release } from "../../scripts/offline.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIO = "poor-soil";
const scenarios = library();

/** Waits until the page is controlled by a service worker whose cache holds every file of the release. */
async function offlineReady(page) {
  // The worker controls the page once it has activated, which it does only with every file cached.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000, polling: 200 });
  assert.equal((await cacheNames(page)).length, 1);
}

/** The release the page's worker serves: the name of its one cache. */
const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith("judgement-call-")));

test("the install manifest is valid and Chromium finds the app installable", async () => {
  // A profile on disk: Chromium installs nothing from a context that forgets itself.
  const profile = await mkdtemp(path.join(os.tmpdir(), "jc-profile-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.goto(server.url);
  await page.locator(".welcome").waitFor();
  await offlineReady(page);
  const cdp = await context.newCDPSession(page);
  const { url, errors, data } = await cdp.send("Page.getAppManifest");
  assert.match(url, /manifest\.webmanifest$/);
  assert.deepEqual(errors, []);
  const manifest = JSON.parse(data);
  assert.equal(manifest.name, "Judgement Call");
  assert.equal(manifest.display, "standalone");
  assert.equal(new URL(manifest.start_url, url).href, server.url);
  for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
    const png = await readFile(path.join(DIST, icon.src));
    // A PNG's width and height are the IHDR chunk's first two numbers.
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${width}x${height}`, icon.sizes, icon.src);
  }
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("after one visit, a reload with the network off plays a whole scenario to its debrief", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(server.url);
  await page.locator(".welcome").waitFor();
  await offlineReady(page);
  // The whole built-in library is on the device.
  const missing = await page.evaluate(async (ids) => {
    const cache = await caches.open((await caches.keys()).find((n) => n.startsWith("judgement-call-")));
    const out = [];
    for (const id of ids) if (!(await cache.match(`library/${id}.jcp`))) out.push(id);
    return out;
  }, scenarios.map((s) => s.id));
  assert.deepEqual(missing, []);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole("link", { name: "Play Poor soil" }).click();
  await page.locator('.turn[data-turn="0"]').waitFor();
  await play(page, scenarios.find((s) => s.id === SCENARIO).expert_log);
  await page.getByRole("link", { name: "See your debrief" }).click();
  await page.locator(".debrief").waitFor();
  await screenshot(page, "offline-debrief");
  // The other modules too: the Author view and the profile.
  await page.getByRole("link", { name: "Author", exact: true }).click();
  await page.locator("#scenario-file").waitFor();
  await page.getByRole("link", { name: "Profile", exact: true }).click();
  await page.locator(".profile").waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a new release waits beside the old one, is offered, and takes over only when the learner reloads", async () => {
  // A copy of the build, served on its own, to be replaced by a "new release" in place.
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-release-"));
  await cp(DIST, dir, { recursive: true });
  const own = await serve(dir);
  const { context, page, problems } = await openPage(browser);
  await page.goto(own.url);
  await page.locator(".welcome").waitFor();
  await offlineReady(page);
  const [before] = await cacheNames(page);

  // The new release: a changed page and library, and its worker written as the build writes it.
  const marker = '<meta name="release" content="next" />';
  const page2 = (await readFile(path.join(dir, "index.html"), "utf8")).replace("<title>", `${marker}<title>`);
  await writeFile(path.join(dir, "index.html"), page2);
  const template = await readFile(path.join(ROOT, "web/service-worker.js"), "utf8");
  await writeFile(path.join(dir, "service-worker.js"), await release(dir, template));
  assert.ok((await files(dir)).includes("index.html"));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

  // The learner is told, and the page they have goes on with the old release meanwhile.
  const notice = page.locator(".release[role=status]");
  await notice.waitFor({ timeout: 60_000 });
  assert.match(await notice.innerText(), /A new version of Judgement Call is ready/);
  await screenshot(page, "offline-update-available");
  assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), []);
  await page.getByRole("link", { name: "Play Poor soil" }).click();
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await page.locator('meta[name="release"]').count(), 0, "still the old page");
  assert.equal((await cacheNames(page)).includes(before), true, "the old release's cache is still there");
  // A scenario being played is not interrupted; back in the library the notice is there again.
  assert.equal(await notice.count(), 0);
  await page.getByRole("link", { name: "Library", exact: true }).click();
  await notice.waitFor();

  // Reloading into the new release: the page is the new one, and only its cache is left.
  await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload to update" }).click()]);
  await page.locator(".library").waitFor();
  assert.equal(await page.locator('meta[name="release"]').count(), 1, "the new page");
  let after = await cacheNames(page);
  for (let tries = 0; after.includes(before) && tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    after = await cacheNames(page);
  }
  assert.equal(after.length, 1);
  assert.notEqual(after[0], before);
  assert.equal(await page.locator(".release").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
  await own.close();
});

test("an embedded page installs no service worker", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.url}?embed=1#/play/${SCENARIO}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await page.waitForLoadState("networkidle");
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
  assert.deepEqual(await cacheNames(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
