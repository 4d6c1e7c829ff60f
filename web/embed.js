// Embedded mode (?embed=1), loaded by boot.js before the app starts: drops the app's header
// and footer (embed.css) and tells the parent page the content's height whenever it
// changes, in each of the formats LMS pages commonly listen for (docs/embedding.md):
// - { subject: "lti.frameResize", height }: Canvas, Sakai and LTI resize helpers;
// - { context: "h5p", action: "resize", height }: H5P's h5p-resizer.js (Moodle, WordPress);
// - { type: "resize", height, frameHeight: height }: the snippet in docs/embedding.md and
//   the usual hand-written listeners.
// A height is no secret, so it goes to any parent ("*").
const style = document.createElement("link");
style.rel = "stylesheet";
style.href = new URL("embed.css", import.meta.url).href;
const loaded = new Promise((resolve) => { style.onload = style.onerror = resolve; });
document.head.append(style);
await loaded;

if (window.parent !== window) {
  let last = 0;
  let pending = 0;
  const post = () => {
    pending = 0;
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const message of [
      { subject: "lti.frameResize", height },
      { context: "h5p", action: "resize", height },
      { type: "resize", height, frameHeight: height },
    ]) window.parent.postMessage(message, "*");
  };
  new ResizeObserver(() => { pending ||= requestAnimationFrame(post); }).observe(document.body);
}
