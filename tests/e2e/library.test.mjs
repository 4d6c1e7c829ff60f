// Every built-in scenario in the release app, played twice in one visit:
// - along the expert's path (practice mode) to the same ending as `judgement-call play
//   --responses` with the same log; its debrief, opened from the ending, shows exactly the
//   CLI's figures for the saved log (overall, pass or not, every item's score, chance,
//   score relative to chance and points lost, every dimension's estimate and band), and says
//   this first attempt is the record;
// - then, from the debrief's Replay, along a poor path (the lowest-scoring bot's, in
//   assessment mode): on a 390 × 844 phone its debrief, before any disclosure is opened, is
//   at most 2,600 px tall with the verdict and the lesson's first line on the first screen;
//   opened, it shows the CLI's figures for that log too, and still names the first attempt,
//   100.0, as the record.
// A screenshot of each ending, and of each poor debrief at 390 px, is kept in artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, screenshot, cli } from "./support.mjs";
import { checkDebrief, glance, library, play } from "./review.mjs";

/** A phone's screen, and the most a debrief may run to on it before anything is opened. */
const PHONE = { width: 390, height: 844 };
const GLANCE = 2600;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const scenarios = library();

test("the library has scenarios to play, each with an expert's and a poor path", () => {
  assert.ok(scenarios.length >= 14, `${scenarios.length} scenarios`);
  for (const s of scenarios) assert.ok(s.expert_log && s.poor_log, `${s.id} has both paths`);
});

for (const scenario of scenarios) {
  test(`${scenario.id}: the expert's path and a poor one, each debriefed with the CLI's figures`, async () => {
    const transcript = cli(["play", `scenarios/${scenario.id}.scenario`, "--responses", scenario.expert_log]);
    const [, ending] = transcript.match(/^Ending: [^,]+, "(.*)"$/m) ?? [];
    assert.ok(ending, "the transcript names the ending");

    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/play/${scenario.id}`);
    await play(page, scenario.expert_log);
    assert.equal(await page.locator("#ending-title").innerText(), ending);
    await screenshot(page, `ending-${scenario.id}`);

    const expert = await checkDebrief(page, scenario.id);
    assert.equal(expert.overall, "100.0");
    assert.match(await page.locator(".standing").innerText(), /first attempt: it stands as your record/);

    await page.getByRole("button", { name: "Replay from the start" }).click();
    await page.locator('.turn[data-turn="0"]').waitFor();
    await page.getByLabel("Assessment").check();
    await play(page, scenario.poor_log);
    const poor = await checkDebrief(page, scenario.id, async (log) => {
      await page.setViewportSize(PHONE);
      const seen = await glance(page);
      assert.equal(seen.open, 0, "nothing is open at first");
      assert.ok(seen.height <= GLANCE, `the debrief of ${log} is ${seen.height} px tall at 390 px (${seen.parts})`);
      assert.ok(seen.verdict <= PHONE.height && seen.lesson <= PHONE.height, `verdict and lesson on the first screen: ${JSON.stringify(seen)}`);
      await screenshot(page, `debrief-poor-${scenario.id}-390`);
      await page.setViewportSize({ width: 1280, height: 900 });
    });
    assert.ok(Number(poor.overall) < 100, `${scenario.poor_bot} scores below the expert`);
    assert.match(
      await page.locator(".standing").innerText(),
      new RegExp(`replay \\(attempt 2\\), for practice: it scored ${poor.overall.replace(".", "\\.")}\\. Your record stays your first attempt, which scored 100\\.0\\.`),
    );
    assert.deepEqual(problems, []);
    await context.close();
  });
}
