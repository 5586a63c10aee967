"""The quantities component: numbers with their unit, rate, what they measure, date, modifier and
modality, each tied to the characters that state it. Writes doc._.quantities and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from datelines.model import Evidence, Quantity
from datelines.read.quantities.context import about, clause_date, modifier_before, rate
from datelines.read.quantities.modality import modality_of
from datelines.read.quantities.numbers import NumberPhrase, find_numbers
from datelines.read.quantities.rules import QuantityRules, load_rules
from datelines.read.quantities.units import MONEY, PERCENT, MeasureHit, UnitReading, measure_hits, read_unit

# Numbers inside these are times, dates or ages, which the timex component reads.
# (The model's DATE label is not used: it also covers "between 10 and 15 percent"; years, ages and
# durations are caught by the timex spans and by the unit rules instead.)
TIME_ENTITY_LABELS = {"TIME", "ORDINAL"}
# quantulum3's reading of a bare "degrees"; after a temperature it is that temperature unit.
BARE_DEGREE = "degree angle"


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
    evidence = Evidence(index, first.idx, last.idx + len(last), doc[start:end].text)
    anchor = reading.noun if reading.noun is not None else doc[reading.start : reading.end].root
    return Quantity(
        value=reading.value,
        unit=reading.unit,
        evidence=evidence,
        per=reading.per or per,
        about=reading.about or about(doc, reading, rules),
        date=clause_date(reading, doc, timexes),
        modifier=modifier,
        modality=modality_of(anchor, rules),
    )


def _range_partner(
    doc: Doc, later: list[NumberPhrase], number: NumberPhrase, rules: QuantityRules
) -> NumberPhrase | None:
    """The second number of a range ('50 and 140 kilometres'), whose unit the first one shares."""
    if not later or number.end >= len(doc) or doc[number.end].lower_ not in rules.range_links:
        return None
    gap = later[0].start - number.end
    if gap == 1 or (gap == 2 and doc[number.end + 1].text in rules.currency_symbols):  # "$5 and $7 billion"
        return later[0]
    return None


def _read_range(
    doc: Doc,
    first: NumberPhrase,
    second: NumberPhrase,
    hits: Callable[[], list[MeasureHit]],
    rules: QuantityRules,
) -> tuple[UnitReading | None, UnitReading | None]:
    """Both ends of a range share one unit and scale: '10 and 15 million people', '$2-3 billion'."""
    scale = 1.0 if first.scaled else second.scale
    own = read_unit(doc, first, hits, rules)
    other = read_unit(doc, second, hits, rules)
    if other is not None:
        start = own.start if own is not None and own.kind == MONEY else first.start
        shared_about = about(doc, other, rules)
        return replace(
            other, start=start, end=first.end, value=first.value * scale, about=shared_about
        ), other
    if own is not None and own.kind in {MONEY, PERCENT} and own.end == first.end:
        other = replace(own, start=second.start, end=second.end, value=second.value)
        return replace(own, value=first.value * scale), other
    return own, None


def read_quantities(doc: Doc, rules: QuantityRules | None = None) -> list[Quantity]:
    """Every quantity the text states, in reading order. Never more: a number without a unit or a
    counted noun, a year, an age or a small anaphoric count ("the two leaders") is not a quantity."""
    rules = rules or load_rules()
    timexes = [s for s in doc.spans.get("timex", []) if s._.timex_type]
    found: list[Quantity] = []
    temperature: str | None = None  # the last temperature unit stated ("degree Celsius")
    for index, sent in enumerate(doc.sents):
        numbers = find_numbers(doc, sent.start, sent.end, rules)
        if not numbers:
            continue
        hits = cache(partial(measure_hits, sent))  # quantulum3 runs only if a number needs it
        taken_until = sent.start
        shared: dict[int, UnitReading] = {}  # readings a range gave to its second number
        for position, number in enumerate(numbers):
            if number.start < taken_until or _in_time_expression(doc, number, timexes):
                continue
            partner = _range_partner(doc, numbers[position + 1 :], number, rules)
            if number.start in shared:
                reading = shared.pop(number.start)
            elif partner is not None:
                reading, second = _read_range(doc, number, partner, hits, rules)
                if second is not None:
                    shared[partner.start] = second
            else:
                reading = read_unit(doc, number, hits, rules)
            if reading is None:
                continue
            if reading.unit == BARE_DEGREE and temperature is not None:
                reading = replace(reading, unit=temperature)  # "below 2 degrees Celsius ... to 1.5 degrees"
            elif reading.unit.startswith("degree ") and reading.unit != BARE_DEGREE:
                temperature = reading.unit
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
