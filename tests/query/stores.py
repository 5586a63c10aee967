"""Stores built by ingesting demo articles, shared by the query and export tests.

Reading costs seconds, so each store is built once per test process: the demo corpus into one
SQLite file, and a handful of Turkey-Russia articles into whichever backend a test asks for."""

from __future__ import annotations

from pathlib import Path

from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest.run import Ingestor, ingest_items
from datelines.store import Store
from tests.conftest import EXAMPLE, ROOT

CORPUS = ROOT / "examples" / "corpus"
GOLD_CLUSTERS = ROOT / "evaluation" / "gold" / "clusters.yaml"
# Articles that tell the Turkey-Russia story, the jet downing among them (told by all but one).
TURKEY_RUSSIA = [CORPUS / name for name in (
    "2015-11-24-jet-downing.txt",
    "2015-11-25-jet-downing-moscow-response.txt",
    "2016-08-09-erdogan-putin-st-petersburg.txt",
    "2017-09-12-s400-deal.txt",
    "2018-11-19-turkstream-offshore-completed.txt",
    "2019-10-23-sochi-memorandum.txt",
)]

_built: dict[str, Path] = {}


def ingest(store: Store, paths: list[Path]) -> None:
    """As `datelines ingest PATH...` does."""
    ingest_items(Ingestor(store), read_inputs([str(p) for p in paths], IngestOptions()))


def store_file(path: Path, paths: list[Path]) -> str:
    """A new SQLite store at `path` holding `paths`, closed: its path, for apps that open it themselves."""
    store = Store(path)
    ingest(store, paths)
    store.close()
    return str(path)


def _built_once(folder: Path, name: str, source: Path) -> Store:
    """A SQLite store of `source`, read once per process and reopened after."""
    if name not in _built:
        path = folder / f"{name}.db"
        ingest(Store(path), [source])
        _built[name] = path
    return Store(_built[name])


def demo_store(folder: Path) -> Store:
    """The whole demo corpus."""
    return _built_once(folder, "demo", CORPUS)


def akkuyu_store(folder: Path) -> Store:
    """The canonical article alone."""
    return _built_once(folder, "akkuyu", EXAMPLE)
