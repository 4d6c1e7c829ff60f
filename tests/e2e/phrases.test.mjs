// The phrase catalogues and their reader, without a browser: web/phrases.js reads Fluent's
// syntax and formats plurals and numbers by each language's rules; every language's
// catalogue has exactly English's phrases, with no argument English does not give and every
// accessible name built from its visible phrase; every id the Rust says is in the catalogue
// and every phrase is said somewhere; and the build's split gives each module what it says.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { entries, parse, format } from "../../web/phrases.js";
import { catalogues, needed, uses } from "../../scripts/catalogues.mjs";
import { ROOT } from "./support.mjs";

const say = (catalogue, locale, id, args = {}) => format(parse(catalogue), locale, id, new Map(Object.entries(args)));

test("phrases place arguments, pick plural forms and write numbers each language's way", () => {
  const en = `
-app = Judgement Call
title = Welcome to { -app }
decisions = { $count ->
    [0] No decisions
    [one] One decision
   *[other] { $count } decisions
  } left
kept = { $state ->
    [granted] Kept
   *[other] Maybe kept
  }
brace = A { "{" } brace
nested = { title }: { $name }
`;
  assert.equal(say(en, "en", "title"), "Welcome to Judgement Call");
  assert.equal(say(en, "en", "decisions", { count: 0 }), "No decisions left");
  assert.equal(say(en, "en", "decisions", { count: 1 }), "One decision left");
  assert.equal(say(en, "en", "decisions", { count: 4200 }), "4,200 decisions left");
  assert.equal(say(en, "en", "kept", { state: "granted" }), "Kept");
  assert.equal(say(en, "en", "kept", { state: "other-thing" }), "Maybe kept");
  assert.equal(say(en, "en", "brace"), "A { brace");
  assert.equal(say(en, "en", "nested", { name: "Ada" }), "Welcome to Judgement Call: Ada");
  assert.equal(say(en, "en", "missing"), "missing", "an unknown id shows as itself");
  assert.equal(say(en, "en", "nested"), "Welcome to Judgement Call: {$name}", "a missing argument shows");

  const fr = "decisions = { $count ->\n [one] { $count } décision\n *[other] { $count } décisions\n}\n";
  // French counts 0 and 1.5 as singular, and groups digits with a narrow no-break space.
  assert.equal(say(fr, "fr", "decisions", { count: 0 }), "0 décision");
  assert.equal(say(fr, "fr", "decisions", { count: 1.5 }), "1,5 décision");
  assert.equal(say(fr, "fr", "decisions", { count: 4200 }), "4\u202f200 décisions");
  // A fixed number keeps its decimals: a score of 72.0 is not 72.
  assert.equal(say(en, "en", "decisions", { count: { number: 72, digits: 1 } }), "72.0 decisions left");
  assert.equal(say(fr, "fr", "decisions", { count: { number: 72.45, digits: 1 } }), "72,5 décisions");
  // A signed one shows its sign, but on zero.
  const shift = "shift = elevation { $x }\n";
  const signed = (number) => say(shift, "fr", "shift", { x: { number, digits: 2, signed: true } });
  assert.deepEqual([signed(0.25), signed(-1), signed(0)], ["elevation +0,25", "elevation -1,00", "elevation 0,00"]);
});

test("a phrase that cannot be read is left out and the rest still read", () => {
  const phrases = parse("good = Fine\nbad = { $open\nalso = Still read\n  continued\n");
  assert.equal(phrases.has("bad"), false);
  assert.equal(format(phrases, "en", "also", new Map()), "Still read\ncontinued");
  assert.equal(format(phrases, "en", "good", new Map()), "Fine");
});

/** The marks a phrase's text holds, in order: `<label>`, `</label>`, `<figure>`, `<stress>`… */
const marksOf = (text) => [...text.matchAll(/<\/?(label|figure|stress)>/g)].map((m) => m[0]);

/** The arguments a phrase's text names: `{ $name }` and selectors. */
const argumentsOf = (text) => new Set([...text.matchAll(/\$([A-Za-z][\w-]*)/g)].map((m) => m[1]));

test("every language has exactly English's phrases, and each reads", async () => {
  const all = await catalogues();
  const english = all.find((c) => c.tag === "en");
  assert.ok(english, "web/lang/en/");
  assert.ok(all.length >= 2, "English and at least one more language");
  const base = new Map(entries(english.text).map((e) => [e.id, e.body]));
  for (const { tag, text } of all) {
    const found = entries(text);
    const ids = found.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, `${tag}: an id is defined twice: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
    const parsed = parse(text);
    const unreadable = ids.filter((id) => !parsed.has(id));
    assert.deepEqual(unreadable, [], `${tag}: phrases that do not read`);
    if (tag === "en") continue;
    const missing = [...base.keys()].filter((id) => !ids.includes(id));
    const extra = ids.filter((id) => !base.has(id));
    assert.deepEqual(missing, [], `${tag}: phrases English has and ${tag} lacks`);
    assert.deepEqual(extra, [], `${tag}: phrases English does not have`);
    for (const { id, body } of found) {
      const english = base.get(id);
      for (const name of argumentsOf(body)) {
        assert.ok(argumentsOf(english).has(name), `${tag}: ${id} uses $${name}, which English does not give`);
      }
      // The words a phrase marks for an element of their own (a label, a figure, a stress).
      assert.deepEqual(marksOf(body), marksOf(english), `${tag}: ${id} marks other words than English does`);
    }
  }
});

test("an accessible name starts with the visible phrase it labels, in every language", async () => {
  // A phrase `x-label` is the accessible name of a control whose visible text is a phrase:
  // it must start with that phrase (WCAG 2.5.3), so a translation cannot drift from it.
  for (const { tag, text } of await catalogues()) {
    for (const { id, body: entry } of entries(text).filter((e) => e.id.endsWith("-label"))) {
      const body = entry.split("\n").join(" ").replace(/^[^=]*=\s*/, "");
      assert.match(body, /^\{\s*-?[a-z][\w-]*\s*\}/, `${tag}: ${id} starts with the visible phrase, as { its-id }`);
    }
  }
});

async function rustFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await rustFiles(full));
    else if (entry.name.endsWith(".rs")) found.push(full);
  }
  return found;
}

test("every phrase the code says is in the catalogue, and every phrase is said", async () => {
  const said = new Set();
  // The views say phrases with `phrase!("id")`; the debrief's sentences (crates/figures) and
  // the LMS module and the CLI's debrief with `say!(catalogue, "id")`.
  const sources = await Promise.all(["crates/web/src", "crates/figures/src", "crates/report/src", "modules"].map((dir) => rustFiles(path.join(ROOT, dir))));
  for (const file of sources.flat()) {
    // Comments show the macros with made-up ids, and tests may say a missing one.
    const code = (await readFile(file, "utf8")).split("#[cfg(test)]")[0];
    const text = code.split("\n").filter((line) => !line.trim().startsWith("//")).join("\n");
    for (const m of text.matchAll(/phrase!\(\s*"([^"]+)"/g)) said.add(m[1]);
    for (const m of text.matchAll(/say!\(\s*[^,]+,\s*"([^"]+)"/g)) said.add(m[1]);
    assert.doesNotMatch(text, /phrase!\(\s*[^"\s)]/, `${file}: a phrase's id is a string literal`);
    assert.doesNotMatch(text, /say!\(\s*[^,]+,\s*[^"\s]/, `${file}: a phrase's id is a string literal`);
  }
  // `says-concern` and the like are said once through `catalogue.phrase("id", …)`.
  for (const file of sources.flat()) {
    const code = (await readFile(file, "utf8")).split("#[cfg(test)]")[0];
    for (const m of code.matchAll(/\.phrase\(\s*"([^"]+)"/g)) said.add(m[1]);
  }
  const boot = await readFile(path.join(ROOT, "web/boot.js"), "utf8");
  for (const m of boot.matchAll(/say\("([^"]+)"/g)) said.add(m[1]);
  const english = (await catalogues()).find((c) => c.tag === "en");
  const all = entries(english.text);
  const ids = new Set(all.map((e) => e.id));
  assert.deepEqual([...said].filter((id) => !ids.has(id)).sort(), [], "ids said and missing from web/lang/en/");
  const used = new Set([...said, "language-name", ...all.flatMap((e) => uses(e.body))]);
  assert.deepEqual(all.map((e) => e.id).filter((id) => !used.has(id)).sort(), [], "phrases nothing says");
});

test("every code the engine finds in a scenario has a meaning in the catalogue", async () => {
  const source = await readFile(path.join(ROOT, "crates/engine/src/diagnostic.rs"), "utf8");
  const codes = [...source.matchAll(/pub const [A-Z_]+: &str = "([a-z-]+)";/g)].map((m) => m[1]);
  assert.ok(codes.length > 30, "the engine's codes are read");
  const view = await readFile(path.join(ROOT, "crates/web/src/components/diagnostics.rs"), "utf8");
  const said = new Set([...view.matchAll(/"([a-z-]+)" => phrase!\("diagnostic-\1"\)/g)].map((m) => m[1]));
  assert.deepEqual(codes.filter((code) => !said.has(code)), [], "codes the Author view cannot say");
});

test("the build's split gives a module the phrases its bytes name, what they use, and boot.js's", () => {
  const all = entries("# note\nlanguage-name = English\n-app = App\nboot-failed = { -app } failed\na-one = One { a-two }\na-two = Two\nb-one = Other\n");
  const ids = needed(all, "....a-one....").map((e) => e.id);
  assert.deepEqual(ids, ["language-name", "-app", "boot-failed", "a-one", "a-two"]);
  assert.equal(all[0].text, "# note\nlanguage-name = English", "a phrase keeps its comment");
  assert.equal(all[0].body, "language-name = English", "and its body leaves it out");
});
