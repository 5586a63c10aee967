"""Language identification (py3langid), loaded once per process.

Only a confident verdict on a text long enough to judge skips an article: a short English text
full of names ("Putin and Erdogan met.") gets a low, arbitrary label and must not be lost.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

# Enough text to judge (~1.5 ms): the cost grows with length and the verdict does not change.
_SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # imported and loaded at the first use

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability (0..1) of the text's language."""
    lang, confidence = _identifier().classify(text[:_SAMPLE_CHARS])
    return lang, float(confidence)


def language_mismatch(
    text: str, expected: str, min_chars: int = 40, min_confidence: float = 0.5
) -> str | None:
    """A reason detail ("fr 0.99, expected en") when the text is confidently in another language."""
    if len(text) < min_chars:
        return None
    lang, confidence = detect_language(text)
    if lang == expected or confidence < min_confidence:
        return None
    return f"{lang} {confidence:.2f}, expected {expected}"
