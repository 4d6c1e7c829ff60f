// Minifies what a release build ships as text, in place in the folder given: the JavaScript
// (the modules' wasm-bindgen glue and boot.js) with terser, and the stylesheets and the page
// by dropping comments and the spaces nothing reads. Run by a Trunk post-build hook (see Trunk.toml),
// since Trunk's own minifier cannot read the glue. Some 4 KB less gzipped in the app shell.
// Without terser installed (`./x setup` installs it) the JavaScript ships as it is: the app
// works the same, only bigger. Then each module's imports get short names, in its glue and
// its WebAssembly alike (`shortenImports`): some 2 KB less gzipped per module.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { shortenImports } from "./short-imports.mjs";

/** A stylesheet without comments, and with one space at most where any is needed. */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    // After a colon a space is never read (a property's value, a pseudo-class's name).
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .trim();
}

/**
 * The page without comments, without the blank lines they leave, and without the inert
 * `<link data-trunk>` Trunk leaves behind for the app (boot.js starts every module).
 */
export function minifyHtml(html) {
  return html.replace(/<!--[\s\S]*?-->/g, "").replace(/<link data-trunk[^>]*>/g, "").replace(/>\s+</g, ">\n<").trim() + "\n";
}

const dir = process.argv[2];
let terser = null;
try {
  terser = await import("terser");
} catch {
  console.warn("minify: terser is not installed (run ./x setup); the JavaScript ships unminified");
}
const page = path.join(dir, "index.html");
let html = await readFile(page, "utf8");
for (const name of await readdir(dir)) {
  const file = path.join(dir, name);
  if (name.endsWith(".css")) {
    const css = minifyCss(await readFile(file, "utf8"));
    await writeFile(file, css);
    // The page names the stylesheet with its digest (Subresource Integrity): the new one.
    const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
    html = html.replace(new RegExp(`(href="\\./${name.replace(".", "\\.")}" integrity=")[^"]*`), `$1${integrity}`);
  } else if (name.endsWith(".js") && name !== "service-worker.js" && terser) {
    // Not the service worker: scripts/offline.mjs writes the release into its text next,
    // and it is never part of a page's download.
    const { code } = await terser.minify(await readFile(file, "utf8"), { module: true, compress: { passes: 2 }, mangle: true });
    await writeFile(file, code);
  }
}
await writeFile(page, minifyHtml(html));
for (const name of await readdir(dir)) {
  if (!name.endsWith("_bg.wasm")) continue;
  const glue = path.join(dir, name.replace(/_bg\.wasm$/, ".js"));
  const wasm = path.join(dir, name);
  const short = shortenImports(await readFile(wasm), await readFile(glue, "utf8"));
  if (short === null) {
    console.warn(`minify: ${name} keeps its import names (an import its glue does not name)`);
    continue;
  }
  await writeFile(wasm, short.wasm);
  await writeFile(glue, short.js);
}
