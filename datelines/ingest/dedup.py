"""Near-duplicate detection (syndicated copies) with MinHash LSH from datasketch.

Exact duplicates are caught by the content hash; this catches copies that differ in a byline,
a first sentence or punctuation. Signatures are stored so later runs compare against earlier ones.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
# Stored signatures are only comparable under the scheme that made them; keep it explicit.
SCHEME = "affine32"
HASH_DTYPE = np.uint32
SHINGLE_WORDS = 5
WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    words = WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    mh.update_batch(list(shingles(text)))
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=HASH_DTYPE).tobytes()


def from_bytes(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=HASH_DTYPE).copy())


class NearDuplicateIndex:
    """Articles whose estimated Jaccard similarity of word 5-grams reaches `threshold` are copies."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}

    def add(self, article_id: str, mh: MinHash) -> None:
        if article_id not in self._signatures:
            self._lsh.insert(article_id, mh)
            self._signatures[article_id] = mh

    def find(self, mh: MinHash) -> str | None:
        """The most similar indexed article at or above the threshold, if any."""
        best, best_score = None, 0.0
        for candidate in self._lsh.query(mh):
            score = mh.jaccard(self._signatures[candidate])
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        return best

    def __len__(self) -> int:
        return len(self._signatures)
