"""The event judge: how likely an event's coding (source, target, root, date, modality) is right.

The rules find candidates; the judge weighs what they found by the signs that told right from
wrong on the real-news development gold: a logistic model over a handful of features of the event
and its sentence, trained by `evaluation/real/train_judge.py` and kept as data in
`ontology/event_judge.json` (weights and the record threshold). Listings show events at or above
the threshold by default, so an analyst sees fewer events, more of them right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from datelines.model import Event
from datelines.ontology.event_judge import judge_data
from datelines.read.actors.tables import gazetteer
from datelines.read.events.state_roles import source_role, target_role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS = {"he", "she", "it", "they", "his", "her", "its", "their", "him", "them", "this", "that", "who", "which"}
ROOT_GROUPS = {  # roots grouped by how they are said, so that a small gold can weigh them
    "statement": {"01", "02", "10", "11", "12", "13"},
    "diplomacy": {"03", "04", "05"},
    "material": {"06", "07", "08"},
    "coercion": {"09", "14", "15", "16", "17"},
    "force": {"18", "19", "20"},
}


def feature_names() -> list[str]:
    return [
        "bias", "has_source", "has_target", "both_sides", "source_role", "target_role",
        "source_in_sentence", "target_in_sentence", "source_pronoun", "trigger_noun", "trigger_in_quote",
        "log_sentence_length", "log_events_in_sentence", "asserted", "dated_by_text",
        "trigger_to_source", "trigger_to_target", "source_only_country", *[f"group_{g}" for g in ROOT_GROUPS],
    ]


def _only_country_against_own(event: Event) -> bool:
    """A source coded as a bare country acting on a body of that same country: most often a person or
    group whose affiliation was not found ("a Republican assemblywoman" read as USA against USAGOV)."""
    source, target = event.source or "", event.target or ""
    return len(source) == 3 and len(target) > 3 and target.startswith(source)


def _named_role(code: str | None, words: str | None, inferred: str | None) -> bool:
    """A role the words name ("the Russian army"), not the one state_roles gives a state named bare
    ("Russia" striking: RUSMIL): the judge weighs what the text says."""
    if not code or len(code) <= 3:
        return False
    return not (code[3:] == inferred and bool(words) and gazetteer().country_of(words) == code[:3])


def _actor_in(sentence: str, words: str | None) -> bool:
    return bool(words) and words in sentence


def _trigger_token(sentence: Span, event: Event) -> Token | None:
    first = event.trigger.split()[0] if event.trigger else None
    return next((t for t in sentence if t.text == first), None) if first else None


def _in_quote(sentence: Span, token: Token | None) -> bool:
    if token is None:
        return False
    before = sentence.doc.text[sentence.start_char:token.idx]
    return (before.count('"') + before.count("“") - before.count("”")) % 2 == 1


def _distance(sentence: Span, token: Token | None, words: str | None) -> float:
    """Characters between the trigger and the actor's words, scaled; 1.0 when not in the sentence."""
    if token is None or not words:
        return 1.0
    at = sentence.text.find(words)
    if at < 0:
        return 1.0
    return min(abs(sentence.start_char + at - token.idx) / 200.0, 1.0)


def event_features(event: Event, doc: Doc, sentences: list[Span], per_sentence: dict[int, int]) -> list[float]:
    sentence = sentences[event.evidence.sentence] if event.evidence.sentence < len(sentences) else doc[:]
    text = sentence.text
    token = _trigger_token(sentence, event)
    group = next((g for g, roots in ROOT_GROUPS.items() if event.root in roots), "")
    values = {
        "bias": 1.0,
        "has_source": float(event.source is not None),
        "has_target": float(event.target is not None),
        "both_sides": float(event.source is not None and event.target is not None),
        "source_role": float(_named_role(event.source, event.source_text, source_role(event.code))),
        "target_role": float(_named_role(event.target, event.target_text, target_role(event.code))),
        "source_in_sentence": float(_actor_in(text, event.source_text)),
        "target_in_sentence": float(_actor_in(text, event.target_text)),
        "source_pronoun": float((event.source_text or "").lower() in PRONOUNS),
        "trigger_noun": float(token is not None and token.pos_ in {"NOUN", "PROPN"}),
        "trigger_in_quote": float(_in_quote(sentence, token)),
        "log_sentence_length": math.log1p(len(sentence)) / 4.0,
        "log_events_in_sentence": math.log1p(per_sentence.get(event.evidence.sentence, 1)),
        "asserted": float(event.modality == "asserted"),
        "dated_by_text": float(event.date_source == "text"),
        "trigger_to_source": _distance(sentence, token, event.source_text),
        "trigger_to_target": _distance(sentence, token, event.target_text),
        "source_only_country": float(_only_country_against_own(event)),
    }
    values.update({f"group_{g}": float(g == group) for g in ROOT_GROUPS})
    return [values[name] for name in feature_names()]


@dataclass(frozen=True)
class Judge:
    weights: tuple[float, ...]  # the record threshold is read apart: datelines.ontology.event_judge

    def confidence(self, features: list[float]) -> float:
        score = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=1)
def load_judge() -> Judge | None:
    """The trained judge, or None when there is none (or its features are not these): every event then
    keeps confidence 1.0."""
    data = judge_data()
    if data is None or data.get("features") != feature_names():
        return None
    return Judge(tuple(float(w) for w in data["weights"]))


def judge_events(doc: Doc, events: list[Event]) -> list[Event]:
    """Set each event's confidence from the trained judge (unchanged when there is none)."""
    judge = load_judge()
    if judge is None or not events:
        return events
    sentences = list(doc.sents)
    per_sentence: dict[int, int] = {}
    for event in events:
        per_sentence[event.evidence.sentence] = per_sentence.get(event.evidence.sentence, 0) + 1
    for event in events:
        event.confidence = round(judge.confidence(event_features(event, doc, sentences, per_sentence)), 4)
    return events
