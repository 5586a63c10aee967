"""Finding actor mention candidates: gazetteer phrases and NER entities, as token spans with a code.

Candidates from every source are collected first and resolved later (`resolve_overlaps`), so one
rule never has to know what the others found.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from datelines.read.actors.geocode import geocode
from datelines.read.actors.tables import Gazetteer

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class Candidate:
    """A possible actor mention: token span, code (None when unknown), kind, canonical name."""

    start: int
    end: int
    code: str | None
    kind: str
    name: str | None = None
    why: str = ""  # which rule made it: shown in debugging, kept out of the Doc
    rank: int = 0  # among candidates on the same span, the higher rank wins


@dataclass(frozen=True)
class PhraseHit:
    label: str  # COUNTRY | DEMONYM | CAPITAL | SEAT | REGION | REGION_ADJ | IGO
    code: str
    start: int
    end: int


def build_phrase_matcher(nlp: Language, gaz: Gazetteer) -> PhraseMatcher:
    """One PhraseMatcher over every gazetteer table, matching exact spelling (ORTH)."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    tables = {**gaz.phrases(), "REGION_ADJ": gaz.region_adjectives}
    for label, table in tables.items():
        matcher.add(label, list(nlp.tokenizer.pipe(table.keys())))
    return matcher


def phrase_hits(doc: Doc, matcher: PhraseMatcher, gaz: Gazetteer) -> dict[int, PhraseHit]:
    """Token index -> the longest gazetteer phrase covering it."""
    tables = {**gaz.phrases(), "REGION_ADJ": gaz.region_adjectives}
    spans = [Span(doc, s, e, label=m) for m, s, e in matcher(doc)]
    # "the West" must not swallow "the West Bank": a phrase that only adds an article loses to the name
    # that starts right after it
    ends = {}
    for span in spans:
        ends[span.start] = max(ends.get(span.start, 0), span.end)
    spans = [span for span in spans if not (span[0].lower_ == "the" and ends.get(span.start + 1, 0) > span.end)]
    spans = [span for span in spans if not stance_prefixed(doc, span.start) and not _new_namesake(span)
             and not (span.label_ == "DEMONYM" and names_a_language(span))]
    index: dict[int, PhraseHit] = {}
    for span in filter_spans(spans):
        hit = PhraseHit(span.label_, tables[span.label_][span.text], span.start, span.end)
        for i in range(span.start, span.end):
            index[i] = hit
    for hit in _elided_names(doc, index, tables):
        index[hit.start] = hit
    return index


LANGUAGE_WORDS = {"language", "speaking", "speaker", "speakers", "medium"}
LANGUAGE_VERBS = {"speak", "teach", "learn", "study"}


def names_a_language(span: Span) -> bool:
    """'the Russian-language newspaper', 'reported in English', 'speaks Arabic': a demonym that names a
    language, not a people or a state."""
    doc = span.doc
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in LANGUAGE_WORDS:
        return True
    head = span.root
    if len(span) != 1 or head.text.endswith("s") or any(c.dep_ in {"det", "amod", "compound"} for c in head.children):
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # ("speaks Arabic and English")
    return (head.dep_ == "pobj" and head.head.lower_ in {"in", "into"}) or (
        head.dep_ == "dobj" and head.head.lemma_.lower() in LANGUAGE_VERBS)


def _elided_names(doc: Doc, index: dict[int, PhraseHit], tables: dict[str, dict[str, str]]) -> list[PhraseHit]:
    """'North and South Korea', 'East and West Germany': the first of two names that share their last
    words, written once ("North" + "Korea" is North Korea)."""
    found = []
    for i in range(len(doc) - 3):
        partner = elided_partner(doc, index, i)
        if i in index or partner is None or not doc[i].is_title:
            continue
        name = " ".join([doc[i].text, *(t.text for t in doc[partner.start + 1:partner.end])])
        code = tables.get(partner.label, {}).get(name)
        if code is not None:
            found.append(PhraseHit(partner.label, code, i, i + 1))
    return found


def elided_partner(doc: Doc, index: dict[int, PhraseHit], i: int) -> PhraseHit | None:
    """The name of two or more words two tokens after `i`, past an 'and'/'or' ("North and South Korea")."""
    hit = index.get(i + 2)
    if i + 2 >= len(doc) or doc[i + 1].lower_ not in {"and", "or"} or hit is None:
        return None
    return hit if hit.start == i + 2 and hit.end - hit.start >= 2 else None


def _new_namesake(span: Span) -> bool:
    """'New Mexico', 'New Jersey': a place named after a country is not that country."""
    return span.label_ == "COUNTRY" and span.start >= 1 and span.doc[span.start - 1].text == "New"


def stance_before(doc: Doc, start: int) -> str | None:
    """'pro' or 'anti' when written right before doc[start] ("pro-Palestine", "anti-American"), else None."""
    before = [t.lower_ for t in doc[max(0, start - 2): start]]
    if before and before[-1] in ("pro", "anti", "pro-", "anti-"):
        return before[-1].rstrip("-")
    return before[0] if before in (["pro", "-"], ["anti", "-"]) else None


def stance_prefixed(doc: Doc, start: int) -> bool:
    """'a pro-Palestine protest in London', 'anti-American protesters': the country is the cause, not an actor."""
    return stance_before(doc, start) is not None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading determiner and a trailing possessive/punctuation: "the Free Syrian Army" ->
    "Free Syrian Army", "Turkey's" -> "Turkey"."""
    while start < end - 1 and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return start, end


REGION_NAME_WORDS = 4  # "Kharkiv Oblast", "Khyber Pakhtunkhwa province": a region's name is short
HOLDING_PLACES = 2  # a region and the country that holds it


def held_by_region(doc: Doc, start: int, end: int) -> int | None:
    """"Pechenihy, Kharkiv Oblast", "Sabuwa, Katsina State": a town no gazetteer knows, written with the
    region that holds it, is a place of the region's country; the end of the region's name, when the
    gazetteer knows that region."""
    stop = end
    for _ in range(HOLDING_PLACES):  # ("San Juan de Arama, Meta Department, Colombia": the country holds both)
        if stop >= len(doc) or doc[stop].text != ",":
            return None
        start = stop = stop + 1
        while stop < len(doc) and stop - start < REGION_NAME_WORDS and doc[stop].pos_ == "PROPN":
            stop += 1
        if stop == start:
            return None
        if geocode(doc[end + 1:stop].text) or geocode(doc[start:stop].text):
            return stop  # (a region no gazetteer knows, then one it knows: "Marantao, Lanao del Sur, Philippines")
    return None


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per span (highest rank), and no coded candidate inside a longer coded one:
    "Turkey" inside "Turkey's tourism minister" is part of that mention, not a second actor."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in candidates:
        key = (c.start, c.end)
        if key not in best or c.rank > best[key].rank or (c.rank == best[key].rank and c.code and not best[key].code):
            best[key] = c
    ordered = sorted(best.values(), key=lambda c: (-(c.end - c.start), -c.rank))
    kept: list[Candidate] = []
    for c in ordered:
        inside = any(k.start <= c.start and c.end <= k.end and (k.code or not c.code) for k in kept)
        if not inside:
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))
