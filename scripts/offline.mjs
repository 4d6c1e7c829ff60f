// Writes the release into the service worker of a release build (web/service-worker.js),
// in place in the folder given: FILES, every file the build ships but the worker itself,
// and RELEASE, a digest of their names and bytes, so any change to the app is a new
// release with a cache of its own. Run last by the Trunk hook (see Trunk.toml), after the
// minifier, so the digest is of the bytes that ship.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const WORKER = "service-worker.js";

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export async function files(dir) {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join("/"))
    .filter((name) => name !== WORKER)
    .sort();
}

/** The worker's text (`worker`, the template) with the files of `dir` and their digest written in. */
export async function release(dir, worker) {
  const names = await files(dir);
  const digest = createHash("sha256");
  for (const name of names) {
    digest.update(`${name}\0`);
    digest.update(await readFile(path.join(dir, name)));
  }
  if (!worker.includes('"__RELEASE__"') || !worker.includes('["__FILES__"]')) {
    throw new Error(`${WORKER} has no "__RELEASE__" or ["__FILES__"] to fill in`);
  }
  return worker
    .replace('"__RELEASE__"', JSON.stringify(digest.digest("hex").slice(0, 16)))
    .replace('["__FILES__"]', JSON.stringify(names));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const worker = path.join(dir, WORKER);
  await writeFile(worker, await release(dir, await readFile(worker, "utf8")));
}
