"""Content hashes for article identity: the same story, retyped with other quotes, hashes the same.

The hash is over a comparison form of the text: NFC, typographic quotes, dashes and invisible
characters folded (table in fold.tsv), case folded, whitespace collapsed. Syndicated copies of an
article differ in exactly these ways, and none of them changes what the article says.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache
from pathlib import Path

FOLD_TABLE = Path(__file__).with_name("fold.tsv")
ARTICLE_ID_LENGTH = 32  # hex chars of the content hash: collisions are out of reach at news scale
_COLUMNS = ["char", "replacement", "name"]


@lru_cache(maxsize=1)
def load_fold_table(path: Path = FOLD_TABLE) -> dict[int, str]:
    """The fold table as a str.translate mapping, checked row by row.

    Each row names its character (Unicode name, lowercase) so a wrong code point is caught here
    rather than silently folding the wrong character.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != _COLUMNS:
        raise ValueError(f"{path}: header must be {_COLUMNS}")
    table: dict[int, str] = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0].startswith("U+"):
            raise ValueError(f"{path}:{number}: expected U+XXXX<TAB>replacement<TAB>name")
        code = int(fields[0].removeprefix("U+"), base=16)
        replacement, name = fields[1], fields[2]
        if unicodedata.name(chr(code), "").lower() != name:
            raise ValueError(
                f"{path}:{number}: {fields[0]} is {unicodedata.name(chr(code), '?')!r}, not {name!r}"
            )
        if not replacement.isascii() or code in table:
            raise ValueError(f"{path}:{number}: replacement must be ASCII and each character listed once")
        table[code] = replacement
    return table


def comparison_form(text: str) -> str:
    """The text as compared for identity (not for display: offsets do not survive it)."""
    folded = unicodedata.normalize("NFC", text).translate(load_fold_table()).casefold()
    return " ".join(folded.split())


def content_hash(text: str) -> str:
    """Full sha256 hex digest of the comparison form; the store may shorten it for ids."""
    return hashlib.sha256(comparison_form(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """The id an article with this text is stored under: its content hash, shortened."""
    return content_hash(text)[:ARTICLE_ID_LENGTH]
