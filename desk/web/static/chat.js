// Staff chat: messages go to /api/chat (relayed to Rasa); replies are shown as text, never HTML.
const log = document.getElementById("log");
const form = document.getElementById("send");
const input = document.getElementById("text");
const sender = sessionStorage.getItem("careline-sender") || crypto.randomUUID();
sessionStorage.setItem("careline-sender", sender);

function show(text, who, buttons = []) {
  const div = document.createElement("div");
  div.className = `msg ${who}`;
  div.textContent = text;
  for (const b of buttons) {
    const button = document.createElement("button");
    button.textContent = b.title;
    button.onclick = () => send(b.payload, b.title);
    div.appendChild(document.createElement("br"));
    div.appendChild(button);
  }
  log.appendChild(div);
  log.scrollTop = log.scrollHeight;
}

async function send(message, shown = message) {
  show(shown, "user");
  const response = await fetch("/api/chat", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ sender, message }),
  });
  if (!response.ok) {
    show(`(${response.status}) 助手暂时不可用 / assistant unavailable`, "bot");
    return;
  }
  for (const reply of await response.json()) show(reply.text || "", "bot", reply.buttons || []);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text) send(text);
  input.value = "";
});
