"""First-person pronouns in reported speech: "I am asking all Americans ..., the senator said" and
"Stoltenberg said: 'I count on Turkey'" make "I" the speaker. Real news is full of quotes; without
this every act told in the first person has no doer. A speaker's "we" doing something as it speaks
("we condemn", "we strongly urge", "we will not accept") is the body the speaker talks for, best read
as the speaker's own code; a "we" of a story ("we proposed a bill") or of an appeal to all ("we have to
put aside differences") is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from datelines.read.actors.mentions import Candidate
from datelines.read.paragraphs import goes_on_line, in_quotation

FIRST_PERSON = {"i", "me", "my"}
# Verbs a speaking body's "we" does not perform by saying them: "we have to", "we are", "we need".
NOT_PERFORMED = {"have", "be", "need", "get", "do", "want", "think", "hope"}
FUTURE_MODALS = {"will", "shall", "would", "'ll"}
SPEECH_LEMMAS = {"say", "tell", "add", "state", "declare", "write", "announce", "insist", "tweet", "explain",
                 "warn", "argue", "reply", "respond", "continue", "conclude", "stress", "note", "remark"}
PARAGRAPH_BACK = 2  # sentences of the same paragraph a quote may run on from its speaker


def first_person_mentions(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates for first-person pronouns whose speaker is a coded mention."""
    coded = {i: c for c in candidates if c.code for i in range(c.start, c.end)}
    out = []
    for token in doc:
        if token.tag_ not in {"PRP", "PRP$"} or token.i in coded:
            continue
        if token.lower_ not in FIRST_PERSON and not _performing_we(token):
            continue
        speaker = _speaker(token, coded)
        if speaker is not None:
            out.append(Candidate(token.i, token.i + 1, speaker.code, speaker.kind, speaker.name, "speaker", rank=1))
    return out


def _performing_we(token: Token) -> bool:
    """'We condemn', 'we strongly urge', 'we will not accept': a "we" that acts by speaking, now."""
    verb = token.head
    if token.lower_ != "we" or token.dep_ != "nsubj" or verb.lemma_.lower() in NOT_PERFORMED:
        return False
    if verb.tag_ == "VBP":
        return not any(c.dep_ == "aux" for c in verb.children)  # not "we have proposed"
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in verb.children)


def _speaker(token: Token, coded: dict[int, Candidate]) -> Candidate | None:
    sentence = token.sent
    found = _speaker_in(sentence, token, coded)
    if found is not None or not in_quotation(token):
        return found
    for _ in range(PARAGRAPH_BACK):  # a quote that runs on from the sentence that named its speaker
        if not goes_on_line(sentence):
            return None
        sentence = token.doc[sentence.start - 1].sent
        found = _speaker_in(sentence, None, coded)
        if found is not None:
            return found
    return None


def _speaker_in(sentence: Span, pronoun: Token | None, coded: dict[int, Candidate]) -> Candidate | None:
    """The one coded subject of a speech verb in the sentence that does not contain the pronoun."""
    speakers = []
    for verb in sentence:
        if verb.lemma_.lower() not in SPEECH_LEMMAS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if pronoun is not None and subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
                continue
            candidate = coded.get(subject.i)
            if candidate is not None and candidate not in speakers:
                speakers.append(candidate)
    return speakers[0] if len(speakers) == 1 else None

