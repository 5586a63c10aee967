"""The example scorer itself: a reading made from the gold scores every item, an empty one none,
and the must_not rules catch what they describe."""

from __future__ import annotations

import re
from datetime import date

import pytest

from datelines.evaluate.example import load_gold, score_reading
from datelines.evaluate.matching import dyads, occurrences
from datelines.model import Event, Evidence, Mention, Quantity, Reading, Timex
from tests.conftest import EXAMPLE, EXAMPLE_GOLD

PUBLISHED = date(2018, 4, 3)


@pytest.fixture(scope="module")
def gold():
    if not EXAMPLE_GOLD.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    return load_gold(EXAMPLE_GOLD)


def _items(gold, section):
    block = gold.get(section) or {}
    return [item for level in ("must", "should", "may") for item in block.get(level) or []]


def perfect_reading(gold, text: str) -> Reading:
    """What a flawless pipeline would output, built from the gold itself."""
    reading = Reading(published=PUBLISHED, pipeline_version="gold")
    evidence = Evidence(0, 0, 10, text[:10])
    for item in _items(gold, "timexes"):
        for start, end in occurrences(text, item["text"]):
            reading.timexes.append(Timex(item["text"], item["type"], str(item["value"]), start, end, 0, item.get("mod")))
    for item in _items(gold, "actors"):
        for start, end in occurrences(text, item["text"]):
            reading.mentions.append(Mention(item["text"], item["code"], None, "x", start, end, 0))
    for item in _items(gold, "events"):
        code = item["code"][0] if isinstance(item["code"], list) else item["code"]
        for source, target, _ in dyads(item.get("source"), item.get("target")):
            reading.events.append(
                Event(source, target, code, code[:2], 0.0, 1, None, str(item.get("date", "2018-04-03")), "day", "text", item.get("modality", "asserted"), evidence)
            )
    number = re.search(r"\d[\d,.]*", text)
    for item in _items(gold, "quantities"):
        reading.quantities.append(
            Quantity(float(item["value"]), item["unit"], Evidence(0, number.start(), number.end(), number.group()), per=item.get("per"), date=item.get("date"), modifier=item.get("mod"), modality=item.get("modality", "asserted"))
        )
    return reading


def test_perfect_reading_hits_everything(gold, example_text):
    result = score_reading(gold, example_text, perfect_reading(gold, example_text), EXAMPLE)
    misses = [(r.section, r.item, r.why) for r in result.items if not r.hit]
    assert misses == []
    for section, figures in result.scores().items():
        assert figures["must"][0] == figures["must"][1] > 0, section
        assert figures["must_not_violations"] == 0


def test_empty_reading_hits_nothing(gold, example_text):
    result = score_reading(gold, example_text, Reading(published=PUBLISHED, pipeline_version="empty"), EXAMPLE)
    scores = result.scores()
    assert all(figures["must"][0] == 0 and figures["should"][0] == 0 for figures in scores.values())
    assert scores["timexes"]["must"][1] == 9 and scores["events"]["must"][1] == 11


def test_wrong_code_and_date_are_misses(gold, example_text):
    reading = perfect_reading(gold, example_text)
    for ev in reading.events:
        ev.date = "2018-04-03"  # the field's classic error: publication date for everything
    for m in reading.mentions:
        if m.text == "Ankara":
            m.code = "TUR" + "MIL"
    result = score_reading(gold, example_text, reading, EXAMPLE)
    missed = {r.item.get("id") or r.item.get("text") for r in result.items if not r.hit}
    assert {"jet", "coup-support", "Ankara"} <= missed
    assert "visit" not in missed


def test_must_not_rules_are_checked(gold, example_text):
    reading = perfect_reading(gold, example_text)
    start = example_text.index("Russia doesn't send")
    sentence_start = example_text.rfind(". ", 0, start) + 2
    reading.events.append(
        Event("RUS", "SYRREB", "070", "07", 7.0, 2, None, "2018-04-03", "day", "publication", "asserted", Evidence(5, sentence_start, start + 40, example_text[sentence_start : start + 40]), trigger="send")
    )
    jet = example_text.index("downing of a Russian fighter jet")
    jet_sentence = example_text.rfind("\n", 0, jet) + 1
    end = example_text.index("November 2015") + len("November 2015")
    reading.events.append(
        Event("TUR", "RUS", "190", "19", -10.0, 4, None, "2018-04-03", "day", "publication", "asserted", Evidence(7, jet_sentence, end, example_text[jet_sentence:end]), trigger="downing")
    )
    reading.quantities.append(Quantity(2e10, "USD", Evidence(0, 0, 5, "plant"), about="cost"))
    result = score_reading(gold, example_text, reading, EXAMPLE)
    assert len(result.violations["events"]) == 2
    assert len(result.violations["quantities"]) == 1
    assert result.scores()["events"]["must_not_violations"] == 2


def test_geocoded_place_counts_only_with_the_right_country(gold, example_text):
    from datelines.model import Place

    start = example_text.index("the UK") + len("the ")
    reading = Reading(published=PUBLISHED, pipeline_version="places")
    reading.places.append(Place("UK", "United Kingdom", "GBR", 54.0, -2.0, start, start + 2, 9))
    hits = {r.item["text"] for r in score_reading(gold, example_text, reading, EXAMPLE).items if r.section == "actors" and r.hit}
    assert hits == {"the UK"}
    reading.places[0].country = "USA"
    hits = {r.item["text"] for r in score_reading(gold, example_text, reading, EXAMPLE).items if r.section == "actors" and r.hit}
    assert hits == set()


@pytest.mark.parametrize(
    ("gold_unit", "system_unit", "same"),
    [("dollar", "USD", True), ("euros", "EUR", True), ("cubic metre", "cubic meters", True),
     ("dollar", "EUR", False), ("megawatt", "tonne", False)],
)
def test_unit_spellings(gold_unit, system_unit, same):
    from datelines.evaluate.example import _unit_key

    assert (_unit_key(gold_unit) == _unit_key(system_unit)) is same


def test_a_year_inside_a_longer_expected_date_is_not_its_occurrence():
    from datelines.evaluate.example import standalone_occurrences

    text = "Fighting began in March 2015. The 2015 nuclear deal collapsed."
    spans = standalone_occurrences(text, "2015", ["March 2015", "2015"])
    assert [text[a:b] for a, b in spans] == ["2015"] and spans[0][0] == text.index("The 2015") + 4
    assert standalone_occurrences(text, "2015", ["2015"]) == [(text.index("2015"), text.index("2015") + 4), spans[0]]
