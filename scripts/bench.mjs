// ./x bench: prints the release build's shipped sizes (gzipped), grouped by when a visitor
// downloads them, and the time from navigation start to the first clickable choice,
// measured inside the page, median of 10 loads.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serve, launch, DIST } from "../tests/e2e/support.mjs";

const LOADS = 10;
const SHELL = ["index.html", "boot.js", "app.js", "app_bg.wasm", "app.css"];
const PLAYED = "library/launch-support-scripts.jcp";

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(full)); else out.push(full);
  }
  return out.sort();
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = new Map();
console.log("shipped files (gzip -9):");
for (const file of await files(DIST)) {
  const name = path.relative(DIST, file);
  const raw = (await stat(file)).size;
  const gz = gzipSync(await readFile(file), { level: 9 }).length;
  sizes.set(name, gz);
  console.log(`  ${name.padEnd(44)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
const sum = (names) => names.reduce((total, name) => total + (sizes.get(name) ?? 0), 0);
const names = [...sizes.keys()];
const shell = sum(SHELL);
console.log("budgets (gzip):");
console.log(`  app shell (html + js + wasm + css)           ${kb(shell).padStart(10)}   budget 100 KB`);
console.log(`  shell + one scenario (${PLAYED.slice(8)})  ${kb(shell + sum([PLAYED])).padStart(10)}   budget 160 KB`);
console.log(`  shell + the whole packed library             ${kb(shell + sum(names.filter((n) => n.startsWith("library/")))).padStart(10)}`);
console.log(`  Author view engine, on demand (reader)       ${kb(sum(["reader.js", "reader_bg.wasm"])).padStart(10)}`);

// The page records when the first choice button appears, by its own clock.
function watch() {
  const found = () => document.querySelector("button[data-choice]");
  const mark = () => { window.__firstChoice = performance.now(); };
  new MutationObserver((_, observer) => {
    if (found() && window.__firstChoice === undefined) { mark(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
}

const server = await serve();
const browser = await launch();
const times = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(watch);
  await page.goto(`${server.url}#/play/launch-support-scripts`);
  await page.waitForFunction(() => window.__firstChoice !== undefined);
  times.push(await page.evaluate(() => window.__firstChoice));
  await context.close();
}
await browser.close();
await server.close();
times.sort((a, b) => a - b);
const median = (times[LOADS / 2 - 1] + times[LOADS / 2]) / 2;
console.log(`first clickable choice: median ${median.toFixed(1)} ms over ${LOADS} loads (min ${times[0].toFixed(1)}, max ${times[LOADS - 1].toFixed(1)})`);
