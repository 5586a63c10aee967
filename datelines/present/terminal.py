"""Terminal rendering of one stored article: the text with actors, times and entities marked inline,
then its events and quantities with their evidence."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

# Where annotations overlap, the first kind listed wins: a coded actor says more than a bare entity.
LAYERS: tuple[tuple[str, str], ...] = (("mentions", "bold cyan"), ("timexes", "bold magenta"), ("entities", "yellow"))


def _label(kind: str, row: dict[str, Any]) -> str:
    if kind == "mentions":
        return row.get("code") or row.get("kind") or "?"
    if kind == "timexes":
        return f"{row['type']} {row['value']}" + (f" {row['mod']}" if row.get("mod") else "")
    return row["label"]


def annotations(article: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """Non-overlapping (start, end, label, style) marks, preferring the richer layers."""
    chosen: list[tuple[int, int, str, str]] = []
    for kind, style in LAYERS:
        for row in article.get(kind, []):
            start, end = row["start"], row["end"]
            if any(start < e and s < end for s, e, _, _ in chosen):
                continue
            chosen.append((start, end, _label(kind, row), style))
    return sorted(chosen)


def marked_text(article: dict[str, Any]) -> Text:
    text, out, cursor = article["text"], Text(), 0
    for start, end, label, style in annotations(article):
        out.append(text[cursor:start])
        out.append(text[start:end], style=style + " underline")
        out.append(f"[{label}]", style=style.replace("bold ", "dim "))
        cursor = end
    out.append(text[cursor:])
    return out


def render_article(console: Console, article: dict[str, Any]) -> None:
    console.rule(f"{article.get('title') or article['id']}")
    console.print(f"id {article['id']}  published {article['published']}  source {article.get('source')}  read by {article.get('pipeline_version')}")
    console.print(marked_text(article))
    if article.get("events"):
        table = Table(title="events (all modalities)")
        for column in ("date", "source", "code", "target", "modality", "evidence"):
            table.add_column(column)
        for ev in article["events"]:
            table.add_row(str(ev["date"]), ev["source"] or "", ev["code"], ev["target"] or "", ev["modality"], ev["evidence"]["text"][:70])
        console.print(table)
    if article.get("quantities"):
        table = Table(title="quantities")
        for column in ("value", "unit", "per", "about", "date", "modifier"):
            table.add_column(column)
        for q in article["quantities"]:
            table.add_row(f"{q['value']:g}", q["unit"], q.get("per") or "", q.get("about") or "", q.get("date") or "", q.get("modifier") or "")
        console.print(table)
