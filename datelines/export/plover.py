"""Events as PLOVER records, one JSON object per line (JSON Lines, as the PLOVER specification
suggests for interchange).

One record per stored event (a mention) with the PLOVER fields datelines knows: `id`, `date`
(YYYY-MM-DD; an event known to the month or year gets its first day, and `date_precision` says so),
`source` and `recipient` as lists of actor objects (`code` the country or IGO, `sector` the roles,
`actor_text` the words coded), `event` (the PLOVER type from the stored `plover` column), `mode`
(where the CAMEO code names one), `quad_code`, `event_scale` (Goldstein), `event_text` (the trigger),
`event_loc` (the geocoded place named in the clause), `link` (the clustered event it belongs to, so
the reports of one event can be joined), `text` and `text_info` (the evidence sentence and its
offsets), `cite_info` and `coder`. Fields of datelines' own: `cameo`, `modality`, `date_source`,
`confidence`, `article_id`, `published`, and the speech-act links `announces` and `content_of` (ids
of other records, as `datelines events --json` gives them). Events of CAMEO root 01 have no PLOVER
type (PLOVER drops plain public statements) and are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from datelines.query.clusters import date_interval

CODEBOOK = "CAMEO (datelines ontology) mapped to PLOVER"


def record_id(event_id: int | None) -> str | None:
    return None if event_id is None else f"datelines-{event_id}"


def actor_object(code: str | None, words: str | None) -> dict[str, Any] | None:
    """CAMEO actor code -> PLOVER actor object: RUSGOV -> {code: RUS, sector: GOV}; IGOUNO ->
    {code: IGO, sector: UNO}."""
    if not code:
        return None
    actor: dict[str, Any] = {"code": code[:3], "cameo": code}
    if len(code) > 3:
        actor["sector"] = code[3:]
    if words:
        actor["actor_text"] = words
    return actor


def plover_record(event: dict[str, Any], article: dict[str, Any], cluster: int | None,
                  place: dict[str, Any] | None, version: str) -> dict[str, Any] | None:
    """One stored event as a PLOVER record, or None when it has no PLOVER type."""
    from datelines.ontology.cameo import lookup

    if not event.get("plover"):
        return None
    try:
        mode = lookup(event["code"]).plover_mode
    except (KeyError, ValueError):
        mode = None
    interval = date_interval(event.get("date"))
    evidence = event.get("evidence") or {}
    record: dict[str, Any] = {
        "id": record_id(event["id"]),
        "date": interval[0].isoformat() if interval else None,
        "date_precision": event.get("precision"),
        "source": [a for a in [actor_object(event.get("source"), event.get("source_text"))] if a],
        "event": [event["plover"]],
        "quad_code": event.get("quad"),
        "event_scale": event.get("goldstein"),
        "event_text": [event["trigger"]] if event.get("trigger") else [],
        "link": f"datelines-cluster-{cluster}" if cluster is not None else None,
        "text": evidence.get("text"),
        "text_info": {"sequence": evidence.get("sentence"), "start": evidence.get("start"), "end": evidence.get("end")},
        "cite_info": {"url": article.get("url"), "title": article.get("title"), "language": "en",
                      "coder": f"datelines {version}", "codebook": CODEBOOK},
        "coder": f"datelines {version}",
        "cameo": event["code"],
        "modality": event.get("modality"),
        "date_source": event.get("date_source"),
        "confidence": event.get("confidence"),
        "article_id": event["article_id"],
        "published": article.get("published"),
        "announces": record_id(event.get("announces")),
        "content_of": record_id(event.get("content_of")),
    }
    recipient = actor_object(event.get("target"), event.get("target_text"))
    if recipient:
        record["recipient"] = [recipient]
    if mode:
        record["mode"] = [mode]
    if place:
        record["event_loc"] = {"name": place.get("name") or place.get("text"), "latitude": place.get("latitude"),
                               "longitude": place.get("longitude"), "cc3": place.get("country")}
    return record


def write_jsonl(records: Iterable[dict[str, Any]], path: Path) -> int:
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
