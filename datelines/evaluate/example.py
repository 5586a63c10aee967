"""Score one article's reading against an analyst's expected reading (an .expected.yaml).

Each section (timexes, actors, events, quantities) has must / should / may items and free-text
must_not rules; the rules this module knows how to check are recognised by their wording, the
others are listed as unchecked rather than silently passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from datelines.evaluate.matching import (
    code_matches,
    date_matches,
    dyad_matches,
    dyads,
    event_code_matches,
    occurrences,
    spans_overlap,
)
from datelines.model import Reading
from datelines.read.pipeline import ReadSettings
from datelines.read.reading import read

SECTIONS = ("timexes", "actors", "events", "quantities")
LEVELS = ("must", "should", "may")


@dataclass
class ItemResult:
    section: str
    level: str
    item: dict[str, Any]
    hit: bool
    why: str = ""


@dataclass
class ExampleResult:
    article: Path
    items: list[ItemResult] = field(default_factory=list)
    violations: dict[str, list[str]] = field(default_factory=dict)
    unchecked: dict[str, list[str]] = field(default_factory=dict)

    def scores(self) -> dict[str, dict[str, Any]]:
        """The figures of `datelines evaluate example --json`."""
        out: dict[str, dict[str, Any]] = {}
        for section in SECTIONS:
            entry: dict[str, Any] = {}
            for level in ("must", "should"):
                mine = [r for r in self.items if r.section == section and r.level == level]
                entry[level] = [sum(r.hit for r in mine), len(mine)]
            entry["must_not_violations"] = len(self.violations.get(section, []))
            out[section] = entry
        return out


# --- item matchers: (gold item, article text, reading) -> (hit, why) ------------------------------


def standalone_occurrences(text: str, phrase: str, others: list[str]) -> list[tuple[int, int]]:
    """Occurrences of a phrase that are not part of a longer expected phrase: when the key lists
    both "2015" and "March 2015", the "2015" it means is the one standing alone."""
    inside = [span for other in others if phrase in other and other != phrase for span in occurrences(text, other)]
    return [s for s in occurrences(text, phrase) if not any(o[0] <= s[0] and s[1] <= o[1] for o in inside)]


def _match_timex(item: dict[str, Any], text: str, reading: Reading, others: list[str] | None = None) -> tuple[bool, str]:
    spans = standalone_occurrences(text, item["text"], others or [])
    if not spans:
        return False, "text not in article"
    for span in spans:
        found = [t for t in reading.timexes if spans_overlap(span, (t.start, t.end))]
        good = [
            t
            for t in found
            if t.type == item.get("type", t.type)
            and str(t.value) == str(item["value"])
            and (t.mod or None) == (item.get("mod") or None)
        ]
        if not good:
            got = ", ".join(f"{t.text!r} {t.type} {t.value} {t.mod or ''}".strip() for t in found) or "nothing"
            return False, f"at {span[0]}: got {got}"
    return True, f"{len(spans)} mention(s)"


def _match_actor(item: dict[str, Any], text: str, reading: Reading) -> tuple[bool, str]:
    spans = occurrences(text, item["text"])
    if not spans:
        return False, "text not in article"
    coded = [(span, m) for span in spans for m in reading.mentions if m.code and spans_overlap(span, (m.start, m.end))]
    wrong = [m for _, m in coded if not code_matches(item["code"], m.code)]
    right = [m for _, m in coded if code_matches(item["code"], m.code)]
    if wrong:
        return False, "coded " + ", ".join(f"{m.text!r}={m.code}" for m in wrong)
    if not right:
        # A country named as where something happened ("a spy in the UK") is coded by the geocoder,
        # not the actor coder; its country code is the mention's code.
        places = {p.country for span in spans for p in reading.places
                  if p.country and spans_overlap(span, (p.start, p.end)) and code_matches(item["code"], p.country)}
        if places:
            return True, ", ".join(sorted(places)) + " (place)"
        return False, "not coded"
    return True, ", ".join(sorted({m.code for m in right if m.code}))


def _event_ok(item: dict[str, Any], requirement, ev) -> bool:
    return (
        dyad_matches(requirement, ev.source, ev.target)
        and event_code_matches(item.get("code"), ev.code)
        and date_matches(item.get("date"), ev.date)
        and (item.get("modality") is None or ev.modality == item["modality"])
    )


def events_for(item: dict[str, Any], reading: Reading) -> list[list[Any]]:
    """For each dyad an event item requires, the reading's events that satisfy it."""
    return [[ev for ev in reading.events if _event_ok(item, requirement, ev)]
            for requirement in dyads(item.get("source"), item.get("target"))]


def _match_event(item: dict[str, Any], text: str, reading: Reading) -> tuple[bool, str]:
    missing = []
    for requirement in dyads(item.get("source"), item.get("target")):
        if not any(_event_ok(item, requirement, ev) for ev in reading.events):
            missing.append(f"{requirement[0]}->{requirement[1]}")
    if missing:
        near = [f"{e.source}->{e.target} {e.code} {e.date} {e.modality}" for e in reading.events if event_code_matches(item.get("code"), e.code)]
        return False, f"missing {', '.join(missing)}; same-code events: {near[:4] or 'none'}"
    return True, ""


def _unit_key(unit: str | None) -> str:
    """Spelling-blind unit: 'cubic metres' = 'cubic meter', and a currency word is its ISO code
    ('dollars' = 'USD'), since analysts write either."""
    from datelines.read.quantities.rules import load_rules

    key = (unit or "").lower().strip()
    key = load_rules().currency_words.get(key, key).lower()
    return key.replace("metre", "meter").removesuffix("s")


def _match_quantity(item: dict[str, Any], text: str, reading: Reading) -> tuple[bool, str]:
    value = float(item["value"])
    for q in reading.quantities:
        if abs(q.value - value) > 1e-6 * max(1.0, abs(value)):
            continue
        checks = {
            "unit": _unit_key(item.get("unit")) in _unit_key(q.unit) or _unit_key(q.unit) in _unit_key(item.get("unit")),
            "per": item.get("per") is None or (q.per or "").lower() == item["per"].lower(),
            "date": date_matches(item.get("date"), q.date),
            "modality": item.get("modality") is None or q.modality == item["modality"],
            "mod": item.get("mod") is None or q.modifier == item["mod"],
        }
        if all(checks.values()):
            return True, f"{q.value:g} {q.unit}"
        return False, f"{q.value:g} {q.unit} per={q.per} date={q.date} modality={q.modality} mod={q.modifier}: wrong {[k for k, ok in checks.items() if not ok]}"
    return False, "no quantity with that value"


MATCHERS = {"timexes": _match_timex, "actors": _match_actor, "events": _match_event, "quantities": _match_quantity}


# --- must_not rules, recognised by their wording ------------------------------------------------

_FACTUAL_EVENT = re.compile(r"factual.*?event\s+(\w+)\s*->\s*(\w+)\s+with root\s+(\d+)", re.IGNORECASE)
_WRONG_DATE = re.compile(r"event dated (\d{4}-\d{2}-\d{2}) whose text says it happened in ([\d ,or]+)", re.IGNORECASE)
YEAR_WINDOW_CHARS = 120
_UNSTATED_QUANTITY = re.compile(r"quantity that the text does not state", re.IGNORECASE)


def _violations(rule: str, text: str, reading: Reading) -> list[str] | None:
    """Events or quantities breaking a must_not rule; None when the rule's wording is not known."""
    if m := _FACTUAL_EVENT.search(rule):
        source, target, root = m.groups()
        return [
            f"{e.source}->{e.target} {e.code} {e.evidence.text[:60]!r}"
            for e in reading.events
            if e.modality == "asserted" and code_matches(source, e.source) and code_matches(target, e.target) and e.root == root
        ]
    if m := _WRONG_DATE.search(rule):
        day, years = m.group(1), re.findall(r"\d{4}", m.group(2))
        return [
            f"{e.code} dated {e.date} in {e.evidence.text[:60]!r}"
            for e in reading.events
            if e.date == day and any(re.search(rf"\b{y}\b", text[e.evidence.start : e.evidence.end]) for y in years)
            and _event_clause_mentions_year(e, text, years)
        ]
    if _UNSTATED_QUANTITY.search(rule):
        return [
            f"{q.value:g} {q.unit} from {q.evidence.text!r}"
            for q in reading.quantities
            if text[q.evidence.start : q.evidence.end] != q.evidence.text or not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)\b", q.evidence.text, re.IGNORECASE)
        ]
    return None


def _event_clause_mentions_year(event, text: str, years: list[str]) -> bool:
    """The year is stated close after the event's own words (the trigger), where a date modifying
    that predicate or its object would stand, rather than anywhere in a long sentence."""
    sentence = text[event.evidence.start : event.evidence.end]
    trigger_at = max(sentence.find(event.trigger), 0) if event.trigger else 0
    window = sentence[trigger_at : trigger_at + YEAR_WINDOW_CHARS]
    return any(re.search(rf"\b{y}\b", window) for y in years)


# --- driver ---------------------------------------------------------------------------------------


def load_gold(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def article_beside(gold_path: Path) -> Path:
    name = gold_path.name.replace(".expected.yaml", "").replace(".expected.yml", "")
    return gold_path.with_name(name + ".txt")


def score_reading(gold: dict[str, Any], text: str, reading: Reading, article: Path) -> ExampleResult:
    result = ExampleResult(article=article)
    for section in SECTIONS:
        block = gold.get(section) or {}
        for level in LEVELS:
            for item in block.get(level) or []:
                if section == "timexes":
                    others = [i["text"] for lv in LEVELS for i in block.get(lv) or [] if isinstance(i, dict) and "text" in i]
                    hit, why = _match_timex(item, text, reading, others)
                else:
                    hit, why = MATCHERS[section](item, text, reading)
                result.items.append(ItemResult(section, level, item, hit, why))
        for rule in block.get("must_not") or []:
            found = _violations(str(rule), text, reading)
            if found is None:
                result.unchecked.setdefault(section, []).append(str(rule))
            elif found:
                result.violations.setdefault(section, []).extend(f"{rule}: {v}" for v in found)
    return result


def evaluate_example_file(gold_path: Path, settings: ReadSettings | None = None) -> ExampleResult:
    from datelines.ingest.dated_text import parse_dated_text

    gold = load_gold(gold_path)
    article = article_beside(gold_path)
    header_date, text = parse_dated_text(article.read_text(encoding="utf-8"))
    published = (gold.get("document") or {}).get("published") or header_date
    if isinstance(published, str):
        published = date.fromisoformat(published)
    reading = read(text, published, settings)
    return score_reading(gold, text, reading, article)


def _describe(item: dict[str, Any]) -> str:
    keys = ("id", "text", "source", "target", "code", "type", "value", "unit", "date", "mod", "modality")
    return " ".join(f"{k}={item[k]}" for k in keys if k in item)


def format_report(result: ExampleResult) -> str:
    lines = [f"article: {result.article}"]
    for section, figures in result.scores().items():
        lines.append("")
        lines.append(
            f"{section}: must {figures['must'][0]}/{figures['must'][1]}, should {figures['should'][0]}/{figures['should'][1]}, "
            f"must_not violations {figures['must_not_violations']}"
        )
        for r in (r for r in result.items if r.section == section):
            lines.append(f"  {'HIT ' if r.hit else 'MISS'} {r.level:<6} {_describe(r.item)}  {r.why}".rstrip())
        for v in result.violations.get(section, []):
            lines.append(f"  VIOLATION {v}")
        for u in result.unchecked.get(section, []):
            lines.append(f"  UNCHECKED must_not: {u}")
    return "\n".join(lines)


def expected_beside(article: Path) -> Path:
    """The analyst's reading of an article: x.txt -> x.expected.yaml (or .yml) beside it."""
    if article.name.endswith((".expected.yaml", ".expected.yml")):
        return article
    for suffix in (".expected.yaml", ".expected.yml"):
        candidate = article.with_name(article.stem + suffix)
        if candidate.exists():
            return candidate
    return article.with_name(article.stem + ".expected.yaml")


def expected_files(paths: list[Path]) -> list[Path]:
    """The .expected.yaml files named (or beside the articles named), or found (sorted) in named folders."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.expected.y*ml")) if path.is_dir() else [expected_beside(path)]
    return found


def total_scores(results: list[ExampleResult]) -> dict[str, dict[str, Any]]:
    """Hits, totals and violations summed over several examples, section by section."""
    total: dict[str, dict[str, Any]] = {}
    for result in results:
        for section, figures in result.scores().items():
            entry = total.setdefault(section, {"must": [0, 0], "should": [0, 0], "must_not_violations": 0})
            for level in ("must", "should"):
                entry[level] = [a + b for a, b in zip(entry[level], figures[level], strict=True)]
            entry["must_not_violations"] += figures["must_not_violations"]
    return total


def format_totals(results: list[ExampleResult]) -> str:
    """One line per example and section, then the totals: the figures for a folder of examples."""
    lines = []
    for name, scores in [*((r.article.stem, r.scores()) for r in results), ("TOTAL", total_scores(results))]:
        cells = [f"{section} must {f['must'][0]}/{f['must'][1]} should {f['should'][0]}/{f['should'][1]}"
                 f"{' VIOLATIONS ' + str(f['must_not_violations']) if f['must_not_violations'] else ''}"
                 for section, f in scores.items()]
        lines.append(f"{name:<40} " + " | ".join(cells))
    return "\n".join(lines)
