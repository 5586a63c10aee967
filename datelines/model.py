"""Plain data shared by every layer: the JSON shapes of the CLI, the store rows and the tests.

The read step turns (text, published) into a `Reading`; everything downstream speaks these classes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a fact is stated: character offsets into the article text (end exclusive)."""

    sentence: int
    start: int
    end: int
    text: str  # the exact span of the article that states the fact


@dataclass
class Article:
    id: str  # content hash of the normalized text
    text: str
    published: date
    url: str | None = None
    title: str | None = None
    source: str | None = None  # where the input came from (file path, WARC record, stdin)
    language: str = "en"
    external_id: str | None = None


@dataclass
class Entity:
    """A named-entity span as the spaCy model labelled it."""

    text: str
    label: str
    start: int
    end: int
    sentence: int


@dataclass
class Mention:
    """An actor mention coded as country + role (CAMEO actor code)."""

    text: str
    code: str | None  # e.g. RUSGOV, SYRREB, USA, EUR, IGOUNO
    name: str | None  # the canonical actor this mention refers to ("Vladimir Putin"), if a named one
    kind: str  # person | organization | country | place | group | igo
    start: int
    end: int
    sentence: int


@dataclass
class Timex:
    """A temporal expression with its TIMEX3 type, value and modifier."""

    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    start: int
    end: int
    sentence: int
    mod: str | None = None
    anchor: str | None = None  # what the value was computed from, e.g. "published" or a timex value


@dataclass
class Place:
    """A place mention geocoded offline."""

    text: str
    name: str
    country: str | None  # ISO 3166 alpha-3
    latitude: float | None
    longitude: float | None
    start: int
    end: int
    sentence: int


@dataclass
class Event:
    """Who did what to whom, when, with what certainty, and the words that say so."""

    source: str | None
    target: str | None
    code: str  # CAMEO code, e.g. "042"
    root: str  # CAMEO root, e.g. "04"
    goldstein: float
    quad: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    plover: str | None
    date: str  # ISO prefix at the given precision: 2015-11, 2018-04-03, 2010
    precision: str  # day | month | year | decade
    date_source: str  # text | publication
    modality: str  # asserted | negated | planned | expected | hypothetical | reported
    evidence: Evidence
    trigger: str = ""  # the predicate word(s)
    location: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    classifier: str = "lexicon"  # lexicon | embedding
    confidence: float = 1.0  # how likely the coding is right (source, target, root), 0..1
    announces: int | None = None  # a speech act: the index, in its article's events, of the act it announces


@dataclass
class Quantity:
    value: float
    unit: str
    evidence: Evidence
    per: str | None = None  # per year, per day...
    about: str | None = None  # what is measured
    date: str | None = None
    modifier: str | None = None  # MORE_THAN, LESS_THAN, APPROX...
    modality: str = "asserted"


@dataclass
class Reading:
    """Everything the pipeline read in one article."""

    published: date
    pipeline_version: str
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)


def to_dict(obj: Any) -> dict[str, Any]:
    """Dataclass to JSON-ready dict (dates as ISO strings)."""

    def fix(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: fix(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [fix(v) for v in value]
        return value

    return fix(asdict(obj))
