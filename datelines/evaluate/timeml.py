"""TimeML reading and the TempEval-3 timex scorer (datelines or dateparser as the tagger).

The metric is reimplemented from its definition (../shared/eval/timex/README.md): strict = identical
character spans, relaxed = any overlap (each gold timex matched once), attribute F1 = matches with the
same attribute over system (precision) and gold (recall) counts. The DCT is never scored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class TimexTag:
    """One TIMEX3 (gold or system) as character offsets into the raw text."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    text: str = ""


@dataclass
class TimeMLDocument:
    name: str
    text: str
    published: date | None
    timexes: list[TimexTag] = field(default_factory=list)


def _walk(element: ET.Element, parts: list[str], tags: list[TimexTag], offset: int) -> int:
    """Append the element's text to parts; record TIMEX3 spans. Returns the new offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, tags, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        attrs = element.attrib
        tags.append(TimexTag(start, offset, attrs.get("type", ""), attrs.get("value", ""), attrs.get("mod")))
    return offset


def _published(root: ET.Element) -> date | None:
    dct = root.find("DCT/TIMEX3")
    if dct is None:
        return None
    try:
        return date.fromisoformat(dct.attrib.get("value", "")[:10])
    except ValueError:
        return None


def read_timeml(path: Path) -> TimeMLDocument:
    """Raw text of the TEXT element (all tags removed) and its TIMEX3 tags with offsets."""
    root = ET.parse(path).getroot()
    text_element = root.find("TEXT")
    parts: list[str] = []
    tags: list[TimexTag] = []
    if text_element is not None:
        _walk(text_element, parts, tags, 0)
    text = "".join(parts)
    tags = [TimexTag(t.start, t.end, t.type, t.value, t.mod, text[t.start : t.end]) for t in tags]
    tags.sort(key=lambda t: (t.start, t.end))
    return TimeMLDocument(path.stem, text, _published(root), tags)


PARTS = ("all", "odd", "even")


def timeml_files(path: Path, part: str = "all") -> list[Path]:
    """A .tml file, or every .tml file under a folder (sorted, so runs are repeatable); `part` odd or
    even keeps the 1st, 3rd, 5th... or the 2nd, 4th... of them (AQUAINT's odd half is development
    data, its even half the report)."""
    path = Path(path)
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    if part == "all":
        return files
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; choose one of {PARTS}")
    return files[0::2] if part == "odd" else files[1::2]


# --- taggers -------------------------------------------------------------------------------------


def datelines_tagger(documents: list[TimeMLDocument], batch_size: int = 8) -> Iterator[list[TimexTag]]:
    """Run the datelines timex component alone (a lighter pipeline) over the documents."""
    from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc

    nlp = build_pipeline(ReadSettings(components=("datelines_timex",)))
    docs = (make_doc(nlp, d.text, d.published) for d in documents)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        yield [
            TimexTag(s.start_char, s.end_char, s._.timex_type or "", s._.timex_value or "", s._.timex_mod, s.text)
            for s in doc.spans.get("timex", [])
        ]


def dateparser_tagger(documents: list[TimeMLDocument]) -> Iterator[list[TimexTag]]:
    """The baseline a Python user would pick: dateparser.search.search_dates, relative to the DCT."""
    from datetime import datetime

    from dateparser.search import search_dates

    for document in documents:
        base = datetime.combine(document.published or date.today(), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
        try:
            found = search_dates(document.text, languages=["en"], settings=settings) or []
        except Exception:  # noqa: BLE001 - a baseline failing on a document scores as no output
            found = []
        tags: list[TimexTag] = []
        cursor = 0
        for substring, moment in found:
            start = document.text.find(substring, cursor)
            if start < 0:
                continue
            cursor = start + len(substring)
            has_time = (moment.hour, moment.minute, moment.second) != (0, 0, 0)
            value = moment.strftime("%Y-%m-%dT%H:%M") if has_time else moment.date().isoformat()
            tags.append(TimexTag(start, cursor, "TIME" if has_time else "DATE", value, None, substring))
        yield tags


TAGGERS = {"datelines": datelines_tagger, "dateparser": dateparser_tagger}


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type: int = 0
    value: int = 0


def match_document(gold: list[TimexTag], system: list[TimexTag], counts: Counts) -> list[tuple[TimexTag, TimexTag]]:
    """Add one document's matches to counts; return the relaxed (gold, system) pairs."""
    counts.gold += len(gold)
    counts.system += len(system)
    spans = {(g.start, g.end) for g in gold}
    counts.strict += sum(1 for s in system if (s.start, s.end) in spans)
    used: set[int] = set()
    pairs: list[tuple[TimexTag, TimexTag]] = []
    for s in system:
        for index, g in enumerate(gold):
            if index not in used and g.start < s.end and s.start < g.end:
                used.add(index)
                pairs.append((g, s))
                break
    counts.relaxed += len(pairs)
    counts.type += sum(1 for g, s in pairs if g.type == s.type)
    counts.value += sum(1 for g, s in pairs if g.value == s.value)
    return pairs


def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = hits / system if system else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def figures_from_counts(counts: Counts, documents: int) -> dict:
    strict = _prf(counts.strict, counts.system, counts.gold)
    relaxed = _prf(counts.relaxed, counts.system, counts.gold)
    return {
        "strict_precision": strict[0],
        "strict_recall": strict[1],
        "strict_f1": strict[2],
        "relaxed_precision": relaxed[0],
        "relaxed_recall": relaxed[1],
        "relaxed_f1": relaxed[2],
        "type_f1": _prf(counts.type, counts.system, counts.gold)[2],
        "value_f1": _prf(counts.value, counts.system, counts.gold)[2],
        "documents": documents,
        "gold": counts.gold,
        "system": counts.system,
    }


def score(gold: Iterable[list[TimexTag]], system: Iterable[list[TimexTag]]) -> dict:
    """TE-3 figures over paired per-document tag lists."""
    counts = Counts()
    documents = 0
    for g, s in zip(gold, system, strict=True):
        match_document(g, s, counts)
        documents += 1
    return figures_from_counts(counts, documents)


def evaluate_timeml(path: Path, tagger: str = "datelines", part: str = "all") -> dict:
    """Read a .tml file or folder (or its odd or even half), tag the raw texts, and return the TE-3 figures."""
    if tagger not in TAGGERS:
        raise ValueError(f"unknown tagger {tagger!r}; choose one of {sorted(TAGGERS)}")
    documents = [read_timeml(p) for p in timeml_files(Path(path), part)]
    if not documents:
        raise FileNotFoundError(f"no .tml files at {path}")
    system = list(TAGGERS[tagger](documents))
    figures = score([d.timexes for d in documents], system)
    figures["tagger"] = tagger
    figures["part"] = part
    return figures


def format_report(figures: dict) -> str:
    """The figures as a short table for people."""
    title = (
        f"TempEval-3 timex figures ({figures.get('tagger', 'datelines')}): "
        f"{figures['documents']} documents, {figures['gold']} gold, {figures['system']} system timexes"
    )
    lines = [
        title,
        f"{'':10} {'P':>7} {'R':>7} {'F1':>7}",
    ]
    for kind in ("strict", "relaxed"):
        lines.append(
            f"{kind:10} {figures[kind + '_precision']:7.4f} {figures[kind + '_recall']:7.4f} {figures[kind + '_f1']:7.4f}"
        )
    lines.append(f"{'type F1':10} {'':>7} {'':>7} {figures['type_f1']:7.4f}")
    lines.append(f"{'value F1':10} {'':>7} {'':>7} {figures['value_f1']:7.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """`python -m datelines.evaluate.timeml PATH [--json] [--tagger datelines|dateparser]`, the same
    figures as `datelines evaluate timex`, for use before the CLI is wired."""
    import argparse
    import json

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("path", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    parser.add_argument("--tagger", choices=sorted(TAGGERS), default="datelines")
    args = parser.parse_args(argv)
    figures = evaluate_timeml(args.path, args.tagger)
    print(json.dumps(figures) if args.json else format_report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
