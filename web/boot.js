// Starts the app. A file of its own, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts. Before the app's WebAssembly arrives it:
// - applies the saved display settings to <html>, so the page never flashes the wrong theme;
// - starts fetching the packed scenario a #/play/<id> link opens, in parallel with the app,
//   and starts the app once both have arrived;
// - loads the LMS module only when an LMS launched the app (docs/lms.md), and embed.js
//   with ?embed=1;
// and it offers the app `judgementCall.module(name)`, which loads one of its on-demand
// modules (`name.js` with `name_bg.wasm`: the Author view with the whole engine, say), and copies text for buttons marked `data-copy` (the error view's "Copy details")
// in plain JavaScript, so that works even after the app has crashed.
const SETTINGS = { theme: ["light", "dark"], text: ["large", "larger"], motion: ["reduce"] };
try {
  const saved = localStorage.getItem("judgement-call/v1/settings") ?? "";
  for (const pair of saved.split(" ")) {
    const [key, value] = pair.split("=");
    if (SETTINGS[key]?.includes(value)) document.documentElement.dataset[key] = value;
  }
} catch {
  // No storage (a sandboxed frame, privacy mode): the app says so once it starts.
}

const play = /^#\/play\/([\w-]+)/.exec(location.hash);
// The scenario's fetch, settled to an ArrayBuffer (or null) before the app starts, so the app
// can draw the scenario in its very first render.
let prefetched = null;
const early = play
  ? fetch(`library/${play[1]}.jcp`).then((r) => (r.ok ? r.arrayBuffer() : null), () => null)
      .then((bytes) => { prefetched = { id: play[1], bytes }; })
  : null;

const modules = new Map();
globalThis.judgementCall = {
  /** The packed scenario `id` fetched at start, once: an ArrayBuffer, or null. */
  prefetched(id) {
    const found = prefetched?.id === id ? prefetched.bytes : null;
    prefetched = null;
    return found;
  },
  /** The on-demand module `name`, loaded and started on first use. */
  module(name) {
    if (!modules.has(name)) {
      modules.set(name, import(`./${name}.js`).then(async (module) => {
        await module.default({ module_or_path: new URL(`${name}_bg.wasm`, import.meta.url) });
        return module;
      }));
    }
    return modules.get(name);
  },
  // The LMS module's resume(id) and progress(id, log) (src/ui/hooks/lms.rs).
  resume: (id) => lms?.resume(id),
  progress: (id, log) => lms?.progress(id, log),
};

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
const linked = kind && judgementCall.module("lms").then(async (module) => {
  await module.start(kind);
  lms = module;
}).catch((error) => console.error(error));
const embedded = query.get("embed") === "1" && import("./embed.js").catch((error) => console.error(error));

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("button[data-copy]");
  const source = button && document.getElementById(button.dataset.copy);
  if (!source) return;
  navigator.clipboard.writeText(source.textContent).then(
    () => { button.textContent = "Copied"; },
    () => { button.textContent = "Copying failed: select the text and copy it"; },
  );
});

// The app is imported here rather than statically at the top, so that the settings and the
// scenario's fetch above start as soon as this file arrives. Its WebAssembly compiles while
// the scenario downloads; the app starts once both are in.
const wasm = new URL("app_bg.wasm", import.meta.url);
const compiled = WebAssembly.compileStreaming(fetch(wasm)).catch(() => wasm);
try {
  const [{ default: init }, module] = await Promise.all([import("./app.js"), compiled, early, linked, embedded]);
  await init({ module_or_path: module });
  lms?.mounted();
} catch (error) {
  // Never a blank page: say what went wrong and how to carry on.
  const main = document.createElement("main");
  main.className = "panic";
  const heading = document.createElement("h1");
  heading.textContent = "Judgement Call could not start";
  const text = document.createElement("p");
  text.textContent = "Your browser could not load the app. Reload the page; if it happens again, try an up-to-date browser. Your saved progress is untouched.";
  main.append(heading, text);
  document.body.append(main);
  console.error(error);
}
