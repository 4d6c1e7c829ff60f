// Answering a scenario in the app the way a learner would, for the tests that play through
// the real app (lms.test.mjs, cohort.test.mjs): one decision at a time, in one of several
// fixed styles, so that different learners give different answers the same way each run.
export const click = (locator) => locator.evaluate((element) => element.click());

/**
 * Answers decision `turn` in `style` (0, 1, 2, …), the same whatever order the options are
 * shown in. Style 0 takes the first option of a pick, the first two items of a checklist,
 * ratings 1, 4, 7, 3, …, a ranking in authored order, and "fairly sure" when confidence is
 * asked; style k takes the option k along (wrapping round), the items k and k+1, every
 * rating moved k along, the ranking reversed when k is odd, and confidence 2, 3, 1 in turn.
 */
export async function answer(app, turn, style = 0) {
  const here = app.locator(`.turn[data-turn="${turn}"]`);
  await here.waitFor();
  const twoStep = (await here.locator("button[data-submit]").count()) > 0;
  const choices = await here.locator("button[data-choice]").count();
  const boxes = await here.locator('input[type="checkbox"][data-option]').count();
  if (choices) {
    await click(here.locator(`button[data-choice="${style % choices}"]`));
  } else if (boxes) {
    for (const option of [style % boxes, (style + 1) % boxes]) await click(here.locator(`input[type="checkbox"][data-option="${option}"]`));
  } else if (await here.locator("input[data-option][data-value]").count()) {
    const count = await here.locator('input[data-value="1"]').count();
    for (let option = 0; option < count; option++) {
      await click(here.locator(`input[data-option="${option}"][data-value="${((option * 3 + style) % 7) + 1}"]`));
    }
  } else if (await here.locator("ol.ranking > li").count()) {
    const count = await here.locator("ol.ranking > li").count();
    const order = [...Array(count).keys()];
    if (style % 2) order.reverse();
    const at = (option) => here.locator("ol.ranking > li").evaluateAll((lis, o) => lis.findIndex((li) => li.dataset.option === String(o)), option);
    for (const [place, option] of order.entries()) {
      while ((await at(option)) > place) await click(here.locator(`li[data-option="${option}"] button`).first());
    }
  }
  if (await here.locator('input[name="confidence"]').count()) {
    await click(here.locator(`input[name="confidence"][data-level="${[2, 3, 1][style % 3]}"]`));
  }
  if (twoStep) await click(here.locator("button[data-submit]"));
  await app.locator(`.turn[data-turn="${turn + 1}"], #ending-title`).first().waitFor();
}

/** Answers from decision `from` until the story ends, in `style`; returns the number of responses. */
export async function playToEnd(app, from = 0, style = 0) {
  let turn = from;
  while (!(await app.locator("#ending-title").count())) await answer(app, turn++, style);
  return turn;
}
