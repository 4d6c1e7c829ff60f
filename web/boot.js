// Starts the app. A file of its own, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts.
import init from "./app.js";

init({ module_or_path: new URL("app_bg.wasm", import.meta.url) });
