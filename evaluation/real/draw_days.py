"""Seeded draws among the Wikipedia "Current events" days of the corpus. A day page is a column of
one-paragraph news items under section headings, denser in acts between actors than any article,
so a few days give the reader many constructions it has not met. Each draw excludes the days earlier
draws took and writes draw_<part>.json; gold is annotated blind in <part>/.

    python evaluation/real/draw_days.py ce1 2030 12   # stop 23: development
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def drawn_before(part: str) -> set[str]:
    """Days the draws of the parts before this one took (ce1 before ce2)."""
    taken: set[str] = set()
    for path in HERE.glob("draw_ce*.json"):
        earlier = path.stem.removeprefix("draw_")
        if earlier < part:
            taken.update(json.loads(path.read_text())[earlier])
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part")
    parser.add_argument("seed", type=int)
    parser.add_argument("size", type=int)
    args = parser.parse_args()
    days = HERE / "corpus" / "current-events" / "days.jsonl"
    taken = drawn_before(args.part)
    pool = sorted(json.loads(line)["id"] for line in days.open(encoding="utf-8"))
    pool = [day for day in pool if day not in taken]
    chosen = sorted(random.Random(args.seed).sample(pool, min(args.size, len(pool))))
    out = {"seed": args.seed, "pool": len(pool), args.part: chosen}
    (HERE / f"draw_{args.part}.json").write_text(json.dumps(out, indent=1) + "\n")
    print(f"pool {len(pool)}; drew {len(chosen)}")


if __name__ == "__main__":
    main()
