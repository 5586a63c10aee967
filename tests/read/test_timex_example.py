"""The canonical article: every `must` and `should` timex of the analyst's reading, read from the
expected YAML beside it (nothing about the article is written into the component)."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from tests.conftest import EXAMPLE_GOLD
from tests.read.timex_helpers import tag

PUBLISHED = date(2018, 4, 3)


def _gold(level: str) -> list[dict]:
    if not EXAMPLE_GOLD.exists():
        return []
    with open(EXAMPLE_GOLD, encoding="utf-8") as handle:
        return yaml.safe_load(handle)["timexes"][level]


@pytest.fixture(scope="module")
def example_timexes(example_text):
    return tag(example_text, PUBLISHED)


@pytest.mark.parametrize("gold", _gold("must") + _gold("should"), ids=lambda g: g["text"])
def test_example_timex(example_timexes, gold):
    spans = [s for s in example_timexes if s.text == gold["text"]]
    assert spans, f"{gold['text']!r} not recognized"
    for span in spans:  # "2014" appears twice: both mentions must be right
        assert span._.timex_type == gold["type"]
        assert span._.timex_value == gold["value"]
        assert span._.timex_mod == gold.get("mod")


def test_example_through_full_pipeline(nlp, example_text):
    """The timex component inside the full pipeline writes the same spans and Timex records."""
    from datelines.read.reading import read

    reading = read(example_text, PUBLISHED)
    values = {(t.text, t.value) for t in reading.timexes}
    assert ("July 2016", "2016-07") in values
    assert ("Wednesday", "2018-04-04") in values
    assert all(t.anchor in (None, "published") or t.anchor.startswith("published:") for t in reading.timexes)
