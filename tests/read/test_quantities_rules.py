"""rules.yaml: every section's own examples read as stated, and a broken rules file is refused."""

from __future__ import annotations

import copy
from datetime import date

import pytest
import yaml

from datelines.read.pipeline import make_doc
from datelines.read.quantities.rules import RULES_FILE, Example, RulesError, load_rules, parse_rules

EXAMPLES = load_rules().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.section}:{e.text[:40]}" for e in EXAMPLES])
def test_rule_examples(nlp, example: Example):
    quantities = nlp(make_doc(nlp, example.text, date(2018, 4, 3)))._.quantities
    expected = example.expected
    if expected.get("value", 0) is None:
        assert quantities == [], f"{example.text!r} states no quantity"
        return
    assert quantities, f"no quantity read in {example.text!r}"
    quantity = quantities[0]
    if "value" in expected:
        assert quantity.value == pytest.approx(float(expected["value"]))
    for key, field in (("unit", "unit"), ("per", "per"), ("modifier", "modifier"), ("modality", "modality")):
        if key in expected:
            assert getattr(quantity, field) == expected[key], key


def test_every_section_has_examples():
    assert {e.section for e in EXAMPLES} == {
        "numbers", "modifiers", "per", "currencies", "percent", "measures", "counts", "modality",
    }  # fmt: skip


@pytest.fixture
def raw() -> dict:
    return yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))


def broken(data: dict, path: tuple[str, ...], value) -> dict:
    data = copy.deepcopy(data)
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("counts",), KeyError, "missing sections"),
        (("modifiers", "ROUGHLY"), ["kind of"], "not one of"),
        (("modality", "precedence"), ["negated", "asserted"], "precedence"),
        (("currencies", "symbols"), {"$": "XXX"}, "codes missing"),
        (("per", "nouns"), {}, "non-empty mapping"),
        (("counts", "harm_verbs"), [], "non-empty list"),
        (("counts", "compound_units"), {}, "non-empty mapping"),
        (("measures", "scale_words"), ["magnitude"], "non-empty mapping"),
        (("modality", "reported_future_aux"), [], "non-empty list"),
        (("percent", "examples"), [{"text": "5%", "colour": "red"}], "only keys"),
        (("modifiers", "examples"), [{"text": "over 5 people", "modifier": "OVER"}], "unknown modifier"),
        (("measures", "examples"), [], "at least one example"),
    ],
)
def test_broken_rules_are_refused(raw, path, value, message):
    with pytest.raises(RulesError, match=message):
        parse_rules(broken(raw, path, value))


def test_rules_are_loaded_once():
    assert load_rules() is load_rules()
