"""The country where an article's story happens, for actors the text leaves without a nationality.

"Soldiers blocked the bridges", "police fired tear gas", "the rebels denied it": news names local
actors without their country because the story's place says it. The setting is the country of the
places the article uses as locations ("in Istanbul", "over eastern Ukraine", "near Balakot in
Pakistan"), when one country clearly leads; places used as actors ("Ankara said") do not count.
Only head nouns listed as local actors in roles.yaml (soldiers, police, protesters, rebels...) take it.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from datelines.ontology.actors import load_yaml
from datelines.read.actors.geocode import geocode

MIN_LOCATIONS = 2  # one "in Minsk" is a venue, not a setting


def locative_country(span: Span, prepositions: frozenset[str], venues: frozenset[str]) -> str | None:
    """The country of a place span used as a location ("in Istanbul" -> TUR), else None. A meeting's
    venue ("talks in Minsk") says where people met, not where the story happens."""
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in prepositions:
        return None
    if root.head.head.lemma_.lower() in venues or root.head.head.lower_ in venues:
        return None
    point = geocode(span.text)
    return point.country if point else None


def setting_country(doc: Doc, places: list[Span]) -> str | None:
    """The country most of the article's locations are in, when it leads every other by one or more."""
    data = load_yaml("roles.yaml")
    prepositions, venues = frozenset(data["setting_prepositions"]), frozenset(data["venue_words"])
    counts = Counter(c for c in (locative_country(s, prepositions, venues) for s in places) if c)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_LOCATIONS or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]
