// Ralph, a real LRS (PyPI `ralph-malph`, installed by ./x setup into $RALPH_VENV), started
// for the cmi5 tests on a free port with its own data folder and one basic-auth user, and
// stopped by its process id.
import { spawn, execFileSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../support.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VENV = process.env.RALPH_VENV ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), ".cache"), "judgement-call/ralph");

/** Starts Ralph; resolves to { url, user, password, statements(), stop() }. */
export async function startRalph() {
  const bin = path.join(VENV, "bin");
  if (!existsSync(path.join(bin, "ralph"))) throw new Error(`Ralph is not installed in ${VENV}: run ./x setup`);
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-ralph-"));
  const env = {
    ...process.env,
    RALPH_APP_DIR: path.join(dir, "app"),
    RALPH_AUTH_FILE: path.join(dir, "auth.json"),
    RALPH_RUNSERVER_BACKEND: "fs",
    RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH: path.join(dir, "data"),
  };
  const [user, password] = ["tester", "secret"];
  execFileSync(path.join(bin, "ralph"), ["auth", "-u", user, "-p", password, "-s", "all", "-M", "mailto:tester@example.com", "-w"], { env, stdio: "ignore" });
  const port = await freePort();
  const child = spawn(path.join(bin, "python"), [path.join(HERE, "ralph_append.py"), String(port)], { env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (d) => { errors += d; });
  const url = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`Ralph stopped: ${errors}`);
    try {
      if ((await fetch(`${url}/__heartbeat__`)).ok) break;
    } catch { /* not listening yet */ }
    if (i > 150) throw new Error(`Ralph did not start: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    auth,
    /** Every statement the LRS stored, in the order it stored them (its fs backend's file). */
    async stored() {
      const text = await readFile(path.join(dir, "data", "fs_lrs.jsonl"), "utf8").catch(() => "");
      return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    },
    /** The statements of a registration, through the LRS's own xAPI. */
    async query(registration) {
      const response = await fetch(`${url}/xAPI/statements?registration=${registration}&limit=500`, {
        headers: { authorization: auth, "x-experience-api-version": "1.0.3" },
      });
      return (await response.json()).statements;
    },
    stop() {
      child.kill("SIGTERM");
      return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on("exit", resolve)));
    },
  };
}
