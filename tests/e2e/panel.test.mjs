// The expert panel end to end, in the release build: three experts open the rating link
// (`#/panel/<id>`) in their own browsers, rate every option (one of them by keyboard only),
// and download their ratings files; `judgement-call panel merge` reads the three files and
// reports the panel's figures. The view never shows the file's current ratings, keeps what an
// expert has rated across a reload, and offers the file only once everything is rated.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { cli, launch, openPage, screenshot, serve, ROOT } from "./support.mjs";

const SCENARIO = "launch-support-scripts";

let browser, server;
before(async () => {
  browser = await launch();
  server = await serve();
});
after(async () => { await browser?.close(); server?.close(); });

/** Rates every option of every decision: `pick(decision, option)` says how (1–7). */
async function rateAll(page, pick) {
  const sections = page.locator(".panel-decision");
  const n = await sections.count();
  for (let d = 0; d < n; d++) {
    const section = sections.nth(d);
    const options = await section.locator('input[data-value="1"]').count();
    for (let o = 0; o < options; o++) {
      await section.locator(`input[data-option="${o}"][data-value="${pick(d, o)}"]`).check();
    }
  }
}

/** Downloads the expert's ratings file into `dir`; resolves to its path. */
async function download(page, dir, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-panel="download"]').click()]);
  assert.match(file.suggestedFilename(), new RegExp(`^${SCENARIO}-[a-z0-9-]+\\.jcr$`));
  const to = path.join(dir, name);
  await copyFile(await file.path(), to);
  return to;
}

test("experts rate in the browser, and the panel merge reads their files", async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-panel-"));
  const experts = [
    { name: "Dana Okafor", about: "VP of Product", pick: (d, o) => ((d + o) % 7) + 1 },
    { name: "Luis Ferreira", about: "", pick: (d, o) => ((d + o + 1) % 7) + 1 },
    { name: "Mei Tanaka", about: "Founder", pick: (d, o) => ((d + o) % 7) + 1 },
  ];
  const files = [];
  for (const [i, expert] of experts.entries()) {
    const { page, context, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/panel/${SCENARIO}`);
    await page.locator(".panel-decision").first().waitFor();
    assert.equal(await page.title(), "Rate the options: Launch week, old scripts · Judgement Call");
    // The file's ratings are nowhere on the page.
    assert.doesNotMatch(await page.locator("main").innerText(), /Experts?:|of 7\b|mean/i);
    assert.equal(await page.locator('button[data-panel="download"]').isDisabled(), true);
    if (i === 0) {
      assert.deepEqual((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id), []);
      await screenshot(page, "panel-rating-empty");
    }
    await page.locator("#rater-name").fill(expert.name);
    await page.locator("#rater-name").press("Tab");
    if (expert.about) {
      await page.locator("#rater-about").fill(expert.about);
      await page.locator("#rater-about").press("Tab");
    }
    if (i === 1) {
      // Keyboard only: Tab into each group, arrows to the rating.
      const groups = await page.locator("fieldset.rating").count();
      await page.locator("fieldset.rating").first().locator("input").first().focus();
      const sections = page.locator(".panel-decision");
      let g = 0;
      for (let d = 0; d < (await sections.count()); d++) {
        const options = await sections.nth(d).locator("fieldset.rating").count();
        for (let o = 0; o < options; o++, g++) {
          const input = sections.nth(d).locator(`input[data-option="${o}"][data-value="1"]`);
          await input.focus();
          await page.keyboard.press("Space");
          for (let k = 1; k < expert.pick(d, o); k++) await page.keyboard.press("ArrowRight");
        }
      }
      assert.equal(g, groups);
    } else {
      await rateAll(page, expert.pick);
    }
    const first = page.locator(".panel-decision").first();
    await first.locator("textarea").fill(i === 2 ? "Rowena's estimate decides this one." : "");
    await first.locator("textarea").press("Tab");
    // A reload loses nothing.
    await page.reload();
    await page.locator(".panel-decision").first().waitFor();
    assert.equal(await page.locator("#rater-name").inputValue(), expert.name);
    const count = page.locator(".panel-count");
    assert.equal(await count.getAttribute("data-done"), await count.getAttribute("data-total"));
    if (i === 2) {
      assert.equal(await first.locator("textarea").inputValue(), "Rowena's estimate decides this one.");
      await screenshot(page, "panel-rating-done");
    }
    files.push(await download(page, dir, `expert-${i}.jcr`));
    assert.deepEqual(problems, []);
    await context.close();
  }
  const text = await readFile(files[2], "utf8");
  assert.match(text, /^jcr1 ratings\nscenario: launch-support-scripts [0-9a-f]{8}\nrater: Mei Tanaka\nabout: Founder\n/);
  assert.match(text, /comment: Rowena's estimate decides this one\./);

  const scenario = path.join(ROOT, "scenarios", `${SCENARIO}.scenario`);
  const merged = JSON.parse(cli(["panel", "merge", scenario, ...files, "--format", "json"]));
  const raters = merged.raters.map((r) => r.name);
  assert.deepEqual(raters, ["Dana Okafor", "Luis Ferreira", "Mei Tanaka"]);
  // Each option's mean is the mean of what the three experts clicked.
  const first = merged.decisions[0];
  first.options.forEach((option, o) => {
    const clicked = experts.map((e) => e.pick(0, o));
    const mean = clicked.reduce((a, b) => a + b) / 3;
    assert.ok(Math.abs(option.mean - mean) < 0.01, `${option.id}: ${option.mean} vs ${mean}`);
  });
});

test("a rating link to a scenario the library does not have says so", async () => {
  const { page, context, problems } = await openPage(browser);
  await page.goto(`${server.url}#/panel/no-such-scenario`);
  await page.locator(".notice", { hasText: "Scenario not found" }).waitFor();
  // The one problem is the library's answer that it has no such file.
  assert.deepEqual(problems.filter((p) => !p.includes("404")), []);
  await context.close();
});
