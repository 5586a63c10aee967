"""Search: ranked full text over articles and the evidence sentences of their events.

Articles and evidence sentences are searched apart (FTS5 on SQLite, English text search on
PostgreSQL) and their rankings fused by reciprocal rank (score = sum of 1 / (60 + rank)), so an
article whose events are stated in the words searched for comes before one that only mentions them.
One hit per article, with its matching evidence sentences and the events each one states.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError

from datelines.query.events import QueryError
from datelines.store import Store, queries

RRF_K = 60  # the usual constant of reciprocal rank fusion: ranks past the first few weigh alike


def _tolerant(search, store: Store, words: str, limit: int) -> list[dict[str, Any]]:
    """FTS5 syntax where it parses (`nuclear OR gas`, `pipe*`), the words as plain phrases where not
    (`S-400`, an unbalanced quote)."""
    try:
        return search(store, words, limit)
    except DBAPIError:
        if store.dialect != "sqlite":
            raise
        return search(store, queries.fts5_phrases(words), limit)


def search(store: Store, words: str, limit: int = 20) -> list[dict[str, Any]]:
    """Articles matching the words, best first: `{id, published, title, snippet, score, evidence:
    [{sentence, start, end, text, snippet, events: [...]}]}`."""
    if not words or not words.strip():
        raise QueryError("search needs words")
    if limit < 1:
        raise QueryError("limit must be at least 1")
    articles = _tolerant(queries.search_articles, store, words, limit * 3)
    evidence = _tolerant(queries.search_evidence, store, words, limit * 10)

    hits: dict[str, dict[str, Any]] = {}
    for rank, row in enumerate(articles, start=1):
        hits[row["id"]] = {**row, "score": 1.0 / (RRF_K + rank), "evidence": []}
    sentences: dict[tuple[str, int], dict[str, Any]] = {}
    sentence_rank = 0
    for row in evidence:
        key = (row["article_id"], row["sentence"])
        if key not in sentences:
            sentence_rank += 1
            sentences[key] = {"sentence": row["sentence"], "start": row["start"], "end": row["end"],
                              "text": row["evidence_text"], "snippet": row["snippet"], "rank": sentence_rank, "events": []}
        sentences[key]["events"].append({k: row[k] for k in ("id", "source", "code", "target", "date", "precision", "modality")})
    missing = sorted({a for a, _ in sentences} - set(hits))
    for article_id, article in queries.articles_by_id(store, missing).items():
        hits[article_id] = {"id": article_id, "published": article["published"], "title": article["title"],
                            "snippet": None, "score": 0.0, "evidence": []}
    for (article_id, _), sentence in sorted(sentences.items(), key=lambda item: item[1]["rank"]):
        hit = hits[article_id]
        if not hit["evidence"]:
            hit["score"] += 1.0 / (RRF_K + sentence["rank"])
            hit["snippet"] = hit["snippet"] or sentence["snippet"]
        hit["evidence"].append({k: v for k, v in sentence.items() if k != "rank"})
    ranked = sorted(hits.values(), key=lambda h: (-h["score"], h.get("published") or "", h["id"]))
    for hit in ranked:
        hit["score"] = round(hit["score"], 6)
    return ranked[:limit]
