// Article page: the stored text with its reading marked in the manner of displaCy's entity view
// (/api/articles/{id}): actors with their codes, times with their values, event triggers with their
// CAMEO codes, quantities; places and named entities on request. Beside it, the article's events:
// picking one (or opening the page with ?event=N, as the timeline's links do) highlights its
// evidence and scrolls to it.
"use strict";

// Layers in priority order: where two marks overlap, the earlier layer's mark is kept.
const LAYERS = [
  { key: "actor", label: "actors", on: true },
  { key: "time", label: "times", on: true },
  { key: "quantity", label: "quantities", on: true },
  { key: "event", label: "events", on: true },
  { key: "place", label: "places", on: false },
  { key: "entity", label: "named entities", on: false },
];

function formatNumber(value) {
  return typeof value === "number" ? value.toLocaleString("en", { maximumFractionDigits: 3 }) : String(value ?? "");
}

/** The span of an event's trigger word inside its evidence, or null when the words are not there. */
function triggerSpan(text, event) {
  const ev = event.evidence || {};
  if (!event.trigger || ev.start === undefined) return null;
  const at = DL.findWords(text.slice(ev.start, ev.end), event.trigger);
  return at < 0 ? null : { start: ev.start + at, end: ev.start + at + event.trigger.length };
}

function candidates(article, layer, codes) {
  const text = article.text;
  switch (layer) {
    case "actor":
      return article.mentions.map(m => ({ start: m.start, end: m.end, label: m.code || m.kind || "actor",
        title: `${m.code || "uncoded"} · ${m.name || m.text}${m.kind ? ` (${m.kind})` : ""}` }));
    case "time":
      return article.timexes.map(t => ({ start: t.start, end: t.end, label: t.value || t.type,
        title: `${t.type} ${t.value || ""}${t.mod ? ` ${t.mod}` : ""}${t.anchor ? ` · anchored on ${t.anchor}` : ""}` }));
    case "quantity":
      return article.quantities.map(q => ({ start: q.evidence.start, end: q.evidence.end,
        label: `${q.modifier ? `${q.modifier.toLowerCase().replace(/_/g, " ")} ` : ""}${formatNumber(q.value)}${q.unit ? ` ${q.unit}` : ""}`,
        title: `${formatNumber(q.value)} ${q.unit || ""}${q.per ? ` per ${q.per}` : ""}${q.about ? ` · ${q.about}` : ""} (${q.modality})` }));
    case "event":
      return article.events.map(e => {
        const span = triggerSpan(text, e);
        return span && { ...span, label: e.code, event: e.id,
          title: `${DL.codeLabel(e.code, codes)} · ${e.source || "?"} → ${e.target || "?"} · ${e.date || ""} (${e.modality})` };
      }).filter(Boolean);
    case "place":
      return article.places.map(p => ({ start: p.start, end: p.end, label: p.country || "place",
        title: `${p.name || p.text}${p.country ? ` · ${p.country}` : ""}` }));
    case "entity":
      return article.entities.map(e => ({ start: e.start, end: e.end, label: e.label, title: `named entity ${e.label}` }));
    default:
      return [];
  }
}

/** Non-overlapping marks of the layers switched on, by start. */
function chooseMarks(article, layers, codes) {
  const kept = [];
  for (const layer of LAYERS) {
    if (!layers.has(layer.key)) continue;
    for (const mark of candidates(article, layer.key, codes)) {
      if (!(mark.start < mark.end) || mark.start < 0 || mark.end > article.text.length) continue;
      if (kept.some(k => mark.start < k.end && k.start < mark.end)) continue;
      kept.push({ ...mark, layer: layer.key });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The text cut at every mark and evidence boundary into pieces (spans carrying their offsets), so
 * that any event's evidence can be lit up by classing the pieces it covers.
 */
function renderText(article, layers, codes, onEvent) {
  const text = article.text;
  const marks = chooseMarks(article, layers, codes);
  const cuts = new Set([0, text.length]);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  for (const e of article.events) {
    if (e.evidence) cuts.add(Math.max(0, Math.min(text.length, e.evidence.start))).add(Math.max(0, Math.min(text.length, e.evidence.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const doc = DL.el("div", { id: "doc", class: "doc" });
  const pieces = [];
  let m = 0;
  let open = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (m < marks.length && marks[m].end <= start) m++;
    const mark = m < marks.length && marks[m].start <= start && end <= marks[m].end ? marks[m] : null;
    const piece = DL.el("span", { class: "piece", text: text.slice(start, end) });
    pieces.push({ node: piece, start, end });
    if (!mark) {
      doc.append(piece);
      continue;
    }
    if (open !== mark) {
      open = mark;
      mark.node = DL.el("mark", { class: `ent ent-${mark.layer}`, title: mark.title, data: { start: mark.start, end: mark.end, event: mark.event } });
      if (mark.event !== undefined) {
        mark.node.tabIndex = 0;
        mark.node.addEventListener("click", () => onEvent(mark.event, false));
        mark.node.addEventListener("keydown", e => { if (e.key === "Enter") onEvent(mark.event, false); });
      }
      doc.append(mark.node);
    }
    mark.node.append(piece);
    if (end === mark.end) mark.node.append(DL.el("span", { class: "ent-label", text: mark.label }));
  }
  return { doc, pieces };
}

function eventItem(event, codes, onEvent) {
  return DL.el("li", {},
    DL.el("button", { type: "button", class: `event-item quad-${event.quad || 0}`, data: { event: event.id }, "aria-pressed": "false", onclick: () => onEvent(event.id, true) },
      DL.el("span", { class: "event-head" }, DL.el("b", { text: event.source || "?" }), " → ", DL.el("b", { text: event.target || "?" }),
        " ", DL.el("span", { class: "code", text: DL.codeLabel(event.code, codes) })),
      DL.el("span", { class: "badges" }, DL.dateLabel(event.date, event.precision), DL.modalityBadge(event.modality),
        event.confidence !== null && event.confidence !== undefined ? DL.badge(`confidence ${event.confidence.toFixed(2)}`, "confidence") : null,
        event.date_source === "publication" ? DL.badge("dated by publication", "muted") : null)));
}

DL.run(async () => {
  const id = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  DL.status("Loading…");
  const [article, codes] = await Promise.all([DL.api(`/api/articles/${encodeURIComponent(id)}`), DL.codes()]);
  const file = (article.source || "").split(/[\\/]/).pop();
  const title = article.title || (file ? `Untitled: ${file}` : `Untitled article ${DL.shortId(article.id)}`);
  document.title = `${title} · datelines`;
  document.getElementById("page-title").textContent = title;
  DL.status("");

  const layers = new Set(LAYERS.filter(l => l.on).map(l => l.key));
  const events = [...article.events].sort((a, b) => (a.evidence?.start ?? 0) - (b.evidence?.start ?? 0) || a.id - b.id);
  let rendered = null;
  let selected = null;

  function select(eventId, scroll) {
    selected = eventId;
    const event = events.find(e => e.id === eventId);
    for (const button of document.querySelectorAll(".event-item")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.event) === eventId));
    }
    for (const mark of rendered.doc.querySelectorAll("mark.ent-event")) {
      mark.classList.toggle("selected", Number(mark.dataset.event) === eventId);
    }
    let first = null;
    for (const piece of rendered.pieces) {
      const inside = !!event?.evidence && piece.start >= event.evidence.start && piece.end <= event.evidence.end;
      piece.node.classList.toggle("in-evidence", inside);
      if (inside && !first) first = piece.node;
    }
    const url = new URL(location.href);
    if (event) url.searchParams.set("event", String(eventId)); else url.searchParams.delete("event");
    history.replaceState(null, "", url);
    if (first && scroll) first.scrollIntoView({ block: "center" });
    const button = event && document.querySelector(`.event-item[data-event="${eventId}"]`);
    const side = button && button.closest(".side");
    if (side) side.scrollTop = button.offsetTop - side.clientHeight / 3;  // the list alone, not the page
  }

  const holder = DL.el("div", { class: "doc-holder card" });
  function draw() {
    rendered = renderText(article, layers, codes, select);
    holder.replaceChildren(rendered.doc);
    if (selected !== null) select(selected, false);
  }

  const legend = DL.el("div", { class: "legend" }, LAYERS.map(layer =>
    DL.el("label", { class: `check layer layer-${layer.key}` },
      DL.el("input", { type: "checkbox", checked: layer.on, onchange: e => {
        if (e.target.checked) layers.add(layer.key); else layers.delete(layer.key);
        draw();
      } }),
      DL.el("span", { class: `ent ent-${layer.key} swatch-ent`, text: layer.label }))));

  const counts = `${DL.plural(article.mentions.length, "actor mention")} · ${DL.plural(article.timexes.length, "time")} · ${DL.plural(article.events.length, "event")} · ${DL.plural(article.quantities.length, "quantity")}`.replace("quantitys", "quantities");
  const source = /^https?:\/\//i.test(article.url || "")  // a stored URL is a link only if it is a web address
    ? DL.el("a", { href: article.url, rel: "noopener noreferrer", text: article.url })
    : DL.el("span", { text: article.source || "" });
  DL.main().append(
    DL.el("p", { class: "meta" }, DL.el("time", { text: `published ${article.published}` }), " · ", source, " · ",
      DL.el("code", { title: article.id, text: DL.shortId(article.id) }), article.language ? ` · ${article.language}` : ""),
    DL.el("p", { class: "meta muted", text: counts }),
    DL.el("div", { class: "article-layout" },
      DL.el("div", {}, legend, holder),
      DL.el("aside", { class: "side card" },
        DL.el("h2", { text: "Events" }),
        DL.el("p", { class: "muted small", text: "Every modality; pick one to see its evidence." }),
        DL.el("ol", { class: "event-list" }, events.map(e => eventItem(e, codes, select))))));
  draw();
  const wanted = Number(DL.query().get("event"));
  if (wanted && events.some(e => e.id === wanted)) select(wanted, true);
});
