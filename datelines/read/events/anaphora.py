"""Event anaphora: "Moscow condemned the strike" targets whoever carried out the strike told of earlier.

A reaction (condemning, welcoming, rejecting, denying) often names the event it reacts to, not its
author. When such a predicate has no actor target and its object is a definite event noun, the
author of the most recent earlier event of the same kind in the article is the target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from datelines.model import Event
from datelines.read.actors.roles import role_lexicon
from datelines.read.events.arguments import CLAIMED_RESPONSIBILITY, received_by, subject_heads
from datelines.read.events.lexicon import Lexicon
from datelines.read.events.phrases import Actor, ActorIndex, actors_of, tokens_back, window_start
from datelines.read.events.predicates import VIOLENT_ROOTS, Predicate, predicate_lemma

DEFINITE = {"the", "this", "these", "that", "those"}
REACTION_ROOTS = {"01", "05", "09", "11", "12"}  # statements, endorsements, inquiries, disapproval, rejection
LOOKBACK_SENTENCES = 6
ELLIPSIS_SENTENCES = 5
# A noun naming a kind of act ("the takeover", "the annexation") usually points at the story's main event,
# which may lie further back than a repeated word does.
KIND_LOOKBACK_SENTENCES = 20
# Nouns that name an earlier act by its kind, not by its own word: "condemned the takeover" refers back
# to the coup told before, "welcomed the move" to whatever was just done. Each maps to the CAMEO roots
# roots (or codes) of the acts it can name (None: any act that is not itself talk).
GENERIC_EVENT_NOUNS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(["takeover", "seizure", "coup", "ouster", "overthrow", "removal"], frozenset({"170", "19", "20"})),
    **dict.fromkeys(["annexation", "invasion", "incursion", "offensive", "operation", "occupation", "intervention"],
                    frozenset({"19", "20"})),
    **dict.fromkeys(["attack", "assault", "strike", "strikes", "bombing", "shelling", "killing", "shooting",
                     "downing"], frozenset({"18", "19", "20"})),  # an arrest or a charge is no attack
    **dict.fromkeys(["raid", "violence", "crackdown"], frozenset({"17", "18", "19", "20"})),
    **dict.fromkeys(["criticism", "condemnation", "accusation", "accusations", "allegation", "allegations"],
                    frozenset({"11"})),
    **dict.fromkeys(["threat", "threats", "warning", "warnings", "ultimatum"], frozenset({"13"})),
    "attempt": frozenset({"170", "18", "19", "20"}),  # "condemned the (coup) attempt"
    **dict.fromkeys(["move", "decision", "step", "measure", "measures", "action", "actions"], None),
}
TALK_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Nouns naming a decision or instrument whose author is whoever made, adopted or announced it:
# "welcomed the resolution" targets the council that adopted it, "criticised the move" the mover.
DECISION_NOUNS = {"decision", "resolution", "move", "plan", "step", "announcement", "sanctions", "measure",
                  "measures", "declaration", "proposal", "policy", "order", "ban", "law", "bill", "ruling",
                  "recognition", "treaty", "initiative", "action", "embargo", "sanction", "tariffs", "tariff",
                  "verdict", "award", "judgment", "judgement", "sentence", "conviction", "acquittal"}
# Verbs whose subject makes a decision that "the decision/move/step/announcement" can name.
DECIDING_VERBS = {"decide", "announce", "declare", "recognise", "recognize", "adopt", "approve", "pass",
                  "order", "impose", "move", "vote", "unveil", "introduce", "propose", "issue", "sign",
                  "enact", "ban", "withdraw", "suspend", "expel"}
# Which deciding verbs a noun can name beyond itself ("the decision" names what was decided or announced).
NOUN_VERBS = {"decision": {"decide", "announce", "recognise", "recognize", "order", "move", "withdraw", "suspend"},
              "move": DECIDING_VERBS, "step": DECIDING_VERBS, "announcement": {"announce", "declare"},
              "recognition": {"recognise", "recognize"}, "resolution": {"adopt", "pass", "approve", "vote"},
              "sanctions": {"impose"}, "measures": {"impose", "adopt", "announce"}, "plan": {"announce", "unveil"},
              "proposal": {"propose"}, "ban": {"ban", "impose"}, "order": {"order", "issue"},
              "ruling": {"rule", "issue"}, "award": {"rule", "issue"},
              # ("a court sentenced the journalist ... condemned the verdict")
              **dict.fromkeys(["verdict", "judgment", "judgement"], frozenset({"rule", "issue", "sentence", "convict", "acquit"})),
              "sentence": {"sentence", "hand"}, "conviction": {"convict"}, "acquittal": {"acquit"}}
# Rulings whose author (a court) may not be an actor: the party that brought the case stands for it.
RULING_NOUNS = {"ruling", "verdict", "award", "judgment", "judgement"}
# Bringing a case: "Manila filed a case", "the case was brought by the Philippines", "challenged Beijing".
CLAIMANT_VERBS = {"file", "bring", "sue", "challenge", "lodge", "launch", "petition"}


@dataclass(frozen=True)
class Told:
    """An event already read, with the noun and verb lemmas that can refer back to it."""

    lemma: str
    event: Event


def told_source(event: Event) -> Actor:
    """The doer of an act told before, standing for it where it is named again."""
    return Actor(event.source or "", event.source_text or event.source or "", -1, -1, "anaphor")


def told_target(event: Event) -> Actor:
    return Actor(event.target or "", event.target_text or event.target or "", -1, -1, "anaphor")


PERSONAL_OBJECTS = {"him", "her", "them"}


def participle_object_target(pred: Predicate, earlier: list[Told], sentence: int) -> Actor | None:
    """'Police arrested the activist, accusing him of incitement': a participle's pronoun object is the one
    its main verb's act fell on."""
    verb = pred.token
    if pred.is_noun or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"}:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in PERSONAL_OBJECTS for c in verb.children):
        return None
    main = verb.head
    for told in reversed(earlier):
        event = told.event
        if event.evidence.sentence == sentence and event.target and event.trigger.split()[0] == main.text:
            return told_target(event)
    return None


def _object_slots(verb: Token) -> list[Token]:
    """What a reaction is aimed at: its object, or "did not approve of the decision", "objected to the move",
    "spoke out against the attack"."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"of", "to", "against"}
                for p in c.children if p.dep_ == "pobj"]
    return objects


def _relative_object(verb: Token) -> bool:
    """'the resolution, which China and Russia backed': the relative pronoun is the verb's object."""
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children)


def _event_noun(pred: Predicate) -> Token | None:
    if pred.about is not None:  # a verdict on "the annexation" damns whoever annexed
        about = pred.about
        if about.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in about.children):
            return about
        return None
    if _relative_object(pred.token) and pred.token.head.pos_ == "NOUN":
        return pred.token.head
    received = received_by(pred.token) if pred.is_noun else None
    slots = [c for c in received.children if c.dep_ == "nsubj"] if received is not None else _object_slots(pred.token)
    for child in slots:
        if child.pos_ == "NOUN" and any(
            d.dep_ in {"det", "poss"} and d.lower_ in DEFINITE | {"its", "their"} for d in child.children
        ):
            return child
    return None


def _same_kind(noun: Token, told: Told, lexicon: Lexicon) -> bool:
    lemma = predicate_lemma(noun)
    if lemma == told.lemma:
        return True
    for word in (lemma, noun.lower_):
        if word in GENERIC_EVENT_NOUNS:
            roots = GENERIC_EVENT_NOUNS[word]
            if roots is None:  # a reaction ("praised", "backed") is not itself the act others react to
                return told.event.root not in TALK_ROOTS and not told.event.code.startswith("051")
            return any(told.event.code.startswith(prefix) for prefix in roots)
    entries = lexicon.candidates(lemma, "noun")
    return any(entry.code[:2] == told.event.root for entry in entries)


def _author_of(noun: Token, index: ActorIndex) -> list[Actor]:
    """Who made the decision a noun names: "Trump's decision", "the decision by Washington"."""
    heads = [c for c in noun.children if c.dep_ == "poss"]
    heads += [p for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for p in c.children
              if p.dep_ == "pobj"]
    found = actors_of(heads, index) if heads else []
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        # "the treaty by which Russia annexed Crimea", "the decision Trump announced"
        found = found or actors_of([s for s in clause.children if s.dep_ == "nsubj"], index)
    return found


def _bare_concern(pred: Predicate) -> bool:
    """'expressed serious concern', 'voiced regret': a concern noun with no object or topic of its own."""
    token = pred.token
    return (pred.is_noun and pred.entry.code == "012" and pred.light is not None
            and not any(c.dep_ in {"prep", "acl", "relcl", "ccomp"} for c in token.children)
            and not any(c.dep_ in {"prep", "ccomp", "advcl"} for c in pred.light.children))


# Nouns naming what someone said, and the verbs that say it: "The government of South Africa rejects the
# claims" after "Trump says they face a genocide" rejects Trump's words.
SPEECH_NOUN_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(["claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges"],
                    frozenset({"say", "claim", "allege", "accuse", "charge", "state"})),
    **dict.fromkeys(["remark", "remarks", "comment", "comments", "statement"], frozenset({"say", "state", "remark",
                                                                                          "comment", "declare"})),
    **dict.fromkeys(["ultimatum", "demand", "demands", "call", "calls"], frozenset({"call", "demand", "urge", "give",
                                                                                    "issue", "threaten", "order"})),
    "offer": frozenset({"offer", "propose"}),
    "request": frozenset({"request", "ask"}),
}
SPEECH_SENTENCES = 2  # how far back the words a noun names were said


def speaker_before(noun: Token, index: ActorIndex, own: set[str]) -> Actor | None:
    """Who said what a definite speech noun names ("rejects the claims"): its own author phrase, else the
    subject of the nearest verb of saying it before, within SPEECH_SENTENCES, other than the `own` codes."""
    verbs = SPEECH_NOUN_VERBS.get(noun.lower_) or SPEECH_NOUN_VERBS.get(noun.lemma_.lower())
    if verbs is None:
        return None
    found = _not_own(_author_of(noun, index), own)
    if found:
        return found[0]
    for token in tokens_back(noun, SPEECH_SENTENCES, 300):
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in verbs:
            candidates = _not_own(actors_of(subject_heads(token), index), own)
            if candidates:
                return candidates[0]
    return None


def decision_author(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'Japan welcomed the resolution': the author of a decision, resolution or move told earlier, found
    through who adopted, announced or made it; the nearest such act before the reaction wins."""
    if pred.entry.code[:2] not in REACTION_ROOTS:
        return None
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    noun = _event_noun(pred)
    if noun is None:
        if not _bare_concern(pred):
            return None
        # "the EU's foreign policy chief expressed serious concern": concern about nothing named is
        # concern about the decision just told
        lemma = word = "move"
    else:
        lemma = noun.lemma_.lower()
        word = noun.lower_
        if word in SPEECH_NOUN_VERBS or lemma in SPEECH_NOUN_VERBS:
            return speaker_before(noun, index, own)
        if word not in DECISION_NOUNS and lemma not in DECISION_NOUNS:
            return None
    verbs = NOUN_VERBS.get(word, NOUN_VERBS.get(lemma, set()))
    if noun is not None:
        found = [a for a in _author_of(noun, index) if a.code not in own]
        if not found and _relative_object(pred.token):
            # "the council adopted a resolution, which China backed": who adopted the antecedent
            found = _decision_token_author(noun, index, verbs, own)
        if found:
            return found[0]
    found = _decider_before(pred.token, index, own, {word, lemma}, verbs, 3 if noun is None else KIND_LOOKBACK_SENTENCES)
    if found is not None:
        return found
    if noun is not None and (word in RULING_NOUNS or lemma in RULING_NOUNS):
        return claimant(pred, index, own)
    return None


def _decider_before(at: Token, index: ActorIndex, own: set[str], words: set[str], verbs: set[str],
                    lookback: int) -> Actor | None:
    """The author of the decision a noun names, looking back from `at`: through the noun repeated or a
    verb it names (`verbs`); failing that, the nearest decision of any kind by someone else ("hailed the
    announcement" after "Trump recognised Jerusalem": no announcing verb was told)."""
    found = _nearest_decider(at, index, own, words, verbs, lookback)
    if found is None and verbs != DECIDING_VERBS:
        found = _nearest_decider(at, index, own, set(), DECIDING_VERBS, lookback)
    return found


def _nearest_decider(at: Token, index: ActorIndex, own: set[str], words: set[str], verbs: set[str],
                     lookback: int) -> Actor | None:
    """Walking back from `at` over `lookback` sentences: the author of the nearest mention of one of
    `words` (the decision noun repeated) or the subject of one of `verbs` (the deciding act), other
    than the reacting `own` codes."""
    for token in tokens_back(at, lookback, 700):
        if token.lower_ in words or token.lemma_.lower() in words:
            candidates = _decision_token_author(token, index, verbs)
        elif token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            candidates = actors_of(subject_heads(token), index)
        else:
            continue
        candidates = _not_own(candidates, own)
        if candidates:
            return candidates[0]
    return None


def _decision_token_author(token: Token, index: ActorIndex, verbs: set[str],
                           own: set[str] = frozenset()) -> list[Actor]:
    """Who made the decision one noun token names (other than the reacting `own` codes): its own author
    phrase, or the subject (the 'by' agent) of the deciding verb it is the object of: "the council
    adopted a resolution"."""
    candidates = _not_own(_author_of(token, index), own)
    if (candidates or token.dep_ not in {"dobj", "nsubjpass"} or token.head.pos_ not in {"VERB", "AUX"}
            or token.head.lemma_.lower() not in DECIDING_VERBS | verbs):
        return candidates
    verb = token.head
    if token.dep_ == "dobj":
        return _not_own(actors_of(subject_heads(verb), index), own)
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return _not_own(actors_of(agents, index), own)


def _not_own(actors: list[Actor], own: set[str]) -> list[Actor]:
    return [a for a in actors if a.code not in own and a.code[:3] not in own]


# Pronouns that can stand for an act told just before: "did not approve of it", "called it regrettable".
REFERRING_PRONOUNS = {"it", "this", "that"}
PRONOUN_SENTENCES = 2


def _pronoun_object(pred: Predicate) -> Token | None:
    """The pronoun a reaction verb is aimed at, if its object is one ("condemned it", "approve of this")."""
    if pred.is_noun or pred.about is not None:
        return None
    return next((c for c in _object_slots(pred.token) if c.lower_ in REFERRING_PRONOUNS
                 and c.pos_ in {"PRON", "DET"} and not any(d.dep_ in {"prep", "relcl", "acl"} for d in c.children)),
                None)


def _antecedent_decision(pronoun: Token) -> Token | None:
    """The nearest decision noun before a pronoun, else the nearest act noun, within its sentence and
    the two before ("The decision drew criticism. France did not approve of it": the decision)."""
    doc = pronoun.doc
    nouns = [doc[i] for i in range(pronoun.i - 1, window_start(pronoun, PRONOUN_SENTENCES) - 1, -1)
             if doc[i].pos_ == "NOUN"]
    for kinds in (DECISION_NOUNS, DECISION_NOUNS | set(GENERIC_EVENT_NOUNS)):
        found = next((t for t in nouns if {t.lower_, t.lemma_.lower()} & kinds), None)
        if found is not None:
            return found
    return None


def _same_sentence_act(earlier: list[Told], sentence: int, own: set[str]) -> Actor | None:
    """'did not endorse the attack and called it a bad idea': 'it' is what the speaker's own reaction
    just named, so it takes that reaction's target; an act by another actor just told gives its author."""
    for told in reversed(earlier):
        event = told.event
        if event.evidence.sentence != sentence:
            break
        mine = event.source in own or (event.source or "")[:3] in own
        if mine and event.target and event.root in REACTION_ROOTS:
            return told_target(event)
        if event.source and not mine and event.root not in TALK_ROOTS:
            return told_source(event)
    return None


def _last_act_author(earlier: list[Told], sentence: int, own: set[str]) -> Actor | None:
    """The author of the last act (not talk) told in the sentence before, by someone else."""
    for told in reversed(earlier):
        event = told.event
        if sentence - event.evidence.sentence > 1:
            break
        if (event.evidence.sentence < sentence and event.source and event.root not in TALK_ROOTS
                and event.source not in own and event.source[:3] not in own):
            return told_source(event)
    return None


def pronoun_author(pred: Predicate, index: ActorIndex, earlier: list[Told], sentence: int,
                   sources: list[Actor]) -> Actor | None:
    """'Macron said France did not approve of it': a reaction to 'it/this/that' is aimed at the author of
    the act the pronoun stands for, as a reaction to 'the decision' is (see decision_author)."""
    if pred.entry.code[:2] not in REACTION_ROOTS:
        return None
    pronoun = _pronoun_object(pred)
    if pronoun is None:
        return None
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    found = _same_sentence_act(earlier, sentence, own)
    if found is not None:
        return found
    antecedent = _antecedent_decision(pronoun)
    if antecedent is not None:
        words = {antecedent.lower_, antecedent.lemma_.lower()}
        verbs = NOUN_VERBS.get(antecedent.lower_, NOUN_VERBS.get(antecedent.lemma_.lower(), set()))
        authors = _decision_token_author(antecedent, index, verbs, own)
        if authors:
            return authors[0]
        if words & DECISION_NOUNS:  # "The decision drew criticism. France did not approve of it."
            found = _decider_before(antecedent, index, own, words, verbs, KIND_LOOKBACK_SENTENCES)
            if found is not None:
                return found
    return _last_act_author(earlier, sentence, own)


# Texts that act for the body that wrote or adopted them: "the resolution bans coal exports", "the final
# text does not freeze the assets".
INSTRUMENT_NOUNS = {"resolution", "text", "draft", "law", "bill", "measure", "decree", "statement", "declaration"}
INSTRUMENT_SENTENCES = 4


def instrument_author(pred: Predicate, index: ActorIndex) -> list[Actor]:
    """'The council adopted a resolution. The final text does not freeze Kim's assets': a text that does
    what its authors decided stands for them; its author phrase, or who adopted, passed or drafted the
    nearest such text before."""
    if pred.is_noun and pred.light is None:
        return []
    subjects = [c for c in pred.anchor.children if c.dep_ == "nsubj" and c.lemma_.lower() in INSTRUMENT_NOUNS]
    if not subjects:
        return []
    found = _author_of(subjects[0], index)
    if found:
        return found[:1]
    doc = pred.token.doc
    start = window_start(pred.token, INSTRUMENT_SENTENCES)
    for i in range(subjects[0].i - 1, start - 1, -1):
        token = doc[i]
        if token.pos_ == "NOUN" and token.lemma_.lower() in INSTRUMENT_NOUNS:
            authors = _decision_token_author(token, index, {"draft", "write", "table", "submit", "put"})
            if authors:
                return authors[:1]
    return []


# "The attack, claimed by Islamic State, killed 30": who claimed, carried out or was blamed for an attack
# did it.
CLAIMING_VERBS = {"claim", "carry", "launch", "conduct", "stage", "perpetrate", "mount", "blame", "order"}


def attack_claimant(pred: Predicate, index: ActorIndex) -> list[Actor]:
    """The 'by' agent of a participle on the attack ('claimed by X', 'carried out by X'): the event noun
    itself, or a verb's subject naming the attack or weapon."""
    nouns = [pred.token] if pred.is_noun else [c for c in pred.anchor.children if c.dep_ == "nsubj"]
    for noun in nouns:
        # ("attacks in Mali claimed by X": the tagger may read the participle as a past; "attacks that are
        # claimed by X": a relative clause)
        for acl in (c for c in noun.children if c.dep_ in {"acl", "relcl"} and c.tag_ in {"VBN", "VBD"}
                    and c.lemma_.lower() in CLAIMING_VERBS):
            agents = [p for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            found = actors_of(agents, index)
            if found:
                return found[:1]
    return []


def claimed_attack_target(pred: Predicate, earlier: list[Told], sentence: int) -> Actor | None:
    """'A suicide bomber kills seven at a mosque in Kabul. ISKP claims responsibility': a claim that names
    no act is for the violence told just before, and falls on whom it struck."""
    if pred.entry.code != CLAIMED_RESPONSIBILITY or any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.token.subtree):
        return None
    told = next((t.event for t in reversed(earlier) if sentence - t.event.evidence.sentence <= 1
                 and t.event.root in VIOLENT_ROOTS and t.event.target), None)
    return told_target(told) if told is not None else None


def instrument_doer(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int) -> Actor | None:
    """'Israel launched air strikes on Sunday. Hamas said the strikes had hit a school', '... who was also
    killed in the airstrike': a definite attack or strike that does harm was carried out by whoever
    carried out such an act before."""
    if pred.is_noun or pred.entry.code[:2] not in {"17", "18", "19", "20"}:
        return None
    doers = [c for c in pred.token.children if c.dep_ == "nsubj"]
    doers += [p for prep in pred.token.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "by"}
              for p in prep.children if p.dep_ == "pobj"]  # "killed in the airstrike", "wounded by the blast"
    subjects = [c for c in doers if any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)]
    if not subjects:
        return None
    story = story_author(subjects[0], earlier, lexicon)
    if story is not None:
        return story
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > KIND_LOOKBACK_SENTENCES:
            break
        if told.event.source and _same_kind(subjects[0], told, lexicon):
            return told_source(told.event)
    return None


AGAIN_SENTENCES = 2  # how far back the act done again may have been told


def done_again(pred: Predicate, earlier: list[Told], sentence: int, targets: list[Actor]) -> Actor | None:
    """'The United States levied sanctions against him. He was further sanctioned in 2011': an act with no
    doer, done to the one an act of its kind was done to just before, was done by the same doer."""
    codes = {t.code for t in targets}
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > AGAIN_SENTENCES:
            break
        event = told.event
        if event.source and event.target in codes and event.root == pred.entry.code[:2]:
            return told_source(event)
    return None


def claimant(pred: Predicate, index: ActorIndex, own: set[str]) -> Actor | None:
    """'China rejected the ruling', the court not being an actor: the party that brought the case, the
    nearest earlier subject (or 'by' agent) of filing, bringing or challenging."""
    for token in tokens_back(pred.token, KIND_LOOKBACK_SENTENCES, 400):
        if token.pos_ != "VERB" or token.lemma_.lower() not in CLAIMANT_VERBS:
            continue
        heads = [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        candidates = actors_of(heads or subject_heads(token), index)
        candidates = [a for a in candidates if a.code not in own and a.code[:3] not in own]
        if candidates:
            return candidates[0]
    return None


def _opening_end(doc: Doc) -> int:
    """Where a story's opening paragraph ends (its first blank line)."""
    end = doc.text.find("\n\n")
    return len(doc.text) if end < 0 else end


def _paragraph_break(doc: Doc, start: int, end: int) -> bool:
    return "\n\n" in doc.text[start:end]


def story_act(noun: Token, earlier: list[Told], lexicon: Lexicon) -> Told | None:
    """'Thursday, US forces killed Soleimani in an airstrike. [...] The Iraqi prime minister spoke out against
    the attack': one act ("the attack", not "the attacks") named by its kind in a later paragraph that
    tells no act of that kind is the story's act, told in its opening paragraph, not the last attack the
    background mentioned."""
    if noun.tag_ != "NN" or not isinstance(GENERIC_EVENT_NOUNS.get(predicate_lemma(noun)), frozenset):
        return None
    if not any(d.dep_ in {"det", "poss"} and d.lower_ in DEFINITE | {"its", "their"} for d in noun.children):
        return None
    if any(c.dep_ not in {"det", "poss", "amod", "compound"} for c in noun.children):
        return None  # "the attack on a border post in January" tells an act of its own
    doc = noun.doc
    opening = _opening_end(doc)
    if noun.idx < opening:
        return None
    same = [t for t in earlier if t.event.source and t.event.root not in TALK_ROOTS and _same_kind(noun, t, lexicon)]
    if not same or not _paragraph_break(doc, same[-1].event.evidence.end, noun.idx):
        return None  # the act is told in the paragraph that names it again
    first = same[0]
    return first if first.event.evidence.end <= opening else None


def story_author(noun: Token, earlier: list[Told], lexicon: Lexicon) -> Actor | None:
    story = story_act(noun, earlier, lexicon)
    return None if story is None else told_source(story.event)


def referred_author(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int) -> Actor | None:
    """The source of the earlier event the predicate's definite object refers back to."""
    if pred.entry.code[:2] not in REACTION_ROOTS:
        return None
    noun = _event_noun(pred)
    if noun is None:
        return None
    story = story_author(noun, earlier, lexicon)
    if story is not None:
        return story
    kind = GENERIC_EVENT_NOUNS.get(predicate_lemma(noun), GENERIC_EVENT_NOUNS.get(noun.lower_, None))
    lookback = KIND_LOOKBACK_SENTENCES if kind is not None else LOOKBACK_SENTENCES
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > lookback:
            break
        generic = predicate_lemma(noun) in GENERIC_EVENT_NOUNS or noun.lower_ in GENERIC_EVENT_NOUNS
        if pred.about is not None and not generic and told.lemma != predicate_lemma(noun):
            continue  # a verdict on "the draft" refers only to an act told by the same word or a kind noun
        if told.event.source and _same_kind(noun, told, lexicon):
            return told_source(told.event)
    return None


def named_act_author(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int) -> Actor | None:
    """referred_author for an act named by its own kind ("the attack", "the strike"), not by a word for any
    act ("the move", "the decision"), which may stand for much more than the last act told."""
    noun = _event_noun(pred)
    words = {predicate_lemma(noun), noun.lower_} if noun is not None else set()
    if not words or words & DECISION_NOUNS or any(w in GENERIC_EVENT_NOUNS and GENERIC_EVENT_NOUNS[w] is None for w in words):
        return None
    return referred_author(pred, earlier, lexicon, sentence)


ACT_LOOKBACK_SENTENCES = 12  # how far back "the attack" may point at an attack told with its date


def _definite_act_noun(pred: Predicate) -> bool:
    return pred.is_noun and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in pred.token.children)


def _among_its_parties(event: Event, sources: Sequence[Actor]) -> bool:
    """A country's act on its own people named again by a doer of another country is another act: after
    Moscow's lockdown, "the parliament of Portugal voted to extend the national state of emergency" is
    Portugal's own. (An act between countries may be put down to someone else now: "the rocket strikes
    were carried out by sympathizers of the PMF".)"""
    if not sources or not event.source or not event.target or event.source[:3] != event.target[:3]:
        return True
    return any(s.code[:3] == event.source[:3] for s in sources)


def told_act(pred: Predicate, own_date: bool, earlier: list[Told], lexicon: Lexicon,
             sentence: int, sources: Sequence[Actor] = ()) -> Event | None:
    """The act a definite noun names again, as first told with a date of its own. 'Gunmen attacked a police
    station on Thursday. On Monday the ministry said the Taliban had carried out the attack': the attack
    happened when first told, on Thursday, and against whom it was told, whoever is named as its doer
    now. A time of its own ("Friday's attack", "the protests began in June") makes it an act of its own."""
    if own_date or not _definite_act_noun(pred) or pred.entry.code[:2] in TALK_ROOTS:
        return None
    story = story_act(pred.token, earlier, lexicon)
    if story is not None:
        return story.event if story.event.date_source == "text" else None
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > ACT_LOOKBACK_SENTENCES:
            break
        if told.event.evidence.sentence == sentence or told.event.root in TALK_ROOTS:
            continue
        if (told.event.date_source == "text" and _same_kind(pred.token, told, lexicon)
                and _among_its_parties(told.event, sources)):
            return told.event
    return None


def told_act_target(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int,
                    sources: list[Actor]) -> Actor | None:
    """'rocket attacks on the US Embassy; ... the rocket strikes were carried out by sympathizers of the
    PMF': a definite act noun with no target of its own, naming again an act of its kind told just
    before (with or without a date), falls on that act's target."""
    if not _definite_act_noun(pred) or pred.entry.code[:2] in TALK_ROOTS:
        return None
    own = {s.code for s in sources}
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > KIND_LOOKBACK_SENTENCES:
            break
        event = told.event
        if (event.target and event.target not in own and event.root not in TALK_ROOTS
                and _same_kind(pred.token, told, lexicon) and _among_its_parties(event, sources)):
            return told_target(event)
    return None


def elided_target(pred: Predicate, earlier: list[Told], sentence: int, sources: list[Actor]) -> Actor | None:
    """'Saudi Arabia cut ties with Qatar ... Yemen and the Maldives cut ties later in the day': the same
    act told again of other sources, without its target, keeps the target of the act it repeats."""
    if pred.entry.symmetric or pred.is_verdict:
        return None  # "A and B agreed": a joint act among its sources; a verdict's target is what its clause is about
    if any(prep.dep_ == "prep" and prep.lower_ == "against" and any(c.dep_ == "pobj" for c in prep.children)
           for holder in {pred.token, pred.anchor} for prep in holder.children):
        return None  # "charges against two activists": a target is told, if not one coded
    source_codes = {s.code for s in sources}
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > ELLIPSIS_SENTENCES:
            break
        event = told.event
        same_code = event.code == pred.entry.code or {event.code, pred.entry.code} <= ONE_ACT_OF_FORCE
        if told.lemma != predicate_lemma(pred.token) or not same_code or not event.target:
            continue
        if event.evidence.sentence == sentence or event.source in source_codes or event.target in source_codes:
            return None
        return told_target(event)
    return None


# Codes the same attack may carry as told of different sides (fighting, or assault on the unarmed).
ONE_ACT_OF_FORCE = {"180", "190", "193"}


# Definite nouns for people held ("the detainees were released"): they are whoever an arrest or
# abduction told shortly before took, and their holder is who releases them.
CAPTIVE_NOUNS = {"detainee", "detainees", "prisoner", "prisoners", "hostage", "hostages", "captive", "captives",
                 "abductee", "abductees", "men", "women", "fishermen", "sailors", "crew"}
TAKING_CODES = ("173", "181", "1711")


def captives(pred: Predicate, earlier: list[Told], sentence: int) -> tuple[Actor, Actor | None] | None:
    """'Police arrested 20 Brotherhood members on Tuesday. The detainees were later released': the
    people released and who held them, from the arrest the definite noun refers back to."""
    if not pred.entry.code.startswith("084") or pred.is_noun:
        return None
    held = [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in CAPTIVE_NOUNS
            and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children)]
    if not held:
        return None
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > LOOKBACK_SENTENCES:
            break
        event = told.event
        if event.code.startswith(TAKING_CODES) and event.target and event.modality != "negated":
            holder = told_source(event) if event.source else None
            return told_target(event), holder
    return None


# Acts that always have another party even when the sentence leaves it out: a case is brought against
# someone, an apology is made to someone ("Ankara said it would not apologise for defending its airspace").
NEEDS_OTHER_PARTY = {"115", "055"}
OTHER_PARTY_SENTENCES = 2


def other_party(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'The case was brought by the Philippines in 2013': the other country of the dispute, the nearest
    actor of another country before the predicate in its sentence or the two before it."""
    if pred.entry.code not in NEEDS_OTHER_PARTY:
        return None
    objects = [c for c in pred.token.children if c.dep_ == "dobj"]
    named = any(t.i in index.actor_at for o in objects for t in o.subtree)
    if named or any(role_lexicon().role_of([o])[0] for o in objects):
        return None  # "sued the Trump administration": the party is named, if of the suer's own country
    own = {s.code[:3] for s in sources}
    sents = list(pred.token.doc.sents)
    number = next(n for n, sent in enumerate(sents) if sent.start == pred.token.sent.start)
    first = sents[max(0, number - OTHER_PARTY_SENTENCES)].start
    for actor in reversed(index.actors):
        if actor.start >= pred.token.i or actor.start < first:
            continue
        if actor.code[:3] not in own and actor.code[:3].isalpha() and not actor.code.startswith("IGO"):
            return actor
    return None


MAIN_ACTOR_SENTENCES = 8


def main_decision_maker(pred: Predicate, earlier: list[Told], sentence: int, sources: list[Actor]) -> Actor | None:
    """'The EU's foreign policy chief expressed serious concern', nothing decided in the sentences just
    before: concern about what the story's main actor did, the most frequent source of its acts (not talk)."""
    if not _bare_concern(pred):
        return None
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    counts: dict[str, int] = {}
    texts: dict[str, str] = {}
    for told in earlier:
        event = told.event
        if sentence - event.evidence.sentence > MAIN_ACTOR_SENTENCES or not event.source:
            continue
        if event.root in TALK_ROOTS or event.source in own or event.source[:3] in own:
            continue
        counts[event.source] = counts.get(event.source, 0) + 1
        texts.setdefault(event.source, event.source_text or event.source)
    if not counts:
        return None
    best = max(counts, key=lambda code: counts[code])  # ties: the first told
    return Actor(best, texts[best], -1, -1, "anaphor")


REQUEST_ROOTS = {"02", "09", "10"}  # appeals, investigations (subpoenas) and demands a refusal answers
REQUEST_SENTENCES = 12


def refused_requester(pred: Predicate, earlier: list[Told], sentence: int, sources: list[Actor]) -> Actor | None:
    """'The House subpoenaed documents from Barr and Ross. [...] Barr and Ross refused to hand over the
    documents': a refusal naming no one answers whoever last asked the refuser, or whoever its sentence
    tells acting on the refuser for it ("was held in contempt by Congress for refusing to ...")."""
    if pred.entry.code[:2] != "12":
        return None
    own = {s.code for s in sources}
    for told in reversed(earlier):
        event = told.event
        if sentence - event.evidence.sentence > REQUEST_SENTENCES:
            break
        same = event.evidence.sentence == sentence  # ("held in contempt for refusing": by whom it refused)
        if ((same or event.root in REQUEST_ROOTS) and event.source and event.target in own
                and event.source not in own):
            return told_source(event)
    return None


def intent_target(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'Duterte pledged to improve relations with China': an intent to cooperate is aimed at whoever its
    infinitive acts with, on or towards."""
    if pred.entry.code[:2] != "03" or pred.is_noun:
        return None
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    for clause in (c for c in pred.token.children if c.dep_ == "xcomp"):
        heads = [c for c in clause.children if c.dep_ in {"dobj", "dative"}]
        # "pledged to help Vietnam rebuild its grid": the one helped is the subject of the help's clause
        heads += [s for c in clause.children if c.dep_ in {"ccomp", "xcomp"} for s in c.children if s.dep_ == "nsubj"]
        holders = [clause, *heads]
        heads += [p for h in holders for prep in h.children if prep.dep_ == "prep"
                  and prep.lower_ in {"with", "to", "toward", "towards"} for p in prep.children if p.dep_ == "pobj"]
        found = [a for a in actors_of(heads, index) if a.code not in own and a.code[:3] not in own]
        if found:
            return found[0]
    return None


SIDES = {"side", "sides", "party", "parties", "country", "countries", "nation", "nations", "neighbour",
         "neighbours", "neighbor", "neighbors", "rival", "rivals"}


def conflict_sides(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """'China and Russia urged all sides to resume talks': an appeal to 'all sides' or 'both parties' is
    aimed at the two countries the article names most besides its speakers, if no third is named as often,
    or at the one country it names more than twice as often as any other (its own parties)."""
    if pred.entry.code[:2] != "02" or pred.is_noun:
        return []
    addressed = [c for c in pred.token.children if c.dep_ in {"dobj", "dative"}]
    addressed += [p for c in pred.token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                  for p in c.children if p.dep_ == "pobj"]
    if not any(a.lemma_.lower() in SIDES and any(d.lower_ in {"all", "both", "two"} for d in a.children)
               for a in addressed):
        return []
    own = {s.code[:3] for s in sources}
    sides: dict[str, Actor] = {}
    counts: dict[str, int] = {}
    for actor in index.actors:
        country = actor.code[:3]
        if country in own or not country.isalpha() or actor.code.startswith("IGO"):
            continue
        if country not in sides or (actor.code == country and sides[country].code != country):
            sides[country] = actor  # the country itself rather than one of its groups
        counts[country] = counts.get(country, 0) + 1
    # the two countries the article is about: named more often than any third
    ranked = sorted(counts, key=lambda c: -counts[c])
    if ranked and (len(ranked) == 1 or counts[ranked[0]] > 2 * counts[ranked[1]]):
        return [sides[ranked[0]]]  # one country's own parties: a domestic conflict
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[2]] >= counts[ranked[1]]):
        return []
    return [sides[ranked[0]], sides[ranked[1]]]


POINTING = {"those", "these", "both", "two"}


def pointed_countries(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """"accuses Kuwait and the UAE of the attacks and launches attacks against those countries": "those
    countries", "both nations", "the two states" among an act's objects are the countries named before
    them in the sentence, else in the one before, besides the doers' own."""
    heads = [c for c in pred.token.children if c.dep_ in {"dobj", "dative"}]
    heads += [o for c in pred.token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    pointer = next((h for h in heads if h.lemma_.lower() in {"country", "nation", "state"} and h.tag_ == "NNS"
                    and any(d.lower_ in POINTING for d in h.children)), None)
    if pointer is None:
        return []
    own = {s.code[:3] for s in sources}
    sentence = pointer.sent
    for start in (sentence.start, window_start(pointer, 1)):
        found: dict[str, Actor] = {}
        for actor in index.actors:
            if start <= actor.start < (pointer.i if start == sentence.start else sentence.start) and actor.kind == "country":
                code = actor.code[:3]
                if code not in own and code.isalpha() and not actor.code.startswith("IGO"):
                    found.setdefault(code, actor)
        if len(found) >= 2:
            return list(found.values())
    return []


def concern_subject(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'voiced concern that Ankara is drifting away from the West': concern about what a clause's subject does."""
    if not pred.is_noun or pred.entry.code != "012":
        return None
    holders = [pred.token] + ([pred.light] if pred.light is not None else [])
    clauses = [c for h in holders for c in h.children if c.dep_ in {"acl", "ccomp"}
               and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    own = {s.code for s in sources} | {s.code[:3] for s in sources}
    for clause in clauses:
        found = [a for a in actors_of(subject_heads(clause), index) if a.code not in own and a.code[:3] not in own]
        if found:
            return found[0]
    return None
