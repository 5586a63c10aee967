"""Transnational armed groups coded by the country they act in.

CAMEO gives groups of no one country the prefix IMG (the Islamic State, al-Qaeda). Analysts and
event data sets code each act by the group's local branch instead: the Islamic State claiming a
bombing in Tunisia is TUNREB, its fighters killed in Puntland are SOMREB. The country comes from
the act's named place, then the other side's country, then the story's, but only where such groups
fight: an American strike on the Islamic State does not make it an American group.
"""

from __future__ import annotations

TRANSNATIONAL = "IMG"

# Countries where the Islamic State or al-Qaeda has had an armed branch or province (ISO alpha-3).
THEATRES = frozenset({
    "AFG", "BFA", "CMR", "COD", "DZA", "EGY", "IDN", "IRQ", "LBY", "MLI", "MOZ", "NER", "NGA", "PAK",
    "PHL", "PSE", "SAU", "SOM", "SYR", "TCD", "TUN", "TUR", "UGA", "YEM", "IND", "BGD", "MRT", "KEN",
})


def is_transnational(code: str | None) -> bool:
    return code is not None and code.startswith(TRANSNATIONAL)


def localized(code: str | None, place: str | None, other: str | None, story: str | None) -> str | None:
    """The code of an act's side, with a transnational group's prefix replaced by the country it
    acts in when the text gives one of the group's theatres."""
    if not is_transnational(code):
        return code
    country = next((c for c in (place, other and other[:3], story) if c in THEATRES), None)
    return country + code[len(TRANSNATIONAL):] if country else code
