"""Recognition: run every rule over the text, keep what the filters accept, resolve overlaps
(longest first, then rule order), normalize, and widen by modifier prefixes ("the end of 2019").
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Doc, Span

from datelines.read.timex import anchoring
from datelines.read.timex.filters import FILTERS
from datelines.read.timex.normalize import NORMALIZERS, Context, Normal
from datelines.read.timex.rules import Rule, RuleSet
from datelines.read.timex.tense import clause_tense
from datelines.read.timex.values import is_valid

log = logging.getLogger(__name__)

# Groups holding a month or weekday name: news capitalizes them, so "may" and "march" in lower
# case are the modal and the verb.
CAPITALIZED_GROUPS = ("month", "weekday")
PREFIX_WINDOW = 40
MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod"}


@dataclass(frozen=True)
class Candidate:
    span: Span
    rule: Rule
    order: int
    match: re.Match[str]


@dataclass(frozen=True)
class Found:
    """A recognized and normalized expression, ready to be written to doc.spans['timex']."""

    span: Span
    type: str
    value: str
    mod: str | None
    anchor: str | None
    rule: str


def _names_capitalized(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    return all(not groups.get(name) or groups[name][0].isupper() for name in CAPITALIZED_GROUPS)


def _trim(span: Span | None) -> Span | None:
    """Drop a sentence-final period the pattern's optional abbreviation dot swallowed ('in May.')."""
    while span is not None and len(span) and span[-1].is_punct:
        span = span[:-1]
    return span if span is not None and len(span) else None


def _without_article_of_modifier(span: Span) -> Span:
    """'the third-quarter results': a time word used as a modifier leaves 'the' to the noun it
    modifies (the TimeML extent), while 'in the third quarter' keeps it."""
    last = span[-1]
    if len(span) > 1 and span[0].lower_ == "the" and last.head.i >= span.end and last.dep_ in MODIFIER_DEPS:
        return span[1:]
    return span


def find_candidates(doc: Doc, rules: RuleSet) -> list[Candidate]:
    """Every rule match that aligns to tokens and passes the rule's filters."""
    candidates: list[Candidate] = []
    text = doc.text  # built from the tokens on every access: read it once
    for order, rule in enumerate(rules.rules):
        for match in rule.regex.finditer(text):
            if not _names_capitalized(match):
                continue
            span = _trim(doc.char_span(match.start(), match.end(), alignment_mode="expand"))
            if span is None:
                continue
            if all(FILTERS[name](span, match, rules) for name in rule.filters):
                candidates.append(Candidate(_without_article_of_modifier(span), rule, order, match))
    return candidates


def choose(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest wins, then the earlier rule, then the earlier text."""
    ranked = sorted(candidates, key=lambda c: (-(c.span.end_char - c.span.start_char), c.order, c.span.start))
    taken: set[int] = set()
    chosen: list[Candidate] = []
    for candidate in ranked:
        tokens = set(range(candidate.span.start, candidate.span.end))
        if tokens & taken:
            continue
        taken |= tokens
        chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.span.start)


def normalize(candidate: Candidate, rules: RuleSet, published, reference=None) -> Normal | None:
    groups = {name: value for name, value in candidate.match.groupdict().items() if value}
    tense = clause_tense(candidate.span) if candidate.span.doc.has_annotation("DEP") else None
    context = Context(groups, candidate.match.group(0), published, tense, rules, reference)
    return NORMALIZERS[candidate.rule.normalize](context)


def widen(span: Span, core_start: int, kind: str, rules: RuleSet, floor: int, text: str) -> tuple[Span, str | None]:
    """Extend the span over the longest modifier prefix that ends where the matched text starts
    (which may be inside the first token: 'mid-2016' is one token); return the prefix's mod."""
    doc = span.doc
    window_start = max(floor, core_start - PREFIX_WINDOW)
    window = text[window_start:core_start]
    starts_with_the = text[core_start : span.end_char].lower().startswith("the ")
    best: tuple[int, str] | None = None
    for prefix in rules.prefixes:
        if prefix.suffix or kind not in prefix.types or (prefix.quantity and starts_with_the):
            continue
        found = prefix.regex.search(window)
        if found is not None and found.start() < found.end() and (best is None or found.start() < best[0]):
            best = (found.start(), prefix.mod)
    if best is None:
        return span, None
    wider = doc.char_span(window_start + best[0], span.end_char, alignment_mode="expand")
    if wider is None or wider.start_char < floor:
        return span, None
    return wider, best[1]


def extend(span: Span, kind: str, rules: RuleSet, text: str, ceiling: int) -> tuple[Span, str | None]:
    """Extend the span over a modifier suffix right after it ('the next year or so', '1994 or
    later'); return the suffix's mod. The suffix may not reach into the next expression."""
    after = text[span.end_char : min(ceiling, span.end_char + PREFIX_WINDOW)]
    for suffix in rules.prefixes:
        if not suffix.suffix or kind not in suffix.types:
            continue
        found = suffix.regex.match(after)
        if found is None or not found.end():
            continue
        wider = span.doc.char_span(span.start_char, span.end_char + found.end(), alignment_mode="contract")
        if wider is not None and wider.end_char == span.end_char + found.end():
            return wider, suffix.mod
    return span, None


def recognize(doc: Doc, rules: RuleSet) -> list[Found]:
    """All temporal expressions of the doc, each guarded so one bad match cannot sink the rest."""
    published = doc._.published
    text = doc.text
    found: list[Found] = []
    floor = 0
    reference = None  # the story's last concrete date, for "the following day", "a year earlier"
    chosen = choose(find_candidates(doc, rules))
    for index, candidate in enumerate(chosen):
        ceiling = chosen[index + 1].span.start_char if index + 1 < len(chosen) else len(text)
        try:
            normal = normalize(candidate, rules, published, reference)
            if normal is None:
                continue
            kind = normal.type or candidate.rule.type
            span, prefix_mod = widen(candidate.span, candidate.match.start(), kind, rules, floor, text)
            span, suffix_mod = extend(span, kind, rules, text, ceiling)
            mod = normal.mod or prefix_mod or suffix_mod
            if not is_valid(kind, normal.value, mod):
                log.warning("timex rule %s made an invalid value %r", candidate.rule.name, normal.value)
                continue
            found.append(Found(span, kind, normal.value, mod, normal.anchor, candidate.rule.name))
            floor = span.end_char
            if kind in ("DATE", "TIME") and normal.anchor != "reference" and normal.moves_reference:
                reference = anchoring.parse_value(normal.value) or reference
        except Exception:  # the component must never raise on a text
            log.exception("timex rule %s failed on %r", candidate.rule.name, candidate.span.text)
    return _of_the_year_after(found, text)


YEAR_VALUE = re.compile(r"^\d{4}$")
MONTH_OR_DAY_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)$")


def _of_the_year_after(found: list[Found], text: str) -> list[Found]:
    """"January of this year", "May 3 of last year": a month or a day followed by "of" and a year is in
    that year, whatever its own tense said."""
    out = list(found)
    for i, (first, second) in enumerate(pairwise(found)):
        if (first.type == second.type == "DATE" and MONTH_OR_DAY_VALUE.match(first.value)
                and YEAR_VALUE.match(second.value) and text[first.span.end_char:second.span.start_char] == " of "):
            out[i] = replace(first, value=second.value + first.value[4:])
    return out
