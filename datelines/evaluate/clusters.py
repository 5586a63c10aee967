"""Score "one event across many reports": `datelines evaluate clusters [GOLD] [--json]`.

Gold (evaluation/gold/clusters.yaml): real-world events, each with the mentions that tell it, a
mention found in any reading of the corpus by its article, its sentence and its coding::

    - event: Turkish jets shoot down a Russian Su-24 bomber near the Syrian border
      date: "2015-11-24"
      mentions:
        - {article: corpus/2015-11-24-jet-downing.txt, sentence: "Turkish F-16s shot down ...",
           source: TURMIL, target: RUSMIL, code: "19"}

The corpus is read into a fresh store as `datelines ingest` reads it (or a store already holding it
is given), the store's events are clustered by datelines.query.clusters, and each gold mention is
matched to one stored event: evidence inside the gold sentence, source and target by code prefix
(a side the gold leaves out accepts any; `either` accepts both directions), code by prefix (a root
accepts every code under it; a list any member). Each stored event serves one mention at most.

Figures: pairwise precision, recall and F1 over the gold mentions that were found: a pair of found
mentions is a true pair when the gold puts them in one event and the clustering does too. Mentions
the reader did not find (or coded otherwise) are counted apart (coverage), since they measure the
reader, not the clustering.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from datelines.evaluate.events import sentence_span
from datelines.evaluate.gold_articles import examples_root_for
from datelines.evaluate.matching import code_matches, event_code_matches, prf
from datelines.query.clusters import (
    DEFAULT_SETTINGS,
    ClusterSettings,
    cluster_events,
    date_interval,
    mention_of,
    store_frequencies,
)
from datelines.store import Store, queries

DEFAULT_GOLD = Path("evaluation") / "gold" / "clusters.yaml"
EVENT_KEYS = {"event", "date", "mentions", "note"}
MENTION_KEYS = {"article", "sentence", "source", "target", "either", "code", "note"}


@dataclass(frozen=True)
class GoldMention:
    event: int  # index of its gold event
    article: str
    sentence: str
    source: str | None
    target: str | None
    either: bool
    code: str | tuple[str, ...] | None

    def accepts(self, event: dict[str, Any]) -> bool:
        forward = code_matches(self.source, event.get("source")) and code_matches(self.target, event.get("target"))
        backward = self.either and code_matches(self.source, event.get("target")) and code_matches(self.target, event.get("source"))
        code = list(self.code) if isinstance(self.code, tuple) else self.code
        return (forward or backward) and event_code_matches(code, event["code"])


@dataclass(frozen=True)
class GoldEvent:
    name: str
    date: str | None
    mentions: tuple[GoldMention, ...]


def load_gold(path: Path) -> list[GoldEvent]:
    """Read and check the gold file."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    events = []
    for number, item in enumerate(data):
        where = f"{path}: event {number + 1}"
        if not isinstance(item, dict) or not item.get("mentions"):
            raise ValueError(f"{where} needs 'event' and a list of 'mentions'")
        if set(item) - EVENT_KEYS:
            raise ValueError(f"{where}: unknown keys {sorted(set(item) - EVENT_KEYS)}")
        mentions = []
        for mention in item["mentions"]:
            if set(mention) - MENTION_KEYS or "article" not in mention or "sentence" not in mention:
                raise ValueError(f"{where}: a mention needs 'article' and 'sentence' and takes only {sorted(MENTION_KEYS)}")
            code = mention.get("code")
            mentions.append(GoldMention(number, str(mention["article"]), str(mention["sentence"]), mention.get("source"),
                                        mention.get("target"), bool(mention.get("either")),
                                        tuple(str(c) for c in code) if isinstance(code, list) else (str(code) if code else None)))
        events.append(GoldEvent(str(item.get("event", "")), str(item["date"]) if item.get("date") else None, tuple(mentions)))
    return events


def _article_ids(root: Path, names: list[str]) -> dict[str, str | None]:
    """The store id each gold article gets when ingested (its content hash), read as ingest reads it."""
    from datelines.ingest.hashing import content_hash
    from datelines.ingest.items import RawArticle
    from datelines.ingest.options import IngestOptions
    from datelines.ingest.readers import read_path
    from datelines.ingest.run import ARTICLE_ID_LENGTH

    ids: dict[str, str | None] = {}
    for name in names:
        items = list(read_path(root / name, IngestOptions()))
        raw = items[0] if items and isinstance(items[0], RawArticle) else None
        ids[name] = content_hash(raw.text)[:ARTICLE_ID_LENGTH] if raw else None
    return ids


def ingest_corpus(store: Store, folders: list[Path]) -> None:
    """Read folders into the store as `datelines ingest FOLDER...` does."""
    from datelines.ingest import IngestOptions, read_inputs
    from datelines.ingest.run import Ingestor, ingest_items

    ingest_items(Ingestor(store), read_inputs([str(f) for f in folders], IngestOptions()))


def match_mentions(gold: list[GoldEvent], store: Store, article_ids: dict[str, str | None]) -> tuple[dict[GoldMention, dict[str, Any]], list[str]]:
    """Each gold mention -> the stored event that tells it (where there is one); and the gold articles
    the store does not hold."""
    stored = {}
    missing = []
    wanted = [i for i in article_ids.values() if i]
    texts = {row["id"]: row for row in queries.articles_by_id(store, wanted).values()}
    for name, article_id in article_ids.items():
        if article_id in texts:
            full = queries.get_article(store, article_id)
            stored[name] = (full["text"], full["events"])
        else:
            missing.append(name)
    matched: dict[GoldMention, dict[str, Any]] = {}
    used: set[int] = set()
    for event in gold:
        for mention in event.mentions:
            if mention.article not in stored:
                continue
            text, events = stored[mention.article]
            span = sentence_span(text, mention.sentence)
            if span is None:
                continue
            inside = [e for e in events if span[0] <= e["evidence"]["start"] and e["evidence"]["end"] <= span[1]
                      and e["id"] not in used and mention.accepts(e)]
            if inside:
                choice = min(inside, key=lambda e: (e["evidence"]["start"], e["id"]))
                used.add(choice["id"])
                matched[mention] = choice
    return matched, missing


def pairwise(matched: dict[GoldMention, dict[str, Any]], cluster_of: dict[int, int]) -> dict[str, Any]:
    """Pairwise precision/recall/F1 of the clustering over the matched gold mentions."""
    items = list(matched.items())
    true_pairs = system_pairs = both = 0
    wrong: list[tuple[GoldMention, GoldMention]] = []
    missed: list[tuple[GoldMention, GoldMention]] = []
    for (g1, e1), (g2, e2) in combinations(items, 2):
        same_gold = g1.event == g2.event
        same_system = cluster_of[e1["id"]] == cluster_of[e2["id"]]
        true_pairs += same_gold
        system_pairs += same_system
        both += same_gold and same_system
        if same_system and not same_gold:
            wrong.append((g1, g2))
        elif same_gold and not same_system:
            missed.append((g1, g2))
    return {**prf(both, system_pairs, true_pairs), "gold_pairs": true_pairs, "system_pairs": system_pairs,
            "correct_pairs": both, "merged_wrongly": wrong, "split_wrongly": missed}


def evaluate_clusters(gold_path: Path, examples_root: Path | None = None, store: Store | None = None,
                      settings: ClusterSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """Read the corpus (unless a store holding it is given), cluster every stored event (all
    modalities and confidences) and score the clustering against the gold."""
    gold = load_gold(gold_path)
    root = examples_root_for(gold_path, examples_root)
    names = sorted({m.article for e in gold for m in e.mentions})
    article_ids = _article_ids(root, names)
    if store is None:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Store(Path(folder) / "clusters.db")
            try:
                ingest_corpus(fresh, sorted({(root / name).parent for name in names}))
                return _score(gold, fresh, article_ids, settings, gold_path)
            finally:
                fresh.close()
    return _score(gold, store, article_ids, settings, gold_path)


def _score(gold: list[GoldEvent], store: Store, article_ids: dict[str, str | None], settings: ClusterSettings,
           gold_path: Path) -> dict[str, Any]:
    events = queries.list_events(store, queries.EventFilter(modalities=()))
    articles = queries.articles_by_id(store, [e["article_id"] for e in events])
    dated = queries.dated_sentences(store, list(articles))
    clusters = cluster_events(events, articles, settings, dated, store_frequencies(store))
    cluster_of = {event_id: c["id"] for c in clusters for event_id in c["event_ids"]}
    matched, missing = match_mentions(gold, store, article_ids)

    def dated_right(mention: GoldMention, event: dict[str, Any]) -> bool:
        # as the clusterer reads the stored date: a day, a month..., or for an event dated by its
        # publication (or by an earlier sentence) the week before
        read = mention_of(event, (articles.get(event["article_id"]) or {}).get("published"), settings, dated)
        return intervals_meet(date_interval(gold[mention.event].date), read.interval)

    dated_right = {m: e for m, e in matched.items() if dated_right(m, e)}
    scores = pairwise(dated_right, cluster_of)
    end_to_end = pairwise(matched, cluster_of)
    mentions = [m for e in gold for m in e.mentions]
    found_events = {m.event for m in dated_right}

    def label(m: GoldMention) -> str:
        e = matched[m]
        return f"{Path(m.article).stem}: {e['source'] or '-'} {e['code']} {e['target'] or '-'} {e['date']} | {m.sentence[:60]}"

    return {
        "gold": str(gold_path),
        "gold_events": len(gold),
        "gold_mentions": len(mentions),
        "found_mentions": len(matched),
        "dated_right_mentions": len(dated_right),
        "coverage": round(len(matched) / len(mentions), 4) if mentions else 0.0,
        "events_with_two_found_mentions": sum(1 for i in found_events if sum(1 for m in dated_right if m.event == i) >= 2),
        "stored_events": len(events),
        "clustered_events": len(clusters),
        "pairwise": _figures(scores),
        "end_to_end": _figures(end_to_end),
        "misdated": [f"{label(m)} (gold {gold[m.event].date})" for m in matched if m not in dated_right],
        "merged_wrongly": [f"{label(a)}  ~  {label(b)}" for a, b in scores["merged_wrongly"]],
        "split_wrongly": [f"{label(a)}  ~  {label(b)}" for a, b in scores["split_wrongly"]],
        "articles_not_stored": missing,
    }


def intervals_meet(a: tuple[Any, Any] | None, b: tuple[Any, Any] | None) -> bool:
    """Two date intervals overlap (an unknown one meets any)."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _figures(scores: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in scores.items() if k not in ("merged_wrongly", "split_wrongly")}


def _prf_line(f: dict[str, Any]) -> str:
    return (f"P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"(gold pairs {f['gold_pairs']}, system pairs {f['system_pairs']}, correct {f['correct_pairs']})")


def format_report(figures: dict[str, Any], limit: int = 25) -> str:
    p, e = figures["pairwise"], figures["end_to_end"]
    lines = [
        f"gold: {figures['gold']}",
        (f"gold events {figures['gold_events']}, mentions {figures['gold_mentions']}; found by the reader "
         f"{figures['found_mentions']} ({figures['coverage']:.1%}), {figures['dated_right_mentions']} of them dated right; "
         f"stored events {figures['stored_events']} -> {figures['clustered_events']} clustered events"),
        f"clustering, pairwise over the mentions found and dated right: {_prf_line(p)}",
        f"end to end, pairwise over every mention found:             {_prf_line(e)}",
    ]
    if figures["misdated"]:
        lines.append(f"found but dated otherwise than the event ({len(figures['misdated'])}), left out of the clustering figures:")
        lines.extend(f"  {line}" for line in figures["misdated"][:limit])
    for key, title in (("merged_wrongly", "merged but not one event"), ("split_wrongly", "one event but split")):
        if figures[key]:
            lines.append(f"{title} ({len(figures[key])}):")
            lines.extend(f"  {line}" for line in figures[key][:limit])
    if figures["articles_not_stored"]:
        lines.append(f"gold articles the store does not hold: {', '.join(figures['articles_not_stored'])}")
    return "\n".join(lines)
