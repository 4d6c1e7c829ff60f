// Keeps every message the embedded app posts in window.__messages, and applies the plain
// `{ type: "resize", height }` one to the frame, as docs/embedding.md's snippet does.
window.__messages = [];
const frame = document.getElementById("app");
window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow) return;
  window.__messages.push(event.data);
  if (event.data?.type === "resize") frame.style.height = `${event.data.height}px`;
});
frame.src = new URLSearchParams(location.search).get("launch");
