"""Find event predicates in the dependency parse: verbs and event nouns that the lexicon knows.

A predicate is a token plus the lexicon entry that codes it. An event noun under a light verb
("have a meeting", "hold talks", "pay a visit") keeps that verb, because the verb carries the
subject, the tense and the modality of the event the noun names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from datelines.read.actors.geocode import SETTLEMENT_NOUNS, geocode
from datelines.read.events.lexicon import NO_EVENT, Lexicon, LexiconEntry, load_lexicon, normalize_lemma

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "pobj", "dative"}
# Prepositions that tell when or why an act was done, never what it was done to.
CIRCUMSTANCE_PREPS = {"after", "before", "during", "following", "despite", "since", "until", "ahead"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"}
# Heads that only count or group what the real object is: "dozens of diplomats".
PARTITIVE = {"dozen", "dozens", "tens", "hundreds", "thousands", "number", "group", "some", "many", "all",
             "most", "several", "member", "members", "couple", "pair", "series", "round", "set", "batch", "worth",
             "million", "billion", "trillion", "houses", "chambers", "wave", "waves", "barrage", "volley", "spate",
             "part", "parts", "portion", "portions"}
# "take part in talks", "participate in the summit": the verb of taking part carries the event noun.
PARTICIPATION = {"part", "participate", "engage", "join"}
# "responded with sanctions", "retaliated with air strikes": the event noun is the response.
RESPONSE_VERBS = {"respond", "answer", "retaliate", "react", "hit", "punish", "slap", "reply"}
CLAUSE_DEPS_FOR_VERB = {"ROOT", "advcl", "conj", "ccomp", "relcl", "xcomp", "pcomp", "acl", "csubj"}


@dataclass(frozen=True)
class Predicate:
    """A token that states an event, the entry that codes it and its light verb, if any."""

    token: Token
    entry: LexiconEntry
    light: Token | None = None
    # A verdict ("Merkel said the annexation breached international law"): the subject of the reported
    # clause, whose doer is the target of the speaker's criticism.
    about: Token | None = None

    @property
    def is_noun(self) -> bool:
        return self.entry.pos == "noun"

    @property
    def is_verdict(self) -> bool:
        return self.entry is VERDICT_ENTRY or self.entry is PRAISE_ENTRY

    @property
    def anchor(self) -> Token:
        """The verb that carries subject, tense and modality: the light verb for a noun under one."""
        return self.light if self.light is not None else self.token

    @property
    def text(self) -> str:
        if self.entry.particle:
            parts = [c for c in self.token.children if c.lower_ == self.entry.particle]
            if parts:
                return f"{self.token.text} {parts[0].text}"
        return predicate_surface(self.token)


def predicate_lemma(token: Token) -> str:
    """The lemma with a hyphenated prefix glued back on: co - operate -> cooperate."""
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text in {"-", "\u2011"} and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return normalize_lemma(doc[i - 2].text + token.lemma_)
    return normalize_lemma(token.lemma_)


def predicate_surface(token: Token) -> str:
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text in {"-", "\u2011"} and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return doc[i - 2 : i + 1].text
    return token.text


def acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger missed as one but which heads a clause with a subject ('the US back')."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ in {"ADV", "ADJ", "NOUN", "PROPN"} and token.dep_ in CLAUSE_DEPS_FOR_VERB:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) and token.tag_ not in {"NNS", "NNPS"}
    return False


def clause_verb(noun: Token) -> Token | None:
    """'deployed at the request of Bamako', 'announced the loan on a trip to Dhaka': the verb whose
    clause an event noun in a prepositional phrase belongs to."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i and acts_as_verb(prep.head):
        return prep.head
    return None


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out.extend(t for t in token.conjuncts if t.i > token.i)
    return out


# The word an entry's `objects` list uses for any named place: "took Mosul" fits take + [city, @place].
PLACE_OBJECT = "@place"
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
TIME_ENTITIES = {"DATE", "TIME"}  # "by March" is a month, though a town in England bears the name
# ... and `@actor` for any named person, organisation or state: "received Putin" fits receive + [@actor].
ACTOR_OBJECT = "@actor"
ACTOR_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# ... and `@person` for a named person that is no known place: "recaptured Amra" fits recapture + [@person].
PERSON_OBJECT = "@person"
# A place after these says where the act happened, not what it was done to.
LOCATING_PREPS = {"in", "at", "near", "inside", "outside", "around", "off", "across", "along"}
DESTINATION_PREPS = {"to", "toward", "towards", "from", "into"}  # where one goes or comes from


def with_name_compounds(token: Token) -> Span:
    """'Wad Madani', 'Bir Hakeim': a proper name with the proper nouns compounded before it."""
    start = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.i])
    return token.doc[start:token.i + 1]


def _singular(word: str) -> str:
    """The tagger leaves a name's plural unlemmatized ("Accords", "Treaties")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


FLAG_WORDS = {"flagged", "registered"}


def vessel_named(name: Token) -> bool:
    """'seized the Polish-flagged Marinette, the last vessel of the flotilla': a ship's name, whatever town
    shares it."""
    return (any(t.lower_ in FLAG_WORDS for t in name.subtree if t.i < name.i)
            or any(c.dep_ == "appos" and c.lemma_.lower() in VEHICLES for c in name.children)
            or (name.dep_ == "appos" and name.head.lemma_.lower() in VEHICLES))  # "the tanker Talara"


def _words(token: Token) -> set[str]:
    """Lemma and lower form of a head and its compound/adjectival modifiers ('arms deal', 'visa-free travel'),
    and PLACE_OBJECT when the head is a named place."""
    located = token.dep_ == "pobj" and token.head.lower_ in LOCATING_PREPS  # "seized a tanker in the Strait"
    if located and token.head.head.dep_ not in {"dobj", "oprd"} and token.ent_type_ in PLACE_ENTITIES:
        return set()  # "took place at Baghdad International Airport": where the act was, not what it was done to
    words = {predicate_lemma(token), normalize_lemma(token.lower_)}
    if token.pos_ == "PROPN":  # "signed the Artemis Accords": a name's plural head
        words.add(_singular(normalize_lemma(token.lower_)))
    # ("was taken to the Medical University of Gdansk", "returned from Syria": where one is brought or
    # comes from is not what is taken or given back)
    destination = token.dep_ == "pobj" and token.head.lower_ in DESTINATION_PREPS
    if token.pos_ == "PROPN" and vessel_named(token):
        words.add("vessel")
    elif token.pos_ == "PROPN" and not located and not destination and token.ent_type_ not in TIME_ENTITIES and (
            token.ent_type_ in PLACE_ENTITIES or geocode(with_name_compounds(token).text) is not None
            or any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENT_NOUNS for c in token.children)):
        # the tagger often misses a city's type ("Kherson" PERSON, "Aleppo" NORP); a name the text calls a
        # town is one ("recapture Moqokori, a town in the Hiiraan region")
        words.add(PLACE_OBJECT)
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # ("received Putin and Erdogan", not "educated in India and the Royal Military Academy")
    if token.ent_type_ in ACTOR_ENTITIES and first.dep_ in {"dobj", "nsubjpass", "appos"}:
        words.add(ACTOR_OBJECT)  # the one acted on, not 'a degree from Florida State University'
        if token.ent_type_ == "PERSON" and PLACE_OBJECT not in words:
            words.add(PERSON_OBJECT)

    for child in token.children:
        # (a common noun's possessive says what kind the thing is as a compound would: "a teachers' strike")
        if child.dep_ in {"compound", "amod", "npadvmod", "nmod"} or (child.dep_ == "poss" and child.pos_ == "NOUN"):
            words |= {normalize_lemma(child.lemma_), normalize_lemma(child.lower_)}
            words |= {normalize_lemma(w) for w in child.lower_.split("-")}
    return words


DEADLINE_NOUNS = {"hour", "hours", "day", "days", "week", "weeks", "deadline", "ultimatum"}


def deadline_given(clause: Token) -> Token | None:
    """'gave Hamas 48 hours to release the hostages': the one given a deadline to do what the clause says."""
    head = clause.head
    if clause.dep_ not in {"advcl", "xcomp", "acl"} or not to_infinitive(clause):
        return None
    holder = head.head if clause.dep_ == "acl" else head  # ("48 hours to release": the clause on the noun)
    if not any(c.dep_ == "dobj" and c.lower_ in DEADLINE_NOUNS for c in holder.children):
        return None
    return next((c for c in holder.children if c.dep_ in {"dative", "iobj"}), None)


def infinitive_clause(clause: Token) -> bool:
    """'allowed inspectors to visit', 'let inspectors access the site': an infinitive the parser gave a subject
    of its own, which is the object of the verb above (not 'said it would allow', not 'said that ...')."""
    auxes = [a.lower_ for a in clause.children if a.dep_ in {"aux", "mark"}]
    return clause.dep_ == "ccomp" and clause.tag_ == "VB" and auxes in (["to"], [])


THING_PRONOUNS = {"it", "them"}


def main_of_clause(verb: Token) -> Token | None:
    """The verb a gerund after a preposition ("after seizing it") or an adverbial clause hangs on."""
    return verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "advcl" else None


def told_object(verb: Token) -> list[Token]:
    """"releases the tanker after seizing it", "reopens its border after closing them": the pronoun object of
    a gerund hung on the main verb is the main verb's object."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "dobj" and c.lower_ in THING_PRONOUNS for c in verb.children):
        return []
    main = main_of_clause(verb)
    if main is None or main.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in main.children if c.dep_ == "dobj" and c.lower_ not in THING_PRONOUNS]


def _absolute_with(prep: Token, pobj: Token) -> bool:
    """'captured a camp, with forty fighters killed': a 'with' phrase that tells what went with the act."""
    return prep.lower_ == "with" and any(c.dep_ in {"acl", "amod"} and c.tag_ == "VBN" for c in pobj.children)


ENDING_NOUNS = {"halt", "end", "cessation"}


def object_heads(token: Token, circumstances: bool = True) -> list[Token]:
    """The heads a verb acts on, or a noun is 'of': through conjunctions and partitive heads, and the objects
    of the prepositions that say when or why ('resigned after protests') unless `circumstances` is False."""
    if acts_as_verb(token) and token.pos_ != "NOUN" and not is_gerund_noun(token):
        heads = [c for c in token.children if c.dep_ in OBJECT_DEPS or (c.dep_ == "ccomp" and c.pos_ == "NOUN")]
        # "breaks off diplomatic relations", parsed with the object under the particle
        heads += [p for c in token.children if c.dep_ == "prt" for p in c.children if p.dep_ == "pobj"]
        # "found the mayor guilty", parsed as a small clause: the adjective and its subject are both objects
        heads += [h for c in token.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                  for h in (c, *(s for s in c.children if s.dep_ == "nsubj"))]
        # "allowed inspectors to visit the site", parsed as a clause: its subject is the one allowed
        heads += [s for c in token.children if infinitive_clause(c) for s in c.children if s.dep_ == "nsubj"]
        heads += marked_clauses(token, "for")  # "called for the government to resign": the act called for
        heads += [p for obj in heads if obj.dep_ in {"dobj", "oprd", "nsubjpass"} for prep in obj.children
                  if prep.dep_ == "prep" and prep.lower_ in {"of", "with", "in"} for p in prep.children if p.dep_ == "pobj"]
        # "declared the ambassador a persona non grata", "designated the Houthis a terrorist organization": the
        # object's complement, parsed in apposition (no comma)
        heads += [c for obj in heads if obj.dep_ in {"dobj", "dative"} for c in obj.rights
                  if c.dep_ == "appos" and c.i > 0 and c.doc[c.i - 1].dep_ != "punct" and c.doc[c.left_edge.i - 1].dep_ != "punct"]
        # ("pulled out of the deal": the preposition hangs on the particle)
        particles = [c for c in token.children if c.dep_ in {"prt", "prep"} and c.lower_ in {"out", "away", "back"}]
        for prep in (c for h in [token, *particles] for c in h.children if c.dep_ in {"prep", "dative"}
                     and (circumstances or c.lower_ not in CIRCUMSTANCE_PREPS) and not _as_part_of(c)):
            heads.extend(p for p in prep.children if p.dep_ == "pobj" and not _absolute_with(prep, p))
            # "called for a day of rage": a time span names the act it is given over to
            heads.extend(p for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_ in {"day", "week"}
                         for of in obj.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj")
        if token.dep_ == "relcl" and any(c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.lower_ in {"which", "that"})
                                         for c in token.children):
            heads.append(token.head)  # "the deal which was signed", "measures which the government dropped"
        if token.dep_ == "acl" and token.tag_ == "VBN":
            heads.append(token.head)  # "projectiles fired by Iran": what a participle describes is its object
        heads += told_object(token)
    else:
        # ("a ban on niqabs": what a measure falls on is its object too; "withdrawal from the deal": what
        # is left)
        # ("a halt to its insurgent activities": what an ending noun ends)
        preps = {"of", "on", "from"} | ({"to"} if token.lemma_.lower() in ENDING_NOUNS else set())
        heads = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
                 for p in prep.children if p.dep_ == "pobj"]
        if token.dep_ == "compound":
            heads.append(token.head)  # "suspension of visa travel" parsed as "suspension travel"
    return with_wholes(_with_conjuncts(heads))


def _as_part_of(prep: Token) -> bool:
    """'withdraw from two neighborhoods as part of a deal': what the act belongs to, not what it acts on."""
    return prep.lower_ == "as" and any(p.lemma_.lower() == "part" for p in prep.children if p.dep_ == "pobj")


def with_wholes(heads: Iterable[Token]) -> list[Token]:
    """Each head, and after a partitive one what it is a part of: "thousands of workers", "part of the plan"."""
    expanded: list[Token] = []
    for head in heads:
        expanded.append(head)
        if head.lower_ in PARTITIVE or head.lemma_ in PARTITIVE:
            expanded.extend(p for prep in head.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj")
    return expanded


def object_words(token: Token, circumstances: bool = True) -> set[str]:
    words: set[str] = set()
    for head in object_heads(token, circumstances):
        words |= _words(head)
    if token.pos_ == "NOUN":
        words |= _words(token) - {predicate_lemma(token), normalize_lemma(token.lower_)}
    return words


def _has_child(token: Token, text: str, deps: set[str]) -> bool:
    return any(c.lower_ == text and c.dep_ in deps for c in token.children)


def marked_clauses(token: Token, mark: str) -> list[Token]:
    """"Called for NATO members to spend more": the parser may read the preposition as the mark of a
    clause under the verb rather than as the verb's own preposition."""
    return [c for c in token.children if c.dep_ in {"advcl", "ccomp"} and _has_child(c, mark, {"mark"})]


INFINITIVE_REACH = 12


def entry_fits(token: Token, entry: LexiconEntry) -> bool:
    if entry.particle and not any(
        c.lower_ == entry.particle and c.i > token.i and c.dep_ in {"prt", "advmod", "prep", "acomp"} for c in token.children
    ):
        return False
    if entry.prep and not (_has_child(token, entry.prep, {"prep", "dative", "agent", "pcomp"})
                           or marked_clauses(token, entry.prep)):
        return False
    if entry.infinitive and not _governs_infinitive(token, entry.infinitive):
        return False
    # ("suspended talks after the attack" is no suspended attack: a time phrase does not choose the sense)
    return not entry.objects or bool(entry.objects & object_words(token, entry.prep in CIRCUMSTANCE_PREPS))


ANY_INFINITIVE = "*"  # an entry's `infinitive` that any verb fills: "told Pakistan to do more"


def _governs_infinitive(token: Token, lemma: str) -> bool:
    """'ordered 60 Russians to leave', 'gave the ambassador 48 hours to leave': a to-infinitive of that
    lemma with no subject of its own, close below the verb (the parser hangs it on the verb, on its
    object or on a clause inside the object)."""
    if lemma == ANY_INFINITIVE:  # (then only the verb's own clause: not "told reporters the tests will be run to ...")
        return any(to_infinitive(t) and (t.head == token or (t.head.head == token and t.head.dep_ in {"dobj", "dative"}))
                   for t in token.subtree if t.i > token.i)
    return any(t.lemma_.lower() == lemma and to_infinitive(t) and 0 < t.i - token.i <= INFINITIVE_REACH
               and not any(c.dep_.startswith("nsubj") for c in t.children) for t in token.subtree)


def is_gerund_noun(token: Token) -> bool:
    """'Fighting between A and B resumed', 'the downing of a jet', 'killed in shelling by the RSF' (the parser
    made it a clause after 'in', but its doer follows 'by'): an -ing form used as a noun."""
    nominal = token.dep_ in NOMINAL_DEPS or (token.dep_ == "pcomp" and any(
        c.dep_ == "prep" and c.lower_ == "by" for c in token.children))
    return token.tag_ == "VBG" and nominal and not any(c.dep_ in {"nsubj", "aux", "dobj"} for c in token.children)


def _mistagged_noun(token: Token) -> bool:
    """'The Tatmadaw grants amnesty to prisoners': a bare form the tagger took for a verb, in an object's
    place and with nothing a verb would govern."""
    return token.pos_ == "VERB" and token.tag_ in {"VB", "VBP"} and token.dep_ in {"dobj", "pobj"} and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"} for c in token.children)


def _first_fit(token: Token, entries: list[LexiconEntry]) -> LexiconEntry | None:
    return next((entry for entry in entries if entry_fits(token, entry)), None)


# Heads that an event noun compounded onto them only describes: a "protest group" is a group.
GROUPING_HEADS = {"group", "band", "movement", "veteran", "helicopter", "leader", "organizer", "organiser"}


def _names_a_kind_of_actor(token: Token) -> bool:
    """'protest music group Pussy Riot', 'war veterans', 'strike leaders': an event noun compounded onto
    a word for people or things names what they are, not an act."""
    from datelines.read.actors.roles import role_lexicon

    head = token.head
    if token.dep_ != "compound" or token.pos_ != "NOUN" or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    while head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # ("protest music group": 'music' also modifies 'group')
    return head.lemma_.lower() in GROUPING_HEADS or role_lexicon().role_of([head])[0] is not None


def best_entry(token: Token, lexicon: Lexicon) -> LexiconEntry | None:
    """The most specific entry whose constraints the token satisfies; None when that is a sense of the
    word that is no act (the lexicon's not_events: "took place", "hails from")."""
    if _names_a_kind_of_actor(token):
        return None
    lemma = predicate_lemma(token)
    surface = normalize_lemma(predicate_surface(token))
    entry = None
    if (token.pos_ == "NOUN" and not acts_as_verb(token)) or is_gerund_noun(token) or _mistagged_noun(token):
        for key in dict.fromkeys((lemma, surface)):
            entry = _first_fit(token, lexicon.candidates(key, "noun"))
            if entry is not None:
                break
        if entry is None and token.pos_ == "NOUN":
            return None
    if entry is None and _capitalised_noun(token):
        for key in (token.lower_, token.lower_[:-1], token.lower_[:-2]):
            entry = _first_fit(token, lexicon.candidates(key, "noun"))
            if entry is not None:
                break
    if entry is None and acts_as_verb(token):
        entry = _first_fit(token, lexicon.candidates(lemma, "verb"))
        if entry is None and predicate_surface(token).lower().startswith(("re-", "re\u2011")):
            entry = _first_fit(token, lexicon.candidates(lemma[2:], "verb"))  # "re-designates" is "designates" again
    return entry if entry is not None and entry.code != NO_EVENT else None


def _capitalised_noun(token: Token) -> bool:
    """'Tributes were paid by world leaders': a plural noun opening a sentence that the tagger took for a
    name (its lemma is then the word itself)."""
    return (token.is_sent_start and token.pos_ == "PROPN" and token.tag_ == "NNPS"
            and token.dep_ in {"nsubj", "nsubjpass"} and not any(c.pos_ == "PROPN" for c in token.lefts))


def stranded_with(token: Token) -> Token | None:
    """'answered with travel bans and asset freezes against ...': the parser reads the last plural noun
    as a verb ('freezes') whose subject is the real object of the stranded 'with'. Returns that word."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.tag_ != "VBZ" or verb.dep_ not in {"ccomp", "conj"} or token.pos_ != "NOUN":
        return None
    preps = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < token.i
             and not any(p.dep_ == "pobj" for p in c.children)]
    if not preps or token.left_edge.i != preps[-1].i + 1:
        return None
    return verb


def is_light_verb(token: Token, lexicon: Lexicon) -> bool:
    """'imposed', and its repetition 'reimposed' / 're-imposed', even when the tagger reads an adjective."""
    forms = {token.lemma_.lower(), token.lower_}
    if token.tag_ in {"JJ", "VBN", "VBD"}:
        forms |= {f[:-1] for f in forms if f.endswith("ed")} | {f[:-2] for f in forms if f.endswith("ed")}
    forms |= {f[2:].lstrip("-") for f in forms if f.startswith("re")}
    return bool(forms & lexicon.light_verbs)


# Verbs that give or announce an amount of money "in" an event noun ("$500 million in military aid").
GIVING_VERBS = {"announce", "approve", "provide", "give", "send", "offer", "grant", "deliver", "allocate", "authorize",
                "authorise", "extend", "unveil"}
GROWTH = {"increase", "boost", "rise", "expansion", "surge", "hike"}
# Nouns that frame an event noun compounded onto them: what is done to the frame is done to the event.
FRAME_NOUNS = {"process", "proceedings", "proceeding", "procedure", "campaign", "operation", "operations", "motion",
               "drive", "hearing", "hearings", "package", "packages", "rate", "rates"}  # ("tariff rates")


def _money(token: Token) -> bool:
    """'$500 million', '500 million euros', 'US$3.8 billion': an amount of money, tagged or not."""
    from datelines.read.actors.component import CURRENCY_WORDS

    return (token.ent_type_ == "MONEY" or token.lower_ in CURRENCY_WORDS
            or any(t.text in {"$", "US$", "€", "£"} for t in token.subtree))


def light_verb_of(token: Token, lexicon: Lexicon) -> Token | None:
    """'have a meeting', 'talks were held', 'take part in talks': the verb that carries the event noun."""
    head = token.head
    calls_off = head.lemma_ == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children)
    if token.dep_ in {"dobj", "nsubjpass", "attr"} and (is_light_verb(head, lexicon) or calls_off):
        return head
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in PARTICIPATION:
        return head.head.head if head.head.lemma_ == "part" else head.head
    if token.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in RESPONSE_VERBS:
        return head.head  # "answered with travel bans": the answerer imposes them
    if stranded_with(token) is not None and head.head.lemma_ in RESPONSE_VERBS:
        return head.head  # the same, misparsed: "answered with travel bans and asset freezes" 
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ == "hold":
        return head.head  # "held the minister in contempt"
    if token.dep_ == "attr" and head.lemma_ == "be" and any(c.dep_ == "expl" for c in head.children):
        return head  # "there was an assault on an inmate", "there have been clashes"
    if token.dep_ == "appos" and head.dep_ == "dative" and is_light_verb(head.head, lexicon):
        return head.head  # "granted Pogue a full pardon", the pardon misparsed as Pogue's apposition
    for relative in (c for c in token.children if c.dep_ == "relcl" and c.pos_ == "VERB" and is_light_verb(c, lexicon)):
        # "the state of emergency Trump declared", "the sanctions that Washington imposed": the noun is
        # the relative clause's object, and its subject the doer
        objects = [d for d in relative.children if d.dep_ in {"dobj", "nsubjpass"}]
        if all(d.lower_ in {"that", "which"} for d in objects) and any(d.dep_ == "nsubj" for d in relative.children):
            return relative
    if token.dep_ == "conj":
        return light_verb_of(token.head, lexicon) if token.head.pos_ == "NOUN" else None
    if (token.dep_ == "pobj" and head.lower_ == "in" and head.head.dep_ == "dobj"
            and (_money(head.head) or head.head.lemma_.lower() in GROWTH) and head.head.head.lemma_.lower() in GIVING_VERBS):
        # "announced $500 million in military aid", "announced increases in military aid" (not "ordered his
        # staff to delay $400 million")
        return head.head.head
    if token.dep_ == "compound" and (head.lower_ in FRAME_NOUNS or head.lemma_.lower() in GROWTH):
        # "began an impeachment process", "launched a bombing campaign", "announced a 30% tariff increase"
        return light_verb_of(head, lexicon)
    if token.dep_ == "pobj" and head.lower_ == "of" and (head.head.lemma_ in PARTITIVE or head.head.lower_ in PARTITIVE):
        return light_verb_of(head.head, lexicon)  # "held several rounds of talks": the rounds are held
    if token.dep_ == "pobj" and head.lower_ == "including" and head.head.pos_ == "NOUN":
        # "announces revised tariff rates ..., including a new 35% tariff on Canada": one of those announced
        return light_verb_of(head.head, lexicon)
    return None


# Speech verbs that can pass a verdict in their complement clause.
VERDICT_SPEECH = {"say", "state", "declare", "insist", "argue", "add", "stress", "maintain", "tell", "warn",
                  "write", "note", "contend", "assert", "allege", "charge",
                  # a court's finding: "ruled the prorogation was unlawful", "found that Evers lacked authority"
                  "rule", "find", "hold", "conclude", "determine"}
# What a clause calls its subject when it damns it: "was illegal", "was a violation of international law".
DAMNING = {"illegal", "illegitimate", "unlawful", "unjustified", "unjustifiable", "unacceptable", "unfounded",
           "baseless", "wrong", "irresponsible", "reckless", "provocative", "outrageous", "absurd", "invalid",
           "void", "deplorable", "regrettable", "criminal", "barbaric", "hostile", "aggressive",
           "mistake", "crime", "violation", "breach", "provocation", "aggression", "betrayal", "disgrace",
           "farce", "sham", "outrage", "blunder", "unconstitutional", "undemocratic",
           "stunt", "ploy", "hoax", "charade", "scam", "dictator", "tyrant", "liar"}
# Lacking what an act needs: "Evers lacked authority to reschedule the election".
WANTING_POWERS = {"authority", "power", "powers", "jurisdiction", "mandate", "right", "legitimacy", "standing"}
# Breaking a norm: "breached international law", "violated the UN charter", "crossed many lines".
BREACH_VERBS = {"breach", "violate", "flout", "contravene", "cross", "infringe", "trample"}
NORMS = {"law", "laws", "charter", "rule", "rules", "norm", "norms", "principle", "principles", "obligation",
         "obligations", "commitment", "commitments", "resolution", "resolutions", "line", "convention",
         "constitution", "amendment", "treaty", "sovereignty", "rights", "right", "agreement", "ceasefire", "truce",
         "clause", "clauses", "act", "statute", "statutes", "regulation", "regulations", "injunction"}
# Roles a speaker can deny an actor: "could no longer act as a mediator", "is not an honest broker".
TRUSTED_ROLES = {"mediator", "broker", "arbiter", "intermediary", "guarantor", "partner", "sponsor", "referee",
                 "peacemaker"}
# Verbs whose denial disqualifies their subject: "can no longer be trusted", "cannot be relied on".
TRUST_VERBS = {"trust", "rely", "believe"}
VERDICT_ENTRY = LexiconEntry(lemma="say", code="111",
                             example="Merkel said the annexation breached international law.")
# What a clause calls a person when it praises them: "was a brilliant scientist", "has been a world treasure".
PRAISING = {"brilliant", "outstanding", "remarkable", "exceptional", "extraordinary", "wonderful", "admirable",
            "courageous", "brave", "heroic", "hero", "treasure", "icon", "legend", "inspiration", "visionary",
            "statesman", "stateswoman", "champion", "patriot", "titan", "decent", "selfless", "tireless",
            "exemplary", "pioneer", "trailblazer", "giant", "genius", "great", "greatest", "finest", "best"}
PRAISE_ENTRY = LexiconEntry(lemma="say", code="051",
                            example="The chancellor said the admiral was a brilliant scientist.")


def _damning_clause(clause: Token) -> bool:
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    if clause.lemma_ == "be":
        return any(c.dep_ in {"acomp", "attr"} and (c.lemma_.lower() in DAMNING or c.lower_ in DAMNING)
                   for c in clause.children)
    if clause.lemma_ == "lack":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in WANTING_POWERS for c in clause.children)
    if clause.lemma_ in BREACH_VERBS:
        # "violated the Fourteenth Amendment", "infringe upon Greece's sovereign rights"
        broken = [c for c in clause.children if c.dep_ == "dobj"]
        broken += [p for c in clause.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for p in c.children
                   if p.dep_ == "pobj"]
        return any(c.lemma_.lower() in NORMS and (clause.lemma_ != "cross" or (
            c.lower_ == "lines" or any(m.lower_ == "red" for m in c.children))) for c in broken)
    return False


def _negated(clause: Token) -> bool:
    """'not', 'never', 'no longer' on a clause."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or (
        c.lemma_ == "long" and any(g.dep_ == "neg" for g in c.children)) for c in clause.children)


def _role_words(clause: Token) -> set[str]:
    """The role a clause gives its subject: 'was a broker', 'act as a mediator', 'play the role of mediator'."""
    heads = [c for c in clause.children if c.dep_ in {"attr", "dobj"}]
    heads += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
              if p.dep_ == "pobj"]
    heads += [p for h in list(heads) if h.lemma_ == "role" for c in h.children if c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    return {h.lemma_.lower() for h in heads}


def _disqualifying_clause(clause: Token) -> bool:
    """'the United States could no longer act as a mediator': the speaker denies its subject a trusted role."""
    if not _negated(clause):
        return False
    if clause.lemma_ in TRUST_VERBS:
        return any(c.dep_ == "nsubjpass" for c in clause.children)
    return clause.lemma_ in {"be", "act", "serve", "play", "remain"} and bool(_role_words(clause) & TRUSTED_ROLES)


def _praised_person(clause: Token) -> Token | None:
    """'Walter was the most brilliant scientist I have ever known': the person a clause praises. Only
    people are read (a name or he, she): praise of a plan or a deal names no one praised."""
    if clause.lemma_ != "be" or _negated(clause):
        return None
    words = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
    words += [m for w in list(words) for m in w.children if m.dep_ == "amod"]
    if not any(w.lemma_.lower() in PRAISING or w.lower_ in PRAISING for w in words):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in {"he", "she"}):
        return subject
    return None


def verdict_of(token: Token) -> Predicate | None:
    """'The ministry said the measures were unjustified': a speaker's verdict on the subject of its clause;
    'said Munk had been a world treasure': praise of the person it names."""
    if token.lemma_ not in VERDICT_SPEECH or token.pos_ not in {"VERB", "AUX"}:
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for part in [clause, *clause.conjuncts]:
            if _damning_clause(part) or _disqualifying_clause(part):
                subjects = [c for c in part.children if c.dep_ in {"nsubj", "nsubjpass"}]
                return Predicate(token, VERDICT_ENTRY, about=subjects[0] if subjects else None)
            if (praised := _praised_person(part)) is not None:
                return Predicate(token, PRAISE_ENTRY, about=praised)
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if token.lemma_ in RULING_VERBS and objects and any(t.lower_ in UNLAWFUL for t in token.subtree):
        # "ruled the government's practice unconstitutional", however the model hangs the adjective
        return Predicate(token, VERDICT_ENTRY, about=objects[0])
    return None


# A court's ruling that something is against the law, with the thing ruled on as its object.
RULING_VERBS = {"rule", "declare", "deem"}
UNLAWFUL = {"unconstitutional", "unlawful", "illegal", "invalid", "void"}


# Groups of people whose sending is the act ("sent a delegation to Ankara"); as subjects, they are actors.
SENT_GROUPS = {"delegation", "mission"}


def find_predicates(sent: Span, lexicon: Lexicon) -> list[Predicate]:
    """Every lexicon predicate in the sentence, minus nouns that only restate a verb's object."""
    found: list[Predicate] = []
    for token in sent:
        entry = best_entry(token, lexicon)
        if entry is None:
            verdict = verdict_of(token)
            if verdict is not None:
                found.append(verdict)
            continue
        light = light_verb_of(token, lexicon) if entry.pos == "noun" else None
        if token.dep_ in {"nsubj", "nsubjpass"} and token.lemma_.lower() in SENT_GROUPS:
            continue  # "the delegations of Cyprus and Greece met": people who act, not a visit
        found.append(Predicate(token, entry, light))
    verbs = {p.token.i: p for p in found if not p.is_noun}
    kept = [p for p in found if not (p.is_noun and (_restates_verb_object(p, verbs) or _sums_up_verb_act(p, verbs)))]
    # "offered full support": the event noun names the act; its light verb is not a second event.
    lights = {p.light.i for p in kept if p.is_noun and p.light is not None}
    kept = [p for p in kept if p.is_noun or p.token.i not in lights]
    return [p for p in kept if not _restates_purpose(p, kept) and not background_protest(p) and not background_war(p)
            and not _fights_a_problem(p) and not since_an_act(p) and not _injuries_of_another_act(p, kept)
            and not _price_of_a_service(p) and not harm_of_an_accident(p) and not standing_alignment(p)
            and not rule_or_habit(p) and not _manner_of_violence(p, kept) and not _aim_of_help(p, kept)
            and not _launch_of_intercepted(p, kept) and not _travel_allowed(p) and not _topic_of_talks(p)]


TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "negotiator", "negotiators", "mediation"}


def _topic_of_talks(pred: Predicate) -> bool:
    """'a second round of ceasefire talks': what talks are about is not yet done."""
    token = pred.token
    return pred.is_noun and token.dep_ == "compound" and token.head.lemma_.lower() in TALK_NOUNS


TRAVEL_DOCUMENTS = {"visa", "passport", "permit"}


def _travel_allowed(pred: Predicate) -> bool:
    """'was denied a visa to enter Canada': the travel a document allows is a person's journey, no act."""
    token = pred.token
    return (not pred.is_noun and token.dep_ in {"acl", "relcl"} and to_infinitive(token)
            and token.head.lemma_.lower() in TRAVEL_DOCUMENTS)


LAUNCHING_VERBS = {"launch", "fire"}  # (what is launched or fired is aimed, not dropped or planted)


def _launch_of_intercepted(pred: Predicate, found: list[Predicate]) -> bool:
    """'intercepted a ballistic missile launched from Yemen by Houthi forces': the launch the interception
    met is read with the interception (the launchers' attack on the interceptor), not again as an attack
    on the place it came from."""
    token = pred.token
    if pred.is_noun or token.dep_ != "acl" or token.lemma_.lower() not in LAUNCHING_VERBS:
        return False
    weapon = token.head
    if any(c.dep_ == "prep" and c.lower_ in {"at", "on", "toward", "towards", "against", "into"} for c in token.children):
        return False  # ("missiles fired by the Houthis at Aramco": the launch names its own target)
    return weapon.dep_ == "dobj" and any(other.token.i == weapon.head.i and other.token.lemma_.lower() == "intercept"
                                         for other in found)


TARGETING_VERBS = {"target", "aim"}  # (what help is aimed at)
HELPING_ROOTS = {"03", "05", "06", "07"}


def _aim_of_help(pred: Predicate, found: list[Predicate]) -> bool:
    """'will provide $1.3 billion in financing, targeting housing and tourism': what help is aimed at is no attack."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() not in TARGETING_VERBS or verb.dep_ not in {"advcl", "acl", "xcomp"}:
        return False
    return any(other.token.i == verb.head.i and other.entry.code[:2] in HELPING_ROOTS for other in found)


PLAIN_ATTACKS = {"attack", "assault", "shooting", "stabbing", "ambush"}


def _manner_of_violence(pred: Predicate, found: list[Predicate]) -> bool:
    """'militants kill 34 people in coordinated attacks on villages', 'killed two soldiers during a ramming
    attack': violence the doer's own violent verb was done in, with no doer of its own named on it, is that
    verb's act told again, not a second one."""
    if not pred.is_noun or pred.entry.code[:2] not in VIOLENT_ROOTS:
        return False
    noun = pred.token.head if pred.token.dep_ == "compound" else pred.token  # ("in shooting attacks")
    if noun.lemma_.lower() not in PLAIN_ATTACKS or noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during"}:
        return False  # (not "killed 20 in missile strikes": the weapon says more than the verb)
    if any(c.dep_ in {"poss", "amod", "compound"} and (c.ent_type_ or c.pos_ in {"PROPN", "NOUN"})
           and c.lemma_.lower() not in PLAIN_ATTACKS for c in noun.lefts) or any(
            c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False  # ("in Russian attacks", "in a bandit attack", "in attacks by the RSF": a doer of its own)
    verb = noun.head.head
    if verb.dep_ == "dobj":
        verb = verb.head  # ("kill 34 people in attacks": the phrase hung on the object)
    return any(not other.is_noun and other.token.i == verb.i and other.entry.code[:2] in VIOLENT_ROOTS
               and any(c.dep_ == "nsubj" for c in verb.children) for other in found)


# Law and habit, not events: "Under the Constitution, the House impeaches the official", "the Constitution
# specifies that officials are removed", "whenever the family finds out, she is kicked out".
CONSTITUTIONS = {"constitution", "charter"}
LEGAL_TEXTS = CONSTITUTIONS | {"law", "statute", "treaty", "act", "rule", "rules", "regulation", "regulations"}
NORM_VERBS = {"specify", "stipulate", "provide", "require", "mandate", "dictate", "say", "state"}
# (their present forms, for when the tagger takes "specifies" for a plural noun)
NORM_VERB_FORMS = {verb[:-1] + "ies" if verb.endswith("y") and verb != "say" else verb + "s" for verb in NORM_VERBS}


def rule_or_habit(pred: Predicate) -> bool:
    """An act the clause lays down as law or tells as a habit, not as something done."""
    verb = pred.token if not pred.is_noun else clause_verb(pred.token)
    if verb is None:
        return False
    for clause in [verb, *[a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}][:2]]:
        if _whenever(clause) or any(c.dep_ == "advcl" and _whenever(c) for c in clause.children):
            return True  # ("whenever the police find out, the migrants are arrested": the main clause too)
        if any(c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() in CONSTITUTIONS for o in c.children)
               for c in clause.children):
            return True
        if clause.dep_ == "ccomp" and (clause.head.lemma_ in NORM_VERBS or clause.head.lower_ in NORM_VERB_FORMS) and any(
                s.dep_ == "nsubj" and s.lemma_.lower() in LEGAL_TEXTS for s in clause.head.children):
            return True
    return False


def _whenever(clause: Token) -> bool:
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ == "whenever" for c in clause.children)


# Participles that describe where someone stands, not an act: "businessmen allied with Maduro".
STANDING_PARTICIPLES = {"ally", "align", "affiliate"}


def standing_alignment(pred: Predicate) -> bool:
    token = pred.token
    # (no auxiliary and no 'after'/'when': "both allied with Maduro" may be parsed as a clause of "both")
    return (not pred.is_noun and token.lemma_.lower() in STANDING_PARTICIPLES and token.dep_ in {"advcl", "acl", "amod"}
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in token.children))


# What a "tariff" prices when it is no duty on trade: "raises electricity tariffs by 18%".
SERVICES = {"electricity", "power", "water", "energy", "fuel", "gas", "utility", "utilities", "bus", "rail", "taxi",
            "transport", "postal", "phone", "telecom", "internet", "feed", "grid", "heating", "toll"}


def _price_of_a_service(pred: Predicate) -> bool:
    token = pred.token
    return (pred.is_noun and token.lemma_.lower() == "tariff"
            and any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in SERVICES for c in token.children))


INJURY_LEMMAS = {"injure", "wound"}
VIOLENT_ROOTS = {"18", "19", "20"}  # assault, fight, mass violence
PROTEST_ROOT = "14"
OCCUPATION = "192"
CONSULT_ROOT = "04"
HARMING_PREPS = {"in", "during", "amid", "amidst"}  # the act a harm was done in


def _injuries_of_another_act(pred: Predicate, found: list[Predicate]) -> bool:
    """'dozens are injured in drone strikes', 'injured after being attacked by protesters': the wounded are
    victims of the act the sentence names, not of a second attack. (Wounded named beside the killed,
    'kills four police officers and injures three civilians', may be other victims: see
    extract.more_victims_of_same_act.)"""
    if pred.is_noun or pred.token.lemma_.lower() not in INJURY_LEMMAS:
        return False
    linked = {p.i for prep in pred.token.children if prep.dep_ in {"prep", "agent"} for p in prep.children
              if p.dep_ in {"pobj", "pcomp"}}
    # (not "stabs and injures a man after illegally entering Israel": crossing into a country wounds no one)
    return any(other.token.i in linked and other.entry.code[:2] in VIOLENT_ROOTS and other.entry.code != OCCUPATION
               for other in found if other is not pred)


# What vehicles, buildings and boats do by accident: "a helicopter crashes, killing eight people".
ACCIDENT_VERBS = {"crash", "collapse", "capsize", "derail", "overturn", "sink", "plunge", "crashland", "ditch",
                  "collide"}
VEHICLES = {"bus", "minibus", "coach", "car", "van", "truck", "lorry", "train", "tram", "plane", "aircraft", "airplane",
            "jet", "helicopter", "boat", "ship", "vessel", "ferry", "dinghy", "barge", "trawler", "tanker", "vehicle",
            "motorbike", "motorcycle"}
HARM_LEMMAS = INJURY_LEMMAS | {"kill", "hurt", "leave"}  # ("leaving eight dead")


def harm_of_an_accident(pred: Predicate) -> bool:
    """Deaths a crash or collapse caused ('crashes near Obuasi, killing eight people') are no one's act."""
    token = pred.token
    return (not pred.is_noun and token.lemma_.lower() in HARM_LEMMAS and token.dep_ in {"advcl", "conj"}
            and token.head.lemma_.lower() in ACCIDENT_VERBS)


# What states "fight" without fighting anyone: "fighting piracy", "the war on drugs", "combat terrorism".
PROBLEMS = {"piracy", "terrorism", "corruption", "crime", "poverty", "pandemic", "epidemic", "virus", "coronavirus",
            "covid", "disease", "drug", "drugs", "trafficking", "smuggling", "extremism", "radicalism",
            "wildfire", "wildfires", "blaze", "climate", "inflation", "hunger", "famine", "malaria", "cancer",
            "racism", "discrimination", "misinformation", "disinformation", "fraud", "graft"}


def _fights_a_problem(pred: Predicate) -> bool:
    """A fight, battle or war whose object is a problem, not an enemy, is no use of force."""
    if pred.entry.code[:2] != "19":
        return False
    token = pred.token
    objects = [c for c in token.children if c.dep_ in {"dobj", "pobj"}]
    objects += [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"against", "on"}
                for p in prep.children if p.dep_ == "pobj"]
    if token.dep_ == "compound":
        objects.append(token.head)
    objects += [c for c in token.children if c.dep_ == "compound"]  # "drug war"
    # "fight raging wildfires", the participle misread as a verb of its own that takes the object
    objects += [o for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG" for o in c.children if o.dep_ == "dobj"]
    return any(o.lemma_.lower() in PROBLEMS or o.lower_ in PROBLEMS for o in objects)


# "in the sixteen weeks of protests", "since the protests began", "amid protests": protests named as the
# background of another act are told elsewhere (or are the story's setting), not a new protest.
BACKGROUND_PREPS = {"since", "during", "amid", "amidst", "throughout", "following"}
SPAN_NOUNS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights"}


# Nouns that mark the edge of an act named after them: "since the start of the war".
EDGE_NOUNS = {"start", "beginning", "outbreak", "onset", "end"}


def since_an_act(pred: Predicate) -> bool:
    """'Exports have fallen since the Russian invasion of Ukraine', 'since the start of the war': an act
    named as the point a span of time runs from is told as a date, not as news."""
    token = pred.token
    if not pred.is_noun or pred.light is not None or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ in EDGE_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.lower_ == "since"


# (not "strike", which is as often an air strike, nor the month "March")
PROTEST_WORDS = {"protest", "protester", "protestor", "demonstration", "demonstrator", "rally", "march",
                 "marcher", "riot", "rioter", "unrest", "striker", "sit-in", "boycott"}


def _protest_told_elsewhere(token: Token) -> bool:
    """The story names protests or protesters in other words than this one."""
    return any(t.lemma_.lower() in PROTEST_WORDS and t.pos_ in {"NOUN", "VERB"} and t.i != token.i for t in token.doc)


def background_protest(pred: Predicate) -> bool:
    """'resigned amid protests': protests named as another act's background are that act's setting when the
    story tells them elsewhere; named nowhere else, they are the only telling of a protest."""
    token = pred.token
    if not pred.is_noun or pred.entry.code[:2] != "14" or pred.light is not None or token.dep_ != "pobj":
        return False
    prep = token.head
    background = prep.lower_ in BACKGROUND_PREPS or (prep.lower_ == "of" and prep.head.lower_ in SPAN_NOUNS)
    return background and _protest_told_elsewhere(token)


# A war named as the setting of something else: "postponed amidst the Iran war", "risks linked to the Iran
# war", "affected by the war". The war is the state the news happens in, not an act the sentence tells.
WARS = {"war", "civil war"}
ENDING_VERBS = {"end", "stop", "halt"}
SETTING_PREPS = BACKGROUND_PREPS | {"to", "of", "by", "in", "over", "from"}


def background_war(pred: Predicate) -> bool:
    """'killed in the war', 'a war correspondent', 'a plan to end the war': a war named as the setting, a
    kind or the thing to be ended is no act of war told here."""
    token = pred.token
    if not pred.is_noun or pred.light is not None or token.lemma_.lower() not in WARS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS:
        return True
    if token.dep_ == "compound":
        return True
    # ("to end the war between the United States and Iran" names an ongoing war and its sides; not "the war
    # between Iran, Israel, and the United States", whose sides a list of three does not tell)
    sides = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"between", "with", "against", "on"}]
    named = [p for c in sides for o in c.children if o.dep_ == "pobj" for p in (o, *o.conjuncts)]
    return token.dep_ == "dobj" and token.head.lemma_.lower() in ENDING_VERBS and (not sides or len(named) > 2)


ATTRIBUTING_VERBS = {"ascribe", "attribute", "blame"}


def attributed_to(noun: Token) -> list[Token]:
    """'another attack ascribed to the Taliban', 'a bombing blamed on Kurdish militants': the doer others
    put the act down to (the act is then reported)."""
    return [p for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in ATTRIBUTING_VERBS
            for prep in acl.children if prep.dep_ == "prep" and prep.lower_ in {"to", "on"}
            for p in prep.children if p.dep_ == "pobj"]


def shot_down(verb: Token) -> bool:
    """'shot down a drone': force on aircraft and missiles, fought, not an assault or a claim."""
    return any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


def in_international_waters(tokens: Iterable[Token]) -> bool:
    """'a drone attack off the coast of Malta in international waters': an act at sea on no state's ground."""
    return any(t.lemma_.lower() == "water" and t.head.lower_ == "in" and any(c.lower_ == "international" for c in t.children)
               for token in tokens for t in token.subtree)


ATTEMPT_NOUNS = {"attempt", "plot", "bid", "scheme", "conspiracy"}  # ("an attempt by X to bomb": X's act, tried)
LAUNCHED_WEAPONS = {"drone", "missile", "rocket"}  # (not jets: "jets bombed the parliament", in a coup)
WATCHING_WORDS = {"surveillance", "reconnaissance", "spy", "observation"}


def intercepts(verb: Token) -> bool:
    """'intercepts a missile fired by the Houthis', 'shoot down five missiles from Iran': what is stopped
    was launched at the one who stops it (not a jet, which may have been on patrol, nor a drone that watched)."""
    return verb.lemma_.lower() == "intercept" or (shot_down(verb) and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in LAUNCHED_WEAPONS
        and not any(m.lower_ in WATCHING_WORDS for m in c.lefts) for c in verb.children))


ALLEGING_VERBS = {"accuse", "blame", "charge", "suspect", "allege"}
RESULT_VERBS = {"kill", "injure", "wound", "leave", "destroy", "damage", "displace", "hurt", "maim"}


def accused_act(verb: Token) -> Token | None:
    """'Hamas accuses Israel of carrying out 266 attacks ..., killing 132 Palestinians': the parser hangs the
    result on the accusation; it is part of the act alleged (that act's verb is returned)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in RESULT_VERBS:
        return None  # ("accuse the government of working against its people, calling for ...": their own call)
    if head.dep_ == "pcomp" and head.head.lower_ in {"of", "for"} and head.head.head.lemma_.lower() in ALLEGING_VERBS:
        return head  # (or on the act alleged itself)
    if head.lemma_.lower() not in ALLEGING_VERBS:
        return None
    return next((c for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}
                 for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.i < verb.i), None)


def to_infinitive(verb: Token) -> bool:
    """Does the verb carry its own infinitive 'to' ("to discuss", "wants Iran to leave")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


COMMAND_VERBS = frozenset({"order", "instruct", "direct", "command"})
# Whom a state's executive commands: its forces, officials and offices ("ordered the army to seize the town",
# "ordered the commerce ministry to raise tariffs").
OWN_SIDE_NOUNS = frozenset({"force", "forces", "troop", "troops", "army", "military", "navy", "soldier", "soldiers",
                            "police", "staff", "guard", "guards", "unit", "units", "department", "ministry", "agency",
                            "administration", "cabinet", "government", "authority", "authorities", "official",
                            "officials", "minister"})


def commands_own_side(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and (c.lower_ in OWN_SIDE_NOUNS or owned(c)) for c in verb.children)


def owned(noun: Token) -> bool:
    """'its airlines', 'their diplomats': the subject's own people or firms."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in noun.children)


def _restates_purpose(pred: Predicate, found: list[Predicate]) -> bool:
    """'will meet ... to discuss the conflict': a consultation whose purpose is talk is one event, not two (but
    what one's own forces are ordered to do is the act: 'ordered the forces to seize the crossing')."""
    token = pred.token
    if token.dep_ not in {"advcl", "acl", "xcomp"} or not to_infinitive(token):
        return False
    governors = {token.head.i, token.head.head.i}
    return any(other is not pred and other.entry.code[:2] == pred.entry.code[:2]
               and not (other.entry.infinitive and commands_own_side(other.token))
               and (other.token.i in governors or other.anchor.i in governors) for other in found)


def _occasion_of(noun: Token) -> bool:
    """'entered Syria at the request of Assad': what the act was done at is no object of it."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"at", "upon"}


def _done_in(noun: Token, verb: Token) -> bool:
    """'the tanker was hit in an Iranian attack': the act a harm was done in is no object of the harm."""
    return (noun.dep_ == "pobj" and noun.head.lower_ in HARMING_PREPS and noun.head.head.i == verb.i
            and any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children))


def _names_entry_object(named: Token, objects: frozenset[str]) -> bool:
    """The noun, or what it is 'of', is among the entry's objects: "signed a deal", "ordered the closure of
    two newspapers" (not "summoned the envoy over an attack", an act of its own)."""
    return any(_words(t) & objects for t in (named, *(p for of in named.children if of.lower_ == "of"
                                                      for p in of.children if p.dep_ == "pobj")))


DIPLOMACY_ROOTS = {"03", "04", "05"}
TRUCE_CODE = "087"  # de-escalate: a ceasefire, a truce


def _talks_before_the_deal(named: Token, noun: Token, verb: Predicate) -> bool:
    """'agreed on a ceasefire after talks in Minsk': diplomacy told as the occasion of a diplomatic act is
    the same process told again (an attack after which flights were suspended is an act of its own)."""
    if named.head.lower_ not in CIRCUMSTANCE_PREPS or not (verb.entry.code[:2] in DIPLOMACY_ROOTS
                                                           or verb.entry.code.startswith(TRUCE_CODE)):
        return False
    return any(e.code[:2] in DIPLOMACY_ROOTS for e in load_lexicon().candidates(noun.lemma_.lower(), "noun"))


def _sums_up_verb_act(pred: Predicate, verbs: dict[int, Predicate]) -> bool:
    """'launches 273 drones at Ukraine, the largest such attack since ...': the noun that sums the act up,
    parsed as a second object of a verb that already has the object its entry names, is that act told
    again; the verb keeps its own reading (with its target) rather than lending itself to the noun."""
    verb = verbs.get(pred.light.i) if pred.light is not None else None
    if verb is None or not verb.entry.objects or pred.token.dep_ != "dobj":
        return False
    return any(other.i != pred.token.i and _names_entry_object(other, verb.entry.objects)
               for other in object_heads(verb.token, circumstances=False))


def _restates_verb_object(pred: Predicate, verbs: dict[int, Predicate]) -> bool:
    """'signed a deal': the verb entry already names the deal, so the noun is not a second event."""
    noun = pred.token
    for verb in verbs.values():
        if (verb.token.dep_ == "relcl" and verb.token.head.i == noun.i) or _done_in(noun, verb.token):
            continue  # "measures, which the government dropped": the antecedent is told in its own clause
        named = noun.head if noun.dep_ == "compound" else noun  # ("revoked the cooperation agreements")
        if (named.i == noun.i and pred.entry.code[:2] == verb.entry.code[:2]
                and not {predicate_lemma(noun), noun.lower_} & verb.entry.objects
                and any(c.dep_ in {"compound", "amod", "nmod"} and {c.lemma_.lower(), c.lower_} & verb.entry.objects
                        for c in noun.children)):
            continue  # "launched drone attacks": the entry named the drones; the attacks are the act, told by the noun
        if (verb.entry.objects and named in object_heads(verb.token)
                and (_names_entry_object(named, verb.entry.objects) or _talks_before_the_deal(named, noun, verb))
                and not _occasion_of(noun)
                and verb.entry.code != "015" and not (verb.entry.code[:2] == "11" and noun.dep_ == "dobj")):
            # ("claimed the attack" is a claim and an attack; "called the investigation a witch hunt" damns an
            # investigation that is an act of its own)
            return True
    return False
