"""The cheap test that decides whether quantulum3 runs for a number: it may only say no where
quantulum3's reading could not have given the number a unit."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.pipeline import make_doc
from datelines.read.quantities import units
from datelines.read.quantities.numbers import find_numbers
from datelines.read.quantities.rules import load_rules
from datelines.read.quantities.unit_words import may_have_unit, spelled_from_pieces, unit_pieces


@pytest.mark.parametrize("word", ["km", "kilometres", "mph", "kph", "miles", "feet", "lbs", "acres", "kmh", "sq"])
def test_unit_words_are_spelled_from_quantulum3_pieces(word):
    assert spelled_from_pieces(word, unit_pieces())


@pytest.mark.parametrize("word", ["people", "soldiers", "killed", "troops", "members", "residents", "children"])
def test_common_nouns_are_not(word):
    assert not spelled_from_pieces(word, unit_pieces())


# (sentence, the number's text, whether a unit may follow)
CASES = [
    ("The storm brought winds of 120 km/h to the coast.", "120", True),
    ("The convoy drove between 50 and 140 kilometres a day.", "50", True),
    ("A 35-km stretch of road was closed.", "35", True),
    ("Three soldiers were killed in the attack.", "Three", False),
    ("About 400,000 people have fled the city.", "400,000", False),
    ("The two leaders met in 2018 and again in 2019.", "two", False),
]


@pytest.mark.parametrize("text, number, expected", CASES)
def test_may_have_unit(nlp, text, number, expected):
    doc = nlp(make_doc(nlp, text, date(2018, 4, 3)))
    rules = load_rules()
    found = [n for n in find_numbers(doc, 0, len(doc), rules) if doc[n.start:n.end].text == number]
    assert found
    assert may_have_unit(doc, found[0].end, rules.suffixes) is expected


@pytest.mark.parametrize("text, number, expected", CASES)
def test_a_no_is_never_a_lost_measure(nlp, text, number, expected, monkeypatch):
    """Where the test says no, _measure with quantulum3's own hits finds no unit either."""
    doc = nlp(make_doc(nlp, text, date(2018, 4, 3)))
    rules = load_rules()
    sent = next(doc.sents)
    monkeypatch.setattr(units, "may_have_unit", lambda *a: True)
    for found in find_numbers(doc, sent.start, sent.end, rules):
        if not may_have_unit(doc, found.end, rules.suffixes):
            assert units._measure(doc, found, lambda: units.measure_hits(sent), rules) is None
