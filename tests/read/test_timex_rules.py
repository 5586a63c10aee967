"""Tests generated from the examples each rule carries in rules_en.yaml, plus the file's validation."""

from __future__ import annotations

import copy

import pytest
import yaml

from datelines.read.timex.filters import FILTERS
from datelines.read.timex.normalize import NORMALIZERS
from datelines.read.timex.rules import RULES_FILE, RuleFileError, load_rules, parse_rules
from tests.read.timex_helpers import tag

RULES = load_rules()
CASES = [
    pytest.param(example, id=f"{rule.name}-{number}")
    for rule in RULES.rules
    for number, example in enumerate(rule.examples)
]


@pytest.mark.parametrize("example", CASES)
def test_rule_example(example):
    spans = tag(example.text, example.published)
    if example.span is None:
        assert spans == [], [(s.text, s._.timex_value) for s in spans]
        return
    found = {s.text: s for s in spans}
    assert example.span in found, f"{example.span!r} not in {list(found)}"
    span = found[example.span]
    assert span._.timex_value == example.value
    if example.type:
        assert span._.timex_type == example.type
    if example.mod:
        assert span._.timex_mod == example.mod


def _raw() -> dict:
    with open(RULES_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _break_unknown_key(data):
    data["rules"][0]["colour"] = "red"


def _break_type(data):
    data["rules"][0]["type"] = "MOMENT"


def _break_normalizer(data):
    data["rules"][0]["normalize"] = "guess"


def _break_filter(data):
    data["rules"][0]["filters"] = ["no_such_filter"]


def _break_examples(data):
    data["rules"][0]["examples"] = []


def _break_macro(data):
    data["rules"][0]["pattern"] = "{no_such_macro}"


def _break_regex(data):
    data["rules"][0]["pattern"] = "(unclosed"


def _break_duplicate(data):
    data["rules"].append(copy.deepcopy(data["rules"][0]))


def _break_example_date(data):
    data["rules"][0]["examples"][0]["published"] = "yesterday"


@pytest.mark.parametrize(
    "breaker",
    [_break_unknown_key, _break_type, _break_normalizer, _break_filter, _break_examples, _break_macro,
     _break_regex, _break_duplicate, _break_example_date],
)
def test_rule_file_validation_rejects(breaker):
    data = _raw()
    breaker(data)
    with pytest.raises(RuleFileError):
        parse_rules(data, set(NORMALIZERS), set(FILTERS))


def test_rule_file_is_valid_and_every_rule_has_examples():
    rules = parse_rules(_raw(), set(NORMALIZERS), set(FILTERS))
    assert len(rules.rules) >= 30
    assert all(rule.examples for rule in rules.rules)
