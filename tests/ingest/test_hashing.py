"""Content hashes: the same story typed differently hashes the same; a different story does not."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from datelines.ingest import comparison_form, content_hash
from datelines.ingest.hashing import FOLD_TABLE, load_fold_table

# One test per row of the data file: the table carries its own examples.
FOLD_ROWS = [line.split("\t") for line in FOLD_TABLE.read_text(encoding="utf-8").splitlines()[1:] if line]


@pytest.mark.parametrize(("code", "replacement", "name"), FOLD_ROWS, ids=[row[2] for row in FOLD_ROWS])
def test_fold_table_row(code: str, replacement: str, name: str) -> None:
    char = chr(int(code.removeprefix("U+"), base=16))
    assert content_hash(f"Ankara{char}Moscow talks") == content_hash(f"Ankara{replacement}Moscow talks")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Putin said \u201cno\u201d \u2014 then left.", 'Putin said "no" - then left.'),
        ("Turkey\u2019s plant", "Turkey's plant"),
        ("  Erdogan   met\n\nPutin\t", "erdogan met putin"),
        ("ERDO\u011eAN", "erdo\u011fan"),
        ("Caf\u00e9", unicodedata.normalize("NFD", "Caf\u00e9")),
        ("Stra\u00dfe", "STRASSE"),  # casefold, not lower
        ("non\u00a0breaking\u2009spaces", "non breaking spaces"),
        ("soft\u00adhyphen", "softhyphen"),
        ("Wait\u2026", "wait..."),
    ],
)
def test_same_hash(first: str, second: str) -> None:
    assert content_hash(first) == content_hash(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Russia sends weapons to the YPG.", "Russia doesn't send weapons to the YPG."),
        ("Talks on 2018-04-03.", "Talks on 2018-04-04."),
        ("Ankara Moscow", "AnkaraMoscow"),  # whitespace collapses, it does not vanish
    ],
)
def test_different_hash(first: str, second: str) -> None:
    assert content_hash(first) != content_hash(second)


def test_hash_shape() -> None:
    digest = content_hash("Erdogan met Putin.")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert comparison_form("  Erdogan \u201cmet\u201d   Putin. ") == 'erdogan "met" putin.'


@pytest.mark.parametrize(
    ("row", "error"),
    [
        ("U+2019\t'\tleft single quotation mark", "is 'RIGHT SINGLE QUOTATION MARK'"),
        ("2019\t'\tright single quotation mark", "expected U\\+XXXX"),
        ("U+2019\t\u2032\tright single quotation mark", "must be ASCII"),
    ],
)
def test_fold_table_validated(tmp_path: Path, row: str, error: str) -> None:
    path = tmp_path / "fold.tsv"
    path.write_text(f"char\treplacement\tname\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_fold_table.__wrapped__(path)


def test_shipped_fold_table_loads() -> None:
    assert len(load_fold_table()) == len(FOLD_ROWS)
