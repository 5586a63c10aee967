// Search page: ranked full text over articles and evidence sentences (/api/search);
// without a query, the stored articles by publication date (/api/articles), a page at a time.
"use strict";

const PAGE_SIZE = 50;

function articleTitle(hit) {
  return hit.title || `Untitled article ${DL.shortId(hit.id)}`;
}

function eventChip(articleId, event, codes) {
  const entry = codes.get(event.code);
  return DL.el("a", {
    class: `chip quad-${entry ? entry.quad : 0}`, href: DL.articleUrl(articleId, event.id),
    title: `${DL.codeLabel(event.code, codes)} (${event.modality}); open the evidence in the article`,
  }, `${event.source || "?"} → ${event.target || "?"} `, DL.el("b", { text: event.code }), ` ${event.date || ""}`);
}

function renderHit(hit, codes) {
  const evidence = DL.el("ul", { class: "evidence-list" });
  for (const sentence of hit.evidence || []) {
    evidence.append(DL.el("li", {},
      DL.el("blockquote", {}, DL.snippet(sentence.snippet || sentence.text)),
      DL.el("div", { class: "chips" }, sentence.events.map(e => eventChip(hit.id, e, codes)))));
  }
  return DL.el("article", { class: "card hit-card", data: { article: hit.id } },
    DL.el("h2", {}, DL.el("a", { href: DL.articleUrl(hit.id), text: articleTitle(hit) })),
    DL.el("p", { class: "meta" }, DL.el("time", { text: hit.published || "" }), " · ", DL.el("code", { text: DL.shortId(hit.id) })),
    hit.snippet ? DL.el("p", { class: "snippet" }, DL.snippet(hit.snippet)) : null,
    hit.evidence && hit.evidence.length ? evidence : null);
}

async function showSearch(list, q) {
  DL.status("Searching…");
  const [body, codes] = await Promise.all([DL.api("/api/search", { q, limit: 50 }), DL.codes()]);
  DL.status(body.hits.length ? `${DL.plural(body.hits.length, "article")} for “${q}”, best first`
    : `Nothing found for “${q}”.`, body.hits.length ? "info" : "empty");
  list.append(...body.hits.map(hit => renderHit(hit, codes)));
}

async function showArticles(list, offset) {
  DL.status("Loading articles…");
  const body = await DL.api("/api/articles", { limit: PAGE_SIZE, offset });
  const last = Math.min(offset + body.articles.length, body.total);
  DL.status(body.total ? `Articles ${offset + 1}–${last} of ${body.total}, by publication date`
    : "The store holds no article yet: datelines ingest PATH --db FILE", body.total ? "info" : "empty");
  const table = DL.el("table", { class: "data" },
    DL.el("thead", {}, DL.el("tr", {}, ["Published", "Title", "Source", "Characters"].map(h => DL.el("th", { text: h })))));
  const rows = DL.el("tbody");
  for (const a of body.articles) {
    rows.append(DL.el("tr", {},
      DL.el("td", {}, DL.el("time", { text: a.published })),
      DL.el("td", {}, DL.el("a", { href: DL.articleUrl(a.id), text: articleTitle(a) })),
      DL.el("td", { class: "muted", text: a.url || a.source || "" }),
      DL.el("td", { class: "num", text: (a.chars ?? "").toLocaleString() })));
  }
  table.append(rows);
  list.append(table);
  const pager = DL.el("nav", { class: "pager" });
  if (offset > 0) pager.append(DL.el("a", { href: DL.url("/ui/", { offset: Math.max(0, offset - PAGE_SIZE) }), text: "← Previous" }));
  if (last < body.total) pager.append(DL.el("a", { href: DL.url("/ui/", { offset: offset + PAGE_SIZE }), text: "Next →" }));
  list.append(pager);
}

DL.run(async () => {
  const q = (DL.query().get("q") || "").trim();
  const box = DL.input("q", q, { type: "search", placeholder: "nuclear plant, shot down, \"S-400\"…", autofocus: true, size: 40 });
  DL.main().append(DL.form([DL.field("Words", box, "Ranked over article texts and the evidence sentences of events")], "Search"));
  const list = DL.el("section", { id: "results", class: "results" });
  DL.main().append(list);
  if (q) await showSearch(list, q);
  else await showArticles(list, Math.max(0, parseInt(DL.query().get("offset") || "0", 10) || 0));
});
