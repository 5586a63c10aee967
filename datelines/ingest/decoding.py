"""Bytes to text: refuse binary data, read UTF-8 strictly, accept a clean cp1252 fallback.

News archives mix UTF-8 with legacy Windows-1252 exports; both are read. Anything else (random
bytes, a UTF-8 file cut in the wrong encoding such as Shift-JIS) is refused rather than guessed,
because mojibake would reach the store as if it were text.
"""

from __future__ import annotations

import codecs
import unicodedata

from datelines.ingest.items import Rejected

# Control bytes that plain text does contain: tab, line feed, vertical tab, form feed, return, escape.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = frozenset(range(0x20)) - _TEXT_CONTROLS | {0x7F}
_SNIFF_BYTES = 65_536
# Above this share of control bytes, the data is not text (random bytes score ~11%).
MAX_CONTROL_RATIO = 0.02
# A cp1252 reading is believed only if few characters are non-ASCII: a Latin-1 English or French
# text has a few percent, text in another multi-byte encoding read as cp1252 is mostly accents.
MAX_FALLBACK_NON_ASCII = 0.15
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_not_binary(data: bytes) -> None:
    """Raise Rejected('binary') for NUL bytes or a high share of control bytes."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        raise Rejected("binary", "NUL byte")
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if sample and controls / len(sample) > MAX_CONTROL_RATIO:
        raise Rejected("binary", f"{controls} control bytes in the first {len(sample)}")


def decode_text(data: bytes) -> str:
    """Decode bytes of a text document, or raise Rejected('binary' | 'undecodable')."""
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Rejected("undecodable", f"UTF-16: {exc.reason} at byte {exc.start}") from None
    check_not_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        return _cp1252_fallback(data, utf8_error)


def _cp1252_fallback(data: bytes, utf8_error: UnicodeDecodeError) -> str:
    why = f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise Rejected("undecodable", f"{why}, not cp1252 (byte {data[exc.start]:#04x})") from None
    visible = [ch for ch in text if not ch.isspace()]
    non_ascii = sum(1 for ch in visible if ord(ch) > 0x7F)
    if visible and non_ascii / len(visible) > MAX_FALLBACK_NON_ASCII:
        raise Rejected("undecodable", f"{why}; as cp1252 {non_ascii}/{len(visible)} characters are non-ASCII")
    return text


def normalize_text(text: str) -> str:
    """The form every article text takes: NFC, \\n line ends, no BOM, stripped.

    Offsets of evidence spans refer to this exact string, so every reader must apply it.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text).strip()
