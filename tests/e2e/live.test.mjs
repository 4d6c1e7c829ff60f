// Live workshop rooms end to end, in the release build, on a real broker: `judgement-call
// room` (the app and its embedded MQTT broker) and Debian's Mosquitto with a WebSocket
// listener. A presenter opens the room from the command's link, a projector follows it from
// another browser context, and several phones vote; the tallies must equal the votes cast.
// Also: the lock at the timer's zero and by hand, the reveal, named and team answers, a
// phone joining late, the presenter reloading, the broker restarting mid-vote, and forged,
// oversized, malformed and replayed messages refused, counted and never shown.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { launch, openPage, screenshot, serve } from "./support.mjs";
import { startRoom, startMosquitto } from "./broker.mjs";

const SCENARIO = "launch-support-scripts";

let browser, room;
before(async () => {
  browser = await launch();
  const started = await startRoom(SCENARIO);
  room = { ...started, presenter: started.presenterLink, join: started.joinLink };
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
  // The way to codes leaves the live room's query behind, at the app's own address.
  const codes = await phones[0].page.locator(".fallback a").getAttribute("href");
  assert.equal(codes, `${new URL(room.join).origin}/#/join/${SCENARIO}`);

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

  // Closing the room tells the phones, and a phone that opens the link afterwards too.
  await presenter.locator('button[data-live="close"]').click();
  await presenter.locator(".broker-form").waitFor();
  await phones[0].page.locator(".turn[data-closed]").waitFor();
  assert.equal(await phones[0].page.locator("button[data-choice]").count(), 0);
  const after = await openPage(browser, { viewport: { width: 375, height: 740 } });
  await after.page.goto(room.join);
  await after.page.locator(".turn[data-closed]").waitFor();
  await screenshot(after.page, "live-phone-room-closed");
  assert.deepEqual(await axe(after.page), []);
  for (const opened of [presenterCtx, projectorCtx, after, ...phones]) await opened.context.close();
});

/**
 * A small MQTT 3.1.1 client run inside `page` (a page without a content policy, such as a missing one of the room's server): it
 * connects to `url`, subscribes to `listen` for `wait` ms and publishes `messages`
 * (`{ topic, payload, retain }`, payload a string or a byte count of filler), and returns
 * what it heard as `{ topic, payload }`. It is how the tests play an intruder who knows the
 * join link.
 */
async function mqttIn(page, url, { listen = [], messages = [], wait = 500 } = {}) {
  return page.evaluate(async ({ url, listen, messages, wait }) => {
    const enc = new TextEncoder();
    const str = (s) => { const b = enc.encode(s); return [b.length >> 8, b.length & 255, ...b]; };
    const packet = (type, body) => {
      const len = []; let n = body.length;
      do { let d = n % 128; n = Math.floor(n / 128); if (n > 0) d |= 128; len.push(d); } while (n > 0);
      return new Uint8Array([type, ...len, ...body]);
    };
    const ws = new WebSocket(url, "mqtt");
    ws.binaryType = "arraybuffer";
    const heard = [];
    let buffer = new Uint8Array(0);
    ws.onmessage = (e) => {
      const more = new Uint8Array(e.data);
      const joined = new Uint8Array(buffer.length + more.length);
      joined.set(buffer); joined.set(more, buffer.length); buffer = joined;
      for (;;) {
        let i = 1, mult = 1, len = 0, d;
        do { if (i >= buffer.length) return; d = buffer[i++]; len += (d & 127) * mult; mult *= 128; } while (d & 128);
        if (buffer.length < i + len) return;
        const body = buffer.slice(i, i + len), type = buffer[0];
        buffer = buffer.slice(i + len);
        if ((type >> 4) === 3) {
          const tl = (body[0] << 8) | body[1];
          const topic = new TextDecoder().decode(body.slice(2, 2 + tl));
          const start = 2 + tl + ((type & 6) ? 2 : 0);
          heard.push({ topic, payload: new TextDecoder().decode(body.slice(start)) });
        }
      }
    };
    await new Promise((ok, fail) => { ws.onopen = ok; ws.onerror = fail; });
    ws.send(packet(0x10, [...str("MQTT"), 4, 2, 0, 60, ...str(`intruder-${Math.random()}`)]));
    await new Promise((r) => setTimeout(r, 100));
    listen.forEach((filter, k) => ws.send(packet(0x82, [0, k + 1, ...str(filter), 0])));
    for (const { topic, payload, retain } of messages) {
      const bytes = typeof payload === "number" ? new Uint8Array(payload).fill(65) : enc.encode(payload);
      ws.send(packet(0x30 | (retain ? 1 : 0), [...str(topic), ...bytes]));
    }
    await new Promise((r) => setTimeout(r, wait));
    ws.close();
    return heard;
  }, { url, listen, messages, wait });
}

/** The broker and room a join link names. */
function invited(link) {
  const query = new URL(link).searchParams;
  return { broker: query.get("broker"), room: query.get("room") };
}

/** Opens the presenter from the room's link, connected. */
async function presenterOf(theRoom) {
  const opened = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  await opened.page.goto(theRoom.presenter);
  await opened.page.locator('.live-panel .live-status[data-status="live"]').waitFor();
  return opened;
}

/** Opens `n` phones on the join link, each at the room's first decision. */
async function phonesOf(theRoom, n, turn = 0) {
  const phones = [];
  for (let i = 0; i < n; i++) {
    const opened = await openPage(browser, { viewport: { width: 375, height: 740 } });
    await opened.page.goto(theRoom.join);
    await opened.page.locator(`.turn[data-turn="${turn}"]`).waitFor();
    phones.push(opened);
  }
  return phones;
}

test("forged, oversized, malformed and replayed messages are refused, counted and never shown", async (t) => {
  // A room of its own: opened on a new device, the first test's room would carry on where
  // that test left it (a co-facilitator's device takes the running room).
  const started = await startRoom(SCENARIO);
  t.after(() => started.stop());
  const room = { ...started, presenter: started.presenterLink, join: started.joinLink };
  const { page: presenter, context, problems } = await presenterOf(room);
  const [phone] = await phonesOf(room, 1);
  await vote(phone.page, 2);
  await presenter.locator('.live-count[data-voted="1"]').waitFor();
  const { broker, room: key } = invited(room.join);
  const intruder = await (await browser.newContext()).newPage();
  await intruder.goto(new URL("/no-such-page", room.join).href);
  // The phone's own ballot, as anyone subscribed to the room could copy it.
  const poll = (m) => Number(m.payload.match(/^poll (\d+)$/m)?.[1] ?? -1);
  const ballots = await mqttIn(intruder, broker, { listen: [`jc/v1/${key}/ballot/+`] });
  const copied = ballots.reduce((a, b) => (poll(b) > poll(a) ? b : a));
  assert.match(copied.payload, /^jcl1 ballot/);
  const state = (await mqttIn(intruder, broker, { listen: [`jc/v1/${key}/state`] }))[0].payload;
  const forgedState = state.replace(/^screen \w+$/m, "screen join").replace(/^voted \d+$/m, "voted 999");
  const bump = (text, field, to) => text.replace(new RegExp(`^${field} .*$`, "m"), `${field} ${to}`);
  await mqttIn(intruder, broker, {
    messages: [
      { topic: `jc/v1/${key}/state`, payload: forgedState, retain: true },
      { topic: `jc/v1/${key}/ballot/evil`, payload: "jcl1 ballot\nvoter <b>hi</b>" },
      { topic: `jc/v1/${key}/ballot/long`, payload: 4000 },
      { topic: copied.topic, payload: copied.payload },
      { topic: copied.topic, payload: bump(copied.payload, "seq", 5) },
    ],
  });
  // A message over the broker's own limit (8 KB) costs the sender its connection, nobody else's.
  await mqttIn(intruder, broker, { messages: [{ topic: `jc/v1/${key}/ballot/huge`, payload: 9000 }] });
  await presenter.locator(".live-dropped").waitFor();
  const dropped = await presenter.locator(".live-dropped").innerText();
  assert.match(dropped, /malformed/);
  assert.match(dropped, /repeated/);
  assert.match(dropped, /forged/);
  assert.equal(await presenter.locator(".live-count").getAttribute("data-voted"), "1");
  // The forged state changed nothing a phone or the presenter shows.
  await phone.page.reload();
  await phone.page.locator('.turn[data-turn="0"]').waitFor();
  assert.doesNotMatch(await phone.page.locator(".vote-state").innerText(), /999/);
  assert.equal(await presenter.locator("#votes-2").inputValue(), "1");
  assert.equal(await phone.page.locator("b").count(), 0);
  await screenshot(presenter, "live-presenter-refused");
  assert.deepEqual(problems, []);
  await context.close();
  await phone.context.close();
  await intruder.context().close();
});

/** Waits until the presenter has counted `n` participants and its hand counts are `counts`. */
async function counted(presenter, n, counts) {
  const now = () => presenter.evaluate(() => ({
    poll: document.querySelector(".live-count")?.dataset.poll,
    voted: document.querySelector(".live-count")?.dataset.voted,
    votes: [...document.querySelectorAll("input[id^=votes-]")].map((i) => i.value),
    dropped: document.querySelector(".live-dropped")?.innerText,
  }));
  try {
    await presenter.waitForFunction(
      ([n, counts]) => document.querySelector(".live-count")?.dataset.voted === String(n)
        && counts.every((c, i) => document.querySelector(`#votes-${i}`)?.value === String(c)),
      [n, counts],
      { timeout: 20_000 },
    );
  } catch {
    const seen = await now();
    assert.deepEqual({ ...seen, poll: undefined }, { voted: String(n), votes: counts.map(String), dropped: undefined, poll: undefined }, `at poll ${seen.poll}`);
  }
}

test("nothing counted is lost: the presenter reloads, the broker restarts, a phone drops off the network, a phone joins late", async (t) => {
  const started = await startRoom(SCENARIO);
  t.after(() => started.stop());
  let theRoom = { ...started, presenter: started.presenterLink, join: started.joinLink };
  const { page: presenter, context, problems } = await presenterOf(theRoom);
  const [a, b, c] = await phonesOf(theRoom, 3);
  await vote(a.page, 0);
  await vote(b.page, 1);
  await counted(presenter, 2, [1, 1, 0, 0, 0]);

  // The presenter reloads: the room, the tally and the counts come back; nothing counts twice.
  await presenter.reload();
  await presenter.locator('.live-panel .live-status[data-status="live"]').waitFor();
  await counted(presenter, 2, [1, 1, 0, 0, 0]);
  await vote(c.page, 1);
  await counted(presenter, 3, [1, 2, 0, 0, 0]);

  // The broker restarts mid-vote; a phone changes its answer while it is down.
  await started.stop();
  await b.page.locator('.live-status[data-status="reconnecting"]').waitFor();
  await presenter.locator('.live-panel .live-status[data-status="reconnecting"]').waitFor();
  await screenshot(b.page, "live-phone-reconnecting");
  await screenshot(presenter, "live-presenter-reconnecting");
  await new Promise((r) => setTimeout(r, 300));
  await vote(b.page, 0);
  const restarted = await startRoom(SCENARIO, { ports: started.ports });
  t.after(() => restarted.stop());
  await presenter.locator('.live-panel .live-status[data-status="live"]').waitFor({ timeout: 20_000 });
  await b.page.locator('.live-status[data-status="live"]').waitFor({ timeout: 20_000 });
  await counted(presenter, 3, [2, 1, 0, 0, 0]);

  // A phone loses the network for 30 seconds and answers meanwhile; it is counted once back.
  await a.context.setOffline(true);
  await new Promise((r) => setTimeout(r, 300));
  await vote(a.page, 3);
  await new Promise((r) => setTimeout(r, 30_000));
  await a.context.setOffline(false);
  await counted(presenter, 3, [1, 1, 0, 1, 0]);

  // A phone joins late, at the decision the room is on (the broker kept the state it was
  // given again after the restart).
  const [late] = await phonesOf(theRoom, 1);
  await vote(late.page, 4);
  await counted(presenter, 4, [1, 1, 0, 1, 1]);
  assert.deepEqual(problems.filter((p) => !/WebSocket/.test(p)), []);
  for (const opened of [{ context }, a, b, c, late]) await opened.context.close();
});

test("on an organisation's Mosquitto: named answers, team mode and the timer's lock", async (t) => {
  const broker = await startMosquitto();
  t.after(() => broker.stop());
  const server = await serve();
  t.after(() => server.close());
  const presenterCtx = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  const presenter = presenterCtx.page;
  await presenter.goto(`${server.url}#/facilitate/${SCENARIO}`);
  await screenshot(presenter, "live-presenter-broker-form");
  await presenter.locator("#broker-url").fill("https://not-a-websocket.example");
  await presenter.locator(".broker-form button[type=submit]").click();
  await presenter.locator(".live-panel .problem", { hasText: "wss://" }).waitFor();
  await presenter.locator("#broker-url").fill(broker.url);
  await presenter.locator(".broker-form button[type=submit]").click();
  await presenter.locator('.live-panel .live-status[data-status="live"]').waitFor();
  await presenter.locator("#live-naming").selectOption("named");
  const join = await presenter.locator(".live-join a").getAttribute("href");
  assert.ok(join.includes(encodeURIComponent(broker.url)), join);

  const names = ["Ana", "Ben <i>x</i>"];
  const phones = [];
  for (const name of names) {
    const opened = await openPage(browser, { viewport: { width: 375, height: 740 } });
    await opened.page.goto(join);
    await opened.page.locator("#voter-name").fill(name);
    await screenshot(opened.page, "live-phone-name");
    await opened.page.locator(".name-form button").click();
    await opened.page.locator('.turn[data-turn="0"]').waitFor();
    phones.push(opened);
  }
  await vote(phones[0].page, 0);
  await vote(phones[1].page, 2);
  await counted(presenter, 2, [1, 0, 1, 0, 0]);
  await presenter.locator(".live-names summary").click();
  const listed = await presenter.locator(".live-names").innerText();
  assert.match(listed, /Ana: A/);
  assert.match(listed, /Ben <i>x<\/i>: C/, "a name is shown as text");
  assert.equal(await presenter.locator(".live-names i").count(), 0);
  await screenshot(presenter, "live-presenter-named");

  // A co-facilitator opens the room on another device: it takes the running room (its
  // poll, its counts, its named answers) rather than starting one, and can reveal it.
  await presenter.locator(".live-panel summary", { hasText: "Other devices" }).click();
  const coLink = await presenter.locator(".secret-link code").innerText();
  const co = await openPage(browser, { viewport: { width: 1440, height: 1000 } });
  await co.page.goto(coLink);
  await counted(co.page, 2, [1, 0, 1, 0, 0]);
  assert.equal(await co.page.locator("#live-naming").inputValue(), "named");
  await screenshot(co.page, "live-co-facilitator");
  await co.page.locator('button[data-reveal="show"]').click();
  await presenter.locator('button[data-reveal="hide"]').waitFor();
  await phones[0].page.locator(".room-counts").waitFor();
  await counted(presenter, 2, [1, 0, 1, 0, 0]);

  // The timer locks voting at zero: a phone can no longer answer, and a late answer is refused.
  await presenter.locator("#round").selectOption("30");
  await presenter.locator('button[data-timer="start"]').click();
  await phones[1].page.locator(".vote-state", { hasText: "Voting is closed" }).waitFor({ timeout: 40_000 });
  assert.equal(await phones[1].page.locator("button[data-choice]").count(), 0);
  await screenshot(phones[1].page, "live-phone-closed");
  await presenter.locator(".live-count", { hasText: "Voting closed" }).waitFor();

  // Team mode: one phone per table, under the table's name.
  // (The votes are tied, so the facilitator chooses the branch.)
  await presenter.locator('button[data-follow="0"]').click();
  await presenter.locator("#live-naming").selectOption("teams");
  const table = await openPage(browser, { viewport: { width: 375, height: 740 } });
  await table.page.goto(join);
  await table.page.locator("#voter-name").fill("Table 4");
  await table.page.locator(".name-form button").click();
  await table.page.locator('.turn[data-turn="1"]').waitFor();
  await vote(table.page, 1);
  await presenter.locator('.live-count[data-voted="1"]').waitFor();
  await presenter.locator(".live-names summary", { hasText: "table" }).click();
  assert.match(await presenter.locator(".live-names").innerText(), /Table 4: /);

  for (const { page, problems } of [presenterCtx, co, table, ...phones]) {
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
  }
  for (const opened of [presenterCtx, co, table, ...phones]) await opened.context.close();
});
