// Cooperation-conflict page: a dyad over time (/api/series) drawn with the vendored Chart.js.
// Cooperation (quad classes 1, 2) stacks above zero, conflict (3, 4) below it, and the mean
// Goldstein score of each period is a line on its own -10..+10 axis. Asserted events only, each
// real event counted once however many articles told it.
"use strict";

const QUADS = [
  { key: "quad1", sign: 1, color: "#8cc084" },
  { key: "quad2", sign: 1, color: "#2e7d32" },
  { key: "quad3", sign: -1, color: "#f0a04b" },
  { key: "quad4", sign: -1, color: "#c62828" },
];

/** The event-date range of one period, for the timeline it opens. */
function periodRange(period, by) {
  if (by !== "week") return { since: period.period, until: period.period };
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(start.getTime() + 6 * 86400000);
  return { since: period.start, until: end.toISOString().slice(0, 10) };
}

function drawChart(canvas, body, onPeriod) {
  const labels = body.periods.map(p => p.period);
  const datasets = QUADS.map(q => ({
    type: "bar", label: body.quad_names[q.key], stack: "events", yAxisID: "y", order: 1,
    data: body.periods.map(p => q.sign * p[q.key]), backgroundColor: q.color, borderWidth: 0,
  }));
  datasets.push({
    type: "line", label: "mean Goldstein score", yAxisID: "goldstein", order: 0, data: body.periods.map(p => p.goldstein_mean),
    borderColor: "#1f3a5f", backgroundColor: "#1f3a5f", pointRadius: 4, pointBorderColor: "#ffffff", pointBorderWidth: 1.5, borderWidth: 2, spanGaps: false,
  });
  // Both axes symmetric about zero, so that no events and a neutral Goldstein mean share one line.
  const reach = Math.max(1, ...body.periods.map(p => Math.max(p.quad1 + p.quad2, p.quad3 + p.quad4)));
  return new Chart(canvas, {
    data: { labels, datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: {
          stacked: true, min: -reach, max: reach, title: { display: true, text: "events: cooperation ↑  conflict ↓" },
          ticks: { precision: 0, callback: value => Math.abs(value) },
        },
        goldstein: {
          position: "right", min: -10, max: 10, grid: { drawOnChartArea: false },
          title: { display: true, text: "mean Goldstein (−10 … +10)" },
        },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: item => `${item.dataset.label}: ${item.raw === null ? "–" : Math.abs(item.raw)}` } },
      },
      onClick: (_, elements) => { if (elements.length) onPeriod(body.periods[elements[0].index]); },
    },
  });
}

function periodTable(body) {
  const head = ["Period", "Events", ...QUADS.map(q => body.quad_names[q.key]), "Goldstein sum", "mean"];
  const rows = body.periods.filter(p => p.events).map(p => DL.el("tr", {},
    DL.el("td", { text: p.period }), DL.el("td", { class: "num", text: p.events }),
    QUADS.map(q => DL.el("td", { class: "num", text: p[q.key] })),
    DL.el("td", { class: "num", text: p.goldstein_sum }), DL.el("td", { class: "num", text: p.goldstein_mean ?? "" })));
  return DL.el("details", { class: "card" }, DL.el("summary", { text: "The figures, period by period" }),
    DL.el("table", { class: "data" }, DL.el("thead", {}, DL.el("tr", {}, head.map(h => DL.el("th", { text: h })))),
      DL.el("tbody", {}, rows)));
}

DL.run(async () => {
  const q = DL.query();
  const source = (q.get("source") || "").trim();
  const target = (q.get("target") || "").trim();
  const by = ["week", "month", "year"].includes(q.get("by")) ? q.get("by") : "month";
  const directed = DL.truthy(q.get("directed"));
  const list = await DL.actorDatalist();
  const actorInput = (name, value, placeholder) => DL.input(name, value, { list: "actor-codes", placeholder, size: 10, required: true, autocomplete: "off" });
  DL.main().append(list, DL.form([
    DL.field("Actor", actorInput("source", source, "TUR")),
    DL.field("and actor", actorInput("target", target, "RUS")),
    DL.field("By", DL.select("by", [["week", "week"], ["month", "month"], ["year", "year"]], by)),
    DL.checkbox("directed", directed, "first acts on second", "Only the first actor acting on the second"),
  ]));
  if (!source || !target) {
    DL.status("Choose the two actors of a dyad.", "empty");
    DL.main().append(DL.el("p", { class: "summary" }, "For example: ",
      DL.el("a", { href: DL.chartUrl("TUR", "RUS"), text: "Turkey and Russia by month" }), ", ",
      DL.el("a", { href: DL.chartUrl("USA", "RUS", { by: "year" }), text: "the United States and Russia by year" }), "."));
    return;
  }
  DL.status("Loading…");
  const body = await DL.api("/api/series", { source, target, by, directed });
  const [a, b] = body.dyad;
  DL.status(body.events ? `${DL.plural(body.events, "event")} of ${a} and ${b}${directed ? " (first acting on second)" : ""} placed by ${by}; click a period for its timeline`
    : `No asserted event of ${a} and ${b} can be placed by ${by}.`, body.events ? "info" : "empty");
  const canvas = DL.el("canvas", { id: "series-chart", role: "img", "aria-label": `Events of ${a} and ${b} by ${by}, by quad class, with the mean Goldstein score` });
  if (body.periods.length) {
    DL.main().append(DL.el("div", { class: "card chart-box" }, canvas));
    drawChart(canvas, body, period => {
      location.href = DL.timelineUrl([a, b], { directed, ...periodRange(period, by) });
    });
    DL.main().append(periodTable(body));
  }
  if (body.imprecise.length) {
    const note = DL.el("p", { class: "summary" }, `${DL.plural(body.imprecise.reduce((n, p) => n + p.events, 0), "event")} dated less precisely than a ${by} cannot be placed: `);
    body.imprecise.forEach((p, i) => note.append(i ? ", " : "",
      DL.el("a", { href: DL.timelineUrl([a, b], { directed, since: p.period, until: p.period }), text: `${p.period} (${p.events})` })));
    DL.main().append(note);
  }
  DL.main().append(DL.el("p", { class: "summary" }, DL.el("a", { href: DL.timelineUrl([a, b], { directed }), text: `The timeline of ${a} and ${b} →` })));
});
