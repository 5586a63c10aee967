"""A digest (Wikipedia's Current events page, a news ticker, a morning briefing) is a column of short
items under topic headings, and each item is its own story: the country one item is set in, the
people it names and the attack it tells say nothing about the next item. Read as one article, the
items borrow each other's story country ("police" in a Ugandan item coded Pakistani because the page
named Pakistan most) and each other's antecedents. So a digest is read item by item, each with the
headings above it, and the items' Docs are joined back into one Doc of the whole text.
"""

from __future__ import annotations

import re
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from datelines.model import Event, Evidence, Quantity
from datelines.read.actors.component import EVIDENCE_KEY
from datelines.read.events.layout import HEADINGS_KEY
from datelines.read.paragraphs import CLOSING
from datelines.read.pipeline import make_doc

PARAGRAPH = re.compile(r"\S.*?(?:\n[ \t]*\n\s*|\s*\Z)", re.DOTALL)
HEADING_WORDS = 16  # (a heading may list three topics: "International sanctions during ..., United States and ...")
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
MIN_SECTIONS = 4  # headings followed by an item: fewer, and the text is an article with a few subheads
ITEMS_PER_SECTION = 3  # an article with subheads has more paragraphs under each, and longer ones


def _is_heading(paragraph: str) -> bool:
    """A one-line paragraph of a few words with no closing punctuation; not a quote's attribution
    ('—Testimony from the chief investigator')."""
    line = paragraph.strip().rstrip(INVISIBLE).strip()  # ("... in Gaza City. \u200c": an item, its period hidden)
    return bool(line) and "\n" not in line and len(line.split()) <= HEADING_WORDS and line[-1] not in CLOSING and line[0] not in "—–-"


def digest_items(text: str) -> list[str] | None:
    """The text cut into items (each with the headings above it and the blank lines after it, so that
    the items joined give the text back), or None when the text is not a digest."""
    paragraphs = [m.group(0) for m in PARAGRAPH.finditer(text)]
    if not paragraphs:
        return None
    headings = [_is_heading(p) for p in paragraphs]
    sections = sum(1 for before, now in pairwise(headings) if before and not now)
    items = [p for p, heading in zip(paragraphs, headings, strict=True) if not heading]
    if sections < MIN_SECTIONS or len(items) > ITEMS_PER_SECTION * sections or any("\n" in p.strip() for p in items):
        return None  # few sections, long ones, or paragraphs of several lines: an article with subheads
    chunks: list[str] = []
    current, has_item = text[:len(text) - len(text.lstrip())], False
    for paragraph, heading in zip(paragraphs, headings, strict=True):
        if has_item:
            chunks.append(current)
            current, has_item = "", False
        current += paragraph
        has_item = not heading
    chunks.append(current)
    return chunks if "".join(chunks) == text else None


def _heading_spans(item: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(m.group(0).rstrip())) for m in PARAGRAPH.finditer(item) if _is_heading(m.group(0))]


def _shift_evidence(evidence: Evidence, chars: int, sentences: int) -> Evidence:
    return replace(evidence, sentence=evidence.sentence + sentences, start=evidence.start + chars,
                   end=evidence.end + chars)


def join_items(docs: list[Doc], published: date) -> Doc:
    """One Doc of the whole digest: tokens, spans and their attributes (spaCy moves those), and the
    events, quantities and actor evidence of each item moved by the item's offset."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # doc-level attributes are not carried by from_docs; set below
        joined = Doc.from_docs(docs, ensure_whitespace=False)
    events: list[Event] = []
    quantities: list[Quantity] = []
    evidence: dict[tuple[int, int], str] = {}
    chars = sentences = 0
    for doc in docs:
        first = len(events)
        for event in doc._.events or []:
            announces = None if event.announces is None else event.announces + first
            events.append(replace(event, evidence=_shift_evidence(event.evidence, chars, sentences), announces=announces))
        quantities += [replace(q, evidence=_shift_evidence(q.evidence, chars, sentences)) for q in doc._.quantities or []]
        evidence.update({(s + chars, e + chars): how for (s, e), how in doc.user_data.get(EVIDENCE_KEY, {}).items()})
        chars += len(doc.text)
        sentences += sum(1 for _ in doc.sents) if len(doc) else 0
    joined._.published = published
    joined._.events = events
    joined._.quantities = quantities
    joined.user_data[EVIDENCE_KEY] = evidence
    return joined


def pipe_articles(nlp: Language, items: Iterable[tuple[str, date]], batch_size: int = 16) -> Iterator[Doc]:
    """nlp.pipe over (text, published) pairs, a digest read item by item; one Doc per pair, in order."""
    plan: deque[tuple[date, int | None]] = deque()  # per article: its date and its number of items

    def docs() -> Iterator[Doc]:
        for text, published in items:
            chunks = digest_items(text)
            plan.append((published, None if chunks is None else len(chunks)))
            for chunk in chunks or [text]:
                doc = make_doc(nlp, chunk, published)
                if chunks is not None:
                    doc.user_data[HEADINGS_KEY] = _heading_spans(chunk)
                yield doc

    piped = nlp.pipe(docs(), batch_size=batch_size)
    for doc in piped:
        published, count = plan.popleft()
        yield doc if count is None else join_items([doc, *(next(piped) for _ in range(count - 1))], published)
