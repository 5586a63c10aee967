"""A rerun over inputs the store already holds: every input logged as before, and nothing loaded that
only reading needs (the language identifier for stored texts, spaCy, the stored signatures, the actor
registry)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest import language as language_module
from datelines.ingest.gate import DEFAULT_MAX_LENGTH
from datelines.ingest.run import Ingestor, ingest_items, ingest_paths
from datelines.store import Store, schema
from tests.conftest import ROOT

ENGLISH = {
    "a.txt": " date 2019-02-27\nPakistan said on Wednesday that its air force shot down two Indian jets over Kashmir.",
    "b.txt": " date 2018-04-03\nTurkey and Russia signed an agreement in Ankara on Tuesday to build a nuclear plant.",
}
FRENCH = " date 2018-04-03\nLe président de la République a rencontré hier les représentants des syndicats à Paris."
# Modules only reading (or deciding a new article) needs: a rerun over stored inputs imports none.
READING_MODULES = ("spacy", "thinc", "datasketch", "py3langid", "trafilatura", "quantulum3", "distributed", "dask")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ENGLISH.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "a-copy.txt").write_text(ENGLISH["a.txt"].replace("Wednesday", "WEDNESDAY"), encoding="utf-8")
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    return folder


@pytest.fixture
def stored(tmp_path: Path, corpus: Path) -> Store:
    store = Store(tmp_path / "s.db")
    report = ingest_paths(Ingestor(store), [str(corpus)])
    assert dict(report.counts) == {"stored": 2, "duplicate": 1, "skipped:not_english": 1, "skipped:empty": 1}
    return store


def _log(store: Store, run_id: str) -> list[tuple]:
    log = schema.ingest_log
    columns = [c for c in log.columns if c.name not in ("id", "run_id", "at")]
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*columns).where(log.c.run_id == run_id).order_by(log.c.id))]


def _count(store: Store, table) -> int:
    with store.engine.connect() as conn:
        return len(conn.execute(select(table)).all())


def test_a_rerun_identifies_only_unstored_texts_and_reads_nothing(stored, corpus, monkeypatch):
    identified: list[str] = []
    detect = language_module.detect_language
    monkeypatch.setattr(language_module, "detect_language", lambda text: identified.append(text) or detect(text))
    monkeypatch.setattr("datelines.ingest.batch_read.read_batch", lambda *a, **k: pytest.fail("a model read"))
    monkeypatch.setattr(Store, "signatures", lambda self: pytest.fail("stored signatures loaded"))
    monkeypatch.setattr(Store, "affiliation_rows", lambda self: pytest.fail("actor registry loaded"))
    articles, events = _count(stored, schema.articles), _count(stored, schema.events)
    report = ingest_paths(Ingestor(stored), [str(corpus)])
    assert dict(report.counts) == {"already_stored": 2, "duplicate": 1, "skipped:not_english": 1, "skipped:empty": 1}
    assert [text.split()[0] for text in identified] == ["Le"]  # the French text: it was never stored
    assert (_count(stored, schema.articles), _count(stored, schema.events)) == (articles, events)


def test_a_rerun_logs_each_input_as_identifying_every_language_did(stored, corpus):
    fast = ingest_paths(Ingestor(stored), [str(corpus)])
    every = ingest_items(Ingestor(stored), read_inputs([str(corpus)], IngestOptions()))
    assert _log(stored, fast.run_id) == _log(stored, every.run_id)
    assert len(_log(stored, fast.run_id)) == 5
    assert {row[1] for row in _log(stored, fast.run_id)} == {"already_stored", "duplicate", "skipped"}


def test_a_near_copy_of_an_article_stored_earlier_is_still_found(tmp_path):
    """The stored signatures are loaded when the first new article needs them."""
    store = Store(tmp_path / "n.db")
    original = ROOT / "examples" / "corpus" / "2015-11-24-jet-downing.txt"
    assert dict(ingest_paths(Ingestor(store), [str(original)]).counts) == {"stored": 1}
    near = tmp_path / "near.txt"
    near.write_text(original.read_text(encoding="utf-8") + "\nReporting by the Ankara bureau.", encoding="utf-8")
    assert dict(ingest_paths(Ingestor(store), [str(near)]).counts) == {"near_duplicate": 1}


def _fresh_process(code: str) -> dict:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_rerun_in_a_new_process_imports_nothing_reading_needs(stored, corpus):
    code = f"""
import json, sys
from datelines.ingest.run import Ingestor, ingest_paths
from datelines.store import Store
report = ingest_paths(Ingestor(Store({str(stored.url.removeprefix('sqlite:///'))!r})), [{str(corpus)!r}])
print(json.dumps({{"counts": dict(report.counts), "loaded": [m for m in {READING_MODULES!r} if m in sys.modules]}}))
"""
    out = _fresh_process(code)
    assert out["counts"] == {"already_stored": 2, "duplicate": 1, "skipped:not_english": 1, "skipped:empty": 1}
    assert out["loaded"] == ["py3langid"]  # for the French text only


def test_a_distributed_rerun_in_a_new_process_imports_neither_dask_nor_spacy(stored, corpus, tmp_path):
    code = f"""
import json, sys
from pathlib import Path
from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest.known import StoredLookup
from datelines.scale import distributed_ingest
from datelines.store import Store
store = Store({str(stored.url.removeprefix('sqlite:///'))!r})
options = IngestOptions(known_text=StoredLookup(store).holds)
def no_cluster():
    raise SystemExit("a cluster was started")
report = distributed_ingest(no_cluster, read_inputs([{str(corpus)!r}], options), Path({str(tmp_path / "parquet")!r}), store)
print(json.dumps({{"counts": dict(report.counts), "loaded": [m for m in {READING_MODULES!r} if m in sys.modules]}}))
"""
    out = _fresh_process(code)
    assert out["counts"] == {"already_stored": 2, "duplicate": 1, "skipped:not_english": 1, "skipped:empty": 1}
    assert out["loaded"] == ["py3langid"]  # for the French text only


def test_the_gate_applies_spacys_length_limit():
    from spacy.language import Language

    assert inspect.signature(Language.__init__).parameters["max_length"].default == DEFAULT_MAX_LENGTH


def test_the_partition_key_reads_the_model_version_spacy_reads():
    import spacy.util

    from datelines.read.pipeline import DEFAULT_MODEL
    from datelines.scale.plan import _model_version

    if not spacy.util.is_package(DEFAULT_MODEL):
        pytest.skip("the default model is not installed")
    expected = str(spacy.util.get_model_meta(spacy.util.get_package_path(DEFAULT_MODEL)).get("version"))
    assert _model_version(DEFAULT_MODEL) == expected
    assert _model_version("no_such_model_anywhere") == "unknown"
