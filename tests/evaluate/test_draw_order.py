"""The seeded draws of evaluation/real: a part never holds a day or an article an earlier part of its
series took, and the series is ordered by number (ce10 after ce9, not between ce1 and ce2)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parents[2] / "evaluation" / "real"
sys.path.insert(0, str(REAL))

from draw_eventful import drawn_before


def _drawn(part: str) -> set[str]:
    return set(json.loads((REAL / f"draw_{part}.json").read_text())[part])


def test_a_later_part_excludes_every_earlier_one() -> None:
    taken = drawn_before("ce11")
    for number in range(1, 11):
        assert _drawn(f"ce{number}") <= taken


def test_an_earlier_part_ignores_later_ones() -> None:
    assert not _drawn("ce10") & drawn_before("ce2") - _drawn("ce1")
    assert not _drawn("ce11") & drawn_before("ce9")


def test_no_gold_day_sits_in_two_parts() -> None:
    seen: dict[str, str] = {}
    for folder in sorted(REAL.glob("ce*")):
        for path in folder.glob("*.expected.yaml"):
            assert path.name not in seen, f"{path.name} in {seen.get(path.name)} and {folder.name}"
            seen[path.name] = folder.name
