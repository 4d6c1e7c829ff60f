// The workshop views end to end, in the release build:
// - a facilitated run of a whole scenario with two synced windows (the presenter opens the
//   projector with window.open; both are pages of one browser context, so BroadcastChannel
//   links them): votes typed and revealed, the timer, shortcuts (not while typing), a tie,
//   both top choices in turn, a chosen option, going back, a projector opened late, a
//   presenter reloaded mid-run, and every ending reached;
// - a participant playing on a phone (#/join/…) to the code the encoder makes natively, with
//   its QR code, resuming after a reload;
// - thirty participants' codes pasted into the room with corrupted, duplicated, wrong-scenario
//   and wrong-version ones, each refused with its reason, and the summary checked against
//   the codes' answers (tests/e2e/fixtures/workshop-codes.json, made by tests/it/workshop.rs),
//   counted as votes, downloaded as CSV and printed;
// - the session's record: votes typed, notes written beside each decision (one with a comma, a
//   quote and a line break, one that looks like a spreadsheet formula), downloaded as CSV during
//   the run and as JSON from the ending, both checked exactly, and started afresh when the
//   workshop starts over;
// - the facilitator guide of every built-in scenario, printed;
// - axe-core on every workshop view in both themes, screenshots at 375 and 1440 px (and the
//   projector at 1920 × 1080), and the print layouts, in artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { serve, launch, openPage, screenshot, ROOT } from "./support.mjs";

let server, browser, fixture;
before(async () => {
  server = await serve();
  browser = await launch();
  fixture = JSON.parse(await readFile(path.join(ROOT, "tests/e2e/fixtures/workshop-codes.json"), "utf8"));
});
after(async () => { await browser?.close(); await server?.close(); });

const SCENARIO = "launch-support-scripts";
const PRESENTER = `#/facilitate/${SCENARIO}`;
const SETTINGS = "judgement-call/v1/settings";

async function axe(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** A browser context in `theme` ("light" or "dark"), with one page open. */
async function themed(theme, options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS, `theme=${theme}`]);
  return opened;
}

/** Presses a shortcut with nothing focused, as a facilitator would between clicks. */
async function press(page, key) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(key);
}

/** Types the hand counts for each option at the presenter's current decision. */
async function vote(page, counts) {
  for (const [i, count] of counts.entries()) await page.locator(`#votes-${i}`).fill(String(count));
}

/** Waits until the presenter stands at `turn`. */
const at = (page, turn) => page.locator(`.current[data-turn="${turn}"]`).waitFor();
/** Waits until the projector shows `screen` at `turn`. */
const shows = (page, screen, turn) => page.locator(`.projector[data-screen="${screen}"][data-turn="${turn}"]`).waitFor();

test("a facilitated run: presenter and projector in step from the first decision to every ending", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}${PRESENTER}`);
  await at(page, 0);
  assert.equal(await page.locator(".current").getAttribute("data-decision"), "first-move");
  // The presenter opens the projector window itself.
  const [projector] = await Promise.all([context.waitForEvent("page"), page.locator('button[data-open="projector"]').click()]);
  projector.on("pageerror", (e) => problems.push(`projector: ${e.message}`));
  await projector.setViewportSize({ width: 1920, height: 1080 });
  // The facilitator works in the presenter: the browser runs a page in the background slowly.
  await page.bringToFront();
  await shows(projector, "scene", 0);
  assert.match(await projector.locator(".projector .prose").innerText(), /It is Wednesday 7 May, 10:40/);
  assert.equal(await projector.locator(".bar").isVisible(), false, "the projector has no app header");
  await screenshot(projector, "workshop-projector-scene-1920");

  // Decision 1 (a pick): the question, hands typed, the timer, the reveal.
  await press(page, "n");
  await shows(projector, "question", 0);
  assert.equal(await projector.locator("h1").innerText(), "What do you do first?");
  assert.equal(await projector.locator(".options li").count(), 5);
  await vote(page, [12, 3, 2, 4, 1]);
  for (const [i, n] of [2, 9, 6].entries()) await page.locator(`#hands-${i}`).fill(String(n));
  // Shortcuts are ignored while typing in a field.
  await page.locator("#votes-0").focus();
  await page.keyboard.press("n");
  await page.keyboard.press("r");
  assert.equal(await page.locator(".current").getAttribute("data-turn"), "0");
  assert.equal(await projector.locator(".chart").count(), 0, "nothing revealed while typing");
  assert.equal(await page.locator(".total").innerText(), "22 hands counted");
  await press(page, "t");
  await projector.locator(".projector .timer.running").waitFor();
  await projector.waitForTimeout(1300);
  assert.match(await projector.locator(".timer-time").innerText(), /^0:5\d$/);
  await press(page, "t");
  await projector.locator(".projector .timer.paused").waitFor();
  await press(page, "r");
  await projector.locator(".projector .chart").waitFor();
  const row = (i) => projector.locator(`.chart-row[data-option="${i}"]`);
  assert.equal(await row(0).locator(".by-room .vbar-label").innerText(), "12 hands, 55%");
  assert.equal(await row(0).locator(".by-experts .vbar-label").innerText(), "6.0 of 7");
  assert.match(await row(0).getAttribute("class"), /best/, "the experts' pick is marked");
  assert.doesNotMatch(await row(1).getAttribute("class"), /best/);
  assert.match(await projector.locator(".room-hands").innerText(), /Unsure 2.*Fairly sure 9.*Sure 6/s);
  await screenshot(projector, "workshop-projector-revealed-1920");
  await screenshot(page, "workshop-presenter-1440");
  // Next follows the majority (A) on to the scene of decision 2.
  await press(page, "n");
  await at(page, 1);
  await shows(projector, "scene", 1);
  assert.match(await projector.locator(".consequence").innerText(), /The room chose A/);

  // Decision 2 (considerations): shown and revealed with the buttons, then the room moves on.
  await page.locator('button[data-screen="question"]').click();
  await shows(projector, "question", 1);
  await vote(page, [4, 15, 2]);
  await page.locator('button[data-reveal="show"]').click();
  await projector.locator(".chart-row .by-room").first().waitFor();
  assert.equal(await projector.locator('.chart-row[data-option="1"] .by-room .vbar-label').innerText(), "15 hands");
  await page.locator('button[data-follow="majority"]').click();
  await at(page, 2);

  // Decision 3: a tie is refused with a reason; both top choices are then followed in turn.
  await press(page, "n");
  await vote(page, [5, 0, 5, 1]);
  await press(page, "n");
  await page.locator(".problem", { hasText: "The vote is tied: choose which option the room follows." }).waitFor();
  assert.equal(await page.locator(".current").getAttribute("data-turn"), "2");
  await page.locator('button[data-follow="both"]').click();
  await at(page, 3);
  await shows(projector, "scene", 3);
  assert.match(await projector.locator(".consequence").innerText(), /The room chose A/);
  assert.equal(await page.locator(".workshop > .problem").innerText(), "");

  // A projector opened late asks for the session and shows the same; its shortcuts reach
  // the presenter.
  const late = await context.newPage();
  await late.setViewportSize({ width: 1440, height: 900 });
  await late.goto(`${server.url}${PRESENTER}/projector`);
  await shows(late, "scene", 3);
  await press(late, "n");
  await shows(projector, "question", 3);
  await shows(late, "question", 3);
  assert.equal(await page.locator('button[data-screen="question"]').getAttribute("aria-pressed"), "true");
  await screenshot(late, "workshop-projector-question-1440");
  await late.close();
  await page.bringToFront();

  // The presenter reloaded mid-run picks up where it was, and the projector stays in step.
  await page.reload();
  await at(page, 3);
  await shows(projector, "question", 3);

  // Decisions 4 and 5 (pivot, rate) move on with the experts' answer; at decision 6 the
  // facilitator chooses option B; one step back, and on again; decision 7 (rank) ends it.
  await page.locator('button[data-follow="majority"]').click();
  await at(page, 4);
  await page.locator('button[data-follow="majority"]').click();
  await at(page, 5);
  await page.locator('button[data-follow="1"]').click();
  await at(page, 6);
  await page.locator("button[data-back]").click();
  await at(page, 5);
  await page.locator('button[data-follow="1"]').click();
  await at(page, 6);
  await page.locator('button[data-follow="majority"]').click();
  await page.locator(".current.ended").waitFor();
  const ending = await page.locator(".current.ended h2").innerText();
  await projector.locator('.projector[data-turn="7"] h1').waitFor();
  assert.equal(await projector.locator(".projector h1").innerText(), ending);
  assert.equal(await page.locator(".path li").count(), 7);
  await screenshot(projector, "workshop-projector-ending-1920");

  // The other branch of decision 3 (C) waits; the room plays it to its own ending.
  await page.locator('button[data-branch="next"]').click();
  await at(page, 3);
  await shows(projector, "scene", 3);
  assert.match(await projector.locator(".consequence").innerText(), /The room chose C/);
  for (const turn of [3, 4, 5, 6]) {
    await at(page, turn);
    await page.locator(turn === 5 ? 'button[data-follow="0"]' : 'button[data-follow="majority"]').click();
  }
  await page.locator(".current.ended").waitFor();
  await projector.locator('.projector[data-turn="7"] h1').waitFor();
  assert.equal(await page.locator('button[data-branch="next"]').count(), 0);
  await press(page, "n");
  await page.locator(".problem", { hasText: "No other branch is waiting" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Answers the current decision on a phone as a `play --responses` token says. */
async function answer(page, token, turn) {
  const [, kind, body, level] = token.match(/^([prkt])([0-9A-Z]*)(?:c([123]))?$/);
  const here = page.locator(`.turn[data-turn="${turn}"]`);
  switch (kind) {
    case "p":
      await here.locator(`button[data-choice="${body}"]`).click();
      break;
    case "r":
      for (const [option, value] of [...body].entries()) await here.locator(`input[data-option="${option}"][data-value="${value}"]`).check();
      break;
    case "k":
      for (const [place, option] of [...body].map((c) => parseInt(c, 36)).entries()) {
        const at = () => here.locator("ol.ranking > li").evaluateAll((lis, o) => lis.findIndex((li) => li.dataset.option === String(o)), option);
        while (await at() > place) await here.locator(`li[data-option="${option}"] button.move`).first().click();
      }
      break;
    case "t":
      for (const [option, bit] of [...body].entries()) if (bit === "1") await here.locator(`input[type="checkbox"][data-option="${option}"]`).check();
      break;
  }
  if (level) await here.locator(`input[name="confidence"][data-level="${level}"]`).check();
  if (await here.locator("button[data-submit]").count()) await here.locator("button[data-submit]").click();
}

/** Crockford's base-32, as codes use it. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** `code` as another version of the format would write it, with check characters that fit. */
function otherVersion(code, version) {
  const body = [...code.replaceAll("-", "")].map((c) => ALPHABET.indexOf(c)).slice(0, -2);
  body[0] = version; // The first character is the five bits of the version.
  const check = body.reduce((sum, v, i) => sum + (i + 1) * v, 0) % 1021;
  return [...body, check >> 5, check & 31].map((v) => ALPHABET[v]).join("");
}
/** `code` with one character mistyped. */
function typo(code, at) {
  const chars = [...code];
  chars[at] = chars[at] === "7" ? "8" : "7";
  return chars.join("");
}

test("participants play on their phones, and the room summary counts their codes", async () => {
  const phone = await openPage(browser, { viewport: { width: 375, height: 800 } });
  await phone.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { page: mobile } = phone;
  const tokens = fixture.expert.log.split(".");
  await mobile.goto(`${server.url}#/join/${SCENARIO}/Tue-PMs`);
  await mobile.locator('.turn[data-turn="0"]').waitFor();
  assert.match(await mobile.locator(".join .eyebrow").innerText(), /Room Tue-PMs/);
  // Options are lettered in authored order, as on the projector.
  const shown = await mobile.locator('.turn[data-turn="0"] button[data-choice]').evaluateAll((b) => b.map((e) => e.dataset.choice));
  assert.deepEqual(shown, ["0", "1", "2", "3", "4"]);
  await screenshot(mobile, "workshop-join-375");
  for (const [turn, token] of tokens.entries()) {
    await mobile.locator(`.turn[data-turn="${turn}"]`).waitFor();
    if (turn === 2) {
      // A code so far, on request; then a reload resumes where the phone was.
      await mobile.locator(".code-so-far summary").click();
      assert.match(await mobile.locator("#code-so-far").innerText(), /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      await mobile.reload();
      await mobile.locator('.turn[data-turn="2"]').waitFor();
    }
    await answer(mobile, token, turn);
  }
  await mobile.locator("#ending-title").waitFor();
  const code = await mobile.locator("#result-code").innerText();
  assert.equal(code, fixture.expert.participant.code, "the phone's code is the one the encoder makes natively");
  assert.ok(code.length <= 40);
  assert.equal(await mobile.locator(`.code-panel.final svg[role="img"][aria-label="QR code for ${code}"]`).count(), 1);
  await mobile.locator('button[data-copy="result-code"]').click();
  await mobile.locator('button[data-copy="result-code"]', { hasText: "Copied" }).waitFor();
  assert.equal(await mobile.evaluate(() => navigator.clipboard.readText()), code);
  await screenshot(mobile, "workshop-join-code-375");
  assert.deepEqual(phone.problems, []);
  await phone.context.close();

  // The facilitator pastes thirty good codes and six that cannot be counted.
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}${PRESENTER}`);
  await at(page, 0);
  const people = [...fixture.participants, fixture.expert.participant];
  const good = people.map((p) => p.code);
  const bad = [
    [typo(good[3], 6), "the code has a typo: its check characters do not match"],
    [good[4].slice(0, 6), "the code is incomplete: some characters are missing"],
    [good[0], "the same code as number 1, which is already counted"],
    [code.toLowerCase().replaceAll("-", ""), "the same code as number 30, which is already counted"],
    [fixture.other.code, "the code is for a different scenario"],
    [otherVersion(good[5], 2), "the code was made by another version of Judgement Call (2)"],
    ["hello!", "`!` is not a character codes use"],
  ];
  await page.locator("#codes").fill(`${good.slice(0, 15).join(", ")}\n${good.slice(15).join(" ; ")}\n${bad.map(([c]) => c).join("\n")}`);
  await page.locator('button[data-codes="add"]').click();
  await page.locator(".counted", { hasText: "30 codes counted" }).waitFor();
  const refused = await page.locator(".refused li").evaluateAll((lis) => lis.map((li) => [li.dataset.number, li.innerText]));
  assert.equal(refused.length, bad.length);
  for (const [i, [pastedCode, reason]] of bad.entries()) {
    assert.equal(refused[i][0], String(31 + i));
    assert.equal(refused[i][1], `Number ${31 + i} ${pastedCode}: ${reason}`);
  }
  // The summary, against the answers behind the codes.
  const figure = (name) => page.locator(`[data-figure="${name}"]`).innerText();
  assert.equal(await figure("participants"), "30");
  const mean = people.reduce((s, p) => s + p.overall, 0) / people.length;
  assert.equal(await figure("overall"), String(Math.round(mean)));
  assert.equal(await figure("passed"), String(people.filter((p) => p.passed).length));
  const tallies = new Map();
  for (const person of people) {
    for (const a of person.answers) {
      const t = tallies.get(a.decision) ?? { kind: a.kind, answered: 0, counts: new Map() };
      t.answered += 1;
      for (const o of a.chosen) t.counts.set(o, (t.counts.get(o) ?? 0) + 1);
      tallies.set(a.decision, t);
    }
  }
  let checked = 0;
  for (const [decision, t] of tallies) {
    const section = page.locator(`.room-decision[data-decision="${decision}"]`);
    assert.match(await section.locator(".hint").innerText(), new RegExp(`^${t.answered} answered`));
    if (t.kind === "rate" || t.kind === "rank") continue;
    const rows = await section.locator(".chart-row").count();
    for (let o = 0; o < rows; o++) {
      const label = await section.locator(`.chart-row[data-option="${o}"] .by-room .vbar-label`).innerText();
      assert.match(label, new RegExp(`^${t.counts.get(o) ?? 0} of ${t.answered}, `), `${decision} option ${o}`);
      checked += 1;
    }
  }
  assert.ok(checked >= 20, `${checked} option counts checked`);
  assert.equal(await page.locator(".dimensions tbody tr").count(), 5);
  assert.equal(await page.locator(".contested li").count(), 3);

  // The codes count as the votes at the decision the room stands at.
  await page.locator('button[data-votes="codes"]').click();
  const first = tallies.get("first-move");
  const options = await page.locator('input[id^="votes-"]').count();
  assert.equal(options, 5, "one vote field per option of the first decision");
  for (let o = 0; o < options; o++) assert.equal(await page.locator(`#votes-${o}`).inputValue(), String(first.counts.get(o) ?? 0));
  assert.equal(await page.locator(".total").innerText(), "30 hands counted");

  // CSV: one row per option, the counts as above, and the room's average.
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-export="csv"]').click()]);
  assert.equal(download.suggestedFilename(), `${SCENARIO}-room.csv`);
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("decision,kind,answered,split,option,room,experts\n"));
  const firstRows = csv.split("\n").filter((l) => l.startsWith("first-move,"));
  assert.deepEqual(firstRows.map((l) => l.split(",")[5]), [...Array(options).keys()].map((o) => String(first.counts.get(o) ?? 0)));
  assert.match(csv, new RegExp(`\\noverall,${mean.toFixed(1)},30\\n`));

  // Print: the button prints the room summary alone.
  await page.evaluate(() => { window.print = () => { window.printed = document.documentElement.dataset.print; }; });
  await page.locator('button[data-export="print"]').click();
  assert.equal(await page.evaluate(() => window.printed), "room");
  await page.evaluate(() => { document.documentElement.dataset.print = "room"; });
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".current").isVisible(), false);
  assert.equal(await page.locator("#codes").isVisible(), false);
  await screenshot(page, "workshop-room-print");
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => { delete document.documentElement.dataset.print; });

  // Reloaded, the room keeps its codes.
  await page.reload();
  await page.locator(".counted", { hasText: "30 codes counted" }).waitFor();
  await page.locator("section.room").screenshot({ path: path.join(ROOT, "artifacts", "workshop-room-1440.png") });
  assert.deepEqual(problems, []);
  await context.close();
});

/** RFC 4180 CSV as rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else cell += c;
  }
  assert.equal(cell + row.join(""), "", "the CSV ends with a line break");
  return rows;
}

/** Clicks the download button `selector` and returns the file's name and text. */
async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

test("the session's record: votes, timings, notes and the room's path, downloaded as CSV and JSON", async () => {
  const { page, context, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  const started = Date.now();
  await page.goto(`${server.url}${PRESENTER}`);
  await at(page, 0);
  await page.locator("#room-name").fill("Tue PMs");
  await page.locator("#room-name").press("Tab");
  const title = await page.locator(".presenter-head h1").innerText();
  // What the presenter shows at each turn, to check the downloads against.
  const seen = [];
  const look = async (turn) => {
    await at(page, turn);
    const here = page.locator(".current");
    seen[turn] = {
      decision: await here.getAttribute("data-decision"),
      question: await page.locator("#current-title").innerText(),
      options: await page.locator('input[id^="votes-"]').count(),
      asksHow: (await page.locator("#hands-0").count()) > 0,
    };
    assert.equal(await page.locator('label[for="decision-note"]').innerText(), "Your notes on this decision");
    assert.equal(await page.locator("#decision-note").inputValue(), "", "a new decision, a fresh note");
  };
  const notes = [
    'Slow start, then "hold the date", said Ada,\nand the room agreed',
    "=SUM(A1:A9) is not a formula here",
    "Chose C over the room's B: the limited launch comes later",
  ];

  // Decision 1 (a pick): hands, confidence, a note, revealed, the majority followed.
  await look(0);
  await vote(page, [12, 3, 2, 4, 1]);
  for (const [i, n] of [2, 9, 6].entries()) await page.locator(`#hands-${i}`).fill(String(n));
  await page.locator("#decision-note").fill(notes[0]);
  await press(page, "r");
  await page.locator('button[data-reveal="hide"]').waitFor();
  await page.locator('button[data-follow="majority"]').click();
  // Decision 2 (a checklist): a note that looks like a formula; the room moves on.
  await look(1);
  await vote(page, [4, 15, 2]);
  await page.locator("#decision-note").fill(notes[1]);
  await page.locator('button[data-follow="majority"]').click();
  // Decision 3 (a pick): the facilitator chooses C although the room prefers B.
  await look(2);
  await vote(page, [2, 7, 1, 0]);
  for (const [i, n] of [1, 4, 5].entries()) await page.locator(`#hands-${i}`).fill(String(n));
  await page.locator("#decision-note").fill(notes[2]);
  await page.locator('button[data-follow="2"]').click();
  await look(3);
  // Reloaded, the presenter keeps the record.
  await page.reload();
  await at(page, 3);

  // The CSV, from the controls during the run: a row per poll, the hands under each option's
  // letter (as many columns as the widest decision has options), notes quoted safely.
  const csv = await downloaded(page, '.session-controls ~ .session-record button[data-export="session-csv"]');
  assert.equal(csv.name, `${SCENARIO}-session.csv`);
  assert.ok(csv.text.includes(`,"Slow start, then ""hold the date"", said Ada,\nand the room agreed"\n`), csv.text);
  const [header, ...rows] = parseCsv(csv.text);
  const width = Math.max(...seen.map((s) => s.options));
  const letters = [...Array(width).keys()].map((i) => String.fromCharCode(65 + i));
  assert.deepEqual(header, [
    "poll", "turn", "decision", "question", "opened", "closed", ...letters,
    "unsure", "fairly sure", "sure", "revealed", "followed", "taken", "to", "note",
  ]);
  const column = (row, name) => row[header.indexOf(name)];
  const hands = (counts, options) => [...Array(width).keys()].map((o) => (o < options ? String(counts[o] ?? 0) : ""));
  const expected = [
    { votes: [12, 3, 2, 4, 1], confidence: ["2", "9", "6"], revealed: "yes", followed: "majority", taken: "A", note: notes[0] },
    { votes: [4, 15, 2], confidence: ["", "", ""], revealed: "no", followed: "experts' answer", taken: "", note: `'${notes[1]}` },
    { votes: [2, 7, 1, 0], confidence: ["1", "4", "5"], revealed: "no", followed: "chosen", taken: "C", note: notes[2] },
    { votes: [], confidence: ["", "", ""], revealed: "no", followed: "", taken: "", note: "" },
  ];
  assert.equal(rows.length, 4, "three polls closed, the fourth open");
  const polls = rows.map((r) => Number(column(r, "poll")));
  for (const [turn, row] of rows.entries()) {
    const want = expected[turn];
    assert.equal(row.length, header.length);
    assert.equal(polls[turn], polls[0] + turn, "polls are numbered one after another");
    assert.equal(column(row, "turn"), String(turn + 1));
    assert.equal(column(row, "decision"), seen[turn].decision);
    assert.equal(column(row, "question"), seen[turn].question);
    assert.deepEqual(letters.map((l) => column(row, l)), hands(want.votes, seen[turn].options), `${turn}: hands per option`);
    const confidence = turn === 3 && seen[3].asksHow ? ["0", "0", "0"] : want.confidence;
    if (!seen[turn].asksHow) assert.deepEqual(confidence, ["", "", ""]);
    assert.deepEqual(["unsure", "fairly sure", "sure"].map((l) => column(row, l)), confidence);
    for (const name of ["revealed", "followed", "taken", "note"]) assert.equal(column(row, name), want[name], `${turn}: ${name}`);
    assert.equal(column(row, "to"), seen[turn + 1]?.decision ?? "");
  }
  // Timings: in milliseconds, in order; a poll closes when the next opens.
  const opened = rows.map((r) => Number(column(r, "opened")));
  const closed = rows.map((r) => column(r, "closed"));
  assert.equal(closed[3], "", "the open poll has not closed");
  const now = Date.now();
  for (let i = 0; i < 3; i++) {
    assert.ok(started <= opened[i] && opened[i] <= Number(closed[i]) && Number(closed[i]) <= now, `${i}: ${opened[i]}, ${closed[i]}`);
    assert.equal(Number(closed[i]), opened[i + 1]);
  }

  // On to the ending: option B at every pick, the experts' answer elsewhere. The ended view
  // lists the notes and offers the downloads.
  const went = [["majority", "A"], ["experts' answer", null], ["chosen", "C"]];
  for (let turn = 3; !(await page.locator(".current.ended").count()); turn++) {
    if (turn > 3) await look(turn);
    const pick = (await page.locator('button[data-follow="1"]').count()) > 0;
    await page.locator(pick ? 'button[data-follow="1"]' : 'button[data-follow="majority"]').click();
    went.push(pick ? ["chosen", "B"] : ["experts' answer", null]);
    await at(page, turn + 1);
  }
  const ending = await page.locator(".current.ended").getAttribute("data-ending");
  assert.deepEqual(await page.locator(".ended .noted li strong").allInnerTexts(), notes.map((_, i) => `Decision ${i + 1}: ${seen[i].question}`));
  assert.deepEqual(await page.locator(".ended .noted li .note-text").allInnerTexts(), notes);
  assert.equal(await page.locator(".session-controls ~ .session-record").count(), 0, "at the ending, the downloads are the ending's");

  // The JSON, from the ended view: the scenario, the room, the path taken and every poll.
  const json = await downloaded(page, '.current.ended button[data-export="session-json"]');
  assert.equal(json.name, `${SCENARIO}-session.json`);
  const session = JSON.parse(json.text);
  assert.equal(session.format, "judgement-call-session");
  assert.equal(session.version, 1);
  assert.ok(session.exported >= now && session.exported <= Date.now());
  assert.deepEqual(session.scenario.id, SCENARIO);
  assert.equal(session.scenario.title, title);
  assert.equal(session.room, "Tue-PMs");
  assert.deepEqual(session.path, seen.map((s, i) => ({ decision: s.decision, answer: went[i][1] })));
  assert.equal(session.ending, ending);
  assert.match(session.log, new RegExp(`^jc1 ${SCENARIO} `));
  assert.equal(session.entries.length, seen.length);
  const keys = ["poll", "turn", "decision", "question", "opened", "closed", "votes", "confidence", "revealed", "followed", "taken", "to", "note"];
  for (const [turn, entry] of session.entries.entries()) {
    assert.deepEqual(Object.keys(entry), keys);
    assert.equal(entry.poll, polls[0] + turn);
    assert.equal(entry.turn, turn + 1);
    assert.equal(entry.decision, seen[turn].decision);
    assert.equal(entry.question, seen[turn].question);
    assert.equal(entry.votes.length, seen[turn].options);
    assert.equal(entry.confidence === null, !seen[turn].asksHow);
    assert.deepEqual([entry.followed, entry.taken], went[turn]);
    assert.equal(entry.to, seen[turn + 1]?.decision ?? ending);
    assert.ok(entry.opened <= entry.closed, `${turn}: timings in order`);
    if (turn > 0) assert.equal(entry.opened, session.entries[turn - 1].closed);
  }
  const first = session.entries.slice(0, 3);
  assert.deepEqual(first.map((e) => e.votes), [[12, 3, 2, 4, 1], [4, 15, 2, ...Array(seen[1].options - 3).fill(0)], [2, 7, 1, 0]]);
  assert.deepEqual(first.map((e) => e.confidence), [[2, 9, 6], null, [1, 4, 5]]);
  assert.deepEqual(first.map((e) => e.revealed), [true, false, false]);
  assert.deepEqual(session.entries.map((e) => e.note), [...notes, ...Array(seen.length - 3).fill(null)], "notes as written: JSON runs nothing");

  // Starting over (which says so) starts a new record.
  await page.locator(".session-controls button", { hasText: "Start over" }).click();
  assert.match(await page.locator(".confirm p").innerText(), /a new session's record begins/);
  await page.locator(".confirm button.danger").click();
  await at(page, 0);
  const fresh = parseCsv((await downloaded(page, 'button[data-export="session-csv"]')).text);
  assert.equal(fresh.length, 2, "the header and the poll now open");
  assert.deepEqual([fresh[1][1], fresh[1][2], fresh[1][5]], ["1", seen[0].decision, ""]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the facilitator guide of every built-in scenario, one click to print", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.locator(".card a[href^='#/facilitate/']").first().waitFor();
  const ids = await page.locator(".card a[href^='#/facilitate/']").evaluateAll((as) => as.map((a) => a.getAttribute("href").split("/")[2]));
  assert.ok(ids.length >= 14);
  let previous = null;
  for (const id of ids) {
    await page.goto(`${server.url}#/facilitate/${id}/guide`);
    // The link changes within the page: wait for this scenario's guide, not the last one's.
    await page.waitForFunction((before) => {
      const title = document.querySelector(".guide h1")?.textContent;
      return title && title !== before;
    }, previous);
    previous = await page.locator(".guide h1").textContent();
    const decisions = await page.locator(".guide-decision").count();
    const endings = await page.locator(".guide-ending").count();
    assert.ok(decisions >= 5 && endings >= 3, id);
    // The timings fill the hour exactly, and the map has a box per decision and ending.
    const minutes = await page.locator(".timings tbody td:nth-child(2)").allInnerTexts();
    assert.equal(minutes.reduce((s, m) => s + Number(m), 0), 60, id);
    assert.equal(await page.locator(".decision-map .map-box").count(), decisions + endings, id);
    assert.ok(await page.locator(".decision-map .map-line").count() >= decisions, id);
    for (const table of await page.locator(".guide-options").all()) assert.ok(await table.locator("tbody tr").count() >= 2);
  }
  await page.goto(`${server.url}#/facilitate/${SCENARIO}/guide`);
  await page.locator(".guide h1").waitFor();
  assert.match(await page.locator(".guide-options").first().innerText(), /\t6\.0 \(±1\.0\)\t/);
  await page.evaluate(() => { window.print = () => { window.printed = document.documentElement.dataset.print; }; });
  await page.locator('button[data-print="guide"]').click();
  assert.equal(await page.evaluate(() => window.printed), "guide");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("header.bar").isVisible(), false);
  assert.equal(await page.locator('button[data-print="guide"]').isVisible(), false);
  await screenshot(page, "workshop-guide-print");
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a 1920 × 1080 projector, every scene, question and ending of a run through each scenario fits the screen", async () => {
  const { context, page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.locator(".card a[href^='#/facilitate/']").first().waitFor();
  const ids = await page.locator(".card a[href^='#/facilitate/']").evaluateAll((as) => as.map((a) => a.getAttribute("href").split("/")[2]));
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await page.bringToFront();
  // How far the page runs below the window, once the projector has shrunk its type to fit.
  const spill = async () => {
    const fits = () => document.documentElement.scrollHeight <= window.innerHeight;
    await projector.waitForFunction(fits, null, { timeout: 2000 }).catch(() => {});
    return projector.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  };
  const misfits = [];
  let screens = 0;
  for (const id of ids) {
    await page.goto(`${server.url}#/facilitate/${id}`);
    await at(page, 0);
    await projector.goto(`${server.url}#/facilitate/${id}/projector`);
    // Revealed with no hands; the room follows option A at every pick.
    for (let turn = 0; ; turn++) {
      const node = () => projector.locator(".projector").getAttribute("data-node");
      if (await page.locator(".current.ended").count()) {
        await projector.locator(`.projector[data-turn="${turn}"] h1`).waitFor();
        if (await spill() > 0) misfits.push(`${id} ending: ${await spill()}px`);
        screens += 1;
        break;
      }
      await at(page, turn);
      await shows(projector, "scene", turn);
      if (await spill() > 0) misfits.push(`${id} ${await node()} scene: ${await spill()}px`);
      await page.locator('button[data-reveal="show"]').click();
      await projector.locator(`.projector[data-turn="${turn}"] .chart`).waitFor();
      if (await spill() > 0) misfits.push(`${id} ${await node()} question: ${await spill()}px`);
      if (id === "manager-challenge" && turn === 1) await screenshot(projector, "workshop-projector-longest-question-1920");
      screens += 2;
      const pick = await page.locator('button[data-follow="0"]').count();
      await page.locator(pick ? 'button[data-follow="0"]' : 'button[data-follow="majority"]').click();
      await page.locator(`.current[data-turn="${turn + 1}"]`).waitFor();
    }
  }
  assert.deepEqual(misfits, []);
  assert.ok(screens > 150, `${screens} screens`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every workshop view passes axe in both themes, fits 375 and 1440 px, and keeps to the CSP", async () => {
  for (const theme of ["light", "dark"]) {
    for (const width of [375, 1440]) {
      const { context, page, problems } = await themed(theme, { viewport: { width, height: 900 } });
      const shot = async (target, name) => {
        const overflow = await target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} overflows by ${overflow}px`);
        assert.deepEqual(await axe(target), [], `${name} (${theme})`);
        await screenshot(target, theme === "light" ? `${name}-${width}` : `${name}-dark-${width}`);
      };
      // The presenter at a decision with the room's codes pasted.
      await page.goto(`${server.url}${PRESENTER}`);
      await at(page, 0);
      await page.locator("#codes").fill(fixture.participants.slice(0, 8).map((p) => p.code).join("\n") + "\nnot-a-code");
      await page.locator('button[data-codes="add"]').click();
      await page.locator(".counted", { hasText: "8 codes counted" }).waitFor();
      await vote(page, [1, 5, 0, 2]);
      await page.locator('button[data-reveal="show"]').click();
      await shot(page, "workshop-presenter");
      // The projector's three screens.
      const projector = await context.newPage();
      await projector.goto(`${server.url}${PRESENTER}/projector`);
      await page.bringToFront();
      // Revealing put the question on the projector.
      await shows(projector, "question", 0);
      await page.locator("#room-name").fill("Tue PMs");
      await page.locator("#room-name").press("Tab");
      await page.locator('button[data-screen="join"]').click();
      await projector.locator(".projector-join .qr svg").waitFor();
      assert.match(await projector.locator(".join-url").innerText(), new RegExp(`#/join/${SCENARIO}/Tue-PMs$`));
      assert.equal(await projector.locator(".room-name").innerText(), "Room Tue-PMs");
      await shot(projector, "workshop-projector-join");
      await page.locator('button[data-screen="scene"]').click();
      await shows(projector, "scene", 0);
      await shot(projector, "workshop-projector-scene");
      await page.locator('button[data-screen="question"]').click();
      await projector.locator(".projector .chart").waitFor();
      await shot(projector, "workshop-projector-question");
      // A participant's phone: a decision with the code so far, and the code at the end.
      const phone = await context.newPage();
      await phone.goto(`${server.url}#/join/${SCENARIO}`);
      const tokens = fixture.expert.log.split(".");
      await phone.locator('.turn[data-turn="0"]').waitFor();
      await answer(phone, tokens[0], 0);
      await phone.locator('.turn[data-turn="1"]').waitFor();
      await phone.locator(".code-so-far summary").click();
      await shot(phone, "workshop-join-decision");
      for (const [turn, token] of tokens.entries()) {
        if (turn === 0) continue;
        await phone.locator(`.turn[data-turn="${turn}"]`).waitFor();
        await answer(phone, token, turn);
      }
      await phone.locator("#result-code").waitFor();
      await shot(phone, "workshop-join-ending");
      // The guide, and a link that leads nowhere.
      await page.goto(`${server.url}${PRESENTER}/guide`);
      await page.locator(".guide h1").waitFor();
      await shot(page, "workshop-guide");
      await page.goto(`${server.url}#/facilitate/no-such-scenario`);
      await page.locator("h1", { hasText: "Scenario not found" }).waitFor();
      await shot(page, "workshop-not-found");
      assert.deepEqual(problems.filter((p) => !p.includes("404")), []);
      await context.close();
    }
  }
});
