// Starts the app. A file of its own, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts.
//
// Two WebAssembly modules draw the page, one at a time: the play module draws a scenario
// being played (`#/play/<id>`) and the app draws every other view (see crates/site), so
// neither download carries the other. This file:
// - applies the saved display settings to <html>, so the page never flashes the wrong theme;
// - starts the module the URL needs and, for a scenario's link, fetches the packed scenario
//   in parallel, starting the module once both have arrived (its first render draws the
//   scenario);
// - fetches every packed scenario once a visit (`judgementCall.scenario(id)`), for the play
//   module to play and the LMS module to score from the same bytes;
// - hands the page from one module to the other when the place needs it
//   (`judgementCall.enter(name)`, which each module calls);
// - offers `judgementCall.module(name)`, which loads any module (`name.js` with
//   `name_bg.wasm`: the Author view with the whole engine, say);
// - loads the LMS module only when an LMS launched the app (docs/lms.md), and embed.js
//   with ?embed=1, before the first module starts;
// - loads offline.js, which registers the service worker that keeps the release on the
//   device, except in an LMS's frame or an embedded page;
// - asks the browser to keep what the app saves (`judgementCall.keep()`, at the learner's
//   first saved answer) and says whether it agreed (`judgementCall.kept()`);
// - picks the interface's language (the one chosen in Settings, else the first of the
//   browser's languages there is a catalogue for, else English), sets <html lang>, and
//   loads each module's phrases in that language beside the module (phrases.js reads them;
//   `judgementCall.phrase(id, args)` formats one);
// - copies text for buttons marked `data-copy` (the error view's "Copy details") in plain
//   JavaScript, so that works even after the app has crashed;
// - and says so if the app cannot start at all.
//
// The site's map (crates/site: which module draws which link, the file to fetch ahead for
// it, the LMS module, each module's stylesheets, the settings' key), written in at build
// time by the CLI's `stage`: { pages: [{ segment, module }], scenario, module, lms, styles:
// { module: [href] }, settings, language }.
import { format, parse } from "./phrases.js";

const SITE = /* site */ null;
// The interface's languages, each tag with its own name ({ en: "English", fr: "Français" }),
// written in at build time by scripts/catalogues.mjs, which splits web/lang/<tag>/*.ftl
// into one file of phrases per module: lang/<tag>/<module>.ftl.
const LANGUAGES = /* languages */ null;
const SETTINGS = { theme: ["light", "dark"], text: ["large", "larger"], motion: ["reduce"] };
try {
  const saved = localStorage.getItem(SITE.settings) ?? "";
  for (const pair of saved.split(" ")) {
    const [key, value] = pair.split("=");
    if (SETTINGS[key]?.includes(value)) document.documentElement.dataset[key] = value;
  }
} catch {
  // No storage (a sandboxed frame, privacy mode): the app says so once it starts.
}

/** The interface's language: the learner's choice, else the browser's first we have, else English. */
function choose() {
  let chosen = null;
  try {
    chosen = localStorage.getItem(SITE.language);
  } catch {
    // No storage: the browser's languages decide.
  }
  const wanted = [chosen, ...(navigator.languages ?? [navigator.language])].filter(Boolean);
  for (const tag of wanted) {
    if (LANGUAGES[tag]) return tag;
    const primary = tag.split("-")[0].toLowerCase();
    if (LANGUAGES[primary]) return primary;
  }
  return "en";
}
const language = choose();
document.documentElement.lang = language;
const phrases = new Map();
const catalogues = new Map();
/** Module `name`'s phrases in the learner's language, fetched once and merged into `phrases`. */
function catalogue(name) {
  if (!catalogues.has(name)) {
    const fetched = fetch(`lang/${language}/${name}.ftl`)
      .then((r) => (r.ok ? r.text() : ""), () => "")
      .then((text) => { for (const [id, pattern] of parse(text)) phrases.set(id, pattern); });
    catalogues.set(name, fetched);
  }
  return catalogues.get(name);
}
/**
 * The phrase `id`, formatted with `args` as Rust sends them (crates/web/src/phrase.rs):
 * `name\x1f` then `n` and a number (`72.4/1`: with one digit after the separator), `s` and
 * one written with its sign (`+0.25/2`), or `t` and a text, arguments apart by `\x1e`.
 */
function phrase(id, args = "") {
  const values = new Map();
  for (const arg of args ? args.split("\x1e") : []) {
    const [name, value = ""] = arg.split("\x1f");
    const [number, digits] = value.slice(1).split("/");
    const kind = value[0];
    values.set(name, kind === "t" ? value.slice(1) : digits ? { number: Number(number), digits: Number(digits), signed: kind === "s" } : Number(number));
  }
  return format(phrases, language, id, values);
}
/** A phrase of boot.js's own, or its English when the catalogue could not load. */
const say = (id, english) => (phrases.has(id) ? phrase(id) : english);

/**
 * The page of the site's map a hash opens, read as `Place::from_hash` (crates/site) reads
 * it: `{ module, id }` (the id of the scenario it draws), or null for a place the app draws.
 */
function page(hash) {
  const path = hash.replace(/^#*/, "").replace(/^\/*/, "").replace(/\/*$/, "");
  const slash = path.indexOf("/");
  const found = slash === -1 ? null : SITE.pages.find((p) => p.segment === path.slice(0, slash));
  // The scenario's id is the segment after the first (a join link may carry a room's label after it).
  const id = path.slice(slash + 1).split("/")[0];
  return found && id ? { module: found.module, id } : null;
}

/** The module that draws a hash's place, as `Place::module` says. */
const owner = (hash) => page(hash)?.module ?? SITE.module;

// Every packed scenario asked for in this visit, by id: the promise of its bytes (an
// ArrayBuffer), 404 when there is no such file, or null when the fetch failed (a failed one
// is fetched again when next asked for); and each settled answer, for a first render.
const scenarios = new Map();
const settled = new Map();
function scenario(id) {
  // An id as `site::is_id` allows; anything else names no file.
  if (!/^[\w-]+$/.test(id)) return Promise.resolve(404);
  if (!scenarios.has(id)) {
    const fetched = fetch(SITE.scenario.replace("{id}", id))
      .then((r) => (r.ok ? r.arrayBuffer() : r.status === 404 ? 404 : null), () => null);
    scenarios.set(id, fetched.then((bytes) => {
      settled.set(id, bytes);
      if (bytes === null) scenarios.delete(id);
      return bytes;
    }));
  }
  return scenarios.get(id);
}

const sheets = new Map();
/** Links the stylesheet `href` once; settles when it has loaded (or failed: the page still works). */
function style(href) {
  if (!sheets.has(href)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    sheets.set(href, new Promise((settled) => { link.onload = settled; link.onerror = settled; }));
    document.head.append(link);
  }
  return sheets.get(href);
}

const modules = new Map();
/**
 * The module `name`, loaded and started once: its WebAssembly compiles as it downloads, and
 * its stylesheets load beside it, so its first render is styled.
 */
function load(name) {
  if (!modules.has(name)) {
    const wasm = new URL(`${name}_bg.wasm`, import.meta.url);
    const compiled = WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm);
    const styled = Promise.all((SITE.styles[name] ?? []).map(style));
    const started = Promise.all([import(`./${name}.js`), compiled, styled, catalogue(name)]).then(async ([module, compiled]) => {
      await module.default({ module_or_path: compiled });
      return module;
    });
    // A module that failed to load is tried again next time.
    modules.set(name, started.catch((error) => { modules.delete(name); throw error; }));
  }
  return modules.get(name);
}

// The module drawing the page: { name, module, root }.
let current = null;
// Settled once the LMS link (if any) is open and embed.js (with ?embed=1) has run: the first
// module starts only then.
let ready = null;
/** Lets the module `name` draw the page, in place of the one drawing it now. */
async function enter(name) {
  if (current?.name === name) return;
  // A scenario's link fetches its scenario beside the module, so its first render draws it.
  const id = page(location.hash)?.id;
  const [module] = await Promise.all([load(name), id && scenario(id), ready]);
  // The learner may have moved on while it loaded.
  if (current?.name === name || (current && owner(location.hash) !== name)) return;
  // Keyboard focus on a header link stays on that link.
  const link = document.activeElement?.closest?.(".bar a")?.getAttribute("href");
  const root = document.createElement("div");
  root.className = "root";
  if (current) {
    current.module.unmount();
    // In the other's place: before the LMS status line, say.
    current.root.replaceWith(root);
  } else {
    document.body.append(root);
  }
  current = { name, module, root };
  module.mount(root);
  if (link) {
    // The module draws its first render in a task of its own.
    await new Promise((drawn) => setTimeout(drawn));
    [...root.querySelectorAll(".bar a")].find((a) => a.getAttribute("href") === link)?.focus();
  }
}

globalThis.judgementCall = {
  /** The packed scenario `id`, fetched once a visit: a promise of its bytes, 404 or null. */
  scenario,
  /** The packed scenario `id` if its fetch has settled (its bytes, 404 or null), else undefined. */
  fetched: (id) => settled.get(id),
  /** The on-demand module `name`, loaded and started on first use: its exports. */
  module: load,
  phrase,
  /** The interface's language, a BCP 47 tag. */
  language: () => language,
  /** The name of the language `tag` in the interface's language ("anglais" for `en` in French). */
  languageName(tag) {
    try {
      return new Intl.DisplayNames([language], { type: "language" }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  },
  /** Every interface language, `tag\x1fname` apart by `\x1e`, in the catalogues' order. */
  languages: () => Object.entries(LANGUAGES).map(([tag, name]) => `${tag}\x1f${name}`).join("\x1e"),
  /** Chooses the interface's language (null: the browser's) and reloads the page in it. */
  speak(tag) {
    try {
      if (tag) localStorage.setItem(SITE.language, tag);
      else localStorage.removeItem(SITE.language);
    } catch {
      // No storage: the choice lasts as long as the page.
    }
    location.reload();
  },
  enter,
  // The LMS module's resume(id), and its progress(id, log, scenario) with the scenario's
  // bytes, so it scores from what the play module played (crates/web/src/hooks/boot.rs).
  resume: (id) => lms?.resume(id),
  progress: (id, log) => lms && scenario(id).then((bytes) => lms.progress(id, log, bytes)),
  /**
   * Asks the browser to keep what the app saves when the device runs short of space
   * (navigator.storage.persist: Chromium decides by itself, Firefox asks the learner).
   */
  keep() {
    navigator.storage?.persist?.().then((granted) => { kept = granted; }, () => {});
  },
  /** Whether the browser has agreed to keep what the app saves: true, false, or undefined when it cannot say. */
  kept: () => kept,
  // offline.js replaces these two once it runs: whether a new release is installed and
  // waiting for the learner to reload, and reloading into it.
  waiting: () => false,
  update() {},
};

// Whether the browser keeps the app's storage when space runs short, once it has said.
let kept;
navigator.storage?.persisted?.().then((granted) => { kept = granted; }, () => {});

// SCORM's API walk: parents (500 hops), then the opener's; another origin throws.
const scan = (win, name) => {
  for (let hops = 0; win && hops <= 500; hops++, win = win.parent) {
    try {
      if (win[name]) return true;
      if (win.parent === win) return false;
    } catch { return false; }
  }
  return false;
};
const has = (name) => scan(window, name) || scan(window.opener, name);
const query = new URLSearchParams(location.search);
const cmi5 = ["endpoint", "fetch", "actor", "registration", "activityId"].every((p) => query.has(p));
const kind = has("API_1484_11") ? "scorm2004" : has("API") ? "scorm12" : cmi5 ? "cmi5" : null;
let lms = null;
// If the LMS module fails, the app still starts, standalone.
const linked = kind && load(SITE.lms).then(async (module) => {
  await module.start(kind);
  lms = module;
}).catch((error) => console.error(error));
const embedded = query.get("embed") === "1" && import("./embed.js").catch((error) => console.error(error));
ready = Promise.all([linked, embedded]);

// Offline play (offline.js, web/service-worker.js): not inside an LMS's frame nor an
// embedded page, where the host page decides what is kept (docs/offline.md). Loaded once the
// first module has drawn, so its files never queue before the app's.
let framed = true;
try { framed = window.top !== window; } catch { /* another origin's frame */ }
const offline = "serviceWorker" in navigator && !kind && !query.has("embed") && !framed;

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("button[data-copy]");
  const source = button && document.getElementById(button.dataset.copy);
  if (!source) return;
  navigator.clipboard.writeText(source.textContent).then(
    () => { button.textContent = say("boot-copied", "Copied"); },
    () => { button.textContent = say("boot-copy-failed", "Copying failed: select the text and copy it"); },
  );
});

try {
  await enter(owner(location.hash));
  lms?.mounted();
} catch (error) {
  // Never a blank page: say what went wrong and how to carry on.
  const main = document.createElement("main");
  main.className = "panic";
  const heading = document.createElement("h1");
  heading.textContent = say("boot-failed", "Judgement Call could not start");
  const text = document.createElement("p");
  text.textContent = say("boot-failed-help", "Your browser could not load the app. Reload the page; if it happens again, try an up-to-date browser. Your saved progress is untouched.");
  main.append(heading, text);
  document.body.append(main);
  console.error(error);
}
if (offline) import("./offline.js").catch(() => { /* The app works the same online. */ });
