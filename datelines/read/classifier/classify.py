"""Nearest lexicon example by sentence embedding -> a root-level CAMEO code for an uncoded predicate."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from datelines.model import Event
from datelines.read.classifier.encoder import MODEL_PACKAGE, SentenceEncoder, load_encoder
from datelines.read.events.codes import code_facts
from datelines.read.events.extract import events_of_predicate
from datelines.read.events.lexicon import Lexicon, LexiconEntry
from datelines.read.events.modality import REPORT_VERBS
from datelines.read.events.phrases import ActorIndex
from datelines.read.events.predicates import Predicate, find_predicates

# Tuned on the even half of evaluation/gold/events.yaml (see benchmarks/bench_classifier.py).
DEFAULT_THRESHOLD = 0.75
CACHE_VERSION = "1"
VERB_POS = {"VERB"}


@dataclass(frozen=True)
class Proposal:
    event: Event
    similarity: float
    example: str  # the nearest lexicon example


def cache_root(override: Path | None = None) -> Path:
    if override is not None:
        return override
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "datelines" / "classifier"


def example_matrix(encoder: SentenceEncoder, entries: tuple[LexiconEntry, ...], lexicon_path: Path,
                   cache_dir: Path | None = None) -> np.ndarray:
    """Embeddings of every entry's example, cached on disk by a hash of the lexicon file and model."""
    digest = hashlib.sha256(Path(lexicon_path).read_bytes())
    digest.update(f"{MODEL_PACKAGE}/{CACHE_VERSION}".encode())
    path = cache_root(cache_dir) / f"examples-{digest.hexdigest()[:16]}.npy"
    if path.is_file():
        try:
            matrix = np.load(path)
            if matrix.shape == (len(entries), encoder.dimension):
                return matrix
        except (OSError, ValueError):
            pass
    matrix = encoder.encode([e.example for e in entries])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
        np.save(tmp, matrix)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home only costs the re-embedding
    return matrix


def main_predicate(sent: Span) -> Token | None:
    """The sentence's root verb, or the verb of what a reporting root says ("X said Y attacked Z")."""
    root = sent.root
    if root.lemma_.lower() in REPORT_VERBS:
        said = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in VERB_POS]
        if said:
            return said[0]
        return None  # bare "said": not an event
    return root if root.pos_ in VERB_POS else None


def _coded_by_lexicon(token: Token, sent: Span, lexicon: Lexicon) -> bool:
    for pred in find_predicates(sent, lexicon):
        if token.i in {pred.token.i, pred.anchor.i} or (pred.is_noun and pred.token.head.i == token.i):
            return True
    return False


def _has_actor(sent: Span) -> bool:
    return any(s._.actor_code and sent.start <= s.start < sent.end for s in sent.doc.spans.get("actor", []))


def _root_code(code: str) -> str:
    return code_facts(code).root + "0"


@dataclass
class EmbeddingClassifier:
    lexicon: Lexicon
    encoder: SentenceEncoder
    examples: np.ndarray  # (entries, 384), unit rows
    skip_coded_sentences: bool = True

    @classmethod
    def build(cls, lexicon: Lexicon, lexicon_path: Path, cache_dir: Path | None = None) -> EmbeddingClassifier:
        encoder = load_encoder()
        return cls(lexicon, encoder, example_matrix(encoder, lexicon.entries, lexicon_path, cache_dir))

    def candidates(self, doc: Doc) -> list[tuple[int, Span, Token]]:
        """(sentence number, sentence, main predicate) for the sentences the lexicon leaves uncoded."""
        coded_sentences = {e.evidence.sentence for e in (doc._.events or [])}
        found = []
        for number, sent in enumerate(doc.sents):
            if self.skip_coded_sentences and number in coded_sentences:
                continue
            if not _has_actor(sent):
                continue
            token = main_predicate(sent)
            if token is None or _coded_by_lexicon(token, sent, self.lexicon):
                continue
            found.append((number, sent, token))
        return found

    def propose(self, doc: Doc) -> list[Proposal]:
        """Every proposal with its similarity; the component keeps those above its threshold."""
        found = self.candidates(doc)
        if not found:
            return []
        vectors = self.encoder.encode([sent.text.strip() for _, sent, _ in found])
        sims = vectors @ self.examples.T
        published = doc._.published or date.today()
        index = ActorIndex.build(doc)
        existing = {(e.evidence.sentence, e.source, e.target) for e in (doc._.events or [])}
        proposals: list[Proposal] = []
        for (number, _sent, token), row in zip(found, sims, strict=True):
            best = int(np.argmax(row))
            nearest = self.lexicon.entries[best]
            entry = LexiconEntry(lemma=token.lemma_.lower(), code=_root_code(nearest.code), example=nearest.example,
                                 symmetric=nearest.symmetric)
            pred = Predicate(token, entry)
            for event in events_of_predicate(pred, self.lexicon, index, published, number):
                if (number, event.source, event.target) in existing:
                    continue
                existing.add((number, event.source, event.target))
                proposals.append(Proposal(replace(event, classifier="embedding"), float(row[best]), nearest.example))
        return proposals
