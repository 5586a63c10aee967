"""What the real-news rule tests look at: the (source, target, root) of every event read from a text."""

from __future__ import annotations

from datetime import date

from datelines.read.reading import read


def dyads(text: str, day: date) -> set[tuple[str | None, str | None, str]]:
    return {(e.source, e.target, e.code[:2]) for e in read(text, day).events}


def actor_codes(text: str, day: date) -> set[str]:
    """The codes of the actor mentions read from a text."""
    return {code for m in read(text, day).mentions if (code := m.code)}


def has_dyad(found: set[tuple[str | None, str | None, str]], source: str | None, target: str | None, root: str) -> bool:
    """An event whose source and target start with the codes given (None: no side) and whose root is `root`."""
    def side(code: str | None, want: str | None) -> bool:
        return code is None if want is None else (code or "").startswith(want)
    return any(side(s, source) and side(t, target) and r == root for s, t, r in found)
