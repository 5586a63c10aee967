"""The benchmarks' articles: an even spread of the real-news corpus (evaluation/real/corpus,
Wikinews and Wikipedia's Current events), as `datelines ingest` reads it."""

from __future__ import annotations

from pathlib import Path

from datelines.ingest import IngestOptions, RawArticle, read_inputs

ROOT = Path(__file__).resolve().parent.parent
REAL_CORPUS = ROOT / "evaluation" / "real" / "corpus"
GLOB = "**/*.jsonl"


def real_articles(limit: int | None = None) -> list[RawArticle]:
    """`limit` articles spread evenly over the corpus (every one without a limit), in corpus order."""
    articles = [item for item in read_inputs([str(REAL_CORPUS)], IngestOptions(glob=GLOB)) if isinstance(item, RawArticle)]
    if limit is None or limit >= len(articles):
        return articles
    step = len(articles) / limit
    return [articles[int(i * step)] for i in range(limit)]


def words(articles: list[RawArticle]) -> int:
    return sum(len(a.text.split()) for a in articles)
