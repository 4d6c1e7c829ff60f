// Offline play: registers the service worker (service-worker.js) that keeps this release on
// the device, and tells the app when a new release is installed and waiting. boot.js loads
// this file once the first module has drawn, and never inside an LMS's frame or an embedded
// page (docs/offline.md); browsers give no service worker to a page not served securely.
//
// A new release waits until the learner chooses to reload (the app's notice calls
// `judgementCall.update()`), so nothing is swapped under them mid-scenario.

// The new release's worker, installed and waiting, once there is one.
let waiting = null;

judgementCall.waiting = () => waiting !== null;
judgementCall.update = () => {
  if (!waiting) return;
  navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
  waiting.postMessage({ type: "activate" });
};

/** Keeps `worker` as the waiting release and tells the app (`judgement-call-update`). */
function offer(worker) {
  waiting = worker;
  dispatchEvent(new Event("judgement-call-update"));
}

try {
  const registration = await navigator.serviceWorker.register("service-worker.js");
  // A release found on an earlier visit may be waiting already. The first worker a device
  // installs replaces nothing, so it offers nothing.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) offer(worker);
    });
  });
  // A learner may keep the app open for days: look for a new release every hour.
  setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
} catch {
  // No offline copy (the browser refused the worker's storage, say): the app works the same online.
}
