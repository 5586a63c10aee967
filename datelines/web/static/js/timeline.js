// Timeline page: the history of an actor or a dyad (/api/timeline), one entry per real event with
// its date and precision, modality, number of reports, and every evidence sentence, each linked to
// its place in the article.
"use strict";

const PAGE = 200;

function evidenceItem(sentence, titles) {
  const terms = [
    { phrase: sentence.trigger, cls: "ent ent-event", title: "trigger" },
    { phrase: sentence.source_text, cls: "ent ent-actor", title: `source ${sentence.source || ""}` },
    { phrase: sentence.target_text, cls: "ent ent-actor", title: `target ${sentence.target || ""}` },
  ];
  const title = titles.get(sentence.article_id) || `article ${DL.shortId(sentence.article_id)}`;
  return DL.el("li", { class: "evidence", data: { event: sentence.event_id, article: sentence.article_id } },
    DL.el("blockquote", {}, DL.markTerms(sentence.text || "", terms)),
    DL.el("div", { class: "meta" },
      DL.el("time", { text: sentence.published || "" }), " · ", title, " · ",
      sentence.modality !== "asserted" ? [DL.modalityBadge(sentence.modality), " "] : null,
      DL.el("a", { class: "open-evidence", href: DL.articleUrl(sentence.article_id, sentence.event_id), text: "Open in article →" })));
}

function renderEntry(entry, codes) {
  const titles = new Map((entry.sources || []).map(s => [s.id, s.title || `untitled ${DL.shortId(s.id)}`]));
  const evidence = entry.evidence || [];
  const first = DL.el("ul", { class: "evidence-list" }, evidence.slice(0, 1).map(s => evidenceItem(s, titles)));
  const rest = evidence.length > 1
    ? DL.el("details", {}, DL.el("summary", { text: `${DL.plural(evidence.length - 1, "more sentence")} telling it` }),
      DL.el("ul", { class: "evidence-list" }, evidence.slice(1).map(s => evidenceItem(s, titles))))
    : null;
  const quad = entry.quad || (codes.get(entry.code) || {}).quad || 0;
  return DL.el("li", {
    class: `entry quad-${quad}`,
    data: { date: entry.date || "", precision: entry.precision || "", code: entry.code, root: entry.root, reports: entry.reports, modality: entry.modality },
  },
  DL.el("div", { class: "entry-when" }, DL.dateLabel(entry.date, entry.precision)),
  DL.el("div", { class: "entry-body" },
    DL.el("div", { class: "entry-head" },
      DL.el("span", { class: "dyad" }, DL.el("b", { text: entry.source || "?" }), " → ", DL.el("b", { text: entry.target || "?" })),
      DL.el("span", { class: "code", text: DL.codeLabel(entry.code, codes) })),
    DL.el("div", { class: "badges" },
      DL.modalityBadge(entry.modality),
      DL.badge(DL.plural(entry.reports, "report"), entry.reports > 1 ? "reports many" : "reports",
        `told by ${DL.plural(entry.reports, "article")} (${DL.plural(entry.mentions, "mention")})`),
      entry.goldstein !== null && entry.goldstein !== undefined
        ? DL.badge(`Goldstein ${entry.goldstein > 0 ? "+" : ""}${entry.goldstein}`, `goldstein quad-${quad}`, DL.QUAD_NAMES[quad]) : null,
      entry.plover ? DL.badge(entry.plover, "plover", "PLOVER event type") : null,
      entry.first_report ? DL.el("span", { class: "muted small", text: `first reported ${entry.first_report.published}` }) : null),
    first, rest));
}

DL.run(async () => {
  const q = DL.query();
  const actors = q.getAll("actor").map(a => a.trim()).filter(Boolean).slice(0, 2);
  const topic = (q.get("topic") || "").trim();
  const params = {
    actor: actors, topic, since: q.get("since") || "", until: q.get("until") || "",
    all_modalities: DL.truthy(q.get("all_modalities")), directed: DL.truthy(q.get("directed")),
  };
  const list = await DL.actorDatalist();
  const actorInput = (value, placeholder) => DL.input("actor", value, { list: "actor-codes", placeholder, size: 10, autocomplete: "off" });
  DL.main().append(list, DL.form([
    DL.field("Actor", actorInput(actors[0], "TUR")),
    DL.field("and actor", actorInput(actors[1], "RUS (optional)")),
    DL.field("Words", DL.input("topic", topic, { type: "search", placeholder: "optional", size: 14 })),
    DL.field("Since", DL.input("since", params.since, { placeholder: "2015", size: 9 })),
    DL.field("Until", DL.input("until", params.until, { placeholder: "2018-04", size: 9 })),
    DL.checkbox("directed", params.directed, "first acts on second", "The dyad as given, not either direction"),
    DL.checkbox("all_modalities", params.all_modalities, "all modalities", "Also negated, planned, expected, hypothetical and reported events"),
  ]));
  const summary = DL.el("p", { class: "summary" });
  const timeline = DL.el("ol", { id: "timeline", class: "timeline" });
  DL.main().append(summary, timeline);
  if (!actors.length && !topic) {
    DL.status("Choose an actor (TUR, RUSGOV, TUR*, *GOV), two for a dyad, or words.", "empty");
    summary.append("For example: ", DL.el("a", { href: DL.timelineUrl(["TUR", "RUS"]), text: "Turkey and Russia" }),
      ", ", DL.el("a", { href: DL.timelineUrl(["USA", "IRN"]), text: "the United States and Iran" }), ".");
    return;
  }
  DL.status("Loading…");
  const codes = await DL.codes();
  let shown = 0;
  const more = DL.el("button", { type: "button", class: "more", hidden: true, text: "Show more" });
  timeline.after(more);

  async function load() {
    const body = await DL.api("/api/timeline", { ...params, limit: PAGE, offset: shown });
    timeline.append(...body.events.map(e => renderEntry(e, codes)));
    shown += body.events.length;
    more.hidden = shown >= body.total;
    const who = actors.length === 2 ? `${actors[0]} and ${actors[1]}${params.directed ? " (first acting on second)" : ""}`
      : actors[0] || "";
    const what = [who, topic ? `“${topic}”` : ""].filter(Boolean).join(", ");
    DL.status(body.total ? `${DL.plural(body.total, "event")} of ${what}, by event date` : `No event of ${what}.`,
      body.total ? "info" : "empty");
    summary.replaceChildren();
    DL.append(summary, [
      params.all_modalities ? "Every modality is shown. " : "Asserted events only (a denial or a plan is not a fact). ",
      "Each entry is one real event, however many articles told it.",
      actors.length === 2 ? [" ", DL.el("a", { href: DL.chartUrl(actors[0], actors[1], { directed: params.directed }), text: "Cooperation and conflict over time →" })] : null]);
  }
  more.addEventListener("click", () => DL.run(load));
  await load();
});
