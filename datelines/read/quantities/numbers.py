"""Find the numbers of a sentence and compute their values: "4.5 million", "400,000", "six", "3bn".

Works on spaCy tokens so every number keeps its token span; ordinals ("second-biggest") are not
numbers here, and vague plurals ("dozens", "millions") are left out because they state no value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from datelines.read.quantities.rules import QuantityRules

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")
# Articles that stand for "one" before a scale word ("a million people").
ONE_WORDS = {"a", "an", "one"}


@dataclass(frozen=True)
class NumberPhrase:
    """Tokens [start, end) that spell one number, and its value."""

    start: int
    end: int
    value: float
    scaled: bool  # a scale word or suffix multiplied it ("4.5 million", "3bn")
    spelled: bool  # written in words only ("six", "twenty-five")
    year_like: bool  # four digits that read as a year ("2010"), not "2,010"
    scale: float = 1.0  # what the trailing scale words multiply by ("15 million" -> 1e6)


def _atom(token: Token, rules: QuantityRules) -> tuple[str, float] | None:
    """('num', v), ('scale', v) or ('word', v) for a token that is part of a number, else None."""
    text = token.text.lower()
    if DIGITS.match(text):
        return ("num", float(text.replace(",", "")))
    if text in rules.number_words:
        return ("word", rules.number_words[text])
    if text in rules.scales:
        return ("scale", rules.scales[text])
    match = SUFFIXED.match(text)
    if match and match.group(2) in rules.suffixes:
        return ("suffixed", float(match.group(1)) * rules.suffixes[match.group(2)])
    return None


def _glued_suffix(doc: Doc, i: int, rules: QuantityRules) -> bool:
    """'250m' split by the tokenizer into '250' + 'm': a scale suffix with no space before it."""
    return doc[i].lower_ in rules.suffixes and i > 0 and not doc[i - 1].whitespace_


def _tens_and_units(tens: float, units: float) -> bool:
    """'twenty five': a multiple of ten from 20 to 90 followed by 1-9 spells one number."""
    return 20 <= tens <= 90 and tens % 10 == 0 and 1 <= units <= 9


def _value(atoms: list[tuple[str, float]]) -> float:
    """Left-to-right number arithmetic: 'two hundred thousand' = (2*100)*1000, '4.5 million'."""
    total, current = 0.0, 0.0
    for kind, value in atoms:
        if kind == "scale":
            current = (current or 1.0) * value
            if value >= 1000:
                total, current = total + current, 0.0
        else:
            current += value
    return total + current


def _is_hyphen_link(doc: Doc, i: int, rules: QuantityRules) -> bool:
    """'twenty - five': a hyphen between two number words belongs to the number."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and doc[i - 1].lower_ in rules.number_words
        and doc[i + 1].lower_ in rules.number_words
    )


def _trailing_scale(atoms: list[tuple[str, float]], last: str, rules: QuantityRules) -> float:
    """The multiplier a range partner shares: '10 and 15 million' means 10 million too."""
    if atoms[-1][0] == "suffixed":
        match = SUFFIXED.match(last)
        return rules.suffixes[match.group(2)] if match else 1.0
    scale = 1.0
    for kind, value in reversed(atoms):
        if kind != "scale":
            break
        scale *= value
    return scale


def find_numbers(doc: Doc, start: int, end: int, rules: QuantityRules) -> list[NumberPhrase]:
    """Every number phrase in tokens [start, end) (one sentence), left to right."""
    phrases: list[NumberPhrase] = []
    i = start
    while i < end:
        atom = _atom(doc[i], rules)
        if atom is None or doc[i].ent_type_ == "ORDINAL":
            i += 1
            continue
        first, atoms = i, [atom]
        i += 1
        while i < end:
            if _is_hyphen_link(doc, i, rules):
                i += 1
                continue
            nxt = _atom(doc[i], rules)
            if nxt is None and _glued_suffix(doc, i, rules) and atoms[-1][0] == "num":
                nxt = ("scale", rules.suffixes[doc[i].lower_])
            if nxt is None or nxt[0] in {"num", "suffixed"} and atoms[-1][0] in {"num", "suffixed"}:
                break
            if nxt[0] == "word" and atoms[-1][0] == "word" and not _tens_and_units(atoms[-1][1], nxt[1]):
                break  # "one two three" is a list of numbers, not one number
            atoms.append(nxt)
            i += 1
        if atoms[0][0] == "scale":
            if first > start and doc[first - 1].lower_ in ONE_WORDS:
                first -= 1
            else:
                continue  # "million" with nothing before it is not a stated value
        kinds = {kind for kind, _ in atoms}
        text = doc[first].text
        phrases.append(
            NumberPhrase(
                start=first,
                end=i,
                value=_value(atoms),
                scaled="scale" in kinds or "suffixed" in kinds,
                spelled=kinds <= {"word", "scale"},
                year_like=len(atoms) == 1 and text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2100,
                scale=_trailing_scale(atoms, doc[i - 1].lower_, rules),
            )
        )
    return phrases
