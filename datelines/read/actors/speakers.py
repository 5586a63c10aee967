"""First-person pronouns in reported speech: "I am asking all Americans ..., the senator said" and
"Stoltenberg said: 'I count on Turkey'" make "I" the speaker, and a speaker's "we" speaks for the
speaker's side. Real news is full of quotes; without this every act told in the first person has
no doer."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from datelines.read.actors.mentions import Candidate

FIRST_PERSON = {"i", "me", "my"}  # a speaker's "we" may be a party, a people or a government
SPEECH_LEMMAS = {"say", "tell", "add", "state", "declare", "write", "announce", "insist", "tweet", "explain",
                 "warn", "argue", "reply", "respond", "continue", "conclude", "stress", "note", "remark"}
QUOTES = ('"', "\u201c", "\u201d")
PARAGRAPH_BACK = 2  # sentences of the same paragraph a quote may run on from its speaker


def first_person_mentions(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Candidates for first-person pronouns whose speaker is a coded mention."""
    coded = {i: c for c in candidates if c.code for i in range(c.start, c.end)}
    out = []
    for token in doc:
        if token.lower_ not in FIRST_PERSON or token.tag_ not in {"PRP", "PRP$"} or token.i in coded:
            continue
        speaker = _speaker(token, coded)
        if speaker is not None:
            out.append(Candidate(token.i, token.i + 1, speaker.code, speaker.kind, speaker.name, "speaker", rank=1))
    return out


def _speaker(token: Token, coded: dict[int, Candidate]) -> Candidate | None:
    sentence = token.sent
    found = _speaker_in(sentence, token, coded)
    if found is not None or not _inside_quote(token):
        return found
    doc = token.doc
    start = sentence.start
    for _ in range(PARAGRAPH_BACK):  # a quote that runs on from the sentence that named its speaker
        if start == 0 or "\n" in doc[start - 1].text_with_ws:
            return None
        previous = doc[start - 1].sent
        found = _speaker_in(previous, None, coded)
        if found is not None:
            return found
        start = previous.start
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


def _inside_quote(token: Token) -> bool:
    """An odd number of quote marks between the paragraph's start and the token."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    return sum(doc[i].text.count(q) for i in range(start, token.i) for q in QUOTES) % 2 == 1
