// The size gate (scripts/size-gate.mjs) run as `./x test` runs it, on small stand-ins for a
// release build: it passes one within every budget, and fails, saying why, for a module over
// its budget, a module without one, and a budgeted module that does not ship. And the
// release build's modules import by short names (scripts/short-imports.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, mkdir, writeFile, rm, readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { ROOT, DIST } from "./support.mjs";
import { shortenImports } from "../../scripts/short-imports.mjs";
import { MODULES, COMPOSITES } from "../../scripts/budgets.mjs";

/** A stand-in build: every file the budgets name, tiny, plus `extra` files (name → bytes). */
async function build(extra = {}, without = []) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "jc-size-"));
  const names = new Set([...Object.keys(MODULES).map((m) => `${m}_bg.wasm`), ...COMPOSITES.flatMap((c) => c.files)]);
  for (const name of names) if (!without.includes(name)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), "x");
  }
  for (const [name, bytes] of Object.entries(extra)) await writeFile(path.join(dir, name), bytes);
  return dir;
}

function gate(dir) {
  try {
    return { code: 0, out: execFileSync("node", ["scripts/size-gate.mjs", dir], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    return { code: error.status, out: `${error.stdout}${error.stderr}` };
  }
}

test("the size gate passes a build within its budgets and fails one that is not", async () => {
  const small = await build();
  assert.equal(gate(small).code, 0, gate(small).out);

  // Random bytes do not compress: gzipped, this is as big as it is.
  const over = await build({ "play_bg.wasm": randomBytes(MODULES.play + 4096) });
  const failed = gate(over);
  assert.equal(failed.code, 1);
  assert.match(failed.out, /play_bg\.wasm is [\d.]+ KB over its budget/);

  const stranger = await build({ "stranger_bg.wasm": "x" });
  assert.match(gate(stranger).out, /stranger_bg\.wasm ships without a budget/);

  const missing = await build({}, ["author_bg.wasm"]);
  assert.match(gate(missing).out, /author_bg\.wasm has a budget but does not ship/);

  for (const dir of [small, over, stranger, missing]) await rm(dir, { recursive: true, force: true });
});

test("the release build's modules import by short names, in their glue and their WebAssembly alike", async () => {
  for (const module of Object.keys(MODULES)) {
    const glue = await readFile(path.join(DIST, `${module}.js`), "utf8");
    const wasm = await readFile(path.join(DIST, `${module}_bg.wasm`));
    assert.ok(!glue.includes("__wbg_"), `${module}.js still names an import in full`);
    assert.ok(!wasm.includes("__wbg_"), `${module}_bg.wasm still names an import in full`);
    assert.ok(glue.includes("$0:"), `${module}.js names its first import $0`);
  }
  // And a module whose glue does not name an import is left alone.
  const wasm = await readFile(path.join(DIST, "app_bg.wasm"));
  assert.equal(shortenImports(wasm, "export {}"), null);
});
