"""The akkuyu article: every `must` quantity is read, with its rate, date and modality, and nothing
the article does not state is invented (it never gives the plant's cost)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from datelines.read.pipeline import make_doc
from tests.conftest import EXAMPLE, EXAMPLE_GOLD

PUBLISHED = date(2018, 4, 3)


@pytest.fixture(scope="module")
def quantities(nlp, example_text):
    return nlp(make_doc(nlp, example_text, PUBLISHED))._.quantities


def _with_value(quantities, value):
    found = [q for q in quantities if q.value == pytest.approx(value)]
    assert len(found) == 1, f"expected one quantity of {value:g}, got {found}"
    return found[0]


@pytest.mark.parametrize(
    ("value", "unit", "per", "modifier", "modality", "evidence"),
    [
        (4800, "megawatt", None, None, None, "4,800 megawatt"),
        (3e10, "cubic metre", "year", "APPROX", "asserted", "about 30 billion cubic metres"),
        (4.5e6, "tourists", None, "APPROX", "asserted", "Nearly 4.5 million Russian tourists"),
        (6e6, "tourists", None, "MORE_THAN", "planned", "more than six million Russian tourists"),
        (4e5, "people", None, "MORE_THAN", "asserted", "more than 400,000 people"),
    ],
)
def test_must_quantities(quantities, example_text, value, unit, per, modifier, modality, evidence):
    quantity = _with_value(quantities, value)
    assert (quantity.unit, quantity.per, quantity.modifier) == (unit, per, modifier)
    if modality is not None:
        assert quantity.modality == modality
    assert quantity.evidence.text == evidence
    assert example_text[quantity.evidence.start : quantity.evidence.end] == evidence


@pytest.mark.parametrize(("value", "year"), [(4.5e6, "2014"), (6e6, "2018")])
def test_quantity_dates_come_from_their_clause(quantities, value, year):
    """Needs the timex component: 'had visited Turkey in 2014', 'to host ... in 2018'."""
    assert _with_value(quantities, value).date == year


def test_the_plant_capacity_is_not_dated_by_the_contract_year(quantities):
    assert _with_value(quantities, 4800).date is None


def test_nothing_is_invented(quantities, example_text):
    """Exactly the five figures the article states; no year, age, ordinal, duration or cost."""
    assert sorted(q.value for q in quantities) == sorted([4800, 3e10, 4.5e6, 6e6, 4e5])
    for quantity in quantities:
        stated = example_text[quantity.evidence.start : quantity.evidence.end]
        assert stated == quantity.evidence.text
        assert re.search(r"\d|six", stated)
        assert quantity.unit not in {"USD", "EUR", "TRY", "RUB"}, "the article never states a cost"


def test_example_scorer_hits_every_must_quantity(example_text):
    from datelines.evaluate.example import load_gold, score_reading
    from datelines.read.reading import read

    if not EXAMPLE_GOLD.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    result = score_reading(load_gold(EXAMPLE_GOLD), example_text, read(example_text, PUBLISHED), EXAMPLE)
    figures = result.scores()["quantities"]
    assert figures["must"][0] == figures["must"][1] == 5
    assert figures["must_not_violations"] == 0
