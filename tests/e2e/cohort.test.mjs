// `judgement-call cohort --lrs` end to end, with real parts only: a class of learners plays
// launch-support-scripts in the real app (the release build, packaged for cmi5 by the CLI)
// behind the stand-in cmi5 LMS (tests/e2e/lms/cmi5-lms.mjs), each as another actor with
// another registration and its own answers, so the app sends its statements to a real LRS
// (Ralph, tests/e2e/lms/ralph.mjs). The cohort read straight from the LRS's statements API
// must be the cohort read from the same learners' jc1 logs (kept from the browser), in one
// page or many (`--page-size`, through a counting proxy that also proves each `more` link
// is followed from the LRS's origin) and filtered to the class's time; without the
// credentials in the environment it stops with exit 2 and says which variables to set.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import os from "node:os";
import { mkdtemp, rm, readFile, writeFile } from "node:fs/promises";
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { launch, openPage, cli, cliBinary, ROOT, DIST } from "./support.mjs";
import { startRalph } from "./lms/ralph.mjs";
import { startLms } from "./lms/cmi5-lms.mjs";
import { playToEnd } from "./answer.mjs";

const SCENARIO = "launch-support-scripts";
const FILE = `scenarios/${SCENARIO}.scenario`;
/** The class: each plays in the answering style of its place (answer.mjs). */
const LEARNERS = ["ana", "ben", "chen", "dara"];

let browser;
let temp;
before(async () => {
  browser = await launch();
  temp = await mkdtemp(path.join(os.tmpdir(), "jc-cohort-"));
});
after(async () => {
  await browser?.close();
  if (temp) await rm(temp, { recursive: true, force: true });
});

/**
 * Runs `judgement-call cohort` with `env` added to the environment: { code, stdout, stderr }.
 * Asynchronously, so the proxy in this process can answer it meanwhile.
 */
function cohort(args, env = {}) {
  const child = spawn(cliBinary(), ["cohort", FILE, ...args], {
    cwd: ROOT,
    env: { ...process.env, JC_LRS_USER: "", JC_LRS_PASSWORD: "", JC_LRS_AUTH: "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => { stdout += d; });
  child.stderr.on("data", (d) => { stderr += d; });
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** A pass-through proxy in front of the LRS that records the path of every request. */
async function countingProxy(target) {
  const seen = [];
  const server = http.createServer(async (req, res) => {
    seen.push(req.url);
    const reply = await fetch(`${target}${req.url}`, { headers: { authorization: req.headers.authorization ?? "", "x-experience-api-version": req.headers["x-experience-api-version"] ?? "" } });
    res.writeHead(reply.status, { "content-type": reply.headers.get("content-type") ?? "application/json" });
    res.end(await reply.text());
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }) };
}

/** A report without what legitimately depends on the source: what was skipped and why. */
function figures(json) {
  const report = JSON.parse(json);
  const { skipped, ...rest } = report;
  return { rest, skipped };
}

test("a class plays through cmi5 into a real LRS; the cohort read from the LRS, page by page, is the cohort of their logs", async () => {
  const zip = path.join(temp, "cmi5.zip");
  const dir = path.join(temp, "cmi5");
  cli(["package", "--format", "cmi5", FILE, "-o", zip, "--dist", DIST]);
  execFileSync("unzip", ["-q", zip, "-d", dir]);
  const manifest = await readFile(path.join(dir, "cmi5.xml"), "utf8");
  const ralph = await startRalph();
  const lms = await startLms({ dir, structure: manifest, lrs: ralph });
  const proxy = await countingProxy(ralph.url);
  try {
    const started = Date.now();
    const logs = [];
    for (const [style, name] of LEARNERS.entries()) {
      const actor = { objectType: "Agent", account: { homePage: lms.origin, name } };
      const registration = randomUUID();
      const { context, page, problems } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
      await page.goto(lms.launch(registration, actor).url);
      const status = page.locator("#lms-status");
      await status.filter({ hasText: "recorded by your LMS (cmi5)" }).waitFor();
      await playToEnd(page, 0, style);
      await status.filter({ hasText: /Your LMS has recorded this attempt/ }).waitFor();
      const log = await page.evaluate((id) => localStorage.getItem(`judgement-call/v1/progress/${id}`), SCENARIO);
      assert.match(log, new RegExp(`^jc1 ${SCENARIO} `));
      // The statements reader names a learner by the actor's account; the log says the same.
      logs.push(`account:${lms.origin}/${name}\t${log}`);
      assert.deepEqual(problems, [], `${name}: no exception reached the page`);
      await context.close();
      const stored = (await ralph.stored()).filter((s) => s.context?.registration === registration);
      assert.ok(stored.some((s) => s.verb.id.endsWith("/completed")), `${name}'s attempt reached the LRS`);
    }
    assert.equal(new Set(logs.map((l) => l.split("\t")[1].split(" ").slice(4).join(" "))).size, LEARNERS.length, "every learner answered differently");
    const file = path.join(temp, "logs.txt");
    await writeFile(file, `${logs.join("\n")}\n`);
    const statements = (await ralph.stored()).length;

    const credentials = { JC_LRS_USER: "tester", JC_LRS_PASSWORD: "secret" };
    const fromLogs = await cohort(["--from", file, "--format", "json"]);
    assert.equal(fromLogs.code, 0, fromLogs.stderr);
    const expected = figures(fromLogs.stdout);
    assert.equal(expected.rest.learners, LEARNERS.length);
    assert.equal(expected.rest.finished, LEARNERS.length);

    // One page (Ralph's default holds 100 statements), straight from the LRS.
    const whole = await cohort(["--lrs", `${ralph.url}/xAPI`, "--format", "json"], credentials);
    assert.equal(whole.code, 0, whole.stderr);
    // Many pages, through the proxy: each `more` link is a path, followed from the proxy's origin.
    const size = 7;
    const paged = await cohort(["--lrs", `${proxy.url}/xAPI/`, "--page-size", String(size), "--format", "json"], credentials);
    assert.equal(paged.code, 0, paged.stderr);
    const pages = proxy.seen.filter((u) => u.startsWith("/xAPI/statements"));
    assert.ok(pages.length >= Math.ceil(statements / size), `${pages.length} pages for ${statements} statements`);
    assert.match(pages[0], /ascending=true/);
    assert.match(pages[0], new RegExp(`limit=${size}`));
    assert.ok(pages.slice(1).every((u) => /search_after=/.test(u)), "later pages are the LRS's own `more` links");
    // Only the statements of the class's time: `since` and `until` go to the LRS. (Ralph
    // 5.1's file backend cannot filter by activity: it compares each id with its own IRI
    // object, which equals no string; tests/it/cohort.rs checks that `--activity` is sent.)
    const iso = (ms) => new Date(ms).toISOString().replace("Z", "+00:00");
    const span = ["--since", iso(started - 60_000), "--until", iso(Date.now() + 3_600_000)];
    const filtered = await cohort(["--lrs", `${ralph.url}/xAPI`, ...span, "--page-size", "10", "--format", "json"], credentials);
    assert.equal(filtered.code, 0, filtered.stderr);
    const after = await cohort(["--lrs", `${ralph.url}/xAPI`, "--since", iso(Date.now() + 60_000), "--format", "json"], credentials);
    assert.equal(after.code, 0, after.stderr);
    assert.equal(JSON.parse(after.stdout).attempts, 0, "nothing since a minute from now");

    for (const [name, run] of Object.entries({ whole, paged, filtered })) {
      const got = figures(run.stdout);
      // Every figure is the same: attempts, learners, overall, each decision's reach,
      // difficulty, discrimination and option frequencies, the paths and dimensions.
      assert.deepEqual(got.rest, expected.rest, `${name}: the same cohort as the logs`);
      // What was skipped differs only in kind: the statements that are not answers
      // (`initialized` before the unit's first answer is known) are about "elsewhere".
      assert.deepEqual(got.skipped.malformed, {}, name);
      assert.deepEqual([got.skipped.later, got.skipped.outOfOrder], [0, 0], name);
    }
    assert.deepEqual(expected.skipped, { later: 0, outOfOrder: 0, elsewhere: 0, malformed: {}, examples: [] });

    // Without credentials: exit 2 and a hint, never a panic.
    const refused = await cohort(["--lrs", `${ralph.url}/xAPI`]);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(refused.stderr, /JC_LRS_USER and JC_LRS_PASSWORD, or JC_LRS_AUTH/);
    const wrong = await cohort(["--lrs", `${ralph.url}/xAPI`], { JC_LRS_AUTH: "Basic bm9ib2R5Om5vdGhpbmc=" });
    assert.equal(wrong.code, 2, wrong.stderr);
    assert.match(wrong.stderr, /refused the credentials \(401\)/);
  } finally {
    await proxy.close();
    await lms.close();
    await ralph.stop();
  }
});
