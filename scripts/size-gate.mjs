// The size gate (`./x test`, right after the release build): every shipped WebAssembly
// module and the two downloads people wait for, gzipped, against `scripts/budgets.mjs`.
// Prints the table and exits 1 if anything is over its budget, if a module ships without a
// budget (a new module is a decision) or if a budgeted module no longer ships.
//
// Usage: node scripts/size-gate.mjs [DIST]   (default: dist/)
import { existsSync } from "node:fs";
import { DIST, measure, gzipped, kb } from "./sizes.mjs";
import { MODULES, COMPOSITES, module } from "./budgets.mjs";

const dist = process.argv[2] ?? DIST;
if (!existsSync(dist)) {
  console.error(`size gate: ${dist} does not exist; build the release app first (trunk build --release)`);
  process.exit(1);
}
const sizes = await measure(dist);
const shipped = [...sizes.keys()].filter((name) => name.endsWith("_bg.wasm")).map((name) => name.slice(0, -"_bg.wasm".length));

const rows = [];
const problems = [];
for (const name of [...new Set([...Object.keys(MODULES), ...shipped])].sort()) {
  const file = module(name);
  const budget = MODULES[name];
  if (budget === undefined) problems.push(`${file} ships without a budget: add one to scripts/budgets.mjs`);
  else if (!sizes.has(file)) problems.push(`${file} has a budget but does not ship: remove it from scripts/budgets.mjs`);
  else rows.push({ label: file, size: sizes.get(file).gzip, budget });
}
for (const { label, files, budget } of COMPOSITES) {
  const missing = files.filter((name) => !sizes.has(name));
  if (missing.length) problems.push(`${label}: ${missing.join(", ")} not shipped`);
  rows.push({ label, size: gzipped(sizes, files), budget });
}

const width = Math.max(...rows.map((r) => r.label.length));
console.log(`${"shipped (gzip -9)".padEnd(width)}  ${"size".padStart(9)}  ${"budget".padStart(9)}  ${"over by".padStart(9)}`);
for (const { label, size, budget } of rows) {
  const over = size > budget ? kb(size - budget) : "";
  console.log(`${label.padEnd(width)}  ${kb(size).padStart(9)}  ${kb(budget).padStart(9)}  ${over.padStart(9)}`);
}
const over = rows.filter((r) => r.size > r.budget);
for (const { label, size, budget } of over) problems.push(`${label} is ${kb(size - budget)} over its budget of ${kb(budget)}`);
if (problems.length) {
  console.error(`\nsize gate failed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  console.error("Make it smaller, or raise its budget in scripts/budgets.mjs and say why in the commit.");
  process.exit(1);
}
console.log("size gate: everything within budget");
