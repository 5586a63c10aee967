"""The quantities component: numbers with their unit, rate, what they measure, date, modifier and
modality, each tied to the characters that state it. Writes doc._.quantities and nothing else.
"""

from __future__ import annotations

from functools import cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from datelines.model import Evidence, Quantity
from datelines.read.quantities.context import about, clause_date, modifier_before, rate
from datelines.read.quantities.modality import modality_of
from datelines.read.quantities.numbers import NumberPhrase, find_numbers
from datelines.read.quantities.rules import QuantityRules, load_rules
from datelines.read.quantities.units import UnitReading, measure_hits, read_unit

# Numbers inside these are times, dates or ages, which the timex component reads.
TIME_ENTITY_LABELS = {"DATE", "TIME", "ORDINAL"}


def _in_time_expression(doc: Doc, number: NumberPhrase, timexes: list[Span]) -> bool:
    if any(doc[i].ent_type_ in TIME_ENTITY_LABELS for i in range(number.start, number.end)):
        return True
    return any(span.start < number.end and number.start < span.end for span in timexes)


def _quantity(
    doc: Doc, sent: Span, index: int, reading: UnitReading, rules: QuantityRules, timexes: list[Span]
) -> Quantity:
    modifier, start = modifier_before(doc, reading.start, sent.start, rules)
    per, end = rate(doc, reading, sent, rules, timexes)
    first, last = doc[start], doc[end - 1]
    evidence = Evidence(index, first.idx, last.idx + len(last), doc.text[first.idx : last.idx + len(last)])
    anchor = reading.noun if reading.noun is not None else doc[reading.start : reading.end].root
    return Quantity(
        value=reading.value,
        unit=reading.unit,
        evidence=evidence,
        per=reading.per or per,
        about=about(doc, reading, rules),
        date=clause_date(reading, doc, timexes),
        modifier=modifier,
        modality=modality_of(anchor, rules),
    )


def read_quantities(doc: Doc, rules: QuantityRules | None = None) -> list[Quantity]:
    """Every quantity the text states, in reading order. Never more: a number without a unit or a
    counted noun, a year, an age or a small anaphoric count ("the two leaders") is not a quantity."""
    rules = rules or load_rules()
    timexes = [s for s in doc.spans.get("timex", []) if s._.timex_type]
    found: list[Quantity] = []
    for index, sent in enumerate(doc.sents):
        numbers = find_numbers(doc, sent.start, sent.end, rules)
        if not numbers:
            continue
        hits = cache(partial(measure_hits, sent))  # quantulum3 runs only if a number needs it
        taken_until = sent.start
        for number in numbers:
            if number.start < taken_until or _in_time_expression(doc, number, timexes):
                continue
            reading = read_unit(doc, number, hits, rules)
            if reading is None:
                continue
            found.append(_quantity(doc, sent, index, reading, rules, timexes))
            taken_until = reading.end
    return found


class QuantityReader:
    """spaCy component: match quantities, then write them to doc._.quantities."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules = load_rules()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            return self.set_annotations(doc, read_quantities(doc, self.rules))
        except Exception as error:  # noqa: BLE001 - spaCy's error handler decides (raise by default)
            error_handler(self.name, self, [doc], error)
            return doc

    def set_annotations(self, doc: Doc, quantities: list[Quantity]) -> Doc:
        doc._.quantities = quantities
        return doc

    def get_error_handler(self):
        return getattr(self, "_error_handler", _raise)

    def set_error_handler(self, error_handler) -> None:
        self._error_handler = error_handler


def _raise(name, component, docs, error):
    raise error
