// HandoffBot support dashboard: the lead's numbers from GET /api/metrics/summary, drawn with Chart.js, with each
// chart's numbers beside it and in a table; refreshed live when the queue changes (SignalR hub, watch-only).
"use strict";

const $ = (selector) => document.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) node.append(child ?? "");
  return node;
};

const colors = { blue: "#2d5bd8", orange: "#e07b1a", green: "#2e9a52", red: "#c0262d", grey: "#8a93a5", purple: "#7a4fc9" };
const charts = new Map();

const plural = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
const rating = (average) => (average == null ? "–" : `${average} / 5`);
const percent = (ratio) => (ratio == null ? "–" : `${(ratio * 100).toFixed(1)}%`);
const number = (value) => (value == null ? "–" : String(value));
function duration(seconds) {
  if (seconds == null) return "–";
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} m ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m`;
}

function query() {
  const period = $("#period").value;
  if (period !== "custom") return `period=${period}`;
  return `period=custom&from=${encodeURIComponent($("#from").value)}&to=${encodeURIComponent($("#to").value)}`;
}

async function load() {
  const response = await fetch(`/api/metrics/summary?${query()}`, { credentials: "same-origin" });
  if (response.status === 401) {
    location.assign("/agent/?next=dashboard");
    return;
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    $("#error").textContent = data?.detail || data?.title || `The numbers could not be loaded (${response.status}).`;
    return;
  }
  $("#error").textContent = "";
  render(data);
  $("#updated").textContent = `Updated ${new Date().toLocaleTimeString()}`;
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded ?? 0) + 1);
}

function kpi(name, label, value, shown, detail) {
  const dd = el("dd", { textContent: shown }, detail ? el("small", { textContent: detail }) : null);
  dd.dataset.metric = name;
  dd.dataset.value = value == null ? "" : String(value);
  return el("div", { className: "kpi" }, el("dt", { textContent: label }), dd);
}

function render(m) {
  $("#period-label").textContent = `${m.from} to ${m.to} (${m.timeZone})`;
  const waitingNow = m.queueNow.reduce((sum, q) => sum + q.waiting, 0);
  const oldest = m.queueNow.reduce((max, q) => Math.max(max, q.oldestWaitSeconds), 0);
  $("#kpis").replaceChildren(
    kpi("conversations", "Conversations", m.conversations, number(m.conversations)),
    kpi("handoffRate", "Handoff rate", m.handoffRate, percent(m.handoffRate), plural(m.handoffs, "handoff")),
    kpi("resolvedByBotRate", "Resolved by the bot", m.resolvedByBotRate, percent(m.resolvedByBotRate), "without a person"),
    kpi("aiOnlyAverageCsat", "CSAT, bot alone", m.aiOnlyAverageCsat, rating(m.aiOnlyAverageCsat), plural(m.aiOnlyCsatRatings, "rating")),
    kpi("averageCsat", "CSAT after a handoff", m.averageCsat, rating(m.averageCsat), plural(m.csatRatings, "rating")),
    kpi("medianSecondsToAccept", "Time to accept (p50)", m.medianSecondsToAccept, duration(m.medianSecondsToAccept), `p90 ${duration(m.p90SecondsToAccept)}`),
    kpi("medianSecondsToFirstHumanReply", "First human reply (p50)", m.medianSecondsToFirstHumanReply, duration(m.medianSecondsToFirstHumanReply), `p90 ${duration(m.p90SecondsToFirstHumanReply)}`),
    kpi("abandoned", "Abandoned while waiting", m.abandoned, number(m.abandoned), `${percent(m.abandonmentRate)} of handoffs`),
    kpi("closedAsFollowUps", "Became follow-up tickets", m.closedAsFollowUps, number(m.closedAsFollowUps), "nobody could take them"),
    kpi("waitingNow", "Waiting now", waitingNow, number(waitingNow), waitingNow ? `oldest ${duration(oldest)}` : "queue empty"));

  const days = m.daily.map((d) => d.date);
  const column = (pick) => m.daily.map(pick);
  figure("#trend-charts", "volume", "Conversations and handoffs", "bar", days,
    [series("Conversations", column((d) => d.conversations), colors.blue), series("Handoffs", column((d) => d.handoffs), colors.orange)],
    [["Conversations", number(m.conversations)], ["Handoffs", number(m.handoffs)]]);
  figure("#trend-charts", "rates", "Handoff rate and resolved by the bot (%)", "line", days,
    [series("Handoff rate", column((d) => pct(d.handoffRate)), colors.orange), series("Resolved by the bot", column((d) => pct(d.resolvedByBotRate)), colors.green)],
    [["Handoff rate", percent(m.handoffRate)], ["Resolved by the bot", percent(m.resolvedByBotRate)]]);
  figure("#trend-charts", "times", "Time to a human, median (seconds)", "line", days,
    [series("To accept", column((d) => d.medianSecondsToAccept), colors.purple), series("To first reply", column((d) => d.medianSecondsToFirstHumanReply), colors.blue)],
    [["Accept p50 / p90", `${duration(m.medianSecondsToAccept)} / ${duration(m.p90SecondsToAccept)}`],
      ["First reply p50 / p90", `${duration(m.medianSecondsToFirstHumanReply)} / ${duration(m.p90SecondsToFirstHumanReply)}`]]);
  figure("#trend-charts", "csat", "CSAT: bot alone and after a handoff (average, 1–5)", "line", days,
    [series("Bot alone", column((d) => d.aiOnlyAverageCsat), colors.blue), series("After a handoff", column((d) => d.averageCsat), colors.green)],
    [["Bot alone", `${rating(m.aiOnlyAverageCsat)} (${plural(m.aiOnlyCsatRatings, "rating")})`],
      ["After a handoff", `${rating(m.averageCsat)} (${plural(m.csatRatings, "rating")})`]]);
  figure("#trend-charts", "abandoned", "Abandoned while waiting", "bar", days,
    [series("Abandoned", column((d) => d.abandoned), colors.red)],
    [["Abandoned", number(m.abandoned)], ["Of handoffs", percent(m.abandonmentRate)]]);

  figure("#split-charts", "triggers", "Handoffs by trigger", "bar", m.handoffsByTrigger.map((c) => c.name),
    [series("Handoffs", m.handoffsByTrigger.map((c) => c.count), colors.orange)],
    m.handoffsByTrigger.map((c) => [c.name, number(c.count)]), true);
  figure("#split-charts", "skills", "Handoffs by skill", "bar", m.handoffsBySkill.map((c) => c.name),
    [series("Handoffs", m.handoffsBySkill.map((c) => c.count), colors.blue)],
    m.handoffsBySkill.map((c) => [c.name, number(c.count)]), true);
  figure("#split-charts", "queue", "Queue now, per skill", "bar", m.queueNow.map((q) => q.skill),
    [series("Waiting", m.queueNow.map((q) => q.waiting), colors.orange), series("Oldest wait (minutes)", m.queueNow.map((q) => Math.round(q.oldestWaitSeconds / 6) / 10), colors.red)],
    m.queueNow.length ? m.queueNow.map((q) => [q.skill, `${q.waiting} waiting, oldest ${duration(q.oldestWaitSeconds)}`]) : [["Queue", "empty"]]);
}

const pct = (ratio) => (ratio == null ? null : Math.round(ratio * 1000) / 10);
const series = (label, data, color) => ({ label, data, backgroundColor: color, borderColor: color, spanGaps: true });

// One figure per chart: the canvas (an image for assistive technology), its key numbers beside it, and a table with
// every value charted.
function figure(container, name, title, type, labels, datasets, beside, horizontal = false) {
  let entry = charts.get(name);
  if (!entry) {
    const canvas = el("canvas", { role: "img", ariaLabel: `${title}: chart; the same values follow in a table` });
    const table = el("table", { className: "visually-hidden" });
    const aside = el("dl", { className: "beside" });
    const node = el("figure", {}, el("figcaption", { textContent: title }),
      el("div", { className: "chart-row" }, el("div", { className: "canvas-box" }, canvas), aside), table);
    node.dataset.chart = name;
    $(container).append(node);
    const chart = new Chart(canvas, {
      type,
      data: { labels, datasets },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: datasets.length > 1, position: "bottom" } },
        scales: { [horizontal ? "x" : "y"]: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    entry = { chart, table, aside };
    charts.set(name, entry);
  } else {
    entry.chart.data.labels = labels;
    entry.chart.data.datasets = datasets;
    entry.chart.update("none");
  }

  entry.aside.replaceChildren(...beside.flatMap(([label, value]) => [el("dt", { textContent: label }), el("dd", { textContent: value })]));
  entry.table.replaceChildren(
    el("caption", { textContent: title }),
    el("thead", {}, el("tr", {}, el("th", { textContent: horizontal ? "Name" : "Label" }), ...datasets.map((d) => el("th", { textContent: d.label })))),
    el("tbody", {}, ...labels.map((label, i) => el("tr", {}, el("th", { textContent: label, scope: "row" }),
      ...datasets.map((d) => el("td", { textContent: d.data[i] == null ? "–" : String(d.data[i]) }))))));
}

$("#view-toggle").addEventListener("click", () => {
  const tables = document.body.classList.toggle("tables");
  for (const { table } of charts.values()) table.classList.toggle("visually-hidden", !tables);
  $("#view-toggle").textContent = tables ? "Show as charts" : "Show as tables";
  $("#view-toggle").setAttribute("aria-pressed", String(tables));
});

$("#period").addEventListener("change", () => {
  const custom = $("#period").value === "custom";
  $("#custom-range").hidden = !custom;
  if (!custom) load();
});
$("#period-form").addEventListener("submit", (event) => {
  event.preventDefault();
  load();
});

// Live: the queue's changes (a handoff opened, accepted, resolved, withdrawn) reload the numbers, at most once a
// second; the rest (ratings, waits growing) every minute.
let pending = null;
function soon() {
  if (pending) return;
  pending = setTimeout(() => { pending = null; load(); }, 1000);
}

async function connect() {
  const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/agent?view=dashboard").withAutomaticReconnect().build();
  connection.on("queueChanged", soon);
  connection.onreconnected(soon);
  await connection.start();
  document.body.dataset.live = "true";
}

load().then(connect).catch((error) => { $("#error").textContent = error.message; });
setInterval(load, 60000);
