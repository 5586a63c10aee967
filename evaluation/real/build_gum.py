"""Build evaluation/real/corpus/gum-wikinews/ from the news documents of the GUM corpus.

Why: GUM (github.com/amir-zeldes/gum) holds 24 English Wikinews articles (`GUM_news_*`, CC BY 2.5)
from 2006-2023, a second source of real, redistributable news text besides the 2019-2020
Wikinews scrape in corpus/wikinews/. GUM keeps them only as annotated tokens, so this script
joins the tokens back into text by rule; it writes no news text of its own.

How to run it, from the project root:

    python evaluation/real/build_gum.py GUM_GIT_DIR

where GUM_GIT_DIR is a git directory of amir-zeldes/gum (any clone or bare snapshot); the files
are read with `git show HEAD:...`. It writes articles.jsonl, NOTICE.tsv and LICENSE.md in
evaluation/real/corpus/gum-wikinews/; the output depends only on the commit read.

How the text is made (the same rules are stated in the LICENSE.md it writes):
- each document's text, title, URL and date come from `dep/GUM_news_*.conllu`; the title, URL and
  date are checked against the header of `xml/GUM_news_*.xml`;
- a sentence is its tokens, each followed by a space unless GUM marks it `SpaceAfter=No` (this
  reproduces GUM's own `# text` line, which is checked), except that a "-" tagged HYPH or SYM
  standing with spaces between two all-letter words is joined to both ("six - member" ->
  "six-member"), as GUM tags and spaces it elsewhere;
- sentences of a paragraph (GUM's `# newpar`) are joined the same way, by the space after the
  last token; paragraphs, headings, block quotes and list items are separated by one blank line,
  and so is the dateline ("Friday, September 9, 2016") from what follows it;
- image captions (sentences inside a figure's caption) are left out, and so are headings left with
  no text under them (they headed image galleries) and a closing "Sources" section.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent / "corpus" / "gum-wikinews"
REPO = "github.com/amir-zeldes/gum"
LICENSE = "CC BY 2.5"
SOURCE = "Wikinews, via the GUM corpus"
MAX_DRAFT_DAYS = 7  # a Wikinews draft is published within days of the page's creation, or not at all
DOC = re.compile(r"^dep/(GUM_news_[a-z0-9]+)\.conllu$")
BLOCK = re.compile(r"^(\w+).*\((\d+) s\)$")  # "figure rend:::"..." (2 s)" -> figure, 2
WEEKDAY_DATELINE = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, ([A-Z][a-z]+) (\d{1,2}), (\d{4})$")
END_SECTIONS = {"Sources", "Related news", "External links"}  # Wikinews page sections after the article
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass
class Token:
    form: str
    xpos: str
    space_after: bool


@dataclass
class Sentence:
    text: str  # GUM's `# text` line
    tokens: list[Token]
    new_paragraph: bool
    blocks: list[tuple[str, int]]  # the blocks opening at this sentence, outermost first, with their sizes


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def parse_conllu(conllu: str) -> tuple[dict[str, str], list[Sentence]]:
    """The `# meta::` fields and the sentences of one GUM document."""
    meta: dict[str, str] = {}
    sentences: list[Sentence] = []
    new_paragraph, blocks, text, tokens = False, [], "", []
    covered_until = 0  # last word id inside a multiword token, whose surface form is its range line
    for line in conllu.splitlines():
        if line.startswith("# meta::"):
            key, _, value = line[len("# meta::"):].partition(" = ")
            meta[key] = value
        elif line == "# newpar":
            new_paragraph = True
        elif line.startswith("# newpar_block = "):
            blocks = [(m.group(1), int(m.group(2)))
                      for part in line[len("# newpar_block = "):].split(" | ")
                      if (m := BLOCK.match(part.strip()))]
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            ident, form, xpos, misc = cols[0], cols[1], cols[4], cols[9]
            if "." in ident:  # empty node, no surface form
                continue
            if "-" in ident:
                covered_until = int(ident.split("-")[1])
            elif int(ident) <= covered_until:
                continue
            tokens.append(Token(form, xpos, "SpaceAfter=No" not in misc.split("|")))
        elif not line and tokens:
            sentences.append(Sentence(text, tokens, new_paragraph, blocks))
            new_paragraph, blocks, text, tokens, covered_until = False, [], "", [], 0
    if tokens:
        sentences.append(Sentence(text, tokens, new_paragraph, blocks))
    return meta, sentences


def join_tokens(tokens: list[Token], fix_hyphens: bool) -> str:
    out = ""
    for i, tok in enumerate(tokens):
        out += tok.form
        if tok.space_after and i + 1 < len(tokens):
            out += " "
        if (fix_hyphens and tok.form == "-" and tok.xpos in ("HYPH", "SYM") and 0 < i < len(tokens) - 1
                and tokens[i - 1].space_after and tok.space_after
                and tokens[i - 1].form.isalpha() and tokens[i + 1].form.isalpha()):
            out = out[:-len(tok.form) - 2] + tok.form  # drop the spaces on both sides
    return out


def article_text(sentences: list[Sentence]) -> str:
    paragraphs: list[list] = []  # [is a heading, text]
    open_blocks: list[list] = []  # [name, sentences left] of the blocks the current sentence is in
    for sentence in sentences:
        open_blocks = [b for b in open_blocks if b[1] > 0]
        open_blocks += [[name, size] for name, size in sentence.blocks]
        in_caption = any(name == "caption" for name, _ in open_blocks)
        for block in open_blocks:
            block[1] -= 1
        plain = join_tokens(sentence.tokens, fix_hyphens=False)
        if plain != sentence.text:
            raise ValueError(f"tokens do not give GUM's text: {plain!r} != {sentence.text!r}")
        if in_caption:
            if sentence.new_paragraph:
                paragraphs.append([False, ""])
            continue
        if sentence.new_paragraph or not paragraphs:
            paragraphs.append([any(name == "head" for name, _ in sentence.blocks), ""])
        if paragraphs[-1][0] and plain in END_SECTIONS:
            paragraphs.pop()
            break
        paragraphs[-1][1] += join_tokens(sentence.tokens, fix_hyphens=True)
        paragraphs[-1][1] += " " if sentence.tokens[-1].space_after else ""
        if WEEKDAY_DATELINE.match(plain):  # the dateline is a line of its own
            paragraphs.append([False, ""])
    kept = [(heading, text.strip()) for heading, text in paragraphs if text.strip()]
    # a heading with no text under it (before the next heading or the end) headed only images
    kept = [(h, t) for i, (h, t) in enumerate(kept) if not (h and (i + 1 == len(kept) or kept[i + 1][0]))]
    return "\n\n".join(text for _, text in kept)


def xml_header(xml: str) -> dict[str, str]:
    header = xml.split("\n", 1)[0]
    if not header.startswith("<text "):
        raise ValueError(f"unexpected XML header: {header[:80]!r}")
    return {k: html.unescape(v) for k, v in re.findall(r'(\w+)="([^"]*)"', header)}


def dateline(text: str) -> str | None:
    """The date of the text's own dateline line ("Friday, September 9, 2016"), if it has one."""
    for line in text.split("\n")[:4]:
        if m := WEEKDAY_DATELINE.match(line.strip()):
            return f"{m.group(3)}-{MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"
    return None


def publication_date(created: str, shown: str | None) -> str:
    """The day Wikinews printed under the title (the text's dateline) when it falls within a week
    after the page was created (a draft published days later), else the day the page was created."""
    if shown is not None and 0 <= (date.fromisoformat(shown) - date.fromisoformat(created)).days <= MAX_DRAFT_DAYS:
        return shown
    return created


def records(repo: Path) -> tuple[str, list[dict[str, str]], list[str]]:
    commit = git(repo, "rev-parse", "HEAD").strip()
    paths = sorted(p for p in git(repo, "ls-tree", "-r", "--name-only", "HEAD", "dep/").splitlines() if DOC.match(p))
    out: list[dict[str, str]] = []
    notes: list[str] = []
    for path in paths:
        name = DOC.match(path).group(1)
        meta, sentences = parse_conllu(git(repo, "show", f"HEAD:{path}"))
        header = xml_header(git(repo, "show", f"HEAD:xml/{name}.xml"))
        for key in ("title", "sourceURL", "dateCreated"):
            if meta[key] != header[key]:
                raise ValueError(f"{name}: {key} differs between conllu and xml: {meta[key]!r} {header[key]!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["dateCreated"]):
            raise ValueError(f"{name}: bad dateCreated {meta['dateCreated']!r}")
        text = article_text(sentences)
        record = {
            "id": name.lower().replace("_", "-"),
            "published": publication_date(meta["dateCreated"], dateline(text)),
            "url": meta["sourceURL"],
            "title": meta["title"],
            "text": text,
            "source": SOURCE,
            "license": LICENSE,
            "via": f"{REPO}@{commit[:12]}:{path}",
        }
        shown = dateline(text)
        if shown != meta["dateCreated"]:
            notes.append(f"`{record['id']}`: dateCreated {meta['dateCreated']}, the text's dateline "
                         f"{shown or 'none'}; `published` {record['published']}")
        out.append(record)
    out.sort(key=lambda r: (r["published"], r["id"]))
    return commit, out, notes


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_notice(path: Path, rows: list[dict[str, str]]) -> None:
    columns = ("id", "published", "url", "license", "via")
    lines = ["\t".join(columns)] + ["\t".join(r[c] for c in columns) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_license(path: Path, commit: str, count: int, notes: list[str]) -> None:
    dates = "\n".join(f"- {note}" for note in notes) or "- none"
    path.write_text(f"""# License of `articles.jsonl`

The {count} articles are English Wikinews articles (https://en.wikinews.org), published under the
Creative Commons Attribution 2.5 Generic license (CC BY 2.5, https://creativecommons.org/licenses/by/2.5/).
Copyright: the Wikinews contributors of each article; each record's `url` is the article's page,
where its authors are listed (page history).

They were taken from the GUM corpus, GitHub repository `amir-zeldes/gum`, commit
`{commit}`: the `GUM_news_*` documents, file `dep/GUM_news_*.conllu` (path in each record's
`via` field and in `NOTICE.tsv`). GUM's LICENSE.txt gives the texts' license as:

> Wikinews/interviews:   http://creativecommons.org/licenses/by/2.5/ (Source: https://en.wikinews.org/wiki/Wikinews:Copyright)

(GUM's own annotations are CC BY 4.0; none are kept here.) `title`, `url` (GUM's `sourceURL`) and
`published` come from the document's metadata, the same in the `.conllu` and in the header of
`xml/GUM_news_*.xml`. GUM records no publication date, only `dateCreated` (the day the Wikinews page
was created), `dateModified` and `dateCollected`; `published` is the text's own dateline (the date
Wikinews prints under the title) when it falls within a week after `dateCreated` (a draft published
days later), else `dateCreated`.

The only change is of form: GUM keeps the texts as tokens, and `evaluation/real/build_gum.py`
joined them back into text by these rules:

- within a sentence, each token is followed by a space unless GUM marks it `SpaceAfter=No`
  (this gives exactly GUM's `# text` line for every sentence), except that a `-` tagged `HYPH`
  or `SYM` with a space on both sides between two all-letter words is joined to both
  (GUM's "six - member" becomes "six-member", "Scientology - owned" becomes "Scientology-owned");
- the sentences of one GUM paragraph (`# newpar`) are joined by one space, or none when the last
  token is `SpaceAfter=No`; paragraphs, headings (the title heading first), block quotes and list
  items are separated by one blank line, and so is the text's dateline line ("Friday, September 9,
  2016") from what follows it (in `gum-news-flag` GUM has them in one paragraph);
- left out: image captions and credits (sentences inside a `caption` of a `figure`); headings
  left with no text under them (the photo-gallery headings "Disney", "Superheroes", "Anime",
  "Video games, movies, and more" at the end of `gum-news-expo`); and a closing `Sources` section
  with everything after it (only `gum-news-sensitive` has one: four source citations and the
  Wikinews category line);
- nothing else: spellings GUM marks as `sic`, the text's own dateline line, and its punctuation
  are kept as GUM has them.

The text is GUM's version of each article, which may differ from the current Wikinews page.

Articles whose dateline is not their `dateCreated`:
{dates}

`gum-news-imprisoned`'s dateline in GUM, "Thursday, May 7, 2015", is not the article's; the Wikinews
page shows "Friday, December 2, 2011", its `dateCreated`, which is its `published`.
""", encoding="utf-8")


def main(gum_git_dir: str) -> None:
    commit, rows, notes = records(Path(gum_git_dir))
    OUT.mkdir(parents=True, exist_ok=True)
    write_jsonl(OUT / "articles.jsonl", rows)
    write_notice(OUT / "NOTICE.tsv", rows)
    write_license(OUT / "LICENSE.md", commit, len(rows), notes)
    print(f"gum-wikinews: {len(rows)} articles from {REPO}@{commit[:12]}")
    for note in notes:
        print("note:", note)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
