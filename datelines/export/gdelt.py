"""Clustered events as a GDELT 2.0 event table: tab-separated, the 61 columns of the GDELT 2.0 event
codebook in its order, no header row (as GDELT ships it; `header=True` adds one).

One row per clustered event, so NumMentions and NumArticles count the reports of one real event,
where GDELT counts every report as an event. The README lists which columns datelines fills and how
(section "Exports"); the others stay empty: AvgTone (datelines does not score tone), the actor
geographies, ethnic and religious codes, ADM1/ADM2 codes and feature ids.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from datelines.query.clusters import date_interval

_ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                 "Type1Code", "Type2Code", "Type3Code")
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS), *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS), *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)

# The columns datelines fills (the README's table is checked against this).
FILLED: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "DATEADDED", "SOURCEURL",
)

LEAD_SENTENCES = 2  # a headline and the first sentence: GDELT's "lead paragraph" for IsRootEvent


def _actor(code: str | None, name: str | None) -> dict[str, str]:
    """CAMEO actor code -> GDELT's actor fields: RUSGOV -> country RUS, type GOV; IGONAT -> group NAT."""
    fields = dict.fromkeys(_ACTOR_FIELDS, "")
    if not code:
        return fields
    fields["Code"] = code
    fields["Name"] = (name or "").upper()
    if code.startswith("IGO"):
        fields["KnownGroupCode"] = code[-3:]
        return fields
    fields["CountryCode"] = code[:3]
    roles = [code[i:i + 3] for i in range(3, len(code), 3)]
    for n, role in enumerate(roles[:3], start=1):
        fields[f"Type{n}Code"] = role
    return fields


def _place(cluster: dict[str, Any], places: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any] | None:
    """The geocoded place of the first mention that names one (the words of its `location`)."""
    for evidence in cluster.get("evidence", []):
        location = evidence.get("location")
        if location and (evidence["article_id"], location) in places:
            return places[(evidence["article_id"], location)]
    return None


def _is_country(place: dict[str, Any]) -> bool:
    """A place that is its country (GDELT geo type 1) rather than a city or landmark (type 4)."""
    import pycountry

    country = pycountry.countries.get(alpha_3=place.get("country") or "")
    names = {getattr(country, attr, None) for attr in ("name", "common_name", "official_name")} if country else set()
    return bool(place.get("name")) and place["name"] in names


def _sources(cluster: dict[str, Any]) -> int:
    """Distinct outlets: web hosts where the articles have URLs, else one per article."""
    outlets = set()
    for source in cluster.get("sources", []):
        host = urlparse(source.get("url") or "").netloc
        outlets.add(host or source["id"])
    return len(outlets)


def gdelt_row(cluster: dict[str, Any], places: dict[tuple[str, str], dict[str, Any]],
              added: dict[str, str]) -> list[str]:
    """One clustered event as the 61 GDELT 2.0 fields (text, empty where datelines has nothing)."""
    row = dict.fromkeys(COLUMNS, "")
    interval = date_interval(cluster.get("date"))
    if interval:
        day = interval[0]
        row.update(SQLDATE=day.strftime("%Y%m%d"), MonthYear=day.strftime("%Y%m"), Year=str(day.year),
                   FractionDate=f"{day.year + (day.month * 30 + day.day) / 365:.4f}")
    first = (cluster.get("evidence") or [{}])[0]
    for n, (code, words) in ((1, (cluster.get("source"), _words(cluster, "source"))), (2, (cluster.get("target"), _words(cluster, "target")))):
        for field, value in _actor(code, words).items():
            row[f"Actor{n}{field}"] = value
    place = _place(cluster, places)
    if place:
        row.update(ActionGeo_Type="1" if _is_country(place) else "4",
                   ActionGeo_FullName=place.get("name") or place.get("text") or "",
                   ActionGeo_CountryCode=place.get("country") or "",
                   ActionGeo_Lat=_number(place.get("latitude")), ActionGeo_Long=_number(place.get("longitude")))
    first_report = cluster.get("first_report") or {}
    row.update(
        GLOBALEVENTID=str(cluster["id"]),
        IsRootEvent="1" if any((e.get("sentence") or 0) < LEAD_SENTENCES for e in cluster.get("evidence", [])) else "0",
        EventCode=cluster["code"], EventBaseCode=cluster["code"][:3], EventRootCode=cluster["root"],
        QuadClass=str(cluster.get("quad") or ""), GoldsteinScale=_number(cluster.get("goldstein")),
        NumMentions=str(cluster.get("mentions", 0)), NumSources=str(_sources(cluster)),
        NumArticles=str(cluster.get("reports", 0)),
        DATEADDED=added.get(first_report.get("id") or first.get("article_id") or "", ""),
        SOURCEURL=first_report.get("url") or first_report.get("source") or "",
    )
    return [row[c] for c in COLUMNS]


def _words(cluster: dict[str, Any], side: str) -> str | None:
    """The words a mention coded as this side's actor (the first mention with the cluster's code)."""
    for evidence in cluster.get("evidence", []):
        if evidence.get(side) == cluster.get(side) and evidence.get(f"{side}_text"):
            return evidence[f"{side}_text"]
    return None


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def dateadded(ingested_at: str | None) -> str:
    """ISO timestamp -> GDELT's YYYYMMDDHHMMSS."""
    if not ingested_at:
        return ""
    try:
        return datetime.fromisoformat(ingested_at).strftime("%Y%m%d%H%M%S")
    except ValueError:
        return ""


def write_tsv(rows: Iterable[list[str]], path: Path, header: bool = False) -> int:
    """Write GDELT rows; returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([value.replace("\t", " ").replace("\n", " ") for value in row])
            count += 1
    return count
