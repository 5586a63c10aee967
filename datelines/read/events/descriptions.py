"""Judgements given as descriptions: "Corbyn called the move a 'smash and grab on our democracy'"
criticises (111) whoever made the move; "Sanders called Biden a 'decent man'" praises (051) him.

Only a describing verb (ontology/evaluations.yaml) with a description (its predicate noun, or an
'as' phrase) counts, and only when the words of the description judge (the same file's lists) and
both the describer and the described (or the owner of what is described) are coded actors.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from datelines.model import Event
from datelines.read.events.arguments import subject_heads
from datelines.read.events.dating import EventDate, event_date, tree_distance
from datelines.read.events.home import home_targets
from datelines.read.events.lexicon import LexiconEntry
from datelines.read.events.modality import ASSERTED, REPORTED, modality_of
from datelines.read.events.phrases import Actor, ActorIndex, actors_of, implied
from datelines.read.events.predicates import Predicate
from datelines.read.paragraphs import goes_on_line, line_start

CRITICISE, PRAISE, SYMPATHISE = "111", "051", "018"


EVALUATIONS_PATH = Path(__file__).resolve().parents[2] / "ontology" / "evaluations.yaml"


@lru_cache(maxsize=1)
def evaluations() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(EVALUATIONS_PATH.read_text(encoding="utf-8"))
    return {key: frozenset(data.get(key, [])) for key in ("describing_verbs", "negative", "positive", "tribute", "sympathy")}


def _misread_object(oprd: Token) -> Token | None:
    """'called the government's move a "smash and grab"' parsed with 'move' as the description and
    'smash' as its object: the object of the description is the real description."""
    return next((c for c in oprd.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _description(verb: Token) -> Token | None:
    """'called the move a smash and grab' (oprd), 'described the decision as a mistake' (as + pobj)."""
    # the parser may hang 'as' on the object, or on the 'to' of 'referred to X as Y'
    holders = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "prep"})]
    holders += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children]
    for holder in holders:
        for child in holder.children:
            if holder is verb and child.dep_ in {"oprd", "xcomp"} and child.pos_ in {"NOUN", "PROPN", "ADJ"}:
                return _misread_object(child) or child
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((p for p in child.children if p.dep_ == "pobj"), None)
            if holder is not verb and holder.dep_ == "dobj" and child.dep_ == "amod" and child.i > holder.i:
                return child  # "called Trump's order swift and decisive", the adjective parsed as the noun's
    return None


def _described(verb: Token, index: ActorIndex) -> Actor | None:
    """The actor described, or the owner of the thing described ('Trump's conduct', 'the move by Johnson');
    'referred to X as Y' describes X."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for c in verb.children if c.dep_ == "oprd" and _misread_object(c) is not None]
    objects += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children
                if p.dep_ == "pobj"]
    for obj in objects:
        found = actors_of([obj], index)
        if found:
            return found[0]
        owners = [c for c in obj.children if c.dep_ == "poss"]
        owners += [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in {"of", "by"}
                   for p in prep.children if p.dep_ == "pobj"]
        for owner in owners:
            if owner.i in index.actor_at:
                return index.actor_at[owner.i]
    return None


def judgement(verb: Token) -> str | None:
    """111 when the description holds a word of blame, 051 when only words of praise, else None."""
    words = evaluations()
    if verb.lemma_.lower() not in words["describing_verbs"]:
        return None
    description = _description(verb)
    if description is None:
        return None
    lemmas = {t.lemma_.lower() for t in description.subtree} | {t.lower_ for t in description.subtree}
    if lemmas & words["negative"]:
        return CRITICISE
    return PRAISE if lemmas & words["positive"] else None


def described_judgements(verb: Token, index: ActorIndex, published: date, number: int, build,
                          refer=lambda pred, sources: None) -> list[Event]:
    """The judgement events of one verb; `build` is extract.build_event (passed in to avoid a cycle), and
    `refer` finds the author of an act told before that a definite noun names ("characterized the attack
    as a violation" is aimed at whoever attacked)."""
    code = judgement(verb)
    if code is None:
        return []
    pred = Predicate(verb, LexiconEntry(lemma=verb.lemma_.lower(), code=code, example="They called it a disgrace."))
    target = _described(verb, index)
    sources = [s for s in actors_of(subject_heads(verb), index) if target is None or s.code != target.code]
    if target is None and sources:
        target = refer(pred, sources)
        target = target if target is not None and all(s.code != target.code for s in sources) else None
    if target is None and sources and code == CRITICISE:
        # "Corbyn called the move a smash and grab": a deed of no named doer, in a one-country story,
        # is the story's government's
        target = next(iter(home_targets(sources, CRITICISE, verb.doc._.story_country)), None)
    if target is None or not sources:
        return []
    when, modality = event_date(pred, published), modality_of(pred)
    return [build(pred, source, target, modality, when, None, verb.sent, number) for source in sources]


SPEAKING = {"say", "tell", "write", "tweet", "add", "state", "declare", "warn", "insist", "argue", "post", "comment",
            "remark", "speak", "claim", "complain", "accuse"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def _opens_inside_quote(sentence) -> bool:
    """Does the sentence start inside a quotation opened earlier on its line?"""
    before = sentence.doc[line_start(sentence[0]):sentence.start]
    return sum(1 for t in before if t.text in QUOTE_MARKS) % 2 == 1


def _quoted(sentence) -> list[Token]:
    """The tokens of a sentence that stand between quotation marks (from its start, when it opens
    inside a quotation: 'He is the author of our troubles", said Bumhira')."""
    inside, out = _opens_inside_quote(sentence), []
    for token in sentence:
        if token.text in QUOTE_MARKS:
            inside = not inside
        elif inside:
            out.append(token)
    return out


def _speech_verb(sentence, quote: list[Token]) -> Token | None:
    """The verb of saying outside the quotation marks ('said', 'wrote', 'added')."""
    return next((t for t in sentence if t.lemma_.lower() in SPEAKING and t.pos_ in {"VERB", "AUX"}
                 and t not in quote), None)


def quote_speakers(sentence, index: ActorIndex) -> list[Actor]:
    """Who speaks the quotation of a sentence: the subject of its speech verb outside the quotes."""
    quote = _quoted(sentence)
    verb = _speech_verb(sentence, quote) if quote else None
    return actors_of(subject_heads(verb), index) if verb is not None else []


def continues_quote(sentence) -> bool:
    """A sentence that opens with a quotation mark, or starts inside one left open, goes on with the
    last speaker's words: '"Whenever there are signs ...," wrote Wong. "They always come with a
    tighter grip. They have conceded nothing."'"""
    words = [t for t in sentence if not t.is_space]
    return bool(words and words[0].text in QUOTE_MARKS) or _opens_inside_quote(sentence)


# How many sentences of one quotation may come before the one that names its speaker.
QUOTE_LOOKAHEAD = 4


def speakers_after(sentence, index: ActorIndex) -> list[Actor]:
    """'"... He was a dictator. He was ruthless. He is the author of our troubles", said Bumhira': a
    quotation of several sentences whose speaker is named after its last one."""
    doc, following = sentence.doc, sentence
    for _ in range(QUOTE_LOOKAHEAD):
        if following.end >= len(doc):
            return []
        following = doc[following.end].sent
        if not goes_on_line(following) or not _opens_inside_quote(following):
            return []
        found = quote_speakers(following, index)
        if found:
            return found
    return []


def _framing_date(sentence, code: str, published: date) -> EventDate | None:
    """'Erdogan said on Wednesday, "Those who remain silent ... Trump is behaving like a bully."': the
    words of a quotation's later sentences were said when its framing sentence, the one with the speech
    verb, says they were."""
    doc, earlier = sentence.doc, sentence
    for _ in range(QUOTE_LOOKAHEAD):
        if earlier.start == 0 or not (continues_quote(earlier) and goes_on_line(earlier)):
            return None
        earlier = doc[earlier.start - 1].sent
        verb = _speech_verb(earlier, _quoted(earlier))
        if verb is not None:
            when = event_date(Predicate(verb, LexiconEntry(lemma=verb.lemma_.lower(), code=code, example="")), published)
            return when if when.date_source == "text" else None
    return None


# How far (in dependency arcs) a named actor may stand from a word of blame in a quotation and still be
# the one blamed: "Boris Johnson is trying ... a dangerous way to govern" (subject of the blaming clause).
BLAME_DISTANCE = 4


BLAMED_PRONOUNS = {"they", "he", "she", "them", "him", "her"}


def _blames_someone(quote: list[Token], blame: list[Token]) -> bool:
    """Does the quotation's blame fall on a person or group it points at without naming ("they")?"""
    pointed = [t for t in quote if t.lower_ in BLAMED_PRONOUNS]
    return any(tree_distance(p, b) <= BLAME_DISTANCE for p in pointed for b in blame)


def quoted_judgements(sentence, index: ActorIndex, published: date, number: int, build,
                      sources: list[Actor]) -> list[Event]:
    """'Cooper said: "Boris Johnson is trying to use the Queen ... a deeply dangerous and irresponsible way
    to govern."': a speaker's quoted words that blame an actor they name criticise that actor (111);
    words of grief or sympathy are an empathetic comment (018), and words of praise for an actor they
    name praise it (051). `sources` speak the quotation (quote_speakers, or the speaker of the
    quotation it continues)."""
    quote = _quoted(sentence) or (list(sentence) if sources and continues_quote(sentence) else [])
    if not quote or not sources:
        return []
    words = evaluations()
    if {t.lemma_.lower() for t in quote} & words["negative"]:
        target = _blamed(sentence, quote, index, sources)
        code = CRITICISE
    else:
        code, target = _kind_words(quote, index, sources, sentence.doc._.story_country)
    if target is None:
        return []
    speech = _speech_verb(sentence, quote)
    verb = speech or sentence.root
    pred = Predicate(verb, LexiconEntry(lemma=verb.lemma_.lower(), code=code, example='He said: "It is a disgrace."'))
    when, modality = event_date(pred, published), modality_of(pred)
    if speech is None and modality == REPORTED:
        modality = ASSERTED  # words of the quotation itself: the speaker did say them
    if speech is None and when.date_source == "publication":
        when = _framing_date(sentence, code, published) or when
    return [build(pred, source, target, modality, when, None, sentence, number) for source in sources]


def _blamed(sentence, quote: list[Token], index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """The actor a quotation's words of blame fall on: one it names near them, else, for blame of someone
    it points at without naming, the speaker's adversary at home."""
    own = {s.code for s in sources} | {s.code[:3] for s in sources}  # ("For Mexico, he is a terrorist": its own land)
    named = [t for t in quote if t.i in index.actor_at and index.actor_at[t.i].code not in own]
    blame = [t for t in quote if t.lemma_.lower() in evaluations()["negative"]]
    target = _nearest_named(named, blame, index)
    if target is None and (named or not _blames_someone(quote, blame)):
        # the actors it names are not the ones its words blame ("to stop this aggression"); blame of no
        # one is too often no criticism at all ("we face a terrorist threat": on the development parts,
        # 2 of 8 such readings aimed at home were right)
        return None
    if target is None:
        # '"They have conceded nothing, and a crackdown is on the way," said an opposition leader': blame
        # of someone unnamed, at home (home.home_targets: an opposition's at its government)
        target = next(iter(home_targets(sources, CRITICISE, sentence.doc._.story_country)), None)
    return target


def _nearest_named(named: list[Token], judging: list[Token], index: ActorIndex) -> Actor | None:
    """The named actor nearest (in arcs, within BLAME_DISTANCE) to a judging word."""
    linked = [(min(tree_distance(t, w) for w in judging), t) for t in named]
    linked = [(d, t) for d, t in linked if d <= BLAME_DISTANCE]
    return index.actor_at[min(linked, key=lambda pair: pair[0])[1].i] if linked else None


def _unnegated(words: list[Token]) -> list[Token]:
    """Words no 'not' or 'never' of their own clause turns round ('he was not a great leader')."""
    return [w for w in words if not any(c.dep_ == "neg" for c in (*w.children, *w.head.children))]


SPEAKER_WORDS = {"i", "me", "my", "we", "us", "our"}


def _kind_words(quote: list[Token], index: ActorIndex, sources: list[Actor],
                story: str | None) -> tuple[str, Actor | None]:
    """'"Our thoughts and prayers are with the families of the victims"': sympathy (018) with the ones it
    names, else with the people of the one country it places them in, or of the story's country; '"He was
    an icon of liberation"': praise (051) of an actor named (or pointed at by a resolved pronoun) near the
    words of praise. Never of the speaker."""
    words = evaluations()
    speaking = {(s.start, s.end) for s in sources}
    named = [t for t in quote if t.i in index.actor_at and index.actor_at[t.i].code
             and (index.actor_at[t.i].start, index.actor_at[t.i].end) not in speaking]
    named = [t for t in named if t.lower_ not in SPEAKER_WORDS
             and all(index.actor_at[t.i].name != s.name or not s.name for s in sources)]
    grief = _unnegated([t for t in quote if t.lemma_.lower() in words["sympathy"]])
    if grief:
        target = _nearest_named(named, grief, index)
        places = [index.place_actor_at[t.i] for t in quote if t.i in index.place_actor_at]
        if target is None and len({p.code[:3] for p in places}) == 1:
            target = implied(places[0].code[:3] + "CVL")  # "the families of the victims in Mali"
        if target is None and story is not None:
            target = implied(story + "CVL")  # the bereaved and the struck are the story's people
        return SYMPATHISE, target
    praise = _unnegated([t for t in quote if t.lemma_.lower() in words["tribute"]])
    return PRAISE, (_nearest_named(named, praise, index) if praise else None)
