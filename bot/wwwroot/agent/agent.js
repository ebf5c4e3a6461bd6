// HandoffBot agent console: plain JavaScript over the REST API (/api/agent) and the SignalR hub (/hubs/agent).
"use strict";

const api = async (method, path, body) => {
  const response = await fetch(`/api/agent/${path}`, {
    method,
    credentials: "same-origin",
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(data?.detail || data?.title || `${response.status}`);
    error.status = response.status;
    throw error;
  }
  return data;
};

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child ?? "");
  return node;
};

const state = { me: null, queue: [], current: null, connection: null, urgentAt: 70, alertsOn: false, skills: [] };

function formatWait(seconds) {
  const minutes = Math.floor(seconds / 60);
  return minutes < 1 ? `${Math.floor(seconds)}s` : minutes < 60 ? `${minutes}m` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function renderQueue() {
  if (!state.me) return;
  const body = $("#queue tbody");
  body.replaceChildren();
  const loadedAt = state.queueLoadedAt ?? Date.now();
  for (const item of state.queue) {
    const waited = item.waitingSeconds + (Date.now() - loadedAt) / 1000;
    const assignment = item.assignment === "accepted" ? `with ${item.agentId}` : item.assignment === "offered" ? `offered to ${item.offeredTo}` : "queued";
    const row = el("tr", { className: [
        item.priority >= state.urgentAt ? "urgent" : "",
        item.offeredTo === state.me.id ? "offered-to-me" : "",
        item.handoffId === state.current?.case.handoffId ? "selected" : ""].join(" ") },
      el("td", { textContent: item.priority }),
      el("td", { textContent: item.reason }),
      el("td", { textContent: item.skill }),
      el("td", { textContent: formatWait(waited) }),
      el("td", { textContent: item.tier ?? "" }),
      el("td", { textContent: item.customerName ?? "unknown" }),
      el("td", { textContent: assignment }));
    row.dataset.handoffId = item.handoffId;
    row.addEventListener("click", () => openCase(item.handoffId));
    body.append(row);
  }
  $("#queue-count").textContent = `(${state.queue.length})`;
}

async function loadQueue() {
  state.queue = await api("GET", "queue");
  state.queueLoadedAt = Date.now();
  renderQueue();
}

// The Markdown bot and agent messages use (bold, italics, code, links, lists, line breaks), built as DOM nodes:
// text is never parsed as HTML, so nothing a customer or an agent typed can become markup here.
function markdown(text) {
  const fragment = document.createDocumentFragment();
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)|\*([^*\s][^*]*)\*/g;
  (text ?? "").split("\n").forEach((raw, index) => {
    if (index > 0) fragment.append(el("br"));
    const source = raw.replace(/^\s*[-*]\s+/, "• ");
    let last = 0;
    for (const match of source.matchAll(pattern)) {
      fragment.append(source.slice(last, match.index));
      if (match[1] !== undefined) fragment.append(el("strong", { textContent: match[1] }));
      else if (match[2] !== undefined) fragment.append(el("code", { textContent: match[2] }));
      else if (match[3] !== undefined) fragment.append(el("a", { textContent: match[3], href: match[4], target: "_blank", rel: "noopener noreferrer" }));
      else fragment.append(el("em", { textContent: match[5] }));
      last = match.index + match[0].length;
    }
    fragment.append(source.slice(last));
  });
  return fragment;
}

function line(role, who, text, time) {
  return el("li", { className: role },
    el("span", { className: "who", textContent: who }),
    el("span", { className: "text" }, markdown(text)),
    el("span", { className: "muted", textContent: time ? ` ${new Date(time).toLocaleTimeString()}` : "" }));
}

function renderCase() {
  const view = state.current;
  $("#case-empty").hidden = !!view;
  $("#case").hidden = !view;
  if (!view) return;
  const item = view.case;
  $("#case-title").textContent = `${item.customerName ?? "Unknown customer"} · ${item.skill} · priority ${item.priority}`;
  $("#case-summary").textContent = view.summary;
  const open = view.status === "open";
  const mine = open && item.assignment === "accepted" && item.agentId === state.me.id;
  $("#accept").hidden = item.assignment === "accepted" || !open;
  // A closed case takes nothing more: its forms go away rather than fail on the next click.
  for (const form of ["#reply-form", "#transfer-form", "#resolve-form"]) {
    $(form).hidden = !open;
    for (const control of $(form).elements) control.disabled = !mine;
  }

  const customer = $("#case-customer");
  customer.replaceChildren();
  for (const [key, value] of Object.entries(view.customer ?? {})) {
    customer.append(el("dt", { textContent: key }), el("dd", { textContent: value === null ? "—" : String(value) }));
  }
  // Helpdesk tickets the integrations created for the case (docs/integrations.md).
  for (const ticket of view.tickets ?? []) {
    customer.append(el("dt", { textContent: "ticket" }),
      el("dd", {}, el("a", { className: "ticket", href: ticket.link, target: "_blank", rel: "noopener noreferrer", textContent: `${ticket.connector} #${ticket.ticketId}` })));
  }

  $("#case-triggers").replaceChildren(...view.triggers.map((t) =>
    el("li", {}, el("strong", { textContent: t.name }), ` (${t.kind}, ${t.score.toFixed(2)}${t.skill ? `, ${t.skill}` : ""}): `, el("span", { className: "evidence", textContent: t.evidence }))));
  $("#case-tried").replaceChildren(...(view.tried.length ? view.tried.map((t) =>
    el("li", { textContent: `${t.tried}${t.topic && t.topic !== t.tried ? ` on ${t.topic}` : ""}${t.outcome ? ` → ${t.outcome}` : ""} (turn ${t.turn})` })) : [el("li", { className: "muted", textContent: "Nothing yet" })]));
  $("#case-page").textContent = view.page ? JSON.stringify(view.page, null, 2) : "—";
  $("#case-entities").replaceChildren(...view.entities.map((e) => el("li", { textContent: `${e.type}: ${e.text}` })));
  $("#case-transcript").replaceChildren(...view.transcript.map((l) => line(l.role, l.role === "bot" ? "Bot" : "Customer", l.text, l.timestamp)));
  $("#chat").replaceChildren(...view.messages.map(chatLine));
  $("#chat").scrollTop = $("#chat").scrollHeight;
}

function chatLine(m) {
  const name = m.agentName ?? m.agentId;
  const who = m.sender === "customer" ? "Customer" : m.sender === "note" ? `Note from ${name}` : m.agentId === state.me.id ? "You" : name;
  const li = line(m.sender, who, m.text, m.createdUtc);
  li.dataset.seq = m.seq;
  return li;
}

async function openCase(handoffId) {
  $("#case-error").textContent = "";
  state.current = await api("GET", `cases/${encodeURIComponent(handoffId)}`);
  renderCase();
  renderQueue();
}

async function act(action) {
  $("#case-error").textContent = "";
  try {
    await action();
  } catch (error) {
    $("#case-error").textContent = error.message;
  }
}

function alertUrgent(alert) {
  const banner = el("div", { textContent: `⚠ ${alert.message} (priority ${alert.priority})` });
  $("#alerts").prepend(banner);
  setTimeout(() => banner.remove(), 30000);
  if (!state.alertsOn) return;
  if ("Notification" in window && Notification.permission === "granted") {
    new Notification("Urgent handoff", { body: alert.message, tag: alert.handoffId });
  }
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.3);
  } catch { /* no audio device: the banner and notification still show */ }
}

async function connect() {
  const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/agent").withAutomaticReconnect().build();
  connection.on("queueChanged", async (change) => {
    await loadQueue();
    if (state.current?.case.handoffId === change.handoffId) await openCase(change.handoffId);
  });
  connection.on("caseOffered", (item) => {
    if (item.priority < state.urgentAt) alertUrgent({ handoffId: item.handoffId, priority: item.priority, message: `Offered to you: ${item.reason} (${item.skill})` });
  });
  const onMessage = (m) => {
    if (state.current?.case.handoffId !== m.handoffId || $(`#chat li[data-seq="${m.seq}"]`)) return;
    state.current.messages.push(m);
    $("#chat").append(chatLine(m));
    $("#chat").scrollTop = $("#chat").scrollHeight;
  };
  connection.on("customerMessage", onMessage);
  connection.on("agentMessage", onMessage);
  connection.on("urgentAlert", alertUrgent);
  connection.onreconnecting(() => { $("#connection").textContent = "reconnecting…"; });
  connection.onreconnected(async () => { $("#connection").textContent = ""; await loadQueue(); });
  await connection.start();
  state.connection = connection;
}

async function showApp(me) {
  state.me = me;
  $("#signin").hidden = true;
  $("#app").hidden = false;
  $("#me").textContent = `${me.displayName} (${me.role})`;
  $("#dashboard-link").hidden = me.role !== "supervisor";
  $("#presence").value = me.presence;
  const agents = await api("GET", "agents");
  $("#transfer-agent").replaceChildren(el("option", { value: "", textContent: "Any agent" }),
    ...agents.filter((a) => a.id !== me.id).map((a) => el("option", { value: a.id, textContent: `${a.displayName} (${a.presence})` })));
  const skills = [...new Set(agents.flatMap((a) => a.skills).filter((s) => s !== "*"))].sort();
  $("#transfer-skill").replaceChildren(el("option", { value: "", textContent: "Same skill" }), ...skills.map((s) => el("option", { value: s, textContent: s })));
  await connect();
  await loadQueue();
  // A link from a notification or a ticket (…/agent/#case=<id>) opens that case.
  const linked = new URLSearchParams(location.hash.slice(1)).get("case");
  if (linked) await act(() => openCase(linked));
}

$("#signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("#signin-error").textContent = "";
  try {
    const me = await api("POST", "signin", { agentId: $("#agent-id").value.trim(), password: $("#password").value });
    // Sent here to sign in by the lead's dashboard: a supervisor goes back to it.
    if (new URLSearchParams(location.search).get("next") === "dashboard" && me.role === "supervisor") {
      location.assign("/dashboard/");
      return;
    }
    await showApp(me);
  } catch (error) {
    $("#signin-error").textContent = error.message;
  }
});

$("#signout").addEventListener("click", async () => {
  await state.connection?.stop();
  await api("POST", "signout");
  location.reload();
});

$("#presence").addEventListener("change", () => act(() => api("PUT", "presence", { presence: $("#presence").value })));

$("#notify").addEventListener("click", async () => {
  state.alertsOn = true;
  if ("Notification" in window && Notification.permission === "default") await Notification.requestPermission();
  $("#notify").textContent = "Alerts on";
  $("#notify").disabled = true;
});

$("#accept").addEventListener("click", () => act(async () => {
  state.current = await api("POST", `cases/${state.current.case.handoffId}/accept`);
  renderCase();
  await loadQueue();
}));

$("#reply-form").addEventListener("submit", (event) => {
  event.preventDefault();
  act(async () => {
    const text = $("#reply-text").value.trim();
    if (!text) return;
    const message = await api("POST", `cases/${state.current.case.handoffId}/messages`, { text });
    $("#reply-text").value = "";
    if (!$(`#chat li[data-seq="${message.seq}"]`)) $("#chat").append(chatLine(message));
  });
});

$("#transfer-form").addEventListener("submit", (event) => {
  event.preventDefault();
  act(async () => {
    const skill = $("#transfer-skill").value || null;
    const agentId = $("#transfer-agent").value || null;
    if (!skill && !agentId) throw new Error("Choose a skill or an agent to transfer to.");
    state.current = await api("POST", `cases/${state.current.case.handoffId}/transfer`, { skill, agentId, note: $("#transfer-note").value });
    $("#transfer-note").value = "";
    renderCase();
  });
});

$("#resolve-form").addEventListener("submit", (event) => {
  event.preventDefault();
  act(async () => {
    state.current = await api("POST", `cases/${state.current.case.handoffId}/resolve`, { disposition: $("#resolve-disposition").value });
    renderCase();
    await loadQueue();
  });
});

setInterval(renderQueue, 15000);

api("GET", "me").then(showApp, () => { $("#signin").hidden = false; });
