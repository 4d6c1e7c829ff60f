// The release app in headless Chromium: the library loads, the placeholder scenario plays to
// an ending, and axe-core finds no accessibility violations on the way.
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
  assert.equal(await page.getByRole("link", { name: "Play The first call" }).count(), 1);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the placeholder scenario plays to its ending", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.getByRole("link", { name: "Play The first call" }).click();
  await page.getByRole("heading", { name: "The first call" }).waitFor();
  assert.match(await page.locator(".prose").innerText(), /Thursday afternoon/);
  assert.equal(await page.locator("button[data-choice]").count(), 2);
  await screenshot(page, "placeholder-decision");
  assert.deepEqual(await axe(page), []);

  await page.getByRole("button", { name: /Call Maya/ }).click();
  await page.getByRole("heading", { name: "A calm Monday" }).waitFor();
  assert.match(await page.locator(".prose").innerText(), /new scripts/);
  assert.equal(new URL(page.url()).hash, "#/play/first-call");
  await screenshot(page, "placeholder-ending");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an unknown scenario link explains itself", async () => {
  const { context, page, problems } = await openPage(browser);
  await page.goto(`${server.url}#/play/no-such-thing`);
  await page.getByRole("heading", { name: "Scenario not found" }).waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
