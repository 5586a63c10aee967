"""Speech acts and the acts they announce, kept both and linked.

"The United States urged Iran to free the crew": CAMEO's event of record is the appeal (USA -> IRN,
02); the release it asks for has not happened. "Russia refused to lift the sanctions on Ukraine":
the rejection (12) is aimed at Ukraine, the party the refused act concerns. "Kenya will pull its
troops out unless the African Union pays them": a conditional announcement is a threat (13) to the
party of the condition. Each speech act here carries `announces`, the index (in the reading's event
list) of the act it announces; that act keeps its own modality: planned, hypothetical (demanded,
asked for, conditional), negated.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from datelines.model import Event
from datelines.read.events.codes import code_facts
from datelines.read.events.modality import ASSERTED, HYPOTHETICAL, PLANNED, REPORTED
from datelines.read.events.phrases import ActorIndex, actors_of

# Roots whose events are said rather than done: statements, appeals, offers, demands, criticism,
# rejections, threats.
SPEECH_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
# Those whose announced act is asked of someone else: it has not happened (hypothetical).
ASKING_ROOTS = {"02", "10"}
COMPLEMENT_DEPS = {"xcomp", "ccomp"}
CONDITION_MARKS = {"unless", "if"}
THREAT = "130"


def _announcing(content: Token, speech: Token) -> bool:
    """Is the content's clause the complement of the speech verb ('urged Iran to free', 'refused to
    lift', 'insisted that Iran free')? Coordinated complements count ('to free the crew and return')."""
    node = content
    for _ in range(4):
        if node.dep_ in COMPLEMENT_DEPS and node.head.i == speech.i:
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def link_speech_acts(events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """Link each speech act to the act its complement announces, give it that act's target when it
    names none, and mark asked-for acts hypothetical. `tokens` maps id(event) -> predicate token."""
    out = list(events)
    position = {id(e): n for n, e in enumerate(out)}
    for speech in events:
        s_token = tokens.get(id(speech))
        if s_token is None or speech.root not in SPEECH_ROOTS:
            continue
        for content in events:
            c_token = tokens.get(id(content))
            if content is speech or c_token is None or content.evidence.sentence != speech.evidence.sentence:
                continue
            if not _announcing(c_token, s_token):
                continue
            n = position[id(speech)]
            linked = replace(out[n], announces=position[id(content)])
            if linked.target is None and content.target and content.target != linked.source:
                linked = replace(linked, target=content.target, target_text=content.target_text)
            out[n] = linked
            if speech.root in ASKING_ROOTS and content.modality in {ASSERTED, REPORTED, PLANNED}:
                out[position[id(content)]] = replace(out[position[id(content)]], modality=HYPOTHETICAL)
            break
    return out


# Saying that someone must do something is demanding it: "Britain insisted that Iran free the crew",
# "Pompeo said Tehran must release the tanker".
DEMANDING_SAYERS = {"insist", "say", "state", "stress", "declare", "tell", "add", "reiterate", "maintain"}
OBLIGATION_MODALS = {"must", "should"}
DEMAND = "100"


def _demanded(token: Token) -> Token | None:
    """The verb of saying above a complement that obliges its subject (a bare subjunctive 'that Iran
    free', or 'must'/'should'), else None."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in DEMANDING_SAYERS:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    # a bare form with a singular subject ("that Iran free"; the tagger may call it VBP)
    subjunctive = not auxes and (token.tag_ == "VB" or (token.tag_ == "VBP" and subject.tag_ in {"NN", "NNP"}))
    obliged = any(a.lower_ in OBLIGATION_MODALS for a in auxes)
    return token.head if subjunctive or obliged else None


def said_demands(events: list[Event], tokens: dict[int, Token], index: ActorIndex) -> list[Event]:
    """A demand (10) from the speaker to the party obliged, announcing the act; that act becomes
    hypothetical: it is asked for, not done."""
    out = list(events)
    for n, event in enumerate(events):
        token = tokens.get(id(event))
        sayer = _demanded(token) if token is not None and event.source is not None else None
        if sayer is None:
            continue
        speaker = next((a for a in actors_of([c for c in sayer.children if c.dep_ == "nsubj"], index)
                        if a.code != event.source), None)
        if speaker is None:
            continue
        facts = code_facts(DEMAND)
        out[n] = replace(event, modality=HYPOTHETICAL)
        out.append(replace(event, source=speaker.code, source_text=speaker.text, target=event.source,
                           target_text=event.source_text, code=facts.code, root=facts.root,
                           goldstein=facts.goldstein, quad=facts.quad, plover=facts.plover, modality=ASSERTED,
                           trigger=sayer.text, announces=n))
    return out


def conditional_threats(events: list[Event], tokens: dict[int, Token], index: ActorIndex,
                        published: date) -> list[Event]:
    """A planned act with an 'unless/if' condition is also a threat (13) from its source to the party of
    the condition (its subject, when coded), else to the act's own target; the threat announces it and
    is made when the story tells it (the publication day), not when the act would come."""
    out = list(events)
    for n, event in enumerate(events):
        token = tokens.get(id(event))
        if token is None or event.modality != PLANNED or event.source is None:
            continue
        condition = next((c for c in token.children if c.dep_ == "advcl"
                          and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)), None)
        if condition is None:
            continue
        subjects = [c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}]
        party = next((a for a in actors_of(subjects, index) if a.code != event.source), None)
        target = party.code if party else event.target
        if target is None:
            continue
        facts = code_facts(THREAT)
        out.append(replace(event, target=target, target_text=party.text if party else event.target_text,
                           code=facts.code, root=facts.root, goldstein=facts.goldstein, quad=facts.quad,
                           plover=facts.plover, modality=ASSERTED, trigger=f"{event.trigger} ... {condition.text}",
                           date=published.isoformat(), precision="day", date_source="publication", announces=n))
    return out
