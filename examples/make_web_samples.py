"""Regenerate the derived forms of the demo corpus: JSON Lines, HTML pages and a WARC file.

The plain-text files in ``examples/corpus/`` are the single source. Everything written here is
derived from them, so the JSONL, HTML and WARC samples cannot drift away from the articles.
Output is deterministic: fixed dates, record ids derived from the URL, no randomness (warcio's
gzip members carry no timestamp), so a second run writes the same bytes.

Each JSONL record is ``{"id", "published", "title", "url", "text"}``: ``id`` is the file stem,
``text`` the body after the title line (paragraphs separated by blank lines), ``url`` an invented
https://example.org/news/YYYY/MM/DD/<slug> address.

Usage: ``python examples/make_web_samples.py`` (stdlib + warcio).
"""

from __future__ import annotations

import html
import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EXAMPLES = Path(__file__).resolve().parent
CORPUS_DIR = EXAMPLES / "corpus"
JSONL_PATH = EXAMPLES / "corpus.jsonl"
WEB_DIR = EXAMPLES / "web"
URL_BASE = "https://example.org/news"
HEADER_RE = re.compile(r"^ date (\d{4}-\d{2}-\d{2})$")

# Articles rendered as stand-alone pages and the ones packed into the WARC (by file stem).
HTML_ARTICLES = ("2015-11-24-jet-downing", "2018-10-20-khashoggi-saudi-admission")
WARC_ARTICLES = (
    "2015-11-24-jet-downing",
    "2016-07-16-turkey-coup",
    "2018-03-27-skripal-coordinated-expulsions",
    "2019-10-23-sochi-memorandum",
)
MISSING_URL = f"{URL_BASE}/2019/10/24/page-that-was-removed"
# Fixed namespace so that WARC-Record-IDs are stable across runs.
RECORD_NS = uuid.UUID("6f2d3c1e-8a57-4d0b-9a3e-1c6b2f7d9e40")


@dataclass(frozen=True)
class CorpusArticle:
    """One demo article as parsed from its ``.txt`` file."""

    id: str
    published: str
    title: str
    url: str
    text: str

    def as_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "text": self.text,
        }

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    @property
    def slug(self) -> str:
        """The stem without its leading date (``2015-11-24-jet-downing`` -> ``jet-downing``)."""
        return self.id[11:]


def parse_article_file(path: Path) -> CorpusArticle:
    """Parse ``' date YYYY-MM-DD'``, then the title line, a blank line and the paragraphs."""
    raw = path.read_text(encoding="utf-8")
    header, _, rest = raw.partition("\n")
    match = HEADER_RE.match(header)
    if match is None:
        raise ValueError(f"{path.name}: first line must be ' date YYYY-MM-DD', got {header!r}")
    published = match.group(1)
    title, _, body = rest.partition("\n")
    if not title.strip() or not body.startswith("\n"):
        raise ValueError(f"{path.name}: expected a title line followed by a blank line")
    year, month, day = published.split("-")
    stem = path.stem
    url = f"{URL_BASE}/{year}/{month}/{day}/{stem[11:]}"
    return CorpusArticle(stem, published, title.strip(), url, body.strip())


def load_corpus(corpus_dir: Path = CORPUS_DIR) -> list[CorpusArticle]:
    """All articles of the demo corpus, ordered by file name (publication date first)."""
    return [parse_article_file(p) for p in sorted(corpus_dir.glob("*.txt"))]


def corpus_jsonl_lines(articles: list[CorpusArticle]) -> list[str]:
    """One compact JSON object per article, in corpus order."""
    return [json.dumps(a.as_json(), ensure_ascii=False) for a in articles]


def write_jsonl(articles: list[CorpusArticle], path: Path = JSONL_PATH) -> None:
    """Write the corpus as JSON Lines (id, published, title, url, text), newline-terminated."""
    path.write_text("\n".join(corpus_jsonl_lines(articles)) + "\n", encoding="utf-8")


NAV_SECTIONS = ("World", "Europe", "Middle East", "Asia", "Americas", "Business", "Opinion")
FOOTER_LINKS = ("About us", "Contact", "Terms of use", "Privacy policy", "Cookie settings", "Archive")


def render_article_page(article: CorpusArticle, related: list[CorpusArticle]) -> str:
    """A news page with the usual clutter around the story, for main-text extractors."""
    esc = html.escape
    nav = "\n".join(
        f'        <li><a href="{URL_BASE}/{s.lower().replace(" ", "-")}">{esc(s)}</a></li>'
        for s in NAV_SECTIONS
    )
    body = "\n".join(f"      <p>{esc(p)}</p>" for p in article.paragraphs)
    aside = "\n".join(f'        <li><a href="{esc(r.url)}">{esc(r.title)}</a></li>' for r in related)
    footer = "\n".join(
        f'      <a href="https://example.org/{s.lower().replace(" ", "-")}">{esc(s)}</a>'
        for s in FOOTER_LINKS
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(article.title)} | Example News</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="{esc(article.paragraphs[0][:150])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(article.title)}">
  <meta property="og:url" content="{esc(article.url)}">
  <meta property="article:published_time" content="{article.published}T09:00:00+00:00">
  <meta property="article:section" content="World">
  <link rel="canonical" href="{esc(article.url)}">
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="https://example.org/cookie-settings">Manage settings</a></div>
  <header class="site-header">
    <a class="logo" href="https://example.org/">Example News</a>
    <form class="search" action="https://example.org/search"><input name="q" placeholder="Search"></form>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{esc(article.title)}</h1>
      <p class="byline">By Example News staff | <time datetime="{article.published}">{article.published}</time></p>
{body}
    </article>
    <div class="share">Share this story: <a href="#">Email</a> <a href="#">Print</a></div>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{aside}
      </ul>
      <div class="newsletter">Sign up for our morning briefing. <a href="https://example.org/newsletter">Subscribe</a></div>
    </aside>
  </main>
  <footer>
    <nav class="footer-links">
{footer}
    </nav>
    <p>&copy; Example News. All rights reserved. Example News is not responsible for the content of external sites.</p>
  </footer>
</body>
</html>
"""


def render_not_found_page() -> str:
    """The page a removed URL answers with (stored as a 404 response in the WARC)."""
    return """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Page not found | Example News</title></head>
<body><header><a href="https://example.org/">Example News</a></header>
<main><h1>Page not found</h1><p>The page you asked for has been moved or removed.</p></main>
<footer><a href="https://example.org/about-us">About us</a></footer>
</body>
</html>
"""


def related_articles(article: CorpusArticle, corpus: list[CorpusArticle], n: int = 3) -> list[CorpusArticle]:
    """The n articles published closest in time (deterministic: ties broken by id)."""
    others = [a for a in corpus if a.id != article.id]
    return sorted(others, key=lambda a: (abs(_ordinal(a.published) - _ordinal(article.published)), a.id))[:n]


def _ordinal(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def write_html_pages(corpus: list[CorpusArticle], web_dir: Path = WEB_DIR) -> list[Path]:
    """Write ``web/<slug>.html`` for each article in HTML_ARTICLES; returns the paths written."""
    by_id = {a.id: a for a in corpus}
    paths = []
    for stem in HTML_ARTICLES:
        article = by_id[stem]
        path = web_dir / f"{article.slug}.html"
        path.write_text(render_article_page(article, related_articles(article, corpus)), encoding="utf-8")
        paths.append(path)
    return paths


def _http_response(writer: WARCWriter, url: str, status: str, page: str, warc_date: str) -> ArcWarcRecord:
    payload = page.encode("utf-8")
    http_headers = StatusAndHeaders(
        status,
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(payload))),
            ("Server", "example-news"),
        ],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(payload),
        length=len(payload),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(RECORD_NS, url)}>",
            "WARC-Date": warc_date,
        },
    )


def write_warc(corpus: list[CorpusArticle], path: Path = WEB_DIR / "sample.warc.gz") -> None:
    """One warcinfo record, four HTTP 200 article pages and one 404 page, gzipped per record."""
    by_id = {a.id: a for a in corpus}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        info = b"software: datelines examples/make_web_samples.py\r\nformat: WARC File Format 1.0\r\n"
        writer.write_record(
            writer.create_warc_record(
                "",
                "warcinfo",
                payload=BytesIO(info),
                length=len(info),
                warc_content_type="application/warc-fields",
                warc_headers_dict={
                    "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(RECORD_NS, path.name)}>",
                    "WARC-Date": "2019-10-24T12:00:00Z",
                    "WARC-Filename": path.name,
                },
            )
        )
        for stem in WARC_ARTICLES:
            article = by_id[stem]
            page = render_article_page(article, related_articles(article, corpus))
            # Crawled the day after publication, at a fixed hour.
            crawl_day = _crawl_date(article.published)
            writer.write_record(_http_response(writer, article.url, "200 OK", page, crawl_day))
        writer.write_record(
            _http_response(
                writer, MISSING_URL, "404 Not Found", render_not_found_page(), "2019-10-24T12:05:00Z"
            )
        )


def _crawl_date(published: str) -> str:
    return (date.fromisoformat(published) + timedelta(days=1)).isoformat() + "T06:30:00Z"


def main() -> None:
    corpus = load_corpus()
    write_jsonl(corpus)
    WEB_DIR.mkdir(exist_ok=True)
    pages = write_html_pages(corpus)
    write_warc(corpus)
    print(
        f"{len(corpus)} articles -> {JSONL_PATH.name}; {len(pages)} html pages; {WEB_DIR.name}/sample.warc.gz"
    )


if __name__ == "__main__":
    main()
