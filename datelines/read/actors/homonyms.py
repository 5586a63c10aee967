"""Names that are both a country and a state of another country: "Georgia" in a story about Atlanta.

The gazetteer reads "Georgia" as the Caucasus country. A story that places itself in the United States
(Atlanta, Texas, "U.S.") means the state; the names around it decide, not the name alone.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from datelines.read.actors.geocode import geocode, state_country
from datelines.read.actors.mentions import PhraseHit

COUNTRY_LABELS = ("COUNTRY", "CAPITAL", "DEMONYM")
# What only a country has: "Niger's capital", "Niger's president" is the country, not Nigeria's Niger State.
NATIONAL_WORDS = {"capital", "president", "presidency", "prime", "government", "army", "military", "parliament",
                  "foreign", "embassy", "ambassador", "independence", "border", "borders", "neighbour", "neighbor"}


def _national(doc: Doc, end: int) -> bool:
    """Is the name at [..end) the owner of a national office or capital ("Niger's president")?"""
    return (end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ in NATIONAL_WORDS)


def states_named_like_countries(doc: Doc, hits: dict[int, PhraseHit], places: list[tuple[int, int]]) -> dict[int, str]:
    """Token start of each country name that here stands for a state -> the state's country code: when
    the other places and countries the article names are more often in the state's country than in
    the country of that name."""
    homonyms = {h.start: (doc[h.start:h.end].text, h.code[:3], state) for h in set(hits.values())
                if h.label == "COUNTRY" and (state := state_country(doc[h.start:h.end].text)) and state != h.code[:3]}
    if not homonyms:
        return {}
    national = {doc[h.start:h.end].text for h in set(hits.values()) if h.start in homonyms and _national(doc, h.end)}
    homonyms = {start: value for start, value in homonyms.items() if value[0] not in national}
    names = {name for name, _, _ in homonyms.values()}
    counts: Counter[str] = Counter()
    for start, end in places:
        text = doc[start:end].text
        point = geocode(text) if text not in names else None
        if point is not None and point.country:
            counts[point.country] += 1
    counts.update(h.code[:3] for h in set(hits.values())
                  if h.label in COUNTRY_LABELS and doc[h.start:h.end].text not in names and (h.start, h.end) not in places)
    return {start: state for start, (_, country, state) in homonyms.items() if counts[state] > counts[country]}
