"""The demo-corpus articles a gold file names, read once with the full pipeline.

Gold files (evaluation/gold/*.yaml) name articles by path relative to an examples folder, so the
same gold can score a copy of the corpus elsewhere (--examples)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from datelines.model import Reading
from datelines.read.pipeline import ReadSettings


@dataclass(frozen=True)
class GoldArticle:
    text: str
    published: date
    reading: Reading


def examples_root_for(gold_path: Path, override: Path | None = None) -> Path:
    """--examples if given, else the nearest `examples/` folder above the gold file."""
    if override is not None:
        return Path(override)
    for folder in Path(gold_path).resolve().parents:
        if (folder / "examples").is_dir():
            return folder / "examples"
    return Path(gold_path).resolve().parent


def read_gold_articles(names: Iterable[str], root: Path, settings: ReadSettings | None = None) -> dict[str, GoldArticle]:
    """Each named dated-text article, keyed by its name in the gold; a missing header is an error,
    since a gold article without its publication date cannot be scored."""
    from datelines.ingest.dated_text import parse_dated_text
    from datelines.read.reading import read_many

    names = list(dict.fromkeys(names))
    items = []
    for name in names:
        path = root / name
        published, text = parse_dated_text(path.read_text(encoding="utf-8"))
        if published is None:
            raise ValueError(f"{path}: no ' date YYYY-MM-DD' header")
        items.append((text, published))
    readings = read_many(items, settings or ReadSettings())
    return {name: GoldArticle(text, published, reading)
            for name, (text, published), reading in zip(names, items, readings, strict=True)}
