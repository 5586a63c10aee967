"""Build the real-news corpus of evaluation/real/corpus/ from the public snapshots it comes from.

Nothing here writes or edits news text. The script copies each article's text as published,
converts the Wikipedia pages' Markdown markup to plain text by rule, records each item's source
URL, date and license, and draws (seeded) the articles to annotate.

    python evaluation/real/build_corpus.py WIKINEWS_REPO CURRENT_EVENTS_REPO

where the two arguments are git directories of the GitHub repositories vanatteveldt/wikinews
and fordred/wikinews (any clone or snapshot; the files are read with `git show HEAD:...`).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
DRAW_SEED = 2026
DRAW_SIZE = 60
DEV_SIZE = 40

WIKINEWS_FILES = ("data/wikinews_2019.csv", "data/wikinews_2020.csv")
WIKINEWS_LICENSE = "CC BY 2.5"
CURRENT_EVENTS_LICENSE = "CC BY-SA 4.0"

# A story is political when its title or opening names one of these (our own list: politics,
# diplomacy, conflict, protest, elections, justice against public figures).
POLITICAL_WORDS = re.compile(
    r"\b(president|prime minister|minister|government|parliament\w*|congress\w*|senat\w+|legislat\w+|house of representatives"
    r"|election|elected|primar(?:y|ies)|caucus\w*|campaign|impeach\w*|protest\w*|demonstrat\w*|rally|riot\w*"
    r"|military|troops|soldiers|army|armed forces|air ?strikes?|missiles?|bomb\w*|militant\w*|rebels?|insurgen\w*|terror\w*"
    r"|sanction\w*|treaty|summit|ambassador|embassy|diplomat\w*|foreign minister|secretary of state|refugee\w*"
    r"|coup|invad\w*|invasion|war|ceasefire|opposition|party|vote[sd]?|referendum|brexit|extradit\w*|dissident\w*)\b",
    re.IGNORECASE,
)
# Interviews and reviews are not news reports of events; test pages are not articles.
NOT_A_REPORT = re.compile(r"^(TEST PAGE|Wikinews (interviews|attends|discusses|investigates))|tells Wikinews|with Wikinews|^On the campaign trail", re.IGNORECASE)


def git_show(repo: Path, path: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], check=True, capture_output=True, text=True).stdout


def git_commit(repo: Path) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def slug(title: str, words: int = 6) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_title.lower())
    return "-".join(parts[:words])


def wikinews_records(repo: Path) -> list[dict[str, str]]:
    """The Wikinews articles, text as scraped; test pages left out."""
    commit = git_commit(repo)
    records = []
    for name in WIKINEWS_FILES:
        for row in csv.DictReader(io.StringIO(git_show(repo, name))):
            if row["title"].startswith("TEST PAGE"):
                continue
            records.append({
                "id": f"wn-{row['date']}-{slug(row['title'])}",
                "published": row["date"],
                "url": row["url"],
                "title": row["title"],
                "text": row["text"],
                "source": "Wikinews",
                "license": WIKINEWS_LICENSE,
                "via": f"github.com/vanatteveldt/wikinews@{commit[:12]}:{name}",
            })
    return records


_CITATION = re.compile(r"\s*\[\(\*?[^\]]*?\*?\)\]\([^)]*\)")
_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Current events page: headings and bullets become paragraphs, links their
    words; the citation links after each item, e.g. "(AP)", are references, not text, and go."""
    paragraphs = []
    for line in markdown.splitlines():
        line = _CITATION.sub("", line)
        line = _LINK.sub(lambda m: m.group(1), line)
        line = re.sub(r"^\s*(#+|\*)\s*", "", line).replace("*", "").strip()
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def current_events_records(repo: Path) -> list[dict[str, str]]:
    """Wikipedia's Current events portal, one page per day of 2025-2026 (pages whose date and
    content disagree in the snapshot are left out)."""
    commit = git_commit(repo)
    names = subprocess.run(["git", "--git-dir", str(repo), "ls-tree", "-r", "--name-only", "HEAD", "docs/_posts/"],
                           check=True, capture_output=True, text=True).stdout.split()
    records = []
    for name in sorted(names):
        page = git_show(repo, name)
        front = _FRONT_MATTER.match(page)
        if not front:
            continue
        meta = dict(line.split(": ", 1) for line in front.group(1).splitlines() if ": " in line)
        day = meta.get("date", "")
        if not re.fullmatch(r"202[56]-\d\d-\d\d", day):
            continue
        title = meta.get("title", day)
        records.append({
            "id": f"ce-{day}",
            "published": day,
            "url": "https://en.wikipedia.org/wiki/Portal:Current_events/" + title.replace(" ", "_"),
            "title": f"Current events: {title}",
            "text": markdown_to_text(page[front.end():]),
            "source": "Wikipedia Portal:Current events",
            "license": CURRENT_EVENTS_LICENSE,
            "via": f"github.com/fordred/wikinews@{commit[:12]}:{name}",
        })
    return records


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_notice(path: Path, records: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(["id", "published", "url", "license", "via"])
        for r in records:
            writer.writerow([r["id"], r["published"], r["url"], r["license"], r["via"]])


def is_political_report(record: dict[str, str]) -> bool:
    if NOT_A_REPORT.search(record["title"]):
        return False
    opening = record["title"] + " " + record["text"][:600]
    return len({m.lower() for m in POLITICAL_WORDS.findall(opening)}) >= 3


def draw(records: list[dict[str, str]]) -> tuple[list[str], list[str]]:
    """The seeded draw of the articles to annotate: DEV_SIZE development, the rest test."""
    pool = sorted(r["id"] for r in records if is_political_report(r))
    chosen = random.Random(DRAW_SEED).sample(pool, DRAW_SIZE)
    return sorted(chosen[:DEV_SIZE]), sorted(chosen[DEV_SIZE:])


def main(wikinews_repo: str, current_events_repo: str) -> None:
    wikinews = wikinews_records(Path(wikinews_repo))
    current = current_events_records(Path(current_events_repo))
    write_jsonl(CORPUS / "wikinews" / "articles.jsonl", wikinews)
    write_notice(CORPUS / "wikinews" / "NOTICE.tsv", wikinews)
    write_jsonl(CORPUS / "current-events" / "days.jsonl", current)
    write_notice(CORPUS / "current-events" / "NOTICE.tsv", current)
    dev, test = draw(wikinews)
    (HERE / "draw.json").write_text(json.dumps({"seed": DRAW_SEED, "dev": dev, "test": test}, indent=1) + "\n")
    political = sum(is_political_report(r) for r in wikinews)
    print(f"wikinews: {len(wikinews)} articles ({political} political reports); current events: {len(current)} days")
    print(f"draw: {len(dev)} dev, {len(test)} test")


if __name__ == "__main__":
    main(*sys.argv[1:3])
