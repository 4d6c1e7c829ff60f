// The learner's app end to end, in the release build:
// - a whole scenario played with the keyboard alone (Tab, Shift+Tab, Space, Enter, arrows);
// - progress resumed after a reload; damaged, old and foreign saves recovered from without
//   touching other scenarios; a browser without storage playing from memory, with a notice;
// - a scenario full of script-injection payloads opened in the Author view and played to its
//   end without anything running; no Content-Security-Policy violation on any view;
// - a real panic in the running app: the error view, its "Copy details", and a way back;
// - axe-core on every view in both themes (zero violations), and screenshots of every view
//   at 375 px and 1440 px wide in artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, openPage, screenshot, cli, ROOT } from "./support.mjs";
import { openAll, openBreakdown } from "./review.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIO = "launch-support-scripts";
const PREFIX = "judgement-call/v1/";
const expert = (id) => JSON.parse(cli(["analyse", "--format", "json", `scenarios/${id}.scenario`])).scenarios[0].expert_log;

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, { back = false, limit = 150 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Answers the current decision from the keyboard as a `play --responses` token says. */
async function answerByKeyboard(page, token, turn) {
  const [, kind, body, level] = token.match(/^([prkt])([0-9A-Z]*)(?:c([123]))?$/);
  const here = `.turn[data-turn="${turn}"]`;
  const twoStep = await page.locator(`${here} button[data-submit]`).count() > 0;
  switch (kind) {
    case "p":
      await tabTo(page, `${here} button[data-choice="${body}"]`);
      await page.keyboard.press(twoStep ? "Space" : "Enter");
      break;
    case "r":
      for (const [option, value] of [...body].entries()) {
        // Tab lands on a group's first radio (none is checked yet); arrows choose the value.
        await tabTo(page, `${here} input[data-option="${option}"][data-value="1"]`);
        await page.keyboard.press("Space");
        for (let v = 1; v < Number(value); v++) await page.keyboard.press("ArrowRight");
        assert.ok(await page.locator(`${here} input[data-option="${option}"][data-value="${value}"]`).isChecked());
      }
      break;
    case "k": {
      const order = [...body].map((c) => parseInt(c, 36));
      for (const [place, option] of order.entries()) {
        const at = () => page.locator(`${here} ol.ranking > li`).evaluateAll((lis, o) => lis.findIndex((li) => li.dataset.option === String(o)), option);
        if (await at() <= place) continue;
        await tabTo(page, `${here} li[data-option="${option}"] button:first-of-type`);
        // Focus follows the item as it moves, so Enter moves it again.
        while (await at() > place) await page.keyboard.press("Enter");
      }
      break;
    }
    case "t":
      for (const [option, bit] of [...body].entries()) {
        if (bit !== "1") continue;
        await tabTo(page, `${here} input[type="checkbox"][data-option="${option}"]`);
        await page.keyboard.press("Space");
      }
      break;
  }
  if (level) {
    await tabTo(page, `${here} input[name="confidence"]`);
    await page.keyboard.press("Space");
    for (let l = 1; l < Number(level); l++) await page.keyboard.press("ArrowRight");
    assert.ok(await page.locator(`${here} input[name="confidence"][data-level="${level}"]`).isChecked());
  }
  if (kind !== "p" || twoStep) {
    await tabTo(page, `${here} button[data-submit]`);
    await page.keyboard.press("Enter");
  }
}

test("a whole scenario plays with the keyboard alone, and focus follows the story", async () => {
  const tokens = expert(SCENARIO).split(".");
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}#/play/${SCENARIO}`);
  for (const [turn, token] of tokens.entries()) {
    await page.locator(`.turn[data-turn="${turn}"]`).waitFor();
    if (turn > 0) {
      // After each response, focus is on the heading of what comes next.
      assert.equal(await page.evaluate(() => document.activeElement?.id), "turn-title");
    }
    await answerByKeyboard(page, token, turn);
  }
  await page.locator("#ending-title").waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "turn-title");
  // The ending shows the score and verdict `judgement-call play --responses` gives.
  const [, score, verdict] = /Overall score: ([\d.]+) \/ 100 \(pass mark \d+: (passed|not passed)\)/
    .exec(cli(["play", `scenarios/${SCENARIO}.scenario`, "--responses", tokens.join(".")]));
  assert.equal(await page.locator(".score-value").innerText(), score);
  assert.match(await page.locator(".verdict").innerText(), verdict === "passed" ? /^Passed/ : /^Not passed/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("progress is saved after every response and resumes exactly after a reload", async () => {
  const tokens = expert("poor-soil").split(".");
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.url}#/play/poor-soil`);
  for (const [turn, token] of tokens.slice(0, 2).entries()) {
    await page.locator(`.turn[data-turn="${turn}"]`).waitFor();
    await answerByKeyboard(page, token, turn);
  }
  await page.locator('.turn[data-turn="2"]').waitFor();
  const saved = await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/poor-soil`);
  assert.match(saved, /^jc1 poor-soil [0-9a-f]{8} [0-9a-f]+ \S+\.\S+$/);
  const scene = await page.locator(".turn .scene").innerText();
  await page.reload();
  await page.locator('.turn[data-turn="2"]').waitFor();
  assert.equal(await page.locator(".turn .scene").innerText(), scene);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/poor-soil`), saved);
  // The library shows it as begun.
  await page.goto(server.url);
  await page.getByRole("link", { name: "Continue Poor soil" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a damaged, an old or a foreign save starts that scenario afresh with a notice, and touches nothing else", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url);
  await page.locator(".card").first().waitFor();
  const good = "jc1 second-attempt 00000000 1";
  const cases = [
    ["poor-soil", "this is not a playthrough }{", /damaged/],
    ["tour-of-duty", "jc1 tour-of-duty 0badc0de 5 p0", /has changed/],
    ["review-narrative", "jc1 poor-soil 00000000 1 p0", /another scenario/],
  ];
  await page.evaluate(([cases, prefix, good]) => {
    for (const [id, text] of cases) localStorage.setItem(`${prefix}progress/${id}`, text);
    localStorage.setItem(`${prefix}progress/second-attempt`, good);
  }, [cases.map(([id, text]) => [id, text]), PREFIX, good]);
  for (const [id, text, why] of cases) {
    await page.goto(`${server.url}#/play/${id}`);
    await page.locator('.turn[data-turn="0"]').waitFor();
    const notice = page.locator(".notice", { hasText: "Your saved progress could not be used" });
    await notice.waitFor();
    assert.match(await notice.innerText(), why);
    // The unusable save is kept aside, not lost, and the scenario plays from the start.
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}discarded/${id}`), text);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/${id}`), null);
    assert.deepEqual(await axe(page), []);
  }
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/second-attempt`), good);
  // Once moved aside, a reload shows no notice.
  await page.reload();
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.equal(await page.locator(".notice").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("without storage the app plays from memory and says so", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("The operation is insecure.", "SecurityError"); } });
  });
  await page.goto(server.url);
  await page.locator(".notice", { hasText: "not keeping your progress" }).waitFor();
  await page.getByRole("link", { name: "Play Poor soil" }).click();
  const token = expert("poor-soil").split(".")[0];
  await page.locator('.turn[data-turn="0"]').waitFor();
  await page.locator(".notice", { hasText: "not keeping your progress" }).waitFor();
  await answerByKeyboard(page, token, 0);
  await page.locator('.turn[data-turn="1"]').waitFor();
  // Back in the library the progress is still there, for this visit.
  await page.getByRole("link", { name: "Library", exact: true }).click();
  await page.getByRole("link", { name: "Continue Poor soil" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a scenario full of script payloads opens in the Author view and plays to its end without running any", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  await page.goto(`${server.url}#/author`);
  await page.locator("#scenario-file").setInputFiles(path.join(ROOT, "tests/e2e/fixtures/xss.scenario"));
  await page.locator(".diagnostics h2", { hasText: "No problems found" }).waitFor();
  // Every payload is text: the title reads as written.
  assert.match(await page.locator("#scenario-title").innerText(), /<img src=x onerror=window.__xss=1>/);
  for (let turn = 0; ; turn++) {
    const here = page.locator(`.turn[data-turn="${turn}"]`);
    await here.waitFor();
    if (await page.locator("#ending-title").count()) break;
    if (await here.locator("button[data-choice]").count()) await here.locator("button[data-choice]").first().click();
    for (const option of await here.locator("fieldset.rating").all()) await option.locator('input[data-value="4"]').check();
    if (await here.locator("textarea").count()) await here.locator("textarea").fill('<img src=x onerror="window.__xss=1">');
    if (await here.locator('input[name="confidence"]').count()) await here.locator('input[name="confidence"][data-level="2"]').check();
    if (await here.locator("input[type=checkbox]").count()) await here.locator("input[type=checkbox]").first().check();
    if (await here.locator("button[data-submit]").count()) await here.locator("button[data-submit]").click();
  }
  await screenshot(page, "author-xss-ending-1440");
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.every((h) => h.startsWith("#/") || h.startsWith("https:") || h === "./"), hrefs.join(" "));
  assert.equal(await page.locator("main img, main script, main svg:not(.mark), main iframe").count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("no view breaks the Content-Security-Policy, and nothing inline is needed", async () => {
  const { context, page, problems } = await openPage(browser);
  const violations = [];
  await page.exposeFunction("__violation", (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => window.__violation(`${e.violatedDirective} ${e.blockedURI}`)));
  const csp = () => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const hash of ["#/", `#/play/${SCENARIO}`, `#/debrief/${SCENARIO}`, "#/profile", "#/settings", "#/author"]) {
    await page.goto(`${server.url}${hash}`);
    await page.locator("main h1").first().waitFor();
    assert.match(await csp(), /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(await csp(), /unsafe-inline/);
    assert.equal(await page.locator("script:not([src])").count(), 0);
    assert.equal(await page.locator("[style]").count(), 0);
  }
  await page.getByRole("button", { name: "Open example" }).click();
  await page.locator(".diagnostics").waitFor();
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Dark").check();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.equal(await page.locator("[style]").count(), 0);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a panic in the running app shows the error view, whose Copy details copies the details, and a reload recovers", async () => {
  // The trigger is a real one, not a backdoor: a content blocker or reader extension that
  // removes an element of the page the app still manages. Here it is the footer under the
  // scenario; on the next response Yew inserts the new scene before that footer, the
  // browser refuses (the footer is gone), and Yew panics. The same happens to any Yew app
  // whose page an extension edits, so the error view must catch it.
  const { context, page, problems } = await openPage(browser);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${server.url}#/play/poor-soil`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await page.evaluate(() => document.querySelector(".session-foot").remove());
  await answerByKeyboard(page, expert("poor-soil").split(".")[0], 0);
  await page.getByRole("heading", { name: "Something went wrong" }).waitFor();
  assert.equal(await page.locator("main.panic").count(), 1);
  const details = await page.locator("#panic-details").innerText();
  assert.match(details, /panicked at .*failed to insert node/s);
  await page.getByRole("button", { name: "Copy details" }).click();
  await page.getByRole("button", { name: "Copied" }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), details);
  assert.ok(problems.some((p) => p.includes("panicked at")), "the panic is logged for developers too");
  // The way back works: the app starts again and the scenario opens.
  await page.getByRole("link", { name: "Reload Judgement Call" }).click();
  await page.locator(".card").first().waitFor();
  await page.goto(`${server.url}#/play/poor-soil`);
  await page.locator(".turn").first().waitFor();
  await context.close();
});

/** Brings a page to each view in turn, calling `visit(name)` at each. */
async function everyView(page, visit) {
  await page.goto(server.url);
  await page.locator(".welcome").waitFor();
  await visit("library-welcome");
  await page.goto(`${server.url}#/play/${SCENARIO}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await visit("play-first-decision");
  const [first, second] = expert(SCENARIO).split(".");
  await answerByKeyboard(page, first, 0);
  await page.locator('.turn[data-turn="1"]').waitFor();
  await visit("play-feedback");
  await answerByKeyboard(page, second, 1);
  await page.locator('.turn[data-turn="2"]').waitFor();
  await visit("play-checklist");
  await page.goto(server.url);
  await page.locator(".card-progress, .progress").first().waitFor();
  await visit("library-in-progress");
  // An assessment from the start to its ending, with the feedback held until then.
  await page.goto(`${server.url}#/play/new-manager-hiring`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await page.getByLabel("Assessment").check();
  const tokens = expert("new-manager-hiring").split(".");
  for (const [turn, token] of tokens.entries()) {
    await page.locator(`.turn[data-turn="${turn}"]`).waitFor();
    if (turn === 2) await visit("play-rank-or-rate");
    await answerByKeyboard(page, token, turn);
  }
  await page.locator("#ending-title").waitFor();
  await visit("play-ending-assessment");
  await page.getByRole("link", { name: "See your debrief" }).click();
  await page.locator(".debrief .lesson").waitFor();
  await visit("debrief");
  await openBreakdown(page);
  await page.locator(".held-item summary").first().click();
  await openAll(page, ".debrief details.fold");
  await visit("debrief-open");
  await page.getByRole("link", { name: "Profile", exact: true }).click();
  await page.locator(".profile .trends").waitFor();
  await visit("profile");
  await page.goto(`${server.url}#/author`);
  await page.locator("#scenario-file").setInputFiles(path.join(ROOT, "tests/e2e/fixtures/broken.scenario"));
  await page.locator(".finding").first().waitFor();
  await visit("author-diagnostics");
  await page.getByRole("button", { name: "Open example" }).click();
  await page.locator(".state-panel").waitFor();
  await visit("author-play");
  await page.goto(`${server.url}#/settings`);
  await page.getByRole("heading", { name: "Settings" }).waitFor();
  await visit("settings");
  await page.goto(`${server.url}#/play/no-such-scenario`);
  await page.getByRole("heading", { name: "Scenario not found" }).waitFor();
  await visit("not-found");
}

for (const theme of ["light", "dark"]) {
  test(`axe finds no violations on any view in the ${theme} theme`, async () => {
    const { context, page } = await openPage(browser, { colorScheme: theme, viewport: { width: 1280, height: 900 } });
    const found = [];
    await everyView(page, async (name) => {
      for (const v of await axe(page)) found.push(`${name}: ${v}`);
    });
    assert.deepEqual(found, []);
    await context.close();
  });
}

for (const width of [320, 1920]) {
  test(`every view fits a ${width} px window`, async () => {
    const { context, page } = await openPage(browser, { viewport: { width, height: 900 } });
    await everyView(page, async (name) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} is ${overflow} px too wide at ${width} px`);
    });
    await context.close();
  });
}

for (const width of [375, 1440]) {
  test(`screenshots of every view at ${width} px`, async () => {
    const { context, page } = await openPage(browser, { viewport: { width, height: 900 }, colorScheme: width === 375 ? "dark" : "light" });
    await everyView(page, async (name) => {
      await screenshot(page, `${name}-${width}`);
      // Nothing is wider than the window.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} is ${overflow} px too wide at ${width} px`);
    });
    await context.close();
  });
}
