// Network page: actors as nodes, dyads as edges (/api/graph), drawn with the vendored Cytoscape.js.
// Node size follows the actor's events, edge width the dyad's events, edge colour the sign of its
// mean Goldstein score (green cooperative, red hostile, grey neutral). Picking a node or an edge
// shows its figures with links to its timeline and chart.
"use strict";

const SIGN_COLORS = { "-1": "#c62828", 0: "#9e9e9e", 1: "#2e7d32" };

function elements(body) {
  const most = Math.max(1, ...body.nodes.map(n => n.events));
  const heaviest = Math.max(1, ...body.edges.map(e => e.events));
  const nodes = body.nodes.map(n => ({
    data: { ...n, size: 12 + 30 * Math.sqrt(n.events / most) },
  }));
  const edges = body.edges.map((e, i) => ({
    data: { ...e, id: `e${i}`, width: 1 + 7 * Math.sqrt(e.events / heaviest), color: SIGN_COLORS[e.sign] },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: "node", style: {
    "background-color": "#3d6a9e", "border-color": "#1f3a5f", "border-width": 2, width: "data(size)", height: "data(size)", label: "data(id)",
    color: "#1b1f24", "font-size": 11, "font-weight": 600, "text-valign": "bottom", "text-margin-y": 3,
    "text-background-color": "#ffffff", "text-background-opacity": 0.75, "text-background-padding": 1,
  } },
  { selector: "edge", style: {
    width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
    "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.75, "arrow-scale": 0.8,
  } },
  { selector: ":selected", style: { "overlay-color": "#f0a04b", "overlay-opacity": 0.35, opacity: 1 } },
];

function nodeInfo(data) {
  return [
    DL.el("h2", { text: data.id }),
    DL.el("p", {}, `${DL.plural(data.events, "event")}: ${data.as_source} as source, ${data.as_target} as target.`),
    DL.el("p", {}, DL.el("a", { href: DL.timelineUrl([data.id]), text: `The timeline of ${data.id} →` })),
  ];
}

function edgeInfo(data) {
  const quads = [1, 2, 3, 4].map(q => DL.el("li", { class: `quad-${q}` }, `${DL.QUAD_NAMES[q]}: `, DL.el("b", { text: data[`quad${q}`] })));
  return [
    DL.el("h2", { text: `${data.source} → ${data.target}` }),
    DL.el("p", {}, `${DL.plural(data.events, "event")}, mean Goldstein ${data.goldstein_mean > 0 ? "+" : ""}${data.goldstein_mean}.`),
    DL.el("ul", { class: "quad-list" }, quads),
    DL.el("p", {}, DL.el("a", { href: DL.timelineUrl([data.source, data.target], { directed: true }), text: "Timeline →" }),
      " · ", DL.el("a", { href: DL.chartUrl(data.source, data.target, { directed: true }), text: "Chart →" })),
  ];
}

DL.run(async () => {
  const q = DL.query();
  const level = q.get("level") === "actor" ? "actor" : "country";
  const minEvents = Math.max(1, parseInt(q.get("min_events") || "1", 10) || 1);
  const actor = (q.get("actor") || "").trim();
  const params = { level, min_events: minEvents, actor, since: q.get("since") || "", until: q.get("until") || "",
    all_modalities: DL.truthy(q.get("all_modalities")) };
  const list = await DL.actorDatalist();
  DL.main().append(list, DL.form([
    DL.field("Nodes", DL.select("level", [["country", "countries"], ["actor", "actors (with roles)"]], level)),
    DL.field("Events per dyad", DL.input("min_events", minEvents, { type: "number", min: 1, max: 1000000, class: "narrow", title: "Leave out dyads with fewer events" })),
    DL.field("Involving", DL.input("actor", actor, { list: "actor-codes", placeholder: "any actor", size: 10, autocomplete: "off" })),
    DL.field("Since", DL.input("since", params.since, { placeholder: "2015", size: 9 })),
    DL.field("Until", DL.input("until", params.until, { placeholder: "2019", size: 9 })),
    DL.checkbox("all_modalities", params.all_modalities, "all modalities"),
  ]));
  DL.status("Loading…");
  const body = await DL.api("/api/graph", params);
  const box = DL.el("div", { id: "graph", class: "graph card", role: "img", "aria-label": "The network of actors" });
  const info = DL.el("aside", { id: "graph-info", class: "card graph-info" },
    DL.el("p", { class: "muted" }, "Pick a node or an edge for its figures and links. Edge colour: ",
      DL.el("span", { class: "swatch coop", text: "cooperative" }), " ", DL.el("span", { class: "swatch neutral", text: "neutral" }), " ",
      DL.el("span", { class: "swatch conflict", text: "hostile" }), " (mean Goldstein); width: events."));
  DL.main().append(DL.el("div", { class: "graph-layout" }, box, info));
  DL.status(body.nodes.length ? `${DL.plural(body.nodes.length, "node")}, ${DL.plural(body.edges.length, "dyad")} (asserted events, each counted once)`
    : "No dyad matches.", body.nodes.length ? "info" : "empty");
  if (!body.nodes.length) return;
  const cy = cytoscape({
    container: box, elements: elements(body), style: STYLE,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 120, nodeOverlap: 20, gravity: 0.6, padding: 24 },
  });
  cy.on("tap", "node", event => info.replaceChildren(...nodeInfo(event.target.data())));
  cy.on("tap", "edge", event => info.replaceChildren(...edgeInfo(event.target.data())));
  box.dataset.nodes = String(cy.nodes().length);
  box.dataset.edges = String(cy.edges().length);
});
