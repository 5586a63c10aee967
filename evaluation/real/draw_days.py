"""Seeded draws among the Wikipedia "Current events" days of the corpus. A day page is a column of
one-paragraph news items under section headings, denser in acts between actors than any article,
so a few days give the reader many constructions it has not met. Each draw excludes the days earlier
draws took and writes draw_<part>.json; gold is annotated blind in <part>/.

    python evaluation/real/draw_days.py ce1 2030 12   # stop 23: development
    python evaluation/real/draw_days.py ce2 2031 12   # stop 24: development
    python evaluation/real/draw_days.py ce3 2032 12   # stop 26: development
    python evaluation/real/draw_days.py ce4 2033 12   # stop 28: development (read once first)
    python evaluation/real/draw_days.py ce5 2034 12   # stop 29: development (read once first)
    python evaluation/real/draw_days.py ce6 2035 12   # stop 30: development (read once first)
    python evaluation/real/draw_days.py ce7 2036 12   # stop 34: development (read once first)
    python evaluation/real/draw_days.py ce8 2037 12   # stop 35: development (read once first)
    python evaluation/real/draw_days.py ce9 2038 12   # stop 38: development (read once first)
    python evaluation/real/draw_days.py ce10 2039 12  # stop 39: development (read once first; drawn before
                                                      # the part-order fix, its two repeated days dropped)
    python evaluation/real/draw_days.py ce11 2040 12  # stop 39: validation (read before and after, not studied)
    python evaluation/real/draw_days.py ce12 2041 12  # stop 40: development (read once first)
    python evaluation/real/draw_days.py ce13 2042 12  # stop 40: development (read once first)
    python evaluation/real/draw_days.py ce14 2043 12  # stop 41: development (read once first)
    python evaluation/real/draw_days.py ce15 2044 12  # stop 41: read with the stop-40 and the stop-41 readers first
    python evaluation/real/draw_days.py ce16 2045 12  # stop 42: development (read once first)
    python evaluation/real/draw_days.py ce17 2046 12  # stop 43: development (read once first)
    python evaluation/real/draw_days.py ce18 2047 12  # stop 43: read with the stop-42 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce19 2048 12  # stop 44: development (read once first)
    python evaluation/real/draw_days.py ce20 2049 12  # stop 44: read with the stop-43 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce21 2050 12  # stop 45: development (read once first)
    python evaluation/real/draw_days.py ce22 2051 12  # stop 45: read with the stop-44 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce23 2052 12  # stop 46: development (read once first)
    python evaluation/real/draw_days.py ce24 2053 12  # stop 46: read with the stop-45 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce25 2054 12  # stop 47: development (read once first)
    python evaluation/real/draw_days.py ce26 2055 12  # stop 47: read with the stop-46 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce27 2056 12  # stop 48: development (read once first)
    python evaluation/real/draw_days.py ce28 2057 12  # stop 48: read with the stop-47 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce29 2058 12  # stop 49: development (read once first)
    python evaluation/real/draw_days.py ce30 2059 12  # stop 49: read with the stop-48 reader and the reader as it stood then first
    python evaluation/real/draw_days.py ce31 2060 12  # stop 49: read with the stop-48 reader and the final reader, not studied
    python evaluation/real/draw_days.py ce32 2061 12  # stop 50: development (read once first)
    python evaluation/real/draw_days.py ce33 2062 12  # stop 50: read with the stop-49 reader first
    python evaluation/real/draw_days.py ce34 2063 12  # stop 51: development (read once first)
    python evaluation/real/draw_days.py ce35 2064 12  # stop 51: read with the stop-50 reader and mid-stop first
    python evaluation/real/draw_days.py ce36 2065 12  # stop 51: annotated at its end, kept unread for stop 52
    python evaluation/real/draw_days.py ce37 2066 12  # stop 51: annotated at its end, kept unread for stop 52
    python evaluation/real/draw_days.py ce38 2067 12  # stop 52: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce39 2068 12  # stop 52: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce40 2069 12  # stop 52: annotated at its end, kept unread for stop 53
    python evaluation/real/draw_days.py ce41 2070 12  # stop 52: annotated at its end, kept unread for stop 53
    python evaluation/real/draw_days.py ce42 2071 12  # stop 53: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce43 2072 12  # stop 53: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce44 2073 12  # stop 53: annotated at its end; stop 54 read it once first, then studied
    python evaluation/real/draw_days.py ce45 2074 12  # stop 53: annotated at its end; stop 54 read it once first, then studied
    python evaluation/real/draw_days.py ce46 2075 12  # stop 54: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce47 2076 12  # stop 54: annotated during it, read once then studied
    python evaluation/real/draw_days.py ce48 2077 12  # stop 54: annotated at its end, kept unread for stop 55
    python evaluation/real/draw_days.py ce49 2078 12  # stop 54: annotated at its end, kept unread for stop 55
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from draw_eventful import draw

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part")
    parser.add_argument("seed", type=int)
    parser.add_argument("size", type=int)
    args = parser.parse_args()
    days = HERE / "corpus" / "current-events" / "days.jsonl"
    draw(args.part, args.seed, [json.loads(line)["id"] for line in days.open(encoding="utf-8")], args.size)


if __name__ == "__main__":
    main()
