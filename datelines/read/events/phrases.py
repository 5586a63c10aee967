"""Which actor a noun phrase names: the actor component's spans, read through the parse.

An argument slot holds a noun phrase; the actor may be the phrase itself, an apposed name, a
modifier ("Russian diplomats", "Turkey's downing"), the members of a list or of a group head
("the foreign ministers of Russia and Iran"), a pronoun's antecedent ("they", "both countries"),
or a country the actor component read as a place ("visited Turkey").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from datelines.read.actors.mentions import stance_before, stance_prefixed
from datelines.read.actors.roles import role_lexicon
from datelines.read.events.predicates import PARTITIVE, with_name_compounds

RELATIVE_PRONOUNS = {"which", "who", "that", "whom", "whose"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their"}
GLUED_WORDS = {"and", "or", "of", "in", "the", "to", "for", "from", "with", "on", "at", "by"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Verbs whose object, not subject, does what the infinitive says: "urged Russia to withdraw".
# Group heads that stand for the actors in their 'of' phrase: "the leaders of Russia, Ukraine and France".
# The role such a head gives its countries ("the foreign ministers of Russia and Iran" are RUSGOV, IRNGOV).
GROUP_HEADS = {"leader": "GOV", "leaders": "GOV", "government": "GOV", "governments": "GOV", "president": "GOV",
               "presidents": "GOV", "minister": "GOV", "ministers": "GOV", "representative": "GOV",
               "representatives": "GOV", "envoy": "GOV", "envoys": "GOV", "delegation": "GOV",
               "delegations": "GOV", "head": "GOV", "heads": "GOV", "official": "GOV", "officials": "GOV",
               "emir": "GOV", "king": "GOV", "prince": "GOV", "chancellor": "GOV", "premier": "GOV",
               "army": "MIL", "armies": "MIL", "force": "MIL", "forces": "MIL", "troops": "MIL", "navy": "MIL",
               "navies": "MIL",
               "parliament": "LEG", "parliaments": "LEG", "people": "CVL", "member": "", "members": "",
               "nationals": "CVL", "citizens": "CVL",  # "visas to nationals of Afghanistan, Cameroon and Sudan"
               # followers act for what they follow: "sympathizers of the PMF", "supporters of the party"
               "sympathizer": "", "sympathizers": "", "supporter": "", "supporters": "", "loyalist": "",
               "loyalists": "", "follower": "", "followers": "", "militant": "", "militants": ""}

# People who act for the actor that sends them or where they sit: "inspectors from the OPCW".
ENVOY_HEADS = {"official", "officials", "monitor", "observer", "inspector", "investigator", "delegate",
               "diplomat", "envoy", "representative", "negotiator", "expert", "delegation", "minister",
               "spokesman", "spokeswoman", "spokesperson", "source", "lawmaker", "legislator"}


@dataclass(frozen=True)
class Actor:
    """An argument's actor: from the actor component, or a demonym/country word it left uncoded."""

    code: str
    text: str
    start: int  # token offsets in the doc
    end: int
    kind: str = ""
    name: str = ""  # a named actor's canonical name ("Muriel Bowser"), to tell two people of one code apart
    sentence: int = -1  # the token offset where its sentence starts


def implied(code: str) -> Actor:
    """An actor the text implies without naming it: no words of its own, no place in the doc."""
    return Actor(code, "", -1, -1, "anaphor")


def country_of(actor: Actor) -> str | None:
    """The country of an actor coded as a country (+ roles); None for regions and organisations."""
    from datelines.read.actors.tables import gazetteer

    return actor.code[:3] if actor.code[:3] in gazetteer().country_names else None


def implied_agent(role: str, targets: list[Actor], place: str | None = None) -> list[Actor]:
    """The unnamed body (`role`) behind an act on one country: the country of its place, else the one
    country its targets belong to; none when they belong to several."""
    countries = {place} if place else {c for c in map(country_of, targets) if c}
    return [implied(countries.pop() + role)] if len(countries) == 1 else []


def demonym_country(token: Token) -> str | None:
    """The country a capitalized adjective or name names ("Russian", "Greek"), if any; none after "pro-"
    or "anti-" (a stance, not a side), nor before a currency ("US dollars")."""
    from datelines.read.actors.component import names_a_currency
    from datelines.read.actors.tables import gazetteer

    if not token.text[:1].isupper() or stance_prefixed(token.doc, token.i) or names_a_currency(token.doc, token.i + 1):
        return None
    places = gazetteer()
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.whitespace_:
        # "South Sudanese", "North Korean": a two-word demonym is not its second word's
        return places.country_of(f"{before.text} {token.text}") or places.country_of(token.text)
    return places.country_of(token.text)


def opposed_countries(noun: Token) -> list[Actor]:
    """'anti-Israeli protests', 'an anti-China rally': the country a stance word before the act is against."""
    from datelines.read.actors.tables import gazetteer

    words = [*noun.lefts, *(m for c in noun.lefts if c.dep_ in {"compound", "amod", "nmod"} for m in c.lefts)]
    doc = noun.doc
    found = [Actor(code, t.text, t.i, t.i + 1, "country") for t in words
             if t.text[:1].isupper() and stance_before(doc, t.i) == "anti" and (code := gazetteer().country_of(t.text))]
    return dedupe_actors(found)


def demonym_actor(token: Token) -> Actor | None:
    """The country a demonym names, as an actor of that one word."""
    code = demonym_country(token)
    return Actor(code, token.text, token.i, token.i + 1, "country") if code else None


def _from_span(span: Span, code: str) -> Actor:
    return Actor(code, span.text, span.start, span.end, span._.actor_kind or "", span._.actor_name or "", span.sent.start)


def peers(one: Actor | None, other: Actor | None) -> bool:
    """Two people, or two organizations, of one code named in one sentence ('President Trump lashed out
    at mayor Muriel Bowser', both USAGOV; 'clashes between Boko Haram and ISWAP', both NGAREB): an act
    between them is an act, though its dyad reads the same on both sides."""
    return (one is not None and other is not None and one.kind == other.kind and one.kind in PEER_KINDS
            and bool(one.name) and bool(other.name) and one.name != other.name and one.sentence == other.sentence >= 0
            and other.text.lower() not in PERSONAL_PRONOUNS)  # a pronoun may stand for the doer himself


PEER_KINDS = {"person", "organization"}
PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their"}


def glued_code(text: str, coded: dict[str, str]) -> str | None:
    """Scraped text glues words ("Turkeyand"): a coded actor's text plus a function word keeps its code."""
    for known, code in coded.items():
        rest = text[len(known):]
        if text.startswith(known) and rest in GLUED_WORDS:
            return code
    return None


@dataclass
class ActorIndex:
    """Token -> actor span and token -> place, built once per doc."""

    doc: Doc
    actor_at: dict[int, Actor] = field(default_factory=dict)
    place_at: dict[int, str] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    # A country or city the actor component read as a place ("visited Turkey") still names the
    # country that is visited, invaded or sanctioned when it fills an argument slot.
    place_actor_at: dict[int, Actor] = field(default_factory=dict)

    def named_before(self, end: int, start: int) -> list[Actor]:
        """The actors and the places read as countries told between two tokens, in text order."""
        places = {(a.start, a.end): a for a in self.place_actor_at.values()}
        told = {(a.start, a.end): a for a in self.actors} | {k: a for k, a in places.items() if k[0] not in self.actor_at}
        return sorted((a for a in told.values() if start <= a.start < end), key=lambda a: a.start)

    @classmethod
    def build(cls, doc: Doc) -> ActorIndex:
        index = cls(doc)
        spans = list(doc.spans.get("actor", []))
        coded = {s.text: s._.actor_code for s in spans if s._.actor_code and s._.actor_kind in {"country", "place"}}
        for span in doc.spans.get("place", []):
            if span._.place_country:
                coded.setdefault(span.text, span._.place_country)
                place = Actor(span._.place_country, span.text, span.start, span.end, "place")
                for i in range(span.start, span.end):
                    index.place_actor_at.setdefault(i, place)
        for span in spans:
            code = span._.actor_code or glued_code(span.text, coded)
            if not code:
                continue
            actor = _from_span(span, code)
            index.actors.append(actor)
            for i in range(span.start, span.end):
                index.actor_at.setdefault(i, actor)
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                for i in range(ent.start, ent.end):
                    index.place_at[i] = ent.text
        for span in doc.spans.get("place", []):
            for i in range(span.start, span.end):
                index.place_at[i] = span._.place_name or span.text
        index.actors.sort(key=lambda s: s.start)
        return index


# A state's guns: "killed by Israeli fire", "Russian artillery hit the town" (its forces, and military).
GUNS = {"fire", "artillery", "tank", "tanks", "rocket", "rockets", "mortar", "mortars"}
# Things a state owns or controls: "a Russian fighter jet", "Turkish airspace" stand for the state.
# Other heads ("Turkmen villages", "Kurdish fighters") name peoples or groups, not the state.
STATE_ASSETS = {"troops", "soldiers", "forces", "army", "navy", "frigate", "destroyer", "destroyers", "jet", "jets", "plane", "planes", "aircraft", "warplane", "warplanes", "bomber", "bombers",
                "fighter", "fighters", "helicopter", "helicopters", "drone", "drones", "warship", "warships",
                "ship", "ships", "vessel", "vessels", "submarine", "tanker", "tankers", "freighter", "freighters", "airspace", "waters",
                "embassy", "consulate", "convoy", "pilot", "pilots",
                "satellite", "missile", "missiles", "base", "bases", "airbase", "territory", "soil", "outpost", "outposts",
                # a country's goods stand for it as the target of tariffs, bans and embargoes
                "imports", "exports", "goods", "products", "produce", "fruit", "vegetables", "steel"} | GUNS


def _demonym(token: Token, head: Token) -> Actor | None:
    """'a Russian fighter jet', 'Turkish airspace': a country adjective the actor component left alone."""
    if head.lower_ not in STATE_ASSETS and not any(c.lower_ in STATE_ASSETS for c in head.lefts) and not _military(head):
        return None
    return demonym_actor(token)  # (forces_of adds MIL)


MILITARY_HEADS = {"jet", "jets", "warplane", "warplanes", "bomber", "bombers", "fighter", "fighters",
                  "helicopter", "helicopters", "drone", "drones", "warship", "warships", "submarine",
                  "submarines", "navy", "pilot", "pilots", "troops", "soldiers", "forces", "army",
                  "aircraft", "frigate", "destroyer", "destroyers", "missile", "missiles", "base", "bases",
                  "airbase", "corvette", "corvettes", "gunboat", "gunboats", "frigates", "defences",
                  "defenses", "rocket", "rockets"} | GUNS
# Words that make any unit or system before them military: "its air defence units", "defense systems", "a
# Russian glide bomb", "an Iranian cluster bomb".
MILITARY_MODIFIERS = {"defence", "defense", "glide", "cluster", "aerial", "guided", "ballistic", "cruise"}
MILITARY_POSTS = {"base", "airbase", "garrison", "barracks", "outpost"}
HARDWARE = re.compile(r"^[A-Z][A-Za-z]*-\d+[A-Za-z]*$")  # F-16s, Su-24, MiG-29


def _owned_forces(head: Token, pronoun: Token, index: ActorIndex, exclude: set[int]) -> list[Actor]:
    """'The Russian defence ministry said its jets had hit eight targets', 'Moscow said its forces were
    stationed in Crimea': the armed forces of the state that 'its'/'their' stands for, the speaker
    when there is one, else the nearest state or body named before in the sentence or the one before."""
    if pronoun.lower_ not in {"its", "their"} or not _military(head):
        return []
    if head.dep_ == "dobj" and any((a := index.actor_at.get(c.i)) is not None and a.start in exclude
                                   for c in head.head.children if c.dep_ == "nsubj"):
        return []  # "Washington pulled its troops out of Syria": the doer's own forces, not another's
    owners: list[Actor] = []
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is not None and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS:
        owners = actors_of([c for c in verb.head.children if c.dep_ == "nsubj"], index, exclude)
    if not owners:
        first = window_start(pronoun, 1)
        owners = [a for a in index.actors if first <= a.start < pronoun.i and a.start not in exclude
                  and a.kind != "person"][-1:]
    owner = owners[0] if owners else None
    if owner is None or owner.code.startswith("IGO") or len(owner.code) < 3:
        return []
    if owner.code[3:6] in ARMED_GROUPS and verb is not None:  # "Hezbollah says its fighters struck": the group's
        return [Actor(owner.code[:6], head.text, head.i, head.i + 1, "group")]
    return [Actor(owner.code[:3] + "MIL", head.text, head.i, head.i + 1, "group")]


ARMED_GROUPS = {"REB", "CRM"}  # (a state's bodies, "the defence ministry said its jets", field its army)


def _military(head: Token) -> bool:
    """'Turkish F-16s', 'a Russian warplane': military hardware stands for the armed forces."""
    return head.lower_ in MILITARY_HEADS or bool(HARDWARE.match(head.text)) or any(
        c.lower_ in MILITARY_HEADS or c.lower_ in MILITARY_MODIFIERS or HARDWARE.match(c.text)
        for c in head.lefts if c.dep_ == "compound")


def forces_of(actor: Actor, head: Token) -> Actor:
    """'Turkish F-16s', 'an Israeli military base': a country's military hardware or post stands for its
    armed forces."""
    if len(actor.code) != 3:
        return actor
    owner = _owner_role(head, actor)  # ("a Cuban government aircraft": the government's, not the air force's)
    if (not owner or head.lemma_.lower() in MILITARY_POSTS) and _military(head):  # (but a base is the army's)
        return Actor(actor.code + "MIL", actor.text, actor.start, actor.end, actor.kind)
    return with_role(actor, owner)


def _owner_role(head: Token, actor: Actor) -> str:
    """'a Venezuelan government airplane', 'Greece's railway company offices': a role word compounded
    on a thing names whose it is."""
    for child in head.lefts:
        if child.dep_ == "compound" and not actor.start <= child.i < actor.end:
            role, _ = role_lexicon().role_of([child])
            if role and role != "CVL":
                return role
    return ""


def dedupe_actors(spans: list[Actor]) -> list[Actor]:
    seen: set[tuple[int, int]] = set()
    out = []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


STATE_PAIR_NOUNS = {"countries", "states", "nations", "neighbours", "neighbors", "capitals"}
PAIR_WINDOW = 4  # sentences back in which "both countries" looks for its pair
PAIR_NOUNS = {"countries", "sides", "leaders", "men", "governments", "states", "nations", "presidents",
              "neighbours", "neighbors", "parties", "capitals", "ministers", "allies", "rivals"}


def _pair_phrase(token: Token, index: ActorIndex) -> bool:
    """'both countries', 'the two sides', 'the two leaders': a plural noun that refers back to a pair."""
    if token.i in index.actor_at or token.lower_ not in PAIR_NOUNS:
        return False
    return any(c.lower_ in {"both", "two", "three"} for c in token.lefts)


def window_start(token: Token, back: int) -> int:
    """The first token of the sentence `back` sentences before the token's own (0 at the top)."""
    start = token.sent.start
    for _ in range(back):
        if start > 0:
            start = token.doc[start - 1].sent.start
    return start


def tokens_back(token: Token, sentences: int, cap: int) -> Iterator[Token]:
    """The tokens before the token's sentence, nearest first, over the `sentences` sentences before it
    and at most `cap` tokens: where an anaphor looks for what it points back to."""
    start = token.sent.start
    first = max(window_start(token, sentences), start - cap)
    return (token.doc[i] for i in range(start - 1, first - 1, -1))


def resolve_pronoun(token: Token, index: ActorIndex, exclude: set[int] = frozenset(),
                    plural: bool = False, back: int = 2) -> list[Actor]:
    """Nearest earlier actor of the right kind, within this and the previous `back` sentences."""
    lower = token.lower_
    first = window_start(token, back)
    before = [s for s in index.actors if first <= s.start < token.i and s.start not in exclude]
    if lower in PERSON_PRONOUNS:
        people = [s for s in before if s.kind == "person"]
        subject = _owner_clause_subject(token) if people and _named_in_of_phrase(token.doc[people[-1].end - 1]) else None
        subject = subject or _speaker_of_complement(token)
        owner = [s for s in people if subject is not None and s.start <= subject.i < s.end]
        return owner[-1:] or people[-1:]
    if lower == "their" and not plural and (subject := _owner_clause_subject(token)) is not None:
        owner = index.actor_at.get(subject.i)
        if owner is not None and owner.kind in {"organization", "group"}:
            return [owner]  # "The Ukrainian Armed Forces confirm their withdrawal": the body named as subject
    speaker = _speaker_of_complement(token) if lower in PLURAL_PRONOUNS else None
    if (speaker is not None and not any(t.dep_ in {"cc", "conj"} for t in speaker.subtree)  # (conjoined: a group, below)
            and (said := next((s for s in before if s.start <= speaker.i < s.end), None)) is not None
            and said.kind in {"organization", "group"}):
        return [said]  # "Hamas officials say that they have accepted a draft agreement"
    if plural or lower in PLURAL_PRONOUNS:
        for span in reversed(before):
            head = token.doc[span.end - 1]
            first = head
            while first.dep_ in {"conj", "appos"} and first.head.i != first.i:
                first = first.head
            group = [index.actor_at.get(t.i) or index.place_actor_at.get(t.i) for t in _members(first, index)]
            group = [g for g in group if g is not None and _fits_pair(token, g)]
            if len(group) >= 2:
                return dedupe_actors(group)
        return _last_two_countries(before) if lower in STATE_PAIR_NOUNS else []
    return []


def _speaker_of_complement(pronoun: Token) -> Token | None:
    """'Zelenskyy says in an interview with Piers Morgan that he is ready for talks': the subject of a
    clause a speaker's verb reports is the speaker, not the person named last."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _named_in_of_phrase(name: Token) -> bool:
    """'the death of its architect Antoni Gaudí': a person named inside an 'of' phrase, not as an
    argument of the clause."""
    for ancestor in name.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
        if ancestor.lower_ == "of":
            return True
    return False


def _owner_clause_subject(token: Token) -> Token | None:
    """'Pope Leo blesses the tower ... of its architect Antoni Gaudí, during his visit': a possessive
    'his'/'her' stands for the subject of the clause it sits in, not for a person named in passing
    inside that clause's 'of' phrase ('declares Ambassador Rasool persona non grata for his remarks' is
    Rasool's)."""
    if token.dep_ != "poss":
        return None
    for ancestor in token.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i), None)
        if ancestor.pos_ in {"VERB", "AUX"} and subject is not None:
            return subject
    return None


def _last_two_countries(before: list[Actor]) -> list[Actor]:
    """'both countries' with no list to point back to: the two countries the text named last."""
    from datelines.read.actors.tables import gazetteer

    states = gazetteer().country_names  # "Europe" or "the West" is no country of a pair
    found: dict[str, Actor] = {}
    for span in reversed(before):
        if span.kind != "organization" and span.code[:3] in states and span.code[:3] not in found:
            found[span.code[:3]] = Actor(span.code[:3], span.text, span.start, span.end, span.kind)
        if len(found) == 2:
            return sorted(found.values(), key=lambda a: a.start)
    return []


def _fits_pair(token: Token, actor: Actor) -> bool:
    """'both countries' refers back to states, not to a rebel group named alongside them."""
    return token.lower_ not in STATE_PAIR_NOUNS or actor.kind in {"country", "place"}


def _has_participle(modifier: Token) -> bool:
    """'Russian-backed rebels', 'US-designated group': the country in the modifier is the backer, not the head."""
    return any(t.tag_ in {"VBN", "VBG", "VBD"} for t in modifier.subtree)


def _apposition_anchor(head: Token, index: ActorIndex) -> Actor | None:
    """'the PKK, a terror group which ...': an apposition renames the actor just before its comma."""
    if head.head.i in index.actor_at:
        return index.actor_at[head.head.i]
    edge = head.left_edge.i
    doc = head.doc
    if edge >= 2 and doc[edge - 1].text == "," and (edge - 2) in index.actor_at:
        return index.actor_at[edge - 2]
    return None


def _list_member(appos: Token, index: ActorIndex) -> bool:
    """'Saudi Arabia, the UAE and Bahrain': the parser may hang list items on the first as appositions."""
    if appos.i not in index.actor_at and appos.i not in index.place_actor_at:
        return False
    if any(c.dep_ == "conj" for c in appos.children):
        return True
    own = index.actor_at.get(appos.i) or index.place_actor_at.get(appos.i)
    first = index.actor_at.get(appos.head.i) or index.place_actor_at.get(appos.head.i)
    return bool(own and first and own.kind in {"country", "place"} and first.kind in {"country", "place"})


def _paired_apposition(appos: Token, index: ActorIndex) -> bool:
    """'Canadian prime minister Mark Carney and Indian prime minister Narendra Modi': a name the parser hangs
    on the first as an apposition, with an 'and' before it, is the second of a pair when its actor is
    another than the head's."""
    head = appos.head
    own, other = index.actor_at.get(head.i), index.actor_at.get(appos.i)
    joined = any(t.dep_ == "cc" and t.lower_ == "and" for t in head.doc[head.i + 1:appos.i])
    return joined and own is not None and other is not None and own != other


def _members(head: Token, index: ActorIndex) -> list[Token]:
    """The head and the other items of its list, whether parsed as conjuncts or as appositions."""
    items = _conjuncts(head)
    for appos in (c for c in head.children if c.dep_ == "appos" and (_list_member(c, index) or _paired_apposition(c, index))):
        items.extend(_conjuncts(appos))
    return items + _coordinated_in_titles(head, index) + _coordinated_after_name(head, index) + _along_with(items, index)


def _along_with(items: list[Token], index: ActorIndex) -> list[Token]:
    """'accused Keir Starmer, along with Emmanuel Macron and Mark Carney, of ...': those named 'along with'
    or 'together with' an actor of the list share its part."""
    def next_to(item: Token, along: Token) -> bool:  # (or hung on the verb right after it)
        return along.head == item or (along.head == item.head and item.dep_ in {"dobj", "nsubj"}
                                      and along.i - item.right_edge.i in {1, 2})

    return [m for item in items if item.i in index.actor_at for along in (*item.children, *item.head.children)
            if along.dep_ == "prep" and along.lower_ in {"along", "together"} and next_to(item, along)
            for w in along.children if w.dep_ == "prep" and w.lower_ == "with"
            for p in w.children if p.dep_ == "pobj" for m in _conjuncts(p)]


def _coordinated_after_name(head: Token, index: ActorIndex) -> list[Token]:
    """'The Democratic Republic of the Congo and Rwanda sign': the parser joins the second country to
    the last word of the first's name; a name's last word carries the list on."""
    own = index.actor_at.get(head.i)
    if own is None or own.kind not in {"country", "place"} or own.end - 1 <= head.i:
        return []
    last = head.doc[own.end - 1]
    return [c for c in last.conjuncts if c.i >= own.end and index.actor_at.get(c.i) not in {None, own}]


def _coordinated_in_titles(head: Token, index: ActorIndex) -> list[Token]:
    """'US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke': two titled names
    the parser folds into one noun phrase, the first hung inside the second's title. Every other actor
    named before the head, when an 'and' joins them, is a member of the list."""
    left = [t for t in head.subtree if t.i < head.i]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in left):
        return []
    own = index.actor_at.get(head.i)
    found: dict[int, Token] = {}
    for token in left:
        actor = index.actor_at.get(token.i)
        if actor is not None and actor != own and actor.start not in found:
            found[actor.start] = token
    return list(found.values())


# People who act for the body their "of" phrase names.
OFFICER_WORDS = {"manager", "director", "chairman", "chairwoman", "chair", "head", "chief", "founder", "leader",
                 "member", "executive", "editor", "spokesman", "spokeswoman", "spokesperson", "representative",
                 "secretary", "official", "president", "commander", "boss", "coordinator", "organizer", "organiser"}


# Nouns for the other party of a relation: the possessor of "Iran's allies" or "Putin's critics" is not them.
RELATION_NOUNS = {"ally", "rival", "enemy", "critic", "opponent", "foe", "adversary", "neighbour", "neighbor",
                  "detractor", "challenger",
                  # ("shot dead by their employer", "freed by their captors": someone else's)
                  "employer", "boss", "husband", "wife", "captor", "kidnapper", "abductor", "attacker", "killer"}


# What is left of a weapon hits as the weapon: "shrapnel from a Russian missile wounded three".
FRAGMENTS = {"shrapnel", "debris", "fragment", "wreckage", "remnant"}


# People an armed group or a party is made of: "a militant from Hamas" is Hamas's, wherever the story is.
MEMBER_NOUNS = {"militant", "militants", "fighter", "fighters", "commander", "commanders", "member", "members",
                "operative", "operatives", "gunman", "gunmen", "insurgent", "insurgents", "jihadist", "jihadists"}


def member_from(head: Token, index: ActorIndex) -> Actor | None:
    """"a militant from the Hamas branch Al-Qassam Brigades", "killed fighters from Hezbollah" (the parser
    may hang the 'from' on the verb): the organization (an actor with a role of its own) they are from."""
    if head.lower_ not in MEMBER_NOUNS:
        return _suspected_member(head, index)
    holders = [head, head.head] if head.dep_ == "dobj" else [head]
    for pobj in (p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "from"
                 for p in prep.children if p.dep_ == "pobj"):
        for token in pobj.subtree:
            found = index.actor_at.get(token.i)
            if found is not None and len(found.code) > 3 and found.kind in {"organization", "group"}:
                return found
    return None


SUSPECTING_PARTICIPLES = {"suspect", "accuse", "believe", "allege"}


def _suspected_member(head: Token, index: ActorIndex) -> Actor | None:
    """'three people suspected of being members of the Baloch Liberation Army': the organization they are
    held to belong to."""
    for participle in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in SUSPECTING_PARTICIPLES):
        beings = [b for prep in participle.children if prep.lower_ == "of" for b in prep.children
                  if b.dep_ == "pcomp" and b.lemma_ == "be"]  # "suspected of being members of"
        beings += [b for b in participle.children if b.dep_ == "xcomp" and b.lemma_ == "be"]  # "suspected to be"
        for being in beings:
            for member in (a for a in being.children if a.dep_ == "attr" and a.lower_ in MEMBER_NOUNS):
                found = [index.actor_at.get(t.i) for prep in member.children if prep.lower_ in {"of", "from"}
                         for t in prep.subtree]
                organization = next((f for f in found if f is not None and len(f.code) > 3
                                     and f.kind in {"organization", "group"}), None)
                if organization is not None:
                    return organization
    return None


# Bodies of people that act for another ("a spy network linked to Israel", "a cell affiliated with ISIS").
NETWORK_NOUNS = MEMBER_NOUNS | {"network", "networks", "cell", "cells", "ring", "rings", "agent", "agents", "spy", "spies"}
AFFILIATING_PARTICIPLES = {"link", "affiliate", "tie", "connect"}


def affiliated_with(head: Token, index: ActorIndex) -> Actor | None:
    """"a network affiliated to Israel", "militants linked to al-Qaeda": the actor the people work for."""
    if head.lower_ not in NETWORK_NOUNS or head.i in index.actor_at:
        return None
    for participle in (c for c in head.children if c.dep_ in {"acl", "amod"} and c.lemma_.lower() in AFFILIATING_PARTICIPLES):
        for pobj in (p for prep in participle.children if prep.dep_ == "prep" and prep.lower_ in {"to", "with"}
                     for p in prep.children if p.dep_ == "pobj"):
            found = index.actor_at.get(pobj.i) or index.place_actor_at.get(pobj.i)
            if found is not None:
                return found
    return None


BARE_FORCES = {"troops", "forces", "soldiers"}
SPEAKING_STATE_ROLES = {"MIL", "GOV"}


def _speakers_forces(head: Token, index: ActorIndex) -> Actor | None:
    """'The Israeli military announces that troops ... have destroyed four Hamas tunnels': bare troops whose
    deeds a state's military or government tells are its own, whatever country the context gave them."""
    if (head.lower_ not in BARE_FORCES or head.dep_ != "nsubj" or head.head.dep_ != "ccomp"
            or head.head.head.lemma_ not in SPEECH_VERBS
            or any(c.dep_ in {"amod", "compound", "poss", "nmod", "det"} and c.lower_ != "the" for c in head.children)):
        return None
    speakers = [index.actor_at[c.i] for c in head.head.head.children if c.dep_ == "nsubj" and c.i in index.actor_at]
    speaker = next((s for s in speakers if s.code[3:6] in SPEAKING_STATE_ROLES and len(s.code) >= 6), None)
    if speaker is None or speaker.code[:3] == index.actor_at[head.i].code[:3]:
        return None
    return Actor(speaker.code[:3] + "MIL", head.text, head.i, head.i + 1, "group")


def actor_of_phrase(head: Token, index: ActorIndex, exclude: set[int] = frozenset(), depth: int = 0) -> Actor | None:
    """The actor a noun phrase names: an apposed name, the head itself, a modifier, or an 'of' complement."""
    if depth > 3:
        return None
    own = index.actor_at.get(head.i)
    for appos in (c for c in head.children if c.dep_ == "appos" and not _list_member(c, index)
                  and not _paired_apposition(c, index)):
        found = index.actor_at.get(appos.i) or actor_of_phrase(appos, index, exclude, depth + 1)
        if found is not None and own is not None and own.code.startswith(found.code) and len(found.code) == 3:
            return own  # "The Southwark Crown Court in London, United Kingdom": the court, not its country
        if found is not None:
            return found
    ordered = _ordered_body(head, index)
    if ordered is not None:
        return ordered
    member = member_from(head, index) or affiliated_with(head, index)
    if member is not None:
        return member
    if head.i in index.actor_at:
        return _speakers_forces(head, index) or index.actor_at[head.i]
    if head.i in index.place_actor_at:
        return index.place_actor_at[head.i]
    if head.dep_ == "appos":
        anchor = _apposition_anchor(head, index)
        if anchor is not None:
            return anchor
    if head.pos_ == "PRON":
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in {"relcl", "acl"}:
            return actor_of_phrase(head.head.head, index, exclude, depth + 1)
        resolved = resolve_pronoun(head, index, exclude)
        return resolved[0] if resolved else None
    for child in head.lefts:
        if child.dep_ == "poss" and head.lemma_.lower() in RELATION_NOUNS:
            continue  # "Tehran's allies" are not Tehran
        if child.dep_ in {"compound", "amod", "poss", "nmod", "nummod"} and not _has_participle(child):
            for token in child.subtree:
                if token.i in index.actor_at:
                    return forces_of(index.actor_at[token.i], head)  # ("Iran's corvette": its navy's)
            if child.dep_ == "poss" and child.pos_ == "PRON":
                resolved = (resolve_pronoun(child, index, exclude) or _owned_forces(head, child, index, exclude)
                            or _reporter_s_own(child, index))
                if resolved:
                    return resolved[0]
    for child in head.lefts:
        if child.dep_ in {"compound", "amod"} and not _has_participle(child):
            for token in child.subtree:
                found = _demonym(token, head)
                if found is not None:
                    return forces_of(found, head)  # ("the U.S. military base")
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if head.lemma_.lower() in FRAGMENTS:  # "shrapnel from a Russian missile" wounds as the missile does
                return actor_of_phrase(pobj, index, exclude, depth + 1)
            if prep.lower_ != "of":
                continue
            if head.lower_ in PARTITIVE or head.lemma_ in PARTITIVE or head.lemma_ in GROUP_HEADS or head.like_num:
                return actor_of_phrase(pobj, index, exclude, depth + 1)  # (and "four of its soldiers")
            if head.lemma_.lower() in OFFICER_WORDS:  # "the general manager of Abu Dhabi Media" speaks for it
                return actor_of_phrase(pobj, index, exclude, depth + 1)
    return (_envoy_of(head, index, exclude, depth) or role_anaphor(head, index, exclude)
            or hardware_anaphor(head, index, exclude, depth) or country_anaphor(head, index))


# Craft a story names once and then calls "the jet", "the plane": "Turkish F-16s shot down a Russian Su-24
# bomber ... Ankara said the jet had violated Turkish airspace".
CRAFT = {"jet", "plane", "aircraft", "warplane", "bomber", "fighter", "drone", "helicopter", "warship", "ship",
         "vessel", "submarine"}
CRAFT_SENTENCES = 3


def hardware_anaphor(head: Token, index: ActorIndex, exclude: set[int] = frozenset(), depth: int = 0) -> Actor | None:
    """'the jet' (the article's determiner and nothing else): the armed forces of the craft of that kind
    told last, within three sentences."""
    if head.lemma_.lower() not in CRAFT or head.dep_ == "compound":
        return None
    lefts = list(head.lefts)
    if len(lefts) != 1 or lefts[0].lower_ != "the":
        return None
    for i in range(head.i - 1, window_start(head, CRAFT_SENTENCES) - 1, -1):
        token = head.doc[i]
        if token.pos_ in {"NOUN", "PROPN"} and (token.lemma_.lower() in CRAFT or HARDWARE.match(token.text)) \
                and token.dep_ != "compound":
            found = actor_of_phrase(token, index, exclude, depth + 1)
            if found is not None and found.code.endswith("MIL"):
                return Actor(found.code, head.text, head.i, head.i + 1, "anaphor")
    return None


# "the military", "the authorities", "the rebels": a definite bare role noun refers back to the actor of
# that role the article named last ("Sudan's military ... urged the military to include civilians").
ROLE_NOUNS = {"military": "MIL", "army": "MIL", "junta": "MIL", "government": "GOV", "authorities": "GOV",
              "regime": "GOV", "administration": "GOV", "police": "COP", "rebels": "REB", "insurgents": "REB",
              "militants": "REB", "separatists": "REB", "opposition": "OPP", "navy": "MIL", "air force": "MIL"}


# "Israeli attacks on the country", "Lukashenko visited the country": a bare definite country noun stands for
# a country named in its sentence or the one before.
COUNTRY_ANAPHORS = {"country", "nation"}


def country_anaphor(head: Token, index: ActorIndex) -> Actor | None:
    """The country named last before 'the country'; which of the countries named it is depends on who acts,
    so the event's arguments settle it (arguments._described_state)."""
    if head.lemma_.lower() not in COUNTRY_ANAPHORS or head.dep_ in {"compound", "poss"}:
        return None
    if [c.lower_ for c in head.lefts] != ["the"] or any(c.dep_ in {"prep", "acl", "relcl"} for c in head.rights):
        return None
    start = window_start(head, 1)
    for actor in reversed(index.named_before(head.i, start)):
        if not actor.code.startswith("IGO"):
            return Actor(actor.code[:3], head.text, head.i, head.i + 1, "anaphor")
    return None


def role_anaphor(head: Token, index: ActorIndex, exclude: set[int] = frozenset()) -> Actor | None:
    lefts = list(head.lefts)
    named = [c for c in lefts if c.dep_ == "compound"]  # ("the Air Force")
    role = ROLE_NOUNS.get(" ".join(c.lower_ for c in [*named, head]))
    if role is None or head.dep_ == "compound" or head.i in index.actor_at:
        return None
    if not lefts or any(c.dep_ not in {"det", "compound"} for c in lefts) or lefts[0].lower_ != "the":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return None  # "the government of Qatar" names its own country
    for actor in reversed(index.actors):
        if actor.start < head.i and actor.start not in exclude and actor.code[3:6] == role:
            return Actor(actor.code[:6], head.text, head.i, head.i + 1, "anaphor")
    speaker = _reporting_state(head, index)  # "Zelenskiy states that the military has attacked": his
    return Actor(speaker + role, head.text, head.i, head.i + 1, "anaphor") if speaker else None


# Verbs by which a state's leaders set its own bodies to work.
COMMANDING_VERBS = {"order", "command", "instruct", "direct", "authorize", "authorise", "deploy", "dispatch",
                    "mobilize", "mobilise", "task"}


def _ordered_body(head: Token, index: ActorIndex) -> Actor | None:
    """"Israeli leaders order the military to strike targets in Iran": a bare role noun ordered to act is
    the body of whoever orders it, when that is one state's (whatever country the story is set in)."""
    role = ROLE_NOUNS.get(head.lower_)
    if role is None or [c.lower_ for c in head.lefts] != ["the"]:
        return None
    verb = head.head
    if head.dep_ == "nsubj" and verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # (read as the subject of its order: "order [the military to strike]")
    if head.dep_ not in {"dobj", "nsubj"} or verb.lemma_.lower() not in COMMANDING_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "announce the war's last phase and order the military to ..."
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    codes = {a.code[:3] for c in subjects if (a := index.actor_at.get(c.i)) is not None and not a.code.startswith("IGO")}
    return Actor(codes.pop() + role, head.text, head.i, head.i + 1, "anaphor") if len(codes) == 1 else None


def _reporter_s_own(pronoun: Token, index: ActorIndex) -> list[Actor]:
    """'Norway reports that Russia has violated its airspace': a possessive in what one state says
    another did to it is the reporting state's, not the doer's."""
    if pronoun.lower_ not in {"its", "their"} or pronoun.nbor(1).lower_ == "own":  # ("shelled its own towns")
        return []
    reporter = _reporting_state(pronoun, index)
    clause = _said_clause(pronoun)
    doers = {a.code[:3] for a in (index.actor_at.get(c.i) for c in clause.children if c.dep_ == "nsubj") if a}
    if reporter is None or not doers or reporter in doers:
        return []
    return [Actor(reporter, pronoun.text, pronoun.i, pronoun.i + 1, "anaphor")]


def _said_clause(token: Token) -> Token:
    """The verb of the clause a word is in, up to a clause said by someone (a ccomp) or the sentence's root."""
    clause = token.head
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _reporting_state(token: Token, index: ActorIndex) -> str | None:
    """The country of whoever says the clause a word is in, when that is a state's actor."""
    clause = _said_clause(token)
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return None
    speakers = [index.actor_at.get(c.i) for c in clause.head.children if c.dep_ == "nsubj"]
    codes = {a.code[:3] for a in speakers if a is not None and not a.code.startswith("IGO")}
    return codes.pop() if len(codes) == 1 else None


def _envoy_of(head: Token, index: ActorIndex, exclude: set[int], depth: int) -> Actor | None:
    """'monitors from the OSCE', 'officials in Washington', 'the spokesperson for the German government':
    people sent by, sitting in or speaking for an actor act for it."""
    if head.lemma_ not in ENVOY_HEADS:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "in", "for"}):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            actor = actor_of_phrase(pobj, index, exclude, depth + 1)
            if actor is not None:
                return with_role(actor, GROUP_HEADS.get(head.lemma_, "GOV"))
    return None


def _other_senders(head: Token, actor: Actor, index: ActorIndex, exclude: set[int]) -> list[Actor]:
    """"Delegates from Cambodia and Thailand": _envoy_of gave the first sender; the others send theirs."""
    if head.lemma_ not in ENVOY_HEADS:
        return []
    senders = [other for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "from"
               for pobj in prep.children if pobj.dep_ == "pobj" for other in pobj.conjuncts]
    found = [actor_of_phrase(other, index, exclude) for other in senders]
    return [with_role(a, actor.code[3:6]) for a in found if a is not None and a.code[:3] != actor.code[:3]]


SPEECH_VERBS = {"say", "tell", "claim", "state", "announce", "insist", "add", "confirm", "report", "warn", "deny",
                "argue", "believe", "admit", "reveal", "acknowledge", "allege", "signal", "indicate", "declare",
                "stress", "vow", "pledge", "promise", "threaten", "assert", "maintain", "reply", "respond",
                "reaffirm", "reiterate", "emphasize", "emphasise", "repeat"}


# Bodies a speaker may call "they" though the noun is singular.
COLLECTIVE_BODIES = {"military", "army", "police", "government", "ministry", "navy", "coalition", "administration",
                     "authority", "command", "guard", "movement", "group", "militia", "junta", "cabinet"}


def _speaker_of(pronoun: Token, index: ActorIndex, exclude: set[int]) -> list[Actor]:
    """'they' (or 'it') as the subject of what a plural speaker (or a state, a body) says is that speaker:
    "Turkmen rebels said they had fired", "Nicaragua said it would not sign"."""
    if pronoun.lower_ not in {"they", "it"} or pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return []
    if pronoun.lower_ == "they":
        # "US officials said they ...", "Russia, China and Mexico said they ...": a plural or a list;
        # "the Houthis said they ...": a group named in the plural
        speakers = [c for c in clause.head.children if c.dep_ == "nsubj"
                    and (c.tag_ in {"NNS", "NNPS"} or any(d.dep_ == "conj" for d in c.children)
                         or c.lemma_.lower() in COLLECTIVE_BODIES  # "the Bahraini military says that they"
                         # "UNICEF reported they had delivered": news speaks of a named body as "they"
                         or (c.i in index.actor_at and index.actor_at[c.i].kind in {"organization", "igo"}))]
        return actors_of(speakers, index, exclude) if speakers else []
    speaker_verb = clause.head
    while (not any(c.dep_ == "nsubj" for c in speaker_verb.children) and speaker_verb.dep_ == "conj"
           and speaker_verb.head.i != speaker_verb.i):
        speaker_verb = speaker_verb.head  # "said it had destroyed ... and denied that it was striking"
    # ("The Sudanese Armed Forces claims that it": a body named in the plural, spoken of as one)
    speakers = [c for c in speaker_verb.children if c.dep_ == "nsubj"
                and (c.tag_ in {"NN", "NNP"} or speaker_verb.tag_ == "VBZ")]
    found = actors_of(speakers, index, exclude) if len(speakers) == 1 else []
    # "Houthi military spokesperson Yahya Sarea said it had carried out the attack": the body spoken for
    return [a for a in found if a.kind not in {"person", ""} or _speaks_for_a_body(speakers[0])][:1]


SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}


def _speaks_for_a_body(person: Token) -> bool:
    return any(t.lower_ in SPOKESPEOPLE for t in person.subtree if t.i < person.i)


# Heads that name the speaker's own side: "his delegation", "our government", "its army".
OWN_SIDE_HEADS = {"delegation", "government", "country", "administration", "ministry", "side", "team", "nation"}
OWN_PRONOUNS = {"his", "her", "its", "their", "our", "my"}


def _speakers_side(head: Token, index: ActorIndex, exclude: set[int]) -> list[Actor]:
    """'Iran's envoy told the council that his delegation rejected the resolution': the speaker's own
    delegation or government, as the subject of what the speaker says, acts for the speaker."""
    if head.lemma_.lower() not in OWN_SIDE_HEADS or head.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    if not any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in head.children):
        return []
    clause = head.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return []
    return actors_of([c for c in clause.head.children if c.dep_ == "nsubj"], index, exclude)[:1]


def actors_of(heads: list[Token], index: ActorIndex, exclude: set[int] = frozenset()) -> list[Actor]:
    """Actors of coordinated phrases; a plural pronoun may stand for several."""
    found: list[Actor] = []
    for head in heads:
        for conj in _members(head, index):
            speaker = _speaker_of(conj, index, exclude) or _speakers_side(conj, index, exclude)
            if speaker:
                found.extend(speaker)  # "Turkmen rebels said they had fired at the jet": they are the rebels
                continue
            if conj.lower_ in PLURAL_PRONOUNS - {"them"} or _pair_phrase(conj, index):
                # "the two countries" names a pair the article set up, often some sentences before
                back = PAIR_WINDOW if _pair_phrase(conj, index) else 2
                found.extend(resolve_pronoun(conj, index, exclude, plural=True, back=back))
                continue
            if conj.lower_ in GROUP_HEADS or conj.lemma_ in GROUP_HEADS:
                role = GROUP_HEADS.get(conj.lower_, GROUP_HEADS.get(conj.lemma_, ""))
                members = _prep_objects_of(conj, frozenset({"of", "from"}) if role in FROM_ROLES else frozenset({"of"}))
                group = actors_of(members, index, exclude) if members else []
                if len(group) >= 2 or (group and conj.i not in index.actor_at):
                    found.extend(with_role(a, role) for a in group)  # "the foreign ministers of Russia, Turkey and Iran"
                    continue
                own = index.actor_at.get(conj.i)
                if own is not None and len(own.code) == 3 and role:
                    found.append(with_role(own, role))  # "the emir of Kuwait"
                    continue
            actor = actor_of_phrase(conj, index, exclude) or _titled_peer(conj, head, index)
            if actor is not None:
                found.append(actor)
                found.extend(_coordinated_demonyms(conj, actor))
                found.extend(_other_senders(conj, actor, index, exclude))
            elif conj.i not in index.actor_at:
                found.extend(actors_of(_named_examples(conj), index, exclude))
    return dedupe_actors(found)


def _titled_peer(conj: Token, head: Token, index: ActorIndex) -> Actor | None:
    """'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin': a name joined to a titled
    person's, with a country of its own, shares the plural title: the role of the first, that country."""
    first = index.actor_at.get(head.i)
    if conj is head or conj.i in index.actor_at or conj.pos_ != "PROPN" or first is None or first.kind != "person":
        return None
    countries = [index.actor_at[p.i] for p in _prep_objects_of(conj) if p.i in index.actor_at]
    country = next((country_of(c) for c in countries if c.kind == "country" and country_of(c)), None)
    if country is None or len(first.code) != 6:
        return None
    name = with_name_compounds(conj)
    return Actor(country + first.code[3:], name.text, name.start, name.end, "person", name.text)


def _prep_objects_of(token: Token, preps: frozenset[str] = frozenset({"of"})) -> list[Token]:
    """The objects of a word's 'of' phrases ("the foreign ministers of Russia and Turkey")."""
    return [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]


# Heads whose 'from' names their countries too: "the foreign ministers from Egypt, Jordan and Qatar", "people
# from Benin and Togo" (not "members from Iran and Iraq" of some other body).
FROM_ROLES = {"GOV", "CVL"}


def _coordinated_demonyms(head: Token, actor: Actor) -> list[Actor]:
    """"Azerbaijani and Armenian forces", "Indian and Chinese commanders": one noun phrase, one group of
    each country; the actor component coded the first, the others take its role."""
    if len(actor.code) < 3 or actor.code.startswith("IGO"):
        return []
    out = []
    for modifier in (c for c in head.lefts if c.dep_ in {"amod", "compound", "nmod"}):
        for other in modifier.conjuncts:
            code = demonym_country(other) or _multiword_demonym(other)  # "South Korean"
            if code and code != actor.code[:3] and not code.startswith("IGO"):
                out.append(Actor(code + actor.code[3:], other.text, other.i, other.i + 1, actor.kind))
    return out


def _multiword_demonym(token: Token) -> str | None:
    """The country a two-word adjective names ("South Korean", "Saudi Arabian"), its first word a
    compound or modifier of the second."""
    from datelines.read.actors.tables import gazetteer

    first = next((c for c in token.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i == token.i - 1), None)
    return gazetteer().country_of(f"{first.text} {token.text}") if first is not None else None


EXAMPLE_PREPS = {"including", "like"}


def _named_examples(noun: Token) -> list[Token]:
    """"world leaders including Zarif and Johnson", "countries such as France": an uncoded group
    acts through the members it names, and a noun through the name it is given."""
    out = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in EXAMPLE_PREPS
           for p in prep.children if p.dep_ == "pobj"]
    out += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "as"
            and any(c.lower_ == "such" for c in prep.children) for p in prep.children if p.dep_ == "pobj"]
    # "a woman named Heather Heyer", "a group called the Base": the one the noun names
    out += [o for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in {"name", "call"}
            for o in acl.children if o.dep_ in {"oprd", "attr", "dobj"}]
    return out


DOER_PARTICIPLES = {"launch", "fire", "conduct", "carry", "pilot", "operate"}  # (not "backed", "funded": backers)


def modifier_actors(noun: Token, index: ActorIndex) -> list[Actor]:
    """Actors named by a compound or adjective on the event noun itself, or on a compound before it
    ("Russian drone strikes": the parser hangs "Russian" on "drone")."""
    found = []
    modifiers = list(noun.lefts)
    # ("the Islamabad Memorandum deal": a place in a document's name is not a party)
    modifiers += [m for c in modifiers if c.dep_ in {"compound", "nmod"} and c.text not in DOCUMENT_NAMES for m in c.lefts]
    # "the Turkish-Libyan agreement": the first of two hyphened demonyms hangs on the second
    modifiers += [m for c in modifiers if c.dep_ == "amod" for m in c.lefts
                  if m.dep_ == "amod" and m.nbor(1).text == "-" and m.i + 2 == c.i]
    # "Saudi-led coalition airstrikes": the coalition's leader, named before the coalition that struck;
    # "Houthi-launched drone attacks": who launched them
    leaders = [m for c in modifiers if c.dep_ == "amod" and c.i + 1 < len(c.doc) and (
                   (c.lower_ == "led" and "coalition" in {c.head.lemma_.lower(), c.nbor(1).lemma_.lower()})
                   or c.lemma_.lower() in DOER_PARTICIPLES)
               for m in c.lefts if m.dep_ in {"npadvmod", "compound", "amod", "nmod"}]
    # "a reported Israeli and United States missile strike": a modifier's conjuncts name its partners in it
    partners = [c for m in modifiers if m.dep_ in {"compound", "amod", "nmod"} for c in m.rights if c.dep_ == "conj"]
    for child in modifiers + partners + leaders:
        if child in leaders:
            actor = index.actor_at.get(child.i) or index.place_actor_at.get(child.i) or demonym_actor(child)
            if actor is not None:
                found.append(with_role(actor, "MIL") if actor.kind == "country" else actor)
            continue
        if ((child.dep_ not in {"compound", "amod", "nmod"} and child not in partners) or _has_participle(child)
                or _of_struck_thing(child, noun) or child.text in DOCUMENT_NAMES
                or stance_prefixed(child.doc, child.i)):  # ("an anti-China protest": the cause, not the doer)
            continue
        actor = index.actor_at.get(child.i) or index.place_actor_at.get(child.i) or demonym_actor(child)
        story = noun.doc._.story_country
        if actor is None and child.lower_ == "police" and story:
            actor = Actor(story + "COP", child.text, child.i, child.i + 1, "group")  # "the police shooting of X"
        if actor is not None:
            found.append(with_role(actor, _owner_role(noun, actor)) if actor.kind == "country" else actor)
    if not found and noun.lemma_.lower() in STRIKE_NOUNS:
        found = [a for t in _nominal_words_before(noun) if (a := _country_word(t, index)) is not None]
    return dedupe_actors(found)


# Things an attack is named by when they are what it struck: "farm attacks", "refinery strikes".
STRUCK_THINGS = {"farm", "home", "house", "school", "hospital", "church", "mosque", "synagogue", "temple", "market",
                 "village", "embassy", "energy", "infrastructure", "power", "port", "oil", "refinery", "pipeline",
                 "grid", "shipping", "ship", "tanker", "train", "rail", "bus", "airport", "border"}


def _of_struck_thing(modifier: Token, noun: Token) -> bool:
    """"the South African farm attacks": an adjective before the thing an attack struck tells where the
    thing is, not who attacked (as it does before a weapon: "Russian glide bomb strikes")."""
    return noun.lemma_.lower() in STRIKE_NOUNS and modifier.dep_ == "amod" and any(
        c.dep_ == "compound" and modifier.i < c.i < noun.i and c.lemma_.lower() in STRUCK_THINGS for c in noun.children)


# Attacks named with their weapons, whose maker the parser may lose: "Russian missile and drone strikes".
STRIKE_NOUNS = {"strike", "airstrike", "attack", "bombardment", "shelling", "barrage"}


# Capitalized words that name a document after a place: "the Minsk Protocol", "the Islamabad Memorandum".
DOCUMENT_NAMES = {"Memorandum", "Accord", "Accords", "Agreement", "Agreements", "Protocol", "Declaration", "Process",
                  "Format", "Communiqué", "Communique", "Charter", "Convention", "Treaty"}


def names_attacker(token: Token, name: str) -> bool:
    """A country's name or initials (`name`, of the words `token` is in) on an attack noun, or on a compound
    before one ("United States airstrikes", "U.S. missile strike"): they stand for the state as an adjective
    does, so they name the attacker, not the place struck (a territory there is the place: "a Gaza strike")."""
    from datelines.read.actors.tables import gazetteer

    head = token.head
    while token.dep_ in {"compound", "nmod"} and head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if token.dep_ not in {"compound", "nmod"} or head.lemma_.lower() not in STRIKE_NOUNS:
        return False
    letters = name.replace(".", "")
    code = gazetteer().countries.get(name)
    return code is not None and ((letters.isupper() and len(letters) <= 4) or gazetteer().country_names.get(code) == name)


# Words of the weapon an attack is named by, between its maker and the attack noun.
WEAPON_WORDS = {"missile", "drone", "rocket", "air", "artillery", "mortar", "ballistic", "cruise", "naval", "aerial",
                "bomb", "shell", "tank", "helicopter", "jet", "kamikaze", "suicide", "military", "army", "navy"}


def _nominal_words_before(noun: Token, reach: int = 4) -> list[Token]:
    """The weapon words, adjectives, names and 'and's right before a noun, by position: "Russian missile and
    drone strikes", which the parser can tear apart (it made "drone" a verb); not past a noun of another kind
    ("South African farm attacks" are attacks on farms)."""
    words = []
    for token in reversed(noun.doc[max(noun.sent.start, noun.i - reach):noun.i]):
        if token.pos_ not in {"NOUN", "ADJ", "PROPN", "CCONJ"} or token.tag_ == "POS":
            break
        if token.pos_ == "NOUN" and token.lemma_.lower() not in WEAPON_WORDS:
            break
        words.append(token)
    return words


def _country_word(token: Token, index: ActorIndex) -> Actor | None:
    actor = index.actor_at.get(token.i)
    if actor is not None and actor.kind == "country":
        return actor
    return demonym_actor(token) if token.pos_ in {"ADJ", "PROPN"} else None


def with_role(actor: Actor, role: str) -> Actor:
    """A bare country code takes the role of the group head that stands for it."""
    if len(actor.code) != 3 or not role or actor.kind not in {"country", "place"}:
        return actor
    return Actor(actor.code + role, actor.text, actor.start, actor.end, actor.kind)
