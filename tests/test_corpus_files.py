"""Integrity of the demo corpus, its derived files and the development gold sets.

The corpus (examples/corpus/*.txt) is the single source; corpus.jsonl, the HTML pages and the WARC
are generated from it by examples/make_web_samples.py, and the gold files point into it by exact
strings. These tests fail as soon as an article is edited without regenerating or re-checking
what depends on it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

import pycountry
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = EXAMPLES / "corpus"
GOLD = ROOT / "evaluation" / "gold"
ARTICLES = sorted(CORPUS.glob("*.txt"))

# fmt: off
ROLES = {"GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "COP", "JUD", "LEG", "PTY", "SPY", "NGO",
         "REF", "LAB", "EDU", "REL"}
REGIONS = {"EUR", "AFR", "MEA", "ASA", "WST", "SAM", "NAM", "CAS", "SAS", "SEA"}
# fmt: on
# IGO + organisation, as documented in evaluation/gold/README.md.
IGOS = {"IGOUNO", "IGOEUREEC", "IGONAT", "IGOOSC", "IGOOPC", "IGOOAS", "IGOICC", "IGOAFU"}
MODALITIES = {"asserted", "negated", "planned", "expected", "hypothetical", "reported"}
ISO3 = {c.alpha_3 for c in pycountry.countries}


def _load_generator():
    name = "datelines_examples_make_web_samples"
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / "make_web_samples.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve their annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gen():
    return _load_generator()


@pytest.fixture(scope="module")
def actors_gold() -> list[dict]:
    return yaml.safe_load((GOLD / "actors.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def events_gold() -> list[dict]:
    return yaml.safe_load((GOLD / "events.yaml").read_text(encoding="utf-8"))


def _article_text(rel: str) -> str:
    return (EXAMPLES / rel).read_text(encoding="utf-8")


def _published(rel: str) -> str:
    return _article_text(rel)[6:16]


def is_actor_code(code: str) -> bool:
    """Country/region/IGO prefix followed by zero or more three-letter roles."""
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    for igo in IGOS:
        if code.startswith(igo):
            rest = code[len(igo) :]
            break
    else:
        if code[:3] not in ISO3 | REGIONS:
            return False
        rest = code[3:]
    return all(rest[i : i + 3] in ROLES for i in range(0, len(rest), 3))


def is_event_code(code: str) -> bool:
    return bool(re.fullmatch(r"\d{2,4}", code)) and 1 <= int(code[:2]) <= 20


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


# ---------------------------------------------------------------- corpus files


def test_corpus_size():
    assert len(ARTICLES) >= 40


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_article_layout(path: Path):
    raw = path.read_text(encoding="utf-8")
    header, title, blank, *rest = raw.split("\n")
    match = re.fullmatch(r" date (\d{4}-\d{2}-\d{2})", header)
    assert match, f"bad header {header!r}"
    dt.date.fromisoformat(match.group(1))
    assert path.name.startswith(match.group(1) + "-"), "file name must start with the publication date"
    assert title.strip() and blank == "", "title line then a blank line"
    words = len("\n".join(rest).split())
    assert 120 <= words <= 300, f"{words} words"


def test_near_copies_differ_only_at_the_top():
    """The two syndicated copies share every paragraph but their opening with the original."""
    pairs = [
        ("2016-07-16-turkey-coup", "2016-07-16-turkey-coup-wire"),
        ("2016-12-20-karlov-shot", "2016-12-20-karlov-shot-syndicated"),
    ]
    for original, copy in pairs:
        a = (CORPUS / f"{original}.txt").read_text(encoding="utf-8").split("\n\n")
        b = (CORPUS / f"{copy}.txt").read_text(encoding="utf-8").split("\n\n")
        assert a != b and a[-3:] == b[-3:]


# ---------------------------------------------------------------- derived files


def test_jsonl_matches_text_files(gen):
    lines = (EXAMPLES / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["id"] for r in records] == [p.stem for p in ARTICLES]
    for record, path in zip(records, ARTICLES):
        raw = path.read_text(encoding="utf-8")
        assert record["published"] == raw[6:16]
        assert record["title"] == raw.split("\n")[1]
        assert record["text"] in raw and record["text"].endswith(raw.rstrip()[-40:])
        assert record["url"].startswith("https://example.org/")
    assert lines == gen.corpus_jsonl_lines(gen.load_corpus(CORPUS))


def test_html_pages_are_current(gen):
    corpus = gen.load_corpus(CORPUS)
    by_id = {a.id: a for a in corpus}
    for stem in gen.HTML_ARTICLES:
        article = by_id[stem]
        page = (EXAMPLES / "web" / f"{article.slug}.html").read_text(encoding="utf-8")
        assert page == gen.render_article_page(article, gen.related_articles(article, corpus))
        assert f'<meta property="article:published_time" content="{article.published}' in page
        for tag in ("<title>", "<nav>", "<header", "<article>", "<aside", "<footer>"):
            assert tag in page


def test_warc_is_reproducible_and_complete(gen, tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    committed = EXAMPLES / "web" / "sample.warc.gz"
    fresh = tmp_path / "sample.warc.gz"
    gen.write_warc(gen.load_corpus(CORPUS), fresh)
    assert fresh.read_bytes() == committed.read_bytes()
    kinds = []
    with committed.open("rb") as stream:
        for record in ArchiveIterator(stream):
            headers = record.rec_headers
            assert headers.get_header("WARC-Date")
            if record.rec_type == "response":
                assert headers.get_header("WARC-Target-URI").startswith("https://example.org/")
                kinds.append(record.http_headers.get_statuscode())
                assert record.http_headers.get_header("Content-Type").startswith("text/html")
            else:
                kinds.append(record.rec_type)
    assert sorted(kinds) == ["200", "200", "200", "200", "404", "warcinfo"]


# ---------------------------------------------------------------- gold: actors


def test_actor_gold_size(actors_gold):
    assert len(actors_gold) >= 20
    assert sum(len(entry["mentions"]) for entry in actors_gold) >= 300


def _mention_rows():
    gold = yaml.safe_load((GOLD / "actors.yaml").read_text(encoding="utf-8"))
    return [(entry["article"], m) for entry in gold for m in entry["mentions"]]


@pytest.mark.parametrize(
    ("article", "mention"), _mention_rows(), ids=lambda v: v if isinstance(v, str) else v["text"]
)
def test_actor_mention_is_in_article(article: str, mention: dict):
    assert (EXAMPLES / article).exists()
    text = _article_text(article)
    pattern = re.compile(r"(?<!\w)" + re.escape(mention["text"]) + r"(?!\w)")
    found = len(pattern.findall(text))
    assert found >= mention.get("occurrence", 1), f"{mention['text']!r} occurs {found} times"
    assert is_actor_code(mention["code"]), mention["code"]
    assert set(mention) <= {"text", "code", "occurrence"}


# ---------------------------------------------------------------- gold: events


def test_event_gold_size(events_gold):
    assert len(events_gold) >= 150
    assert sum(1 for entry in events_gold if not entry["events"]) >= 20, "need sentences with no event"
    assert len({(e["article"], e["sentence"]) for e in events_gold}) == len(events_gold), "duplicates"
    modalities = {ev["modality"] for entry in events_gold for ev in entry["events"]}
    assert modalities == MODALITIES


def _sentence_rows():
    gold = yaml.safe_load((GOLD / "events.yaml").read_text(encoding="utf-8"))
    return [(entry["article"], entry) for entry in gold]


@pytest.mark.parametrize(
    ("article", "entry"), _sentence_rows(), ids=lambda v: v if isinstance(v, str) else v["sentence"][:40]
)
def test_event_sentence_is_whole_and_events_well_formed(article: str, entry: dict):
    assert (EXAMPLES / article).exists()
    text = _article_text(article)
    sentence = entry["sentence"]
    start = text.find(sentence)
    assert start >= 0, "sentence is not in the article"
    before = text[:start].rstrip(" ")
    assert before.endswith(("\n", ".", '"', "?", "!")), "sentence must start at a sentence boundary"
    assert sentence.endswith((".", '"', "?", "!")), "sentence must end at a sentence boundary"
    published = _published(article)
    for event in entry["events"]:
        assert set(event) <= {"source", "target", "code", "date", "modality"}
        assert event.get("source") or event.get("target")
        for code in _as_list(event.get("source", [])) + _as_list(event.get("target", [])):
            assert is_actor_code(code), code
        for code in _as_list(event["code"]):
            assert is_event_code(code), code
        assert event["modality"] in MODALITIES
        if "date" in event:
            day = event["date"]
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", day), day
            # Facts cannot postdate the article; plans cannot predate it (compared at the gold's precision).
            if event["modality"] in {"asserted", "reported"}:
                assert day <= published[: len(day)], f"{day} after publication {published}"
            if event["modality"] in {"planned", "expected"}:
                assert day >= published[: len(day)], f"{day} before publication {published}"
