"""Load, validate and compile the rule file (rules_en.yaml): the data half of the timex component.

The YAML holds the words and patterns; this module only checks the keys, expands the {macros}
into named regex groups and compiles each rule once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from datelines.read.timex.numbers import word_number_pattern

RULES_FILE = Path(__file__).with_name("rules_en.yaml")
TYPES = {"DATE", "TIME", "DURATION", "SET"}
RULE_KEYS = {"name", "pattern", "type", "normalize", "filters", "examples"}
EXAMPLE_KEYS = {"text", "published", "span", "value", "type", "mod"}
PREFIX_KEYS = {"pattern", "mod", "types", "quantity", "suffix"}
MACRO = re.compile(r"\{(~?)([a-z_][a-z_0-9]*)\}")


class RuleFileError(ValueError):
    """The rule file breaks its schema (unknown key, bad type, pattern that does not compile)."""


@dataclass(frozen=True)
class Example:
    text: str
    published: date
    span: str | None  # None: the rule must not fire on this text
    value: str | None = None
    type: str | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    type: str
    normalize: str
    filters: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Prefix:
    regex: re.Pattern[str]  # anchored at the end of the text before an expression
    mod: str
    types: frozenset[str]
    quantity: bool = False  # a quantity word ("more than"): only before a number, never before "the"
    suffix: bool = False  # words after the expression instead ("the next year or so"); anchored at its end


@dataclass(frozen=True)
class RuleSet:
    lexicon: dict[str, dict[str, Any]]
    rules: tuple[Rule, ...]
    prefixes: tuple[Prefix, ...]
    macros: dict[str, str] = field(default_factory=dict)

    def lookup(self, table: str, word: str) -> Any:
        """A lexicon value for a matched word, case- and spacing-insensitive ('Sept.' -> 9)."""
        key = re.sub(r"\s+", " ", word.lower()).rstrip(".")
        return self.lexicon[table][key]


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        silent, name = match.groups()
        if name not in macros:
            raise RuleFileError(f"unknown macro {{{name}}} in pattern {pattern!r}")
        body = macros[name]
        return f"(?:{body})" if silent else f"(?P<{name}>{body})"

    for _ in range(6):
        expanded = MACRO.sub(replace, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise RuleFileError(f"macros nest too deeply in {pattern!r}")


def _compile(pattern: str, macros: dict[str, str], where: str) -> re.Pattern[str]:
    try:
        return re.compile(rf"(?<![\w'$])(?<!\d[.,])(?:{_expand(pattern, macros)})(?![\w]|[.,]\d)", re.IGNORECASE)
    except re.error as error:
        raise RuleFileError(f"{where}: pattern does not compile: {error}") from error


def _example(raw: dict[str, Any], where: str) -> Example:
    unknown = set(raw) - EXAMPLE_KEYS
    if unknown or "text" not in raw or "published" not in raw or "span" not in raw:
        raise RuleFileError(f"{where}: example needs text, published, span (unknown keys: {sorted(unknown)})")
    if not isinstance(raw["published"], date):
        raise RuleFileError(f"{where}: published must be a YYYY-MM-DD date")
    return Example(raw["text"], raw["published"], raw["span"], raw.get("value"), raw.get("type"), raw.get("mod"))


def _rule(raw: dict[str, Any], macros: dict[str, str], normalizers: set[str], filters: set[str]) -> Rule:
    where = f"rule {raw.get('name', '?')}"
    unknown = set(raw) - RULE_KEYS
    if unknown:
        raise RuleFileError(f"{where}: unknown keys {sorted(unknown)}")
    if raw.get("type") not in TYPES:
        raise RuleFileError(f"{where}: type must be one of {sorted(TYPES)}")
    if raw.get("normalize") not in normalizers:
        raise RuleFileError(f"{where}: unknown normalizer {raw.get('normalize')!r}")
    missing = set(raw.get("filters", [])) - filters
    if missing:
        raise RuleFileError(f"{where}: unknown filters {sorted(missing)}")
    examples = tuple(_example(e, where) for e in raw.get("examples", []))
    if not examples:
        raise RuleFileError(f"{where}: every rule carries at least one example")
    regex = _compile(raw["pattern"], macros, where)
    return Rule(raw["name"], regex, raw["type"], raw["normalize"], tuple(raw.get("filters", [])), examples)


def _prefix(raw: dict[str, Any], macros: dict[str, str]) -> Prefix:
    unknown = set(raw) - PREFIX_KEYS
    if unknown or not set(raw.get("types", [])) <= TYPES:
        raise RuleFileError(f"prefix {raw.get('pattern')!r}: bad keys or types")
    body = _expand(raw["pattern"], macros)
    suffix = bool(raw.get("suffix", False))
    regex = re.compile(rf"^(?:{body})(?![\w-])" if suffix else rf"(?<![\w-])(?:{body})$", re.IGNORECASE)
    return Prefix(regex, raw["mod"], frozenset(raw["types"]), bool(raw.get("quantity", False)), suffix)


def parse_rules(data: dict[str, Any], normalizers: set[str], filters: set[str]) -> RuleSet:
    """Validate and compile a rule document (already loaded from YAML)."""
    if set(data) != {"lexicon", "macros", "rules", "prefixes"}:
        raise RuleFileError("the rule file has exactly: lexicon, macros, rules, prefixes")
    lexicon = {name: {str(k).lower(): v for k, v in table.items()} for name, table in data["lexicon"].items()}
    macros = {name: _alternation(list(table)) for name, table in lexicon.items()}
    macros["number_word"] = word_number_pattern()
    macros.update(data["macros"])
    rules = tuple(_rule(raw, macros, normalizers, filters) for raw in data["rules"])
    names = [r.name for r in rules]
    if len(names) != len(set(names)):
        raise RuleFileError("rule names must be unique")
    prefixes = tuple(_prefix(raw, macros) for raw in data["prefixes"])
    return RuleSet(lexicon, rules, prefixes, macros)


@lru_cache(maxsize=2)
def load_rules(path: Path = RULES_FILE) -> RuleSet:
    """The compiled rule set, loaded once per process."""
    from datelines.read.timex.filters import FILTERS
    from datelines.read.timex.normalize import NORMALIZERS

    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return parse_rules(data, set(NORMALIZERS), set(FILTERS))
