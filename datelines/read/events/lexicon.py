"""Load and validate the event lexicon (datelines/ontology/event_lexicon.yaml).

The lexicon is data: each entry maps a predicate lemma, optionally narrowed by a particle, a
preposition or the lemma of its object, to a CAMEO code, and carries one example sentence from which
tests are generated. Code here only checks the shape and answers "which entry fits this token".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

LEXICON_PATH = Path(__file__).resolve().parents[2] / "ontology" / "event_lexicon.yaml"

ENTRY_KEYS = {"lemma", "pos", "particle", "prep", "objects", "code", "symmetric", "topic_object", "target_preps",
              "source_preps", "infinitive", "example", "note"}
TOP_KEYS = {"version", "defaults", "light_verbs", "entries", "not_events"}
# The code of a `not_events` entry: a sense of an event word that is no act ("took place", "hails from").
NO_EVENT = "none"
DEFAULT_KEYS = {"target_preps"}
CODE_PATTERN = re.compile(r"^\d{3,4}$")
POS_VALUES = {"verb", "noun"}


class LexiconError(ValueError):
    """The lexicon file breaks its schema; the message names the entry."""


@dataclass(frozen=True)
class LexiconEntry:
    lemma: str
    code: str
    example: str
    pos: str = "verb"
    particle: str | None = None
    prep: str | None = None
    objects: frozenset[str] = frozenset()
    symmetric: bool = False
    topic_object: bool = False  # "discuss Syria": the object is what is talked about, not a target
    target_preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    infinitive: str | None = None  # "ordered the envoys to leave": a to-infinitive the verb must govern

    @property
    def specificity(self) -> int:
        """More constrained entries win over the bare lemma ("shoot down" over "shoot")."""
        return 2 * bool(self.objects) + 2 * bool(self.infinitive) + bool(self.particle) + bool(self.prep)


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]
    not_events: tuple[LexiconEntry, ...]
    light_verbs: frozenset[str]
    default_target_preps: tuple[str, ...]
    by_key: dict[tuple[str, str], list[LexiconEntry]] = field(default_factory=dict, hash=False, compare=False)

    def candidates(self, lemma: str, pos: str) -> list[LexiconEntry]:
        return self.by_key.get((lemma, pos), [])

    def target_preps(self, entry: LexiconEntry) -> tuple[str, ...]:
        return entry.target_preps or self.default_target_preps


def normalize_lemma(text: str) -> str:
    """'co-operate' and 'cooperate' are one predicate; lemmas are lower case without hyphens."""
    return text.lower().replace("-", "").replace("\u2011", "")


def _as_list(value: object, where: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise LexiconError(f"{where}: '{key}' must be a string or a list of strings")


def _entry(raw: object, number: int, event: bool = True) -> LexiconEntry:
    where = f"entry {number}"
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: expected a mapping")
    where = f"entry {number} ({raw.get('lemma')!r})"
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    if not event:
        if "code" in raw:
            raise LexiconError(f"{where}: a not_events entry has no code")
        raw = {**raw, "code": NO_EVENT}
    for key in ("lemma", "code", "example"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise LexiconError(f"{where}: '{key}' is required and must be a non-empty string")
    if event and not CODE_PATTERN.match(raw["code"]):
        raise LexiconError(f"{where}: code {raw['code']!r} is not a 3-4 digit CAMEO code")
    for key in ("particle", "prep", "infinitive"):
        if key in raw and not isinstance(raw[key], str):
            raise LexiconError(f"{where}: '{key}' must be a string (quote YAML words like \"on\")")
    pos = raw.get("pos", "verb")
    if pos not in POS_VALUES:
        raise LexiconError(f"{where}: pos must be one of {sorted(POS_VALUES)}")
    return LexiconEntry(
        lemma=normalize_lemma(raw["lemma"]),
        code=raw["code"],
        example=raw["example"],
        pos=pos,
        particle=raw.get("particle"),
        prep=raw.get("prep"),
        objects=frozenset(normalize_lemma(o) for o in _as_list(raw.get("objects"), where, "objects")),
        symmetric=bool(raw.get("symmetric", False)),
        topic_object=bool(raw.get("topic_object", False)),
        target_preps=_with_variants(_as_list(raw.get("target_preps"), where, "target_preps")),
        source_preps=tuple(_as_list(raw.get("source_preps"), where, "source_preps")),
        infinitive=raw.get("infinitive"),
    )


# Prepositions that news uses in place of a listed one with the same sense ("sanctions upon the junta").
PREPOSITION_VARIANTS = {"on": "upon"}


def _with_variants(preps: list[str]) -> tuple[str, ...]:
    """The listed prepositions and their variants, so that entries need not list both."""
    return tuple(preps) + tuple(PREPOSITION_VARIANTS[p] for p in preps
                                if p in PREPOSITION_VARIANTS and PREPOSITION_VARIANTS[p] not in preps)


def parse_lexicon(data: object) -> Lexicon:
    """Validate the YAML structure and index the entries by (lemma, pos)."""
    if not isinstance(data, dict):
        raise LexiconError("the lexicon must be a mapping with 'entries'")
    unknown = set(data) - TOP_KEYS
    if unknown:
        raise LexiconError(f"unknown top-level keys {sorted(unknown)}")
    defaults = data.get("defaults") or {}
    if set(defaults) - DEFAULT_KEYS:
        raise LexiconError(f"unknown defaults {sorted(set(defaults) - DEFAULT_KEYS)}")
    entries = tuple(_entry(raw, n) for n, raw in enumerate(data.get("entries") or [], start=1))
    if not entries:
        raise LexiconError("the lexicon has no entries")
    not_events = tuple(_entry(raw, n, event=False) for n, raw in enumerate(data.get("not_events") or [], start=1))
    by_key: dict[tuple[str, str], list[LexiconEntry]] = defaultdict(list)
    seen: set[tuple] = set()
    for entry in (*entries, *not_events):
        key = (entry.lemma, entry.pos, entry.particle, entry.prep, entry.objects, entry.infinitive)
        if key in seen:
            raise LexiconError(f"duplicate entry for {entry.lemma!r} ({entry.pos})")
        seen.add(key)
        by_key[(entry.lemma, entry.pos)].append(entry)
    for group in by_key.values():
        group.sort(key=lambda e: (-e.specificity, e.code != NO_EVENT))  # on a tie, the sense that is no act
    return Lexicon(
        entries=entries,
        not_events=not_events,
        light_verbs=frozenset(_as_list(data.get("light_verbs"), "light_verbs", "light_verbs")),
        default_target_preps=_with_variants(_as_list(defaults.get("target_preps"), "defaults", "target_preps")),
        by_key=dict(by_key),
    )


@lru_cache(maxsize=2)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read the lexicon once per process."""
    with open(path, encoding="utf-8") as handle:
        return parse_lexicon(yaml.safe_load(handle))
