// Shared pieces of the end-to-end tests: a loopback static server for the release build in
// dist/, the system Chromium launched with root-safe flags, and an artifacts folder.
import http from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const ARTIFACTS = path.join(ROOT, "artifacts");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".css": "text/css", ".json": "application/json",
  ".svg": "image/svg+xml", ".xml": "application/xml", ".scenario": "text/plain; charset=utf-8",
  ".png": "image/png", ".webmanifest": "application/manifest+json", ".ftl": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on 127.0.0.1 at a free port, and each folder of `mounts` (`{ "/ink/": dir }`)
 * under its prefix; resolves to { url, close }.
 */
export function serve(root = DIST, mounts = {}) {
  const server = http.createServer(async (req, res) => {
    let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (p.endsWith("/")) p += "index.html";
    let base = root;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (p.startsWith(prefix)) { base = dir; p = p.slice(prefix.length - 1); }
    }
    const file = path.join(base, path.normalize(p).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(base)) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404); res.end("not found");
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
  })));
}

/** A port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    }).on("error", reject);
  });
}

export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run",
];

/** The system Chromium, headless; Playwright never downloads a browser here. */
export function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

/** Opens a page that records console errors, page errors and CSP violations in `problems`. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * The author CLI's binary (built by `cargo test`, or built here if missing), in
 * $CARGO_TARGET_DIR when that is set, as cargo itself does.
 */
export function cliBinary() {
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target");
  const binary = path.join(target, "debug", "judgement-call");
  if (!existsSync(binary)) {
    execFileSync("cargo", ["build", "--quiet", "--bin", "judgement-call"], { cwd: ROOT, stdio: "inherit" });
  }
  return binary;
}

/** Runs the author CLI and returns stdout. */
export function cli(args) {
  return execFileSync(cliBinary(), args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
