// The service worker: the whole app, its modules and the built-in library kept on the device
// at the first visit, so every scenario plays with the network off.
//
// One cache per release, named by the release's digest. A release build writes the release
// into this file (scripts/offline.mjs, after the Trunk hook's other steps): RELEASE, a digest
// of every file the build ships, and FILES, their names. A new release is a new service
// worker; it caches its own files beside the old ones and then waits: the page shows an
// "update available" notice (boot.js tells the app), and only when the learner chooses to
// reload does the new worker take over and drop the old cache. So one page never gets files
// of two releases, and nothing is swapped under a learner mid-scenario.
//
// Only the page's own files are answered from the cache, and only those this release ships;
// anything else (a live room's broker, an LRS) goes to the network untouched. boot.js does
// not register this worker inside an LMS's frame or an embedded page (?embed=1): there the
// host page decides what is kept (docs/offline.md).

const RELEASE = "__RELEASE__";
const FILES = ["__FILES__"];
const CACHE = `judgement-call-${RELEASE}`;
/** The app's own address: where this worker is, with a trailing slash. */
const BASE = new URL("./", self.location.href).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `cache: "reload"` asks the server, never the HTTP cache, so the release is whole.
      Promise.all(FILES.map((file) =>
        fetch(new Request(new URL(file, BASE), { cache: "reload" })).then((response) => {
          if (!response.ok) throw new Error(`${file}: ${response.status}`);
          return cache.put(new URL(file, BASE), response);
        }),
      )),
    ),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("judgement-call-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over once the learner has chosen to reload.
self.addEventListener("message", (event) => {
  if (event.data?.type === "activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(BASE)) return;
  // The file's name inside the app; the app's own address is its page (places live in the
  // hash, so a page's address is the app's, with or without a query).
  const name = decodeURIComponent(new URL(request.url).pathname.slice(new URL(BASE).pathname.length));
  const path = name === "" ? "index.html" : name;
  if (!FILES.includes(path)) return;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(new URL(path, BASE)))
      .then((cached) => cached ?? fetch(request)),
  );
});
