"""Analysts' actor and agent dictionaries: a YAML format of datelines' own, and PETRARCH/TABARI files.

YAML format (see datelines/ontology/actors/user_dictionary.example.yaml)::

    actors:                         # named people and organizations
      - name: Vladimir Putin        # canonical name, stored in the registry and shown to users
        kind: person                # person (default) | organization | group | igo
        aliases: [Putin]            # other surface forms; matched case-insensitively when multi-word,
                                    # and only when capitalized in the text when single-word
        codes:                      # a plain code, or a code with the dates it holds (ISO, both optional)
          - {code: RUSGOV, from: 2000-05-07, to: 2008-05-07}
          - RUSGOV
    agents:                         # role words: "a Chechen warlord" -> country + REB
      - {role: REB, words: [warlord, warlords]}

PETRARCH/TABARI actor files: a name line (words joined by "_", often with a trailing "_"), then "+ALIAS"
lines and "[CODE]" lines, where a code may carry dates as yymmdd: "[USAGOV 090120-170120]",
"[USAGOV >090120]" (from), "[USAGOV <090120]" (until); the code may also sit on the name line.
Agent files: "DIPLOMAT_ {DIPLOMATS_} [~GOV]" where "~GOV" appends the role to the country.
Comments start with "#" (or are wrapped in <!-- -->) and run to the end of the line.

Loaded dictionaries take precedence over the built-in tables; the paths come from the component's
`dictionaries` setting or the DATELINES_ACTOR_DICTIONARIES variable (os.pathsep-separated).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from datelines.ontology.actors import DATA_DIR, ActorDataError

ENV_VARIABLE = "DATELINES_ACTOR_DICTIONARIES"
ACTOR_KEYS = {"name", "aliases", "kind", "codes"}
KINDS = {"person", "organization", "group", "igo", "country"}
CODE_PATTERN = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: date | None = None
    end: date | None = None

    def holds_on(self, on: date | None) -> bool:
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class DictionaryActor:
    name: str
    codes: list[DatedCode] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str = "person"

    def code_on(self, on: date | None) -> str | None:
        """The code that holds on the date; else an undated one; else, once a dated code has ended, the
        country of the last one ended (a former president, or one between terms, is still of that country)."""
        holding = [c for c in self.codes if c.holds_on(on)]
        if holding:
            return holding[-1].code
        undated = [c for c in self.codes if c.start is None and c.end is None]
        if undated:
            return undated[-1].code
        ended = [c for c in self.codes if c.end is not None and on is not None and c.end < on]
        if ended:
            last = max(ended, key=lambda c: c.end)
            return last.code if last.code.startswith("IGO") else last.code[:3]
        return None

    def surfaces(self) -> list[str]:
        return [self.name, *self.aliases]


INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # between letters


def hyphen_variants(surface: str, most: int = 3) -> list[str]:
    """A name as written, and with each inner hyphen kept or spaced (names of at most `most` hyphens):
    transliterated names are spelled both ways ("al-Shabaab", "al Shabaab")."""
    pieces = INNER_HYPHEN.split(surface)
    if len(pieces) == 1 or len(pieces) - 1 > most:
        return [surface]
    variants = [pieces[0]]
    for piece in pieces[1:]:
        variants = [v + joint + piece for v in variants for joint in ("-", " ")]
    return variants


@dataclass
class ActorDictionary:
    actors: list[DictionaryActor] = field(default_factory=list)
    agents: dict[str, str] = field(default_factory=dict)  # lower-case phrase -> role code

    def index(self) -> dict[str, DictionaryActor]:
        """Lower-case surface -> actor; a later actor wins a shared alias."""
        return {surface.lower(): actor for actor in self.actors for surface in actor.surfaces()}

    def spelling_index(self) -> dict[str, DictionaryActor]:
        """The index with every name also under its other spellings, for finding names in text: "Jama'at
        Nasr al-Islam wal Muslimin" with hyphens written as spaces."""
        return {variant: actor for surface, actor in self.index().items() for variant in hyphen_variants(surface)}

    def lookup(self, surface: str) -> DictionaryActor | None:
        return self.index().get(surface.lower())

    def merged(self, other: ActorDictionary) -> ActorDictionary:
        """A copy of self with `other` on top: other's actors and agents win."""
        return ActorDictionary(actors=[*self.actors, *other.actors], agents={**self.agents, **other.agents})


# ---- the YAML format -------------------------------------------------------------------------------

def _as_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise ActorDataError(f"{where}: bad date {value!r}") from error


def _check_code(code: str, where: str) -> str:
    if not CODE_PATTERN.match(code):
        raise ActorDataError(f"{where}: {code!r} is not a CAMEO actor code")
    return code


def actors_from_data(data: dict[str, Any], where: str) -> ActorDictionary:
    """Validate and convert parsed YAML into an ActorDictionary."""
    unknown = set(data) - {"actors", "agents"}
    if unknown:
        raise ActorDataError(f"{where}: unknown keys {sorted(unknown)}")
    dictionary = ActorDictionary()
    for number, entry in enumerate(data.get("actors") or [], start=1):
        here = f"{where} actor {number}"
        if not isinstance(entry, dict) or "name" not in entry or set(entry) - ACTOR_KEYS:
            raise ActorDataError(f"{here}: needs 'name' and only {sorted(ACTOR_KEYS)}: {entry!r}")
        codes = []
        for item in entry.get("codes") or []:
            if isinstance(item, str):
                codes.append(DatedCode(_check_code(item, here)))
            else:
                codes.append(DatedCode(_check_code(str(item["code"]), here), _as_date(item.get("from"), here),
                                       _as_date(item.get("to"), here)))
        kind = entry.get("kind", "person")
        if kind not in KINDS:
            raise ActorDataError(f"{here}: kind {kind!r} not in {sorted(KINDS)}")
        dictionary.actors.append(DictionaryActor(str(entry["name"]), codes, [str(a) for a in entry.get("aliases") or []], kind))
    for entry in data.get("agents") or []:
        role = str(entry["role"])
        for word in entry["words"]:
            dictionary.agents[str(word).lower()] = role
    return dictionary


def dictionary_to_data(dictionary: ActorDictionary) -> dict[str, Any]:
    """The inverse of actors_from_data: what `dump_yaml` writes."""
    actors = []
    for actor in dictionary.actors:
        codes: list[Any] = []
        for c in actor.codes:
            if c.start is None and c.end is None:
                codes.append(c.code)
            else:
                item: dict[str, Any] = {"code": c.code}
                if c.start:
                    item["from"] = c.start.isoformat()
                if c.end:
                    item["to"] = c.end.isoformat()
                codes.append(item)
        actors.append({"name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases), "codes": codes})
    by_role: dict[str, list[str]] = {}
    for word, role in dictionary.agents.items():
        by_role.setdefault(role, []).append(word)
    return {"actors": actors, "agents": [{"role": r, "words": w} for r, w in by_role.items()]}


def load_yaml_dictionary(path: Path) -> ActorDictionary:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, ValueError) as error:  # PyYAML raises ValueError for dates like 2018-13-01
        raise ActorDataError(f"{path}: bad date or YAML: {error}") from error
    if not isinstance(data, dict):
        raise ActorDataError(f"{path}: expected a mapping with 'actors' and/or 'agents'")
    return actors_from_data(data, str(path))


def dump_yaml(dictionary: ActorDictionary, path: Path) -> None:
    Path(path).write_text(yaml.safe_dump(dictionary_to_data(dictionary), sort_keys=False, allow_unicode=True), encoding="utf-8")


# ---- PETRARCH / TABARI ------------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->|#.*$")
_BRACKET = re.compile(r"\[([^\]]*)\]")


def _clean_lines(text: str) -> list[str]:
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    return [line for line in (_COMMENT.sub("", raw).strip() for raw in text.splitlines()) if line]


def _petrarch_date(text: str) -> date:
    """yymmdd with a pivot: 00-49 are 2000s, 50-99 the 1900s (TABARI's convention for news-era data)."""
    yy, mm, dd = int(text[0:2]), int(text[2:4]), int(text[4:6])
    return date(2000 + yy if yy < 50 else 1900 + yy, mm, dd)


def _petrarch_code(inside: str) -> DatedCode:
    parts = inside.split()
    code = parts[0].strip()
    if len(parts) == 1:
        return DatedCode(code)
    when = parts[1]
    if when.startswith(">"):
        return DatedCode(code, start=_petrarch_date(when[1:]))
    if when.startswith("<"):
        return DatedCode(code, end=_petrarch_date(when[1:]))
    first, _, last = when.partition("-")
    return DatedCode(code, _petrarch_date(first), _petrarch_date(last) if last else None)


def petrarch_name(words: str) -> str:
    """BARACK_OBAMA_ -> Barack Obama; short single words stay upper case as acronyms (PKK)."""
    tokens = [t for t in words.strip().strip("_").split("_") if t]
    if len(tokens) == 1 and len(tokens[0]) <= 5:
        return tokens[0].upper()
    return " ".join(t.capitalize() if t.isupper() else t for t in tokens)


def parse_petrarch_actors(text: str) -> ActorDictionary:
    dictionary = ActorDictionary()
    current: DictionaryActor | None = None
    for line in _clean_lines(text):
        if line.startswith("+"):
            if current is not None:
                current.aliases.append(petrarch_name(_BRACKET.sub("", line[1:])))
            continue
        codes = [_petrarch_code(m.group(1)) for m in _BRACKET.finditer(line)]
        head = _BRACKET.sub("", line).strip()
        if head:
            name = petrarch_name(head)
            current = DictionaryActor(name, codes, kind="organization" if name.isupper() else "person")
            dictionary.actors.append(current)
        elif current is not None:
            current.codes.extend(codes)
    return dictionary


def parse_petrarch_agents(text: str) -> ActorDictionary:
    dictionary = ActorDictionary()
    for line in _clean_lines(text):
        match = _BRACKET.search(line)
        if not match:
            continue
        role = match.group(1).strip().strip("~").strip()
        words = line[: match.start()]
        plurals = re.findall(r"\{([^}]*)\}", words)
        words = re.sub(r"\{[^}]*\}", " ", words)
        for phrase in [words, *" ".join(plurals).split()]:
            phrase = phrase.strip().lstrip("+!").strip("_").replace("_", " ").strip()
            if phrase:
                dictionary.agents[phrase.lower()] = role
    return dictionary


def load_dictionary(path: Path | str) -> ActorDictionary:
    """Load a dictionary by its form: .yaml/.yml is datelines' format, else a PETRARCH file
    (agents when its codes start with "~", actors otherwise)."""
    path = Path(path)
    if path.suffix.lower() in (".yaml", ".yml"):
        return load_yaml_dictionary(path)
    text = path.read_text(encoding="utf-8", errors="replace")
    if re.search(r"\[\s*~|~\s*\]", text):
        return parse_petrarch_agents(text)
    return parse_petrarch_actors(text)


@lru_cache(maxsize=1)
def builtin_dictionary() -> ActorDictionary:
    return load_yaml_dictionary(DATA_DIR / "known_actors.yaml")


def configured_paths(paths: list[str] | None = None) -> list[str]:
    if paths:
        return list(paths)
    value = os.environ.get(ENV_VARIABLE, "")
    return [p for p in value.split(os.pathsep) if p.strip()]


def user_dictionary(paths: list[str] | None = None) -> ActorDictionary:
    """All configured user dictionaries merged in order (a later file wins)."""
    merged = ActorDictionary()
    for path in configured_paths(paths):
        merged = merged.merged(load_dictionary(path))
    return merged
