// The release app in headless Chromium: the library lists the built-in scenarios, a
// scenario opens at its first decision, and axe-core finds no accessibility violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, openPage, screenshot } from "./support.mjs";

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the library lists the built-in scenarios", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(server.url);
  await page.getByRole("heading", { name: "Scenario library" }).waitFor();
  assert.ok(await page.locator(".card").count() >= 14);
  assert.equal(await page.getByRole("link", { name: "Play Launch week, old scripts" }).count(), 1);
  await screenshot(page, "library");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a scenario opens at its first decision and takes a response", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.getByRole("link", { name: "Play Launch week, old scripts" }).click();
  await page.getByRole("heading", { name: "Launch week, old scripts" }).waitFor();
  assert.equal(new URL(page.url()).hash, "#/play/launch-support-scripts");
  await page.locator('.turn[data-turn="0"]').waitFor();
  assert.ok(await page.locator("button[data-choice]").count() >= 2);
  await screenshot(page, "first-decision");
  assert.deepEqual(await axe(page), []);
  await page.locator("button[data-choice]").first().click();
  await page.locator('input[name="confidence"][data-level="2"]').check();
  await page.locator("button[data-submit]").click();
  await page.locator('.turn[data-turn="1"]').waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an unknown scenario link explains itself", async () => {
  const { context, page, problems } = await openPage(browser);
  const missing = [];
  page.on("response", (r) => { if (r.status() === 404) missing.push(new URL(r.url()).pathname); });
  await page.goto(`${server.url}#/play/no-such-thing`);
  await page.getByRole("heading", { name: "Scenario not found" }).waitFor();
  assert.deepEqual(await axe(page), []);
  // boot.js fetches a linked scenario before the app knows the library; only that fetch fails.
  assert.deepEqual(missing, ["/library/no-such-thing.jcp"]);
  assert.deepEqual(problems.filter((p) => !p.includes("404")), []);
  await context.close();
});
