"""kill -9 in the middle of an ingest, then a rerun: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Egypt", "Chile", "Norway"]


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_kill_during_ingest_then_rerun(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    total = 240
    for i in range(total):
        a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
        body = " ".join(
            f"The foreign minister of {a} met her counterpart from {b} on day {i} of talks, number {i * 7 + k}, about trade and fishing rights."
            for k in range(6)
        )
        (folder / f"{i:04d}.txt").write_text(f" date 2018-{1 + i % 12:02d}-{1 + i % 28:02d}\n{body}", encoding="utf-8")
    db = tmp_path / "crash.db"
    command = [sys.executable, "-m", "datelines.cli", "ingest", str(folder), "--db", str(db), "--json", "--no-near-duplicates"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed; make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_before = _count(db)
    assert 0 < stored_before < total

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert rerun.returncode == 0, rerun.stderr
    import json

    counts = json.loads(rerun.stdout)["counts"]
    assert counts.get("already_stored", 0) == stored_before
    assert counts.get("stored", 0) == total - stored_before
    assert _count(db) == total
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == total
        orphans = conn.execute("SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        assert orphans == 0
