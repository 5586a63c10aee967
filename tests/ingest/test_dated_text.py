"""Dated plain text: the ` date YYYY-MM-DD` header, its fallbacks, and the canonical example file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from datelines.ingest import MalformedDate, RawArticle, Skipped, parse_dated_text
from datelines.ingest.dated_text import headline
from tests.ingest.builders import ENGLISH, only, read_all

EXAMPLE = Path(__file__).resolve().parents[3] / "shared" / "examples" / "akkuyu-2018-04-03.txt"


@pytest.mark.parametrize(
    ("raw", "published", "body"),
    [
        (
            " date 2018-04-03 Russian President Vladimir Putin is visiting.",
            date(2018, 4, 3),
            "Russian President Vladimir Putin is visiting.",
        ),
        ("date 2018-04-03\nThe body on the next line.\n", date(2018, 4, 3), "The body on the next line."),
        ("\n\n  date 2018-04-03\r\n\r\nAfter blank lines.", date(2018, 4, 3), "After blank lines."),
        ("Date: 2018-04-03\nWith a colon.", date(2018, 4, 3), "With a colon."),
        ("DATE: 2018/04/03 Slashes are unambiguous.", date(2018, 4, 3), "Slashes are unambiguous."),
        ("date\t2018-04-03T09:00:00Z Datetime header.", date(2018, 4, 3), "Datetime header."),
        ("Date 2018-04-03 Capitalized, a date follows.", date(2018, 4, 3), "Capitalized, a date follows."),
        ("No header at all.", None, "No header at all."),
        ("Date palms grow along the Nile.", None, "Date palms grow along the Nile."),
        ("dated 2018 records were found.", None, "dated 2018 records were found."),
        ("date-palm exports rose.", None, "date-palm exports rose."),
        ("", None, ""),
    ],
)
def test_parse_dated_text(raw: str, published: date | None, body: str) -> None:
    assert parse_dated_text(raw) == (published, body)


@pytest.mark.parametrize(
    "raw",
    [
        "date 2018-13-45 Text.",
        "date yesterday Text.",
        "date 03/04/2018 Text.",
        "date:\nText.",
        " date",
        "Date: soon",
    ],
)
def test_malformed_header_raises(raw: str) -> None:
    with pytest.raises(MalformedDate):
        parse_dated_text(raw)


@pytest.mark.parametrize(
    ("content", "fallback", "reason"),
    [
        (f"date 2018-13-45 {ENGLISH}", None, "malformed_date"),
        (f"date yesterday {ENGLISH}", date(2018, 4, 3), "malformed_date"),  # a wrong header is not overridden
        (ENGLISH, None, "no_date"),
        ("date 2018-04-03", None, "empty"),
        ("date 2018-04-03   \n\t ", None, "empty"),
        ("", date(2018, 4, 3), "empty"),
        ("   \n\n", date(2018, 4, 3), "empty"),
    ],
)
def test_dated_text_skips(write, content: str, fallback: date | None, reason: str) -> None:
    result = only(read_all(write("a.txt", content), published=fallback))
    assert isinstance(result, Skipped) and result.reason == reason


def test_fallback_date_for_a_file_without_header(write) -> None:
    path = write("a.txt", ENGLISH)
    result = only(read_all(path, published=date(2020, 1, 2)))
    assert result == RawArticle(ENGLISH, date(2020, 1, 2), str(path))


def test_header_date_wins_over_fallback(write) -> None:
    result = only(read_all(write("a.txt", f"date 2018-04-03 {ENGLISH}"), published=date(2020, 1, 2)))
    assert isinstance(result, RawArticle) and result.published == date(2018, 4, 3)


def test_text_is_nfc_with_unix_line_ends(write) -> None:
    decomposed = "Cafe\u0301 talks in Athens ended on Monday,\r\nofficials said."
    result = only(read_all(write("a.txt", f"date 2018-04-03\r\n{decomposed}"), language=None))
    assert isinstance(result, RawArticle)
    assert result.text == "Caf\u00e9 talks in Athens ended on Monday,\nofficials said."


def test_min_chars(write) -> None:
    path = write("a.txt", "date 2018-04-03 Short.")
    assert isinstance(only(read_all(path, min_chars=6)), RawArticle)
    assert only(read_all(path, min_chars=7)).reason == "empty"


def test_the_canonical_example_file() -> None:
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    result = only(read_all(EXAMPLE))
    assert isinstance(result, RawArticle)
    assert result.published == date(2018, 4, 3)
    assert result.source == str(EXAMPLE)
    assert "date 2018" not in result.text
    raw = EXAMPLE.read_text(encoding="utf-8")
    assert result.text == raw.split("2018-04-03", 1)[1].strip()  # the same body the read tests use


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Putin signs treaty absorbing Crimea\n\nRussian President Vladimir Putin signed a treaty.", "Putin signs treaty absorbing Crimea"),
        ("Russian President Vladimir Putin signed a treaty.\n\nHe spoke in the Kremlin.", None),  # a sentence
        ("A headline with no body\n\n", None),
        ("Two lines\nof a paragraph\n\nBody.", None),
        ("One paragraph only, no blank line", None),
    ],
)
def test_headline_becomes_the_title(body, title):
    assert headline(body) == title
