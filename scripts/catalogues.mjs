// Splits each language's catalogue (web/lang/<tag>/*.ftl, a file for each part of the app,
// read as one) into one file of phrases per
// WebAssembly module of a build, in place in the folder given: lang/<tag>/<module>.ftl holds
// the phrases whose ids the module's WebAssembly contains (every id is a string literal in
// the Rust that says it, crates/web/src/phrase.rs), the phrases and terms those use, and
// boot.js's own (`boot-…`), without the comments. So a learner downloads the phrases of the modules they open, in
// their language only. Then writes the languages, each tag with its own name (the phrase
// `language-name`), into boot.js. Run by the Trunk hook (see Trunk.toml) before the minifier.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { entries } from "../web/phrases.js";

export const SOURCE = path.join(import.meta.dirname, "..", "web", "lang");

/** The ids of the phrases and terms an entry's body uses: `{ other-id }`, `{ -term }`. */
export function uses(body) {
  return [...body.replace(/^[^=]*=/, "").matchAll(/\{\s*(-?[A-Za-z][\w-]*)\s*(?=[}\s-])/g)].map((m) => m[1]);
}

/** The entries a module needs: those whose id its bytes hold, boot.js's, and what they use. */
export function needed(all, bytes) {
  const byId = new Map(all.map((e) => [e.id, e]));
  const wanted = new Set(all.filter((e) => e.id.startsWith("boot-") || e.id === "language-name" || bytes.includes(e.id)).map((e) => e.id));
  const queue = [...wanted];
  while (queue.length) {
    for (const used of uses(byId.get(queue.pop())?.body ?? "")) {
      if (byId.has(used) && !wanted.has(used)) {
        wanted.add(used);
        queue.push(used);
      }
    }
  }
  return all.filter((e) => wanted.has(e.id));
}

/** The catalogues: each language's tag and its files read as one (language.ftl first). */
export async function catalogues(source = SOURCE) {
  const tags = (await readdir(source, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  // English first: the language a page falls back to.
  tags.sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
  const found = [];
  for (const tag of tags) {
    const files = (await readdir(path.join(source, tag))).filter((f) => f.endsWith(".ftl"));
    files.sort((a, b) => (a === "language.ftl" ? -1 : b === "language.ftl" ? 1 : a.localeCompare(b)));
    const texts = await Promise.all(files.map((f) => readFile(path.join(source, tag, f), "utf8")));
    found.push({ tag, files, text: texts.join("\n") });
  }
  return found;
}

/** The language's own name, from its catalogue's `language-name`. */
export function name(catalogue) {
  return /^language-name *= *(.+)$/m.exec(catalogue)?.[1].trim();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  const modules = (await readdir(dir)).filter((f) => f.endsWith("_bg.wasm")).map((f) => f.slice(0, -"_bg.wasm".length));
  const languages = {};
  for (const { tag, text: catalogue } of await catalogues()) {
    languages[tag] = name(catalogue) ?? tag;
    const all = entries(catalogue);
    await mkdir(path.join(dir, "lang", tag), { recursive: true });
    for (const module of modules) {
      // The module's bytes as Latin-1 text: each byte one character, so an id (ASCII) is found as written.
      const bytes = (await readFile(path.join(dir, `${module}_bg.wasm`))).toString("latin1");
      // Comments are for translators: the split files leave them out.
      const text = needed(all, bytes).map((e) => e.body).join("\n") + "\n";
      await writeFile(path.join(dir, "lang", tag, `${module}.ftl`), text);
    }
  }
  const boot = path.join(dir, "boot.js");
  const script = await readFile(boot, "utf8");
  if (!script.includes("/* languages */ null")) throw new Error("boot.js has no /* languages */ null to fill in");
  await writeFile(boot, script.replace("/* languages */ null", JSON.stringify(languages)));
}
