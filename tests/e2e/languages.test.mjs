// The interface in more than one language, in the real app in headless Chromium:
// - the browser's language picks the interface's (French for fr-FR, English for a language
//   the app does not have), and the switch in Settings changes it and keeps it;
// - every view in French, at 375 and 1440 px: axe-core clean, no phrase showing as its id,
//   screenshots to look at;
// - no string outside the catalogue: the app is served with its English phrases marked
//   (⟦…⟧) and a French scenario is played through; any English word left unmarked outside a
//   scenario's own text (elements with a `lang` of their own) is a string the catalogue lacks.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, openPage, screenshot, DIST, ROOT } from "./support.mjs";
import { playToEnd, answer } from "./answer.mjs";
import { startRoom } from "./broker.mjs";
import { entries } from "../../web/phrases.js";

const FRENCH = "launch-support-scripts-fr";
let browser;
let server;
let marked;

/**
 * A catalogue with every phrase marked, as the app would show it; words a phrase marks for
 * an element of their own (`<label>…</label>`) are marked inside it too.
 */
function mark(catalogue) {
  return entries(catalogue)
    .map(({ body }) => body.replace(/^([^=]*= *)/, "$1⟦").replace(/<(label|figure|stress)>/g, "<$1>⟦").replace(/<\/(label|figure|stress)>/g, "⟧</$1>") + "⟧")
    .join("\n");
}

before(async () => {
  browser = await launch();
  server = await serve();
  const dir = await mkdtemp(path.join(tmpdir(), "judgement-call-marked-"));
  for (const file of await readdir(path.join(DIST, "lang", "en"))) {
    await writeFile(path.join(dir, file), mark(await readFile(path.join(DIST, "lang", "en", file), "utf8")));
  }
  marked = await serve(DIST, { "/lang/en/": dir });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await marked?.close();
});

/** Every text the page shows or says: text nodes and accessible attributes, each with whether it is a scenario's own (inside an element with a `lang` of its own). */
function texts(page) {
  return page.evaluate(() => {
    const found = [{ text: document.title, own: false }];
    const own = (node) => {
      const element = node.nodeType === 1 ? node : node.parentElement;
      const lang = element?.closest("[lang]");
      return Boolean(lang && lang !== document.documentElement);
    };
    // Text by the element holding it, with the elements inside it: a phrase may hold a
    // link or a command, which splits it into several text nodes.
    const holders = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest("script, style, noscript")) continue;
      if (!node.textContent.trim()) continue;
      if (own(node)) continue;
      holders.add(node.parentElement);
    }
    for (const holder of holders) {
      // The text of the holder without what a scenario says inside it.
      const copy = holder.cloneNode(true);
      for (const inner of copy.querySelectorAll("[lang]")) inner.remove();
      if (copy.textContent.trim()) found.push({ text: copy.textContent.trim(), own: false });
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-description]")) {
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-description"]) {
        const value = element.getAttribute(name);
        if (value?.trim()) found.push({ text: value.trim(), own: own(element) });
      }
    }
    return found;
  });
}

// Words only English has: a text holding one, unmarked, was not said through the catalogue.
const ENGLISH = /(?<!\p{L})(the|and|you|your|with|this|that|what|for|are|was|not|from|have|has|been|will|when|which|into|about|than|then|there|their|would|could|should|after|before|answer|scenario|decision|score|option)(?!\p{L})/iu;
const unmarked = (text) => {
  let left = text;
  for (let before = null; before !== left;) {
    before = left;
    left = left.replace(/⟦[^⟦⟧]*⟧/g, " ");
  }
  return left;
};

async function ids() {
  const found = new Set();
  for (const file of await readdir(path.join(DIST, "lang", "en"))) {
    const text = await readFile(path.join(DIST, "lang", "en", file), "utf8");
    for (const m of text.matchAll(/^([a-z][\w-]*-[\w-]+) *=/gm)) found.add(m[1]);
  }
  return found;
}

/** The views a learner, an author and a facilitator open, each with what shows it is ready. */
const VIEWS = [
  { name: "library", hash: "#/", ready: "#library-title" },
  { name: "settings", hash: "#/settings", ready: "#settings-title" },
  { name: "profile", hash: "#/profile", ready: "main h1" },
  { name: "author", hash: "#/author", ready: "main h1" },
  { name: "cohort", hash: "#/cohort", ready: "main h1" },
  { name: "panel", hash: `#/panel/${FRENCH}`, ready: "main h1" },
  { name: "guide", hash: `#/facilitate/${FRENCH}/guide`, ready: "main h1" },
  { name: "presenter", hash: `#/facilitate/${FRENCH}`, ready: "main h1" },
  { name: "projector", hash: `#/facilitate/${FRENCH}/projector`, ready: "main h1, main h2" },
  { name: "join", hash: `#/join/${FRENCH}`, ready: '.turn[data-turn="0"], main h1' },
];

test("the browser's language picks the interface's, and Settings changes it", async () => {
  for (const [locale, lang, title] of [["fr-FR", "fr", "Bibliothèque de scénarios"], ["fr-CA", "fr", "Bibliothèque de scénarios"], ["de-DE", "en", "Scenario library"]]) {
    const { context, page, problems } = await openPage(browser, { locale });
    await page.goto(server.url);
    await page.locator("#library-title").waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), lang, locale);
    assert.equal(await page.locator("#library-title").innerText(), title, locale);
    assert.deepEqual(problems, [], locale);
    await context.close();
  }
  const { context, page, problems } = await openPage(browser, { locale: "en-GB" });
  await page.goto(`${server.url}#/settings`);
  await page.getByRole("heading", { name: "Settings" }).waitFor();
  await page.getByLabel("Français").click();
  await page.getByRole("heading", { name: "Réglages" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "fr");
  // Kept: the next visit opens in French.
  await page.goto(server.url);
  await page.getByRole("heading", { name: "Bibliothèque de scénarios" }).waitFor();
  // The French library shows the translated scenarios first, and says when one is in English.
  const first = await page.locator(".card h2").first().getAttribute("lang");
  assert.equal(first, "fr");
  assert.ok(await page.locator(".card .language", { hasText: "En anglais" }).count() > 0);
  await page.goto(`${server.url}#/settings`);
  await page.getByLabel("Celle de mon navigateur").click();
  await page.getByRole("heading", { name: "Settings" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(problems, []);
  await context.close();
});

/** Opens every view, plays the French scenario through to its debrief, and calls `check(page, name)` on each. */
async function tour(page, url, check) {
  for (const view of VIEWS) {
    await page.goto(url + view.hash);
    await page.locator(view.ready).first().waitFor();
    await page.waitForLoadState("networkidle");
    await check(page, view.name);
  }
  // The Author view with a file the engine finds problems in.
  await page.goto(`${url}#/author`);
  await page.locator("#scenario-file").setInputFiles(path.join(ROOT, "tests/e2e/fixtures/broken.scenario"));
  await page.locator(".diagnostics .finding").first().waitFor();
  await check(page, "author-findings");
  await page.goto(`${url}#/play/${FRENCH}`);
  await page.locator('.turn[data-turn="0"]').waitFor();
  await check(page, "play");
  await answer(page, 0, 0);
  await check(page, "feedback");
  await playToEnd(page, 1, 0);
  await page.locator("#ending-title").waitFor();
  await check(page, "ending");
  await page.goto(`${url}#/debrief/${FRENCH}`);
  await page.locator("main h1").first().waitFor();
  await page.waitForLoadState("networkidle");
  await check(page, "debrief");
  // Every fold of the breakdown open: the figures, the items, the profile, the paths, the outcome.
  await page.locator("details").evaluateAll((folds) => folds.forEach((fold) => { fold.open = true; }));
  await check(page, "debrief-open");
}

for (const width of [375, 1440]) {
  test(`every view in French at ${width} px: axe-clean, no phrase showing as its id`, async () => {
    const { context, page, problems } = await openPage(browser, { locale: "fr-FR", viewport: { width, height: 900 } });
    const known = await ids();
    await tour(page, server.url, async (page, name) => {
      assert.equal(await page.locator("html").getAttribute("lang"), "fr", name);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${name}: axe`);
      const shown = (await texts(page)).filter(({ text }) => text.split(/\s+/).some((word) => known.has(word.replace(/[.,:;!?]+$/, ""))));
      assert.deepEqual(shown, [], `${name}: phrases shown as their ids`);
      await screenshot(page, `fr-${name}-${width}`);
    });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("no string outside the catalogue: with every phrase marked, no English is left unmarked", async () => {
  const { context, page, problems } = await openPage(browser, { locale: "en-GB" });
  const left = [];
  await tour(page, marked.url, async (page, name) => {
    for (const { text, own } of await texts(page)) {
      if (own) continue;
      const rest = unmarked(text);
      if (ENGLISH.test(rest)) left.push(`${name}: ${JSON.stringify(text)}`);
    }
  });
  assert.deepEqual([...new Set(left)], [], "English the catalogue does not hold");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a live room in French: the presenter's panel and a phone's vote view, and no English outside the catalogue", async (t) => {
  const room = await startRoom(FRENCH);
  t.after(() => room.stop());
  const known = await ids();
  // The same links from the server whose English phrases are marked: only the page's origin changes.
  const onMarked = (link) => new URL(new URL(link).pathname + new URL(link).search + new URL(link).hash, marked.url).href;
  const views = [
    { name: "live-presenter", link: room.presenterLink, ready: '.live-panel .live-status[data-status="live"]' },
    { name: "vote", link: room.joinLink, ready: '.turn[data-turn="0"]' },
  ];
  for (const view of views) {
    for (const width of [375, 1440]) {
      const { context, page, problems } = await openPage(browser, { locale: "fr-FR", viewport: { width, height: 900 } });
      await page.goto(view.link);
      await page.locator(view.ready).first().waitFor();
      assert.equal(await page.locator("html").getAttribute("lang"), "fr", view.name);
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`), [], `${view.name}: axe`);
      const shown = (await texts(page)).filter(({ text }) => text.split(/\s+/).some((word) => known.has(word.replace(/[.,:;!?]+$/, ""))));
      assert.deepEqual(shown, [], `${view.name}: phrases shown as their ids`);
      await screenshot(page, `fr-${view.name}-${width}`);
      assert.deepEqual(problems, [], view.name);
      await context.close();
    }
    const { context, page, problems } = await openPage(browser, { locale: "en-GB" });
    await page.goto(onMarked(view.link));
    await page.locator(view.ready).first().waitFor();
    const left = (await texts(page)).filter(({ text, own }) => !own && ENGLISH.test(unmarked(text))).map(({ text }) => text);
    assert.deepEqual(left, [], `${view.name}: English the catalogue does not hold`);
    assert.deepEqual(problems, [], view.name);
    await context.close();
  }
});
