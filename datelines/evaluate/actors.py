"""Score actor coding (mention -> CAMEO code) against a gold file: `datelines evaluate actors GOLD`.

Gold, YAML (or TSV with columns article, text, code, occurrence)::

    - article: corpus/2016-07-16-turkey-coup.txt   # relative to examples_root
      mentions:
        - {text: "Russian President Vladimir Putin", code: RUSGOV}
        - {text: "Putin", code: RUSGOV, occurrence: 2}   # nth occurrence of the string, 1-based

Matching: a gold mention matches a system mention whose character span overlaps it and whose code
starts with the gold code (RUS matches RUSMIL); each system mention matches at most one gold mention
(exact spans first, then the largest overlap).

Precision counts, by default (scope "all"), every system mention with a code in the articles the gold
file covers, except pronouns: annotators mark names and noun phrases, not "he"/"him", so a resolved
pronoun is neither rewarded nor punished. Scope "overlapping" counts only system mentions that overlap
some gold mention (right or wrongly coded), which measures coding accuracy where the annotator looked
when the gold marks only some mentions per article. Both precisions are reported; `precision` is the
one of the chosen scope.

Headlines: the development gold (evaluation/gold/actors.yaml) annotates body text only (none of its
483 mentions lies in an article's first line), so system mentions in the headline are not counted
either (`headline=False`); pass `headline=True` for a gold set that annotates headlines.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from datelines.evaluate.gold_articles import examples_root_for, read_gold_articles
from datelines.evaluate.matching import code_matches, occurrences, prf, spans_overlap
from datelines.model import Mention
from datelines.read.pipeline import ReadSettings

PRONOUNS = {"he", "she", "him", "her", "it", "they", "them", "his", "its", "their"}
# Actors need only the spaCy model; leaving the other datelines stages out keeps this scorer
# independent of them.
ACTOR_SETTINGS = ReadSettings(components=("datelines_actors",))


@dataclass
class GoldMention:
    article: str
    text: str
    code: str
    occurrence: int = 1


def load_gold(path: Path) -> list[GoldMention]:
    path = Path(path)
    if path.suffix.lower() in (".tsv", ".tab"):
        with path.open(encoding="utf-8") as handle:
            rows = [r for r in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")]
        return [GoldMention(r["article"], r["text"], r["code"], int(r.get("occurrence") or 1)) for r in rows]
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for entry in data:
        for m in entry.get("mentions") or []:
            out.append(GoldMention(entry["article"], str(m["text"]), str(m["code"]), int(m.get("occurrence", 1))))
    return out


def _best_match(span: tuple[int, int], code: str, system: list[Mention], used: set[int]) -> int | None:
    options = []
    for i, m in enumerate(system):
        if i in used or not m.code or not spans_overlap(span, (m.start, m.end)) or not code_matches(code, m.code):
            continue
        overlap = min(span[1], m.end) - max(span[0], m.start)
        options.append(((m.start, m.end) == span, overlap, -i, i))
    return max(options)[3] if options else None


def score(gold: list[GoldMention], articles: dict[str, tuple[str, list[Mention]]], scope: str = "all",
          headline: bool = False) -> dict[str, Any]:
    """Figures for gold mentions against system mentions, per article key."""
    matched, misses, false_positives = 0, [], []
    counted_all = counted_overlapping = tp_overlapping = 0
    for article, (text, mentions) in articles.items():
        body_start = 0 if headline or "\n" not in text else text.index("\n")
        system = [m for m in mentions if m.code and m.text.lower() not in PRONOUNS and m.start >= body_start]
        used: set[int] = set()
        gold_spans = []
        for g in (g for g in gold if g.article == article):
            found = occurrences(text, g.text)
            if len(found) < g.occurrence:
                misses.append({"article": article, "text": g.text, "code": g.code, "occurrence": g.occurrence,
                               "why": f"gold text occurs {len(found)} times"})
                continue
            span = found[g.occurrence - 1]
            gold_spans.append(span)
            hit = _best_match(span, g.code, system, used)
            if hit is None:
                near = [f"{m.text}={m.code}" for m in mentions if spans_overlap(span, (m.start, m.end))]
                misses.append({"article": article, "text": g.text, "code": g.code, "occurrence": g.occurrence,
                               "system": near})
            else:
                used.add(hit)
                matched += 1
        for i, m in enumerate(system):
            overlapping = any(spans_overlap(s, (m.start, m.end)) for s in gold_spans)
            counted_all += 1
            counted_overlapping += overlapping
            tp_overlapping += i in used
            if i not in used and (scope == "all" or overlapping):
                false_positives.append({"article": article, "text": m.text, "code": m.code, "start": m.start})
    counted = counted_all if scope == "all" else counted_overlapping
    figures: dict[str, Any] = prf(matched, counted, len(gold))
    figures.update({
        "scope": scope, "gold": len(gold), "system": counted, "matched": matched,
        "precision_all": prf(matched, counted_all, len(gold))["precision"],
        "precision_overlapping": prf(tp_overlapping, counted_overlapping, len(gold))["precision"],
        "misses": misses, "false_positives": false_positives,
    })
    return figures


def evaluate_actors(gold_path: Path, examples_root: Path | None = None, scope: str = "all",
                    headline: bool = False, settings: ReadSettings = ACTOR_SETTINGS) -> dict[str, Any]:
    """Read every article the gold file names and score its actor mentions."""
    gold = load_gold(gold_path)
    read = read_gold_articles((g.article for g in gold), examples_root_for(gold_path, examples_root), settings)
    return score(gold, {name: (a.text, a.reading.mentions) for name, a in read.items()}, scope, headline)


def format_report(figures: dict[str, Any], limit: int = 20) -> str:
    lines = [
        (f"actors: precision {figures['precision']:.3f}  recall {figures['recall']:.3f}  f1 {figures['f1']:.3f}"
         f"  (gold {figures['gold']}, system {figures['system']}, matched {figures['matched']}, scope {figures['scope']})"),
        (f"  precision over all coded mentions {figures['precision_all']:.3f};"
         f" over mentions overlapping gold {figures['precision_overlapping']:.3f}"),
    ]
    if figures["misses"]:
        lines.append(f"misses ({len(figures['misses'])}):")
        for m in figures["misses"][:limit]:
            lines.append(f"  {m['article']}: {m['text']!r} gold {m['code']} system {m.get('system') or m.get('why') or '-'}")
    if figures["false_positives"]:
        lines.append(f"false positives ({len(figures['false_positives'])}):")
        for m in figures["false_positives"][:limit]:
            lines.append(f"  {m['article']}: {m['text']!r} {m['code']}")
    return "\n".join(lines)
