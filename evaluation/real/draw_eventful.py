"""Seeded draws among Wikinews reports that the political rule of build_corpus.py left out (their title
and opening name fewer than three political words) but whose whole text names at least three, so that
they tell acts between actors (arrests, court cases, attacks, protests) in stories the first draw did
not reach. Each draw excludes the reports earlier draws took and writes draw_<part>.json; gold is
annotated blind in <part>/.

    python evaluation/real/draw_eventful.py dev3 2027   # stop 18: validation, opened at stop 19
    python evaluation/real/draw_eventful.py dev4 2028   # stop 19: validation
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from build_corpus import NOT_A_REPORT, POLITICAL_WORDS, is_political_report

HERE = Path(__file__).resolve().parent
SIZE = 16


def eventful_report(record: dict[str, str]) -> bool:
    """A report outside the political draw whose text still names three political words."""
    if NOT_A_REPORT.search(record["title"]) or is_political_report(record):
        return False
    return len({m.lower() for m in POLITICAL_WORDS.findall(record["text"])}) >= 3


def drawn_before(part: str) -> set[str]:
    """Ids taken by the draws of the parts of the same series before this one (dev3 before dev4, ce1
    before ce2), so that no item is in two parts and a part drawn again comes out as it was."""
    series = part.rstrip("0123456789")
    taken: set[str] = set()
    for path in HERE.glob(f"draw_{series}*.json"):
        earlier = path.stem.removeprefix("draw_")
        if earlier.rstrip("0123456789") == series and _number(earlier) < _number(part):
            taken.update(json.loads(path.read_text())[earlier])
    return taken


def _number(part: str) -> int:
    """The part's place in its series: ce10 comes after ce9 (as text it would sort before ce2)."""
    digits = part[len(part.rstrip("0123456789")):]
    return int(digits) if digits else 1


def draw(part: str, seed: int, candidates: list[str], size: int) -> None:
    """Draw `size` of the candidates no earlier part took, with the seed, and write draw_<part>.json."""
    taken = drawn_before(part)
    pool = sorted(c for c in candidates if c not in taken)
    chosen = sorted(random.Random(seed).sample(pool, min(size, len(pool))))
    out = {"seed": seed, "pool": len(pool), part: chosen}
    (HERE / f"draw_{part}.json").write_text(json.dumps(out, indent=1) + "\n")
    print(f"pool {len(pool)}; drew {len(chosen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part")
    parser.add_argument("seed", type=int)
    args = parser.parse_args()
    records = [json.loads(line) for line in (HERE / "corpus" / "wikinews" / "articles.jsonl").open(encoding="utf-8")]
    draw(args.part, args.seed, [r["id"] for r in records if eventful_report(r)], SIZE)


if __name__ == "__main__":
    main()
