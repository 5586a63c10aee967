"""The actors component: mentions -> CAMEO actor codes (RUSGOV, SYRREB, USA, EUR, IGOUNO), places geocoded.

Public API:
    make_component (factory "datelines_actors", config: dictionaries = list of paths)
    set_registry(registry | None)          before reading a batch: codes for names the text leaves bare
    registry_observations(doc)              after reading: (name, code) pairs the text itself gave
    registry_aliases(doc)                   after reading: (name, surface form) pairs, for the registry's aliases
    mark_mentions(text, mentions)           the text with each mention marked with its code (`datelines show`)
    ActorRegistry, load_dictionary, geocode
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from datelines.read.actors.component import EVIDENCE_KEY, ActorCoder
from datelines.read.actors.dictionaries import load_dictionary
from datelines.read.actors.display import mark_mentions
from datelines.read.actors.geocode import geocode
from datelines.read.actors.registry import ActorRegistry
from datelines.read.extensions import register_extensions

__all__ = ["ActorCoder", "ActorRegistry", "geocode", "load_dictionary", "make_component", "mark_mentions",
           "registry_aliases", "registry_observations", "set_registry"]

_components: list[ActorCoder] = []
_registry: ActorRegistry | None = None


@Language.factory(
    "datelines_actors",
    default_config={"dictionaries": []},
    assigns=["doc.spans", "span._.actor_code", "span._.actor_name", "span._.actor_kind", "span._.place_name",
             "span._.place_country", "span._.place_lat", "span._.place_lon"],
    requires=["doc.ents", "token.dep", "token.lemma"],
)
def make_component(nlp: Language, name: str, dictionaries: list[str]) -> ActorCoder:
    register_extensions()
    coder = ActorCoder(nlp, dictionaries=list(dictionaries) or None, registry=_registry, name=name)
    _components.append(coder)
    return coder


def set_registry(registry: ActorRegistry | None) -> None:
    """Give every actors component (built now or later) the registry to consult for bare names."""
    global _registry
    _registry = registry
    for coder in _components:
        coder.registry = registry


def registry_observations(doc: Doc) -> list[tuple[str, str]]:
    """(name, code) for each mention of a named person or organization, one pair per mention (so counts
    are mention counts). Codes that came from the registry itself are left out so it cannot feed itself."""
    evidence = doc.user_data.get(EVIDENCE_KEY, {})
    out = []
    for span in doc.spans.get("actor", []):
        named = span._.actor_name and span._.actor_code and span._.actor_kind in ("person", "organization")
        if named and evidence.get((span.start_char, span.end_char)) != "registry":
            out.append((span._.actor_name, span._.actor_code))
    return out


def registry_aliases(doc: Doc) -> list[tuple[str, str]]:
    """(canonical name, surface form) for named mentions whose text differs from the name ("Putin")."""
    out = []
    for span in doc.spans.get("actor", []):
        name = span._.actor_name
        if name and span._.actor_kind in ("person", "organization") and span.text != name and span.root.tag_ != "PRP":
            surface = span.text if len(span) <= len(name.split()) + 1 else None
            if surface and (span.text, name) not in out:
                out.append((name, surface))
    return out
