"""Language identification: confident foreign texts are skipped, short or English ones kept."""

from __future__ import annotations

import json
from datetime import date

import pytest

from datelines.ingest import RawArticle, Skipped
from tests.ingest.builders import ENGLISH, FRENCH, TURKISH, dated_page, only, read_all


@pytest.mark.parametrize(("text", "lang"), [(FRENCH, "fr"), (TURKISH, "tr")])
@pytest.mark.parametrize("form", ["txt", "html", "jsonl"])
def test_foreign_article_skipped_with_detected_language(write, text: str, lang: str, form: str) -> None:
    content = {
        "txt": f"date 2018-04-03 {text}",
        "html": dated_page("2018-04-03", text),
        "jsonl": json.dumps({"text": text, "date": "2018-04-03"}) + "\n",
    }[form]
    result = only(read_all(write(f"a.{form}", content)))
    assert isinstance(result, Skipped) and result.reason == "not_english"
    assert result.detail.startswith(f"{lang} ") and result.detail.endswith("expected en")


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        "Putin and Erdogan met.",  # too short to judge, whatever the identifier says
        "AKKUYU NPP: ROSATOM, TURKSTREAM",
    ],
)
def test_english_and_short_texts_kept(write, text: str) -> None:
    assert isinstance(only(read_all(write("a.txt", f"date 2018-04-03 {text}"))), RawArticle)


def test_language_is_an_option(write) -> None:
    path = write("a.txt", f"date 2018-04-03 {FRENCH}")
    assert isinstance(only(read_all(path, language="fr")), RawArticle)
    assert isinstance(only(read_all(path, language=None)), RawArticle)
    assert only(read_all(write("b.txt", f"date 2018-04-03 {ENGLISH}"), language="fr")).reason == "not_english"


def test_language_checked_after_date(write) -> None:
    assert only(read_all(write("a.txt", FRENCH), published=None)).reason == "no_date"
    assert only(read_all(write("a.txt", FRENCH), published=date(2018, 4, 3))).reason == "not_english"
