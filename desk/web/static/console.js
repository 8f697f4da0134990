// Live SLA countdowns: every element with data-due counts down to that instant once a second.
// Colours come from the server (the SLA engine's warning fractions; the queue is re-rendered
// every 30 s by htmx); a clock that runs out while the page is open turns "breached" at once.
function formatSpan(ms) {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n) => String(n).padStart(2, "0");
  const clock = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  return days ? `${days}d ${clock}` : clock;
}

function tick() {
  const now = Date.now();
  for (const el of document.querySelectorAll("[data-due]")) {
    const left = Date.parse(el.dataset.due) - now;
    el.textContent = left >= 0 ? formatSpan(left) : `−${formatSpan(left)} overdue`;
    if (left < 0) {
      el.closest("[data-level]")?.setAttribute("data-level", "breached");
    }
  }
}

tick();
setInterval(tick, 1000);
document.addEventListener("htmx:afterSwap", tick);
