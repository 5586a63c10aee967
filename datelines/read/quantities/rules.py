"""Load and check rules.yaml: the words that make a number a quantity and qualify it.

The YAML holds the what (number words, modifiers, rates, currencies, count and modality cues) and
its own examples; this module only turns it into typed, validated tables, once per process.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

RULES_FILE = Path(__file__).resolve().parent / "rules.yaml"

SECTIONS = ("numbers", "modifiers", "per", "currencies", "percent", "measures", "counts", "modality")
MODIFIER_VALUES = ("MORE_THAN", "EQUAL_OR_MORE", "LESS_THAN", "EQUAL_OR_LESS", "APPROX")
MODALITIES = ("asserted", "negated", "planned", "expected", "hypothetical", "reported")
EXAMPLE_KEYS = {"text", "value", "unit", "per", "modifier", "modality"}


class RulesError(ValueError):
    """rules.yaml breaks its own schema."""


@dataclass(frozen=True)
class Example:
    """One sentence a rule must read, with what it must produce (None = no quantity at all)."""

    section: str
    text: str
    expected: dict[str, Any]


@dataclass(frozen=True)
class QuantityRules:
    number_words: dict[str, float]
    scales: dict[str, float]
    suffixes: dict[str, float]
    range_links: frozenset[str]
    modifiers: dict[tuple[str, ...], str]  # token sequence (lower case) -> mod value
    per_adverbs: dict[tuple[str, ...], str]
    per_nouns: dict[str, str]
    per_sets: dict[str, str]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]
    percent_words: dict[tuple[str, ...], str]
    skip_measure_entities: frozenset[str]
    scale_words: dict[str, str]  # "magnitude" before a number -> unit
    scale_phrases: dict[tuple[str, ...], str]  # "on the richter scale" after a number -> unit
    compound_units: dict[str, str]  # "member" in "five-member" -> "members" ("" = the modified noun)
    time_nouns: frozenset[str]
    small_below: int
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]
    anaphoric_determiners: frozenset[str]
    modality: dict[str, frozenset[str]]
    precedence: tuple[str, ...]
    examples: tuple[Example, ...]


def _words(phrase: str) -> tuple[str, ...]:
    """A cue phrase as the token sequence spaCy gives ('more than' -> ('more', 'than'))."""
    return tuple(phrase.lower().split())


def _mapping(section: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = section.get(key)
    if not isinstance(value, dict) or not value:
        raise RulesError(f"{where}.{key} must be a non-empty mapping")
    return {str(k).lower() if key != "sets" else str(k): v for k, v in value.items()}


def _list(section: dict[str, Any], key: str, where: str) -> frozenset[str]:
    value = section.get(key)
    if not isinstance(value, list) or not value:
        raise RulesError(f"{where}.{key} must be a non-empty list")
    return frozenset(str(v).lower() for v in value)


def _examples(name: str, section: dict[str, Any]) -> list[Example]:
    found = []
    for item in section.get("examples") or []:
        if not isinstance(item, dict) or "text" not in item or not set(item) <= EXAMPLE_KEYS:
            raise RulesError(
                f"{name}.examples: each example needs 'text' and only keys {sorted(EXAMPLE_KEYS)}"
            )
        if item.get("modifier") not in (None, *MODIFIER_VALUES):
            raise RulesError(f"{name}.examples: unknown modifier {item['modifier']!r}")
        if item.get("modality") not in (None, *MODALITIES):
            raise RulesError(f"{name}.examples: unknown modality {item['modality']!r}")
        found.append(Example(name, item["text"], {k: v for k, v in item.items() if k != "text"}))
    if not found:
        raise RulesError(f"{name}: a section needs at least one example")
    return found


def parse_rules(data: dict[str, Any]) -> QuantityRules:
    """Validate the YAML document and build the tables; RulesError names the offending key."""
    missing = [s for s in SECTIONS if not isinstance(data.get(s), dict)]
    if missing:
        raise RulesError(f"rules.yaml is missing sections: {', '.join(missing)}")
    numbers, per, money, counts, mood = (
        data[k] for k in ("numbers", "per", "currencies", "counts", "modality")
    )
    modifiers: dict[tuple[str, ...], str] = {}
    for mod, phrases in data["modifiers"].items():
        if mod == "examples":
            continue
        if mod not in MODIFIER_VALUES:
            raise RulesError(f"modifiers: {mod!r} is not one of {MODIFIER_VALUES}")
        for phrase in phrases:
            modifiers[_words(phrase)] = mod
    precedence = tuple(mood.get("precedence") or ())
    if sorted(precedence) != sorted(MODALITIES):
        raise RulesError(f"modality.precedence must order exactly {MODALITIES}")
    codes = frozenset(str(c) for c in money.get("codes") or [])
    currency_values = set(_mapping(money, "symbols", "currencies").values()) | set(
        _mapping(money, "words", "currencies").values()
    )
    if not currency_values <= codes:
        raise RulesError(
            f"currencies: codes missing from currencies.codes: {sorted(currency_values - codes)}"
        )
    examples = [example for name in SECTIONS for example in _examples(name, data[name])]
    return QuantityRules(
        number_words={k: float(v) for k, v in _mapping(numbers, "words", "numbers").items()},
        scales={k: float(v) for k, v in _mapping(numbers, "scales", "numbers").items()},
        suffixes={k: float(v) for k, v in _mapping(numbers, "suffixes", "numbers").items()},
        range_links=_list(numbers, "range_links", "numbers"),
        modifiers=modifiers,
        per_adverbs={_words(k): v for k, v in _mapping(per, "adverbs", "per").items()},
        per_nouns=_mapping(per, "nouns", "per"),
        per_sets=_mapping(per, "sets", "per"),
        currency_symbols={str(k): v for k, v in money["symbols"].items()},
        currency_codes=codes,
        currency_words=_mapping(money, "words", "currencies"),
        percent_words={_words(k): v for k, v in _mapping(data["percent"], "words", "percent").items()},
        skip_measure_entities=_list(data["measures"], "skip_entities", "measures"),
        scale_words={k: str(v) for k, v in _mapping(data["measures"], "scale_words", "measures").items()},
        scale_phrases={
            _words(k): str(v) for k, v in _mapping(data["measures"], "scale_phrases", "measures").items()
        },
        compound_units={k: str(v or "") for k, v in _mapping(counts, "compound_units", "counts").items()},
        time_nouns=_list(counts, "time_nouns", "counts"),
        small_below=int(counts.get("small_below", 10)),
        harm_verbs=_list(counts, "harm_verbs", "counts"),
        harm_nouns=_list(counts, "harm_nouns", "counts"),
        anaphoric_determiners=_list(counts, "anaphoric_determiners", "counts"),
        modality={key: _list(mood, key, "modality") for key in mood if key not in {"precedence", "examples"}},
        precedence=precedence,
        examples=tuple(examples),
    )


@cache
def load_rules(path: Path = RULES_FILE) -> QuantityRules:
    """The rules, parsed once per process."""
    with path.open(encoding="utf-8") as handle:
        return parse_rules(yaml.safe_load(handle))
