"""The Doc/Span attributes that datelines components write and read.

Registered once, here, so every component (and a user's own pipeline) agrees on the names.
Span groups: doc.spans["timex"], doc.spans["actor"], doc.spans["place"].
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_EXTENSIONS: dict[str, object] = {
    "published": None,  # datetime.date: the anchor of every relative time
    "events": None,  # list[datelines.model.Event], set by datelines_events
    "quantities": None,  # list[datelines.model.Quantity], set by datelines_quantities
    "story_country": None,  # ISO alpha-3 of the country the story is about, set by datelines_actors
    "brief_country": None,  # the story's country, else the one country a story of a few sentences names (datelines_actors)
}

SPAN_EXTENSIONS: dict[str, object] = {
    # timex spans
    "timex_type": None,  # DATE | TIME | DURATION | SET
    "timex_value": None,  # TIMEX3 value
    "timex_mod": None,  # START, END, MORE_THAN, APPROX...
    "timex_anchor": None,  # what the value was computed from
    # actor spans
    "actor_code": None,  # RUSGOV, SYRREB, USA...
    "actor_name": None,  # canonical name of a named actor ("Vladimir Putin")
    "actor_kind": None,  # person | organization | country | place | group | igo
    # place spans
    "place_name": None,
    "place_country": None,  # ISO alpha-3
    "place_lat": None,
    "place_lon": None,
}


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
