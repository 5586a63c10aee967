"""Matching rules shared by every scorer, as stated in the header of the analyst's expected readings:
actor codes match by prefix, two-digit event codes are roots, dates match at the gold's precision."""

from __future__ import annotations

import re
from collections.abc import Iterable


def code_matches(gold: str | None, system: str | None) -> bool:
    """RUS matches RUSMIL; RUSGOV matches RUSGOVMIL; no gold code accepts anything."""
    if not gold:
        return True
    return bool(system) and system.upper().startswith(gold.upper())


def event_code_matches(gold: str | list[str] | None, system_code: str) -> bool:
    """A list means any of them; a two-digit code is a root (any code under it)."""
    if gold is None:
        return True
    options = gold if isinstance(gold, list) else [gold]
    return any(system_code.startswith(str(option)) for option in options)


def date_matches(gold: str | None, system: str | None) -> bool:
    """2015-11 matches 2015-11 and 2015-11-24, not 2015."""
    if not gold:
        return True
    return bool(system) and str(system).startswith(str(gold))


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """Character spans of a phrase in the text, on word boundaries."""
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def prf(matched: int, system: int, gold: int, found: int | None = None) -> dict[str, float]:
    """`found`: of the matched events, those that matched a counted gold item (all when None): a match
    to gold that counts for precision only, like a `may` item, does not raise recall."""
    precision = matched / system if system else 0.0
    recall = (matched if found is None else found) / gold if gold else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1(precision, recall), 4)}


def dyads(source: str | list[str] | None, target: str | list[str] | None) -> list[tuple[str | None, str | None, bool]]:
    """Expand a gold event's actors into (source, target, either_direction) requirements.

    A source list with a target is one event per source; a source list with no target is a
    symmetric event among them, every pair a dyad in either direction.
    """
    sources = source if isinstance(source, list) else [source]
    targets = target if isinstance(target, list) else [target]
    if isinstance(source, list) and target is None:
        return [(a, b, True) for i, a in enumerate(sources) for b in sources[i + 1 :]]
    return [(s, t, False) for s in sources for t in targets]


def dyad_matches(requirement: tuple[str | None, str | None, bool], system_source: str | None, system_target: str | None) -> bool:
    gold_source, gold_target, either = requirement
    forward = code_matches(gold_source, system_source) and code_matches(gold_target, system_target)
    if forward or not either:
        return forward
    return code_matches(gold_source, system_target) and code_matches(gold_target, system_source)


def any_match(items: Iterable[object], predicate) -> bool:
    return any(predicate(item) for item in items)


def per_root(system_roots: list[str], gold_roots: list[str], hits: list[str],
             found: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Precision, recall and F1 by CAMEO root. `system_roots`: the root of every system event;
    `gold_roots`: the root each gold item is counted under (the matched event's root when it was
    matched, else its first listed root); `hits`: the root of every matched system event; `found`: of
    those, the ones that matched a counted gold item (as in prf)."""
    found = hits if found is None else found
    out: dict[str, dict[str, float]] = {}
    for root in sorted(set(system_roots) | set(gold_roots)):
        figures = prf(hits.count(root), system_roots.count(root), gold_roots.count(root), found.count(root))
        out[root] = {**figures, "system": system_roots.count(root), "gold": gold_roots.count(root)}
    return out


def format_per_root(table: dict[str, dict[str, float]]) -> list[str]:
    """The per-root table as text lines, with each root's CAMEO name."""
    from datelines.ontology.cameo import lookup

    lines = [f"{'root':<4} {'name':<30} {'P':>6} {'R':>6} {'F1':>6} {'system':>6} {'gold':>5}"]
    for root, f in table.items():
        try:
            name = lookup(root).name
        except (KeyError, ValueError):
            name = "?"
        lines.append(f"{root:<4} {name[:30]:<30} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f} "
                     f"{int(f['system']):>6} {int(f['gold']):>5}")
    return lines
