// The stand-in LMS of scorm-host.html: creates scorm-again's Scorm12API or Scorm2004API on
// window (seeded from window.__seed for a resumed launch), records every call the content
// makes with its result and scorm-again's error code in window.__calls, lets the test make
// calls fail through window.__faults, then frames the package's launch URL.
const query = new URLSearchParams(location.search);
const v12 = query.get("version") === "1.2";
document.getElementById("version").textContent = v12 ? "SCORM 1.2" : "SCORM 2004 4th edition";
const settings = { autocommit: false, logLevel: 5 };
const api = v12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
if (window.__seed) api.loadFromFlattenedJSON(window.__seed, "");
const lastError = (v12 ? api.LMSGetLastError : api.GetLastError).bind(api);
window.__calls = [];
// refuse: an element prefix SetValue refuses `refuseTimes` times; commitFails: Commits that fail.
window.__faults = { refuse: null, refuseTimes: 0, commitFails: 0 };
const methods = v12
  ? ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit"]
  : ["Initialize", "Terminate", "GetValue", "SetValue", "Commit"];
for (const method of methods) {
  const real = api[method].bind(api);
  api[method] = (...args) => {
    const faults = window.__faults;
    let result;
    let err;
    if (method.endsWith("SetValue") && faults.refuse && args[0].startsWith(faults.refuse) && faults.refuseTimes > 0) {
      faults.refuseTimes--;
      [result, err] = ["false", "injected"];
    } else if (method.endsWith("Commit") && faults.commitFails > 0) {
      faults.commitFails--;
      [result, err] = ["false", "injected"];
    } else {
      result = real(...args);
      err = String(lastError());
    }
    window.__calls.push({ method, args, result: String(result), err });
    return result;
  };
}
window.__api = api;
window[v12 ? "API" : "API_1484_11"] = api;
document.getElementById("sco").src = query.get("launch");
