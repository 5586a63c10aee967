"""Score event coding on real news: `datelines evaluate real DIR`.

DIR holds one `<id>.expected.yaml` per article (evaluation/real/GUIDELINES.md); the article is the
record with that id in the corpus's JSON Lines files (default: DIR/../corpus). Unlike the
sentence-level demo gold, the unit is the whole article: every event the system emits, asserted or
not, is matched one-to-one against the gold items of any level (must, should, may), so

    precision = matched emitted events / emitted events
    recall    = matched must+should items / must+should items

at three depths: (source, target, root); + the date at the gold's precision; + the modality
("full"). A `may` item makes an emitted event right without being required. `must_not` items are
event patterns: an emitted event that fits one is a violation. A pattern that quotes the words it
guards against is checked on the events told there only: "Ukraine is not the victim" of the Ryazan
strike says nothing about the Ukrainian victims of another sentence of the same article.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from datelines.evaluate.matching import (
    date_matches,
    dyad_matches,
    dyads,
    event_code_matches,
    f1,
    format_per_root,
    per_root,
)
from datelines.model import Event
from datelines.read.pipeline import ReadSettings

LEVELS = ("must", "should", "may")
DEPTHS = ("dyad_root", "dated", "full")


@dataclass
class GoldItem:
    """One dyad requirement of one gold event (a list of sources makes several)."""

    article: str
    level: str
    ident: str
    requirement: tuple[str | None, str | None, bool]
    code: Any
    date: str | None
    modality: str | None
    text: str = ""  # the words of the article that state it (for reports, not for matching)

    def fits(self, event: Event, depth: str) -> bool:
        if not (dyad_matches(self.requirement, event.source, event.target) and event_code_matches(self.code, event.code)):
            return False
        if depth in ("dated", "full") and not date_matches(self.date, event.date):
            return False
        return depth != "full" or self.modality is None or event.modality == self.modality

    def describe(self) -> str:
        source, target, either = self.requirement
        arrow = "<->" if either else "->"
        return f"{self.ident} {source or '*'}{arrow}{target or '*'} {self.code} {self.date or '-'} {self.modality or '-'}"


@dataclass
class ArticleScore:
    article: str
    gold: list[GoldItem]
    events: list[Event]
    matches: dict[str, dict[int, int]] = field(default_factory=dict)  # depth -> event index -> gold index
    violations: list[str] = field(default_factory=list)

    def counts(self, depth: str) -> tuple[int, int, int]:
        """(emitted events matched, emitted events, required items found) at one depth."""
        matched = self.matches[depth]
        required = [i for i, g in enumerate(self.gold) if g.level != "may"]
        return len(matched), len(self.events), sum(1 for i in required if i in matched.values())

    def required(self, level: str | None = None) -> int:
        return sum(1 for g in self.gold if g.level != "may" and (level is None or g.level == level))


def gold_items(article: str, gold: dict[str, Any]) -> tuple[list[GoldItem], list[dict[str, Any]]]:
    events = gold.get("events") or {}
    items = []
    for level in LEVELS:
        for number, entry in enumerate(events.get(level) or []):
            for requirement in dyads(entry.get("source"), entry.get("target")):
                items.append(GoldItem(article, level, str(entry.get("id", f"{level}{number}")), requirement,
                                      entry.get("code"), _text(entry.get("date")), entry.get("modality"),
                                      str(entry.get("text") or "")))
    return items, [e for e in events.get("must_not") or [] if isinstance(e, dict)]


def _text(value: Any) -> str | None:
    return None if value is None else (value.isoformat() if isinstance(value, date) else str(value))


def max_matching(n_events: int, n_gold: int, fits: Callable[[int, int], bool],
                 prefer: Callable[[int, int], bool] | None = None) -> dict[int, int]:
    """A maximum one-to-one matching of events to gold items (augmenting paths; articles are small).
    Among equally large matchings, each event tries the gold items it `prefer`s first (those the same
    sentence states), so that reports name the right item; the counts do not depend on it."""
    options = [sorted((g for g in range(n_gold) if fits(e, g)), key=lambda g, e=e: not (prefer and prefer(e, g)))
               for e in range(n_events)]
    owner: dict[int, int] = {}  # gold index -> event index

    def augment(e: int, seen: set[int]) -> bool:
        for g in options[e]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = e
                return True
        return False

    for e in range(n_events):
        augment(e, set())
    return {e: g for g, e in owner.items()}


def _violates(rule: dict[str, Any], event: Event) -> bool:
    quoted = " ".join(str(rule.get("text") or "").split())[:40]
    if quoted and quoted not in " ".join(event.evidence.text.split()):
        return False
    requirement_fits = any(dyad_matches(r, event.source, event.target) for r in dyads(rule.get("source"), rule.get("target")))
    return (
        requirement_fits
        and event_code_matches(rule.get("code"), event.code)
        and date_matches(_text(rule.get("date")), event.date)
        and (rule.get("modality") is None or event.modality == rule["modality"])
    )


def score_article(article: str, gold: dict[str, Any], events: list[Event]) -> ArticleScore:
    items, must_not = gold_items(article, gold)
    # Neither side coded: not an event of the record, whatever the reader emitted.
    events = [e for e in events if e.source or e.target]
    score = ArticleScore(article, items, events)
    def told_there(e: int, g: int) -> bool:
        return bool(items[g].text) and items[g].text[:40] in events[e].evidence.text

    for depth in DEPTHS:
        score.matches[depth] = max_matching(len(events), len(items), lambda e, g, d=depth: items[g].fits(events[e], d),
                                            told_there)
    for rule in must_not:
        for event in events:
            if _violates(rule, event):
                score.violations.append(f"{article}: {rule.get('note') or rule} <- {_event_line(event)}")
    return score


def _event_line(event: Event) -> str:
    return f"{event.source or '*'}->{event.target or '*'} {event.code} {event.date} {event.modality} {event.evidence.text[:70]!r}"


# --- corpus and gold files --------------------------------------------------------------------


def load_corpus(corpus: Path) -> dict[str, dict[str, Any]]:
    """Every record of the corpus's JSON Lines files, by id."""
    files = sorted(corpus.rglob("*.jsonl")) if corpus.is_dir() else [corpus]
    records: dict[str, dict[str, Any]] = {}
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    records[record["id"]] = record
    return records


def gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.expected.yaml"))


def article_id(path: Path) -> str:
    return path.name.removesuffix(".expected.yaml")


@dataclass
class RealEvaluation:
    articles: list[ArticleScore]

    def per_root(self) -> dict[str, dict[str, float]]:
        """(source, target, root) figures by CAMEO root; a gold item counts under the root of the event
        that matched it, else its first listed root; `may` items count for precision only."""
        system_roots: list[str] = []
        gold_roots: list[str] = []
        hits: list[str] = []
        found: list[str] = []
        for a in self.articles:
            matched = a.matches["dyad_root"]
            system_roots += [e.root for e in a.events]
            hits += [a.events[e].root for e in matched]
            found += [a.events[e].root for e, g in matched.items() if a.gold[g].level != "may"]
            by_gold = {g: a.events[e].root for e, g in matched.items()}
            gold_roots += [by_gold.get(i) or _first_root(g.code) for i, g in enumerate(a.gold) if g.level != "may"]
        return per_root(system_roots, gold_roots, hits, found)

    def figures(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for depth in DEPTHS:
            matched = emitted = hit = 0
            for a in self.articles:
                m, n, h = a.counts(depth)
                matched, emitted, hit = matched + m, emitted + n, hit + h
            required = sum(a.required() for a in self.articles)
            precision = matched / emitted if emitted else 0.0
            recall = hit / required if required else 0.0
            out[depth] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1(precision, recall), 4)}
        musts = [(a, i) for a in self.articles for i, g in enumerate(a.gold) if g.level == "must"]
        full_hits = sum(1 for a, i in musts if i in a.matches["full"].values())
        out["must_recall"] = round(full_hits / len(musts), 4) if musts else 0.0
        out["must_recall_dyad_root"] = round(sum(1 for a, i in musts if i in a.matches["dyad_root"].values()) / len(musts), 4) if musts else 0.0
        out["must_not_violations"] = sum(len(a.violations) for a in self.articles)
        out["per_root"] = self.per_root()
        out["articles"] = len(self.articles)
        out["emitted"] = sum(len(a.events) for a in self.articles)
        out["required"] = sum(a.required() for a in self.articles)
        out["per_article"] = {
            a.article: {
                "emitted": len(a.events),
                "must": a.required("must"),
                "should": a.required("should"),
                **{depth: dict(zip(("matched", "emitted", "found"), a.counts(depth), strict=True)) for depth in DEPTHS},
                "must_not_violations": len(a.violations),
            }
            for a in self.articles
        }
        return out


def _first_root(code: Any) -> str:
    codes = code if isinstance(code, list) else [code]
    return str(codes[0])[:2] if codes and codes[0] is not None else "--"


def evaluate_real(folder: Path, corpus: Path | None = None, settings: ReadSettings | None = None,
                  min_confidence: float | None = None) -> RealEvaluation:
    from datelines.read.reading import read_many

    corpus = corpus or folder.parent / "corpus"
    records = load_corpus(corpus)
    paths = gold_files(folder)
    missing = [article_id(p) for p in paths if article_id(p) not in records]
    if missing:
        raise KeyError(f"not in the corpus {corpus}: {', '.join(missing)}")
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) or {} for p in paths]
    items = [(records[article_id(p)]["text"], date.fromisoformat(records[article_id(p)]["published"])) for p in paths]
    readings = read_many(items, settings)
    scores = []
    for path, gold, reading in zip(paths, golds, readings, strict=True):
        events = [e for e in reading.events if min_confidence is None or e.confidence >= min_confidence]
        scores.append(score_article(article_id(path), gold, events))
    return RealEvaluation(scores)


def format_report(evaluation: RealEvaluation, figures: dict[str, Any], detail: bool = False) -> str:
    lines = [f"{'article':<62} {'emit':>4} {'gold':>4} {'P full':>6} {'R full':>6} {'R dyad+root':>11}"]
    for name, row in figures["per_article"].items():
        full, dyad = row["full"], row["dyad_root"]
        gold = row["must"] + row["should"]
        lines.append(f"{name[:62]:<62} {row['emitted']:>4} {gold:>4} {_ratio(full['matched'], full['emitted']):>6} "
                     f"{_ratio(full['found'], gold):>6} {_ratio(dyad['found'], gold):>11}")
    lines.append("")
    for depth in DEPTHS:
        f = figures[depth]
        lines.append(f"{depth:<10} precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}")
    lines.append(f"must recall (full) {figures['must_recall']:.3f}  (dyad+root) {figures['must_recall_dyad_root']:.3f}")
    lines.append(f"events emitted {figures['emitted']}, gold must+should {figures['required']}, "
                 f"must_not violations {figures['must_not_violations']}")
    lines.append("by CAMEO root, (source, target, root):")
    lines.extend("  " + line for line in format_per_root(figures["per_root"]))
    if detail:
        lines += list(_details(evaluation))
    return "\n".join(lines)


def _details(evaluation: RealEvaluation) -> Iterable[str]:
    """Per article: each emitted event with the gold item it matched, and the gold items missed."""
    for a in evaluation.articles:
        yield ""
        yield f"== {a.article}"
        full, dyad = a.matches["full"], a.matches["dyad_root"]
        for e, event in enumerate(a.events):
            if e in full:
                mark, gold = "OK  ", a.gold[full[e]]
            elif e in dyad:
                mark, gold = "PART", a.gold[dyad[e]]
            else:
                mark, gold = "FP  ", None
            yield f"  {mark} {_event_line(event)}" + (f"  ~ {gold.describe()}" if gold else "")
        found = set(full.values())
        for i, g in enumerate(a.gold):
            if g.level != "may" and i not in found:
                yield f"  MISS {g.level:<6} {g.describe()}"
        for v in a.violations:
            yield f"  VIOLATION {v}"


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "-"
