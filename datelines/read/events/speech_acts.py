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

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from datelines.model import Event
from datelines.read.events.arguments import subject_heads
from datelines.read.events.codes import code_facts
from datelines.read.events.dating import EventDate, event_date
from datelines.read.events.lexicon import Lexicon, LexiconEntry
from datelines.read.events.modality import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    PLANNED,
    REPORT_VERBS,
    REPORTED,
    one_side,
)
from datelines.read.events.phrases import Actor, ActorIndex, actors_of
from datelines.read.events.predicates import OCCUPATION, Predicate, marked_clauses, shot_down, to_infinitive
from datelines.read.events.state_roles import SOURCE_KINDS, organ, source_role

# Roots whose events are said rather than done: statements, appeals, offers, demands, criticism,
# rejections, threats.
SPEECH_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}
# Those whose announced act is asked of someone else: it has not happened (hypothetical).
ASKING_ROOTS = {"02", "10"}
DOER_AIMED_ROOTS = ASKING_ROOTS | {"11"}
COMPLEMENT_DEPS = {"xcomp", "ccomp", "acl", "acomp"}
CONDITION_MARKS = {"unless", "if"}
REWARDS = {"03", "04", "05", "06", "07"}  # (what is offered on a condition: consultation, cooperation, aid)
THREAT = "130"
# What a speech act answers whose content hangs on it: "rejects a request to release the activist".
ASKED_NOUNS = {"request", "demand", "call", "bid", "appeal", "plea", "petition", "offer", "proposal", "invitation"}


def _announcing(content: Token, speech: Token) -> int | None:
    """How many clauses down the speech verb the content's clause is its complement ('urged Iran to
    free', 'refused to lift', 'insisted that Iran free'), None when it is not. Coordinated complements
    count ('to free the crew and return'), and so does a complement's complement ('announces it will
    resume targeting Israeli ships')."""
    node = _verb_of(content)  # an event noun through its verb: 'willingness to host talks'
    for depth in range(4):
        # (and a clause marked by 'for': "called for Israel to release the hostages")
        if node.head.i == speech.i and (node.dep_ in COMPLEMENT_DEPS or any(c.i == node.i for c in marked_clauses(speech, "for"))):
            return depth
        asked = node.head
        if (node.dep_ == "acl" and asked.dep_ == "dobj" and asked.head.i == speech.i
                and asked.lemma_.lower() in ASKED_NOUNS):
            return depth + 1  # "rejects a request to release the activist", "accepted an offer to mediate"
        if node.dep_ not in COMPLEMENT_DEPS | {"conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def link_speech_acts(events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """Link each speech act to the act its complement announces, give it that act's target when it
    names none, and mark asked-for acts hypothetical. `tokens` maps id(event) -> predicate token."""
    out = list(events)
    position = {id(e): n for n, e in enumerate(out)}
    for speech in events:
        s_token = tokens.get(id(speech))
        if s_token is None or speech.root not in SPEECH_ROOTS:
            continue
        announced = [(depth, content) for content in events if content is not speech
                     and (c_token := tokens.get(id(content))) is not None
                     and content.evidence.sentence == speech.evidence.sentence
                     and (depth := _announcing(c_token, s_token)) is not None]
        if not announced:
            continue
        # the nearest complement; of two as near, one whose intent code is known ('promised to stop fighting
        # and to lift the sanctions': the lifting)
        _, content = min(announced, key=lambda pair: (pair[0], intent_code(pair[1].code) is None))
        n = position[id(speech)]
        linked = replace(out[n], announces=position[id(content)])
        if (linked.target is None and linked.root in DOER_AIMED_ROOTS and content.source and linked.source
                and content.source[:3] != linked.source[:3]):
            # "alleging that the Somali government destroyed a WFP warehouse", "urged that Iran free the
            # crew": an accusation or a demand about another's act is aimed at its doer
            linked = replace(linked, target=content.source, target_text=content.source_text)
        if linked.target is None and content.target and content.target != linked.source:
            linked = replace(linked, target=content.target, target_text=content.target_text)
        own_act = bool(content.source and linked.source and content.source[:3] == linked.source[:3])
        if linked.code in {GENERIC_INTENT, GENERIC_THREAT} and (
                specific := (intent_code(content.code) if linked.code == GENERIC_INTENT else None)
                or (threat_code(content.code) if own_act else None)):
            # "offered to mediate": an intent to mediate (039); "vowed to retaliate against Israel", "threatened
            # to invade Lebanon": a threat of force (138), when the force is the speaker's own ("offered to
            # help Mexico fight the cartels" threatens no one)
            facts = code_facts(specific)
            linked = replace(linked, code=facts.code, root=facts.root, goldstein=facts.goldstein, quad=facts.quad,
                             plover=facts.plover)
        out[n] = linked
        if speech.root in ASKING_ROOTS and content.modality in {ASSERTED, REPORTED, PLANNED}:
            out[position[id(content)]] = replace(out[position[id(content)]], modality=HYPOTHETICAL)
    return out


# A cooperative act its doer says it is ready, willing or planning to do is, in CAMEO, first of all an
# intent to cooperate (03): "Pakistan said it was ready to resume dialogue with India" is 036 (intent
# to meet or negotiate), the dialogue itself planned. Each announced root has its own intent code.
INTENT_OF_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
GENERIC_INTENT, GENERIC_THREAT = "030", "130"
# A hostile act its doer announces is, in CAMEO, a threat: "the Houthis announce they will resume targeting
# Israeli ships" threatens force (138), "will impose sanctions" threatens non-force measures (131).
HOSTILE_INTENT = {"18": "138", "19": "138", "20": "138", "163": "1312"}


def threat_code(announced: str) -> str | None:
    """The threat (13x) its doer makes by announcing force or sanctions, None for other acts."""
    return HOSTILE_INTENT.get(announced[:3]) or HOSTILE_INTENT.get(announced[:2])
MEDIATE, INTENT_TO_MEDIATE = "045", "039"


def intent_code(announced: str) -> str | None:
    """The intent code (03x) for announcing an act of that code, None for non-cooperative acts."""
    return INTENT_TO_MEDIATE if announced.startswith(MEDIATE) else INTENT_OF_ROOT.get(announced[:2])
INTENTION_WORDS = {"ready", "willing", "prepared", "willingness", "readiness", "intention", "intent", "intend", "plan",
                   "plans", "aim", "determined", "keen", "eager", "commitment", "committed", "decide", "decision",
                   "desire", "wish", "hope", "want"}
# A verb of saying announces an intent only for what its speaker will do ("announced that her
# government will withdraw the bill"); the act must then be planned.
ANNOUNCING_VERBS = {"say", "announce", "state", "declare", "tell", "confirm", "signal", "indicate"}
CLIMBING_DEPS = {"xcomp", "ccomp", "acl", "acomp"}


def _verb_of(token: Token) -> Token:
    """An event noun's verb ('host talks' -> host), else the token itself."""
    return token.head if token.dep_ == "dobj" and token.pos_ == "NOUN" else token


def intention_head(token: Token, planned: bool) -> Token | None:
    """The word of intention (or, for a planned act, of announcing) whose complement the act is:
    'ready to resume', 'plans to invest', 'willingness to host talks', 'announced it will withdraw'."""
    node = _verb_of(token)
    if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lower_ in INTENTION_WORDS:
        return node.head.head  # "is ready for direct talks with Putin"
    for _ in range(4):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ not in CLIMBING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        word = node.lemma_.lower()
        if word in INTENTION_WORDS or node.lower_ in INTENTION_WORDS or (planned and word in ANNOUNCING_VERBS):
            return node
    return None


# Saying that someone must do something is demanding it: "Britain insisted that Iran free the crew",
# "Pompeo said Tehran must release the tanker".
DEMANDING_SAYERS = {"insist", "say", "state", "stress", "declare", "tell", "add", "reiterate", "maintain"}
OBLIGATION_MODALS = {"must", "should"}
WANTING = {"want"}  # "X wants Y to leave": a demand on Y
DEMAND = "100"


def _demanded(token: Token) -> Token | None:
    """The verb of saying above a complement that obliges its subject (a bare subjunctive 'that Iran
    free', or 'must'/'should'), else None."""
    if token.dep_ != "ccomp":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if token.head.lemma_.lower() in WANTING and to_infinitive(token):
        return token.head  # "the Taliban wants foreign forces to leave"
    if token.head.lemma_.lower() not in DEMANDING_SAYERS:
        return None
    auxes = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    # a bare form with a singular subject ("that Iran free"; the tagger may call it VBP)
    subjunctive = not auxes and (token.tag_ == "VB" or (token.tag_ == "VBP" and subject.tag_ in {"NN", "NNP"}))
    obliged = any(a.lower_ in OBLIGATION_MODALS for a in auxes)
    return token.head if subjunctive or obliged else None


# Parties a speaker may make demands of without naming them: "foreign powers should get out of the region".
UNNAMED_PARTIES = {"power", "country", "nation", "state", "government", "force", "leader", "side", "party", "neighbour",
                   "neighbor", "ally"}


def demanded_clauses(sentence, index: ActorIndex) -> list[tuple[Token, Token, Actor, Actor | None]]:
    """'Rouhani said the United States must leave the region': a speaker saying that another party must
    or should act demands it of that party, whether or not the lexicon codes the act asked for; of
    parties it does not name ('foreign powers should get out'), the demand has no target. Gives
    (verb of saying, content verb, speaker, party obliged or None)."""
    out = []
    for token in sentence:
        sayer = _demanded(token) if token.pos_ in {"VERB", "AUX"} else None
        if sayer is None:
            continue
        speaker = next(iter(actors_of([c for c in sayer.children if c.dep_ == "nsubj"], index)), None)
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        obliged = next(iter(actors_of(subjects, index)), None)
        if speaker is None:
            continue
        if obliged is None and any(s.tag_ == "NNS" and s.lemma_.lower() in UNNAMED_PARTIES for s in subjects):
            out.append((sayer, token, speaker, None))
        elif obliged is not None and not one_side(speaker.code, obliged.code):
            out.append((sayer, token, speaker, obliged))
    return out


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
                        if not one_side(a.code, event.source)), None)  # "Rouhani said Iran must defend itself"
        if speaker is None:
            continue
        facts = code_facts(DEMAND)
        out[n] = replace(event, modality=HYPOTHETICAL)
        source = organ(speaker, speaker.code, source_role(DEMAND), event.source, SOURCE_KINDS)
        out.append(replace(event, source=source, source_text=speaker.text, target=event.source,
                           target_text=event.source_text, code=facts.code, root=facts.root,
                           goldstein=facts.goldstein, quad=facts.quad, plover=facts.plover, modality=ASSERTED,
                           trigger=sayer.text, announces=n))
    return out


def told_now(event: Event, code: str, announces: int, published: date, **changes: object) -> Event:
    """The speech act (`code`) that tells `event`, the event at index `announces`: asserted, and made on the
    day the story tells it."""
    facts = code_facts(code)
    return replace(event, code=facts.code, root=facts.root, goldstein=facts.goldstein, quad=facts.quad,
                   plover=facts.plover, modality=ASSERTED, date=published.isoformat(), precision="day",
                   date_source="publication", announces=announces, **changes)


# Violence one side says another did: the telling is an accusation (112) as well as the act reported.
ACCUSED_ROOTS = {"18", "19", "20"}
ACCUSE = "112"


def _defence(verb: Token) -> bool:
    """'intercepted the missiles', 'had shot down 71 of the missiles': stopping an attack accuses no one."""
    return verb.lemma_.lower() == "intercept" or (
        verb.lemma_.lower() == "shoot" and any(c.lower_ == "down" for c in verb.children))


def said_accusations(events: list[Event], tokens: dict[int, Token], index: ActorIndex,
                     published: date) -> list[Event]:
    """"Iran says Israeli jets struck a hospital": the speaker accuses (112) the doer of the violence it
    reports, made when the story tells it; the act stays reported and the accusation announces it. Not
    a side telling of its own acts ("the army says it killed 20 militants")."""
    out = list(events)
    for n, event in enumerate(events):
        token = tokens.get(id(event))
        if (token is None or event.source is None or event.modality != REPORTED or event.root not in ACCUSED_ROOTS
                or token.dep_ != "ccomp" or token.head.lemma_.lower() not in REPORT_VERBS
                or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children) or _defence(token)):
            continue  # ("Jordan's military says that they have intercepted seven missiles": its own act)
        speaker = next((a for a in actors_of([c for c in token.head.children if c.dep_ == "nsubj"], index)
                        if not one_side(a.code, event.source) and a.code[:3] != event.source[:3]
                        and a.code[3:6] != "MED"), None)  # (a newspaper reports; it does not accuse)
        doers = actors_of([c for c in token.children if c.dep_ == "nsubj"], index)
        if speaker is None or any(d.code[:3] == speaker.code[:3] for d in doers):
            continue  # ("Kuwait's army reports that Kuwait's military intercepted ...": its own act)
        if any((t := tokens.get(id(e))) is not None and t.i == token.head.i and e.code == ACCUSE for e in events):
            continue  # ("the US alleged that Iran attacked": the alleging is the accusation, linked to the act)
        out.append(told_now(event, ACCUSE, n, published, trigger=token.head.text, source_text=speaker.text,
                            source=organ(speaker, speaker.code, source_role(ACCUSE), event.source, SOURCE_KINDS),
                            target=event.source, target_text=event.source_text))
    return out


CLAIM_RESPONSIBILITY = "015"
UNCLAIMED_LEMMAS = {"intercept", "target"}


def _claimed_by(token: Token) -> Token | None:
    """The 'claim' verb whose complement the act is ('claims to have killed', 'claims that its fighters
    struck', 'claims to have killed three soldiers in an ambush'), else None."""
    below = token
    for head in list(token.ancestors)[:3]:
        if head.lemma_.lower() == "claim" and head.pos_ == "VERB":
            return head if below.dep_ in {"xcomp", "ccomp"} else None
        if head.pos_ == "VERB" and below.dep_ not in {"prep", "pobj"}:
            return None
        below = head
    return None


def claimed_acts(events: list[Event], tokens: dict[int, Token], index: ActorIndex, published: date) -> list[Event]:
    """"Al-Shabaab claims to have killed three Kenyan soldiers": a side claiming violence as its own
    claims responsibility (015) for it, when it tells it; the act stays reported and the claim
    announces it."""
    out = list(events)
    for n, event in enumerate(events):
        token = tokens.get(id(event))
        claim = _claimed_by(token) if token is not None and event.root in ACCUSED_ROOTS else None
        if (claim is None or event.source is None or event.modality != REPORTED
                or event.code == OCCUPATION or token.lemma_.lower() in UNCLAIMED_LEMMAS
                or shot_down(token)):
            # (ground a side says it took, a target it says it aimed at, or drones it says it shot down is a
            # report of the war)
            continue
        claimant = next((a for a in actors_of([c for c in claim.children if c.dep_ == "nsubj"], index)
                         if a.code[:3] == event.source[:3]), None)
        if claimant is None:
            continue  # ("Iran claims Israeli jets struck": an accusation, said_accusations tells it)
        out.append(told_now(event, CLAIM_RESPONSIBILITY, n, published, trigger=claim.text, source=claimant.code,
                            source_text=claimant.text))
    return out


# What a side says it will not do, of what others ask of it, it rejects: the rejection (12x) is the event
# of record, the act keeps its negation and is announced by it.
REFUSAL_OF_ROOT = {"04": "125", "06": "121", "07": "122", "08": "124"}  # (not what it says it will not say or feel)
FUTURE_AUX = {"will", "wo", "shall", "would"}  # ("won't" is "wo" + "n't")


def _will_not(verb: Token) -> bool:
    """'Iran will not have direct negotiations with the U.S.', 'won't renew its contracts': a future denied
    (on the verb, or on the light verb whose object names the act)."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    return (any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children))


def stated_refusals(events: list[Event], tokens: dict[int, Token], published: date) -> list[Event]:
    """"Iran says it will not negotiate with the United States": Iran rejects (125) talks with it."""
    out = list(events)
    for n, event in enumerate(events):
        token = tokens.get(id(event))
        code = REFUSAL_OF_ROOT.get(event.root)
        if (code is None or token is None or event.source is None or event.target is None
                or event.modality != NEGATED or not _will_not(token)):
            continue
        out.append(told_now(event, code, n, published))
    return out


def conditions(token: Token) -> Iterator[Token]:
    """The 'if' or 'unless' clauses a verb governs."""
    return (c for c in token.children if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children))


def condition_subjects(condition: Token) -> list[Token]:
    return [c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}]


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
        condition = next(conditions(token), None)
        if condition is None or (event.root in REWARDS and any(m.lower_ == "if" for m in condition.children)):
            continue  # ("will travel to Pakistan if the talks succeed": a visit on a condition is a promise)
        party = next((a for a in actors_of(condition_subjects(condition), index) if a.code != event.source), None)
        target = party.code if party else event.target
        if target is None:
            continue
        facts = code_facts(THREAT)
        # (a state's threat is its government's word, whichever organ would carry it out)
        source = event.source[:3] + "GOV" if event.source[3:] == "MIL" else event.source
        out.append(replace(event, source=source, target=target, target_text=party.text if party else event.target_text,
                           code=facts.code, root=facts.root, goldstein=facts.goldstein, quad=facts.quad,
                           plover=facts.plover, modality=ASSERTED, trigger=f"{event.trigger} ... {condition.text}",
                           date=published.isoformat(), precision="day", date_source="publication", announces=n))
    return out


def _holder_subjects(head: Token) -> list[Token]:
    """Who holds an intention: the subject of the verb an adjective or noun of intention hangs on
    ('it was ready', 'China announced plans')."""
    verb = head
    while verb.dep_ in {"acomp", "dobj", "attr", "pobj", "prep", "amod"} and verb.head.i != verb.i:
        verb = verb.head
    return subject_heads(verb)


def _will_do(verb: Token) -> Token | None:
    """'Japan will export six destroyers to Manila': a main clause telling what its subject will do states
    that subject's intent; the word 'will' states it."""
    if verb.dep_ not in {"ROOT", "conj"} or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
        return None
    if next(conditions(verb), None) is not None:
        return None  # "will pull its troops out unless it is paid": a condition set, a threat (conditional_threats)
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"}), None)


def stated_intents(pred: Predicate, found: list[Event], lexicon: Lexicon, index: ActorIndex,
                   published: date) -> list[tuple[Event, Token]]:
    """The intent (03x) its doer states for each cooperative act it says it is ready, willing or planning
    to do, with the word that states it; the act itself becomes planned (changed in `found`). Not
    when that word is already an event of intent ('pledged to', 'offered to': the lexicon's own)."""
    done = found[0].code if found else pred.entry.code  # ("will stop issuing visas": a reduction, coded so)
    code = intent_code(done) or threat_code(done)
    if code is None or not found:
        return []
    planned = all(e.modality == PLANNED for e in found)
    # (a meeting told in the future is a fixture, not an intent: "the ministers will meet on Monday")
    will = _will_do(pred.token) if planned and code.startswith("03") and code != INTENT_OF_ROOT["04"] else None
    head = intention_head(pred.token, planned) or will
    if head is None or any(e.code.startswith("03") for e in lexicon.candidates(head.lemma_.lower(), "verb")):
        return []
    if code.startswith("13") and head.lemma_.lower() not in ANNOUNCING_VERBS:
        return []  # a threat is announced: "plans to attack" told by others is no threat
    speakers = {a.code[:3] for a in actors_of(_holder_subjects(head), index)}
    entry = LexiconEntry(lemma=head.lemma_.lower(), code=code, example="Pakistan said it was ready to talk.")
    # ("France will recognize Palestine starting September": the 'will' of the narrator's day states it)
    when = (EventDate(published.isoformat(), "day", "publication") if head.dep_ == "aux"
            else event_date(Predicate(head, entry), published))
    facts = code_facts(code)
    out = []
    for n, event in enumerate(found):
        if event.source is None or (speakers and event.source[:3] not in speakers):
            continue
        if event.modality in {ASSERTED, REPORTED}:
            found[n] = event = replace(event, modality=PLANNED)
        out.append((replace(event, code=facts.code, root=facts.root, goldstein=facts.goldstein, quad=facts.quad,
                            plover=facts.plover, modality=ASSERTED, trigger=head.text, date=when.date,
                            precision=when.precision, date_source=when.date_source), head))
    return out
