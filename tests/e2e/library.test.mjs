// Every built-in scenario, played to its end in the release app by the expert's responses,
// reaches the same ending as `judgement-call play --responses` with the same log; a
// screenshot of each ending is kept in artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openPage, screenshot, cli } from "./support.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Answers one decision in the page as a `play --responses` token says. */
async function answer(page, token, turn) {
  const here = page.locator(`.turn[data-turn="${turn}"]`);
  const [, kind, body, level] = token.match(/^([prkt])([0-9A-Z]*)(?:c([123]))?$/) ?? [];
  assert.ok(kind, `a token the test can play: ${token}`);
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
        await page.locator(`input[data-option="${option}"][data-value="${value}"]`).check();
      }
      break;
    case "k": {
      const order = [...body].map((c) => parseInt(c, 36));
      for (const [place, option] of order.entries()) {
        const items = page.locator("ol.ranking > li");
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
        if (bit === "1") await page.locator(`input[type="checkbox"][data-option="${option}"]`).check();
      }
      break;
  }
  if (level) await here.locator(`input[name="confidence"][data-level="${level}"]`).check();
  await here.locator("button[data-submit]").click();
}

const scenarios = JSON.parse(cli(["analyse", "--format", "json", "scenarios/"])).scenarios;

test("the library has scenarios to play", () => {
  assert.ok(scenarios.length >= 14, `${scenarios.length} scenarios`);
});

for (const scenario of scenarios) {
  test(`${scenario.id} plays to the expert's ending in the browser`, async () => {
    const transcript = cli(["play", `scenarios/${scenario.id}.scenario`, "--responses", scenario.expert_log]);
    const [, ending] = transcript.match(/^Ending: [^,]+, "(.*)"$/m) ?? [];
    assert.ok(ending, "the transcript names the ending");

    const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/play/${scenario.id}`);
    const tokens = scenario.expert_log.split(".");
    for (const [turn, token] of tokens.entries()) {
      await page.locator(`.turn[data-turn="${turn}"]`).waitFor();
      await answer(page, token, turn);
    }
    await page.locator("#ending-title").waitFor();
    assert.equal(await page.locator("#ending-title").innerText(), ending);
    await screenshot(page, `ending-${scenario.id}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
