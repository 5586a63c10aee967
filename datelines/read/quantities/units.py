"""Decide what a number is a quantity of: money, a percentage, a measurement unit or a count.

Money and percentages are read with the project's own cue words (quantulum3 takes "3bn" for barns);
physical units come from quantulum3; counts take their unit from the noun the number modifies
("4.5 million Russian tourists" -> tourists). A number that is none of these is not a quantity.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from datelines.read.quantities.modality import clause_verb
from datelines.read.quantities.numbers import NumberPhrase
from datelines.read.quantities.rules import QuantityRules
from datelines.read.quantities.unit_words import may_have_unit

MONEY, PERCENT, MEASURE, COUNT = "money", "percent", "measure", "count"
COUNTED_DEPS = {"nummod", "compound", "amod", "quantmod", "nmod"}
PLURAL_TAGS = {"NNS", "NNPS"}
FUNCTION_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"}


@dataclass(frozen=True)
class UnitReading:
    """A number with its unit: tokens [start, end) cover symbol, number and unit words."""

    kind: str
    unit: str
    start: int
    end: int
    per: str | None = None
    noun: Token | None = None  # the counted noun, for counts
    value: float = 0.0
    about: str | None = None  # set when another reading decides it (the first number of a range)


@dataclass(frozen=True)
class MeasureHit:
    """One quantulum3 result, in document character offsets."""

    start_char: int
    end_char: int
    unit: str
    entity: str


def measure_hits(sent: Span) -> list[MeasureHit]:
    """quantulum3's readings of one sentence (imported lazily: it loads its unit tables on first use)."""
    with warnings.catch_warnings():
        # quantulum3 warns once that its optional scikit-learn classifier is absent; the rule-based
        # parser it falls back to is what datelines uses.
        warnings.filterwarnings(
            "ignore", message="Classifier dependencies not installed", category=UserWarning
        )
        from quantulum3 import parser

    hits = []
    for found in parser.parse(sent.text):
        start, end = found.span
        hits.append(
            MeasureHit(
                sent.start_char + start, sent.start_char + end, found.unit.name, found.unit.entity.name
            )
        )
    return hits


def _phrase_after(doc: Doc, i: int, table: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """Longest cue phrase of `table` starting at token i: (value, token end)."""
    for words, value in sorted(table.items(), key=lambda item: -len(item[0])):
        end = i + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[i:end]) == words:
            return value, end
    return None


def _money(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    start, end = number.start, number.end
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.text in rules.currency_symbols or before.text in rules.currency_codes):
        code = rules.currency_symbols.get(before.text) or before.text
        return UnitReading(MONEY, code, start - 1, end)
    if end < len(doc):
        after = doc[end]
        if after.text in rules.currency_codes:
            return UnitReading(MONEY, after.text, start, end + 1)
        if (
            after.lower_ in {"us", "u.s.", "american"}
            and end + 1 < len(doc)
            and doc[end + 1].lower_ in {"dollar", "dollars"}
        ):
            return UnitReading(MONEY, "USD", start, end + 2)
        if after.lower_ in rules.currency_words:
            return UnitReading(MONEY, rules.currency_words[after.lower_], start, end + 1)
    return None


def _percent(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    found = _phrase_after(doc, number.end, rules.percent_words)
    if found is None:
        return None
    unit, end = found
    return UnitReading(PERCENT, unit, number.start, end)


def _measure(
    doc: Doc, number: NumberPhrase, hits: Callable[[], list[MeasureHit]], rules: QuantityRules
) -> UnitReading | None:
    if not may_have_unit(doc, number.end, rules.suffixes):
        return None  # no word after the number could be a unit: quantulum3 need not run
    for hit in hits():
        span = doc.char_span(hit.start_char, hit.end_char, alignment_mode="expand")
        if span is None or not span.start <= number.start < span.end or span.end <= number.end:
            continue
        if hit.entity in rules.skip_measure_entities:
            return None
        # the unit words follow the last number of the hit ("50 and 140 kilometres" -> kilometres)
        tail = doc[number.end : span.end]
        numeric = [t.i for t in tail if t.like_num and t.lower_ not in rules.suffixes]
        tail = doc[max(numeric) + 1 : span.end] if numeric else tail
        if sum(ch.isalpha() for ch in tail.text) < 2:
            return None  # a lone letter ("3 m", "5 a") is too often a word, not a unit
        if any((t.is_stop or t.pos_ in FUNCTION_POS) and t.lower_ != "per" for t in tail):
            return None  # quantulum3 reads some function words as units ("12 at" -> ampere-turns)
        unit, _, per = hit.unit.partition(" per ")
        if not unit:
            return None
        return UnitReading(MEASURE, unit, number.start, span.end, per or None)
    return None


def _scale_reading(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    """A reading on a named scale: 'a magnitude 6.3 tremor', 'of magnitude 5.8', '7.1 on the Richter
    scale'. What it measures is the noun the reading describes (the tremor, the earthquake)."""
    before = doc[number.start - 1] if number.start > 0 else None
    if before is not None and before.lower_ in rules.scale_words:
        after = doc[number.end] if number.end < len(doc) else None
        described = None
        if after is not None and after.pos_ == "NOUN":
            described = after  # "a magnitude 6.3 tremor"
        elif before.dep_ == "pobj" and before.head.head.pos_ == "NOUN":
            described = before.head.head  # "an earthquake of magnitude 5.8"
        return UnitReading(
            MEASURE,
            rules.scale_words[before.lower_],
            number.start - 1,
            number.end,
            about=described.text if described is not None else None,
        )
    # "a 6.3-magnitude quake", "a 7.1 magnitude earthquake"
    after = number.end + 1 if number.end < len(doc) and doc[number.end].text in {"-", "–"} else number.end
    if after < len(doc) and doc[after].lower_ in rules.scale_words:
        described = doc[after + 1] if after + 1 < len(doc) and doc[after + 1].pos_ == "NOUN" else None
        return UnitReading(
            MEASURE,
            rules.scale_words[doc[after].lower_],
            number.start,
            after + 1,
            about=described.text if described is not None else None,
        )
    found = _phrase_after(doc, number.end, rules.scale_phrases)
    if found is not None:
        unit, end = found
        return UnitReading(MEASURE, unit, number.start, end)
    return None


def _compound(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    """'a five-member panel' -> 5 members, 'a 3,000-strong force' -> 3,000 (the force): a count
    written as a hyphenated compound, whatever its size."""
    end = number.end
    if end + 1 >= len(doc) or doc[end].text not in {"-", "–"} or doc[end].whitespace_:
        return None
    word = doc[end + 1]
    if word.lower_ not in rules.compound_units or number.year_like:
        return None
    head = word.head
    noun = head if head.i > word.i and head.pos_ in {"NOUN", "PROPN"} else None
    unit = rules.compound_units[word.lower_] or (noun.lower_ if noun is not None else "")
    if not unit:
        return None
    return UnitReading(COUNT, unit, number.start, end + 2, noun=noun)


def _skip_determiners(doc: Doc, i: int, step: int) -> int:
    while 0 <= i < len(doc) and (doc[i].pos_ == "DET" or doc[i].tag_ == "PRP$"):
        i += step
    return i


def _partitive(doc: Doc, number: NumberPhrase) -> str | None:
    """'eight of its 15 members': 'part' for eight, 'whole' for 15; both count the noun. 'one of the
    two leaders' is neither: "one of" picks out a thing, it does not count."""
    if number.value >= 2 and number.end < len(doc) and doc[number.end].lower_ == "of":
        k = _skip_determiners(doc, number.end + 1, 1)
        if k < len(doc) and doc[k].like_num:
            return "part"
    k = _skip_determiners(doc, number.start - 1, -1)
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].like_num and doc[k - 1].lower_ not in {"one", "1"}:
        return "whole"
    return None


def _counted_noun(doc: Doc, number: NumberPhrase) -> Token | None:
    """The noun a number counts: its head ("400,000 people") or an of-phrase ("400,000 of the refugees")."""
    inside = range(number.start, number.end)
    roots = [t for t in doc[number.start : number.end] if t.head.i not in inside or t.head.i == t.i]
    if not roots:
        return None
    root = roots[-1]
    while root.dep_ == "conj" and root.head.like_num:
        root = root.head  # '10 and 15 million people': the first conjunct carries the noun
    head = root.head
    if (
        root.dep_ in COUNTED_DEPS
        and head.i >= number.end
        and (head.pos_ == "NOUN" or head.tag_ in PLURAL_TAGS)
    ):
        return head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects:
                return objects[0]
    return None


def _is_harm(noun: Token, rules: QuantityRules) -> bool:
    """A count that reports harm to people ("three soldiers were killed", "two dead")."""
    if noun.lemma_.lower() in rules.harm_nouns:
        return True
    verb = clause_verb(noun)
    return verb is not None and verb.lemma_.lower() in rules.harm_verbs


def _people_relative(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    """'against 16.1 million who wanted to stay': a number with no noun, followed by 'who', counts people."""
    if (
        number.end < len(doc)
        and doc[number.end].lower_ == "who"
        and (number.scaled or number.value >= rules.small_below)
    ):
        clause = doc[number.end : doc[number.end].head.right_edge.i + 1]
        described = clause.text if clause.end > number.end + 1 else None
        return UnitReading(COUNT, "people", number.start, number.end, about=described)
    return None


def _count(doc: Doc, number: NumberPhrase, rules: QuantityRules) -> UnitReading | None:
    noun = _counted_noun(doc, number)
    if noun is None:
        return _people_relative(doc, number, rules)
    if noun is None or noun.lemma_.lower() in rules.time_nouns or noun.lower_ in rules.time_nouns:
        return None
    if "\n" in doc[min(number.end, noun.i) : max(number.end, noun.i + 1)].text_with_ws.rstrip():
        return None  # a headline figure ("298 dead") is not a count of the next paragraph's noun
    if number.year_like and noun.tag_ not in PLURAL_TAGS:
        return None  # "a 2010 contract" names a year
    partitive = _partitive(doc, number)
    if number.value < rules.small_below and not number.scaled and partitive is None:
        anaphoric = any(
            c.dep_ in {"det", "poss"} and c.lower_ in rules.anaphoric_determiners for c in noun.children
        )
        if anaphoric or not _is_harm(noun, rules):
            return None
    # the part of a partitive ends at its number, leaving "its 15 members" to be read as well
    end = noun.i + 1 if noun.i >= number.end and partitive != "part" else number.end
    if noun.tag_ in PLURAL_TAGS and _nationals(noun):
        # "300,000 Palestinians": people, of that nationality (kept as what the number is about)
        return UnitReading(COUNT, "people", number.start, end, noun=noun, about=noun.text)
    return UnitReading(COUNT, noun.lower_ if noun.pos_ != "PROPN" else noun.text, number.start, end, noun=noun)


def _nationals(noun: Token) -> bool:
    """'Palestinians', 'Russians', 'Britons': a plural that names the people of a country."""
    from datelines.read.actors.tables import gazetteer

    return noun.text in gazetteer().demonyms


def _is_year(doc: Doc, number: NumberPhrase) -> bool:
    """'in 2014', 'a 2010 contract'; but '2000 troops' (a plural noun follows) is a count."""
    return number.year_like and not (number.end < len(doc) and doc[number.end].tag_ in PLURAL_TAGS)


def _is_identifier(doc: Doc, number: NumberPhrase) -> bool:
    """A number that is part of a name: 'Boeing 737', 'Resolution 2254', 'S-400', 'G20'."""
    if number.start == 0:
        return False
    before = doc[number.start - 1]
    if before.text in {"-", "/"} and number.start > 1:
        before = doc[number.start - 2]
        return before.pos_ == "PROPN" or before.is_upper
    return before.pos_ == "PROPN" and before.ent_type_ not in {"GPE", "NORP"}


def read_unit(
    doc: Doc, number: NumberPhrase, hits: Callable[[], list[MeasureHit]], rules: QuantityRules
) -> UnitReading | None:
    """The unit of a number, trying money, percent, measurement unit, then count, in that order."""
    reading = _money(doc, number, rules) or _percent(doc, number, rules)
    if reading is None and not _is_year(doc, number) and not _is_identifier(doc, number):
        reading = (
            _scale_reading(doc, number, rules)
            or _compound(doc, number, rules)
            or _measure(doc, number, hits, rules)
            or _count(doc, number, rules)
        )
    return replace(reading, value=number.value) if reading is not None else None
