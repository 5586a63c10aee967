"""Standard input: "-" is one dated-text document, or JSON Lines with --format jsonl."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import pytest

from datelines.ingest import IngestOptions, RawArticle, Skipped, read_inputs
from tests.ingest.builders import ENGLISH


def stdin_results(
    monkeypatch: pytest.MonkeyPatch, data: bytes, **options: object
) -> list[RawArticle | Skipped]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    return list(read_inputs(["-"], IngestOptions(**options)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "options", "expected"),
    [
        (f" date 2018-04-03 {ENGLISH}\n".encode(), {}, RawArticle(ENGLISH, date(2018, 4, 3), "<stdin>")),
        (ENGLISH.encode(), {"published": date(2018, 4, 4)}, RawArticle(ENGLISH, date(2018, 4, 4), "<stdin>")),
        (ENGLISH.encode(), {}, "no_date"),
        (b"", {}, "empty"),
        (f"date 2018-04-03 {ENGLISH}".encode(), {"max_bytes": 100}, "too_large"),
        (b"date 2018-04-03 \x00\x01\x02", {}, "binary"),
    ],
)
def test_stdin_dated_text(
    monkeypatch: pytest.MonkeyPatch, data: bytes, options: dict, expected: object
) -> None:
    [result] = stdin_results(monkeypatch, data, **options)
    if isinstance(expected, str):
        assert isinstance(result, Skipped) and result.reason == expected and result.source == "<stdin>"
    else:
        assert result == expected


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps({"text": ENGLISH, "date": "2018-04-03"}) + "\n{broken\n").encode()
    results = stdin_results(monkeypatch, data, format="jsonl")
    assert isinstance(results[0], RawArticle) and results[0].source == "<stdin>#line 1"
    assert isinstance(results[1], Skipped) and results[1].reason == "malformed_record"


def test_stdin_replaced_by_text_only_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"date 2018-04-03 {ENGLISH}"))
    [result] = read_inputs(["-"])
    assert isinstance(result, RawArticle) and result.published == date(2018, 4, 3)


@pytest.mark.slow
def test_stdin_in_a_real_process() -> None:
    code = (
        "from datelines.ingest import read_inputs\n"
        "for r in read_inputs(['-']): print(type(r).__name__, r.published, r.source, len(r.text))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=f"date 2018-04-03\n{ENGLISH}\n".encode(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.decode().split() == ["RawArticle", "2018-04-03", "<stdin>", str(len(ENGLISH))]
