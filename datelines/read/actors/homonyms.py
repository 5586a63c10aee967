"""Place names several countries share: "Georgia" in a story about Atlanta, "Medina" beside Mecca.

The gazetteer reads "Georgia" as the Caucasus country and a town's name as its most populous
namesake. A story that places itself in the United States (Atlanta, Texas, "U.S.") means the state;
a sentence that names Saudi Arabia means its Medina. The names around decide, not the name alone.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from datelines.read.actors.geocode import (
    BIG_CITY,
    REGION_SUFFIXES,
    geocode,
    namesake_countries,
    state_country,
)
from datelines.read.actors.mentions import PhraseHit

COUNTRY_LABELS = ("COUNTRY", "CAPITAL", "DEMONYM")
STATES_KEY = "datelines_state_homonyms"  # doc.user_data: (start, end) -> country of a place named like another
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
    counts = _countries_named(doc, hits, places, names, (0, len(doc)))
    return {start: state for start, (_, country, state) in homonyms.items() if counts[state] > counts[country]}


def _countries_named(doc: Doc, hits: dict[int, PhraseHit], places: list[tuple[int, int]], skip: set[str],
                     within: tuple[int, int]) -> Counter[str]:
    """How often each country is named, as a country or by a place, in doc[within], leaving out the
    names in `skip` (the ambiguous ones being decided)."""
    start, end = within
    counts: Counter[str] = Counter()
    for s, e in places:
        if start <= s < end and (text := doc[s:e].text) not in skip and (point := geocode(text)) and point.country:
            counts[point.country] += 1
    counts.update(h.code[:3] for h in set(hits.values()) if h.label in COUNTRY_LABELS and start <= h.start < end
                  and doc[h.start:h.end].text not in skip and (h.start, h.end) not in places)
    return counts


SIZABLE_TOWN = 100_000


def towns_of_the_story(doc: Doc, hits: dict[int, PhraseHit], places: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """Place span -> country, for a town whose name a town of another country also bears, when that
    other country is the one its sentence names, or else the one the article names more often. A big
    city keeps its reading ("Paris" in a story about Texas is still Paris, France) unless its sentence
    names the country of a sizable namesake ("Lebanese authorities imposed a curfew in Tripoli")."""
    out: dict[tuple[int, int], str] = {}
    for start, end in places:
        text = doc[start:end].text
        point = geocode(text)
        own = hits.get(start)
        after = _named_thing_end(doc, start, end)
        addressed = None if own is not None and own.label in COUNTRY_LABELS else (
            _address_country(doc, after, hits, places) or _holding_region_country(doc, after))
        if point is not None and point.country and addressed:
            if addressed != point.country:
                out[(start, end)] = addressed  # "in San Cristóbal, Santa Fe, Argentina": the address says
            continue  # (and an address that agrees with the gazetteer settles it)
        namesakes = namesake_countries(text)
        if point is None or not point.country or not set(namesakes) - {point.country}:
            continue
        big = namesakes.get(point.country, 0) >= BIG_CITY
        others = {c for c in namesakes if c != point.country and (not big or namesakes[c] >= SIZABLE_TOWN)}
        if not others:
            continue
        sent = doc[start].sent
        for within in ((sent.start, sent.end),) if big else ((sent.start, sent.end), (0, len(doc))):
            counts = _countries_named(doc, hits, places, {text}, within)
            best = max(others, key=lambda c: counts[c])
            if counts[best] > counts[point.country]:
                out[(start, end)] = best
                break
            if counts[point.country]:
                break
    return out


def _named_thing_end(doc: Doc, start: int, end: int) -> int:
    """Where the address of a place name begins: after the thing the name is compounded on ("the
    Beaufort medieval castle in Nabatieh Governorate, Lebanon": after "castle"), else after the name."""
    head = doc[end - 1].head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # ("medieval" compounded on "castle" in its turn)
    if (doc[end - 1].dep_ == "compound" and head.i >= end and head.pos_ == "NOUN"
            and all(t.is_lower for t in doc[end:head.i + 1])):
        return head.i + 1
    return end


def _address_country(doc: Doc, end: int, hits: dict[int, PhraseHit], places: list[tuple[int, int]]) -> str | None:
    """The country that ends the address a place name begins ("San Cristóbal, Santa Fe, Argentina", "the
    town of Al-Barka in the Blue Nile region in Sudan"): names joined by commas or 'in', the last one a
    country."""
    place_ends = dict(places)
    i = end
    while i + 1 < len(doc) and doc[i].lower_ in ADDRESS_JOINS:
        j = i + 1 + (doc[i + 1].lower_ == "the")
        j += j < len(doc) and doc[j].is_lower and doc[j].text in DIRECTIONS  # ("in southern Lebanon", not "South Sudan")
        hit = hits.get(j)
        if hit is not None and hit.label == "COUNTRY" and hit.start == j:
            return hit.code[:3]
        if j not in place_ends:
            # a region no gazetteer knows on the way to the country ("Hangu District, Khyber Pakhtunkhwa, Pakistan")
            k = j
            while k < len(doc) and k - j < UNKNOWN_REGION_WORDS and doc[k].pos_ == "PROPN":
                k += 1
            if k == j or k >= len(doc) or doc[k].lower_ != ",":
                return None
            i = k
            continue
        i = place_ends[j]
        while i < len(doc) and doc[i].lower_ in REGION_KINDS:
            i += 1  # "the Blue Nile region", "Sindh province"
    return None


ADDRESS_JOINS = {",", "in"}
DIRECTIONS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
              "southeastern", "southwestern"}
UNKNOWN_REGION_WORDS = 3
REGION_KINDS = {suffix.strip().lower() for suffix in REGION_SUFFIXES} | {"department"}


def _holding_region_country(doc: Doc, end: int) -> str | None:
    """The country of the region a town is said to be in ("Pokrovsk in Donetsk Oblast", "Samar,
    Dnipropetrovsk Oblast"): a name that ends with a region's kind (Oblast, Province, Governorate...)
    after 'in' or a comma."""
    if end >= len(doc) or doc[end].lower_ not in ADDRESS_JOINS:
        return None
    names = []
    for token in doc[end + 1:end + 6]:
        if token.pos_ != "PROPN":
            break
        names.append(token.text)
    text = " ".join(names)
    if not text.endswith(REGION_SUFFIXES):
        return None
    point = geocode(text)
    return point.country if point is not None else None


def settled_country(doc: Doc, start: int, end: int) -> str | None:
    """The country the doc's reading settled for a place named like another (STATES_KEY), if any."""
    return doc.user_data.get(STATES_KEY, {}).get((start, end))
