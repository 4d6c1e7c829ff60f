// The page's two WebAssembly modules, in the release build: the library downloads the app
// and no play module, a scenario's link downloads the play module and its scenario and no
// app; the page passes from one module to the other and back, keeping keyboard focus on the
// header; the library's cards show the progress the play module works out; and a module
// that cannot be downloaded is explained, not a blank page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, cli } from "./support.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PREFIX = "judgement-call/v1/";

/** The paths of every file the page asks for, from now on. */
function requests(page) {
  const paths = [];
  page.on("request", (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

test("the library downloads the app and no play module; a scenario's link the play module and no app", async () => {
  {
    const { context, page, problems } = await openPage(browser);
    const paths = requests(page);
    await page.goto(server.url);
    await page.locator(".welcome").waitFor();
    await page.waitForLoadState("networkidle");
    assert.ok(paths.includes("/app_bg.wasm") && paths.includes("/app.js"), paths.join(" "));
    assert.ok(!paths.some((p) => p.startsWith("/play") || p.endsWith(".jcp")), paths.join(" "));
    assert.deepEqual(problems, []);
    await context.close();
  }
  {
    const { context, page, problems } = await openPage(browser);
    const paths = requests(page);
    await page.goto(`${server.url}#/play/poor-soil`);
    await page.locator('.turn[data-turn="0"] button[data-choice]').first().waitFor();
    await page.waitForLoadState("networkidle");
    assert.ok(paths.includes("/play_bg.wasm") && paths.includes("/library/poor-soil.jcp"), paths.join(" "));
    assert.ok(!paths.includes("/app.js") && !paths.includes("/app_bg.wasm"), paths.join(" "));
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the page passes between the app and the play module both ways, and focus stays on the header", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole("link", { name: "Play Poor soil" }).click();
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await page.locator("h1#scenario-title").innerText(), "Poor soil");
  assert.equal(await page.title(), "Poor soil · Judgement Call");
  // Only one page's worth of header, main and footer at any time.
  assert.equal(await page.locator("header.bar").count(), 1);
  // From the keyboard, to a view of the app's and back.
  await page.getByRole("link", { name: "Settings", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Settings" }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#/settings");
  assert.equal(await page.locator("header.bar").count(), 1);
  await page.getByLabel("Dark").check();
  await page.goBack();
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  await page.getByRole("link", { name: "Library", exact: true }).click();
  await page.getByRole("heading", { name: "Scenario library" }).waitFor();
  assert.equal(await page.title(), "Judgement Call");
  await page.goBack();
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await page.locator("header.bar").count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the library's cards show the progress the play module works out from each save", async () => {
  const { context, page, problems } = await openPage(browser);
  // One response in each of two scenarios, so the app has saved real logs.
  for (const id of ["poor-soil", "launch-support-scripts"]) {
    await page.goto(`${server.url}#/play/${id}`);
    const turn = page.locator('.turn[data-turn="0"]');
    await turn.locator('button[data-choice="1"]').click();
    await turn.locator('input[name="confidence"][data-level="3"]').check();
    await turn.locator("button[data-submit]").click();
    await page.locator('.turn[data-turn="1"]').waitFor();
  }
  // Poor soil, played to its end along the expert's path (`judgement-call analyse`): the
  // saved log with all of that path's responses.
  const expert = JSON.parse(cli(["analyse", "--format", "json", "scenarios/poor-soil.scenario"])).scenarios[0].expert_log;
  await page.evaluate(([key, expert]) => {
    const [version, id, hash, seed] = localStorage.getItem(key).split(" ");
    localStorage.setItem(key, [version, id, hash, seed, expert].join(" "));
  }, [`${PREFIX}progress/poor-soil`, expert]);
  await page.goto(server.url);
  const finished = page.locator(".card", { hasText: "Poor soil" }).locator("progress");
  await finished.waitFor();
  assert.equal(await finished.getAttribute("aria-label"), "Finished: 100.0 / 100, passed (pass mark 70)");
  const playing = page.locator(".card", { hasText: "Launch week, old scripts" }).locator("progress");
  await playing.waitFor();
  assert.match(await playing.getAttribute("aria-label"), /^1 of about \d+ decisions$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a module that cannot be downloaded is explained, and the page stays", async () => {
  // Without the offline copy, which would answer from the device (tests/e2e/offline.test.mjs).
  const { context, page, problems } = await openPage(browser, { serviceWorkers: "block" });
  await page.route("**/play_bg.wasm", (route) => route.abort());
  await page.goto(server.url);
  await page.getByRole("link", { name: "Play Poor soil" }).click();
  await page.locator(".notice", { hasText: "This page could not be opened" }).waitFor();
  assert.equal(await page.locator("header.bar").count(), 1);
  await page.getByRole("link", { name: "Library", exact: true }).click();
  await page.getByRole("heading", { name: "Scenario library" }).waitFor();
  // The failed downloads are the only errors.
  assert.deepEqual(problems.filter((p) => !/play_bg\.wasm|net::ERR_FAILED|WebAssembly|Failed to fetch/.test(p)), []);
  await context.close();
});
