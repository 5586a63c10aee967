// Helpers shared by the datelines pages: API calls, building DOM nodes, labels and links.
// Plain JavaScript, no build step. Data from the store is only ever written as text nodes
// (never through innerHTML), so an article's words cannot turn into markup.
"use strict";

const DL = (() => {
  const main = () => document.getElementById("main");

  /** GET an /api endpoint; arrays become repeated parameters, empty values are left out. */
  async function api(path, params = {}) {
    const url = new URL(path, location.origin);
    for (const [name, value] of Object.entries(params)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === undefined || item === null || item === "" || item === false) continue;
        url.searchParams.append(name, String(item));
      }
    }
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
    return body;
  }

  /** el("a", {href, class, data: {code: "190"}, text}, child, "text", ...) */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "class") node.className = value;
      else if (name === "text") node.textContent = value;
      else if (name === "data") Object.assign(node.dataset, value);
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const query = () => new URLSearchParams(location.search);

  /** The page's one status line (loading, empty, error), created under `after` on first use. */
  function status(message, kind = "info", after = null) {
    let line = document.getElementById("status");
    if (!line) {
      line = el("p", { id: "status", class: "status", role: "status" });
      (after || main().querySelector("form") || document.getElementById("page-title")).after(line);
    }
    line.className = `status ${kind}`;
    line.textContent = message;
    line.hidden = !message;
    return line;
  }

  /** Run a page's main function; body[data-state] says when it is done (tests and screenshots wait on it). */
  async function run(page) {
    document.body.dataset.state = "loading";
    try {
      await page();
      document.body.dataset.state = "ready";
    } catch (error) {
      status(error.message || String(error), "error");
      document.body.dataset.state = "error";
    }
  }

  let codeTable = null;
  /** CAMEO codes by code ("190" -> {name, goldstein, quad, plover}), fetched once per page. */
  function codes() {
    if (!codeTable) {
      codeTable = api("/api/codes").then(body => new Map(body.codes.map(c => [c.code, c])))
        .catch(() => new Map());
    }
    return codeTable;
  }

  const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

  function badge(text, kind, title) {
    return el("span", { class: `badge ${kind || ""}`.trim(), title, text });
  }

  /** A date as the store holds it (2015-11, 2016-07-15) with its precision beside it. */
  function dateLabel(date, precision) {
    return el("span", { class: "when" },
      el("time", { datetime: date || "", text: date || "undated" }),
      precision ? badge(precision, `precision precision-${precision}`, `dated to the ${precision}`) : null);
  }

  function modalityBadge(modality) {
    const notes = {
      asserted: "stated as a fact", negated: "denied or said not to happen", planned: "planned or scheduled",
      expected: "expected", hypothetical: "conditional, requested or proposed", reported: "attributed to a source",
    };
    return badge(modality, `modality modality-${modality}`, notes[modality] || modality);
  }

  /** "190 · Use conventional military force" (the code alone if the table does not know it). */
  function codeLabel(code, table) {
    const entry = table && table.get(code);
    return entry ? `${code} · ${entry.name}` : code;
  }

  /** An FTS snippet with its matches in [brackets], the matches as <mark>. */
  function snippet(text) {
    const out = document.createDocumentFragment();
    const pattern = /\[([^\]]*)\]/g;
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      out.append(text.slice(last, match.index), el("mark", { class: "hit", text: match[1] }));
      last = match.index + match[0].length;
    }
    out.append(text.slice(last));
    return out;
  }

  const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  /** Where `phrase` stands as whole words in `text` (case-insensitive), or -1. */
  function findWords(text, phrase, from = 0) {
    if (!phrase) return -1;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${escapeRegExp(phrase)})(?=$|[^\\p{L}\\p{N}])`, "iu");
    const match = pattern.exec(text.slice(from));
    return match ? from + match.index + match[1].length : -1;
  }

  /** `text` with some phrases marked: terms [{phrase, cls, title}], each marked once, never overlapping. */
  function markTerms(text, terms) {
    const spans = [];
    for (const term of terms) {
      const start = findWords(text, term.phrase);
      if (start < 0) continue;
      const end = start + term.phrase.length;
      if (spans.some(s => start < s.end && s.start < end)) continue;
      spans.push({ start, end, ...term });
    }
    spans.sort((a, b) => a.start - b.start);
    const out = document.createDocumentFragment();
    let last = 0;
    for (const span of spans) {
      out.append(text.slice(last, span.start), el("mark", { class: span.cls, title: span.title, text: text.slice(span.start, span.end) }));
      last = span.end;
    }
    out.append(text.slice(last));
    return out;
  }

  function url(path, params = {}) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item !== undefined && item !== null && item !== "" && item !== false) search.append(name, String(item));
      }
    }
    const tail = search.toString();
    return tail ? `${path}?${tail}` : path;
  }

  const articleUrl = (id, event) => url(`/ui/article/${encodeURIComponent(id)}`, { event });
  const timelineUrl = (actors, extra = {}) => url("/ui/timeline", { actor: actors, ...extra });
  const chartUrl = (source, target, extra = {}) => url("/ui/chart", { source, target, ...extra });

  /** A form of labelled fields that reloads the page with its values as the query string. */
  function form(fields, submitText = "Show") {
    const node = el("form", { class: "controls", method: "get", action: location.pathname });
    for (const field of fields) node.append(field);
    node.append(el("button", { type: "submit", class: "primary", text: submitText }));
    return node;
  }

  function field(label, input, hint) {
    return el("label", { class: "field" }, el("span", { class: "field-label", text: label }), input,
      hint ? el("span", { class: "field-hint", text: hint }) : null);
  }

  function input(name, value, attrs = {}) {
    return el("input", { name, value: value ?? "", ...attrs });
  }

  function checkbox(name, checked, label, title) {
    return el("label", { class: "check", title }, el("input", { type: "checkbox", name, value: "true", checked: !!checked }), label);
  }

  function select(name, options, chosen) {
    const node = el("select", { name });
    for (const [value, label] of options) node.append(el("option", { value, text: label, selected: value === chosen }));
    return node;
  }

  /** A <datalist> of actor codes the store knows (its actor registry), for the actor inputs. */
  async function actorDatalist() {
    const list = el("datalist", { id: "actor-codes" });
    try {
      const body = await api("/api/actors", { limit: 500 });
      const seen = new Map();
      for (const actor of body.actors) {
        for (const entry of actor.codes || []) {
          const code = entry.code;
          if (!code) continue;
          if (!seen.has(code)) seen.set(code, actor.name);
          if (code.length > 3 && !seen.has(code.slice(0, 3))) seen.set(code.slice(0, 3), "");
        }
      }
      for (const [code, name] of [...seen].sort()) list.append(el("option", { value: code, label: name || code }));
    } catch (_) { /* the inputs still take any code */ }
    return list;
  }

  const truthy = value => value === "true" || value === "1" || value === "on";
  const shortId = id => (id || "").slice(0, 10);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

  return {
    api, el, append, query, status, run, codes, QUAD_NAMES, badge, dateLabel, modalityBadge, codeLabel,
    snippet, findWords, markTerms, url, articleUrl, timelineUrl, chartUrl, form, field, input, checkbox,
    select, actorDatalist, truthy, shortId, plural, main,
  };
})();
