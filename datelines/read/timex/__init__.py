"""datelines_timex: temporal expressions recognized by data-driven rules and normalized to TIMEX3
on the publication date (doc._.published) and the tense of their clause.

Writes doc.spans["timex"] with span._.timex_type / _value / _mod / _anchor. The anchor says what a
value was computed from: None (written out in full, "July 2016"), "published" (the publication
date, "last year"), "published:<tense>" (publication date in the direction of the clause tense,
"on Monday" in a past clause), or "reference" (the last date the story mentioned, "the following
day", "a year earlier").
"""

from __future__ import annotations

import logging
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from datelines.read.extensions import register_extensions
from datelines.read.timex.recognize import Found, recognize
from datelines.read.timex.rules import RULES_FILE, RuleSet, load_rules

__all__ = ["TimexRecognizer", "load_rules", "make_component", "recognize"]

log = logging.getLogger(__name__)
SPAN_KEY = "timex"


class TimexRecognizer:
    """match(doc) finds and normalizes expressions; set_annotations(doc, found) writes them."""

    def __init__(self, nlp: Language, name: str, rules: RuleSet) -> None:
        self.name = name
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        try:
            found = self.match(doc)
        except Exception:  # never raise on a text; an empty reading is recoverable
            log.exception("datelines_timex failed on a document of %d characters", len(doc.text))
            found = []
        self.set_annotations(doc, found)
        return doc

    def match(self, doc: Doc) -> list[Found]:
        return recognize(doc, self.rules)

    def set_annotations(self, doc: Doc, found: list[Found]) -> None:
        spans = []
        for item in found:
            span = item.span
            span._.timex_type = item.type
            span._.timex_value = item.value
            span._.timex_mod = item.mod
            span._.timex_anchor = item.anchor
            spans.append(span)
        doc.spans[SPAN_KEY] = spans


@Language.factory(
    "datelines_timex",
    default_config={"rules_path": None},
    assigns=["doc.spans"],
    requires=["token.dep", "token.tag"],
)
def make_component(nlp: Language, name: str, rules_path: str | None) -> TimexRecognizer:
    register_extensions()
    return TimexRecognizer(nlp, name, load_rules(Path(rules_path) if rules_path else RULES_FILE))
