"""Actor mentions shown in their text, for `datelines show ID`: "[Russian President Vladimir Putin|RUSGOV]"."""

from __future__ import annotations

from collections.abc import Iterable

from datelines.model import Mention


def mark_mentions(text: str, mentions: Iterable[Mention], uncoded: bool = False) -> str:
    """The text with each coded mention wrapped as [words|CODE]. Where mentions overlap, the one that
    starts first (and, on a tie, the longer) is marked and the other left plain."""
    chosen, end = [], -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if (m.code or uncoded) and m.start >= end:
            chosen.append(m)
            end = m.end
    parts, position = [], 0
    for m in chosen:
        parts += [text[position:m.start], f"[{text[m.start:m.end]}|{m.code or '?'}]"]
        position = m.end
    parts.append(text[position:])
    return "".join(parts)
