"""CAMEO facts for a code (root, Goldstein value, quad class, PLOVER type) from datelines.ontology.cameo."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from datelines.ontology import cameo


@dataclass(frozen=True)
class CodeFacts:
    code: str
    root: str
    goldstein: float
    quad: int
    plover: str | None


@lru_cache(maxsize=1024)
def code_facts(code: str) -> CodeFacts:
    """Facts of a CAMEO code; raises KeyError for a code the ontology does not list."""
    entry = cameo.lookup(code)
    return CodeFacts(entry.code, entry.root, float(entry.goldstein), int(entry.quad), entry.plover)
