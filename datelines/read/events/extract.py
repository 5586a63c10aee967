"""Turn predicates with their arguments, modality and date into coded `Event`s, one per dyad."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from datelines.model import Event
from datelines.read.actors.dictionaries import builtin_dictionary
from datelines.read.actors.roles import role_lexicon, word_key
from datelines.read.events.anaphora import (
    DEFINITE,
    Told,
    attack_claimant,
    captives,
    claimed_attack_target,
    concern_subject,
    conflict_sides,
    decision_author,
    done_again,
    elided_target,
    instrument_author,
    instrument_doer,
    intent_target,
    main_decision_maker,
    named_act_author,
    other_party,
    participle_object_target,
    pointed_countries,
    pronoun_author,
    referred_author,
    refused_requester,
    story_act,
    told_act,
    told_act_target,
)
from datelines.read.events.arguments import (
    ARMED_STATE_ROLES,
    CRIMINAL,
    FORCE_INSTRUMENTS,
    FORCE_ROOTS,
    HARM_VERBS,
    IRREGULAR_ATTACKERS,
    MUNITIONS,
    PEOPLE_TARGET_ROOTS,
    RELEASE_CODES,
    STATE_DESCRIPTIONS,
    THREAT_ROOT,
    TITLED_PEOPLE_ROOTS,
    UNARMED_ROLES,
    UNNAMED_PEOPLE,
    YIELD_ROOT,
    Arguments,
    aimed_heads,
    attach_arguments,
    between_sides,
    civilian_target,
    conjoined_nationals,
    conjunct_target,
    excluding_state,
    filed_by,
    force_of_act,
    holding_state,
    home_places,
    irregular_attack,
    is_passive,
    joint_act,
    mutual_release,
    purposes,
    released_people,
    releasing_state,
    reporting_authority,
    subject_heads,
    titled_person,
)
from datelines.read.events.codes import code_facts
from datelines.read.events.dating import (
    EventDate,
    dated_by_another_telling,
    dated_in_own_clause,
    event_date,
    is_future,
    listed_dates,
)
from datelines.read.events.descriptions import (
    CRITICISE,
    continues_quote,
    described_judgements,
    quote_speakers,
    quoted_judgements,
    speakers_after,
)
from datelines.read.events.enactments import (
    court_country,
    enacted_law,
    guilty_plea,
    not_guilty_plea,
    restricted_group,
    restricts_people,
    vetoed_bill,
)
from datelines.read.events.evidence import evidence_for
from datelines.read.events.home import (
    APPEAL_ROOTS,
    COUP_WORDS,
    OWN_PEOPLE_CODES,
    VISIT_CODE,
    addressed_people,
    anonymous_criminal,
    home_targets,
    overthrown_government,
    own_people_only,
    people_of_own_place,
    place_country,
    placed_groups,
    protested_governments,
    protesting_people,
    pursued_attackers,
    restricted_people,
    struck_country,
    uncoded_bodies,
    unnamed_attackers,
    victims_of_place,
)
from datelines.read.events.layout import is_boilerplate, is_heading, is_sports_item, normalized
from datelines.read.events.lexicon import Lexicon, LexiconEntry
from datelines.read.events.modality import (
    ASSERTED,
    NEGATED,
    PLANNED,
    REPORTED,
    cancels,
    modality_of,
    names_no_one,
)
from datelines.read.events.phrases import (
    ARMED_GROUPS,
    Actor,
    ActorIndex,
    actors_of,
    country_of,
    demonym_country,
    implied,
    implied_agent,
    modifier_actors,
    peers,
    with_role,
)
from datelines.read.events.predicates import (
    ACCIDENT_VERBS,
    ANY_INFINITIVE,
    CONSULT_ROOT,
    HARMING_PREPS,
    INJURY_LEMMAS,
    OCCUPATION,
    OWN_SIDE_NOUNS,
    PROTEST_ROOT,
    VEHICLES,
    VIOLENT_ROOTS,
    Predicate,
    find_predicates,
    predicate_lemma,
    shot_down,
    to_infinitive,
    with_wholes,
)
from datelines.read.events.speech_acts import (
    ACCUSE,
    DEMAND,
    claimed_acts,
    condition_subjects,
    conditional_threats,
    conditions,
    demanded_clauses,
    link_speech_acts,
    said_accusations,
    said_demands,
    stated_intents,
    stated_refusals,
)
from datelines.read.events.state_roles import SOURCE_KINDS, TARGET_KINDS, organ, source_role, target_role
from datelines.read.events.transnational import is_transnational, localized
from datelines.read.events.weapons import merge_weapon_and_harm
from datelines.read.paragraphs import goes_on_line

# Beyond this many countries a joint act is a multilateral one, told once per party ("the foreign ministers of
# twelve countries met in Riyadh": not 66 bilateral meetings).
MULTILATERAL = 5


def dyads(args: Arguments, symmetric: bool) -> list[tuple[Actor | None, Actor | None]]:
    """Source x target pairs; a symmetric event among several sources and no target pairs them up.

    The text may leave one side unnamed: an event with a source and no target is kept with target
    None, one with a target and no source (a passive without agent) too, unless it is a joint act.
    """
    if args.targets and (args.sources or (args.agentless and not symmetric)):
        # A joint act ("A met B") is coded once, in the direction the text states.
        return [(s, t) for s in (args.sources or [None]) for t in args.targets]
    if symmetric and len(args.sources) >= 2 and len({s.code[:3] for s in args.sources}) <= MULTILATERAL:
        return [(a, b) for n, a in enumerate(args.sources) for b in args.sources[n + 1:]]
    # "Putin signed a treaty", "Kiev would never recognise the result": the text names no target
    return [(s, None) for s in args.sources]


# Deploying, mobilising, building up forces is what a state's armed forces do: "Russia has built up forces
# near Latakia" is RUSMIL (a gold "RUS" still matches it).
POSTURE_ROOT = "15"


# Acts only armed forces do: "an Israeli airstrike", "Russian drone strikes", "Turkish shelling" are the
# military's, whoever the adjective names.
STATE_STRIKES = {"airstrike", "strike", "shelling", "bombardment", "barrage", "airstrikes", "strikes"}


def _state_role(actor: Actor, role: str) -> Actor:
    """A country named bare, given the role its act shows ("Israel" launching airstrikes: ISRMIL); not a
    person coded bare (a candidate, a former office holder), nor a region."""
    return with_role(actor, role) if actor.kind == "country" and country_of(actor) else actor


# Acts only a state does: "Babaryka was arrested", "Chirac was convicted in 2011", "he was sentenced to
# two months". With no agent named, the state of the place did them (else the target's own state): its
# courts for judgments and sentences, its legislature for impeachments, its police for arrests.
JUDICIAL_CODES = ("116",)
# A state's own measures, which its executive decrees: curfews, states of emergency, bans, and their lifting.
EXECUTIVE_CODES = ("172", "0812", "0813", "0814")
JUDICIAL_LEMMAS = {"convict", "sentence", "jail", "imprison", "acquit", "fine", "try", "indict", "charge", "trial", "retrial"}
LEGISLATIVE_LEMMAS = {"impeach"}  # "Clinton was impeached": by his country's legislature
LEADERSHIP_CHANGE = {"1041", "0241"}  # demands and appeals that someone step down
EXECUTIVE_LEMMAS = {"pardon", "commute", "clemency", "execute"}  # "her sentence was commuted", "he was executed": by the state
POLICE_CODES = ("173",)


def _as_role(actor: Actor, role: str) -> Actor:
    """The same words coded as the country's body of another role (a person's name kept as it was read)."""
    return Actor(actor.code[:3] + role, actor.text, actor.start, actor.end, actor.kind)


def _office_holder(actor: Actor) -> Actor:
    """Whoever is impeached holds an office: "Clinton was impeached" is USAGOV, not just USA, and
    "impeached the president" with no country named is the government, not the story's people."""
    if (len(actor.code) == 3 and actor.code.isalpha()) or (len(actor.code) == 6 and actor.code.endswith("CVL")):
        return _as_role(actor, "GOV")
    return actor


# Verdicts of guilt: whoever they fall on, if the text gives the person no other role, is an offender.
GUILT_LEMMAS = {"convict", "sentence"}


def _private_person(actor: Actor | None) -> bool:
    """A person the text gives a country but no office or role ("Ohio man James Alex Fields")."""
    return actor is not None and actor.kind == "person" and len(actor.code) == 3 and actor.code.isalpha()


def _offender(actor: Actor) -> Actor:
    """"sentenced Ohio man James Alex Fields to life in prison": a private person convicted is USACRM."""
    if _private_person(actor):
        return _as_role(actor, CRIMINAL)
    return actor




def _sentence_actors(pred: Predicate, index: ActorIndex) -> list[Actor]:
    """The actors named in the predicate's sentence."""
    sentence = pred.token.sent
    return [a for a in index.actors if sentence.start <= a.start < sentence.end]


def _held_by_outlaws(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """'Government forces capture Aden airport as STC forces collapse': at home, a state's forces take a
    place from the armed group of their own country the sentence names (not from the country itself)."""
    if not sources or not all(s.code[3:6] in ARMED_STATE_ROLES for s in sources):
        return []
    return [a for a in _sentence_actors(pred, index) if a.code[3:6] in ARMED_GROUPS
            and any(country_of(a) == s.code[:3] for s in sources)][:1]


# Words for one private person (not a crowd: "a mob", "residents").
LONE_PEOPLE = {"national", "citizen", "resident", "man", "woman", "teenager", "youth", "boy", "girl", "migrant",
               "immigrant", "refugee", "native", "driver", "passenger", "worker", "student", "person"}


def _lone_assailant(actor: Actor, doc: Doc) -> Actor:
    """One private person who assaults is an offender: "a 20-year-old Syrian national" attacking train
    passengers with a hammer, "a U.S. citizen hijacks a plane" (not a crowd: "a mob kidnaps soldiers")."""
    if actor.code[3:6] != "CVL" or actor.start < 0 or doc[actor.start:actor.end].root.lower_ not in LONE_PEOPLE:
        return actor
    return _as_role(actor, CRIMINAL)


def _private_citizen(actor: Actor, doc: Doc) -> Actor:
    """"Daniel Montalvo was arrested", "he was released on bail", "Canadian Juan Perez was arrested": a
    private person arrested or bailed, with no office or role told, is one of the country's people (CVL),
    not the country."""
    if actor.start < 0 or len(actor.code) != 3:
        return actor
    named = actor.kind == "country" and actor.end < len(doc) and doc[actor.end].ent_type_ == "PERSON"
    # (a title keeps the country, "former Bolivian president Jeanine Anez is freed", and so does a name the
    # actor dictionary knows, "Imran Khan's arrest": a public figure out of office)
    untitled = (all(t.pos_ in {"PROPN", "PRON", "PUNCT", "NUM"} for t in doc[actor.start:actor.end])
                and builtin_dictionary().lookup(actor.text) is None)
    if (_private_person(actor) and untitled) or named:
        return _as_role(actor, "CVL")
    return actor


# Crimes whose convicts analysts code as criminals (not political offences: "anti-state propaganda").
COMMON_CRIMES = {"murder", "murders", "robbery", "robberies", "arson", "rape", "rapes", "killing", "killings", "homicide",
                 "trafficking", "smuggling", "banditry", "theft", "kidnapping", "kidnappings", "burglary", "fraud"}


def _punished_for_crime(pred: Predicate) -> bool:
    """Whether the act punishes a common crime: 'for a 2009 arson attack', 'individuals convicted of armed robbery'."""
    punished = [o for o in pred.token.children if o.dep_ in {"dobj", "nsubjpass"}]
    holders = [pred.token, *punished]  # ("executes a man for arson": the parser may hang 'for' on the man)
    holders += [acl for o in punished for acl in o.children if acl.dep_ == "acl" and acl.lemma_.lower() in {"convict", "accuse", "find"}]
    named = [p for h in holders for prep in h.children if prep.lower_ in {"for", "of"} and (prep.lower_ == "for" or h.dep_ == "acl")
             for p in prep.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in COMMON_CRIMES or t.lower_ in COMMON_CRIMES for p in named for t in p.subtree)


def _crime_of_the_convicted(verb: Token) -> bool:
    """"sentenced Fields for driving his car into a crowd": what one is sentenced for, one did as an offender."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "for" and prep.head.lemma_.lower() in GUILT_LEMMAS


ENVOY_WORDS = {"ambassador", "envoy", "diplomat", "consul", "representative", "emissary"}


def _host_of_own_envoy(target: Actor, sources: list[Actor], index: ActorIndex) -> Actor:
    """"Morocco recalled its ambassador to Germany": the act concerns the host country, not the
    source's own envoy."""
    own = {s.code[:3] for s in sources}
    if target.code[:3] not in own:
        return target
    for token in index.doc[target.start:target.end]:
        if token.lemma_.lower() not in ENVOY_WORDS:
            continue
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"to", "in"}):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                host = index.actor_at.get(pobj.i) or index.place_actor_at.get(pobj.i)
                if host is not None and host.code[:3] not in own:
                    return host
    return target


def passive_recipients(pred: Predicate, index: ActorIndex) -> list[Actor]:
    """"The activist was granted clemency", "her sentence was commuted": with no doer named, the one the
    passive's subject is, or, when that subject is a thing, its owner."""
    verb = pred.light if pred.light is not None else pred.token
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i != pred.token.i]
    if (not subjects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "nsubj" for c in verb.children)):
        # "Turkey is under EU sanctions, and was condemned in a joint statement": the first clause's subject
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for subject in subjects:
        found = actors_of([subject], index)
        if found:
            return found
        owners = [c for c in subject.children if c.dep_ == "poss"]
        if owners:
            return actors_of(owners, index)
    return []


def state_agents(pred: Predicate, targets: list[Actor], location: str | None = None) -> list[Actor]:
    """The unnamed agent of a judgment or an arrest (see JUDICIAL_CODES): the state of the place it
    happened in ("an Afghan national is arrested in London": British police), else the target's own."""
    lemma = pred.token.lemma_.lower()
    if lemma in LEGISLATIVE_LEMMAS:
        role = "LEG"
    elif lemma in EXECUTIVE_LEMMAS:
        role = "GOV"
    elif pred.entry.code.startswith(EXECUTIVE_CODES):  # "the state of emergency was lifted": by the state
        if pred.is_noun and pred.light is None:
            return []  # "when curfew was in place": a measure named, not one imposed or lifted here
        return implied_agent("GOV", targets, place_country(location, pred.token.doc) or pred.token.doc._.brief_country)
    elif lemma in JUDICIAL_LEMMAS or pred.entry.code.startswith(JUDICIAL_CODES):
        role = "JUD"
    elif pred.entry.code.startswith(POLICE_CODES):
        role = "JUD" if _ordered_by_court(pred) else "COP"
    elif pred.entry.code.startswith(RELEASE_CODES) and _on_bail(pred.token):
        role = "JUD"  # "the former president is granted bail", "released on bail": by the courts
    elif pred.entry.code.startswith(RELEASE_CODES) and _out_of_custody(pred.token):
        role = "GOV"  # "Former president Jeanine Áñez is freed from prison": by her state
    else:
        return []
    # ("an author was sentenced to ten years", in a story about China: by its courts; in a brief story
    # that names one country once, by that country's)
    story = pred.token.doc._.brief_country
    place = place_country(location, pred.token.doc)
    if place is None and story and targets and all(t.code[3:6] == "CVL" and country_of(t) != story for t in targets):
        place = story  # "a 22-year-old Afghan national is arrested", in a story set in London: by its police
    unplaced = targets or pred.is_noun  # (not "the arrest warrants", "a cardiac arrest")
    return implied_agent(role, targets, place or (None if unplaced else story))


NO_STATE = {"ATA"}  # land no state holds people in (Antarctica's bases are their own countries')
COURT_WORDS = {"court", "judge", "tribunal", "prosecutor", "prosecution", "magistrate", "jury"}


def _ordered_by_court(pred: Predicate) -> bool:
    """'after an anti-graft court orders his arrest': an arrest a court (named without its country) orders."""
    return pred.light is not None and any(c.dep_ in {"nsubj", "compound"} and c.i < pred.light.i
                                          and c.lemma_.lower() in COURT_WORDS for c in pred.light.children)


CUSTODY = {"prison", "jail", "custody", "detention", "parole"}


def _out_of_custody(verb: Token) -> bool:
    """"freed from prison", "released on parole": a release the holding state made."""
    return any(p.lemma_.lower() in CUSTODY for prep in verb.children if prep.lower_ in {"from", "on"}
               for p in prep.children if p.dep_ == "pobj")


def _on_bail(verb: Token) -> bool:
    """"is granted bail", "released on bail": a release the courts grant."""
    return any(c.lemma_.lower() == "bail" for c in verb.children if c.dep_ == "dobj") or any(
        p.lemma_.lower() == "bail" for prep in verb.children if prep.lower_ == "on" for p in prep.children)


def _gapped_doer(actor: Actor, doc: Doc) -> bool:
    """"Uganda will contribute 4,500 troops, followed by Ethiopia with 2,500, Djibouti with 1,520": a
    name with its own number after 'with' does the same act again (the verb left out), it is no target."""
    if actor.start < 0:
        return False
    head = doc[actor.end - 1]
    if head.head.dep_ == "agent" and head.head.head.lemma_ == "follow":
        return True  # ("followed by Ethiopia")
    return actor.end + 1 < len(doc) and doc[actor.end].lower_ == "with" and doc[actor.end + 1].like_num


STATE_AGENT_ROLES = {"JUD", "COP"}


def _uncoded_officials(pred: Predicate, index: ActorIndex) -> bool:
    """"High Court judge Bobbie Cheema-Grubb sentences X": a judge or police officer of no country the
    reader knows is the state's, as an unnamed one would be."""
    subjects = subject_heads(pred.anchor)
    return bool(subjects) and all(
        s.i not in index.actor_at and any(role_lexicon().role_of([t])[0] in STATE_AGENT_ROLES for t in s.subtree)
        for s in subjects)


def _code(span: Actor | None) -> str | None:
    return span.code if span is not None else None


FIGHT, UNCONVENTIONAL_VIOLENCE = "190", "180"
CONFRONTING_ROOTS = {"14", "17", "18", "19"}  # acts whose doers' next act faces the same side
FIGHTING = {FIGHT, "193"}  # conventional force, small arms
# Attacks told with no doer are the unconventional violence of whoever is not named ("gunmen attacked a
# police post", "an attack on a mosque"); an offensive or an incursion is still an army's.
ATTACK_LEMMAS = {"attack", "ambush", "fire", "open", "shoot", "gun", "shooting"}
WEAPONS = FORCE_INSTRUMENTS - IRREGULAR_ATTACKERS


BOMBING, HIJACKING = "183", "181"
DEESCALATION = "087"  # ceasefires, truces, retreats
PLANTED_BOMBS = {"bomb", "ied", "explosive", "device", "landmine"}
DROPPED_BOMBS = {"glide", "aerial", "cluster", "guided", "barrel", "air"}  # (a state's: dropped, not planted)


def _planted_bomb(pred: Predicate) -> bool:
    """'a bomb hits a truck', 'a roadside bomb kills two soldiers': a planted bomb as the doer of the harm."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in PLANTED_BOMBS
               and not any(m.lower_ in DROPPED_BOMBS or demonym_country(m) for m in c.lefts)
               for c in pred.anchor.children)


def _assault(pred: Predicate, source: Actor | None, target: Actor | None) -> bool:
    """Is this use of force assault (18), not fighting (19): by civilians or unnamed attackers, or on the
    unarmed with anything but an army's weapons?"""
    if (source is not None and source.code[3:6] in {"CVL", "CRM"}) or irregular_attack(pred.anchor):
        return True
    if _private_person(source):
        return True  # "Sirhan shot him in the head": one private person shooting another assaults
    if target is not None and (target.code[3:6] in UNARMED_ROLES or _private_person(target)):  # "Jacob Blake"
        # ("missile strikes hit Saudi Aramco's plant", "fired two ballistic missiles at Aramco facilities":
        # an army's weapons fight, whatever they hit)
        fired = [c for c in pred.token.children if c.dep_ == "dobj"] + (
            [pred.token.head] if pred.token.dep_ == "acl" else [])
        return not (any(c.lemma_.lower() in MUNITIONS for c in fired)
                    or any(c.dep_ == "nsubj" and c.lemma_.lower() in WEAPONS for c in pred.anchor.children))
    return source is None and pred.token.lemma_.lower() in ATTACK_LEMMAS and not shot_down(pred.token)  # (aircraft)

# Refusing a cooperative act is rejecting: "Kiev would never recognise the result" is a rejection (12x).
# (Not under a refusal verb, which is itself the rejection: "refused to recognise Kosovo" is 120 and the
# recognition it announces, negated.)
REFUSED_AS = {"054": "120"}
REFUSING_VERBS = {"refuse", "decline", "reject"}
# Aid a donor announces for a time to come, or announces more of, is pledged (033x), not yet given: "Norway
# and Poland announce increases in military aid for Ukraine", "announces $3.8 billion in military funding for
# Ukraine in 2026" ("announced $500 million in military aid to Taiwan" is aid given).
ANNOUNCED_AID = {"070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334"}
ANNOUNCING_AID = {"announce", "unveil", "pledge", "promise"}
MORE_WORDS = {"increase", "boost", "rise"}


def _pledged_aid(pred: Predicate, ahead: bool) -> Predicate | None:
    """The pledge (with its intent code) that announced aid is, or None; `ahead`: dated after publication."""
    if (pred.entry.code[:3] not in ANNOUNCED_AID or pred.light is None
            or pred.light.lemma_.lower() not in ANNOUNCING_AID):
        return None
    more = pred.token.dep_ == "pobj" and pred.token.head.head.lemma_.lower() in MORE_WORDS
    if not (more or ahead):
        return None
    return replace(pred, entry=replace(pred.entry, code=ANNOUNCED_AID[pred.entry.code[:3]]))


# Cooperation a party stops is a reduction of relations (16): "stopped issuing visas to Afghans",
# "will cease talks with Kyiv", "halted supplying fuel to Cuba". By root of the act stopped.
HALTED_AS = {"04": "164", "05": "161", "06": "160", "07": "162", "08": "160"}
HALTING_VERBS = {"stop", "cease", "halt", "suspend", "end", "discontinue"}


DIPLOMATIC_COOPERATION, MILITARY_COOPERATION = "050", "062"
SHOW_OF_FORCE, MILITARY_PROTECTION = "154", "074"
VIOLENT_REPRESSION, VIOLENT_PROTEST, PROPERTY_DAMAGE = "175", "145", "171"
PROTESTER_WORDS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                   "marcher", "marchers", "rioter", "rioters", "supporters", "crowd", "crowds", "mob", "mobs", "fans"}
# Breaking into a building: by protesters, a riot ("protesters stormed the embassy"), not an armed assault.
BREAKING_IN = {"storm", "breach", "ransack", "overrun", "invade", "raid"}


PROTEST, BOYCOTT = "140", "143"
STRIKING_ROLES = {"LAB", "EDU", "MED", "BUS", "CVL", "HLH"}  # people who strike by stopping work
STATE_ROLES = {"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
STOPPING_VERBS = {"suspend", "halt", "stop", "cancel", "boycott", "close", "shut", "cut", "end", "withdraw", "pull"}


def _halting_verb(pred: Predicate) -> Token | None:
    """'stopped issuing visas', 'will cease providing aid': the verb of stopping whose complement the act is."""
    verb = pred.light if pred.is_noun else pred.token
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in HALTING_VERBS:
        return None
    return verb.head


def _done_in_protest(pred: Predicate) -> bool:
    """'suspends all flights in protest against the fees', 'withdrew its envoy in protest at the ruling'."""
    return not pred.is_noun and any(
        prep.dep_ == "prep" and prep.lower_ == "in" and any(p.dep_ == "pobj" and p.lemma_.lower() == "protest"
                                                            for p in prep.children)
        for prep in pred.token.children)


# Roles of people whose "attacks" on one another are, with no weapon or harm told, words.
POLITICAL_ROLES = {"GOV", "LEG", "PTY", "OPP", ""}
HARM_WORDS = {"kill", "injure", "wound", "hurt", "stab", "shoot", "punch", "beat", "hospital", "dead", "knife", "gun",
              "weapon", "bomb", "injury", "assault", "arrest"}


def _attacked_in_words(pred: Predicate, source: Actor | None, target: Actor | None) -> bool:
    """'Biden attacked Trump on paying fewer taxes': one politician's attack on another of the same country,
    with no weapon or harm anywhere in the sentence, is criticism."""
    if pred.is_noun or pred.token.lemma_.lower() != "attack" or source is None or target is None:
        return False
    people = source.kind == "person" and target.kind == "person"
    same_land = country_of(source) is not None and country_of(source) == country_of(target)
    political = source.code[3:6] in POLITICAL_ROLES and target.code[3:6] in POLITICAL_ROLES
    return people and same_land and political and not any(t.lemma_.lower() in HARM_WORDS for t in pred.token.sent)


def _for_the_government(protest: Token) -> bool:
    """'a pro-government demonstration (marches ...)': a protest for its government is not against it."""
    for holder in [protest, *(c for c in protest.children if c.dep_ == "nsubj")]:
        words = [t.lower_ for t in holder.lefts]
        if any(w == "pro" and words[i + 1:i + 3][-1:] in (["government"], ["cabinet"]) for i, w in enumerate(words)):
            return True
    return False


def _protesters(actor: Actor | None) -> bool:
    return actor is not None and bool(PROTESTER_WORDS & set(actor.text.lower().split()))


def _protest_put_down(source: Actor | None, target: Actor | None) -> bool:
    """Police or soldiers of a state using force on the protesters of that state (or, the other way round,
    protesters fighting them)."""
    return (source is not None and target is not None and source.code[3:6] in ARMED_STATE_ROLES
            and country_of(source) is not None and country_of(source) == country_of(target) and _protesters(target))


EMBARGO, ADMINISTRATIVE_SANCTIONS = "163", "172"
OFFICIAL_COMPLAINT = "114"
SANCTION_WORDS = {"sanction", "sanctions"}
# Purposes that make forces sent somewhere a help to that country.
HELPING_VERBS = {"help", "assist", "support", "defend", "protect", "train", "bolster", "secure", "shield", "aid"}
DEFENCE_PACTS = {"agreement", "pact", "treaty", "accord"}


def _helping_purposes(verb: Token) -> list[Token]:
    return [c for c in purposes(verb) if c.lemma_.lower() in HELPING_VERBS]


def _protective(pred: Predicate) -> bool:
    """'Pakistan deploys troops to assist Saudi Arabia', 'under their mutual defense agreement': the
    deployment's purpose or its terms make it protection of the country it goes to."""
    terms = [p for prep in pred.anchor.children if prep.lower_ == "under" for p in prep.children
             if p.lemma_.lower() in DEFENCE_PACTS]
    return bool(_helping_purposes(pred.anchor) or terms or _against_attacks(pred.anchor))


# What forces sent to a country "in response to" or "amid" are sent against: "deploys jets to the UAE in
# response to Iranian attacks", "has deployed air defences to the UAE amid the Iranian strikes".
DEFENDED_AGAINST = {"attack", "strike", "airstrike", "missile", "drone", "aggression", "incursion", "threat"}


def _against_attacks(verb: Token) -> bool:
    occasions = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"amid", "amidst", "following"}
                 for p in prep.children if p.dep_ == "pobj"]
    occasions += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                  for response in prep.children if response.lemma_.lower() == "response"
                  for to in response.children if to.lower_ == "to" for p in to.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in DEFENDED_AGAINST for p in occasions)


def _helped(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """'deploys troops to assist Saudi Arabia': whom forces are sent to help is where they go."""
    helped = [o for p in _helping_purposes(pred.anchor) for o in p.children if o.dep_ == "dobj"]
    own = {s.code[:3] for s in sources}
    return [a for a in actors_of(helped, index) if a.code[:3] not in own]


def build_event(pred: Predicate, source: Actor | None, target: Actor | None, modality: str,
                when: EventDate, location: str | None, sentence, number: int) -> Event:
    code = pred.entry.code
    halting = _halting_verb(pred) if modality == NEGATED and code[:2] in HALTED_AS else None
    if halting is not None:
        code, modality = HALTED_AS[code[:2]], modality_of(Predicate(halting, pred.entry))
    if (modality == NEGATED and code in REFUSED_AS and not pred.is_noun
            and not (pred.token.dep_ == "xcomp" and pred.token.head.lemma_.lower() in REFUSING_VERBS)):
        code, modality = REFUSED_AS[code], ASSERTED
    if code in FIGHTING and _assault(pred, source, target):
        code = UNCONVENTIONAL_VIOLENCE  # "protesters attacked journalists": no army fights, people assault
    elif (code == UNCONVENTIONAL_VIOLENCE and source is not None and target is not None
          and ((source.code[3:6] == "MIL" and target.code[3:6] != "CVL")
               or (source.code[3:6] == "REB" and target.code[3:6] == "MIL"))):
        # "the army said it had killed 20 militants", "Hezbollah kills four soldiers": armed sides killing
        # each other's fighters is fighting
        code = FIGHT
    if pred.token.lemma_.lower() == "board" and source is not None and source.code[3:6] in {"CRM", "REB"}:
        code = HIJACKING  # "nine gunmen boarded the vessel": outlaws boarding a ship take it
    if code in FIGHTING | {UNCONVENTIONAL_VIOLENCE} and source is None and _planted_bomb(pred):
        code = BOMBING  # "a bomb hits a truck in Harnai": an unclaimed bomb is a bombing, not fighting
    force = code[:2] == "18" or code in FIGHTING
    if force and _protest_put_down(source, target):
        code = VIOLENT_REPRESSION  # "troops opened fire on demonstrators": force against a protest is repression
    elif force and _protest_put_down(target, source):
        code = VIOLENT_PROTEST  # "protesters clashed with riot police": a violent protest
    elif (code.startswith(PROPERTY_DAMAGE) or (force and pred.token.lemma_.lower() in BREAKING_IN)) and _protesters(source):
        code = VIOLENT_PROTEST  # "rioters burned shops", "protesters stormed the embassy": a riot
    if (pred.is_noun and pred.token.lemma_.lower() == "strike" and code[:2] in VIOLENT_ROOTS and source is not None
            and source.code[3:6] in STRIKING_ROLES):
        code = BOYCOTT  # "a strike by teachers in Kenya": workers stop work; no one is bombed
    if (not force and code[:2] != PROTEST_ROOT and source is not None and source.code[3:6] not in STATE_ROLES
            and _done_in_protest(pred)):
        # "the airlines suspend all flights in protest against the fees": a boycott, not a sanction (a state's
        # "recalled its ambassador in protest" keeps its code)
        code = BOYCOTT if pred.token.lemma_.lower() in STOPPING_VERBS else PROTEST
    if _an_order(pred) and _another_state(source, target):
        code = DEMAND  # "South Africa orders Taiwan to move its office": no state sanctions another by order; it demands
    if force and _attacked_in_words(pred, source, target):
        code = CRITICISE  # "Harris attacked Biden during the debates": words, not force
    if (code == SHOW_OF_FORCE and target is not None and source is not None
            and country_of(target) != country_of(source) and _protective(pred)):
        # "deploys 8,000 troops to assist Saudi Arabia": forces sent to help, not to face (not at home: "Marines
        # to Los Angeles to protect federal buildings" is a show of force)
        code = MILITARY_PROTECTION
    if (code[:2] == PROTEST_ROOT and pred.token.lemma_.lower() == "protest" and source is not None
            and source.code[3:6] in {"GOV", ""} and country_of(source)):
        code = OFFICIAL_COMPLAINT  # "the foreign ministry summoned the envoy to protest the arrest": no street protest
    if (code == EMBARGO and source is not None and target is not None and country_of(source)
            and country_of(source) == country_of(target) and pred.token.lemma_.lower() not in SANCTION_WORDS):
        # "Egypt banned the Muslim Brotherhood": a state's own people are no embargo's (sanctions named as
        # such stay sanctions)
        code = ADMINISTRATIVE_SANCTIONS
    if code == DIPLOMATIC_COOPERATION and target is not None and target.code[3:6] == "MIL" and pred.is_noun:
        code = MILITARY_COOPERATION  # "increased cooperation with the navies of China and India"
    facts = code_facts(code)
    source_code, target_code = _code(source), _code(target)
    if is_transnational(source_code) or is_transnational(target_code):  # (the place is looked up only then)
        place, story = place_country(location, pred.token.doc), pred.token.doc._.story_country
        source_code, target_code = (localized(source_code, place, target_code, story),
                                    localized(target_code, place, source_code, story))
    source_code = organ(source, source_code, source_role(facts.code), target_code, SOURCE_KINDS)
    target_code = organ(target, target_code, target_role(facts.code), source_code, TARGET_KINDS)
    return Event(
        source=source_code, target=target_code, code=facts.code, root=facts.root,
        goldstein=facts.goldstein, quad=facts.quad, plover=facts.plover,
        date=when.date, precision=when.precision, date_source=when.date_source, modality=modality,
        evidence=evidence_for(sentence, number, pred.token.idx), trigger=pred.text, location=location,
        source_text=source.text if source is not None else None,
        target_text=target.text if target is not None else None,
    )


def _same_words(one: Actor | None, other: Actor | None) -> bool:
    return one is not None and other is not None and one.start >= 0 and (one.start, one.end) == (other.start, other.end)


def _unstated_targets(pred: Predicate, lexicon: Lexicon, index: ActorIndex, sources: list[Actor],
                      number: int, earlier: list[Told] | None) -> Iterator[Actor | None]:
    """Candidates for a target the clause leaves unsaid, most directly supported first, each
    computed only if the ones before it found nothing."""
    yield object_owner(pred, index, sources)
    yield decision_author(pred, index, sources)
    yield pronoun_author(pred, index, earlier or [], number, sources)
    if earlier:
        yield participle_object_target(pred, earlier, number)
        author = referred_author(pred, earlier, lexicon, number)
        yield author if author is not None and all(author.code != s.code for s in sources) else None
        yield elided_target(pred, earlier, number, sources)
        yield refused_requester(pred, earlier, number, sources)
        yield claimed_attack_target(pred, earlier, number)
    yield concern_subject(pred, index, sources)
    yield intent_target(pred, index, sources)
    if earlier:
        yield main_decision_maker(pred, earlier, number, sources)
    yield other_party(pred, index, sources)
    yield conditioned_party(pred, index, sources)
    yield approved_government(pred, sources)


def conditioned_party(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """"Moscow threatened retaliation if Finland joins NATO": a threat is aimed at whoever its condition
    is put to."""
    if pred.entry.code[:2] != THREAT_ROOT:
        return None
    own = {s.code[:3] for s in sources}
    subjects = [n for verb in (pred.anchor, *pred.anchor.children) for c in conditions(verb) for n in condition_subjects(c)]
    return next((a for a in actors_of(subjects, index) if a.code[:3] not in own), None)


SUPPORT_CODE = "051"
GOVERNMENT_NOUNS = {"government", "cabinet"}


def approved_government(pred: Predicate, sources: list[Actor]) -> Actor | None:
    """'The parliament approved the new coalition government', 'the Bundestag approves a government plan':
    support given to the government of the approving body's own country."""
    country = country_of(sources[0]) if sources else None
    if pred.entry.code != SUPPORT_CODE or pred.is_noun or country is None:
        return None
    for obj in (c for c in pred.token.children if c.dep_ == "dobj"):
        if {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod", "nmod"})} & GOVERNMENT_NOUNS:
            return Actor(country + "GOV", obj.text, obj.i, obj.i + 1, "group")
    return None


OWNER_PREPS = {"by", "of", "from"}
ANSWER_ROOTS = {"08", "12"}  # yielding to and rejecting what was asked
OBJECT_PREPS = {"against", "over"}


def object_owner(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> Actor | None:
    """Whose thing the act is aimed at: "threatened the network's licence", "ruled against its
    attempt", "attacked the recognition of the Golan by the US", "dismissed the claim from Berlin":
    the owner (possessor, 'by', 'of' or 'from' phrase) of the object, when the object is no actor."""
    if (pred.is_noun and pred.light is None) or pred.entry.symmetric:  # "meet on the sidelines of the UN assembly": a venue
        return None
    token = pred.token
    heads = [c for c in token.children if c.dep_ == "dobj" and not pred.is_noun]  # "filed a lawsuit against X"
    if pred.entry.infinitive and not pred.is_noun:  # "declined to hear the appeal of the former premier"
        heads += [o for x in token.children if x.dep_ == "xcomp" and x.lemma_.lower() == pred.entry.infinitive
                  for o in x.children if o.dep_ == "dobj"]
    # (and the entry's own: "agreed to the plan of X"; of "in" phrases only the entry's objects: "rallied in
    # Beirut in support of Iran")
    heads += [p for prep in token.children if prep.dep_ == "prep" and (prep.lower_ in OBJECT_PREPS or prep.lower_ == pred.entry.prep)
              for p in prep.children if p.dep_ == "pobj"
              and (prep.lower_ != "in" or not pred.entry.objects or p.lemma_.lower() in pred.entry.objects)]
    own = {s.code for s in sources}
    for head in with_wholes(heads):  # ("agreed to part of the plan proposed by Trump")
        if head.i in index.actor_at:
            continue
        owners = [c for c in head.children if c.dep_ == "poss"]
        # the doer before the thing: "the recognition of Jerusalem by the United States" (the parser
        # may hang that 'by' on the active verb)
        by = [head] + ([token] if head.dep_ == "dobj" and not is_passive(token) else [])
        owners += [p for h in by for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "by"
                   for p in prep.children if p.dep_ == "pobj"]
        owners += filed_by(head)  # "the proposal put forward by Egypt", "a lawsuit filed by Texas"
        owners += [c for rel in head.children if rel.dep_ == "relcl" for c in rel.children
                   if c.dep_ == "nsubj"]  # "the state of emergency Trump declared"
        owners += [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in OWNER_PREPS - {"by"}
                   for p in prep.children if p.dep_ == "pobj"]
        if pred.entry.code[:2] in ANSWER_ROOTS:
            # "rejects a request to release activist Lachgar": whom the refused or granted act was for
            owners += [o for acl in head.children if acl.dep_ == "acl" and to_infinitive(acl)
                       for o in acl.children if o.dep_ == "dobj"]
        for owner in owners:
            actor = index.actor_at.get(owner.i)
            if actor is not None and actor.code not in own:
                return actor
        # "dismissed the South Korean offer"
        for actor in modifier_actors(head, index):
            if actor.code not in own:
                return actor
    return None


def _unstated_target(pred: Predicate, lexicon: Lexicon, index: ActorIndex, sources: list[Actor],
                     number: int, earlier: list[Told] | None) -> Actor | None:
    own = {s.code for s in sources}
    return next((t for t in _unstated_targets(pred, lexicon, index, sources, number, earlier)
                 if t is not None and t.code not in own), None)  # a guessed target is never the doer's own code


SELF_WORDS = {"we", "i", "it", "they", "he", "she"}  # ("Iran warns that it will close the strait": its own act)
CONSEQUENCE_WORDS = {"will", "would", "if", "unless", "otherwise"}


def _warning_of_a_state_of_things(pred: Predicate) -> bool:
    """'The WHO chief warns that the war could spread', 'UN experts warn that the plan breaks the law': a
    warning of how things are or may turn, to no one and of no act of the speaker's, threatens nothing
    ('we warn the Saudis that our targets will expand' does)."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() != "warn":
        return False
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return False
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.tag_ != "VBG"]  # (not "warns Venezuelans living in")
    if not told or any(s.lower_ in SELF_WORDS for c in told for s in c.children if s.dep_ == "nsubj"):
        return False
    # ("warn that if the Houthis persist, their leader will be targeted", "warned that such a move would
    # lead to war": a consequence foretold is a threat)
    return not any(t.lower_ in CONSEQUENCE_WORDS for c in told for t in c.subtree)


ADVISED_ROLES = {"", "CVL", "BUS"}  # (warning its journalists off a story is a threat to the press)


def _advisory(pred: Predicate, sources: list[Actor], targets: list[Actor]) -> bool:
    """'The U.S. embassy warns Americans to leave Lebanon': a state's warning to its own people or firms
    is advice, not a threat."""
    return (pred.token.lemma_.lower() == "warn" and bool(sources) and bool(targets)
            and all(country_of(t) in {country_of(s) for s in sources} and t.code[3:6] in ADVISED_ROLES for t in targets))


def events_of_predicate(pred: Predicate, lexicon: Lexicon, index: ActorIndex, published: date,
                        number: int, earlier: list[Told] | None = None) -> list[Event]:
    if _warning_of_a_state_of_things(pred) or not_guilty_plea(pred) or _self_harm(pred):
        return []  # ("pleads not guilty": a denial, no admission)
    law = enacted_law(pred)
    if law is not None and not restricts_people(law):
        return []  # "passed the budget law", "signed a law legalizing ...": no sanction on anyone
    args = attach_arguments(pred, lexicon, index)
    # ("no party has claimed responsibility": no one is named; the claim is denied, not made by a party)
    args.sources = [s for s in args.sources if s.start < 0 or not names_no_one(pred.token.doc[s.start:s.end].root)]
    if _advisory(pred, args.sources, args.targets) or _order_sanctions_no_one(pred, index, args.sources):
        return []
    if len(args.sources) >= 2 and not args.targets and _reciprocal(pred):
        args.targets = list(args.sources)  # "Russia and Ukraine blame each other": each side, the other
    when = event_date(pred, published)
    ahead = is_future(when, published)
    pledge = _pledged_aid(pred, ahead)
    if pledge is not None:
        pred = pledge
        if ahead:  # (aid for 2026 is pledged the day it is announced)
            when = EventDate(published.isoformat(), "day", "publication")
    if (when.timex is None or when.timex.start < pred.token.sent.start) and earlier:
        # (an occasion told before beats the narrative day; so does the harm the last sentences told)
        when = during_told_event(pred, earlier, lexicon) or harmed_too(pred, earlier, number) or when
    first = told_act(pred, dated_in_own_clause(when, pred), earlier, lexicon, number, args.sources) if earlier else None
    if first is not None and first.date:
        when = EventDate(first.date, first.precision, "text", None)
    held = captives(pred, earlier, number) if earlier and not args.targets else None
    if held is not None:  # "the detainees were released": those an arrest took, by their holder
        args.targets = [held[0]]
        args.sources = args.sources or [h for h in held[1:] if h is not None]
    if not args.sources:
        args.sources = instrument_author(pred, index)
    if not args.sources and args.agentless:
        args.sources = attack_claimant(pred, index) or reporting_authority(pred, index)
    if not args.sources and args.agentless and earlier:
        args.sources = [a for a in [instrument_doer(pred, earlier, lexicon, number)] if a is not None]
    if not args.sources and pred.is_noun and earlier and story_act(pred.token, earlier, lexicon) is not None:
        return []  # "the strike" named again in a later paragraph: the story's strike, told already
    if not args.targets and args.agentless:
        args.targets = passive_recipients(pred, index)
    if not args.sources and args.agentless and earlier and args.targets:
        args.sources = [a for a in [done_again(pred, earlier, number, args.targets)] if a is not None]
    if not args.sources and args.agentless and not pred.is_noun:
        args.sources = [h for h in [holding_state(pred.token, index)] if h is not None]
        force = force_of_act(pred.token) if pred.token.lemma_.lower() in HARM_VERBS else None
        if not args.sources and force is not None:
            place = place_country(args.location, pred.token.doc) or pred.token.doc._.story_country
            args.sources = implied_agent(force, args.targets, place)
    if not args.sources and args.agentless:
        args.sources = [d for d in [_refusing_destination(pred, index)] if d is not None]
    if not args.sources and (args.agentless or _uncoded_officials(pred, index)):
        args.sources = state_agents(pred, args.targets, args.location)
    if not args.sources and (not pred.is_noun or pred.light is not None or pred.entry.code[:2] in VIOLENT_ROOTS):
        args.sources = unnamed_attackers(pred.anchor, args.location, args.targets, index,
                                         pred.entry.code[:2] in VIOLENT_ROOTS)
    if not args.sources and (not pred.is_noun or pred.light is not None):
        # ("the offices are stormed by protesters in Turin": the passive's agent)
        agents = [p for by in pred.anchor.children if by.dep_ == "agent" for p in by.children
                  if p.dep_ == "pobj" and p.lemma_.lower() not in STATE_DESCRIPTIONS]  # ("by the state": told before)
        args.sources = placed_groups(subject_heads(pred.anchor) or agents, pred.anchor, args.location, index, args.targets)
    elif not args.sources:  # "a demonstration by the ver.di trade union in Munich": the group it is by
        args.sources = placed_groups([p for by in pred.token.children if by.lower_ == "by" for p in by.children
                                      if p.dep_ == "pobj"], pred.anchor, args.location, index, args.targets)
    if len(args.sources) < 2 and not args.targets and pred.entry.symmetric:
        # "clashes between protesters and police in Kampala": sides named by their role, placed by the act
        found = {s.start for s in args.sources}
        args.sources += [g for g in placed_groups(between_sides(pred.token), pred.anchor, args.location, index,
                                                  args.sources) if g.start not in found]
    if not args.sources and pred.entry.code[:2] in VIOLENT_ROOTS:
        # "two people are killed in a mass stabbing": the crime the harm was done in says who did it
        for crime in [pred.token] if pred.is_noun else _crimes_told(pred.token, lexicon):
            args.sources = args.sources or anonymous_criminal(crime, args.location, index)
    if not args.sources and pred.entry.code[:2] == PROTEST_ROOT:
        args.sources = protesting_people(args.location, pred.anchor, index)
    elif pred.entry.code[:2] == PROTEST_ROOT and args.sources and all(s.code[3:6] in ARMED_STATE_ROLES for s in args.sources):
        # "Police fire tear gas at demonstrators gathered ... to protest against the police": the parser
        # gives the protest the police's subject; the protesters the sentence names protest
        args.sources = [a for a in _sentence_actors(pred, index) if _protesters(a)][:1] or args.sources
    if pred.entry.code.startswith(OCCUPATION) and (not args.targets or home_places(args.targets, args.sources)):
        args.targets = _held_by_outlaws(pred, index, args.sources) or args.targets
    if pred.entry.code[:2] == POSTURE_ROOT or (pred.is_noun and pred.entry.code[:2] in VIOLENT_ROOTS
                                               and pred.token.lemma_.lower() in STATE_STRIKES):
        args.sources = [_state_role(s, "MIL") for s in args.sources]
    if pred.token.lemma_.lower() in EXECUTIVE_LEMMAS:  # "Iran executes a man": its government, not its army
        args.sources = [_state_role(s, "GOV") for s in args.sources]
    holder = releasing_state(pred, index) or excluding_state(pred, index)
    if (holder is not None and all(country_of(holder) != country_of(s) for s in args.sources)
            and country_of(holder) not in NO_STATE and not any(s.code[3:6] == "JUD" for s in args.sources)):
        args.sources = [holder]  # (a court that frees someone held abroad frees him: "a Chilean court releases")
    released = released_people(pred, index)
    if released is not None and all(country_of(released) != country_of(s) for s in args.sources):
        args.targets = [released, *conjoined_nationals(released, index, [released])]
    elif mutual_release(pred, index, args.sources):
        args.targets = list(args.sources)  # each frees the other's (a side's pair with itself is dropped below)
    sides = conflict_sides(pred, index, args.sources) if args.sources else []
    if sides:  # "urged both sides": the sides, not whoever a resolver found for the words
        args.targets = sides
    pointed = pointed_countries(pred, index, args.sources) if args.sources else []
    if pointed:  # "attacks against those countries": the countries named before
        args.targets = pointed
    # "hits a market instead of Boko Haram militants": whom the act missed is not its target
    args.targets = [t for t in args.targets if not _passed_over(t, pred.token.doc)]
    joint = joint_act(pred, args.sources)
    if not args.targets and args.sources and not joint:
        args.targets = uncoded_bodies([pred.token, pred.anchor], index, args.sources)
    if not args.targets and args.sources and pred.entry.code[:2] in FORCE_ROOTS:  # acts that pursue or strike a person
        args.targets = pursued_attackers(pred.token, pred.anchor, args.location, args.sources, index)
    if (not args.targets and args.sources and (_judged(pred) or pred.entry.code.startswith(POLICE_CODES + RELEASE_CODES))
            and (not pred.is_noun or pred.light is not None)):
        args.targets = _defendant(pred, args.sources, index, named_only=not _judged(pred))
    if not args.targets and args.sources and pred.entry.code[:2] in TITLED_PEOPLE_ROOTS:
        args.targets = [t for t in [titled_person(pred, index, args.sources)] if t is not None]
    if not args.targets and args.sources and pred.entry.code[:2] in CONFRONTING_ROOTS and not joint:
        args.targets = conjunct_target(pred, index, args.sources)
    if not args.targets and args.sources and not joint:
        args.targets = [t for t in [_unstated_target(pred, lexicon, index, args.sources, number, earlier)] if t]
    if (not args.targets and args.sources and not joint and first is not None
            and first.target not in {None, *(s.code for s in args.sources)}):
        args.targets = [Actor(first.target, first.target_text or first.target, -1, -1, "anaphor")]
    if not args.targets and args.sources and earlier and not joint:
        args.targets = [t for t in [told_act_target(pred, earlier, lexicon, number, args.sources)] if t is not None]
    if not args.targets and args.sources and pred.entry.code == SHOW_OF_FORCE:
        args.targets = _helped(pred, index, args.sources)
    if not args.targets and args.sources and pred.entry.code[:2] == PROTEST_ROOT:
        args.targets = protested_governments(args.sources)
    restricting = not args.targets and args.sources and not joint and pred.entry.code.startswith(OWN_PEOPLE_CODES)
    if restricting:
        args.sources = [_state_role(s, "GOV") for s in args.sources]  # "Algeria banned the niqab": its government
        args.targets = restricted_people(args.sources)
    if not args.targets and args.sources and pred.entry.code[:2] in PEOPLE_TARGET_ROOTS and not joint:
        # "a court sentences a teacher": the court was found after the arguments, its people with it
        args.targets = [c for c in [civilian_target(pred, index, args.sources, set())] if c is not None]
    if not args.targets and args.sources:  # "protesters clashed with police in Kampala": the place's police
        args.targets = placed_groups(aimed_heads(pred, lexicon), pred.anchor, args.location, index, args.sources)
    if not args.targets and not args.sources and _captives_freed(pred):
        # "the 89 people kidnapped from churches in Kaduna State are released": captives freed by no one named
        args.targets = placed_groups([c for c in pred.anchor.children if c.dep_ == "nsubjpass"], pred.anchor,
                                     args.location, index)
    if not args.targets and args.sources and pred.entry.code[:2] in VIOLENT_ROOTS and not joint:
        args.targets = struck_country(pred.anchor, args.sources, index)
    if (not args.targets and args.sources and pred.entry.code.startswith(DEESCALATION)
            and (home := place_country(args.location, pred.token.doc)) is not None
            and all(s.code[3:6] == "REB" and country_of(s) == home for s in args.sources)):
        # "Ambazonian militants announce a ceasefire in Cameroon": towards their state
        args.targets = [Actor(home, args.location or "", -1, -1, "place")]
    if args.sources and guilty_plea(pred):
        # "pleads guilty in a Chicago court": a plea is made to the court of where it is made
        country = (court_country(pred.token, index) or place_country(args.location, pred.token.doc)
                   or next((c for s in args.sources if (c := country_of(s))), None))
        args.targets = [implied(country + "JUD")] if country else args.targets
    if not args.targets and args.sources and vetoed_bill(pred):
        # "the president vetoes a bill": the legislature that passed it
        args.targets = [implied(c + "LEG") for c in {country_of(s) for s in args.sources} if c][:1]
    if not args.targets and args.sources and _court_appeal(pred):
        # "the prime minister's office intends to appeal": an appeal to no one named goes to the courts
        args.targets = [implied(c + "JUD") for c in {country_of(s) for s in args.sources} if c][:1]
    if not args.targets and args.sources and pred.entry.code[:2] in APPEAL_ROOTS and not pred.is_noun:
        args.targets = addressed_people(pred.token, args.sources)
    if not args.targets and args.sources and pred.token.lemma_.lower() in COUP_WORDS:
        args.targets = overthrown_government(args.sources, pred.token.doc._.story_country)
    if (not args.targets and args.sources and not joint and not _weapons_met(pred)
            and not _names_someone_uncoded(pred, index) and not _backs_a_thing(pred, index)
            and not _left_a_thing(pred, lexicon, index)):
        # (a joint act of several sides pairs them up: "a truce between the army and the rebels")
        args.targets = (_hideouts_raided(pred, args.sources)
                        or home_targets(args.sources, pred.entry.code, pred.token.doc._.story_country))
    if pred.entry.code[:2] == PROTEST_ROOT and _for_the_government(pred.token):
        own = {country_of(s) for s in args.sources}
        args.targets = [t for t in args.targets if not (t.code[3:6] == "GOV" and country_of(t) in own)]
    if pred.entry.code.startswith(OWN_PEOPLE_CODES):
        args.targets = [people_of_own_place(t, args.sources) for t in args.targets]
    if pred.entry.code[:2] in VIOLENT_ROOTS:
        fighting = pred.entry.code in FIGHTING | {UNCONVENTIONAL_VIOLENCE}  # (an army's killing is fighting: build_event)
        args.targets = [victims_of_place(t, args.sources, pred.anchor, fighting) for t in args.targets]
    if pred.token.lemma_.lower() in LEGISLATIVE_LEMMAS or pred.entry.code in LEADERSHIP_CHANGE:
        # ("demanding Edi Rama's resignation": whoever is to go holds an office)
        args.targets = [_office_holder(t) for t in args.targets]
    if pred.token.lemma_.lower() in GUILT_LEMMAS:
        args.targets = [_offender(t) for t in args.targets]
    elif pred.entry.code.startswith(POLICE_CODES) or (pred.entry.code.startswith(RELEASE_CODES) and _on_bail(pred.token)):
        args.targets = [_private_citizen(t, pred.token.doc) for t in args.targets]
    if pred.token.lemma_.lower() in GUILT_LEMMAS | {"execute"} and _punished_for_crime(pred):
        # "executes 102 individuals convicted of armed robbery", "executes a man for a 2009 arson attack"
        args.targets = [_as_role(t, CRIMINAL) if t.code[3:6] == "CVL" else t
                        for t in args.targets]
    if _crime_of_the_convicted(pred.anchor):
        args.sources = [_offender(s) for s in args.sources]
    if pred.entry.code[:2] in VIOLENT_ROOTS:  # (a civilian's force is assault: build_event)
        args.sources = [_lone_assailant(s, pred.token.doc) for s in args.sources]
    args.targets = [_host_of_own_envoy(t, args.sources, index) for t in args.targets]
    if source_role(pred.entry.code) == "GOV":  # (not where it would act on itself: "Syria backs Assad")
        args.sources = [g if all(t.code != g.code for t in args.targets) else s
                        for s in args.sources for g in [_state_role(s, "GOV")]]
    if law is not None and (group := restricted_group(law, args.sources)) is not None:
        args.targets, restricting = [group], False  # "a law requiring NGOs to disclose their funding": on the NGOs
    if (not args.sources or _crashed_vehicles(pred, args.sources) or _only_places(args.sources, pred.token.doc)
            ) and _natural_cause(pred):
        return []  # "16 students are killed in a fire": a disaster, no one's act
    if (_animals_harmed(pred) or _shown(pred) or _nature_did_it(pred) or _ordnance_disposed(pred) or _hazard_alert(pred)
            or _business_halted(pred)):
        return []  # "ordered the killing of 300,000 pigs", "demonstrated its ignorance": no act between actors
    if first is not None and first.source and not args.sources:
        return []  # "The strike took place in Iraq": the act told before, and nothing said of who did it
    # "Navalny was airlifted to Berlin", "polls showed support for de Blasio": a statement, a visit, help or
    # support with no one doing it is no act of the record (conflict may be done by someone unnamed)
    args.targets = [t for t in args.targets if not _passed_over(t, pred.token.doc)]  # (whatever found them)
    # (and captives released by no one named: "the 89 people kidnapped from three churches are released")
    pairs = [(s, t) for s, t in dyads(args, pred.entry.symmetric)
             if (s is not None or pred.entry.code[:2] >= "10"
                 or (t is not None and _captives_freed(pred)))
             and (t is None or not _gapped_doer(t, pred.token.doc))]
    if restricting:
        pairs = own_people_only(pairs)
    if not pairs:
        return []
    told = modality_of(pred)
    sentence = pred.token.sent
    # (named peers in a joint act fight each other, "Boko Haram and ISWAP clashed"; they do not meet)
    kept = [(s, t) for s, t in pairs if (_code(s) != _code(t) or _dismissed_official(pred, t) or (_named_peer(pred, s, t)
                                                                   and (not joint or pred.entry.code[:2] in VIOLENT_ROOTS))
                                         or (joint and pred.entry.code[:2] in VIOLENT_ROOTS and _regional_force(s, t)))
            and not _no_act_between(pred, s, t)  # (colleagues at one meeting do not meet each other)
            and not _same_words(s, t)  # ("Hezbollah and Israel accuse the other": not Israel itself)
            and not _movement_misread(pred, s)]
    # "staged coups in 1960, 1971 and 1980": one act for each date listed (not for an act told before)
    dates = [when, *(listed_dates(when, pred) if first is None else [])]
    events = [build_event(pred, s, t, _planned_if_ahead(told, day, published), day, args.location, sentence, number)
              for day in dates for s, t in kept]
    # "Israel intercepts a missile fired by the Houthis": the launchers' attack, and the interception that met it
    events += [build_event(pred, interceptor, launcher, _planned_if_ahead(told, when, published), when, args.location,
                           sentence, number) for interceptor in args.interceptors for launcher in args.sources]
    ground = _alleged_ground(pred)
    if ground is not None:
        # "Iran imprisons two French citizens for alleged espionage": the act also accuses them
        events += [build_event(ground, s, t, REPORTED if told == REPORTED else ASSERTED, when, args.location,
                               sentence, number) for s, t in kept
                   if s is not None and t is not None and s.code[3:6] not in STATE_AGENT_ROLES]
    snub = _snub(pred)
    if snub is not None:
        # (called off when the calling-off is told, not when the act would have come: "called off the
        # strikes for tomorrow")
        called_off = event_date(Predicate(pred.token.head, snub.entry), published)
        if is_future(called_off, published):
            called_off = EventDate(published.isoformat(), "day", "publication")
        events += [build_event(snub, s, t, ASSERTED, called_off, args.location, sentence, number)
                   for s, t in pairs if (_code(s) != _code(t) or _named_peer(pred, s, t)) and t is not None]
    return events


REFUSED_ENTRY = {"entry", "visa", "visas"}


def _refusing_destination(pred: Predicate, index: ActorIndex) -> Actor | None:
    """'Thomas Partey is denied a visa to enter Canada': a state refuses entry into itself."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() not in {"deny", "refuse"} or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in REFUSED_ENTRY for c in verb.children):
        return None
    places = [o for t in verb.subtree if t.lemma_.lower() == "enter" for o in t.children if o.dep_ == "dobj"]
    places += [p for t in verb.subtree if t.lemma_.lower() in REFUSED_ENTRY
               for prep in t.children if prep.lower_ in {"to", "into", "for"} for p in prep.children if p.dep_ == "pobj"]
    country = next((c for p in places if (a := index.actor_at.get(p.i) or index.place_actor_at.get(p.i))
                    and (c := country_of(a))), None)
    return Actor(country + "GOV", "", -1, -1, "anaphor") if country else None


REFLEXIVES = {"himself", "herself", "themselves", "itself"}
SELF_HARM_VERBS = {"kill", "shoot", "stab", "hang"}


def _self_harm(pred: Predicate) -> bool:
    """'The perpetrator kills himself': violence a doer turns on himself is no act between actors (a suicide
    bomber who 'blows himself up' still bombs)."""
    return (not pred.is_noun and pred.token.lemma_.lower() in SELF_HARM_VERBS
            and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in pred.token.children))


def _planned_if_ahead(modality: str, when: EventDate, published: date) -> str:
    """An asserted or reported act dated after publication has not happened yet."""
    return PLANNED if modality in {ASSERTED, REPORTED} and is_future(when, published) else modality


PEOPLE_NOUNS = UNNAMED_PEOPLE | {"people", "persons", "girl", "child", "children", "suspects", "individuals"}


VERDICT_NOUNS = {"sentence", "conviction", "verdict"}


def _judged(pred: Predicate) -> bool:
    return (pred.token.lemma_.lower() in JUDICIAL_LEMMAS | EXECUTIVE_LEMMAS
            or pred.entry.code.startswith(JUDICIAL_CODES))


def _defendant(pred: Predicate, sources: list[Actor], index: ActorIndex, named_only: bool = False) -> list[Actor]:
    """'A U.S. court sentences Jasveen Sangha', 'a court fines national airline Qantas', 'Trump pardoned
    Rod Blagojevich': a person or a firm a state's court, prosecutors or executive try or pardon, whom
    no list knows, is taken for an offender (CRM) or a business (BUS) of that state."""
    country = country_of(sources[0])
    if country is None or sources[0].code[3:6] not in {"JUD", "COP", "GOV", "SPY"}:
        return []
    holders = [pred.token] if pred.light is None else [pred.light]  # "granted Safavian a pardon"
    objects = [c for h in holders for c in h.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    if pred.is_noun:  # "orders the release of former official Santos Cerdan"
        objects += [p for prep in pred.token.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
    objects += [s for h in holders for c in h.children if c.dep_ in {"ccomp", "xcomp", "oprd"}  # "finds X liable"
                for s in c.children if s.dep_ == "nsubj"]
    # "commuted the sentence of Crystal Munoz": the one whose sentence it is
    # ("upheld the prison sentence against the activist")
    objects += [p for o in objects if o.lemma_.lower() in VERDICT_NOUNS for prep in o.children if prep.lower_ in {"of", "against"}
                for p in prep.children if p.dep_ == "pobj"]
    for tried in objects:
        role = DEFENDANT_ROLES.get(tried.ent_type_)
        if role and tried.i not in index.actor_at:
            name = next((e for e in tried.doc.ents if e.start <= tried.i < e.end), tried.doc[tried.i:tried.i + 1])
            return [Actor(country + (_title_role(name) or role), name.text, name.start, name.end, "group")]
        if tried.pos_ == "PROPN" and not tried.ent_type_ and tried.i not in index.actor_at:
            # "arrest former prime minister and opposition figure Alain Bilie", a name the tagger missed: its title
            start = tried.i
            while start > tried.left_edge.i and tried.doc[start - 1].pos_ == "PROPN":
                start -= 1
            name = tried.doc[start: tried.i + 1]
            title = _title_role(name)
            if title:
                return [Actor(country + title, name.text, name.start, name.end, "group")]
    # ("a Hong Kong jury convicts three people", "sentences the owner of a hotel": the state's own people)
    # ("sentences six former police officers", "arrest six opposition members": people its role words name;
    # not "fines messaging service X"; an arrest of people named by no role is civilian_target's)
    tried = next((o for o in objects if o.i not in index.actor_at and (
        (o.lemma_.lower() in TRIED_PEOPLE and not named_only) or (o.tag_ == "NNS" and _noun_phrase_role(o)))), None)
    if tried is None:
        return []
    role = _noun_phrase_role(tried)
    return [Actor(country + (role or ""), tried.text, tried.i, tried.i + 1, "group")]


def _title_role(name: Span) -> str | None:
    """The role the words before a name give its bearer: "sentences opposition leader Nika Melia" (OPP),
    "detains journalist X" (MED); none for words that give no role ("former superintendent")."""
    title = _words_before(name[-1], name.start)
    if not title or word_key(title[-1]) in role_lexicon().callings:
        return None  # ("finds singer Chris Brown liable": a calling gives a defendant no role)
    return role_lexicon().role_of(title)[0]


def _noun_phrase_role(head: Token) -> str | None:
    """The role of a noun phrase from its words up to its head: "six former police officers" (COP)."""
    return role_lexicon().role_of([*_words_before(head, head.i), head])[0]


def _words_before(head: Token, stop: int) -> list[Token]:
    """The nouns and adjectives of the head's phrase before position `stop`: the words a role is read from."""
    return [t for t in head.doc[head.left_edge.i:stop] if t.pos_ in {"NOUN", "PROPN", "ADJ"}]


# (a name the model takes for a place no gazetteer knows is a person more often than not: "acquits Surendra Koli")
DEFENDANT_ROLES = {"PERSON": CRIMINAL, "ORG": "BUS", "GPE": CRIMINAL}
TRIED_PEOPLE = {"people", "person", "man", "woman", "owner", "defendant", "other", "teenager", "individual", "member"}


def _names_someone_uncoded(pred: Predicate, index: ActorIndex) -> bool:
    """'spoke with Wikinews', 'met Jerry Garcia': the other side is named, only not as an actor this
    reader knows, so it is not the story's government either."""
    holders = [pred.token, pred.anchor]
    named = [c for h in holders for c in h.children if c.dep_ in {"dobj", "dative"}]
    named += [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in {"with", "to"}
              for p in prep.children if p.dep_ == "pobj"]
    people = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in {"on", "for", "against"}
              for p in prep.children if p.dep_ == "pobj"]  # "warrants on 36 people": people, not the state
    return (any(t.ent_type_ in {"PERSON", "ORG"} and t.i not in index.actor_at for t in named)
            or any(t.lemma_.lower() in PEOPLE_NOUNS and t.i not in index.actor_at for t in people))


def _left_a_thing(pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> bool:
    """"Sanders' exit from the race", "withdrew from the deal": what is left is named, and is no one,
    so the story's home side is not what the act turns from."""
    if pred.entry.code[:2] != "16":
        return False
    holders = [pred.token] + ([pred.light] if pred.light is not None else [])
    preps = lexicon.target_preps(pred.entry)
    left = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]
    return any(o.i not in index.actor_at for o in left)


DISMISSAL = "172"
EVACUATION_THREAT = "1384"
JOINT_OPERATION = "060"


def _named_peer(pred: Predicate, source: Actor | None, target: Actor | None) -> bool:
    """A person of the doer's own code named in the clause itself as the one acted on ('Trump lashed out
    at mayor Muriel Bowser'); one found by a fallback further away is more likely a wrong guess."""
    return peers(source, target) and target is not None and _named_in_clause(pred, target)


CAPTIVE_WORDS = {"hostage", "captive"}
TAKING_VERBS = {"kidnap", "abduct", "seize", "capture", "hold", "take"}


def _captives_freed(pred: Predicate) -> bool:
    """'hostages are released', 'the people kidnapped from three churches are freed': people a captor held."""
    return pred.entry.code.startswith(RELEASE_CODES) and not pred.is_noun and any(
        c.dep_ == "nsubjpass" and (c.lemma_.lower() in CAPTIVE_WORDS or any(
            a.dep_ == "acl" and a.lemma_.lower() in TAKING_VERBS for a in c.children)) for c in pred.anchor.children)


def _movement_misread(pred: Predicate, source: Actor | None) -> bool:
    """Going somewhere read as an act it is not, for this doer: migrants or protesters who enter a town occupy
    nothing, nor does a lone attacker who entered a country; only officials who land somewhere visit it (not
    "US Marines land in Haiti", nor a rocket that lands)."""
    if source is None:
        return False
    role, lemma = source.code[3:6], pred.token.lemma_.lower()
    if pred.entry.code == OCCUPATION:
        return role in UNARMED_ROLES or (role == "CRM" and lemma == "enter")
    return pred.entry.code == VISIT_CODE and lemma == "land" and role not in {"GOV", "LEG", "JUD"}


def _passed_over(actor: Actor, doc: Doc) -> bool:
    """An actor named right after "instead of" or "rather than"."""
    before = [t.lower_ for t in doc[max(actor.start - 2, 0):actor.start]] if actor.start >= 2 else []
    return before in (["instead", "of"], ["rather", "than"])


def _regional_force(one: Actor | None, other: Actor | None) -> bool:
    """'clashes between Jubaland forces and the Somali National Army': a region's own forces fighting the
    national army read the same code as it, yet two sides fought (not so "Somali forces and the army")."""
    from datelines.read.actors.tables import gazetteer

    def regional(actor: Actor) -> bool:
        first = actor.text.split()[0] if actor.text else ""
        return actor.kind == "group" and first[:1].isupper() and gazetteer().country_of(first) is None
    return (one is not None and other is not None and one.sentence == other.sentence >= 0
            and one.text.lower() != other.text.lower() and (regional(one) or regional(other)))


def _named_in_clause(pred: Predicate, actor: Actor) -> bool:
    """Is the actor named within the predicate's own clause (not found by a fallback further away)?"""
    return pred.anchor.left_edge.i <= actor.start <= pred.anchor.right_edge.i


def _dismissed_official(pred: Predicate, target: Actor | None) -> bool:
    """'Trump dismisses Pam Bondi as Attorney General': a government removing one of its own officials, named
    by office in the clause, sanctions that official, though both sides read the same code."""
    return (pred.entry.code == DISMISSAL and target is not None and target.kind == "group" and target.code[3:6] == "GOV"
            and _named_in_clause(pred, target))


def _backs_a_thing(pred: Predicate, index: ActorIndex) -> bool:
    """'legislators supporting the law', 'BIPA is supported overwhelmingly', 'support for the measure':
    support for a thing no actor is named as owning is no act on the story's government."""
    if pred.entry.code != "051":
        return False
    if pred.is_noun:
        things = [p for prep in pred.token.children if prep.dep_ == "prep" and prep.lower_ == "for"
                  for p in prep.children if p.dep_ == "pobj"]
    else:
        things = [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.i not in index.actor_at and t.pos_ in {"NOUN", "PROPN"} and t.lemma_.lower() not in PARTY_WORDS
               for t in things)


def _weapons_met(pred: Predicate) -> bool:
    """'The Qatari military intercepts seven missiles': force met with force, aimed at the weapons and at
    no one at home."""
    return pred.entry.code[:2] in VIOLENT_ROOTS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WEAPONS for c in pred.token.children)


PARTY_WORDS = {"side", "party", "group", "faction", "camp", "candidate", "people", "leader", "ally"}


def _crimes_told(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The nouns of a harm's "in", "during" or "amid" phrase ("killed in a mass stabbing"), where a crime noun may be;
    harms told together share it ("one is killed and two are injured in a stabbing"). A crime the lexicon
    reads as an act of its own ("in a shooting spree") is that act, with its doer: none here."""
    # (a gerund after the preposition too: "killed in a drive-by shooting", parsed as a clause)
    nouns = [p for v in (verb, *verb.conjuncts) for prep in v.children if prep.dep_ == "prep" and prep.lower_ in HARMING_PREPS
             for p in prep.children if p.dep_ in {"pobj", "pcomp"}]
    return [] if any(lexicon.candidates(w.lemma_.lower(), "noun") for n in nouns for w in [n, *n.children]
                     if w.i == n.i or w.dep_ == "compound") else nouns


def _reciprocal(pred: Predicate) -> bool:
    """Is the act aimed at 'each other', 'one another' or 'the other'?"""
    objects = [c for c in pred.token.children if c.dep_ in {"dobj", "pobj"}]
    objects += [p for prep in pred.token.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    # the parser reads either word as head; "A and B accuse the other" is said of two sides only
    pairs = {("other", "each"), ("another", "one"), ("one", "another"), ("other", "the")}
    # ("expel each other's ambassadors": the other side's people, told by a possessive)
    owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
    return any((o.lower_, c.lower_) in pairs for o in objects + owners for c in o.children)


# What kills and destroys without anyone doing it; things that kill by falling ("after a wall collapses")
# only as the subject of a clause, since "in a building" says where.
DISASTERS = {"fire", "blaze", "flood", "floods", "flooding", "earthquake", "quake", "storm", "landslide", "mudslide",
             "crash", "collision", "accident", "collapse", "avalanche", "cyclone", "hurricane", "typhoon", "tornado",
             "heatwave", "stampede", "derailment", "wildfire", "rain", "rains", "exposure", "lightning", "tsunami",
             "eruption", "blizzard", "drought", "famine", "disease", "illness", "outbreak", "epidemic", "pandemic",
             "drowning", "drownings", "shipwreck", "heat"}
FALLING_THINGS = {"structure", "building", "bridge", "wall", "roof", "stage", "tower"}
CAUSE_PREPS = {"in", "by", "after", "during", "amid", "amidst", "following"}


def _only_places(sources: list[Actor], doc: Doc) -> bool:
    """'A shop explosion and fire in Oudomxay province, Laos, kills four': the country an accident is
    placed in is where it happened, no doer."""
    def placed(s: Actor) -> bool:
        name = doc[s.end - 1]
        if s.start > 1 and doc[s.start - 1].text == "," and doc[s.start - 2].pos_ in {"PROPN", "NOUN"}:
            return True  # (an address's last name, whatever the parser hung it on: "in Oudomxay province, Laos")
        return any(a.dep_ == "pobj" and a.head.lower_ in {"in", "at", "near"} for a in (name, *name.ancestors))

    return all(s.start > 0 and s.kind == "country" and placed(s) for s in sources)


def _crashed_vehicles(pred: Predicate, sources: list[Actor]) -> bool:
    """'A Sudanese military plane crashes ..., killing 46 people': the source is only the craft that crashed."""
    def crashed(token: Token) -> bool:
        while token.dep_ in {"amod", "compound", "nmod"}:
            token = token.head  # ("Sudanese" in "a Sudanese military plane")
        return (token.dep_ == "nsubj" and token.lemma_.lower() in VEHICLES
                and token.head.lemma_.lower() in ACCIDENT_VERBS)  # (not "forces sink a ship")
    return all(crashed(pred.token.doc[s.end - 1]) for s in sources)


def _natural_cause(pred: Predicate) -> bool:
    """'Two reporters are killed after a metal structure collapses', 'homes are destroyed by floods', 'a
    fire destroys dozens of buildings': harm whose cause the sentence gives as a disaster or an accident."""
    if pred.entry.code[:2] not in VIOLENT_ROOTS and not pred.entry.code.startswith("171"):
        return False
    phrases, subjects, accidents = [], [], []
    holders = {t.i: t for h in (pred.token, pred.anchor) for t in (h, *h.conjuncts)}  # "killed and injured in a fire"
    for holder in holders.values():
        subjects += [c for c in holder.children if c.dep_ in {"nsubj", "agent"}]
        phrases += [p for prep in holder.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in CAUSE_PREPS
                    for p in prep.children if p.dep_ == "pobj"]
        subjects += [s for clause in holder.children if clause.dep_ == "advcl" for s in clause.children
                     if s.dep_ in {"nsubj", "nsubjpass"}]
        accidents += [c for clause in holder.children if clause.dep_ == "advcl" and _vehicle_clause(clause)
                      for c in clause.subtree if c.lemma_.lower() in ACCIDENT_VERBS | DISASTERS]
    if pred.token.dep_ == "advcl" and pred.token.tag_ == "VBG":
        # "Typhoon Kalmaegi makes landfall in central Vietnam, killing five people": the clause it goes on from
        subjects += [c for c in pred.token.head.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]  # ("a shop explosion and fire kills four")
    subjects += [c for s in subjects for c in s.children if c.dep_ == "compound"]  # ("Typhoon Kalmaegi")
    causes = phrases + subjects + ([pred.token] if pred.is_noun else [])
    return (_told_as_accident(pred.token.sent) or any(_accidental_blast(c) for c in causes)
            or any(c.lemma_.lower() in DISASTERS or c.lower_ in DISASTERS for c in phrases + subjects)
            or any(c.lemma_.lower() in FALLING_THINGS for c in subjects) or bool(accidents)
            or any(_struck_by_nature(c) for c in causes))


ACCIDENT_MARKS = {"accidental", "accidentally", "unexploded", "mishap"}
ATTACK_MARKS = {"attack", "strike", "airstrike", "shoot", "shooting", "gunman", "gunmen", "militant", "drone", "missile",
                "shell", "shelling", "torpedo", "ram", "bomber", "assailant", "hijack", "hijacker", "sabotage"}


BLASTS = {"explosion", "blast", "fire"}
# What explodes or burns by accident: "a gas explosion at an apartment building", "a boiler blast".
ACCIDENTAL_SOURCES = {"gas", "boiler", "fuel", "chemical", "chemicals", "firework", "fireworks", "methane", "propane",
                      "cylinder", "transformer", "pipeline", "factory", "warehouse", "coal", "dust", "electrical"}


def _accidental_blast(noun: Token) -> bool:
    """An explosion or fire named by what exploded or burnt by accident ("a gas explosion")."""
    return noun.lemma_.lower() in BLASTS and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lemma_.lower() in ACCIDENTAL_SOURCES for c in noun.children)


def _told_as_accident(sentence) -> bool:
    """'Two anarchists are killed after the accidental explosion of a bomb they were making', 'a boat carrying
    eleven people sinks': a sentence that tells the harm as an accident and names no attack."""
    words = {t.lemma_.lower() for t in sentence}
    return bool(words & ACCIDENT_MARKS) or (bool(words & ACCIDENT_VERBS) and not words & ATTACK_MARKS)


def _struck_by_nature(noun: Token) -> bool:
    """'killed by lightning strikes', 'killed in a bull shark attack': an attack noun whose modifier is a
    disaster or an animal (ANIMALS, below)."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"compound", "amod", "nmod"} and (c.lemma_.lower() in DISASTERS | ANIMALS)
        for c in (*noun.children, *(g for c in noun.children if c.dep_ == "compound" for g in c.children)))


HAZARD_WORDS = DISASTERS | {"weather", "heat", "snow", "wind", "volcano", "volcanic", "pollution", "smog"}  # (not "air")


def _hazard_alert(pred: Predicate) -> bool:
    """'raises a tsunami alert for the Philippines', 'a heat alert', 'cancels its tsunami advisory for Guam':
    warning people of nature, or ending the warning, is no force posture and eases nothing."""
    if pred.entry.code[:2] not in {POSTURE_ROOT, YIELD_ROOT}:
        return False
    alerts = [pred.token] if pred.is_noun else [c for c in pred.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if (pred.entry.code[:2] == YIELD_ROOT and any(a.lemma_.lower() in {"advisory", "warning", "alert"} for a in alerts)
            and any(t.lemma_.lower() in HAZARD_WORDS for t in pred.token.sent)):
        return True  # "... lift their respective warnings" in a sentence of the tsunami they warned of
    return any(m.dep_ in {"compound", "amod", "nmod"} and m.lemma_.lower() in HAZARD_WORDS
               for alert in alerts for m in alert.children)


def _vehicle_clause(clause: Token) -> bool:
    """A clause told of a vehicle ("after a minibus loses control and crashes", "after a boat sinks"), not of
    someone who may crash a car into a crowd on purpose."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.lemma_.lower() in VEHICLES for s in subjects)


# Beasts a harm verb may fall on: culls, poaching and hunting are no acts between political actors.
ANIMALS = {"animal", "livestock", "wildlife", "cattle", "cow", "pig", "swine", "hog", "sheep", "goat", "chicken",
           "poultry", "bird", "duck", "horse", "camel", "dog", "cat", "elephant", "rhino", "rhinoceros", "lion",
           "tiger", "leopard", "jackal", "wolf", "bear", "deer", "whale", "dolphin", "shark", "fish", "monkey",
           "gorilla", "turtle", "mink", "bat", "rat"}


def _animals_harmed(pred: Predicate) -> bool:
    """'The government ordered the killing of 300,000 pigs', 'poachers shot two rhinos': the harmed are beasts."""
    if pred.entry.code[:2] not in VIOLENT_ROOTS:
        return False
    verb = pred.token
    harmed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    harmed += [p for prep in verb.children if pred.is_noun and prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj"]
    return bool(harmed) and all(h.lemma_.lower() in ANIMALS for h in harmed)


def _nature_did_it(pred: Predicate) -> bool:
    """'a wildfire burns 19,000 hectares and destroys homes', 'reports a dengue outbreak, killing 39 people':
    the harm's own doer is a disaster, whoever else the sentence names."""
    if pred.is_noun or (pred.entry.code[:2] not in VIOLENT_ROOTS and not pred.entry.code.startswith("171")):
        return False
    verb = pred.token
    causes = [c for v in (verb, *([verb.head] if verb.dep_ == "conj" else [])) for c in v.children if c.dep_ == "nsubj"]
    if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl", "xcomp"}:
        causes += [c for c in verb.head.children if c.dep_ == "dobj"]  # ("reports an outbreak, killing 39")
    return any((c.lemma_.lower() in DISASTERS or c.lower_ in DISASTERS) and not _weapons_fire(c) for c in causes)


def _weapons_fire(cause: Token) -> bool:
    """'Hezbollah rocket fire', 'Israeli tank fire': fire with a modifier of its own is shooting, not a blaze."""
    return cause.lemma_.lower() == "fire" and any(
        c.dep_ in {"compound", "amod", "nmod", "poss"} and (c.text[:1].isupper() or c.lemma_.lower() in GUN_WORDS)
        for c in cause.children)


GUN_WORDS = {"rocket", "artillery", "tank", "mortar", "sniper", "gun", "machine", "enemy", "hostile", "cross", "friendly",
             "naval", "anti-aircraft", "missile"}


# Old or unexploded munitions made safe: "a World War II-era bomb is safely detonated by the army".
DISPOSAL_VERBS = {"detonate", "defuse", "disarm"}
OLD_MUNITION_WORDS = {"unexploded", "wartime", "ww2", "wwii", "era", "dud", "safely", "controlled"}


FINDING_VERBS = {"find", "discover", "locate", "uncover"}


# Places of work whose "operations" are their business, not a military operation.
WORKPLACES = {"airport", "airline", "port", "company", "firm", "mine", "factory", "plant", "refinery", "bank",
              "exchange", "station", "terminal", "hospital", "school", "university", "carrier", "operator"}


def _business_halted(pred: Predicate) -> bool:
    """'Damascus International Airport suspends its operations': a workplace stopping its work halts no fighting."""
    if pred.entry.code != DEESCALATION or pred.is_noun:
        return False
    objects = [c.lemma_.lower() for c in pred.token.children if c.dep_ == "dobj"]
    return "operation" in objects and any(c.dep_ == "nsubj" and c.lemma_.lower() in WORKPLACES
                                          for c in pred.token.children)


def _ordnance_disposed(pred: Predicate) -> bool:
    """An old or unexploded bomb detonated or defused, or one detonated 'safely' or in a 'controlled' way."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() not in DISPOSAL_VERBS:
        return False
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in FINDING_VERBS:
        return True  # "two bombs are found at the scene and detonated by police"
    words = {t.lower_ for t in verb.children if t.dep_ == "advmod"}
    for thing in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        words |= {t.lower_.strip("-") for t in thing.subtree if t.i < thing.i} | {
            part for t in thing.subtree if t.i < thing.i for part in t.lower_.split("-")}
    return bool(words & OLD_MUNITION_WORDS) and "bomb" not in {t.lemma_.lower() for t in verb.children if t.dep_ == "nsubj"}


def _court_appeal(pred: Predicate) -> bool:
    """'intends to appeal', 'appealed against the verdict', 'will appeal the ruling': an appeal addressed to
    no one ('to') and asking for nothing ('for') is an appeal in court."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() != "appeal":
        return False
    return not any(c.dep_ == "prep" and c.lower_ in {"to", "for"} for c in verb.children)


def _shown(pred: Predicate) -> bool:
    """'The court demonstrated a shocking ignorance', 'no drug has been demonstrated to work': to demonstrate
    something is to show it; only one who demonstrates with no object marches."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() != "demonstrate" or pred.entry.code[:2] != PROTEST_ROOT:
        return False
    return is_passive(verb) or any(c.dep_ in {"dobj", "ccomp", "oprd", "acomp", "xcomp"} for c in verb.children)


OFFICE_ROLES = {"GOV", "LEG"}
DEESCALATION = "087"
PRESS_WORDS = {"press", "reporter", "reporters", "journalist", "journalists", "media", "newsmen"}
# Words that make a rally an election's: "returned to the campaign trail with a rally", "an election rally".
CAMPAIGN_WORDS = {"campaign", "campaigning", "election", "electoral", "reelection", "re-election"}


def _no_act_between(pred: Predicate, source: Actor | None, target: Actor | None) -> bool:
    """A trip inside one's own country visits no one ("Putin flew to Magnitogorsk"); a rally held by
    office holders, or one of an election campaign, is campaigning, not a protest against anyone; talking
    to the press is no consultation; a company halting its operations de-escalates nothing."""
    if (pred.entry.code[:2] == CONSULT_ROOT and target is not None and target.code[3:6] == "MED"
            and target.text.lower().split()[-1] in PRESS_WORDS):
        return True  # "while speaking to the press": how a statement is made, not a consultation
    if source is None:
        return False
    if pred.entry.code.startswith(DEESCALATION) and source.code[3:6] == "BUS":
        return True  # "the mining firm will suspend its operations in Cuba": a company's operations are its trade
    if pred.entry.code == VISIT_CODE and target is not None and target.code == source.code[:3]:
        return True
    if _command_down_the_chain(pred, source, target) or _evacuation_at_home(pred, source, target):
        return True
    if pred.entry.code == JOINT_OPERATION and target is not None and country_of(target) == country_of(source):
        return True  # "the army and police launched a joint operation": one state's forces cooperate with no one
    if pred.entry.code[:2] != PROTEST_ROOT or pred.token.lemma_.lower() != "rally":
        return False
    return source.code[3:6] in OFFICE_ROLES or _campaign_rally(pred.token)


HIDEOUTS = {"hideout", "hideaway", "stronghold", "lair", "den"}


def _hideouts_raided(pred: Predicate, sources: list[Actor]) -> list[Actor]:
    """'Pakistani forces raid multiple hideouts': force a state's forces use on hideouts at home falls on the
    outlaws who hide there, not on its people."""
    if pred.entry.code[:2] not in VIOLENT_ROOTS:
        return []
    objects = [c for c in pred.token.children if c.dep_ == "dobj"]
    objects += [p for prep in pred.token.children if prep.lower_ == "on" for p in prep.children if p.dep_ == "pobj"]
    hideouts = [o for o in objects if o.lemma_.lower() in HIDEOUTS]
    if not hideouts:
        return []
    owners = [role_lexicon().role_of([c])[0] for c in hideouts[0].children if c.dep_ in {"compound", "amod"}]
    role = next((r for r in owners if r in {"REB", "CRM"}), "REB")  # ("bandit hideouts": the bandits')
    return [implied(c + role) for c in {country_of(s) for s in sources} if c][:1]


def _evacuation_at_home(pred: Predicate, source: Actor, target: Actor | None) -> bool:
    """'The governor issues an evacuation order ahead of the wildfire': an evacuation a state orders at home
    keeps its people safe; only one ordered in another country ('for Tyre, Lebanon') threatens an attack."""
    return (pred.entry.code == EVACUATION_THREAT
            and (target is None or country_of(target) in (None, country_of(source))))


COMMANDED_ROLES = {"GOV", "MIL", "COP", "SPY"}


def _an_order(pred: Predicate) -> bool:
    return pred.entry.infinitive == ANY_INFINITIVE and pred.entry.code.startswith("17")


def _order_sanctions_no_one(pred: Predicate, index: ActorIndex, sources: list[Actor]) -> bool:
    """'orders the activation of a fund to ...', 'orders the Internet to be restored': an order whose object
    is a thing sanctions no one; nor does an executive's order to its own ministry, staff or forces ('Trump
    ordered his staff to delay the aid'), whose act is what they are told to do."""
    if not _an_order(pred):
        return False
    ordered = [c for c in pred.token.children if c.dep_ == "dobj"]
    if ordered and not any(o.i in index.actor_at or o.pos_ == "PROPN" or o.lower_ in OWN_SIDE_NOUNS
                           or role_lexicon().role_of([o])[0] for o in ordered):
        return True
    executive = all(s.code[3:6] in COMMANDED_ROLES | {""} for s in sources)
    return executive and any(o.lower_ in OWN_SIDE_NOUNS and o.i not in index.actor_at for o in ordered)


def _another_state(source: Actor | None, target: Actor | None) -> bool:
    """An executive's order to another country's state or forces (a court may order a foreign firm to pay)."""
    return (source is not None and target is not None and source.code[3:6] != "JUD" and country_of(target) is not None
            and country_of(target) != country_of(source) and target.code[3:6] in COMMANDED_ROLES | {""})


def _command_down_the_chain(pred: Predicate, source: Actor, target: Actor | None) -> bool:
    """'Netanyahu orders Israeli forces to seize ...': an executive's order to its own state's forces or
    officials (a court's order to the government is still a sanction: 'the judge orders the department to ...')."""
    return (_an_order(pred) and target is not None and target.code[:3] == source.code[:3]
            and target.code[3:6] in COMMANDED_ROLES and source.code[3:6] in COMMANDED_ROLES | {""})


def _campaign_rally(rally: Token) -> bool:
    """'an election rally', 'returned to the campaign trail with a rally': campaigning, not a protest."""
    own = [c for c in rally.children if c.dep_ in {"compound", "amod"}]
    return any(t.lemma_.lower() in CAMPAIGN_WORDS for t in own) or any(
        t.lemma_.lower() == "campaign" and t.dep_ != "pobj" for t in rally.sent)


OCCASION_PREPS = {"during", "at", "in", "after", "before"}


# Nouns that name whatever was told last: "In that event, Fields killed a woman".
BARE_OCCASIONS = {"event", "incident", "episode", "occasion"}


def names_told_act(noun: Token, told: Told, lexicon: Lexicon) -> bool:
    """'the meeting' after 'Erdogan met Putin', 'the incident': a definite noun that names an act told before."""
    lemma = predicate_lemma(noun)
    return (told.lemma == lemma or lemma in BARE_OCCASIONS
            or any(entry.code[:2] == told.event.root for entry in lexicon.candidates(lemma, "noun")))


def during_told_event(pred: Predicate, earlier: list[Told], lexicon: Lexicon) -> EventDate | None:
    """'Katigbak apologized to Duterte during the hearing': an act placed at an occasion the article has
    told already ('a Senate hearing was conducted on February 24') takes that occasion's date. 'After'
    or 'before' it ('shortly before the conversation, Trump had ordered ...') gives its month: the act
    is days from the occasion, not on its day."""
    for prep in pred.anchor.children:
        if prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or not any(c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in pobj.children):
                continue
            told = next((t.event for t in reversed(earlier) if t.event.date_source == "text"
                         and names_told_act(pobj, t, lexicon)), None)
            if told is None or not told.date:
                continue
            if prep.lower_ in {"after", "before"} and told.precision == "day":
                return EventDate(told.date[:7], "month", "text", None)
            return EventDate(told.date, told.precision, "text", None)
    return None


def harmed_too(pred: Predicate, earlier: list[Told], number: int) -> EventDate | None:
    """"Wiranto was stabbed yesterday ... The local police chief was also injured": harm told "also", with
    no date of its own, was done in the violence the last three sentences told and dated."""
    if pred.entry.code[:2] not in VIOLENT_ROOTS or not any(c.lower_ in {"also", "too"} for c in pred.anchor.children):
        return None
    told = next((t.event for t in reversed(earlier) if t.event.root in VIOLENT_ROOTS
                 and number - 3 <= t.event.evidence.sentence < number), None)
    if told is None or told.date_source != "text" or not told.date:
        return None
    return EventDate(told.date, told.precision, "text", None)


# Calling off a visit or talks is, besides the visit that does not happen, a cut in relations with the
# other side: "Lavrov cancelled a visit to Turkey" (042 negated, and 160), "called off the talks" (164).
# Calling off strikes is a step down from force (087): "Trump called off planned strikes against Iran".
SNUBBED_ROOTS = {"03", "04"}
TALK_NOUNS = {"talk", "talks", "negotiation", "negotiations", "dialogue"}
DE_ESCALATION = "087"


# Acts done to someone on a ground the doer alleges ("expelled for alleged spying", "sanctioned over
# alleged abuses"): the act carries an accusation (112); police and courts' acts are not counted twice.
ALLEGING_WORDS = {"alleged", "allegedly"}  # (not "on suspicion of murder": an arrest's usual ground, no charge)
GROUND_PREPS = {"for", "over", "on"}
CHARGING_LEMMAS = {"convict", "sentence", "indict", "charge", "try", "acquit", "fine"}


def _alleged_ground(pred: Predicate) -> Predicate | None:
    if pred.is_noun or pred.entry.code[:2] not in {"16", "17"} or pred.token.lemma_.lower() in CHARGING_LEMMAS:
        return None  # (a charge, an indictment or a sentence is its own act, not an accusation besides)
    for prep in (c for c in pred.token.children if c.dep_ == "prep" and c.lower_ in GROUND_PREPS):
        word = next((t for t in prep.subtree if t.lower_ in ALLEGING_WORDS and t.i - prep.i <= 3), None)
        if word is not None:
            return Predicate(word, LexiconEntry(lemma=word.lower_, code=ACCUSE, pos="noun",
                                                example="Minsk expelled the diplomat for alleged spying."))
    return None


def _snub(pred: Predicate) -> Predicate | None:
    if not pred.is_noun or pred.entry.code[:2] not in SNUBBED_ROOTS | VIOLENT_ROOTS:
        return None
    verb = pred.token.head
    if pred.token.dep_ not in {"dobj", "nsubjpass"} or not cancels(verb):
        return None
    code = "164" if pred.token.lemma_.lower() in TALK_NOUNS or pred.token.lower_ in TALK_NOUNS else "160"
    code = DE_ESCALATION if pred.entry.code[:2] in VIOLENT_ROOTS else code
    return Predicate(pred.token, LexiconEntry(lemma=pred.entry.lemma, code=code, pos="noun",
                                              example="Ankara cancelled the visit."), pred.light)


def follows_suit(token: Token) -> bool:
    """'Iceland and Malta followed', 'France followed suit', 'Germany did the same': the subject repeats
    the act just told."""
    if token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "prep"}]
    if token.lemma_ == "follow":
        return all(o.lower_ in {"suit", "lead", "example"} for o in objects)
    return token.lemma_ == "do" and any(o.lower_ == "same" for o in objects)


def repeated_events(token: Token, index: ActorIndex, published: date, number: int,
                    earlier: list[Told]) -> list[Event]:
    """The act told last (in this sentence or the one before) done again by the subject of 'followed
    (suit)', against the same target."""
    if not follows_suit(token):
        return []
    sources = actors_of(subject_heads(token), index)
    codes = {s.code for s in sources}
    last = next((t for t in reversed(earlier) if number - t.event.evidence.sentence <= 1
                 and t.event.source not in codes and t.event.root not in {"01", "02"}), None)
    if last is None or not sources:
        return []
    act = last.event
    pred = Predicate(token, LexiconEntry(lemma=last.lemma, code=act.code, example="Canada followed."))
    target = Actor(act.target, act.target_text or act.target, -1, -1, "anaphor") if act.target else None
    modality, when = modality_of(pred), event_date(pred, published)
    return [build_event(pred, s, target, modality, when, None, token.sent, number)
            for s in sources if s.code != act.target]


def event_token(sent, event: Event) -> Token:
    """The token of an event's trigger word in its sentence (the sentence's root when not found)."""
    return next((t for t in sent if t.text == event.trigger), sent.root)


def extract_events(doc: Doc, lexicon: Lexicon) -> list[Event]:
    """All events of a parsed doc whose actors and timexes earlier components have marked."""
    published = doc._.published or date.today()
    index = ActorIndex.build(doc)
    events: list[Event] = []
    told: list[Told] = []
    seen: set[tuple] = set()
    tokens: dict[int, Token] = {}  # id(event) -> its predicate's token, for linking speech acts

    def keep(event: Event, token: Token) -> None:
        key = (event.source, event.target, event.code, event.modality, event.evidence.sentence, event.trigger,
               event.date)  # (one act for each of the dates listed: "in 1960, 1971 and 1980")
        again = (event.source_text, event.target_text, event.code, event.modality, event.evidence.sentence, event.date)
        if key not in seen and again not in seen:
            seen.update((key, again))
            events.append(event)
            told.append(Told(predicate_lemma(token), event))
            tokens[id(event)] = token

    def refer(pred: Predicate, sources: list[Actor]) -> Actor | None:
        """The author of the act a description's object names again ('the attack', 'it')."""
        return (decision_author(pred, index, sources) or pronoun_author(pred, index, told, number, sources)
                or named_act_author(pred, told, lexicon, number))

    def said_in(sentence: int) -> set[tuple]:
        return {(e.source, e.target, e.root, e.modality) for e in events if e.evidence.sentence == sentence}

    told_sentences: set[str] = set()
    speakers: list[Actor] = []  # who speaks the last quotation, for a sentence that goes on with it
    judged: set[tuple] = set()  # (source, target, root) the current quotation has blamed
    for number, sent in enumerate(doc.sents):
        text = normalized(sent)
        if is_heading(sent) or is_boilerplate(sent) or is_sports_item(sent) or (len(text) > 30 and text in told_sentences):
            continue  # a topic line, page furniture, a game result, or a photo caption repeated down the page
        told_sentences.add(text)
        inside = continues_quote(sent)
        judged = judged if inside and goes_on_line(sent) else set()  # (one quotation blames each side once)
        for pred in find_predicates(sent, lexicon):
            found = [e for e in events_of_predicate(pred, lexicon, index, published, number, told)
                     if not protest_told_again(pred, e, told) and not _elaborates(pred, e, events, tokens)
                     and not more_victims_of_same_act(pred, e, events, tokens) and not occasion_told_again(pred, told, lexicon)
                     and (e.source, e.target, e.root) not in judged]
            intents = stated_intents(pred, found, lexicon, index, published)  # may make `found` planned
            for event in found:
                keep(event, pred.token)
            for event, head in intents:
                keep(event, head)
        for event in _demands_of_uncoded_acts(sent, index, published, number, events, tokens):
            keep(event, sent.root)
        for token in sent:
            for event in repeated_events(token, index, published, number, told):
                keep(event, token)
            for event in described_judgements(token, index, published, number, build_event, refer):
                if (event.source, event.target, event.root, event.modality) not in said_in(number):  # "spoke out against it, calling it ..."
                    keep(event, token)
        speakers = (quote_speakers(sent, index) or (speakers if goes_on_line(sent) and inside else [])
                    or (speakers_after(sent, index) if inside else []))
        said = said_in(number)
        rebukes = {(source, root, modality) for source, target, root, modality in said if target}
        said_acts = {(source, root) for source, _, root, _ in said}  # (what the quotation adds is in `judged`)
        for event in quoted_judgements(sent, index, published, number, build_event, speakers):
            side = (event.source, event.target, event.root)
            already = said_acts | {(source, root) for source, _, root in judged}
            if event.root != CRITICISE[:2] and (event.source, event.root) in already:
                continue  # 'said: "We extend our condolences ..."' told already, by the lexicon or the quotation
            if (event.source, event.root, event.modality) not in rebukes and side not in judged:
                judged.add(side)  # ('said: "We condemn Ukraine"' is coded once)
                keep(event, event_token(sent, event))
    events = merge_weapon_and_harm(_without_headline_repeats(doc, events), tokens)
    events = dated_by_another_telling(events, tokens)
    events = conditional_threats(events, tokens, index, published)
    events = said_demands(events, tokens, index)
    events = said_accusations(events, tokens, index, published)
    events = claimed_acts(events, tokens, index, published)
    events = stated_refusals(events, tokens, published)
    return link_speech_acts(events, tokens)


def _demands_of_uncoded_acts(sent, index: ActorIndex, published: date, number: int, events: list[Event],
                             tokens: dict[int, Token]) -> list[Event]:
    """'Rouhani said the United States must leave the region': the demand (10), when the act demanded
    is none the lexicon codes (said_demands links it to the act when there is one)."""
    coded = {tokens[id(e)].i for e in events if e.evidence.sentence == number and e.source is not None}
    out = []
    for sayer, content, speaker, obliged in demanded_clauses(sent, index):
        if content.i in coded:
            continue
        pred = Predicate(sayer, LexiconEntry(lemma=sayer.lemma_.lower(), code=DEMAND,
                                             example="Iran said the United States must leave the region."))
        out.append(build_event(pred, speaker, obliged, modality_of(pred), event_date(pred, published), None, sent, number))
    return out


def more_victims_of_same_act(pred: Predicate, event: Event, events: list[Event], tokens: dict[int, Token]) -> bool:
    """'Rocket fire kills a woman and injures two others': the wounded of a verb joined to a harm verb
    are more victims of the same act when they are of the same side; other victims ('kills four police
    officers and injures three civilians') make an event of their own."""
    verb = pred.token
    if pred.is_noun or verb.lemma_.lower() not in INJURY_LEMMAS:
        return False
    joined = {c.i for c in verb.conjuncts}
    others = any(c.dep_ == "dobj" and c.lower_ in {"others", "another", "more"} for c in verb.children)  # "and injured 19 others"
    return any(tokens[id(e)].i in joined and e.root == event.root
               and (others or (e.source, e.target) == (event.source, event.target))
               for e in events if e.evidence.sentence == event.evidence.sentence)


def _elaborates(pred: Predicate, event: Event, events: list[Event], tokens: dict[int, Token]) -> bool:
    """'spoke out against the attack, calling it an aggression': a participle that goes on with the
    verb it hangs on, by the same doer with a rebuke of the same root, tells the same act again."""
    verb = pred.token
    violent = event.root in VIOLENT_ROOTS
    if pred.is_noun or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or not (
            event.root in {"11", "12"} or violent):
        return False
    # "threw a grenade into a bar, injuring 15 people": the harm the act did is that act
    return any(id(e) in tokens and tokens[id(e)].i == verb.head.i and e.source == event.source
               and (e.root == event.root or (violent and e.root in VIOLENT_ROOTS)) for e in events)


def protest_told_again(pred: Predicate, event: Event, told: list[Told]) -> bool:
    """'Thousands rallied in Minsk on Thursday ... The rally started at 18:00': a definite protest noun
    with no verb of its own (not 'held a rally') is the protest the article told already, by the same
    side, not another one."""
    if not pred.is_noun or pred.light is not None or event.root != PROTEST_ROOT:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in pred.token.children):
        return False
    # one with a date of its own that no earlier protest has ("the protests began in June") is another
    return any(t.event.root == PROTEST_ROOT and t.event.source == event.source
               and (event.date_source == "publication" or t.event.date == event.date) for t in told)


FRAME_PREPS = {"before", "after", "during", "since", "following", "until"}


def occasion_told_again(pred: Predicate, told: list[Told], lexicon: Lexicon) -> bool:
    """'Erdogan met Putin on August 12. Shortly before the meeting, Russian jets bombed Idlib': a bare
    definite event noun that only sets the time of another act names the act the article told already
    ('during the trilateral meeting of Cyprus, Greece and Israel on January 28' tells one of its own)."""
    noun = pred.token
    if not pred.is_noun or pred.light is not None or noun.dep_ != "pobj" or noun.head.lower_ not in FRAME_PREPS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    if any(c.dep_ not in {"det", "amod", "compound"} for c in noun.children):
        return False
    return any(names_told_act(noun, t, lexicon) for t in told)


def _without_headline_repeats(doc: Doc, events: list[Event]) -> list[Event]:
    """A headline ("Maduro breaks ties with US") announces an event the story then tells with its real
    date; its own copy, dated by publication, would count the event twice."""
    first = next(iter(doc.sents), None)
    if first is None or not _is_headline(first):
        return events
    told = {(e.source, e.target, e.root) for e in events if e.evidence.sentence > 0}
    return [e for e in events if e.evidence.sentence > 0 or (e.source, e.target, e.root) not in told]


def _is_headline(sentence) -> bool:
    """A first line with no closing punctuation, set off from the story by a line break."""
    words = [t for t in sentence if not t.is_space]
    ends_line = sentence.end < len(sentence.doc) and "\n" in sentence.doc[sentence.end - 1:sentence.end + 1].text_with_ws
    return bool(words) and words[-1].text not in {".", "!", "?"} and ends_line
