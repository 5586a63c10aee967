"""The third development part (dev3): a seeded draw among Wikinews reports that the political rule of
build_corpus.py left out (their title and opening name fewer than three political words) but whose
whole text names at least three, so that they tell acts between actors (arrests, court cases, attacks,
protests) in stories the first draw did not reach. Writes draw_dev3.json; gold is annotated blind in dev3/."""

from __future__ import annotations

import json
import random
from pathlib import Path

from build_corpus import NOT_A_REPORT, POLITICAL_WORDS, is_political_report

HERE = Path(__file__).resolve().parent
SEED = 2027
SIZE = 16


def eventful_report(record: dict[str, str]) -> bool:
    """A report outside the political draw whose text still names three political words."""
    if NOT_A_REPORT.search(record["title"]) or is_political_report(record):
        return False
    return len({m.lower() for m in POLITICAL_WORDS.findall(record["text"])}) >= 3


def main() -> None:
    records = [json.loads(line) for line in (HERE / "corpus" / "wikinews" / "articles.jsonl").open(encoding="utf-8")]
    pool = sorted(r["id"] for r in records if eventful_report(r))
    chosen = sorted(random.Random(SEED).sample(pool, SIZE))
    (HERE / "draw_dev3.json").write_text(json.dumps({"seed": SEED, "pool": len(pool), "dev3": chosen}, indent=1) + "\n")
    print(f"pool {len(pool)}; drew {len(chosen)}")


if __name__ == "__main__":
    main()
