"""A clustered answer in the compact form the store keeps (datelines.query.cluster_cache).

Kept as the clusterer's own dicts, the answer of a busy dyad-year at a million events was a 2.9 MB JSON
text, mostly key names repeated in every mention and article summaries repeated in every cluster (its
evidence sentences are 0.35 MB); parsing it took most of a timeline's time. The compact form names
every key once (here), lists each reporting article once (its summary, which the evidence of its
mentions also reads its `published` from), and holds each cluster and each mention as a row of
values: 1.2 MB for that answer. Its first line holds the articles and every cluster's head (date,
coding, counts, sources, event ids); each next line the evidence of one cluster. A reader parses only
what it asks for and builds dicts only for that: the page of a timeline, or the heads of every cluster
(a series or a network reads no evidence).

`encode` returns None for an answer the form cannot hold exactly; the cache then keeps the plain list.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from datelines.query.clusters import MENTION_FIELDS

FORMAT = 2  # 1: the plain list of clustered events (migration 8)
# What a clustered event holds (datelines.query.clusters.describe), in its order.
HEAD = ("id", "date", "precision", "date_source", "root", "code", "source", "target", "modality", "goldstein",
        "quad", "plover", "confidence", "reports", "mentions")
TAIL = ("first_report", "sources", "event_ids", "evidence")
ARTICLE = ("id", "published", "title", "url", "source")
SPAN = ("sentence", "start", "end", "text", "event_id")
EVIDENCE = (*SPAN, "article_id", "published", *MENTION_FIELDS)

Entries = list[dict[str, Any]]


class KeptAnswer:
    """A clustered answer, whole or as the compact form read back; dicts are built only when asked."""

    def __init__(self, entries: Entries | None = None, text: str = "") -> None:
        self._entries = entries
        self._text = text
        self._articles: list[list[Any]] = []
        self._clusters: list[list[Any]] = []
        if entries is None:
            first = text.find("\n")
            with _acyclic():
                head = json.loads(text[:first] if first >= 0 else text)
            if head.get("format") != FORMAT:
                raise ValueError(f"kept answer in an unknown form: {head.get('format')!r}")
            self._articles, self._clusters = head["articles"], head["clusters"]
            self._evidence_at = first + 1

    @classmethod
    def parse(cls, text: str) -> KeptAnswer:
        """The compact form, or a plain JSON list of clustered events (what `encode` could not hold)."""
        return cls(entries=json.loads(text)) if text.startswith("[") else cls(text=text)

    def __len__(self) -> int:
        return len(self._entries) if self._entries is not None else len(self._clusters)

    def entries(self, start: int = 0, stop: int | None = None) -> Entries:
        """The clustered events [start:stop], as the clusterer describes them."""
        if self._entries is not None:
            return self._entries[start:stop]
        rows = range(len(self._clusters))[start:stop]
        lines = self._lines(rows.start, rows.stop) if rows else []
        with _acyclic():
            return [self._entry(self._clusters[i], json.loads(line)) for i, line in zip(rows, lines, strict=True)]

    def heads(self) -> Entries:
        """Every clustered event without its reports and evidence (what counts need)."""
        if self._entries is not None:
            return [{key: value for key, value in entry.items() if key not in TAIL} for entry in self._entries]
        with _acyclic():
            return [dict(zip(HEAD, row, strict=False)) for row in self._clusters]

    def _lines(self, start: int, stop: int) -> list[str]:
        """The evidence lines of clusters start..stop-1 (each cluster's evidence is one line)."""
        text, at = self._text, self._evidence_at
        for _ in range(start):
            at = text.index("\n", at) + 1
        lines = []
        for _ in range(start, stop):
            end = text.find("\n", at)
            lines.append(text[at:end] if end >= 0 else text[at:])
            at = end + 1
        return lines

    def _entry(self, row: list[Any], mentions: list[list[Any]]) -> dict[str, Any]:
        articles = self._articles
        entry = dict(zip(HEAD, row, strict=False))
        sources = [{"id": a[0], "published": a[1], "title": a[2], "url": a[3], "source": a[4]}
                   for a in map(articles.__getitem__, row[-2])]
        entry["first_report"] = sources[0]  # one object, as the clusterer gives it
        entry["sources"] = sources
        entry["event_ids"] = row[-1]
        entry["evidence"] = [_evidence(mention, articles[mention[5]]) for mention in mentions]
        return entry


@contextmanager
def _acyclic() -> Iterator[None]:
    """Reading a busy answer back makes some 100,000 lists and dicts, none of them in a cycle; the
    collector's passes meanwhile (one every 700 new containers) find nothing and cost a fifth of the
    time. It is switched off while they are made, and back on after if it was on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _evidence(m: list[Any], article: list[Any]) -> dict[str, Any]:
    return {"sentence": m[0], "start": m[1], "end": m[2], "text": m[3], "event_id": m[4],
            "article_id": article[0], "published": article[1], "code": m[6], "source": m[7], "target": m[8],
            "date": m[9], "precision": m[10], "date_source": m[11], "modality": m[12], "confidence": m[13],
            "trigger": m[14], "source_text": m[15], "target_text": m[16], "location": m[17]}


def encode(entries: Entries) -> str | None:
    """The compact form of clustered events, or None when it would not give them back exactly."""
    try:
        compact = _compact(entries)
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    text = "\n".join(json.dumps(part, separators=(",", ":"), ensure_ascii=False) for part in compact)
    if json.dumps(KeptAnswer.parse(text).entries()) != json.dumps(entries):
        return None  # a value JSON does not give back as it was, or a shape this form does not know
    return text


def _compact(entries: Entries) -> list[Any]:
    """The head (articles, and each cluster's head, sources and event ids), then each cluster's evidence."""
    articles: list[list[Any]] = []
    index: dict[tuple[Any, ...], int] = {}
    clusters, evidence_lines = [], []
    for entry in entries:
        _expect(entry, (*HEAD, *TAIL))
        if entry["first_report"] != entry["sources"][0]:
            raise ValueError("the first report is not the first source")
        sources = []
        for summary in entry["sources"]:
            _expect(summary, ARTICLE)
            values = tuple(summary.values())
            sources.append(index.setdefault(values, len(index)))
            if len(articles) < len(index):
                articles.append(list(values))
        of_article = {articles[i][0]: i for i in sources}
        mentions = []
        for evidence in entry["evidence"]:
            _expect(evidence, EVIDENCE)
            article = of_article[evidence["article_id"]]
            if articles[article][1] != evidence["published"]:
                raise ValueError("the evidence has another publication day than its article")
            mentions.append([*(evidence[k] for k in SPAN), article, *(evidence[k] for k in MENTION_FIELDS)])
        clusters.append([*(entry[k] for k in HEAD), sources, entry["event_ids"]])
        evidence_lines.append(mentions)
    return [{"format": FORMAT, "articles": articles, "clusters": clusters}, *evidence_lines]


def _expect(item: dict[str, Any], keys: tuple[str, ...]) -> None:
    if tuple(item) != keys:
        raise ValueError(f"keys {tuple(item)} are not {keys}")
