"""The canonical example, read by the full pipeline and scored item by item on its events."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.evaluate.example import load_gold, score_reading
from datelines.read.reading import read
from tests.conftest import EXAMPLE, EXAMPLE_GOLD

PUBLISHED = date(2018, 4, 3)


@pytest.fixture(scope="module")
def result(nlp, example_text):
    reading = read(example_text, PUBLISHED)
    return score_reading(load_gold(EXAMPLE_GOLD), example_text, reading, EXAMPLE), reading


def _event_ids(level: str) -> list[str]:
    if not EXAMPLE_GOLD.exists():
        return []
    return [item["id"] for item in (load_gold(EXAMPLE_GOLD).get("events") or {}).get(level) or []]


@pytest.mark.parametrize("event_id", _event_ids("must"))
def test_must_event_is_found(result, event_id) -> None:
    outcome, _ = result
    item = next(r for r in outcome.items if r.section == "events" and r.item.get("id") == event_id)
    assert item.hit, item.why


def test_no_must_not_violation(result) -> None:
    outcome, _ = result
    assert not outcome.violations.get("events"), outcome.violations


def test_most_should_events_are_found(result) -> None:
    outcome, _ = result
    should = [r for r in outcome.items if r.section == "events" and r.level == "should"]
    assert sum(r.hit for r in should) >= 0.6 * len(should), [(r.item.get("id"), r.why) for r in should if not r.hit]


def test_every_event_carries_its_evidence(result, example_text) -> None:
    _, reading = result
    assert reading.events
    for event in reading.events:
        assert example_text[event.evidence.start:event.evidence.end] == event.evidence.text
        assert event.trigger.split()[0] in event.evidence.text
        start, end = reading.sentences[event.evidence.sentence]
        assert start <= event.evidence.start and event.evidence.end <= end


def test_jet_downing_is_dated_by_the_text_not_the_publication(result) -> None:
    _, reading = result
    downing = [e for e in reading.events if e.root == "19" and e.source in {"TUR", "TURMIL"}]
    assert downing and all(e.date == "2015-11" and e.date_source == "text" for e in downing)
