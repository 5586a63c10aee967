"""Shared helpers for the timex tests: a timex-only pipeline and a one-call tagger."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span

from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc

TIMEX_ONLY = ReadSettings(components=("datelines_timex",))


def tag(text: str, published: date | None) -> list[Span]:
    nlp = build_pipeline(TIMEX_ONLY)
    doc = nlp(make_doc(nlp, text, published))
    return list(doc.spans["timex"])


def find(text: str, published: date | None, expression: str) -> Span:
    spans = tag(text, published)
    matching = [s for s in spans if s.text == expression]
    assert matching, f"{expression!r} not found in {text!r}; got {[(s.text, s._.timex_value) for s in spans]}"
    return matching[0]
