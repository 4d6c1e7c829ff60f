// A stand-in cmi5 LMS for tests/e2e/lms.test.mjs and cohort.test.mjs, serving on one origin:
// - the unpacked package under /au/ (an LMS hosts the AU it launches);
// - the one-time token URLs (cmi5 §8.2: POST only; a second POST gets error-code 1);
// - the State API the AU reads `LMS.LaunchData` from and keeps its own documents in (one
//   document by id, or the list of ids without one);
// - /xapi/statements, passed on to a real LRS (Ralph) with the AU's credentials; the test can
//   make the next POSTs fail with 503 (`failStatements`) to play an LRS in trouble.
// `launch()` writes a launch's `LMS.LaunchData` from the AU's entry in cmi5.xml and returns
// the URL an LMS would open, for learner-1 or any other actor (tests/e2e/cohort.test.mjs
// launches a class).
import http from "node:http";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".svg": "image/svg+xml" };

export async function startLms({ dir, structure, lrs }) {
  const au = {
    publisherId: /<au id="([^"]+)"/.exec(structure)[1],
    url: /<url>([^<]+)<\/url>/.exec(structure)[1],
    moveOn: /moveOn="([^"]+)"/.exec(structure)[1],
    masteryScore: Number(/masteryScore="([^"]+)"/.exec(structure)[1]),
    launchParameters: /<launchParameters>([^<]+)<\/launchParameters>/.exec(structure)?.[1],
  };
  const tokens = new Map(); // fetch key -> issued?
  const state = new Map(); // "stateId activityId agent registration" -> body
  const lms = { au, fetches: [], failStatements: 0, rejected: 0, origin: "" };
  const send = (res, code, body, type = "application/json") => {
    res.writeHead(code, { "content-type": type, "x-experience-api-version": "1.0.3" });
    res.end(body === undefined ? "" : typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  };
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, lms.origin);
    let body = "";
    for await (const chunk of req) body += chunk;
    if (url.pathname.startsWith("/au/")) {
      const file = path.join(dir, path.normalize(url.pathname.slice(4)).replace(/^(\.\.[/\\])+/, ""));
      try {
        return send(res, 200, await readFile(file), TYPES[path.extname(file)] ?? "application/octet-stream");
      } catch {
        return send(res, 404, "not found", "text/plain");
      }
    }
    if (url.pathname === "/favicon.ico") return send(res, 204);
    if (url.pathname === "/return") return send(res, 200, "<!doctype html><title>Course</title><h1>Back in the course</h1>", "text/html");
    if (url.pathname.startsWith("/fetch/")) {
      const key = url.pathname.slice(7);
      lms.fetches.push({ key, method: req.method });
      if (req.method !== "POST" || !tokens.has(key)) return send(res, 400, { "error-code": "3", "error-text": "Not a token URL" });
      if (tokens.get(key)) return send(res, 200, { "error-code": "1", "error-text": "The token has already been returned." });
      tokens.set(key, true);
      return send(res, 200, { "auth-token": lrs.auth.replace(/^Basic /, "") });
    }
    if (!url.pathname.startsWith("/xapi/")) return send(res, 404, { error: "not found" });
    if (req.headers.authorization !== lrs.auth) return send(res, 401, { error: "bad credentials" });
    if (req.headers["x-experience-api-version"] !== "1.0.3") return send(res, 400, { error: "xAPI 1.0.3 only" });
    if (url.pathname === "/xapi/activities/state") {
      const p = url.searchParams;
      const key = ["stateId", "activityId", "agent", "registration"].map((k) => p.get(k)).join(" ");
      if (!p.has("stateId") && req.method === "GET") {
        // Without a state id: the ids of the documents kept for this activity, agent and registration.
        const rest = ["activityId", "agent", "registration"].map((k) => p.get(k)).join(" ");
        return send(res, 200, [...state.keys()].filter((k) => k.endsWith(` ${rest}`)).map((k) => k.split(" ")[0]));
      }
      if (req.method === "GET") return state.has(key) ? send(res, 200, state.get(key)) : send(res, 404, { error: "no such document" });
      if (req.method === "PUT" || req.method === "POST") {
        if (p.get("stateId") === "LMS.LaunchData") return send(res, 403, { error: "the AU must not change LMS.LaunchData" });
        state.set(key, body);
        return send(res, 204);
      }
    }
    if (url.pathname === "/xapi/statements" && req.method === "POST") {
      if (lms.failStatements > 0) {
        lms.failStatements--;
        lms.rejected++;
        return send(res, 503, { error: "the LRS is unavailable" });
      }
      const reply = await fetch(`${lrs.url}/xAPI/statements`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", authorization: req.headers.authorization, "x-experience-api-version": "1.0.3" },
      });
      return send(res, reply.status, await reply.text());
    }
    send(res, 404, { error: "not found" });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  lms.origin = `http://127.0.0.1:${server.address().port}`;
  lms.activityId = `${lms.origin}/course/1/au/0`;
  lms.actor = { objectType: "Agent", account: { homePage: lms.origin, name: "learner-1" } };

  /**
   * A new launch (a new session) for `registration` by `actor` (learner-1 unless another is
   * given): its LaunchData written, its URL returned.
   */
  lms.launch = (registration, actor = lms.actor) => {
    const key = randomUUID();
    tokens.set(key, false);
    const sessionId = randomUUID();
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: "Activity", id: au.publisherId }] },
        extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": sessionId },
      },
      launchMode: "Normal",
      launchParameters: au.launchParameters,
      masteryScore: au.masteryScore,
      moveOn: au.moveOn,
      returnURL: `${lms.origin}/return`,
    };
    const agent = JSON.stringify(actor);
    state.set(["LMS.LaunchData", lms.activityId, agent, registration].join(" "), JSON.stringify(launchData));
    const query = new URLSearchParams({
      endpoint: `${lms.origin}/xapi/`,
      fetch: `${lms.origin}/fetch/${key}`,
      actor: agent,
      registration,
      activityId: lms.activityId,
    });
    return { url: `${lms.origin}/au/${au.url}?${query}`, sessionId, key };
  };
  lms.close = () => new Promise((resolve) => server.close(resolve));
  return lms;
}
