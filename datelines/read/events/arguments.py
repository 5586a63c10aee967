"""Attach source, target and location to a predicate through the dependency tree.

Handles the constructions that decide who did what to whom: active and passive voice (the passive
subject is the target, the 'by' agent the source), coordination (each conjunct is an actor),
control and raising ("Turkey chose to co-operate": the subject comes from 'chose'), relative clauses
(the antecedent fills the relative pronoun), possessive nominalizations ("Turkey's downing of a jet")
and light verbs ("will have a meeting").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from datelines.read.actors.geocode import SETTLEMENT_NOUNS, geocode
from datelines.read.actors.tables import gazetteer, strip_possessive
from datelines.read.events.lexicon import Lexicon
from datelines.read.events.phrases import (
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    Actor,
    ActorIndex,
    actors_of,
    country_of,
    dedupe_actors,
    demonym_country,
    forces_of,
    implied,
    implied_agent,
    member_from,
    modifier_actors,
    names_attacker,
    opposed_countries,
    peers,
    window_start,
)
from datelines.read.events.predicates import (
    ATTEMPT_NOUNS,
    ATTRIBUTING_VERBS,
    COMMAND_VERBS,
    HARMING_PREPS,
    LAUNCHING_VERBS,
    PARTITIVE,
    PROTEST_ROOT,
    VIOLENT_ROOTS,
    Predicate,
    accused_act,
    acts_as_verb,
    attributed_to,
    clause_verb,
    deadline_given,
    in_international_waters,
    infinitive_clause,
    intercepts,
    main_of_clause,
    marked_clauses,
    owned,
    predicate_lemma,
    stranded_with,
    to_infinitive,
    told_object,
    vessel_named,
    with_name_compounds,
    with_wholes,
)

LOCATION_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
OBJECT_CONTROL = {"urge", "ask", "persuade", "force", "invite", "encourage", "discourage", "order", "tell",
                  "call", "press", "pressure", "allow", "help", "compel", "require", "advise", "warn",
                  "prompt", "push", "spur", "oblige"}
FORCE_ROOTS = {"17", "18", "19", "20"}
COUP = "170"
CONFISCATION = "171"
REPELLING_VERBS = {"confront", "repel", "repulse", "thwart", "foil", "fend", "counter", "withstand", "intercept"}
CLAIMED_RESPONSIBILITY = "015"
SEIZURE_ROOTS = {"17", "19"}
DISAPPROVAL_ROOTS = {"11", "12"}
# Verbs whose object is the doer of the act in their 'of'/'for' complement: "accused Qatar of supporting
# terrorism", "praised Turkey for hosting the refugees".
OBJECT_OF_COMPLEMENT = {"accuse", "blame", "suspect", "charge", "criticize", "criticise", "condemn", "praise",
                        "thank", "commend", "congratulate", "fault", "punish", "reward", "credit", "sentence", "convict",
                        "jail", "imprison", "fine", "arrest", "detain", "sue", "prosecute", "indict", "sanction"}
# "the small Gulf state", "the kingdom": a definite common noun for a country refers back to one named before.
STATE_DESCRIPTIONS = {"state", "country", "nation", "kingdom", "emirate", "republic", "monarchy", "neighbour",
                      "neighbor"}


@dataclass
class Arguments:
    sources: list[Actor]
    targets: list[Actor]
    location: str | None = None
    agentless: bool = False  # a passive or a nominalization: the source may be unstated
    interceptors: list[Actor] = field(default_factory=list)  # who met the launchers' attack (they are its targets)


def is_passive(verb: Token) -> bool:
    """Passive voice, including the headline passive without auxiliary ("Jet shot down over Ukraine")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    if _passive_conjunct(verb):
        return True
    if (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ == "aux" for c in verb.children)
            and _headline(verb.sent)):
        return True
    return participle_clause(verb) or _raised_participle(verb) or _described_by_agent(verb)


def _described_by_agent(verb: Token) -> bool:
    """'projectiles fired by Iran': a past participle describing a noun, with its doer after 'by'."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children)


FIGHTING_VERBS = {"fight", "battle", "clash", "combat", "engage"}


def _fought_foe(verb: Token, index: ActorIndex) -> list[Actor]:
    """'four soldiers are killed while fighting Hezbollah': the foe the harmed were fighting harmed them."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                   and c.lemma_.lower() in FIGHTING_VERBS):
        foes = actors_of([c for c in clause.children if c.dep_ == "dobj"] + _prep_objects(clause, ("against", "with")),
                         index)
        if foes:
            return foes
    return []


ARRIVING_VERBS = {"arrive", "reach", "enter", "cross"}


def _reached_place(noun: Token, index: ActorIndex) -> list[Actor]:
    """'aid convoys from the UAE arrive in Gaza', 'an aid convoy reached Gaza': the place the aid gets to."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVING_VERBS:
        return []
    places = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ("in", "into", "at"))
    return [a for p in places if (a := _named_place(p, index, set())) is not None][:1]


# Verbs of holding people that a state does where it holds them.
DETAINING_LEMMAS = {"detain", "hold", "jail", "imprison", "arrest", "incarcerate"}


def _describes_patient(verb: Token) -> bool:
    """'Indian fishermen detained in Sri Lanka', 'a citizen arrested in Yekaterinburg': a participle of
    holding with no doer named, describing a noun, was done to what the noun names."""
    return (verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_.lower() in DETAINING_LEMMAS
            and not any(c.dep_ in {"agent", "dobj"} for c in verb.children))


def _raised_participle(verb: Token) -> bool:
    """'Khan is found shot dead', 'three soldiers were reported killed': a bare participle after a passive
    verb of finding or saying is passive too; the subject of that verb underwent it."""
    return (verb.tag_ == "VBN" and verb.dep_ in {"xcomp", "oprd"} and verb.head.i != verb.i
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
            and any(c.dep_ == "nsubjpass" for c in verb.head.children))


def _headline(sentence) -> bool:
    """A line without closing punctuation: where "Jet shot down" is passive. In a full sentence a bare
    participle at the root is the tagger's mistake for a past tense ("troops advanced into Syria.")."""
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    return last is None or last.text not in {".", "!", "?", '"', "”"}


def _passive_conjunct(verb: Token) -> bool:
    """'who was arrested and banned from the election': a bare participle joined to a passive shares it."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


def participle_clause(verb: Token) -> bool:
    """'Asked whether he would run, he laughed', 'Backed by Russia, the army advanced': a past participle
    clause is passive; the main clause's subject undergoes it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "mark"} for c in verb.children)


def _main_of_prepositional_passive(verb: Token) -> Token | None:
    """The clause verb above a subjectless passive after a preposition ('after being attacked')."""
    if verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    return verb.head.head


def _listed_subject_root(head: Token) -> bool:
    """A proper name at the root of a sentence, listed with others, whose verb hangs on it as a conjunct."""
    return (head.dep_ == "ROOT" and head.pos_ == "PROPN" and any(c.dep_ == "cc" for c in head.children)
            and any(c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN" for c in head.children))


def subject_heads(verb: Token, raising: bool = False) -> list[Token]:
    """The subject of a verb, inherited through control, conjunction, purpose clauses and relatives."""
    deps = {"nsubj", "nsubjpass"} if raising else {"nsubj"}
    own = [c for c in verb.children if c.dep_ in deps]
    if own and verb.dep_ == "conj" and _listed_subject_root(verb.head):
        # "Burkina Faso, Mali, and Niger withdraw": the parser made the list's first names the root and took
        # the verb for a conjunct; every name listed is its subject
        own = [verb.head, *(c for c in verb.head.children if c.dep_ in {"appos", "conj"} and c.pos_ == "PROPN"), *own]
    if own:
        heads = []
        for subject in own:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ in {"relcl", "acl"}:
                antecedent = _first_conjunct(verb.head)  # "Saudi Arabia and Turkey, which back ...": both back
                if (antecedent.lemma_.lower() in RUN_OPERATIONS and antecedent.dep_ == "dobj"
                        and antecedent.head.lemma_.lower() in RUNNING_VERBS):
                    # "the army completed an operation that killed 40 militants": who ran it did it
                    heads += subject_heads(antecedent.head) or [antecedent]
                    continue
                heads.append(antecedent)
            else:
                heads.append(subject)
        return heads
    if raising is False and any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    head = verb.head
    if head.i == verb.i:
        # "Turkey massed troops on the border": a sentence-initial name the small model took for an adverb
        # "Armenia and Azerbaijan sign a peace deal": or, in the present, for a modifier with its conjuncts
        return [c for c in verb.children if c.dep_ in {"npadvmod", "nmod"} and c.i == verb.sent.start
                and c.right_edge.i == verb.i - 1 and c.ent_type_ in {"GPE", "NORP", "ORG"}
                and (verb.tag_ == "VBD" or (c.dep_ == "nmod" and verb.tag_ in {"VBZ", "VBP"}))]
    if verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ", "VBP"} and head.tag_ == "VBG" and head.dep_ == "pcomp":
        # "accused Gulen of organising the plot and called on Washington": a finite verb misread as
        # coordinated with the gerund belongs with the main verb
        return subject_heads(head.head.head, raising=True) if head.head.dep_ == "prep" else []
    if verb.dep_ == "conj" and _second_verb_of_speaker(verb, head):
        return subject_heads(head.head, raising=True)
    if verb.dep_ == "conj":
        reporter = _reporter_above(verb, head)
        if reporter is not None:
            return subject_heads(reporter, raising=True)
    given = deadline_given(verb)
    if given is not None:
        return [given]  # "gave Hamas 48 hours to release the hostages": Hamas is to release them
    if verb.dep_ == "advcl" and head.lemma_ in OBJECT_CONTROL and any(c.lower_ == "to" for c in verb.children):
        addressees = _prep_objects(head, ("on", "upon"))  # "called on Washington to extradite him"
        if addressees:
            return addressees
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if head.lemma_ in OBJECT_CONTROL:
            objects = objects or _prep_objects(head, ("on", "upon"))  # "called on Kiev to stop shelling"
        if objects and head.lemma_ in OBJECT_CONTROL and not (head.lemma_ in COMMAND_VERBS and all(owned(o) for o in objects)):
            return objects
        # ("Nepal orders its telecom authority to block access": a state acts through its own offices)
        return subject_heads(head, raising=True)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in PROTESTING_VERBS:
        # "police fire tear gas at demonstrators in Brussels, protesting against ...": the parser hangs
        # the crowd's protest on the police's act
        aimed = [c for c in head.children if c.dep_ == "dobj"] + _prep_objects(head, ("at", "on", "against"))
        crowd = [p for p in with_wholes(aimed) if p.lemma_.lower() in CROWD_WORDS]
        if crowd:
            return crowd
    alleged = accused_act(verb)
    if alleged is not None:
        return subject_heads(alleged)
    if (verb.dep_ == "conj" and verb.tag_ in {"VB", "VBD", "VBZ", "VBP"} and head.dep_ == "ROOT"
            and head.pos_ in {"NOUN", "PROPN"} and not acts_as_verb(head)
            and not any(c.dep_ in {"aux", "auxpass", "mark"} for c in verb.children)):
        # "Israeli settlers in the West Bank shoot and injure five Palestinians": the parser took the first
        # verb for a noun and made the subject the root; the finite verb joined to it is the subject's
        return [head]
    if verb.dep_ in {"advcl", "conj"} and (acts_as_verb(head) or head.pos_ == "AUX"):
        # ("soldiers were killed while fighting the PKK": the doer of a gerund of time is the clause's subject,
        # passive or not; not so a gerund of result: "was sunk by a submarine, killing 87")
        during = verb.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in {"while", "when"} for c in verb.children)
        return subject_heads(head, raising=verb.dep_ == "conj" or during or raising)
    if verb.dep_ == "acomp" and (acts_as_verb(head) or head.pos_ == "AUX"):
        return subject_heads(head, raising=True)  # "Putin is due to visit": 'due' takes the subject of 'is'
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.dep_ == "prep"
            and head.head.lemma_ in OBJECT_OF_COMPLEMENT):
        objects = [c for c in head.head.children if c.dep_ == "dobj"]
        if objects:
            return objects
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return subject_heads(head.head, raising=True) if acts_as_verb(head.head) else []
    if verb.dep_ == "acl" and head.lemma_.lower() in ATTEMPT_NOUNS and any(c.lower_ == "to" for c in verb.children):
        plotters = _prep_objects(head, ("by",))
        if plotters:
            return plotters  # "foiled an attempt by the Islamic State to bomb the embassy": the plotters bomb
    if verb.dep_ in {"acl", "relcl"} and head.dep_ in {"dobj", "attr"} and any(c.lower_ == "to" for c in verb.children):
        return subject_heads(head.head, raising=True)  # "they held talks to discuss": the talkers discuss
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ == "VBG" and head.ent_type_ in {"GPE", "LOC"}:
        # "carries out two airstrikes in Kabul, Afghanistan, targeting Taliban leaders": not the place targets
        while head.dep_ in {"appos", "conj"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            held = head.head.head
            return subject_heads(held, raising=True) if acts_as_verb(held) else [held]
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ == "VBG":
        issued = _issued_text(head)
        if issued is not None:
            # "signed a decree banning ...": the signer bans; "posted a message blaming Iran": the poster blames
            return subject_heads(issued.head, raising=True)
        return [head]
    if (verb.dep_ == "acl" and head.sent.root.i in {head.i, _first_conjunct(head).i}
            and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)))):
        # "The United States and 20 other countries expelled 100 diplomats": a past tense (a participle
        # cannot take an object) hung as a modifier on the last of the coordinated subjects of a sentence
        # with no verb at its root is their predicate
        return [_first_conjunct(head)]
    if (verb.dep_ == "acl" and head.lemma_.lower() in DECREE_NOUNS and head.dep_ == "pobj"
            and any(c.lower_ == "to" for c in verb.children) and acts_as_verb(head.head.head)):
        return subject_heads(head.head.head, raising=True)  # "voted on a resolution to expel": the voters expel
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.lower_ == "to" for c in verb.children):
        # "Russia's bid to join", "the attempt by lawmakers to remove him", "the congress vote to remove him"
        return ([c for c in head.children if c.dep_ == "poss"] or _prep_objects(head, ("by",))
                or [c for c in head.children if c.dep_ == "compound"])
    return []


AUTHORITY_ROLES = {"GOV", "COP", "MIL", "JUD"}
# Verbs of coming together for a meeting named after "for": its participants are their subjects.
GATHERING_VERBS = {"arrive", "gather", "travel", "fly", "convene", "come", "head", "land"}  # ("meet" is a meeting itself)
# Instruments of rule that act for whoever issues them.
DECREE_NOUNS = {"decree", "law", "order", "bill", "resolution", "regulation", "ordinance", "directive", "edict"}
# What a speaker issues and speaks through.
MESSAGE_NOUNS = {"message", "statement", "letter", "tweet", "post", "video", "communique", "note", "speech",
                 "address", "declaration", "editorial", "column", "petition"}


def _issued_text(noun: Token) -> Token | None:
    """The decree or message a participle describes, as the object of the verb that issued it; also when
    the parser hung the participle on a place inside it ("a message on Twitter blaming Iran")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in {"on", "in", "via"}:
        noun = noun.head.head
    if noun.lemma_.lower() in DECREE_NOUNS | MESSAGE_NOUNS and noun.dep_ == "dobj":
        return noun
    return None


def reporting_authority(pred: Predicate, index: ActorIndex) -> list[Actor]:
    """'Prime Minister Yildirim said 2,839 soldiers had been detained': an arrest or a ban with no agent,
    reported by a government, the police, the army or a court, is theirs."""
    if pred.is_noun or pred.entry.code[:2] != "17":
        return []
    clause = _first_conjunct(pred.token)
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in REPORTING:
        return []
    speakers = actors_of(subject_heads(clause.head), index)
    return [s for s in speakers if s.code[3:6] in AUTHORITY_ROLES][:1]


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


REPORTING = {"say", "state", "declare", "insist", "argue", "add", "stress", "maintain", "tell", "announce",
             "claim", "note", "acknowledge", "admit", "confirm", "write", "tweet"}
# Acts a speaker does in a second verb after a report: "said ..., and accused Iran of the attack".
SPEAKER_ACTS = OBJECT_OF_COMPLEMENT | {"warn", "urge", "call", "vow", "threaten", "reject", "deny", "demand",
                                       "ask", "promise", "pledge", "dismiss", "appeal", "welcome"}


def _second_verb_of_speaker(verb: Token, head: Token) -> bool:
    """'Pompeo said on Saturday that there was no evidence ..., and accused Iran of the attack': the parser
    hangs the second verb on the reported clause; it is the speaker's own second act."""
    if head.dep_ != "ccomp" or head.head.lemma_ not in REPORTING or verb.tag_ != head.head.tag_:
        return False
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if not subjects or any(c.dep_ == "expl" or c.lower_ in {"it", "this", "that"} for c in subjects):
        return True
    comma = verb.doc[verb.i - 2] if verb.i >= 2 else None
    # ("confirms that two activists were detained ... and accuses them": the reporter's tense, not the report's)
    tense = next((c.tag_ for c in head.children if c.dep_ in {"aux", "auxpass"}), head.tag_)
    return verb.lemma_ in SPEAKER_ACTS and ((comma is not None and comma.text == "," and verb.doc[verb.i - 1].dep_ == "cc")
                                            or tense != verb.tag_)


def _reporter_above(verb: Token, head: Token) -> Token | None:
    """'Pompeo said that there was no evidence the attacks came from Yemen, and accused Iran': the parser
    hangs the speaker's second act on a clause deep inside the report; climb to the reporting verb."""
    comma = verb.doc[verb.i - 2] if verb.i >= 2 else None
    if (verb.lemma_ not in SPEAKER_ACTS or comma is None or comma.text != ","
            or verb.doc[verb.i - 1].dep_ != "cc"):
        return None
    node = head
    for _ in range(6):
        if node.dep_ not in {"ccomp", "relcl", "acl", "attr", "dobj", "pobj", "prep", "nsubj", "advcl"}:
            return None
        node = node.head
        if node.lemma_ in REPORTING and node.tag_ == verb.tag_ and node.i < verb.i:
            return node
    return None


AID_ROOTS = {"05", "06", "07"}
AID_ROOT = "07"
ASYLUM = "075"
SANCTION_ROOTS = {"16"}
HELPING_VERBS = {"help", "support", "back", "assist", "aid", "bolster", "prop", "arm", "protect", "defend"}


def _helped(verb: Token) -> list[Token]:
    """'Russia supplied arms to help the Syrian army': aid is aimed at whom its purpose clause helps."""
    purposes = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "relcl", "acl"}
                and c.lemma_.lower() in HELPING_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    purposes += [a for obj in verb.children if obj.dep_ == "dobj" for a in obj.children if a.dep_ in {"acl", "relcl"}
                 and a.lemma_.lower() in HELPING_VERBS and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
    return [o for c in purposes for o in c.children if o.dep_ == "dobj"]


def _small_clause_subjects(verb: Token) -> list[Token]:
    """'regarded Assad the legitimate president', 'finds a soldier not guilty': the parser makes the object
    the subject of a small clause; it is still the one the verb is about."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "oprd"} and c.pos_ in {"NOUN", "ADJ"}]
    # "allowed inspectors to visit the site": the one allowed, parsed as the infinitive's subject
    clauses += [c for c in verb.children if infinitive_clause(c)]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _others(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """'withdrew their ambassadors from Doha': the subject's own people are not its target."""
    own = {(s.start, s.end) for s in sources} | {s.code for s in sources}
    return [t for t in targets if (t.start, t.end) not in own
            and (t.code not in own or all(peers(s, t) for s in sources if s.code == t.code))]


# Particles the parser may hang a phrase on: "pull its troops out of Somalia" ("of" under "out").
CARRYING_PARTICLES = {"out", "away", "back", "off"}
PROTESTING_VERBS = {"protest", "demonstrate", "rally", "march"}
CROWD_WORDS = {"protester", "protestor", "demonstrator", "marcher", "crowd", "rioter", "student", "worker", "activist"}


# Nouns of a stretch of time that the parser hangs the act's next phrase on ("strikes for an eighth night
# against IRGC targets": the strikes are against them).
SPELL_NOUNS = {"night", "day", "week", "month", "year", "time", "straight", "row"}


def _prep_objects(token: Token, preps: tuple[str, ...], objects: frozenset[str] = frozenset({"pobj"})) -> list[Token]:
    """The objects of the token's prepositions among `preps` (and, with `objects` {"pobj", "pcomp"}, a
    gerund the parser read as a clause after one: "killed in a drive-by shooting")."""
    holders = [token] + [c for c in token.children if c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in CARRYING_PARTICLES]
    holders += [p for c in token.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in SPELL_NOUNS]
    return [p for holder in holders for prep in holder.children if prep.dep_ in {"prep", "dative", "agent"}
            and prep.lower_ in preps for p in prep.children if p.dep_ in objects]


def _listed_contents(obj: Token) -> list[Token]:
    """The things an amount or a package is made of, and the rest of their list: 'food, shelters and
    medical care' in '€50 million in food, shelters and medical care'."""
    heads = [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in {"in", "of", "worth"}
             for p in prep.children if p.dep_ == "pobj"]
    later = [c for c in obj.conjuncts if c.i > obj.i]
    return [t for head in heads for t in (head, *(c for c in head.conjuncts if c.i > head.i))] + later


def purposes(verb: Token) -> list[Token]:
    """The 'to' clauses that give what a verb's act is for ("used tear gas to disperse protesters",
    "deploys troops to assist Saudi Arabia")."""
    return [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"}
            and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)]


def _clause_subjects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """'complained about Russian jets crossing its border': the doer in a gerund clause after the preposition."""
    # (not "kill 29 people ..., with authorities attributing the violence to Boko Haram": who tells of it)
    return [s for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pcomp" and p.lemma_.lower() not in REPORTING | ATTRIBUTING_VERBS
            for s in p.children if s.dep_ in {"nsubj", "poss"}]


def _one_against_many(members: list[Actor], doc: Doc) -> tuple[list[Actor], list[Actor]]:
    """'talks between Iran and the United States, Russia, China ...': one side and a list of others."""
    if len(members) < 3 or members[0].end >= len(doc) or doc[members[0].end].lower_ not in {"and", "with"}:
        return members, []
    return members[:1], members[1:]


def _between(token: Token) -> list[Token]:
    return _prep_objects(token, ("between", "among"))


def _occurring_verb(noun: Token) -> list[Token]:
    """The verb an act noun is the subject of when it only says that the act happened: "fighting broke out
    between A and B", "clashes are reported between A and B" (the sides hang on that verb)."""
    verb = noun.head
    happens = verb.lemma_.lower() in OCCURRENCE_VERBS or (verb.lemma_.lower() == "report" and is_passive(verb))
    return [verb] if noun.dep_ in {"nsubj", "nsubjpass"} and happens else []


def between_sides(token: Token) -> list[Token]:
    """'clashes between protesters and police': each side named between, whoever it names."""
    return [side for p in _between(token) for side in (p, *p.conjuncts)]


def aimed_heads(pred: Predicate, lexicon: Lexicon) -> list[Token]:
    """The words an act is aimed at (its object, its target prepositions), whoever they name."""
    heads = _prep_objects(pred.token, lexicon.target_preps(pred.entry))
    if not pred.is_noun:
        heads = [c for c in pred.token.children if c.dep_ == "dobj"] + heads
    # (not one named by what they belong to: "the leader of the Terceiro Comando" is no state's leader)
    return [h for head in heads for h in (head, *head.conjuncts) if not _prep_objects(h, ("of",))]


# Crimes news tells by the act alone, with no doer at all: "a mass shooting at a school in Kahramanmaras".
CRIME_NOUNS = {"shooting", "stabbing", "ramming"}


# Roles of people who do not fight back: force turned on them is assault (18), not fighting (19).
UNARMED_ROLES = {"CVL", "MED", "REL", "EDU", "HLH", "NGO", "BUS", "LAB", "REF", "OPP", "AGR", "PTY"}


# Codes that cut or restore the flow of someone's goods: "banned imports of Belarusian potash", "resumed
# imports of Australian coal" fall on the one whose goods they are.
GOODS_CODES = ("16", "081", "085")
SENT_FORCE_CODES = ("07", "15", "0874")


def _verb_arguments(verb: Token, pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> tuple[list[Actor], list[Actor]]:
    target_preps = lexicon.target_preps(pred.entry)
    if is_passive(verb):
        clause = verb.head if _passive_conjunct(verb) else verb
        targets = actors_of([c for c in clause.children if c.dep_ in {"nsubjpass", "nsubj"}], index)
        if clause.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in clause.children if c.dep_ == "nsubjpass"):
            targets = actors_of([clause.head], index)
        if not targets and participle_clause(verb):
            targets = actors_of([c for c in verb.head.children if c.dep_ == "nsubj"], index)
        if not targets and _raised_participle(verb):
            targets = actors_of([c for c in verb.head.children if c.dep_ == "nsubjpass"], index)
        if not targets and (main := _main_of_prepositional_passive(verb)) is not None:
            # "journalists were injured after being attacked by protesters": the main clause's subject
            # (inherited: "opens fire, killing four, before being killed by police")
            targets = actors_of([c for c in main.children if c.dep_ in {"nsubj", "nsubjpass"}] or subject_heads(main), index)
        sources = actors_of(_prep_objects(verb, ("by",)), index)
        if not sources and pred.entry.code.startswith(SENT_FORCE_CODES):
            # "Turkish troops were deployed to Syria": forces or aid that were sent are their own country's,
            # and that country sent them (the place they went to is the target, not the troops)
            sent = [c for c in clause.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in pred.entry.objects]
            owners = actors_of(sent, index)
            if owners:
                return owners, _others(actors_of(_prep_objects(verb, target_preps), index), owners)
        # ("hundreds of drones and 40 missiles are launched at Kyiv": the entry may name the second weapon)
        launched = [h for c in clause.children if c.dep_ == "nsubjpass" for w in (c, *c.conjuncts)
                    for h in (_prep_objects(w, ("of",)) if {w.lemma_.lower(), w.lower_} & PARTITIVE else [w])]
        fired = [w for w in launched if w.lemma_.lower() in MUNITIONS] if any(
            w.lemma_.lower() in pred.entry.objects for w in launched) else []
        if not sources and fired and pred.entry.code[:2] == "19":
            # "Twenty-five Iranian ballistic missiles are launched at central Israel": what was fired is the
            # firing side's, and the target is where it was fired at
            owners = actors_of(fired, index) or modifier_actors(fired[0], index)
            if owners:
                return owners, _others(actors_of(_prep_objects(verb, target_preps), index), owners)
        if not sources and verb.lemma_.lower() in HARM_VERBS | ATTACKERS_VERBS:
            # "fighters are killed in a coordinated operation by the national army": whoever did the act
            # the harm was done in
            # (or in the passive joined after it: "are killed and a cache is recovered in an operation by X")
            sharing = [verb, *(c for c in verb.children if c.dep_ == "conj" and is_passive(c))]
            sources = actors_of([b for v in sharing for act in _prep_objects(v, tuple(HARMING_PREPS))
                                 for b in _prep_objects(act, ("by",))], index)
            # "forty people are killed and homes are burned by ADF militants": the agent closing the
            # joined passive did both
            sources = sources or actors_of([b for v in sharing[1:] for b in _prep_objects(v, ("by",))], index)
            operations = [a for v in sharing for a in _prep_objects(v, tuple(HARMING_PREPS)) if a.lemma_.lower() in OPERATIONS]
            if not sources and operations and targets and all(t.code[3:6] in {"REB", "CRM"} for t in targets):
                # "seven Pakistani Taliban are killed in an intelligence-based operation": the state's forces ran it
                # (its police, in "a police raid")
                police = any(c.lemma_.lower() in {"police", "policeman"} for o in operations for c in o.children)
                sources = implied_agent("COP" if police else "MIL", targets)
        if not sources and pred.entry.source_preps:
            sources = actors_of(_prep_objects(verb, pred.entry.source_preps), index)
        if not sources and not targets and pred.entry.symmetric:
            # "a memorandum was signed between Cyprus, Greece and Israel", "an accord between A and B was signed"
            nouns = [c for c in clause.children if c.dep_ == "nsubjpass"]
            sources = actors_of(_between(verb) + [p for n in nouns for p in _between(n)], index)
        if not targets and pred.entry.code[:2] in OWNED_TARGET_ROOTS:
            targets = _owners([c for c in verb.children if c.dep_ == "nsubjpass"], index, sources)
        if not targets and pred.entry.code[:2] < "18":
            # "sanctions on Iran were eased by the EU", "aid to Kabul was suspended" (not force: "the ceasefire
            # with Israel has been violated" names a party to the ceasefire, not whom the violation struck)
            subjects = [c for c in clause.children if c.dep_ == "nsubjpass"]
            targets = _others(actors_of([p for s in subjects for p in _prep_objects(s, target_preps)], index), sources)
        if not targets and pred.entry.objects:
            # "a complaint was filed by Kiev against Russia": the act its subject names is aimed 'against' X
            targets = _others(actors_of(_prep_objects(verb, target_preps), index), sources)
        if not targets and verb.dep_ == "acl" and verb.lemma_.lower() in MEDIATING_VERBS and verb.head.dep_ == "dobj":
            # "A and B reach an agreement mediated by C": C mediated between those who reached it
            targets = _others(actors_of(subject_heads(verb.head.head), index), sources)
        return sources, targets
    sources = actors_of(subject_heads(verb), index)
    exclude = {s.start for s in sources}
    if pred.entry.code[:2] in SEIZURE_ROOTS and pred.entry.code != "174":
        # "captured East Jerusalem from Jordan": the one a place is taken from is the target, not its owner now
        # (ground only: people "from Ethiopia" who are arrested come from there)
        taken = [c for c in verb.children if c.dep_ == "dobj"] if pred.entry.code.startswith("19") else []
        taken += [a for t in taken for a in t.children if a.dep_ == "appos"]
        # (the parser may hang the 'from' on the place taken or its apposition: "liberated Wad Madani, the
        # capital of Gezira State, from the Rapid Support Forces")
        taken_from = _others(actors_of(_prep_objects(verb, ("from",)) + [p for t in taken for p in _prep_objects(t, ("from",))],
                                       index, exclude), sources)
        if taken_from:
            return sources, taken_from
    direct_deps = {"dative", "pobj", "iobj"} | (set() if pred.entry.topic_object else {"dobj"})
    direct = [c for c in verb.children if c.dep_ in direct_deps]
    direct += [p for d in verb.children if d.dep_ == "dative" for p in d.children if p.dep_ == "pobj"]
    direct += _small_clause_subjects(verb)
    # "Torres visits Chile.": after a present-tense verb the small model may take the place for an adverb
    direct += [c for c in verb.children if c.dep_ == "npadvmod" and c.i == verb.i + 1 and c.ent_type_ == "GPE"
               and verb.tag_ == "VBZ" and not any(d.dep_ == "dobj" for d in verb.children)]
    targets = _others(actors_of(direct, index, exclude), sources)
    if not targets:
        targets = _others(actors_of(_prep_objects(verb, target_preps), index, exclude), sources)
    if not targets:
        targets = _others(actors_of(_main_object(verb), index, exclude), sources)
    if not targets:
        # "sought ties with Beijing", "called for an intifada against Israel": the target hangs off the object
        objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]  # ("became a member of ASEAN")
        objects += [p for prep in verb.children if prep.dep_ in {"prep", "prt"} and prep.lower_ in {"for", "off"}
                    for p in prep.children if p.dep_ == "pobj"]  # ("breaks off relations with": under the particle)
        objects += [p for obj in objects for of in obj.children if of.lower_ == "of" for p in of.children
                    if p.dep_ == "pobj"]
        # "agreed to a ceasefire with the FARC", "pulled out of talks with the government": the object the
        # entry names, behind a preposition (on the verb or its particle)
        holders = [verb, *(c for c in verb.children if c.dep_ in {"prt", "prep"} and c.lower_ in CARRYING_PARTICLES)]
        objects += [p for h in holders for prep in h.children if prep.dep_ == "prep" for p in prep.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in pred.entry.objects]
        for obj in objects:
            owned = obj.dep_ == "dobj" if pred.entry.code[:2] in DISAPPROVAL_ROOTS else pred.entry.code.startswith(GOODS_CODES)
            if owned and obj.i not in index.actor_at:
                # "opposes the US arms sale to Taiwan": disapproval is of the one whose act it is; "banned
                # imports of Belarusian potash": a cut falls on the one whose goods they are
                # (not the doer's own: "lifting all American sanctions on Syria" falls on Syria)
                own = {country_of(s) for s in sources}
                targets = [t for t in _others(modifier_actors(obj, index), sources) if country_of(t) not in own]
                if targets:
                    break
            aimed = _prep_objects(obj, target_preps)
            # "pledges €50 million in food, shelters and medical care to Syria": the parser hangs the
            # recipient on the last thing listed
            aimed += [p for item in _listed_contents(obj) for p in _prep_objects(item, tuple({"to"} & set(target_preps)))]
            # ("signs agreements worth $1.8 billion with China": the partner hangs on the worth)
            aimed += [p for worth in obj.children if worth.lower_ == "worth" for p in _prep_objects(worth, target_preps)]
            # "will lift all sanctions imposed on Syria": the target hangs on the object's participle
            aimed += [p for a in _participles(obj) if a.tag_ == "VBN" for p in _prep_objects(a, target_preps)]
            # "expressed opposition to the swearing-in of the governor": the act's owner
            aimed += [p for a in aimed if a.i not in index.actor_at for of in a.subtree
                      if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
            targets = _others(actors_of(aimed, index, exclude), sources)
            if not targets and pred.entry.code.startswith(GOODS_CODES):
                targets = _owners(aimed, index, sources)  # "eliminated tariffs on Mexican avocados"
            if targets:
                break
    if not targets:
        targets = _others(actors_of(_clause_subjects(verb, target_preps), index, exclude), sources)
    if not targets and pred.entry.code[:2] in {"03", "04", "05", "06"}:
        # "signed an agreement to buy the S-400 from Russia": the partner is in what the agreement is for
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            purposes = [a for a in obj.children if a.dep_ in {"acl", "relcl"} and any(x.lower_ == "to" for x in a.children)]
            targets = _others(actors_of([p for a in purposes for p in _prep_objects(a, ("from", "with"))], index, exclude), sources)
            if targets:
                break
    if not targets and pred.entry.code[:2] in AID_ROOTS:
        targets = _others(actors_of(_helped(verb), index, exclude), sources)
    if not targets and pred.entry.code[:2] in FORCE_ROOTS:
        # "targeted the chemical weapons capabilities of Syrian President Assad": force against
        # what an actor owns is force against the owner
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            owners = _prep_objects(obj, ("of",)) + [c for c in obj.children if c.dep_ == "poss"] + _holders(obj)
            targets = _others(actors_of(owners, index, exclude) or modifier_actors(obj, index), sources)
            if targets:
                break
    if not targets and pred.entry.code == CLAIMED_RESPONSIBILITY:
        # "claims responsibility for the bombing of a police station in Peshawar": the claim is against
        # whom the act claimed struck, else its place
        acts = [p for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for p in _prep_objects(holder, ("for",))]
        targets = _others(actors_of([p for a in acts for p in _prep_objects(a, ("on", "against", "of"))], index, exclude),
                          sources) or _claimed_place(acts, index, exclude)
    if not targets and pred.entry.code.startswith(CONFISCATION) and _seized_contraband(verb):
        # "the Thai Department of Special Investigation seizes 2.4 tons of methamphetamine": taken from
        # the seizer's country's traffickers
        targets = [implied(country + CRIMINAL) for s in sources[:1] if (country := country_of(s))]
    if not targets and pred.entry.code == COUP and any(c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children):
        # "the army seized power": power is taken from the country's government
        targets = [implied(country + "GOV") for s in sources[:1] if (country := country_of(s)) and s.code[3:6] != "GOV"]
    if not targets and pred.entry.code[:2] in FORCE_ROOTS and verb.lemma_.lower() != "launch":
        # "fire at a vehicle in Gaza City, killing eleven Palestinians": the force falls on those its
        # result names, not on a thing aimed at that says no owner, nor on the place (a police station
        # says whose it is; a salvo launched across a country is against the country, whoever it kills)
        aimed = [c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, ("at", "on", "against"))
        if not any(_thing_role(t) for t in aimed):
            targets = _others(actors_of(result_objects(verb), index, exclude), sources)
    if pred.entry.code[:2] in SEIZURE_ROOTS and (not targets or home_places(targets, sources)):
        # "took control of the shoal after a standoff with Philippine ships": the other side of the
        # confrontation that led to the seizure; "the army recaptures El Geteina after heavy fighting with
        # the RSF": a town of its own country is retaken from that side
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"after", "following", "during"}):
            rivals = _others(actors_of([q for p in prep.children if p.dep_ == "pobj"
                                        for q in _prep_objects(p, ("with", "against"))], index, exclude), sources)
            if rivals:
                targets = rivals
                break
    if not targets and pred.entry.code[:2] in SEIZURE_ROOTS:
        # "have taken control of the peninsula": a definite place description names the place told before
        things = [c for c in verb.children if c.dep_ == "dobj"]
        things += [p for t in things for p in _prep_objects(t, ("of",))]
        targets = _others([a for t in things if (a := _described_place(t, index)) is not None], sources)
    if not targets and pred.entry.code[:2] in DISAPPROVAL_ROOTS:
        # "opposed new Russian gas routes", "rejected the Turkish proposal": disapproval of what an
        # actor owns or proposes is disapproval of that actor
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i not in index.actor_at):
            owners = actors_of([c for c in obj.children if c.dep_ == "poss"] + _prep_objects(obj, ("by",))
                               + filed_by(obj), index, exclude)
            targets = _others(owners or modifier_actors(obj, index) or _institution_of(obj, sources), sources)
            if targets:
                break
    if not targets and pred.entry.code[:2] in {"02", "10"}:
        # "demanded that China leave the shoal", "urged that Iran return to talks": the one who must act
        # is the subject of the mandative clause
        clauses = [c for c in verb.children if c.dep_ == "ccomp"  # ('recommended US troops withdraw': no 'that')
                   and (c.tag_ == "VB" or any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
        targets = _others(actors_of([s for c in clauses for s in c.children if s.dep_ == "nsubj"], index, exclude),
                          sources)
    if not targets and pred.entry.code[:2] in {"02", "10"}:
        # "asked for an emergency meeting of NATO", "called for the resignation of the prime minister":
        # the one asked to act is named in the 'of' phrase of what is asked for
        wanted = _prep_objects(verb, ("for",))
        targets = _others(actors_of([p for w in wanted for p in _prep_objects(w, ("of",))], index, exclude), sources)
    if not targets and pred.entry.code[:2] in {"02", "10"}:
        # "calls for peace in Ukraine", "urged restraint in Libya": calm asked for in a country is asked of it
        wanted = [w for w in _prep_objects(verb, ("for",)) + [c for c in verb.children if c.dep_ == "dobj"]
                  if w.lemma_.lower() in CALM_NOUNS]
        # (the parser may hang the place on the verb: "calls for calm in Libya")
        held = [*wanted, verb] if wanted else []
        own = {country_of(s) for s in sources}
        places = [p for w in held for o in _prep_objects(w, ("in", "across"))
                  if (p := _named_place(o, index, set())) and p.code[:3] not in own]
        targets = places[:1]
    if not targets and pred.entry.code[:2] in {"02", "10"} and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "wrote to the US Embassy asking it to waive her immunity": the letter's addressee is asked
        targets = _others(actors_of(_prep_objects(verb.head, ("to",)), index, exclude), sources)
    return sources, targets


# States of calm one asks of the sides of a conflict.
CALM_NOUNS = {"peace", "ceasefire", "cease-fire", "truce", "calm", "restraint", "de-escalation", "dialogue", "stability"}


def _main_object(verb: Token) -> list[Token]:
    """"releases the tanker after seizing it": the main verb's object, or what it lies between or with."""
    objects = told_object(verb)
    if not objects:
        return []
    sides = ("between", "with", "of")
    return objects + [p for h in (*objects, objects[0].head) for p in _prep_objects(h, sides)]


HOLDING_VERBS = {"hold", "control", "run", "occupy", "use", "operate", "own"}


def _holders(thing: Token) -> list[Token]:
    """'areas held by the rebels', 'a base used by Iranian forces', 'facilities belonging to Aramco': who
    holds a place hit is hit."""
    return [p for acl in thing.children if acl.dep_ == "acl"
            for p in (_prep_objects(acl, ("by",)) if acl.lemma_.lower() in HOLDING_VERBS
                      else _prep_objects(acl, ("to",)) if acl.lemma_.lower() == "belong" else [])]


# Acts against what an actor owns are acts against the owner: "Iran's oil exports were banned",
# "exports of North Korean coal were banned by the council".
OWNED_TARGET_ROOTS = FORCE_ROOTS | {"11", "12", "13", "15", "16"}


def home_places(targets: list[Actor], sources: list[Actor]) -> bool:
    """Are all the targets places of the sources' own country ("the army recaptures El Geteina")?"""
    return all(t.kind in {"place", "country"} and any(t.code == s.code[:3] for s in sources) for t in targets)


def _participles(noun: Token) -> list[Token]:
    """'sanctions targeting Russia's energy sector', 'sanctions imposed on Syria': participles describing a noun."""
    return [a for a in noun.children if a.dep_ == "acl" and a.tag_ in {"VBG", "VBN"}]


AIMING_VERBS = {"target", "hit", "aim", "affect", "cover"}


# "a deal brokered by the United States": the one a participle of these names helped others to the act.
MEDIATING_VERBS = {"mediate", "broker", "facilitate"}


def _participle_agents(noun: Token) -> list[Token]:
    """'an attack suspected to have been perpetrated by ADF forces': who did what a participle describes
    (not who mediated it)."""
    verbs = [v for a in _participles(noun) if a.tag_ == "VBN" and a.lemma_.lower() not in MEDIATING_VERBS
             for v in (a, *(t for t in a.subtree if t.dep_ == "xcomp" and t.tag_ == "VBN"))]
    return [p for v in verbs for p in _prep_objects(v, ("by",))]


def _participle_aims(noun: Token) -> list[Token]:
    """'sanctions targeting Russia's energy sector': what an aiming participle's object names."""
    return [c for a in _participles(noun) if a.lemma_.lower() in AIMING_VERBS for c in a.children if c.dep_ == "dobj"]


def _owners(heads, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    exclude = {s.start for s in sources}
    for head in heads:
        if head.i in index.actor_at or head.lemma_.lower() in RELATION_NOUNS:
            continue  # (an ally or critic of a country is not its property)
        # ("tariffs on energy products, equipment, and automobiles from the United States": the origin told
        # once, on the last of the goods listed)
        for thing in [head, *_prep_objects(head, ("of", "from")), *(c for c in head.conjuncts if c.i > head.i)]:
            # ("goods traded to the U.S. from Colombia": the origin may hang on the thing's participle)
            origins = [p for holder in [thing, *_participles(thing)] for p in _prep_objects(holder, ("from",))]
            owners = actors_of([c for c in thing.children if c.dep_ == "poss"] + origins + _holders(thing), index, exclude)
            owners = owners or actors_of([thing], index, exclude) if thing is not head else owners
            owners = owners or [forces_of(a, thing) for a in modifier_actors(thing, index)]
            found = _others(owners, sources)
            if found:
                return found
    return []


PLACE_DESCRIPTIONS = {"peninsula", "region", "island", "islands", "city", "town", "province", "territory",
                      "enclave", "shoal", "reef", "archipelago", "capital", "port", "airport", "village"}


def _described_place(head: Token, index: ActorIndex) -> Actor | None:
    """'the peninsula' after 'Crimea': the country that owns the place named before (within 3 sentences)."""
    if head.lower_ not in PLACE_DESCRIPTIONS or head.i in index.actor_at or head.i in index.place_actor_at:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or any(
            c.dep_ in {"amod", "compound", "poss"} for c in head.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # "the village of Fyholivka in Kharkiv Oblast, Ukraine": named here, placed by its own phrase
        place = next((p for t in head.subtree if t.i > head.i and (p := index.place_actor_at.get(t.i))), None)
        return Actor(place.code[:3], head.text, head.i, head.i + 1, "anaphor") if place is not None else None
    start = window_start(head, 3)
    for i in range(head.i - 1, start - 1, -1):
        place = index.place_actor_at.get(i)
        if place is not None:
            return Actor(place.code[:3], head.text, head.i, head.i + 1, "anaphor")
    return None


def _described_state(actor: Actor, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'cut ties with Qatar, accusing the small Gulf state of ...': the description names the country before it,
    not the doer's own; 'the country' that can only be the doer's own is no target (None)."""
    if actor.start < 0:
        return actor  # already an anaphor resolved elsewhere
    doc = index.doc
    head = doc[actor.end - 1]
    if head.lower_ not in STATE_DESCRIPTIONS:
        return actor
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return actor
    if len(actor.code) == 3 and actor.kind == "country":
        return actor
    from datelines.read.actors.tables import gazetteer

    if any(c.dep_ in {"amod", "compound"} and gazetteer().country_of(c.text) for c in head.children):
        return actor  # "the Turkish state" names its country
    own = {s.code[:3] for s in sources}
    told_again = actor.kind == "anaphor"  # "the country": any actor's country, not only a named country's
    window = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else 0
    for earlier in reversed(index.named_before(actor.start, window)):
        if (earlier.code[:3] not in own and not earlier.code.startswith("IGO")
                and (told_again or earlier.kind in {"country", "place"})):
            return Actor(earlier.code[:3], actor.text, actor.start, actor.end, "anaphor")
    return None if told_again and actor.code[:3] in own else actor


# Verbs whose subject undergoes the reaction their object names: "drew criticism from", "faced condemnation".
RECEPTION_VERBS = {"draw", "attract", "receive", "face", "provoke", "spark", "trigger", "prompt", "earn", "meet",
                   "win", "garner", "elicit"}


# Reactions one draws, even from no one named: criticism, demands, rejection, threats, sanctions.
RECEIVED_ROOTS = {"10", "11", "12", "13", "16"}


def received_by(noun: Token) -> Token | None:
    """The verb of 'drew/faced/received <reaction>' over an event noun, whose subject is what is reacted to."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEPTION_VERBS:
        return verb
    if noun.dep_ == "pobj" and verb.lower_ == "with" and verb.head.lemma_.lower() == "meet":
        return verb.head  # "was met with condemnation"
    return None


# Prepositions that put a meeting or visit around what the clause's subject does: "during a visit to Ankara".
ACCOMPANYING_PREPS = {"during", "on", "at", "after", "before", "in"}
# "at the request of Bamako", "at the invitation of Moscow": the asker and the one who then acts.
ASKING_NOUNS = {"request", "invitation", "behest", "urging"}


def targets_named(noun: Token, preps: tuple[str, ...]) -> bool:
    return bool(_prep_objects(noun, preps))


def _same_act_verb(verb: Token, pred: Predicate, lexicon: Lexicon) -> bool:
    """'meet Xi at the G20 summit': the verb already states the meeting the noun names."""
    return any(e.code[:2] == pred.entry.code[:2] for e in lexicon.candidates(predicate_lemma(verb), "verb"))


def _requested_by(noun: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]]:
    """'French troops deployed at the request of Bamako': Bamako asked the troops, the clause's subject."""
    verb = clause_verb(noun)
    if noun.lemma_.lower() not in ASKING_NOUNS or noun.head.lower_ not in {"at", "on", "upon"} or verb is None:
        return [], []
    askers = actors_of(_prep_objects(noun, ("of",)) + [c for c in noun.children if c.dep_ == "poss"], index)
    return askers, _others(actors_of(subject_heads(verb), index), askers)


def _described_by(noun: Token) -> list[Token]:
    """Who a noun describing a person is said of: the subject of 'is a critic of', the name it is in
    apposition to ('Navalny, a critic of the Kremlin'), also through a coordination ('an opposition leader
    and critic of the Kremlin')."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return subject_heads(noun.head)
    return [noun.head] if noun.dep_ == "appos" else []


def filed_by(thing: Token) -> list[Token]:
    """'the lawsuit filed by Trump's lawyers', 'a plan proposed by Turkey': the agent of a participle on it."""
    return [p for acl in thing.children if acl.dep_ == "acl" for agent in acl.children if agent.dep_ == "agent"
            for p in agent.children if p.dep_ == "pobj"]


# Verbs an attack does to what it falls on: "Russian air strikes hit Idlib".
IMPACT_VERBS = {"hit", "strike", "target", "destroy", "pound", "kill", "wound", "injure"}


def _struck(noun: Token, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """An attack that is the subject of 'hit' or 'killed' falls on that verb's object, or its owner."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in IMPACT_VERBS:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    exclude = {s.start for s in sources}
    return _others(actors_of(objects, index, exclude), sources) or _owners(objects, index, sources)


def _town(actor: Actor) -> bool:
    """A place named by a town or region, not by its country's name ("Kabul", not "US")."""
    return actor.kind == "place" and strip_possessive(actor.text) not in gazetteer().countries


# Verbs whose subject is the one a warning or demand in their object was aimed at: "defied warnings from".
HEEDING_VERBS = {"defy", "ignore", "heed", "disregard", "dismiss", "brush"}


# Acts whose noun names its doer after 'from': words and gifts come from someone.
FROM_SOURCE_ROOTS = {"01", "02", "03", "04", "05", "07", "10", "11", "12", "13"}
AIM_NOUNS = {"target", "victim", "object"}


def _aimed_at(noun: Token) -> list[Token]:
    """'In 2006, Abqaiq was the target of an Al-Qaeda suicide attack', 'he became the victim of an
    assault': what the copula's subject is the target or victim of falls on it."""
    aim = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if aim is None or aim.lemma_.lower() not in AIM_NOUNS:
        return []
    if aim.dep_ == "attr" and aim.head.lemma_ in {"be", "become"}:
        return subject_heads(aim.head)
    return [aim.head] if aim.dep_ == "appos" else []


OWN_PRONOUNS = {"his", "her", "its", "their", "our", "my"}


# Nouns for the start or end of an act that its doer announces: "announces the start of an operation".
MARKING_NOUNS = {"start", "beginning", "launch", "end", "conclusion", "completion"}


def _marked_by(noun: Token) -> Token | None:
    """The verb whose object is the start or end of the act the noun names ('announces the end of the
    operation'), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lower_ not in MARKING_NOUNS:
        return None
    edge = prep.head
    return edge.head if edge.dep_ == "dobj" and edge.head.pos_ == "VERB" else None


def _noun_arguments(pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> tuple[list[Actor], list[Actor]]:
    noun = pred.token
    target_preps = lexicon.target_preps(pred.entry)
    if noun.lemma_.lower() in RELATION_NOUNS:  # "Navalny is a critic of Putin", "Johnson's critics"
        sources = actors_of(_described_by(noun), index)
        # ("a leader and critic of the Kremlin": the parser may hang "of X" on the first conjunct)
        for holder in [noun, noun.head] if noun.dep_ == "conj" else [noun]:
            targets = _others(actors_of([c for c in holder.children if c.dep_ == "poss"]
                                        + _prep_objects(holder, target_preps), index), sources)
            if targets:
                return sources, targets
        return sources, []
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    last = holders[-1]
    if (pred.entry.code[:2] in SANCTION_ROOTS and last.dep_ == "pobj" and last.head.lower_ == "of"
            and last.head.head.lower_ in PARTITIVE):
        holders.append(last.head.head)  # "a new round of sanctions on Russia": the round holds its target
    sources: list[Actor] = []
    patients: list[Actor] = []
    for holder in holders:
        owners = actors_of([c for c in holder.children if c.dep_ == "poss"], index)
        if _undergone(holder) or (holder is not noun and _undergone(noun)):  # ("his arrest warrant": his arrest)
            patients += owners
        else:
            sources += owners
        sources += actors_of(_prep_objects(holder, ("by",)), index)
    if pred.light is not None and any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in noun.children):
        # "Offering his condolence, Larijani wrote": the doer of the light verb owns the act, whoever
        # else "his" might be resolved to
        doers = actors_of(subject_heads(pred.light, raising=True), index) if not is_passive(pred.light) else []
        sources = doers or sources
    if not sources:
        # "another attack ascribed to the Taliban", "sanctions placed on him by the U.S."
        sources = actors_of(attributed_to(noun) + _participle_agents(noun), index)
    readiness = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if not sources and readiness is not None and readiness.dep_ == "acomp" and readiness.lower_ in READY_WORDS:
        sources = actors_of(subject_heads(readiness.head), index)  # "he is ready for direct talks with Putin"
    if not sources and readiness is not None and readiness.lemma_.lower() == "call" and pred.entry.code[:2] == "14":
        sources = actors_of(subject_heads(readiness), index)  # "Verdi calls for a strike": its own strike
    if not sources and readiness is not None and readiness.lemma_.lower() in GATHERING_VERBS and pred.entry.code[:2] == "04":
        # "the delegations of Iran and the US arrive in Islamabad for talks", "arrives in Tehran for a meeting with
        # Iranian officials" (not one traveller's talks with no one named: his visit says it)
        arrived = actors_of(subject_heads(readiness), index)
        sources = arrived if len(arrived) > 1 or _prep_objects(noun, ("with",)) else []
    if not sources and pred.entry.code[:2] in FORCE_ROOTS:
        # "a drone attack from Sudanese territory"; "an attack on a hospital by the Rapid Support Forces": the
        # 'by' phrase hung on what was struck
        sources = (actors_of(_prep_objects(noun, ("from",)), index)
                   or actors_of([b for t in _prep_objects(noun, STRUCK_PREPS) for b in _prep_objects(t, ("by",))], index))
    struck_places: list[Actor] = []
    if not sources:
        sources = modifier_actors(noun, index)  # "a US attack", "Russian air strikes", "the Saudi blockade"
        if not sources and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            sources = modifier_actors(noun.head, index)  # "Israeli gunfire and airstrikes": one adjective for both
        if pred.entry.code[:2] in FORCE_ROOTS:
            # "a Kabul car bombing": a town before an attack says where it struck, not who struck
            struck_places = [a for a in sources if _town(a)]
            sources = [a for a in sources if not _town(a)]
    light = pred.light
    received = received_by(noun)
    if sources and all(a.code.startswith("IGO") for a in sources) and light is not None and not is_passive(light):
        # "Turkey has issued an Interpol arrest warrant": a body named on the instrument is not who issued it
        issuers = [a for a in actors_of(subject_heads(light), index) if not a.code.startswith("IGO")]
        sources = issuers or sources
    if not sources and light is not None and received is None:
        # "a complaint was filed by Kiev": a passive light verb names its doer in the 'by' phrase (not "its
        # fighters are engaged in clashes with Israeli troops", a state the subject is in)
        stative = is_passive(light) and light.lemma_.lower() in STATIVE_PASSIVES
        sources = actors_of(subject_heads(light, raising=stative) if stative or not is_passive(light)
                            else _prep_objects(light, ("by",)), index)
    marked = _marked_by(noun)
    if not sources and marked is not None and not is_passive(marked):
        # "the army announces the start of a military operation": who marks its start or end runs it
        sources = actors_of(subject_heads(marked), index)
    between_rest: list[Actor] = []
    if sources and pred.entry.symmetric and light is not None:
        # "Trump announces a ceasefire between India and Pakistan": the two sides are its parties, not the
        # one who announces it, unless he is one of them
        sides = actors_of(_between(noun), index)
        if len(sides) >= 2 and not {s.code[:3] for s in sources} <= {a.code[:3] for a in sides}:
            sources, between_rest = _one_against_many(sides, noun.doc)
    if not sources:
        for holder in [*holders, *([light] if light is not None else []), *_occurring_verb(noun)]:
            sources = actors_of(_between(holder), index)
            if sources:
                sources, between_rest = _one_against_many(sources, noun.doc)
                break
    if not sources and received is not None:
        # "the move drew criticism from Russia": the reaction comes from the 'from' phrase and falls on
        # the subject, an actor ("Turkey faced criticism from the EU") or an act whose author anaphora finds
        sources = actors_of(_prep_objects(noun, ("from",)) + _prep_objects(received, ("from",)), index)
        if not sources and pred.entry.code == ASYLUM:
            # "Ziobro receives political asylum in Hungary": the country that shelters him gives it
            sources = [a for p in _prep_objects(noun, ("in",)) + _prep_objects(received, ("in",))
                       if (a := _named_place(p, index, set())) is not None][:1]
        if sources or pred.entry.code[:2] in RECEIVED_ROOTS:  # "Trump drew criticism", not "faced attacks"
            return sources, _others(actors_of(subject_heads(received), index), sources)
    undergoing = _undergoing_verb(noun)
    if not sources and undergoing is not None:
        # "Kabila faces trial", "he is on trial": the subject undergoes the act ("a judge orders Moreno to
        # stand trial": the one who orders it brings it)
        ordering = undergoing.dep_ == "xcomp" and undergoing.head.lemma_.lower() in {"order", "send"}
        return (actors_of(subject_heads(undergoing.head), index) if ordering else [],
                actors_of(subject_heads(undergoing, raising=True), index))
    if not sources and not targets_named(noun, target_preps):
        sources, asked = _requested_by(noun, index)
        if sources:
            return sources, asked
    if not sources and pred.entry.code[:2] in {"03", "04"} and noun.head.lower_ in ACCOMPANYING_PREPS:
        # "announced the loan on a trip to Dhaka": who does the clause's act made the visit
        verb = clause_verb(noun)
        if verb is not None and not _same_act_verb(verb, pred, lexicon):
            sources = actors_of(subject_heads(verb), index)
    exclude = {s.start for s in sources}
    if not sources and pred.entry.source_preps:
        sources = actors_of(_prep_objects(noun, pred.entry.source_preps), index)
    heeded = noun.dep_ == "dobj" and noun.head.lemma_.lower() in HEEDING_VERBS
    if not sources and pred.entry.code[:2] in FROM_SOURCE_ROOTS and "from" not in target_preps:
        # "an apology from Fields", "aid from Turkey", "ignored warnings from the EU"
        sources = actors_of(_prep_objects(noun, ("from",)) + (_prep_objects(noun.head, ("from",)) if heeded else []),
                            index)
    if not sources and "of" not in target_preps:
        sources = actors_of(_prep_objects(noun, ("of",)), index)  # "at the request of Assad"
    targets: list[Actor] = _others(patients, sources)
    # "suspension of flights to Turkey": the target may hang on the noun's own object.
    of_objects = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj"]
    # ("a phone call made by Trump to Zelensky": the target may hang on the noun's participle)
    places = [*holders, *of_objects, *([light] if light is not None else []),
              *(a for a in _participles(noun) if a.tag_ == "VBN")]
    # "a subpoena for documents from Pompeo": the target hangs on the thing asked for
    places += [p for p in _prep_objects(noun, target_preps) if p.i not in index.actor_at]
    misread = stranded_with(noun)
    if misread is not None:
        places.insert(1, misread)  # "bans and asset freezes against officials": the misread verb holds the target
    for holder in places if not targets else []:
        targets = actors_of(_prep_objects(holder, target_preps), index, exclude)
        if targets:
            break
    if not targets and light is not None:
        # "granted Pogue a pardon"; "held the minister in contempt" (the noun is not the object)
        targets = actors_of([c for c in light.children if c.dep_ in {"dative", "iobj"}
                             or (c.dep_ == "dobj" and c.i != noun.i)], index, exclude)
    if not targets and pred.entry.code[:2] in FORCE_ROOTS | SANCTION_ROOTS:
        # "drone attacks on Saudi oil facilities": force against what a country owns is force against it;
        # "tariffs on American soybeans": so are sanctions on its goods
        # ("imposed tariffs on Australian wine": the phrase may hang on the light verb)
        targets = _owners([p for holder in [*holders, *([light] if light is not None else [])]
                           for p in _prep_objects(holder, target_preps)] + _participle_aims(noun), index, sources)
    if not targets and pred.entry.code.startswith(EMBARGO_CODE):
        # "a 35% tariff on goods from Canada": an embargo falls on where the goods come from
        # ("imposes tariffs on steel and cars from China": the parser may hang the origin on the light verb)
        targets = _others(actors_of([p for h in [*holders, *([light] if light is not None else [])]
                                     for p in _prep_objects(h, ("from",))], index, exclude), sources)
    if not targets:
        targets = _others(actors_of(_aimed_at(noun), index, exclude), sources)
    if not targets and heeded:
        # "Turkey defied repeated warnings from Washington": the warnings were to whoever defied them
        targets = _others(actors_of(subject_heads(noun.head), index, exclude), sources)
    if not targets and pred.entry.code[:2] in FORCE_ROOTS:
        targets = _struck(noun, index, sources)
    if not targets and pred.entry.code[:2] in FORCE_ROOTS and noun.dep_ in {"dobj", "nsubjpass"} and (
            noun.head.lemma_.lower() in REPELLING_VERBS):
        # "its air defenses confronted several attacks from Iran", "repelled an attack by the RSF": the
        # attack was on whoever met it
        agents = [p for a in noun.head.children if a.dep_ == "agent" for p in a.children] if noun.dep_ == "nsubjpass" else []
        met = agents or subject_heads(noun.head, raising=True)
        # ("its air defenses": the body's owner, when the body itself is not coded)
        owners = [r for m in met for p in m.children if p.dep_ == "poss" and p.lower_ in {"its", "their"}
                  for r in [a for a in index.actors if noun.sent.start <= a.start and a.end <= p.i
                            and a.kind != "person" and a.start not in exclude][-1:]]
        targets = _others(actors_of(met, index, exclude) or owners, sources)
    if not targets and sources and pred.entry.code[:2] in FORCE_ROOTS:
        # "launched strikes in the Gaza Strip that killed four Hamas militants": whom its result names
        # (with no doer named, the victims' country would pass for the attackers')
        targets = _others(actors_of(result_objects(noun), index, exclude), sources)
    if not targets and sources:
        # "the suspension of flights between France and Cuba": of two sides, the one not the doer's country
        homes = {s.code[:3] for s in sources}
        targets = [t for t in actors_of([p for holder in places for p in _between(holder)], index, exclude)
                   if t.code[:3] not in homes]
    if not targets and pred.entry.code[:2] == PROTEST_ROOT:
        targets = _others(opposed_countries(noun), sources)  # "anti-Israeli protests in New York": against Israel
    targets = targets or between_rest or _others(struck_places, sources)
    role = _institution_named(noun)
    if role is not None and (sources or pred.entry.code[:2] not in GIVING_ROOTS):
        # ("military aid for Ukraine" is the kind of the aid, not Ukraine's army giving it)
        sources = _institution_sources(sources, targets, role)
    return sources, targets


READY_WORDS = {"ready", "willing", "prepared"}
VOICING_ROOTS = {"02", "10", "14"}  # appeals, demands and protests
ARMED_STATE_ROLES = {"COP", "MIL"}  # (home.STATE_FORCES also counts governments and spies)


# Acts whose possessor undergoes them: "Navalny's arrest", "their release", "his extradition" (unless the
# noun names its object: "the army's arrest of protesters" is the army's act).
UNDERGONE_NOUNS = {"arrest", "detention", "release", "extradition", "deportation", "expulsion", "execution",
                   "assassination", "murder", "kidnapping", "abduction", "poisoning", "imprisonment", "jailing",
                   "conviction", "sentencing", "trial", "prosecution", "capture", "ouster", "removal", "dismissal",
                   "impeachment", "indictment", "exile", "torture", "disappearance", "acquittal", "pardon"}


EMBARGO_CODE = "163"
UNDERGOING_VERBS = {"face", "stand", "undergo", "await"}
STATIVE_PASSIVES = {"engage", "involve", "embroil", "lock"}  # ("are engaged in clashes", "locked in fighting")
SUFFERING_VERBS = {"suffer", "sustain"}  # (of an attack: "the port suffers a drone attack")


def _undergoing_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes the act its object names: 'faces trial', 'awaits extradition',
    'is on trial'."""
    if not _undergone(noun):
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in UNDERGOING_VERBS:
        return verb
    if noun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_ == "be":
        return verb.head
    return None


def _undergone(noun: Token) -> bool:
    return noun.lemma_.lower() in UNDERGONE_NOUNS and not _prep_objects(noun, ("of",))


# Acts whose noun's "military" or "police" says what is given, not who gives it.
GIVING_ROOTS = {"03", "05", "06", "07"}


# Adjectives and nouns that name the body behind an act: "a parliamentary inquiry", "the impeachment
# investigation", "a police investigation", "a court ruling".
INSTITUTION_MODIFIERS = {"parliamentary": "LEG", "congressional": "LEG", "legislative": "LEG", "senate": "LEG",
                         "impeachment": "LEG", "judicial": "JUD", "court": "JUD", "police": "COP", "military": "MIL",
                         "army": "MIL"}


def _institution_named(noun: Token) -> str | None:
    return next((INSTITUTION_MODIFIERS[c.lower_] for c in noun.lefts
                 if c.dep_ in {"amod", "compound"} and c.lower_ in INSTITUTION_MODIFIERS), None)


# Acts a country's own bodies do at home: a coup, a crackdown. "A military coup" names its doer's role,
# and the country is the one it falls on.
DOMESTIC_FORCE_ROOTS = {"17"}


def _domestic_body(noun: Token, targets: list[Actor]) -> list[Actor]:
    """The body a domestic act's modifier names ("a military coup"), of the country it happened in,
    else of its targets'."""
    role = _institution_named(noun)
    if role is None:
        return []
    place = next((c for p in _prep_objects(noun, ("in",)) if (c := gazetteer().country_of(p.text))), None)
    return implied_agent(role, targets, place)


DOMESTIC_ACT_NOUNS = {"coup", "putsch", "takeover", "crackdown"}


def _body_of_subject_act(verb: Token, targets: list[Actor]) -> list[Actor]:
    """'A military coup removed the prime minister': an act for subject gives the verb its doer."""
    for subject in subject_heads(verb):
        if subject.lemma_.lower() in DOMESTIC_ACT_NOUNS and (sources := _domestic_body(subject, targets)):
            return sources
    return []


def _institution_of(thing: Token, sources: list[Actor]) -> list[Actor]:
    """'attacked the impeachment investigation', 'criticised the police inquiry': an act of a body the
    noun names, of the speaker's own country (else the story's)."""
    role = _institution_named(thing)
    countries = [c for s in sources if (c := country_of(s))] or [thing.doc._.story_country]
    return [implied(countries[0] + role)] if role and countries[0] else []


def _institution_sources(sources: list[Actor], targets: list[Actor], role: str) -> list[Actor]:
    """"the Kenyan parliamentary inquiry" KENLEG; with no doer named, "the impeachment investigation into
    the president" is his own country's legislature."""
    if sources:
        return [Actor(s.code + role, s.text, s.start, s.end, s.kind) if len(s.code) == 3 and s.code.isalpha() else s
                for s in sources]
    return implied_agent(role, targets)


# Force used "in Syria" with no named victim is coded against the country where it falls,
# as event data sets commonly do ("Russian warplanes carried out air strikes in Syria").
PLACE_TARGET_ROOTS = {"15", "17", "18", "19", "20"}
# Easing falls on the place it is eased in ("eased restrictions on goods into Gaza"), aid and releases on
# people ("sent food to flood victims in Pakistan", "freed opposition activists"); a place named with aid
# is often only the venue of its pledge.
EASED_PLACE_ROOTS = PLACE_TARGET_ROOTS | {"08"}
PEOPLE_TARGET_ROOTS = EASED_PLACE_ROOTS | {"07", "13"}


# Where forces are sent or massed is the country they face: "moved tanks to the Syrian border".
POSTURE_PREPS = ("to", "toward", "towards", "along", "off")
RETREAT = "0874"
FRONTIER_NOUNS = {"border", "frontier", "coast", "waters", "airspace", "boundary"}
# Places inside a country named by its adjective: "the Tunisian capital", "Syrian territory". (A border
# names a country only for forces sent to it: "shot down a jet on the Syrian border" is not against Syria.)
INNER_PLACE_NOUNS = {"territory", "soil"} | SETTLEMENT_NOUNS  # "in the Nigerien town of Fambita"


# Verbs that tell an act's happening, so that their place is the act's: "the bombing took place in Kabul".
OCCURRENCE_VERBS = {"take", "happen", "occur", "continue", "begin", "start", "resume", "end", "erupt", "break",
                    "intensify", "escalate", "spread", "rage", "go", "hit", "strike", "kill", "wound", "leave", "come",
                    "unfold", "follow", "target", "destroy", "explode", "detonate", "blow", "rock", "injure"}


def place_target(pred: Predicate, index: ActorIndex, used: set[int],
                 preps: tuple[str, ...] = ("in", "on", "over", "near", "inside", "outside", "across", "at", "into",
                                           "against", "off", "throughout")) -> Actor | None:
    posture = pred.entry.code[:2] == "15"
    if posture:
        preps += POSTURE_PREPS
    if pred.entry.code == RETREAT:
        preps += ("from",)  # "Russian troops withdrew from Kherson": the place given up
    holders = [pred.token, pred.anchor]
    noun = pred.token
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PARTITIVE:
        noun = noun.head.head  # "a couple of bombings", "a wave of airstrikes in southern Lebanon"
        holders.append(noun)
    if pred.is_noun and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in OCCURRENCE_VERBS:
        holders.append(noun.head)  # "bombings took place in the capital" (not "the offensive was condemned in Moscow")
    if not pred.is_noun:
        holders += _prep_objects(pred.token, ("by",))  # "rescued by the army in Sabuwa": the parser hangs it on the doer
        holders += _prep_objects(pred.token, DURING_PREPS)  # "detonated during a protest outside his home in Lagos"
    if posture:  # "massed troops on the Ukrainian border": the parser hangs the place on the forces
        holders += [c for c in pred.token.children if c.dep_ == "dobj"]
    if not pred.is_noun and pred.token.dep_ == "advcl" and pred.token.tag_ == "VBG":
        # "orders airstrikes on Houthi-held areas in Yemen, killing 31 people": a result happens where
        # the act it results from struck
        struck = [c for c in pred.token.head.children if c.dep_ == "dobj"]
        place = next((p for o in struck if (p := _named_place(o, index, used)) is not None), None)
        if place is not None and place.start < pred.token.i:
            return place
    if in_international_waters(holders):
        return None
    for holder in holders:
        for pobj in _prep_objects(holder, preps):
            place = _named_place(pobj, index, used) or frontier_of(pobj, posture)
            if place is not None:
                return place
            if pobj.lemma_.lower() in COUNTRY_NOUNS and any(c.lower_ == "the" for c in pobj.children):
                country = _country_before(pobj, index)
                if country is not None:
                    return Actor(country.code[:3], pobj.text, pobj.i, pobj.i + 1, "place")
    return None


# Acts on something placed in another country are acts towards it: "recognised two regions in eastern
# Ukraine", "reopened its embassy in Damascus".
PLACE_OBJECT_CODES = {"054", "081"}
THREAT_ROOT = "13"
FORCE_NOUNS = {"offensive", "attack", "strike", "invasion", "incursion", "intervention", "retaliation", "assault", "war"}


def _place_in_object(verb: Token, index: ActorIndex, sources: list[Actor], preps: tuple[str, ...] = ()) -> list[Actor]:
    """The country of a place inside the object (or the object of the act's target prepositions):
    'recognised the independence of two separatist regions in eastern Ukraine' (recognising a part of a
    country is an act towards it), 'struck a uranium facility in Yazd, Iran' (force on a place there
    falls on that country)."""
    own = {s.code[:3] for s in sources}
    # (a thing a passive was done to is its subject: "a fuel store at Kuwait airport is hit by drones")
    things = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"] if is_passive(verb) else []
    for obj in [c for c in verb.children if c.dep_ == "dobj"] + things + _prep_objects(verb, tuple(preps)):
        for token in _outside_clauses(obj):
            if _sea_waypoint(token, obj):
                continue  # "a tanker near Oman is hit": a ship passes the coast it is near; it is not that state's
            place = None if across_a_border(token) else index.place_actor_at.get(token.i) or frontier_of(token, posture=False)
            if place is not None and place.code[:3] not in own:  # (or "a mosque in the Afghan town of ...")
                return [Actor(place.code[:3], place.text, place.start, place.end, "place")]
        town = _town_named(obj) if obj.i not in index.actor_at else None
        if town is not None and town.code not in own:
            return [town]
    return []


SHIPS = {"ship", "vessel", "tanker", "freighter", "carrier", "boat", "trawler", "barge", "ferry", "containership"}


def _sea_waypoint(token: Token, ship: Token) -> bool:
    """A place a ship is near or off ('a tanker near Oman', 'a freighter off Yemen')."""
    return (ship.lemma_.lower() in SHIPS and token.dep_ == "pobj" and token.head.lower_ in {"near", "off"}
            and token.head.head.i == ship.i)


CLAUSE_DEPS = {"pcomp", "relcl", "advcl", "ccomp", "xcomp"}


def _outside_clauses(phrase: Token) -> list[Token]:
    """The words of a noun phrase but not of a clause inside it: in 'the citizenship of 69 people for
    supporting Iran' Iran is the reason told, not where the act fell."""
    out = []
    stack = [phrase]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in token.children if c.dep_ not in CLAUSE_DEPS]
    return sorted(out, key=lambda t: t.i)


def _town_named(obj: Token) -> Actor | None:
    """'Russian forces entered Kherson', 'shelled the city of Kharkiv': a town the tagger took for a person
    (or for nothing), found in the gazetteer."""
    if obj.lemma_.lower() in SETTLEMENT_NOUNS:
        obj = next((p for p in _prep_objects(obj, ("of",)) if p.pos_ == "PROPN"), obj)
    if obj.pos_ != "PROPN" or vessel_named(obj):
        return None
    name = with_name_compounds(obj)
    point = geocode(name.text)
    return Actor(point.country, name.text, name.start, name.end, "place") if point else None


# People an act of force or repression falls on without naming their country: "detained six people",
# "arrested dozens of protesters", "killed 82 civilians".
CIVILIAN_HEADS = {"people", "civilian", "protester", "protestor", "demonstrator", "resident", "villager", "student",
                  "journalist", "activist", "worshipper", "child", "children", "woman", "women", "refugee", "migrant",
                  "pilgrim", "shopper", "passenger", "bystander", "prisoner", "detainee", "hostage", "victim",
                  "schoolgirl", "schoolchildren", "cleric", "farmer", "worker", "dissident", "critic", "blogger",
                  "suspect", "supporter", "follower", "inmate", "convict", "lawyer", "mourner", "fisherman",
                  "fishermen", "sailor", "tourist", "citizen", "national", "teacher", "doctor", "nurse", "employee",
                  "personnel", "militant", "insurgent", "rebel", "jihadist", "separatist", "survivor", "evacuee",
                  "man", "men", "person", "persons", "individual", "individuals"}
# Roles of such people that the target keeps ("detained two journalists" MED, "freed opposition activists" OPP,
# "sentenced six military personnel" MIL, "killed 41 insurgents" REB); students, clerics and workers are
# civilians, as the project's gold codes them.
PEOPLE_ROLES = {"CVL", "MED", "OPP", "MIL", "REB"}
SOLDIER_WORDS = {"soldier", "troop", "force"}  # (not their "tanks" and "jets")
# Roles whose force is turned on their own country's people when no place says otherwise.
DOMESTIC_ROLES = {"COP", "GOV", "JUD"}


# "arrest over 25 people": a count the parser reads as a preposition and its object.
COUNT_WORDS = ("over", "about", "around", "nearly", "almost", "approximately")


YIELD_ROOT = "08"
EXECUTING_VERBS = {"execute"}


def civilian_target(pred: Predicate, index: ActorIndex, sources: list[Actor], used: set[int]) -> Actor | None:
    """The civilians of the place the act happens in, or, for an arrest or for police and governments, of the
    source's own country: 'Turkish police detained six people' -> TURCVL. With no doer named ("71 people
    were arrested", "a car bomb killed 20 people"), of the place, else of the story's country."""
    if pred.is_noun:  # "the arrest of six suspects", "the killing of 12 civilians"
        heads = _prep_objects(pred.token, ("of", "on", "against"))
        if pred.light is not None:  # ("placed bounties on eight activists": the parser hangs it on the verb)
            heads += _prep_objects(pred.light, ("on", "against"))
        if pred.entry.code[:2] == YIELD_ROOT:  # "grants amnesty to 3,000 prisoners", "a pardon for 20 inmates"
            heads += [p for h in (pred.token, pred.light) if h is not None for p in _prep_objects(h, ("to", "for"))]
    else:
        heads = [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
        main = _main_of_prepositional_passive(pred.token) if is_passive(pred.token) else None
        if not heads and main is not None:
            heads = subject_heads(main)  # "a gunman opens fire ..., before being killed by police": the gunman
        heads += _prep_objects(pred.token, ("at", "on", "against"))
        heads += [p for p in _prep_objects(pred.token, COUNT_WORDS) if any(c.dep_ == "nummod" for c in p.children)]
        # "used tear gas to disperse protesters": the people the act's purpose is done to
        heads += [o for x in purposes(pred.token) for o in x.children if o.dep_ == "dobj"]
    if pred.entry.code[:2] == AID_ROOT:  # "sent aid to flood victims in Pakistan", "aid for tsunami victims"
        heads += _prep_objects(pred.token, ("to", "for"))
    heads = [p for h in heads for p in ([h] + _prep_objects(h, ("of",)) if h.lemma_.lower() in PARTITIVE else [h])]
    coercion = pred.entry.code[:2] == "17"
    held = next((h for h in heads if coercion and h.lemma_.lower() in HELD_PEOPLE and h.i not in index.actor_at), None)
    civil = held or next((h for h in heads if (h.lower_ in CIVILIAN_HEADS or h.lemma_.lower() in CIVILIAN_HEADS)
                          and h.i not in index.actor_at), None)
    if civil is None and pred.entry.code[:2] in VIOLENT_ROOTS:
        # "nine guerrilla fighters were killed in Junin": the place's fighters
        civil = next((h for h in heads if h.i not in index.actor_at and (
            _people_role(h) in {"REB", "COP"} or h.lemma_.lower() in SOLDIER_WORDS)), None)
    ground = None if civil is not None or coercion else next(
        (g for h in heads if h.i not in index.actor_at and (g := _ground_role(h)) is not None), None)
    if ground is not None:
        civil, role = ground
    elif civil is None:
        return None
    elif (member := member_from(civil, index)) is not None:
        return member
    else:
        role = CRIMINAL if held is not None else _people_role(civil)
    place = place_target(pred, index, used) or _place_of_people(civil, index, used)
    source = sources[0].code if sources else None
    national = nationality(civil, index)
    if national is not None:
        country = national  # "released 1,900 Palestinian detainees": their own country's, wherever held
    elif place is not None:
        country = place.code[:3]
    elif source is None:
        country = pred.token.doc._.story_country
    elif (pred.entry.code[:2] in {"17", "08"} or source[3:6] in DOMESTIC_ROLES | {CRIMINAL} or role == "REB"
          or pred.token.lemma_.lower() in EXECUTING_VERBS  # ("Iran executes a man": a state executes its own)
          or (source[3:6] == "REB" and role in GROUND_ROLES)):
        # (an arrest or a release: of the state's own people; insurgents it fights at home, and they its forces;
        # gunmen placed in a country prey on its people)
        country = source[:3]
    else:
        return None
    if not country or country.startswith("IGO") or len(country) != 3:
        return None
    return Actor(country + role, civil.text, civil.i, civil.i + 1, GROUND if ground is not None else "group")


CONFRONTING_PREPS = ("with", "against", "at", "on")


def conjunct_target(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """'Protesters clashed with the police and threw rocks': a second act of the same doers that names no
    one is aimed at whom the first one was."""
    verb = pred.token
    if pred.is_noun or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(c.dep_ == "nsubj" for c in verb.children):
        return []
    first = verb.head
    heads = [c for c in first.children if c.dep_ == "dobj"] + _prep_objects(first, CONFRONTING_PREPS)
    return _others(actors_of(heads, index), sources)


# Roles a common noun gives the people it names, as the project's gold codes them (others are civilians).
COMMON_NOUN_ROLES = (PEOPLE_ROLES - {"CVL"}) | {"BUS", "PTY", "CRM"}
TITLED_PEOPLE_ROOTS = {"08", "10", "11", "12", "17", "18"}  # acts a state's own organs commonly do to its own people
# (and that its people address to their own officials: "protesters demand police chief Lagat's resignation")
ADDRESSING_ROOTS = {"10", "11"}
# Offices a common noun names a person by ("dismissed his interior minister"; not "the state of emergency")
OFFICES = {"minister", "secretary", "mayor", "governor", "president", "premier", "chancellor", "ambassador", "envoy",
           "director", "chief", "head", "commissioner", "spokesman", "spokesperson", "adviser", "advisor", "official"}
PEOPLE_SIDE_ROLES = {"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "MED", "NGO"}


def titled_person(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """'Ugandan police placed opposition leader Bobi Wine under house arrest', 'the junta dissolved all
    political parties', 'police arrested two businessmen': people named by a title or a role but no
    country, whom a state's police, courts, army or government coerce or denounce, are that state's own
    people in the role the words give (plain civilians are left to civilian_target)."""
    from datelines.read.actors.roles import role_lexicon

    country = country_of(sources[0]) if sources else None
    doers = DOMESTIC_ROLES | {"MIL", "LEG", ""} | (PEOPLE_SIDE_ROLES if pred.entry.code[:2] in ADDRESSING_ROOTS else set())
    if country is None or sources[0].code[3:6] not in doers:  # ("" a state named bare)
        return None
    if pred.is_noun:  # (and of the frame it is compounded onto: "an impeachment process against X")
        frames = [pred.token, pred.token.head] if pred.token.dep_ == "compound" else [pred.token]
        heads = [h for f in frames for h in _prep_objects(f, ("of", "against"))]
    else:  # (and what its object is done to: "ordered the closure of the opposition newspaper"; whose demand
        # is met: "agreed to the opposition's demand")
        heads = [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
        heads += _prep_objects(pred.token, (pred.entry.prep,)) if pred.entry.prep else []
        heads += [p for h in heads for p in _prep_objects(h, ("of",)) + [c for c in h.children if c.dep_ == "poss"]]
    lexicon = role_lexicon()
    for head in heads:
        if head.i in index.actor_at or head.pos_ not in {"PROPN", "NOUN"}:
            continue
        if head.pos_ == "PROPN":  # a name: its title ("opposition leader", "President"), or a body's
            words = [t for c in head.lefts if c.dep_ == "compound" for t in c.subtree  # ("the Unification Church")
                     if t.pos_ != "PROPN" or lexicon.is_title_word(t)] or ([head] if head.ent_type_ == "ORG" else [])
            words += [head] if lexicon.is_title_word(head) else []  # ("as Attorney General", "as Secretary of Labor")
        else:  # a common noun: its own words ("political parties", "businessmen")
            words = [t for c in head.lefts if c.dep_ in {"compound", "amod"} for t in c.subtree] + [head]
        role, _ = lexicon.role_of(sorted(words, key=lambda t: t.i))
        if head.pos_ == "NOUN" and role not in COMMON_NOUN_ROLES and not (role == "GOV" and head.lemma_.lower() in OFFICES):
            continue  # ("lifted the state of emergency" names no people; doctors and workers are civilians)
        if role is not None and len(role) == 3 and role != "CVL":
            return Actor(country + role, head.text, head.i, head.i + 1, "group")
    return None


def _people_role(head: Token) -> str:
    """"opposition activists" OPP, "journalists" MED, "protesters" CVL, "prisoners of war" MIL."""
    from datelines.read.actors.roles import role_lexicon

    if any(p.lower_ == "of" and any(w.lower_ == "war" for w in p.children) for p in head.rights):
        return "MIL"  # soldiers held by the enemy
    lexicon = role_lexicon()
    for child in head.lefts:
        role = lexicon.role_modifiers.get(child.lemma_.lower())
        if child.dep_ in {"compound", "amod"} and role in PEOPLE_ROLES:
            return role
    role, _ = lexicon.role_of([*(c for c in head.lefts if c.dep_ == "compound"), head])
    return role if role in PEOPLE_ROLES | {"COP"} else "CVL"  # ("a police officer": COP, "an officer": MIL)


# Places an armed side holds: force on "militant hideouts" or "army positions" falls on that side.
GROUND_NOUNS = {"position", "hideout", "hideaway", "camp", "base", "stronghold", "post", "outpost", "checkpoint",
                "compound", "headquarters", "trench", "bunker", "depot", "barracks", "garrison", "convoy"}
GROUND_ROLES = {"REB", "MIL", "COP"}
GROUND = "ground"  # the kind of such a target: the side, found through the place it holds


def _ground_role(head: Token) -> tuple[Token, str] | None:
    """(head, role) for a place an armed side holds, named by its role's word: 'rebel positions' REB,
    'two militant hideouts' REB, 'a police checkpoint' COP."""
    from datelines.read.actors.roles import role_lexicon, word_key

    if head.lemma_.lower() not in GROUND_NOUNS:
        return None
    for child in head.lefts:
        role = role_lexicon().heads.get((word_key(child),)) if child.dep_ in {"compound", "amod"} else None
        if role in GROUND_ROLES:
            return head, role
    return None


HARM_VERBS = {"kill", "injure", "wound", "hurt", "capture", "abduct", "kidnap", "arrest", "detain"}
MUNITIONS = {"missile", "rocket", "drone", "shell", "mortar", "projectile", "bomb", "grenade", "torpedo", "salvo", "barrage"}
OPERATIONS = {"operation", "raid", "offensive", "crackdown", "sweep"}  # (what a state's forces run against outlaws)
RUN_OPERATIONS = OPERATIONS | {"attack", "strike", "airstrike", "ambush", "assault", "bombing", "campaign"}
RUNNING_VERBS = {"launch", "conduct", "carry", "complete", "stage", "mount", "begin", "start", "continue", "lead",
                 "wage", "execute", "undertake", "perform", "finish", "intensify", "escalate", "step"}
DAMAGE_VERBS = {"destroy", "damage"}  # ("a Russian warplane is destroyed in a Ukrainian airstrike": what it struck)


def released_people(pred: Predicate, index: ActorIndex) -> Actor | None:
    """'Hamas hands over the Israeli hostages to the Red Cross': whom a release or a return sets free, when
    the text gives their nationality, is the target, not whoever receives them."""
    if not pred.entry.code.startswith(RELEASE_CODES) or pred.is_noun:
        return None
    objects = [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if pred.entry.particle:  # "hands over the hostages", parsed as a preposition and its object
        objects += _prep_objects(pred.token, (pred.entry.particle,))
    for held in map(_through_parts, objects):
        lemma = held.lemma_.lower()
        if lemma not in CIVILIAN_HEADS and lemma not in HELD_PEOPLE:
            continue
        country = nationality(held, index) or _partner_of_deal(pred.token, index)
        if country is not None:
            return Actor(country + _people_role(held), held.text, held.i, held.i + 1, "group")
    return None


def mutual_release(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> bool:
    """'Russia and Ukraine release 150 prisoners of war each', 'the government and the Houthis release 2,900
    detainees': two sides that free people of no named nationality together free each other's."""
    if (not pred.entry.code.startswith(RELEASE_CODES) or pred.is_noun or len({s.code for s in sources}) < 2
            or len({country_of(s) for s in sources}) > 2):
        return False
    objects = [_through_parts(c) for c in pred.token.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in CIVILIAN_HEADS | HELD_PEOPLE and nationality(o, index) is None for o in objects)


DEAL_NOUNS = {"agreement", "deal", "accord", "swap", "exchange", "truce", "ceasefire", "arrangement"}


def _partner_of_deal(verb: Token, index: ActorIndex) -> str | None:
    """'releases 18 prisoners as part of a ceasefire agreement with Cambodia': those a deal frees are
    the other party's."""
    deals = [t for prep in verb.children if prep.dep_ == "prep" for t in prep.subtree if t.lemma_.lower() in DEAL_NOUNS]
    partners = actors_of([p for d in deals for p in _prep_objects(d, ("with",))], index)
    return next((c for a in partners if (c := country_of(a)) and not c.startswith("IGO")), None)


def releasing_state(pred: Predicate, index: ActorIndex) -> Actor | None:
    """"was released from Iran", "announces the release of X from a prison in Belarus": the state of the
    place someone is released from held them and lets them go, whoever tells of it."""
    if not pred.entry.code.startswith(RELEASE_CODES):
        return None
    return _place_left(pred.token, index) or _place_held(pred.token, index)


EXCLUDING_VERBS = {"bar", "ban", "block", "prevent", "stop"}
ENTERING_VERBS = {"enter", "visit"}


def excluding_state(pred: Predicate, index: ActorIndex) -> Actor | None:
    """'two British MPs were barred from entering Israel': the state one is kept out of keeps them out."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() not in EXCLUDING_VERBS or not is_passive(verb):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for entering in (c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "from"
                     for c in prep.children if c.dep_ == "pcomp" and c.lemma_.lower() in ENTERING_VERBS):
        for place in (c for c in entering.children if c.dep_ == "dobj"):
            found = _named_place(place, index, set())
            if found is not None:
                return _government_of(found)
            body = index.actor_at.get(place.i)
            if body is not None and body.code.startswith("IGO"):
                return body  # ("banned from entering the European Parliament")
    return None


def _place_held(verb: Token, index: ActorIndex) -> Actor | None:
    """'releases 24 Filipino sailors detained in Russia': the state of the place the released were held in."""
    for held in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        for participle in (a for a in held.children if a.dep_ == "acl" and a.lemma_.lower() in DETAINING_LEMMAS):
            held_in = _place_left(participle, index, ("in",))
            if held_in is not None:
                return held_in
    return None


STATE_FORCE_WORDS = {"police": "COP", "army": "MIL", "military": "MIL", "navy": "MIL", "counterterrorism": "MIL",
                     "counter-terrorism": "MIL", "counterinsurgency": "MIL", "counter-insurgency": "MIL"}


def force_of_act(verb: Token) -> str | None:
    """"killed in two army raids", "in a police raid": the role of the state force the act a harm was
    done in names by its modifier (its country is the place's)."""
    for act in _prep_objects(verb, tuple(HARMING_PREPS)):
        for modifier in act.lefts:
            if modifier.dep_ in {"compound", "amod", "nmod"} and modifier.lower_ in STATE_FORCE_WORDS:
                return STATE_FORCE_WORDS[modifier.lower_]
    return None


RELEASE_LEMMAS = {"release", "free"}


def holding_state(verb: Token, index: ActorIndex) -> Actor | None:
    """"was released from Iran after being detained since 2024": the detention told under a release was by
    the state the release is from."""
    main = main_of_clause(verb)
    if main is None or main.lemma_.lower() not in RELEASE_LEMMAS:
        return None
    return _place_left(main, index)


def _place_left(token: Token, index: ActorIndex, preps: tuple[str, ...] = ("from",)) -> Actor | None:
    """The government of the first named place in the token's 'from' phrase (or the phrases of `preps`)."""
    return next((_government_of(p) for place in _prep_objects(token, preps)
                 if (p := _named_place(place, index, set())) is not None), None)


def _government_of(place: Actor) -> Actor:
    return Actor(place.code + "GOV", place.text, place.start, place.end, "place")


def conjoined_nationals(first: Actor, index: ActorIndex, found: list[Actor]) -> list[Actor]:
    """"detains a Belarusian woman and a Ukrainian pensioner", "released two French tourists and a German
    cyclist", "struck targets in Syria and Lebanon": people whom their own demonym gives another country,
    or places of another country, joined to a target are targets too."""
    people = first.kind == "group" and first.code[3:6] in PEOPLE_ROLES
    if first.start < 0 or not (people or first.kind == "place"):
        return []
    seen = {a.code[:3] for a in found}
    out: list[Actor] = []
    for other in index.doc[first.start:first.end].root.conjuncts:
        if people:
            country = None if other.i in index.actor_at else nationality(other, index)
            code = country + _people_role(other) if country else None
        else:
            place = index.place_actor_at.get(other.i)
            code = country = place.code[:3] if place is not None and not place.code.startswith("IGO") else None
        if code is not None and country not in seen:
            seen.add(country)
            out.append(Actor(code, other.text, other.i, other.i + 1, first.kind))
    return out


RELEASE_CODES = ("084",)
# Words that name the remains of the people they are "of": "the bodies of four of the Israeli hostages"
REMAINS = {"body", "remains", "corpse"}


def _through_parts(head: Token) -> Token:
    """"the bodies of four of the 28 Israeli hostages": the people, through the parts and counts of them."""
    for _ in range(3):
        if head.lemma_.lower() not in REMAINS | PARTITIVE and head.pos_ != "NUM":
            break
        inner = _prep_objects(head, ("of",))
        if not inner:
            break
        head = inner[0]
    return head


def nationality(head: Token, index: ActorIndex) -> str | None:
    """The country a demonym before a people noun gives ('Palestinian detainees', 'Filipino workers')."""
    for child in head.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            actor = index.actor_at.get(child.i) or index.place_actor_at.get(child.i)
            code = actor.code if actor is not None else demonym_country(child)
            if code and not code.startswith("IGO"):
                return code[:3]
    return None


def _place_of_people(head: Token, index: ActorIndex, used: set[int]) -> Actor | None:
    """'killed 20 people in Kabul': the parser hangs the place on the people; it is where the act fell.
    'detained ten people from Nablus': people from a place are its people."""
    return next((p for pobj in _prep_objects(head, ("in", "near", "across", "at", "from"))
                 if (p := _named_place(pobj, index, used)) is not None), None)


def frontier_of(pobj: Token, posture: bool) -> Actor | None:
    """"the Tunisian capital", and for forces sent somewhere "the Ukrainian border": a place named by its
    country's adjective."""
    if pobj.lemma_.lower() not in INNER_PLACE_NOUNS | (FRONTIER_NOUNS if posture else set()):
        return None
    for child in pobj.lefts:
        code = demonym_country(child) if child.dep_ in {"amod", "compound"} else None
        if code and not code.startswith("IGO"):
            return Actor(code[:3], child.text, child.i, child.i + 1, "place")
    return None


def _named_place(pobj: Token, index: ActorIndex, used: set[int]) -> Actor | None:
    """The country of the first named place in a prepositional object, as a place target; a country the
    phrase names after it outranks a town's namesake abroad ("the town of Al-Barka in the Blue Nile
    region in Sudan")."""
    places = []
    for token in pobj.subtree:  # ("killed in U.S. airstrikes in Yemen": not the attacker's country)
        actor = index.place_actor_at.get(token.i) or index.actor_at.get(token.i)
        if (actor is not None and token.i not in used and actor.kind in {"place", "country"} and not across_a_border(token)
                and not names_attacker(token, actor.text) and not destination_of_cargo(token)
                and (not places or places[-1].start != actor.start)):
            places.append(actor)
    if not places:
        return _waters_of(pobj)
    first = places[0]
    country = next((a for a in places[1:] if strip_possessive(a.text) in gazetteer().countries), None)
    chosen = country if country is not None and _town(first) and country.code[:3] != first.code[:3] else first
    return Actor(chosen.code[:3], chosen.text, chosen.start, chosen.end, "place")


CARRYING_VERBS = {"carry", "transport", "ship", "bring", "deliver", "take", "export", "head", "bind", "sail"}


def destination_of_cargo(token: Token) -> bool:
    """'a cargo ship carrying grain to Algeria at the Port of Odesa': where a cargo was going is not where
    the ship was struck."""
    clause = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"to", "for", "toward", "towards"} else None
    return clause is not None and clause.dep_ == "acl" and clause.lemma_.lower() in CARRYING_VERBS


BORDER_NOUNS = {"border", "frontier", "boundary"}
NEAR_PREPS = frozenset({"near", "close", "by"})
BORDER_REACH = 5


def across_a_border(token: Token, preps: frozenset[str] | None = NEAR_PREPS) -> bool:
    """'a base near the border with Burkina Faso': the country across a border is not where the act was
    (as a place of the act, only after `preps`: troops massed "on the border with Syria" face Syria)."""
    node = token
    for _ in range(BORDER_REACH):  # (up through the name: "the border with the Democratic Republic of the Congo")
        border = node.head.head
        if node.dep_ == "pobj" and node.head.lower_ == "with" and border.lemma_.lower() in BORDER_NOUNS:
            return preps is None or (border.dep_ == "pobj" and border.head.lower_ in preps)
        if node.head.i == node.i:
            break
        node = node.head
    return False


# A stretch of a country named by its demonym: "off the Venezuelan coast", "in Libyan waters".
MARGIN_NOUNS = {"coast", "coastline", "waters", "airspace", "territory", "shore", "shores"}  # (not "the Syrian border": either side)


def _waters_of(pobj: Token) -> Actor | None:
    if pobj.lemma_.lower() not in MARGIN_NOUNS and pobj.lower_ not in MARGIN_NOUNS:
        return None
    country = next((c for m in pobj.children if m.dep_ == "amod" and (c := demonym_country(m))), None)
    return Actor(country, pobj.text, pobj.i, pobj.i + 1, "place") if country else None


# "pumping stations in the kingdom": a place noun that refers back to the country last named.
COUNTRY_NOUNS = {"kingdom", "country", "island", "republic", "emirate"}


def _country_before(token: Token, index: ActorIndex) -> Actor | None:
    named = [a for a in [*index.actors, *index.place_actor_at.values()]
             if a.end <= token.i and a.kind in {"place", "country"} and a.code[:3].isalpha()
             and not a.code.startswith("IGO")]
    return max(named, key=lambda a: a.start) if named else None


# Ways and open places one is "on": "protest on the streets of Tehran" is in Tehran.
WAYS = {"street", "road", "highway", "square", "outskirts", "campus"}
# "an airstrike on a vehicle in Kfar Reman": where the thing struck is, the strike was.
STRUCK_PREPS = ("on", "against", "at")
DURING_PREPS = ("during", "amid", "amidst")


def location_of(pred: Predicate, index: ActorIndex, used: set[int]) -> str | None:
    """A place in an 'in/at/near' phrase of the predicate or its light verb, or of what it struck, not
    already an actor argument; an act named as the subject takes its verb's ("clashes leave seven dead
    in Butambala")."""
    holders = [pred.token, pred.anchor]
    if (not pred.is_noun and pred.token.dep_ == "advcl" and pred.entry.code[:2] in VOICING_ROOTS
            and (pred.token.tag_ == "VBG" or to_infinitive(pred.token))):
        # "hold protests in Bulgaria, calling for ...", "gather in Sofia to protest": where its clause is
        holders.append(pred.token.head)
    if pred.is_noun and pred.token.dep_ == "nsubj" and pred.token.head.pos_ == "VERB":
        verb = pred.token.head  # (and "leave seven people dead in Butambala", the place hung on the result)
        results = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "acomp"}]
        holders += [verb, *results, *(a for r in results for a in r.children if a.dep_ == "amod")]
    harmed = None  # ("killed in a shootout ... during a raid in Marantao": the verb's other phrases place it)
    if pred.is_noun and pred.token.dep_ == "pobj" and pred.token.head.lower_ == "in" and pred.token.head.head.pos_ == "VERB":
        harmed = pred.token.head.head
        holders.append(harmed)
    for holder in holders:
        struck = _prep_objects(holder, STRUCK_PREPS) if pred.entry.code[:2] in VIOLENT_ROOTS else []
        phrases = _prep_objects(holder, tuple(LOCATION_PREPS))
        phrases += [p for p in _prep_objects(holder, ("on", "along")) if p.lemma_.lower() in WAYS]
        phrases += [p for thing in struck for p in _prep_objects(thing, tuple(LOCATION_PREPS))]
        # "killed in a shootout during a raid in Marantao": the occasion's place is the act's
        occasions = _prep_objects(holder, DURING_PREPS + ("following", "after"))
        # (the parser hangs "following" on the object, as a participle: "arrest 29 people following a protest")
        occasions += [o for c in holder.children if c.dep_ == "dobj" for a in c.children
                      if a.dep_ == "acl" and a.lower_ == "following" for o in a.children if o.dep_ == "dobj"]
        phrases += [p for occasion in occasions for p in _prep_objects(occasion, tuple(LOCATION_PREPS))]
        # ("arrested 29 people following a Central London protest": the occasion's place named before it)
        phrases += [c for occasion in occasions for c in occasion.lefts if c.dep_ in {"compound", "nmod"}]
        if holder is harmed:
            phrases = [p for p in phrases if p.i != pred.token.i]  # (the noun's own phrase: read on the noun)
        for pobj in phrases:
            for token in pobj.subtree:
                if token.i in index.place_at and token.i not in used and not across_a_border(token, preps=None):
                    return index.place_at[token.i]
    return None


# Verbs of reaching someone whose purpose clause is addressed to that someone: "wrote to Putin to express regret".
ADDRESSING_VERBS = {"write", "call", "phone", "telephone", "send", "turn", "contact", "summon", "meet", "visit"}


def _subject_of_marked_clause(verb: Token, mark: str, index: ActorIndex) -> list[Actor]:
    """'called for NATO members to increase spending' (parsed as a clause marked by 'for'): its subject,
    or the actor that names it ('NATO members'), is the one called upon."""
    for clause in marked_clauses(verb, mark):
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        found = actors_of(subjects, index)
        if not found:
            found = [a for s in subjects for c in s.children if c.dep_ in {"compound", "amod", "poss"}
                     and (a := index.actor_at.get(c.i)) is not None]
        if found:
            return found
    return []


def _addressee_of_purpose(anchor: Token, index: ActorIndex) -> list[Actor]:
    head = anchor.head
    if anchor.dep_ not in {"advcl", "xcomp"} or head.lemma_ not in ADDRESSING_VERBS:
        return []
    if not to_infinitive(anchor):
        return []
    return actors_of([c for c in head.children if c.dep_ in {"dobj", "dative"}] + _prep_objects(head, ("to",)), index)


def _warned_about(verb: Token, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """'He warned that the incident would have serious consequences for relations between Moscow and
    Ankara', 'threatened to reimpose sanctions on Myanmar': a warning or threat names no addressee, but
    the other party it speaks of is the one warned."""
    own = {s.code[:3] for s in sources}
    # "threatened to reimpose sanctions on Myanmar": what is threatened is done to its target
    parts = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"of", "about"})]
    for part in parts:
        for token in part.subtree:
            actor = index.actor_at.get(token.i)
            if actor is not None and actor.code[:3] not in own:
                return [actor]
    return []


def _verdict_targets(about: Token, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """The subject a verdict damns: an actor itself ("Russia had violated ..."), or the doer its event
    noun names ("Russia's annexation", "the Saudi measures"); otherwise event anaphora may find one."""
    exclude = {s.start for s in sources}
    found = _others(actors_of([about], index, exclude), sources)
    if not found and about.pos_ == "NOUN":
        found = _others(actors_of([c for c in about.children if c.dep_ == "poss"], index, exclude), sources)
        found = found or _others(modifier_actors(about, index), sources)
        found = found or _others(actors_of(_prep_objects(about, ("by",)), index, exclude), sources)
    if len(sources) == 1 and sources[0].code[3:6] == "JUD":
        found = _governed(about, sources[0], found)
    return found


# Bodies a court rules against, in its own country when the text names no country for them: "ruled the
# federal government's practice unconstitutional", "found the decree of the president unlawful".
GOVERNING_NOUNS = {"government": "GOV", "administration": "GOV", "president": "GOV", "cabinet": "GOV",
                   "ministry": "GOV", "governor": "GOV", "parliament": "LEG", "legislature": "LEG", "congress": "LEG"}


def _governed(about: Token, court: Actor, found: list[Actor]) -> list[Actor]:
    """The governing body a court's verdict is about: the country found (else the court's own), in the
    role the body's noun names."""
    holders = [about, *(c for c in about.children if c.dep_ == "poss"), *_prep_objects(about, ("of", "by"))]
    role = next((GOVERNING_NOUNS[h.lemma_.lower()] for h in holders if h.lemma_.lower() in GOVERNING_NOUNS), None)
    if role is None or len(found) > 1 or (found and len(found[0].code) != 3):
        return found
    country = country_of(found[0]) if found else country_of(court)
    return [implied(country + role)] if country else found


# Attackers news names by what they did, not by who they are: the doer stays unknown (no actor), and
# what they do is unconventional violence (18), not an army's fighting (19).
IRREGULAR_ATTACKERS = {"gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "bomber", "bombers",
                       "kidnapper", "kidnappers", "abductor", "abductors", "hijacker", "hijackers", "sniper", "snipers",
                       "perpetrator", "perpetrators", "shooter", "shooters", "knifeman"}


def _outlaws_met_by_the_state(victims: list[Actor], faced: list[Actor]) -> bool:
    return bool(faced) and all(v.code[3:6] in {"REB", CRIMINAL} for v in victims) and all(
        f.code[3:6] in {"MIL", "COP", "GOV"} and f.code[:3] == v.code[:3] for f in faced for v in victims)


def _armed_dead(dead: list[Token], harm: Predicate, location: str | None, faced: list[Actor],
                index: ActorIndex) -> list[Actor]:
    from datelines.read.events.home import place_country, placed_groups  # (home imports this module)

    where = place_country(location, harm.token.doc) or next((c for f in faced if (c := country_of(f))), None)
    gunmen = [Actor(where + CRIMINAL, d.text, d.i, d.i + 1, "group") for d in dead if irregular_attacker(d) and where]
    return gunmen or [v for v in placed_groups(dead, harm.token, location, index, faced) if v.code[3:6] in {"REB", CRIMINAL}]


# "unidentified armed men", "masked men": people named only by their arms are attackers like gunmen.
ARMED_MARKS = {"armed", "masked", "hooded"}
ARMED_PEOPLE = {"man", "men", "individual", "individuals", "person", "persons"}


def irregular_attacker(token: Token) -> bool:
    return (token.lower_ in IRREGULAR_ATTACKERS or token.lemma_.lower() in IRREGULAR_ATTACKERS
            or (token.lower_ in ARMED_PEOPLE and any(c.dep_ == "amod" and c.lower_ in ARMED_MARKS for c in token.children)))


def irregular_attack(token: Token) -> bool:
    """Is the act done by unnamed attackers ('a gunman assassinated the ambassador')?"""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(irregular_attacker(s) for s in subjects)


# What does harm without being an actor: "missile strikes hit the plant", "a drone attack killed two".
FORCE_INSTRUMENTS = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "missile", "missiles",
                     "rocket", "rockets", "drone", "drones", "bomb", "bombs", "shell", "shells", "shelling",
                     "bombing", "explosion", "blast", "raid", "raids", "mortar", "mortars", "artillery", "fire",
                     "jet", "jets", "warplane", "warplanes", "helicopter", "helicopters", "gunship", "gunships",
                     "tank", "tanks", "aircraft", "projectile", "projectiles", "shrapnel", "debris"} | IRREGULAR_ATTACKERS


# Words that say a death was dealt, not suffered: "killed in an air strike", not "in the building collapse".
# (An explosion, a blast or a fire may be an accident.)
VIOLENCE_WORDS = FORCE_INSTRUMENTS - {"explosion", "blast", "fire"} | {"gunfire", "shooting", "gunman", "gunmen",
                                                                       "assault", "ambush", "offensive", "arson",
                                                                       "massacre"}


def _violence_named(verb: Token) -> bool:
    """Is the harm told as someone's attack: a weapon for subject, or 'in/by' an attack?"""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # ("killed and injured in clashes")
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    heads += [p for v in (verb, *joined) for p in _prep_objects(v, ("in", "by", "during", "after", "following"), NOUN_OR_GERUND)]
    # ("killed when a truck hits a roadside bomb")
    hit = [o for clause in verb.children if clause.dep_ == "advcl" for o in clause.children if o.dep_ == "dobj"]
    return (verb.lemma_.lower() in ATTACKERS_VERBS or any(h.lemma_.lower() in BOMBS for h in hit)
            or any(h.lemma_.lower() in VIOLENCE_WORDS or h.lower_ in VIOLENCE_WORDS or _bomb_blast(h) for h in heads))


BOMBS = {"bomb", "grenade", "ied", "landmine", "explosive", "suicide"}


def _bomb_blast(noun: Token) -> bool:
    """'a car bomb explosion', 'the explosion of a bomb', 'a suicide blast': a blast a bomb made is no accident."""
    return noun.lemma_.lower() in {"explosion", "blast"} and any(
        t.lemma_.lower() in BOMBS for t in noun.subtree if t.i != noun.i)


NOUN_OR_GERUND = frozenset({"pobj", "pcomp"})
# Harm that only an attacker does: "a man is shot dead", "two people were stabbed".
ATTACKERS_VERBS = {"shoot", "stab", "behead", "gun", "assassinate", "ambush", "bomb", "detonate"}


def instrument_subject(verb: Token, pred: Predicate) -> bool:
    """'Missile strikes hit Saudi Aramco's plant': force whose subject is a weapon or an attack, not an
    actor, names its target but leaves its doer unsaid, like a passive."""
    if pred.is_noun or pred.entry.code[:2] not in FORCE_ROOTS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # "a bombing was reported to have killed a photojournalist"
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.lemma_.lower() in FORCE_INSTRUMENTS or s.lower_ in FORCE_INSTRUMENTS
                                  or _unnamed_person(s) for s in subjects)




def _instrument_doers(verb: Token, index: ActorIndex) -> list[Actor]:
    """'a bomb blast attributed to Maoist rebels kills eight police officers', 'a rocket launched from Cambodia
    killed a villager': the doer the weapon's own phrase names."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not _unnamed_person(c)]
    heads = [p for s in subjects for p in attributed_to(s)]  # (not "an attacker identified by CENTCOM")
    # ("a rocket launched from Cambodia", "a naval drone operated by Ukrainian military intelligence")
    heads += [p for s in subjects for a in _participles(s) for p in _prep_objects(a, DOER_PREPS.get(a.lemma_.lower(), ()))]
    return actors_of(heads, index)


# The phrases a weapon's participle names its doer in: launched or fired from or by a side, operated by it.
DOER_PREPS = {**dict.fromkeys(LAUNCHING_VERBS, ("from", "by")),
              **dict.fromkeys(("operate", "control", "pilot", "fly", "send", "deploy", "own"), ("by",))}


# A lone person told by no more than that: "a man stabbed the mayor" names no actor, only a victim.
UNNAMED_PEOPLE = {"man", "woman", "men", "women", "youth", "teenager", "boy", "individual", "person", "suspect",
                  "knifeman", "assailant"}
# A lone unnamed person a state arrests, charges or jails is held as a suspect: "a man is arrested in Perth".
HELD_PEOPLE = UNNAMED_PEOPLE | {"perpetrator", "perpetrators", "culprit", "culprits", "suspects"}
CRIMINAL = "CRM"


def _unnamed_person(token: Token) -> bool:
    return token.lemma_.lower() in UNNAMED_PEOPLE and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                          for c in token.children)


def described_by_participle(token: Token) -> Token | None:
    """The noun an -ing participle describes: "protesting legislators"; also as the parser misreads it
    after a passive's 'by' ("was interrupted by protesting legislators": 'legislators' as its object)."""
    if token.tag_ != "VBG":
        return None
    if token.dep_ == "amod":
        return token.head
    if token.dep_ == "pcomp" and token.head.lower_ == "by" and token.head.head.tag_ == "VBN":
        bare = [c for c in token.children if c.dep_ == "dobj" and c.tag_ == "NNS"
                and not any(d.dep_ in {"det", "poss"} for d in c.children)]
        return bare[0] if bare else None
    return None


FALLING_VERBS = {"fall"}


def _fallen_place(verb: Token, index: ActorIndex) -> tuple[list[Actor], list[Actor]] | None:
    """'Sanaa fell under Houthi control', 'the town fell to the rebels': the taker is named after the
    verb, and what falls is the place lost, the country that held it."""
    if verb.lemma_.lower() not in FALLING_VERBS:
        return None
    takers = _prep_objects(verb, ("to",))
    takers += [m for control in _prep_objects(verb, ("under", "into")) for m in control.children
               if m.dep_ in {"amod", "compound", "poss"}]
    lost = [s for s in verb.children if s.dep_ == "nsubj"]
    places = [index.place_actor_at[t.i] for s in lost for t in s.subtree if t.i in index.place_actor_at][:1]
    return actors_of(takers, index), places


STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration", "letter", "resolution", "report",
                   "speech", "tweet", "post", "message", "note", "editorial", "interview"}


def _statement_authors(verb: Token, index: ActorIndex) -> list[Actor]:
    """'Turkey was condemned in a joint statement by Egypt, Greece and Cyprus', 'was criticised in
    Iran's statement': a passive's doer named as the author of the text it was done in."""
    texts = [t for t in _prep_objects(verb, ("in", "through", "via")) if t.lemma_.lower() in STATEMENT_NOUNS]
    for text in texts:
        authors = [c for c in text.children if c.dep_ == "poss"] + _prep_objects(text, ("by", "from"))
        found = actors_of(authors, index)
        if found:
            return found
    return []


# Attackers named by their kind only: "a militant attack in Anantnag, India", "a bandit raid in Zamfara".
ATTACKER_KINDS = {"militant": "REB", "rebel": "REB", "insurgent": "REB", "jihadist": "REB", "separatist": "REB",
                  "terrorist": "REB", "guerrilla": "REB", "bandit": "CRM", "gang": "CRM", "gunman": "CRM",
                  "cartel": "CRM", "pirate": "CRM"}


def _unnamed_attackers(noun: Token, struck: Actor) -> list[Actor]:
    """Attackers of a kind with no country of their own: armed men of the country they struck."""
    kind = next((m for m in noun.lefts if m.dep_ in {"amod", "compound", "nmod"}
                 and m.lemma_.lower() in ATTACKER_KINDS), None)
    if kind is None or struck.code.startswith("IGO") or len(struck.code) < 3:
        return []
    return [Actor(struck.code[:3] + ATTACKER_KINDS[kind.lemma_.lower()], kind.text, kind.i, kind.i + 1, "group")]


def _claimed_place(acts: list[Token], index: ActorIndex, exclude: set[int]) -> list[Actor]:
    """The country an attack someone claims struck in ("the bombing of a police station in Peshawar"),
    with the role of the thing struck (PAKCOP)."""
    for act in acts:
        things = _prep_objects(act, ("on", "against", "of"))
        held = [o for holder in [act, *things] for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS for o in prep.children if o.dep_ == "pobj"]
        place = next((p for o in held if (p := _named_place(o, index, exclude)) is not None), None)
        if place is not None:
            role = next((r for t in things if (r := _thing_role(t)) is not None), "")
            return [replace(place, code=place.code + role) if len(place.code) == 3 else place]
    return []


CONTRABAND = {"drug", "drugs", "narcotic", "narcotics", "cocaine", "heroin", "methamphetamine", "meth", "cannabis",
              "marijuana", "hashish", "fentanyl", "opium", "amphetamine", "captagon", "contraband", "ketamine"}


def _seized_contraband(verb: Token) -> bool:
    """'seizes 2.4 tons of methamphetamine', 'seized drugs worth $10 million'."""
    return any(t.lemma_.lower() in CONTRABAND or t.lower_ in CONTRABAND
               for o in verb.children if o.dep_ == "dobj" for t in o.subtree)


def result_objects(act: Token) -> list[Token]:
    """Whom the harm an act of force resulted in names: "fired at a car, killing two teenagers", "strikes
    that killed four militants"."""
    return [o for c in act.children if (c.dep_ == "advcl" and c.tag_ == "VBG") or (c.dep_ == "relcl" and act.pos_ == "NOUN")
            if c.lemma_.lower() in HARM_VERBS for o in c.children if o.dep_ == "dobj"]


# Acts that a state's forces do on armed groups and gangs at home; told with no doer ("insurgents are
# killed in raids on hideouts in North Waziristan, Pakistan"), they are that state's.
STATE_RAIDS = {"raid", "operation", "sweep", "crackdown"}
RAIDING_ROLES = {"REB": "MIL", "CRM": "COP"}
KILLING_VERBS = {"kill", "injure", "wound"}


def _state_raiders(noun: Token, raided: Actor, place: str | None) -> list[Actor]:
    """The raided group's own state's army (rebels) or police (gangs), where the raid is in that state."""
    role = RAIDING_ROLES.get(raided.code[3:6])
    country = raided.code[:3]
    where = gazetteer().country_of(place) if place else None
    killed = noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in KILLING_VERBS  # (not "arrested during")
    if (noun.lemma_.lower() not in STATE_RAIDS or role is None or len(raided.code) != 6 or not killed
            or where not in {None, country} or country_of(raided) is None):
        return []
    return [implied(country + role)]


def _launchers(verb: Token, index: ActorIndex, interceptors: list[Actor]) -> list[Actor]:
    """Who launched what a verb intercepts: 'fired by X', 'drones from X', 'X's missiles', 'Houthi missiles'."""
    for weapon in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        launched = [p for c in weapon.children if c.dep_ == "acl" for p in _prep_objects(c, ("from",))]  # "launched from Iran"
        owners = actors_of(_participle_agents(weapon) + _prep_objects(weapon, ("from",)) + _prep_objects(verb, ("from",))
                           + launched + [c for c in weapon.children if c.dep_ == "poss"], index) or modifier_actors(weapon, index)
        owners = [o for o in owners if all(o.code[:3] != i.code[:3] for i in interceptors)]
        if owners:
            return owners[:1]
    return []


def attach_arguments(pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> Arguments:
    fallen = _fallen_place(pred.token, index) if not pred.is_noun and pred.entry.code == "192" else None
    if fallen is not None:
        sources, targets = fallen
        agentless = False
    elif pred.is_noun:
        sources, targets = _noun_arguments(pred, lexicon, index)
        agentless = True
        if not targets and pred.entry.code[:2] == AID_ROOT:
            targets = _reached_place(pred.token, index)
        if not targets and pred.token.dep_ == "pobj" and pred.token.head.lower_ == "under":
            # "Turkey is already under EU sanctions", "came under attack": the subject bears the act
            targets = _others(actors_of(subject_heads(pred.token.head.head, raising=True), index), sources)
        if not targets and pred.token.dep_ == "dobj" and pred.token.head.lemma_.lower() in SUFFERING_VERBS:
            # "the port of Fujairah suffers a drone attack": the subject bears it, or the place it names
            bearers = subject_heads(pred.token.head, raising=True)
            targets = _others(actors_of(bearers, index), sources) or [
                p for b in bearers if (p := _named_place(b, index, set())) is not None][:1]
        placed_only = all(t.kind == "place" for t in targets)  # ("killed by an airstrike in Junin": not Junin)
        # ("fighters are killed after a raid by security forces": the raid the harm followed struck them)
        harm_preps = HARMING_PREPS | {"by"} | ({"after", "following"} if pred.entry.code[:2] in VIOLENT_ROOTS else set())
        if pred.token.dep_ == "pobj" and pred.token.head.lower_ in harm_preps and (placed_only or (
                not sources and pred.entry.symmetric)):
            # "eleven bandits are killed in an ambush by the army", "killed amid Iranian attacks", "killed by
            # an airstrike": the killed are whom it struck; "soldiers are killed during clashes with Cambodian
            # troops": they are the other side of the clash
            harmed = pred.token.head.head
            if harmed.dep_ == "conj" and harmed.tag_ == "VBN":
                harmed = harmed.head  # "are killed and several more injured in an ambush"
            if harmed.lemma_.lower() in HARM_VERBS | DAMAGE_VERBS and is_passive(harmed):
                told = harmed.head if _raised_participle(harmed) else harmed  # ("are confirmed killed in strikes")
                killed = [c for c in told.children if c.dep_ == "nsubjpass"]
                victims = actors_of(killed, index)
                harm = Predicate(harmed, replace(pred.entry, pos="verb"))  # (the clash's code, read on the verb)
                armed_dead: list[Actor] = []
                faced: list[Actor] = []
                from datelines.read.events.home import placed_groups  # (home imports this module)

                harm_place = location_of(harm, index, set()) if pred.entry.symmetric else None
                met = _prep_objects(pred.token, ("with",))
                if pred.entry.symmetric and met and not any(m.left_edge.i <= t.start <= m.i for t in targets for m in met):
                    # "killed in a shootout with soldiers during a raid in Marantao", "soldiers are killed in
                    # clashes with militants near Sakoira, Niger": the other side is a group of the harm's place
                    faced = placed_groups(met, harmed, harm_place, index, victims)
                    targets = [t for t in targets if t.start >= pred.token.i] + faced if faced else targets
                if pred.entry.symmetric and (victims or targets):
                    # the dead named by their role alone, or as gunmen
                    dead = [d for c in killed for d in (c, *c.conjuncts) if d.i not in index.actor_at]
                    if victims:
                        # "four security personnel and an IS gunman are killed in a shootout in Raqqa": they
                        # belong to the place
                        victims += placed_groups(dead, harmed, harm_place, index)
                    elif targets:
                        # "five gunmen are killed in a shootout with Mexican security forces": armed men of the
                        # place or of the side they fought at home, killed by that side
                        armed_dead = _armed_dead(dead, harm, harm_place, targets, index)
                if not victims and not armed_dead and _prep_objects(pred.token, ("with",)) and not between_sides(pred.token):
                    # "three people are killed in clashes with police in Juba" (not "between A and B": the sides)
                    victims = [v for v in [civilian_target(harm, index, targets, set())] if v is not None]
                armed = [v for v in victims if v.code[3:6] not in UNARMED_ROLES]
                if faced and victims and not sources and not armed_dead:
                    sources, targets = faced, _others(victims, faced)  # (the side they met killed them)
                elif armed_dead:
                    sources, targets = targets, armed_dead
                elif not sources and pred.entry.symmetric and len({v.code for v in armed}) >= 2 and armed == victims:
                    # "Maoist militants and two security forces are killed during a shootout": the dead of both
                    # sides name the sides
                    sources, targets = victims, []
                elif placed_only:
                    targets = _others(victims, sources) or targets
                elif victims and (all(v.code[3:6] in UNARMED_ROLES for v in victims) or _outlaws_met_by_the_state(victims, targets)):
                    # "five civilians are killed in clashes with security forces", "five militants are killed in a
                    # shootout with the army": the side they clashed with killed them (soldiers killed in clashes
                    # with another army fought it)
                    sources, targets = targets, _others(victims, targets)
                else:
                    sources = _others(victims, targets)
    elif (described := described_by_participle(pred.token)) is not None:
        # "protesting legislators", "striking workers": the noun the participle describes does the act
        sources, targets, agentless = actors_of([described], index), [], False
    else:
        sources, targets = _verb_arguments(pred.token, pred, lexicon, index)
        agentless = is_passive(pred.token)
        if not sources and agentless:
            sources = _statement_authors(pred.token, index)  # "was condemned in a joint statement by X"
        if not sources and instrument_subject(pred.token, pred):
            sources, agentless = _instrument_doers(pred.token, index), True
        if not sources and participle_clause(pred.token):
            targets = []  # "Asked whether he would run, he laughed": who asked is not told
        if not sources and agentless and pred.token.lemma_.lower() in HARM_VERBS:
            sources = _fought_foe(pred.token, index)
        if not sources and not targets and _describes_patient(pred.token):
            targets, agentless = actors_of([pred.token.head], index), True
    if pred.entry.code[:2] in DOMESTIC_FORCE_ROOTS and not pred.is_noun:
        sources = _body_of_subject_act(pred.token, targets) or sources
    interceptors: list[Actor] = []
    if not pred.is_noun and intercepts(pred.token) and sources and pred.entry.code[:3] == "190":
        # "Israel intercepts a missile fired by the Houthis" is the Houthis' attack on Israel, the act an analyst
        # codes (a ship stopped at sea was launched at no one: "intercepted a Russian oil tanker" is 191 only)
        launchers = _launchers(pred.token, index, sources)
        if launchers:
            sources, targets = launchers, sources
            interceptors = targets
    if pred.about is not None:
        targets = _verdict_targets(pred.about, index, sources)
    if not targets and sources:
        targets = _others(_addressee_of_purpose(pred.anchor, index), sources)
    if not targets and sources and not pred.is_noun:  # ("called for Israel to release the hostages")
        targets = _others(_subject_of_marked_clause(pred.token, pred.entry.prep or "for", index), sources)
    if not targets and sources and pred.entry.code[:2] == "13" and not pred.is_noun:
        targets = _warned_about(pred.token, index, sources)
    if pred.entry.code[:2] in VOICING_ROOTS and len(sources) >= 2:
        # ("between riot police and protesters demanding his resignation": the forces named beside them
        # neither demand it nor protest)
        sources = [a for a in sources if a.code[3:6] not in ARMED_STATE_ROLES] or sources
    sources = dedupe_actors([s for s in (_described_state(s, index, []) for s in sources) if s is not None])
    targets = [t for t in (_described_state(t, index, sources) for t in targets) if t is not None]
    targets = [t for t in dedupe_actors(targets) if all((t.start, t.end) != (s.start, s.end) for s in sources)]
    used = {i for span in [*sources, *targets] for i in range(span.start, span.end)}
    if not targets and sources and pred.entry.code[:2] == "09":
        # "an investigation into crimes in Afghanistan": what is looked into happened there
        holders = {t.i: t for t in (pred.token, pred.anchor, pred.token.head)}.values()
        looked = [o for holder in holders for o in _prep_objects(holder, ("into",))]
        # (or whose acts they are: "an inquiry into Chinese subsidies")
        found = [p for o in looked for p in [_named_place(o, index, used), *modifier_actors(o, index)] if p is not None]
        targets = [p for p in found if all(p.code[:3] != s.code[:3] for s in sources)][:1]
    if not targets and sources and pred.entry.code in PLACE_OBJECT_CODES:
        targets = _place_in_object(pred.token, index, sources)
    if (not targets and sources and pred.entry.code[:2] == THREAT_ROOT and not pred.is_noun
            and any(c.dep_ == "dobj" and (c.lemma_.lower() in FORCE_NOUNS or any(m.lower_ == "military" for m in c.children))
                    for c in pred.token.children)):
        # "threatened a military operation in northern Syria": the threat falls where the force would
        targets = _place_in_object(pred.token, index, sources) or [p for p in [place_target(pred, index, used)]
                                                                    if p is not None and p.code[:3] not in {s.code[:3] for s in sources}]
    if not targets and not sources and agentless and pred.entry.code[:2] in PLACE_TARGET_ROOTS and (
            pred.entry.code[:2] == "17" or _violence_named(pred.token)
            or (pred.is_noun and pred.entry.code[:2] in VIOLENT_ROOTS)):  # "bombings took place in Tunis"
        # "a car bomb killed 20 people in Kabul", "jets bombed a town in Idlib": the people, else the place
        hit = civilian_target(pred, index, sources, set()) or place_target(pred, index, set())
        targets = [hit] if hit is not None else ([] if pred.is_noun else _place_in_object(pred.token, index, []))
    elif not targets and sources and pred.entry.code[:2] in PEOPLE_TARGET_ROOTS and not joint_act(pred, sources):
        civilians = civilian_target(pred, index, sources, used)
        place = None
        if civilians is None and pred.entry.code[:2] in EASED_PLACE_ROOTS:
            place = place_target(pred, index, used)
        elif civilians is None and pred.entry.code[:2] == AID_ROOT:  # "delivered medical supplies to Aleppo"
            place = place_target(pred, index, used, ("to", "into"))
        if civilians is not None:
            targets = [civilians]
        elif place is not None and all(place.code != s.code[:3] for s in sources):
            targets = [place]
        elif not pred.is_noun and pred.entry.code[:2] in PLACE_TARGET_ROOTS:
            # ("set fire to dozens of vehicles in the West Bank": the thing struck may be the 'to' phrase's)
            targets = _place_in_object(pred.token, index, sources, lexicon.target_preps(pred.entry))
    if not sources and pred.is_noun and pred.entry.code[:2] in DOMESTIC_FORCE_ROOTS:
        sources = _domestic_body(pred.token, targets)  # "the military coup in Niger"
    if not sources and pred.is_noun and targets and pred.entry.code[:2] in VIOLENT_ROOTS:
        sources = _unnamed_attackers(pred.token, targets[0])
    if not sources and pred.is_noun and targets and pred.entry.code[:2] in VIOLENT_ROOTS:
        sources = _state_raiders(pred.token, targets[0], location_of(pred, index, set()))
    targets += [c for t in targets for c in conjoined_nationals(t, index, targets)]
    if ((pred.entry.code[:2] in VIOLENT_ROOTS or pred.entry.code.startswith(DESTRUCTION_CODE))
            and pred.token.lemma_.lower() not in CRIME_NOUNS and (role := struck_role(pred)) is not None):
        # "attacked military targets inside Iran", "struck a residential building in Kharkiv", "homes are
        # burned": whose the thing struck is says the target's role (a place's government was only a guess)
        targets = [Actor(t.code[:3] + role, t.text, t.start, t.end, t.kind) if _bare_or_guessed(t) else t for t in targets]
    return Arguments(sources, targets, location_of(pred, index, used), agentless, interceptors)


DESTRUCTION_CODE = "1712"  # destroy property


def _bare_or_guessed(target: Actor) -> bool:
    """A bare country, or the government a place stood for (`_government_of`)."""
    return (len(target.code) == 3 and target.code.isalpha()) or (target.kind == "place" and target.code[3:] == "GOV")


def joint_act(pred: Predicate, sources: list[Actor]) -> bool:
    """"the meeting was attended by A, B and C", "Russia and Ukraine exchanged prisoners": a joint act among
    its doers; the people it moves are no side."""
    return pred.entry.symmetric and len(sources) >= 2


# Things force strikes that say whose they are: an army's posts, the police's stations, people's homes.
# (Not for a crime told by the act alone: home.anonymous_criminal reads it.)
MILITARY_MARKS = {"military", "army", "naval", "air", "airforce"}
MILITARY_THINGS = {"base", "airbase", "barracks", "garrison", "installation", "outpost", "position", "bunker", "compound",
                   "camp", "convoy", "depot", "airfield", "patrol"}
POLICE_THINGS = {"station", "post", "checkpoint", "headquarters", "academy"}
HOMES = {"house", "home", "apartment", "residence", "flat", "neighborhood", "neighbourhood"}
RESIDENTIAL_MARKS = {"residential", "apartment", "civilian"}


def _thing_role(thing: Token) -> str | None:
    marks = {c.lower_ for c in thing.children if c.dep_ in {"amod", "compound", "nmod"}}
    word = thing.lower_
    names = {thing.lemma_.lower(), word, word.removesuffix("s")}  # ("bases" is lemmatized "basis")
    if marks & MILITARY_MARKS and names & (MILITARY_THINGS | POLICE_THINGS | {"target", "facility", "site", "ship", "vessel"}):
        return "MIL"
    if "police" in marks and names & POLICE_THINGS:
        return "COP"
    if names & HOMES or (marks & RESIDENTIAL_MARKS and names & {"building", "block", "area", "complex", "target"}):
        return "CVL"
    if any(c.dep_ == "amod" and c.lemma_.lower() in GROUND_HOLDING_VERBS and any(h.lower_ in ARMED_HOLDERS for h in c.children)
           for c in thing.children):
        return "REB"  # "rebel-held areas", "Houthi-controlled districts": ground an armed group holds
    if {t.lower_ for t in thing.lefts} & CRIME_MARKS:
        return CRIMINAL  # "an alleged drug smuggling boat", "a cartel camp"
    return None


CRIME_MARKS = {"drug", "drugs", "smuggling", "trafficking", "narco", "narcotics", "cartel", "smugglers", "traffickers"}
GROUND_HOLDING_VERBS = {"hold", "control", "occupy", "run"}
ARMED_HOLDERS = {"rebel", "militant", "insurgent", "jihadist", "separatist", "houthi", "hamas", "hezbollah", "taliban",
                 "rsf", "m23", "isis", "isil", "sdf", "opposition"}


def struck_role(pred: Predicate) -> str | None:
    """The role the thing an act of force strikes names: its object or the object of its 'at'/'on'/
    'against' phrase, or of a participle that says what it aimed at ("projectiles targeting a base")."""
    holders = [pred.token] if pred.is_noun else [pred.token, *(c for c in pred.token.children if c.dep_ == "dobj")]
    things = [] if pred.is_noun else [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    things += [o for h in holders for o in _prep_objects(h, STRUCK_PREPS)]
    things += [o for h in holders for a in h.children if a.dep_ == "acl" and a.lemma_.lower() == "target"
               for o in a.children if o.dep_ == "dobj"]
    return next((role for t in things for h in (t, *t.conjuncts) if (role := _thing_role(h)) is not None), None)
