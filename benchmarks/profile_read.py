"""Where the read step spends its time, beyond the spaCy model: per pipeline component, then the
hottest functions of datelines' own code (pyinstrument, a sampling profiler).

    python benchmarks/profile_read.py [--articles 40] [--top 25] [--html profile.html]

The articles are an even spread of the real-news corpus. Components are timed one after another over
the whole batch (each with its own `pipe`, as `nlp.pipe` runs them), so the table adds up to the full
read; the function list is self time (time spent in the function's own lines) from one profiled
`nlp.pipe` over the same articles, datelines' files only, grouped by function.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from pyinstrument import Profiler
from real_corpus import real_articles, words

from datelines.read.actors import ActorRegistry, set_registry
from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc

ROOT = Path(__file__).resolve().parent.parent


def component_times(nlp, articles) -> list[tuple[str, float]]:
    docs = [make_doc(nlp, a.text, a.published) for a in articles]
    times = []
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(doc) for doc in docs]
        times.append((name, time.perf_counter() - start))
    return times


def _library(file_path: str) -> str:
    if "site-packages/" in file_path:
        return file_path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    return "python" if "/lib/python" in file_path else "other"


def charge(frame, into: Counter, owner: str | None = None) -> None:
    """Self time of every frame, charged to the nearest datelines function above it (or its own)."""
    path = frame.file_path or ""
    if str(ROOT / "datelines") in path:
        owner = f"{Path(path).relative_to(ROOT)}:{frame.function}"
        into[(owner, "")] += frame.total_self_time
    elif owner is not None:
        into[(owner, _library(path))] += frame.total_self_time
    for child in frame.children:
        if not child.is_synthetic:  # a synthetic child is its parent's self time, counted above
            charge(child, into, owner)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--html", type=Path, help="also write pyinstrument's interactive page here")
    args = parser.parse_args()
    articles = real_articles(args.articles)
    nlp = build_pipeline(ReadSettings())
    set_registry(ActorRegistry())  # as an ingest into an empty store
    list(nlp.pipe(make_doc(nlp, a.text, a.published) for a in articles[:2]))  # warm lazy tables
    times = component_times(nlp, articles)
    total = sum(t for _, t in times)
    print(f"{len(articles)} real-news articles, {words(articles)} words; full read {total:.1f} s")
    print(f"{'component':28} {'seconds':>8} {'share':>6}")
    for name, seconds in times:
        print(f"{name:28} {seconds:8.2f} {seconds / total:6.1%}")
    model = sum(t for name, t in times if not name.startswith("datelines_"))
    print(f"{'spaCy model components':28} {model:8.2f} {model / total:6.1%}")

    profiler = Profiler(interval=0.002)
    profiler.start()
    list(nlp.pipe(make_doc(nlp, a.text, a.published) for a in articles))
    session = profiler.stop()
    spent: Counter = Counter()
    charge(session.root_frame(), spent)
    by_function: Counter = Counter()
    libraries: dict[str, Counter] = {}
    for (owner, library), seconds in spent.items():
        by_function[owner] += seconds
        libraries.setdefault(owner, Counter())[library or "own code"] += seconds
    print(f"\nhottest datelines functions (own time + the library code they call, of {session.duration:.1f} s profiled)")
    for owner, seconds in by_function.most_common(args.top):
        where = ", ".join(f"{name} {t / seconds:.0%}" for name, t in libraries[owner].most_common(3))
        print(f"{seconds:7.2f} s {seconds / session.duration:6.1%}  {owner}  ({where})")
    if args.html:
        args.html.write_text(profiler.output_html(), encoding="utf-8")


if __name__ == "__main__":
    main()
