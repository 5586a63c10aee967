"""Inputs for the ingest tests: articles written for them, pages, WARC archives, shortcuts."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from datelines.ingest import IngestOptions, RawArticle, Skipped, read_inputs

ENGLISH = (
    "The foreign ministers of Greece and Cyprus met in Athens on Monday to discuss gas exploration "
    "in the eastern Mediterranean. Officials said the two governments agreed to hold further talks "
    "next month and to invite Egypt to join them."
)
FRENCH = (
    "Le président russe est arrivé mardi à Ankara pour lancer le chantier de la centrale nucléaire. "
    "Les deux dirigeants ont aussi parlé du gazoduc sous la mer Noire et de la guerre en Syrie, "
    "selon des responsables turcs qui ont assisté à la rencontre."
)
TURKISH = (
    "Rusya Devlet Başkanı salı günü Ankara'ya geldi ve nükleer santralin temel atma törenine katıldı. "
    "İki lider ayrıca Karadeniz'in altından geçecek doğal gaz boru hattını ve Suriye'deki savaşı görüştü."
)


def page(body: str = ENGLISH, title: str = "Ministers meet in Athens", head: str = "") -> str:
    """A news page with boilerplate around the article, as a site would serve it."""
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.rstrip(".").split(". "))
    return (
        f"<html><head><title>{title}</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    )


def dated_page(day: str, body: str = ENGLISH) -> str:
    return page(body, head=f'<meta property="article:published_time" content="{day}T08:00:00+02:00">')


@dataclass
class WarcRecord:
    url: str
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    body: str = field(default_factory=page)
    warc_date: str = "2018-04-05T10:00:00Z"
    record_type: str = "response"


def build_warc(path: Path, records: list[WarcRecord], gzip: bool = True, warcinfo: bool = True) -> Path:
    """A WARC file as a crawler writes it: warcinfo first, then request/response pairs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        if warcinfo:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "datelines tests"}))
        for item in records:
            request = writer.create_warc_record(
                item.url,
                "request",
                payload=io.BytesIO(b""),
                http_headers=StatusAndHeaders(
                    "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
                ),
            )
            writer.write_record(request)
            http = StatusAndHeaders(item.status, [("Content-Type", item.content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    item.url,
                    item.record_type,
                    payload=io.BytesIO(item.body.encode("utf-8")),
                    http_headers=http,
                    warc_headers_dict={"WARC-Date": item.warc_date},
                )
            )
    return path


def read_all(*paths: Path | str, **options: object) -> list[RawArticle | Skipped]:
    """Every result of read_inputs for the paths, with IngestOptions built from keywords."""
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))  # type: ignore[arg-type]


def only(results: list[RawArticle | Skipped]) -> RawArticle | Skipped:
    assert len(results) == 1, results
    return results[0]
