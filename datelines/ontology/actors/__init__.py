"""Actor data files (countries, regions, IGOs, roles, organization rules, built-in actors) and a thin loader.

The files hold the facts; `datelines.read.actors` holds the logic. Each YAML file is checked against a
whitelist of keys on load, so a typo in a data file fails loudly instead of silently matching nothing.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent

# Allowed top-level keys per YAML file: a misspelt key is an error, not a silent no-op.
SCHEMAS: dict[str, set[str]] = {
    "regions.yaml": {"regions", "collective_heads"},
    "igos.yaml": {"igos"},
    "roles.yaml": {"roles", "title_modifiers", "role_modifiers", "organization_heads", "local_heads", "party_member_heads", "not_roles",
                   "setting_prepositions", "venue_words", "ethnic_groups", "institution_heads", "institution_names",
                   "generic_heads", "body_heads", "vehicle_heads", "craft_heads",
                   "title_countries", "callings"},
    "organizations.yaml": {
        "name_heads", "rebel_markers", "relation_nouns", "seats",
        "locative_prepositions", "motion_verbs", "capital_exclude", "directional_prepositions", "motion_nouns",
        "visit_verbs", "visit_to_verbs", "struck_verbs", "visit_nouns", "envoy_verbs", "envoy_nouns", "short_form_heads",
    },
    "known_actors.yaml": {"actors", "agents"},
}
COUNTRY_COLUMNS = ("iso3", "names", "demonyms", "capitals")


class ActorDataError(ValueError):
    """A data file under datelines/ontology/actors does not have the expected shape."""


@cache
def load_yaml(name: str) -> dict[str, Any]:
    """Load one YAML data file and check its top-level keys."""
    data = yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ActorDataError(f"{name}: expected a mapping at the top level")
    allowed = SCHEMAS.get(name)
    if allowed is not None:
        unknown = set(data) - allowed
        if unknown:
            raise ActorDataError(f"{name}: unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    return data


def _split(cell: str) -> list[str]:
    return [] if cell.strip() in ("", "-") else [part.strip() for part in cell.split("|") if part.strip()]


@cache
def load_countries() -> tuple[dict[str, Any], ...]:
    """Rows of countries.tsv as dicts: iso3, names, demonyms, capitals (lists)."""
    rows = []
    lines = [line for line in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = tuple(next(reader))
    if header != COUNTRY_COLUMNS:
        raise ActorDataError(f"countries.tsv: header {header} != {COUNTRY_COLUMNS}")
    for number, cells in enumerate(reader, start=2):
        if len(cells) != len(COUNTRY_COLUMNS) or len(cells[0]) != 3 or not cells[0].isupper():
            raise ActorDataError(f"countries.tsv row {number}: {cells!r}")
        rows.append({"iso3": cells[0], "names": _split(cells[1]), "demonyms": _split(cells[2]),
                     "capitals": _split(cells[3])})
    return tuple(rows)
