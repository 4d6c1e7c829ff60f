// Shared pieces of the tests of the Debrief and Profile views: answering a decision as a
// `play --responses` token says, reading the figures a debrief shows, and reading the same
// figures from what `judgement-call play FILE --responses LOG` prints.
import assert from "node:assert/strict";
import { cli } from "./support.mjs";

export const PREFIX = "judgement-call/v1/";

/** Every built-in scenario with its expert's and a poor path's tokens (see `analyse`). */
export function library() {
  return JSON.parse(cli(["analyse", "--format", "json", "scenarios/"])).scenarios;
}

/** Answers one decision in the page as a `play --responses` token says, with a rationale when one is given and asked for. */
export async function answer(page, token, turn, rationale = "") {
  const here = page.locator(`.turn[data-turn="${turn}"]`);
  const [, kind, body, level] = token.match(/^([prkt])([0-9A-Z]*)(?:c([123]))?$/) ?? [];
  assert.ok(kind, `a token the test can play: ${token}`);
  if (rationale && await here.locator("textarea").count()) await here.locator("textarea").fill(rationale);
  switch (kind) {
    case "p": {
      // A pick that asks for nothing else is answered by the press; otherwise it selects.
      const oneStep = await here.locator("button[data-submit]").count() === 0;
      await here.locator(`button[data-choice="${body}"]`).click();
      if (oneStep) return;
      break;
    }
    case "r":
      for (const [option, value] of [...body].entries()) {
        await here.locator(`input[data-option="${option}"][data-value="${value}"]`).check();
      }
      break;
    case "k": {
      const order = [...body].map((c) => parseInt(c, 36));
      for (const [place, option] of order.entries()) {
        const items = here.locator("ol.ranking > li");
        for (;;) {
          const at = await items.evaluateAll((lis, o) => lis.findIndex((li) => li.dataset.option === String(o)), option);
          if (at <= place) break;
          await items.nth(at).getByRole("button", { name: "Move up" }).click();
        }
      }
      break;
    }
    case "t":
      for (const [option, bit] of [...body].entries()) {
        if (bit === "1") await here.locator(`input[type="checkbox"][data-option="${option}"]`).check();
      }
      break;
  }
  if (level) await here.locator(`input[name="confidence"][data-level="${level}"]`).check();
  await here.locator("button[data-submit]").click();
}

/** Plays the tokens of `log` from the first decision to the ending. */
export async function play(page, log, rationales = []) {
  for (const [turn, token] of log.split(".").entries()) {
    await page.locator(`.turn[data-turn="${turn}"]`).waitFor();
    await answer(page, token, turn, rationales[turn] ?? "");
  }
  await page.locator("#ending-title").waitFor();
}

/** The figures `judgement-call play --responses` prints after the transcript. */
export function printed(text) {
  const flat = text.replace(/\s+/g, " ");
  const [, overall, pass, verdict] = flat.match(/Overall score: (\d+\.\d) \/ 100 \(pass mark (\d+): (passed|not passed)\)/) ?? [];
  assert.ok(overall, "the CLI prints the overall score");
  const lines = text.split("\n");
  const items = [];
  const from = lines.findIndex((l) => l.startsWith("Items ("));
  for (const line of lines.slice(from + 2)) {
    const m = line.match(/^\s+(\d+)\s+\S+\s+\S+\s+(\S+)\s+(\d+\.\d\d)\s+(\d+\.\d\d)\s+(\d+\.\d\d)\s+(\d+\.\d)$/);
    if (!m) break;
    items.push({ n: m[1], weight: m[2], score: m[3], chance: m[4], corrected: m[5], lost: m[6] });
  }
  const dimensions = [];
  const start = lines.findIndex((l) => l.startsWith("Profile ("));
  for (const line of lines.slice(start + 1)) {
    const enough = line.match(/^ {3}(\S.*?)\s{2,}(\d\.\d\d)\s{2}\[(\d\.\d\d)-(\d\.\d\d)\]\s{2}evidence/);
    const thin = line.match(/^ {3}(\S.*?)\s{2,}not enough evidence yet/);
    if (enough) dimensions.push({ label: enough[1], estimate: enough[2], band: `[${enough[3]}-${enough[4]}]` });
    else if (thin) dimensions.push({ label: thin[1], estimate: "not enough evidence yet", band: "" });
    else break;
  }
  return { overall, pass, passed: verdict === "passed", items, dimensions };
}

/** The same figures, as the open Debrief view shows them. */
export async function shown(page) {
  const text = async (locator) => (await locator.innerText()).trim();
  const verdict = await text(page.locator(".debrief-head .verdict"));
  const items = [];
  for (const row of await page.locator(".items-table tbody tr").all()) {
    const cell = (name) => text(row.locator(`.item-${name}`));
    items.push({
      n: await text(row.locator("td").first()),
      weight: await cell("weight"), score: await cell("score"), chance: await cell("chance"),
      corrected: await cell("corrected"), lost: await cell("lost"),
    });
  }
  const dimensions = [];
  for (const row of await page.locator(".competency li.dimension").all()) {
    const thin = await row.locator(".thin-text").count();
    dimensions.push({
      label: await text(row.locator(".dimension-label")),
      estimate: thin ? await text(row.locator(".thin-text")) : await text(row.locator(".estimate-text")),
      band: thin ? "" : await text(row.locator(".band-text")),
    });
  }
  return {
    overall: await text(page.locator(".overall-value")),
    pass: verdict.match(/pass mark (\d+)/)?.[1],
    passed: verdict.startsWith("Passed"),
    items,
    dimensions,
  };
}

/** The saved log of scenario `id` in the page's storage. */
export function savedLog(page, id) {
  return page.evaluate((key) => localStorage.getItem(key), `${PREFIX}progress/${id}`);
}

/** Opens every part of the debrief's breakdown, as a reader tapping each would. */
export async function openBreakdown(page) {
  await page.locator(".debrief .breakdown").waitFor();
  await openAll(page, ".debrief details.breakdown-fold");
  await page.locator(".debrief .items-table").waitFor();
}

/** Opens every disclosure `selector` finds, one summary at a time. */
export async function openAll(page, selector) {
  const closed = page.locator(`${selector}:not([open]) > summary`);
  while (await closed.count()) await closed.first().click();
}

/**
 * How the debrief looks before any disclosure is opened: the page's height, where the
 * verdict and the lesson's first line end (in CSS pixels from the top of the page), and the
 * heights of its parts, for a message when it runs long.
 */
export async function glance(page) {
  await page.locator(".debrief .lesson").waitFor();
  return page.evaluate(() => {
    const bottom = (selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return box ? Math.round(box.bottom + window.scrollY) : null;
    };
    const parts = [...document.querySelectorAll(".debrief > *")].map((el) => `${el.className || el.tagName}: ${Math.round(el.getBoundingClientRect().height)}`);
    return {
      height: document.documentElement.scrollHeight,
      open: document.querySelectorAll(".debrief details[open]").length,
      verdict: bottom(".debrief-head .verdict"),
      lesson: bottom(".debrief .lesson .came-to") ?? bottom(".debrief .lesson > p"),
      parts: parts.join(", "),
    };
  });
}

/**
 * Opens the debrief from the ending just reached and checks that every figure it shows is
 * the CLI's for the same saved log, reading the breakdown's disclosures. `before`, when
 * given, runs on the debrief before anything in it is opened. Returns the figures.
 */
export async function checkDebrief(page, id, before = null) {
  const log = await savedLog(page, id);
  assert.match(log, new RegExp(`^jc1 ${id} `));
  await page.getByRole("link", { name: "See your debrief" }).click();
  await page.locator(".debrief .lesson").waitFor();
  if (before) await before(log);
  await openBreakdown(page);
  const expected = printed(cli(["play", `scenarios/${id}.scenario`, "--responses", log, "--full"]));
  const actual = await shown(page);
  assert.deepEqual(actual, expected, `the debrief of ${log} shows the CLI's figures`);
  assert.ok(expected.items.length > 0 && expected.dimensions.length > 0);
  return actual;
}
