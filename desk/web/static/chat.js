// Staff chat: messages go to /api/chat (relayed to Rasa). Every text is put on the page as DOM
// text nodes, never as HTML: a bot reply's **bold** and `code` become <strong> and <code>,
// its "N. " lines an ordered list, shown one step at a time when there are two or more.
// A photo or screenshot of an error goes to /api/chat/screenshot, which answers with the text
// it read (redacted); that text is shown ("我读到：…") and sent as the next message.
const log = document.getElementById("log");
const form = document.getElementById("send");
const input = document.getElementById("text");
const submit = form.querySelector("button[type=submit]");
const photo = document.getElementById("photo");
const attach = document.getElementById("attach");
const MAX_IMAGE_BYTES = Number(photo.dataset.maxBytes);
const sender = sessionStorage.getItem("careline-sender") || crypto.randomUUID();
sessionStorage.setItem("careline-sender", sender);
// The site the page was opened for (/chat?site=demo-main): questions about versions answer for it.
const site = new URLSearchParams(location.search).get("site");

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN = /[A-Za-z]/g;
const STEP = /^\s*(\d{1,3})[.．]\s+(.*)$/;
const LABELS = {
  zh: {
    counter: (n, total) => `第 ${n} 步，共 ${total} 步`,
    previous: "上一步",
    next: "下一步",
    fixed: "解决了",
    all: "查看全部步骤",
    one: "逐步查看",
    unavailable: "助手暂时不可用，请稍后再试。",
    image: (kb) => `📷 图片 ${kb} KB`,
    read: "我读到：",
    unreadable: "没能读出这张图片：",
    tooLarge: (mb) => `图片太大，最大 ${mb} MB。`,
  },
  en: {
    counter: (n, total) => `Step ${n} of ${total}`,
    previous: "Previous",
    next: "Next step",
    fixed: "That fixed it",
    all: "Show all steps",
    one: "One step at a time",
    unavailable: "The assistant is unavailable right now. Please try again.",
    image: (kb) => `📷 Image ${kb} KB`,
    read: "I read: ",
    unreadable: "The image could not be read: ",
    tooLarge: (mb) => `The image is too large: at most ${mb} MB.`,
  },
};

// Chinese when CJK characters are at least a fifth of the letters: Chinese text is full of
// Latin names (HIS, PAUSE), and an English article may quote a Chinese app name (护理PDA).
function languageOf(text) {
  const cjk = (text.match(CJK) || []).length;
  const latin = (text.match(LATIN) || []).length;
  return cjk > 0 && cjk * 5 >= cjk + latin ? "zh" : "en";
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// "**bold**" and "`code`" inside one line; everything else stays plain text.
function inline(parent, line) {
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`/g;
  let last = 0;
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) parent.append(line.slice(last, match.index));
    if (match[1] !== undefined) parent.append(element("strong", "", match[1]));
    else parent.append(element("code", "", match[2]));
    last = match.index + match[0].length;
  }
  if (last < line.length) parent.append(line.slice(last));
  return parent;
}

// The text as blocks: {kind: "p", line} or {kind: "steps", items: [{number, line}]}.
function blocks(text) {
  const result = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const step = STEP.exec(line);
    const previous = result[result.length - 1];
    if (!step) result.push({ kind: "p", line });
    else if (previous && previous.kind === "steps")
      previous.items.push({ number: Number(step[1]), line: step[2] });
    else result.push({ kind: "steps", items: [{ number: Number(step[1]), line: step[2] }] });
  }
  return result;
}

function list(items) {
  const ol = element("ol");
  for (const item of items) {
    const li = inline(element("li"), item.line);
    li.value = item.number; // keeps its number while the steps around it are hidden
    ol.append(li);
  }
  return ol;
}

function button(label, className, onClick) {
  const b = element("button", className, label);
  b.type = "button";
  b.addEventListener("click", onClick);
  return b;
}

// Two or more steps: one at a time, a counter, previous / next, "that fixed it", show all.
function stepper(items, labels) {
  const section = element("section", "steps");
  const counter = element("p", "step-count");
  counter.setAttribute("aria-live", "polite");
  const ol = list(items);
  const steps = [...ol.children];
  const actions = element("div", "step-actions");
  let current = 0;
  const previous = button(labels.previous, "previous", () => go(current - 1, true));
  const next = button(labels.next, "next primary", () => go(current + 1, true));
  const fixed = button(labels.fixed, "fixed", () => send("/affirm", labels.fixed));
  const all = button(labels.all, "all link", () => {
    const showing = section.classList.toggle("show-all");
    all.textContent = showing ? labels.one : labels.all;
    all.setAttribute("aria-expanded", String(showing));
  });
  all.setAttribute("aria-expanded", "false");

  function go(index, moved = false) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((li, i) => {
      li.classList.toggle("current", i === current);
      if (i === current) li.setAttribute("aria-current", "step");
      else li.removeAttribute("aria-current");
    });
    counter.textContent = labels.counter(current + 1, steps.length);
    section.dataset.step = String(current + 1);
    const focused = document.activeElement;
    previous.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    if (focused === next && next.hidden) fixed.focus(); // the last step: "that fixed it?"
    if (focused === previous && previous.hidden) next.focus();
    if (moved) steps[current].scrollIntoView({ block: "nearest" });
  }

  section.dataset.total = String(steps.length);
  actions.append(previous, next, fixed, all);
  section.append(counter, ol, actions);
  go(0);
  return section;
}

function botMessage(text, buttons) {
  const lang = languageOf(text);
  const labels = LABELS[lang];
  const div = element("div", "msg bot");
  div.lang = lang === "zh" ? "zh-CN" : "en";
  const parts = blocks(text);
  parts.forEach((part, i) => {
    if (part.kind === "p") {
      const title = i === 0 && parts[1] && parts[1].kind === "steps";
      div.append(inline(element("p", title ? "title" : ""), part.line));
    } else if (part.items.length >= 2) {
      div.classList.add("article");
      div.append(stepper(part.items, labels));
    } else {
      div.append(list(part.items));
    }
  });
  if (buttons.length) {
    const choices = element("div", "choices");
    for (const b of buttons) choices.append(button(b.title, "choice", () => send(b.payload, b.title)));
    div.append(choices);
  }
  return div;
}

function userMessage(text, className = "") {
  // textContent: what was typed, exactly, as text
  return element("div", `msg user ${className}`.trim(), text);
}

// Keep the newest messages in view, but never scroll the start of a reply out of sight.
function reveal(first) {
  const offset = first.getBoundingClientRect().top - log.getBoundingClientRect().top;
  log.scrollTop += offset - 8; // the browser stops at the bottom by itself
}

function addReplies(replies) {
  let first = null;
  for (const reply of replies) {
    const node = botMessage(reply.text || "", reply.buttons || []);
    log.append(node);
    first = first || node;
  }
  if (first) reveal(first);
}

let pending = 0;
function busy(delta) {
  pending += delta;
  log.setAttribute("aria-busy", String(pending > 0));
  submit.disabled = pending > 0;
  attach.disabled = pending > 0;
}

function errorNote(text) {
  const note = botMessage(text, []);
  note.classList.add("error");
  log.append(note);
  reveal(note);
}

// The language the chat is in: its last message's, else the browser's.
function chatLanguage() {
  const typed = log.querySelectorAll(".msg.user:not(.image)");
  if (typed.length) return languageOf(typed[typed.length - 1].textContent);
  return (navigator.language || "zh").toLowerCase().startsWith("zh") ? "zh" : "en";
}

async function send(message, shown = message, screenshot = false) {
  const mine = userMessage(shown, screenshot ? "screenshot" : "");
  log.append(mine);
  log.scrollTop = log.scrollHeight;
  busy(+1);
  try {
    const response = await fetch("/api/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        sender,
        message,
        ...(screenshot ? { screenshot } : {}),
        ...(site ? { site } : {}),
      }),
    });
    if (!response.ok) throw new Error(`(${response.status})`);
    addReplies(await response.json());
  } catch (error) {
    errorNote(`${LABELS[languageOf(shown)].unavailable} ${error.message}`);
  } finally {
    busy(-1);
  }
}

// The image itself is sent once, to be read, and never shown again or kept by the page.
async function sendImage(file) {
  const labels = LABELS[chatLanguage()];
  if (file.size > MAX_IMAGE_BYTES) {
    errorNote(labels.tooLarge(Math.floor(MAX_IMAGE_BYTES / 1048576)));
    return;
  }
  log.append(userMessage(labels.image(Math.max(1, Math.round(file.size / 1024))), "image"));
  log.scrollTop = log.scrollHeight;
  busy(+1);
  let read = null;
  try {
    const response = await fetch("/api/chat/screenshot", {
      method: "POST",
      headers: { "Content-Type": file.type || "application/octet-stream" },
      body: file,
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = typeof answer.detail === "string" ? answer.detail : `(${response.status})`;
      errorNote(`${labels.unreadable}${detail}`);
    } else {
      read = answer;
    }
  } catch (error) {
    errorNote(`${labels.unavailable} ${error.message}`);
  } finally {
    busy(-1);
  }
  if (read && read.text) {
    const lang = read.language === "en" ? "en" : "zh";
    await send(read.text, `${LABELS[lang].read}${read.text}`, true);
  }
}

attach.addEventListener("click", () => photo.click());
photo.addEventListener("change", () => {
  const file = photo.files[0];
  photo.value = ""; // the same file may be chosen again
  if (file && !pending) sendImage(file);
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text && !pending) {
    send(text);
    input.value = "";
  }
});
