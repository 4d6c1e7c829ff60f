// Shipped sizes: every file of a release build with its size as it is and gzipped (-9), the
// way a static host serves it. `scripts/bench.mjs` prints them; `scripts/size-gate.mjs`
// holds them to `scripts/budgets.mjs`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

/** The release build Trunk writes (Trunk.toml's `dist`). */
export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** Every file under `dir`, sorted. */
async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(full)); else out.push(full);
  }
  return out.sort();
}

/** Each file of `dir` by its path there (`library/x.jcp`): `{ raw, gzip }` in bytes. */
export async function measure(dir = DIST) {
  const sizes = new Map();
  for (const file of await files(dir)) {
    const body = await readFile(file);
    sizes.set(path.relative(dir, file).split(path.sep).join("/"), { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return sizes;
}

/** The gzipped total of `names` in `sizes` (a name not shipped counts 0). */
export const gzipped = (sizes, names) => names.reduce((total, name) => total + (sizes.get(name)?.gzip ?? 0), 0);

/** Bytes as KB to a tenth (1 KB = 1024 bytes, as the budgets count). */
export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
