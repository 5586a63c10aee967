"""Near-duplicate detection: syndicated copies are caught, different stories are not, and signatures
survive the round trip through the store's bytes."""

from __future__ import annotations

import pytest

from datelines.ingest.dedup import NearDuplicateIndex, from_bytes, signature, to_bytes

STORY = (
    "Turkey and Russia agreed on Tuesday to speed up the construction of the Akkuyu nuclear plant, "
    "officials from both governments said after a meeting in Ankara that lasted three hours. The plant, "
    "the first of its kind in Turkey, is being built by a Russian state company and should start "
    "producing power within five years, according to the energy ministry in Ankara."
)


@pytest.mark.parametrize(
    ("other", "is_copy"),
    [
        (STORY, True),
        ("By Staff Reporter. " + STORY, True),
        (STORY.replace("three hours", "four hours"), True),
        (STORY.upper(), True),
        ("Brazil and Argentina signed a trade accord on Monday covering beef, soy and car parts, ending a dispute of two years.", False),
        (STORY[: len(STORY) // 3], False),
    ],
)
def test_near_duplicates(other, is_copy):
    index = NearDuplicateIndex()
    index.add("original", signature(STORY))
    assert (index.find(signature(other)) == "original") is is_copy


def test_signature_round_trip():
    mh = signature(STORY)
    restored = from_bytes(to_bytes(mh))
    assert restored.jaccard(mh) == 1.0
    index = NearDuplicateIndex()
    index.add("stored", restored)
    assert index.find(signature(STORY)) == "stored"
