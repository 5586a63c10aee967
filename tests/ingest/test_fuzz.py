"""Arbitrary bytes as any input form never raise and always yield articles or skips with a known reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datelines.ingest import SKIP_REASONS, IngestOptions, RawArticle, Skipped, read_inputs

SINGLE_DOCUMENT = {".txt", ".html", ".bin"}

# Bytes that look like the inputs: headers, markup, JSON, WARC starts, then anything at all.
prefixes = st.sampled_from(
    [
        b"",
        b" date 2018-04-03 ",
        b"date ",
        b"<html><body><p>",
        b'{"text": "',
        b"WARC/1.0\r\n",
        b"\x1f\x8b",
        b"\xef\xbb\xbf",
    ]
)
payload = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda s: s.encode("utf-8")),
    st.text(alphabet='date 0123456789-:T\n\r{}"<>/', max_size=200).map(str.encode),
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".jsonl.gz", ".html", ".warc", ".warc.gz", ".bin"])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=prefixes, body=payload)
def test_arbitrary_bytes_never_raise(folder: Path, suffix: str, prefix: bytes, body: bytes) -> None:
    path = folder / f"input{suffix}"
    path.write_bytes(prefix + body)
    results = list(read_inputs([str(path)], IngestOptions(published=date(2018, 4, 3))))
    assert all(isinstance(r, (RawArticle, Skipped)) for r in results)
    for result in results:
        assert result.source.startswith(str(path))
        if isinstance(result, Skipped):
            assert result.reason in SKIP_REASONS and result.reason != "error", result
        else:
            assert result.text and result.text == result.text.strip() and result.published
    if suffix in SINGLE_DOCUMENT:
        assert len(results) == 1
