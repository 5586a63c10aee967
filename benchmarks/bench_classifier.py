"""Tune and measure the optional embedding event classifier on evaluation/gold/events.yaml.

Articles in order of first appearance in the gold; the even-indexed half tunes the threshold, the
odd half measures it. The corpus is parsed once with the default pipeline; the classifier's
proposals (with their similarities) are then added above each threshold, which is what the
component does, so every threshold is scored without re-parsing. `--confirm` also runs the real
`evaluate_events` with the component in the pipeline at the chosen threshold.

    .venv/bin/python benchmarks/bench_classifier.py [--confirm]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from datelines.evaluate.events import DEFAULT_GOLD, evaluate_events, load_gold, score
from datelines.evaluate.gold_articles import examples_root_for
from datelines.ingest.dated_text import parse_dated_text
from datelines.read.classifier import DEFAULT_THRESHOLD, EmbeddingClassifier
from datelines.read.events.lexicon import LEXICON_PATH, load_lexicon
from datelines.read.pipeline import DEFAULT_COMPONENTS, ReadSettings, parse

THRESHOLDS = [round(0.30 + 0.025 * n, 3) for n in range(27)]  # 0.30 .. 0.95


def triple(figures: dict) -> str:
    t = figures["triples"]
    return (f"P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f} "
            f"(matched {t['matched']}, system {figures['system_events']}, gold {figures['gold_events']})")


def main() -> None:
    gold_path = ROOT / DEFAULT_GOLD
    cases = load_gold(gold_path)
    articles = list(dict.fromkeys(c.article for c in cases))
    even = {a for n, a in enumerate(articles) if n % 2 == 0}
    halves = {"all": cases, "even": [c for c in cases if c.article in even],
              "odd": [c for c in cases if c.article not in even]}
    root = examples_root_for(gold_path)
    items = [parse_dated_text((root / a).read_text(encoding="utf-8")) for a in articles]
    items = [(text, published) for published, text in items]

    start = time.perf_counter()
    docs = list(parse(items, ReadSettings()))
    parse_seconds = time.perf_counter() - start
    classifier = EmbeddingClassifier.build(load_lexicon(LEXICON_PATH), LEXICON_PATH)
    modes = {}
    for skip in (True, False):
        classifier.skip_coded_sentences = skip
        start = time.perf_counter()
        proposals = [classifier.propose(doc) for doc in docs]
        seconds = time.perf_counter() - start
        candidates = sum(len(classifier.candidates(doc)) for doc in docs)
        modes[skip] = proposals
        sentences = sum(len(list(doc.sents)) for doc in docs)
        print(f"skip_coded_sentences={skip}: {candidates} candidate sentences of {sentences}; "
              f"{seconds:.2f}s ({1000 * seconds / max(sentences, 1):.1f} ms per sentence read, "
              f"{1000 * seconds / max(candidates, 1):.1f} ms per embedded sentence); spaCy parse {parse_seconds:.1f}s")

    def figures(half: str, skip: bool, threshold: float | None) -> dict:
        read = {}
        for name, (text, published), doc, props in zip(articles, items, docs, modes[skip], strict=True):
            events = list(doc._.events or [])
            if threshold is not None:
                events += [p.event for p in props if p.similarity >= threshold]
            read[name] = (text, published, events)
        return score(halves[half], read)

    for half in halves:
        print(f"{half:4} without classifier: {triple(figures(half, True, None))}")
    for skip in (True, False):
        print(f"\nskip_coded_sentences={skip}")
        for t in THRESHOLDS:
            print(f"  t={t:.3f} even {triple(figures('even', skip, t))} | odd {triple(figures('odd', skip, t))}")
    print("\nproposals at 0.5+ (similarity, event, nearest example):")
    for name, props in zip(articles, modes[True], strict=True):
        for p in sorted(props, key=lambda p: -p.similarity):
            if p.similarity >= 0.5:
                e = p.event
                print(f"  {p.similarity:.3f} {e.source}->{e.target} {e.code} [{e.trigger}] "
                      f"{e.evidence.text[:80]!r} ~ {p.example[:60]!r}")

    if "--confirm" in sys.argv:
        settings = ReadSettings(components=DEFAULT_COMPONENTS + ("datelines_event_classifier",))
        print(f"\nconfirm (evaluate_events, component in pipeline, threshold {DEFAULT_THRESHOLD}): "
              f"{triple(evaluate_events(gold_path, None, settings))}")


if __name__ == "__main__":
    main()
