"""Modality of an event: is it stated as a fact, denied, planned, expected, hypothetical or reported?

Markers are read off the predicate and the verbs that govern it (auxiliaries, negation, the
matrix verb of a control or complement clause), so "Russia doesn't send weapons" is negated,
"will have a meeting" planned, "is expected to be completed" expected, "if they attack" hypothetical
and the complement of "said" reported. The speaker's own 'said' stays asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from datelines.read.events.predicates import (
    ATTEMPT_NOUNS,
    COMMAND_VERBS,
    CONSULT_ROOT,
    OWN_SIDE_NOUNS,
    VIOLENT_ROOTS,
    Predicate,
    accused_act,
    acts_as_verb,
    attributed_to,
    clause_verb,
    commands_own_side,
    deadline_given,
    to_infinitive,
)
from datelines.read.paragraphs import in_quotation
from datelines.read.timex.tense import perfect

ASSERTED, NEGATED, PLANNED, EXPECTED, HYPOTHETICAL, REPORTED = (
    "asserted", "negated", "planned", "expected", "hypothetical", "reported")
MODALITIES = (ASSERTED, NEGATED, PLANNED, EXPECTED, HYPOTHETICAL, REPORTED)
# When several markers apply, the one that most limits factuality wins.
PRECEDENCE = (NEGATED, HYPOTHETICAL, EXPECTED, PLANNED, REPORTED, ASSERTED)

FINITE_TAGS = {"VBD", "VBZ", "VBP"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "must", "can", "'d"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor"}
# Matrix verbs that make their complement a plan, an expectation or a non-event.
PLAN_VERBS = {"plan", "intend", "aim", "seek", "want", "hope", "prepare", "schedule", "promise", "pledge",
              "vow", "decide", "agree", "offer", "propose", "threaten", "wish", "mean",
              "arrange", "set", "go", "due", "poise", "resolve", "undertake", "commit",
              "ready"}  # "said it was ready to send food": a readiness, not a shipment
EXPECT_VERBS = {"expect", "likely", "anticipate", "predict", "forecast", "project", "unlikely", "bind", "sure"}
NEGATING_VERBS = {"fail", "refuse", "decline", "deny", "reject", "avoid", "stop", "cease", "discourage",
                  "prevent", "prohibit", "forbid", "bar", "block", "deter"}
# What is asked for has not happened: "urged Russia to withdraw".
REQUEST_VERBS = {"urge", "ask", "call", "press", "invite", "encourage", "request", "demand", "appeal", "want",
                 "tell", "order", "advise", "persuade", "pressure", "recommend", "direct", "instruct", "command"}
HYPOTHESIS_VERBS = {"consider", "may", "might", "could", "try", "attempt", "suggest", "propose"}
# An attempt at force is itself force: "attempted to kill the author", "tried to storm parliament".
ATTEMPT_VERBS = {"try", "attempt"}
ATTEMPTED_ROOTS = {"14", "17", "18", "19", "20"}
ASSASSINATION = "186"
# Prepositions that set an act as the circumstance of the clause, outside its negation or plan.
CIRCUMSTANCE_PREPS = {"after", "following", "amid", "despite", "since", "before"}
HEARSAY_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
HEARSAY_ADJECTIVES = {"alleged", "purported", "supposed", "suspected", "reported"}  # ("an alleged threat against the president")
REPORT_VERBS = {"say", "tell", "claim", "allege", "report", "state", "announce", "insist", "assert",
                "add", "note", "write", "accuse", "suspect", "believe", "argue", "warn"}


VERDICTS = {"guilty", "liable"}
WARNING_VERBS = {"warn", "caution"}
# Adjectives that make an event noun an act not done: "a potential charge", "possible sanctions".
UNREALIZED_ADJECTIVES = {"potential", "possible", "prospective", "hypothetical", "eventual", "would-be"}
PARTITIVE_ROUNDS = {"round", "series", "wave", "set"}  # what counts acts: "a new round of talks"
SCHEDULED_ADJECTIVES = {"planned", "upcoming", "forthcoming", "scheduled", "proposed", "intended"}


def _relative_source(according: Token) -> bool:
    """'signed an agreement, according to which a section would cross the zone': the relative pronoun
    names what the agreement lays down, not who tells the signing."""
    return any(t.lower_ in {"which", "whom"} for t in according.doc[according.i + 2:according.i + 3])


NO_ONE = {"nobody", "none"}
HARMS = {"kill", "injure", "wound", "hurt", "harm"}  # (no one hurt: the attack still happened)


def _own_markers(token: Token) -> set[str]:
    markers: set[str] = set()
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and lower in {"never", "no"}):
            markers.add(NEGATED)
        elif child.dep_ in {"nsubj", "nsubjpass"} and any(
                c.dep_ in {"preconj", "det"} and c.lower_ == "neither" for c in child.children):
            markers.add(NEGATED)  # "neither the European Union nor the United States would endorse the result"
        elif child.dep_ in {"nsubjpass", "dobj"} and names_no_one(child) and token.lemma_.lower() not in HARMS:
            # "no perpetrators are apprehended", "no one has been arrested", "arrested no one" (but "no troops
            # were injured" still tells the attack)
            markers.add(NEGATED)
        elif child.dep_ in {"aux", "auxpass"} and lower in FUTURE_AUX:
            markers.add(PLANNED)
        elif (child.dep_ in {"aux", "auxpass"} and lower in HYPOTHETICAL_AUX) or (
            child.dep_ == "mark" and lower in CONDITIONAL_MARKS
        ):
            markers.add(HYPOTHETICAL)
        elif (child.dep_ == "prep" and lower == "according" and not _relative_source(child)) or (
                child.dep_ == "advmod" and lower in HEARSAY_ADVERBS):
            markers.add(REPORTED)
    if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        markers.add(NEGATED)
    if any(c.dep_ in {"ccomp", "oprd", "acomp"} and c.pos_ == "ADJ" and c.lower_ in VERDICTS
           and any(n.dep_ == "neg" for n in c.children) for c in token.children):
        markers.add(NEGATED)  # "found the soldier not guilty": the verdict denied
    if token.pos_ == "NOUN" and token.dep_ in {"attr", "nsubj"} and token.head.lemma_ == "be" and _denied_being(token.head):
        markers.add(NEGATED)  # "there was no longer a nuclear threat from North Korea", "there was not a ceasefire"
    # ("a potential, unconfirmed second round of talks": on the partitive the talks are counted by)
    holders = [token, *([token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "of"
                        and token.head.head.lemma_.lower() in PARTITIVE_ROUNDS else [])]
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in UNREALIZED_ADJECTIVES
                                    for h in holders for c in h.children):
        markers.add(HYPOTHETICAL)  # "a potential charge of murder", "a possible strike": not yet done
    if token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in SCHEDULED_ADJECTIVES
                                    for c in token.subtree if c.i < token.i):  # (and "a planned ground invasion")
        markers.add(PLANNED)  # "approves a planned ground invasion", "the upcoming summit": ahead
    if (token.pos_ == "NOUN" and token.dep_ not in {"nsubj", "nsubjpass"}  # (told again by its own verb: "hits")
            and any(c.dep_ == "amod" and c.lower_ in HEARSAY_ADJECTIVES for c in token.children)):
        markers.add(REPORTED)
    if token.pos_ == "NOUN" and attributed_to(token):
        markers.add(REPORTED)  # "another attack ascribed to the Taliban"
    if token.pos_ == "NOUN" and token.dep_ == "dobj" and token.head.lemma_.lower() == "cite":
        markers.add(REPORTED)  # "launches rockets, citing Israeli violations of the ceasefire": its reason, its word
    if token.dep_ == "attr" and any(v.lemma_.lower() in REPORT_VERBS and any(w.lower_ == "what" for w in v.children)
                                    for v in token.head.subtree if v.i < token.i):
        markers.add(REPORTED)  # "after what its organizers alleged was an Israeli drone attack": their word
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "against" and (
            token.head.head.lemma_.lower() in WARNING_VERBS):
        markers.add(HYPOTHETICAL)  # "warning against further Russian attacks": feared, not done
    if token.pos_ == "NOUN" and _sought_outcome(token):
        markers.add(HYPOTHETICAL)  # "a reward for information leading to the arrest of X": wanted, not done
    if (token.dep_ in {"dobj", "nsubjpass"} or (token.dep_ in {"xcomp", "ccomp"} and token.tag_ == "VBG")) and cancels(token.head):
        markers.add(NEGATED)  # "cancelled a visit", "the talks were called off", "cancels sending envoys"
    if token.dep_ == "compound" and token.head.dep_ in {"dobj", "nsubjpass"} and cancels(token.head.head):
        markers.add(NEGATED)  # "postponed the tariff increase"
    if token.pos_ == "NOUN" and any(c.dep_ == "relcl" and cancels(c) for c in _with_complements(token)):
        markers.add(NEGATED)  # "Trump's planned trip to Warsaw, which was cancelled"
    return markers


LEADING_WORDS = {"lead", "result"}


def _sought_outcome(noun: Token) -> bool:
    """The act that information, a tip or a reward would 'lead to' ('a reward for information leading to
    the arrest of'), not an act that happened."""
    prep = noun.head
    leading = prep.head
    return (noun.dep_ == "pobj" and prep.lower_ == "to" and leading.tag_ == "VBG"
            and leading.lemma_.lower() in LEADING_WORDS and leading.dep_ == "acl")


# Doers a "no" can deny ("no group has claimed responsibility"); not weapons ("no missiles hit the base":
# the missiles were still fired).
DOING_BODIES = {"organization", "organisation", "group", "party", "one", "body", "country", "state", "government",
                "faction", "side", "militant", "individual", "person", "nation", "official", "leader"}


def names_no_one(head: Token) -> bool:
    """A noun phrase that names no one: "no perpetrators", "no one", "nobody"."""
    if head.lower_ in NO_ONE:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) or (
        head.lower_ == "one" and head.i > 0 and head.nbor(-1).lower_ == "no")


def _denied_being(copula: Token) -> bool:
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children))
               for c in copula.children)


def _with_complements(noun: Token) -> list[Token]:
    """The children of a noun and of its prepositional complements: the parser often hangs a relative
    clause on the last noun before it ('the trip to Warsaw, which was cancelled')."""
    children = list(noun.children)
    return children + [c for prep in children if prep.dep_ == "prep" for pobj in prep.children
                       if pobj.dep_ == "pobj" for c in pobj.children]


def _ruled_out(child: Token, head: Token) -> bool:
    """'rules out sending warships': the act a speaker rules out is not done."""
    return head.lemma_ == "rule" and child.tag_ == "VBG" and cancels(head)  # (a gerund under "rule out")


def _called_for(pred: Predicate) -> str | None:
    """'Unions call for a general strike': a strike or protest called for is the callers' plan; 'Kyiv calls
    for new sanctions', 'calls for the release of the crew': any other act called for is asked, not done."""
    token = pred.token
    if not pred.is_noun or pred.light is not None or token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    verb = token.head.head
    if verb.lemma_.lower() != "call" or any(c.dep_ == "prt" for c in verb.children):
        return None
    if any(c.dep_ == "relcl" for c in token.subtree):
        return None  # "calls for a general strike, which is widely observed": told as done
    return PLANNED if pred.entry.code[:2] == "14" else HYPOTHETICAL


def _asks_someone(verb: Token) -> bool:
    """'urged Russia to ...', 'calls on Hamas to ...', 'were asked to ...': the one asked is named."""
    return any(c.dep_ in {"dobj", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ in {"on", "upon"}) for c in verb.children)


def _matrix_markers(child: Token, head: Token) -> set[str]:
    """What the governing verb says about its complement."""
    lemma = head.lemma_.lower()
    if _ruled_out(child, head):
        return {NEGATED}  # "Germany rules out sending warships"
    if deadline_given(child) is not None:
        return {HYPOTHETICAL}  # "gave Hamas 48 hours to release the hostages": demanded, not done
    if child.dep_ == "xcomp" or (child.dep_ == "advcl" and lemma in PLAN_VERBS | EXPECT_VERBS):
        if lemma in {"have", "be"} and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return {NEGATED}  # "Trump has yet to concede", "Russia is yet to withdraw": not done (so far)
        if lemma in EXPECT_VERBS:
            return {EXPECTED}
        if lemma == "go" and head.tag_ == "VBG":
            return {PLANNED}
        if lemma in PLAN_VERBS:
            return {PLANNED}
        if lemma in NEGATING_VERBS:
            return {NEGATED}
        if lemma in COMMAND_VERBS and commands_own_side(head):
            # an order to one's own forces or staff is a plan of the one who gives it ("Netanyahu ordered the
            # army to seize the town"), while "ordered Qatar to close the base" asks for another side's act
            return {PLANNED}
        if lemma in REQUEST_VERBS and _asks_someone(head):
            return {HYPOTHETICAL}
        if lemma in HYPOTHESIS_VERBS:
            return {HYPOTHETICAL}
        if lemma in REPORT_VERBS and child.dep_ == "xcomp":
            return {REPORTED}  # "the Houthis claim to have fired", "he is said to have ordered"
    if child.dep_ == "advcl" and lemma in REQUEST_VERBS - COMMAND_VERBS and to_infinitive(child) and _asks_someone(head):
        return {HYPOTHETICAL}  # "requests the government to declare an emergency" (the parser's adverbial clause)
    if child.dep_ == "ccomp":
        if lemma in {"deny"}:
            return {NEGATED}
        if lemma in COMMAND_VERBS and to_infinitive(child) and any(
                c.dep_ == "nsubj" and c.lower_ in OWN_SIDE_NOUNS for c in child.children):
            return {PLANNED}  # "order the military to strike" (parsed as the subject of its order)
        if lemma in REQUEST_VERBS and to_infinitive(child):
            return {HYPOTHETICAL}  # "wants the United States to lift sanctions" (parsed with a subject of its own)
        if lemma in REPORT_VERBS:
            return {REPORTED}
    if child.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ in {"accuse", "suspect", "allege"}:
        return {REPORTED}
    if child.dep_ == "prep" and child.lower_ == "on" and lemma in PLAN_VERBS:
        return {PLANNED}  # "he plans on leaving the European Union"
    if child.dep_ == "prep" and child.lower_ == "from" and lemma in BARRING_VERBS:
        return {NEGATED}  # "bans its citizens from traveling to Iran": kept from it
    intent = child.head
    if child.dep_ == "acl" and intent.dep_ == "nsubj" and lemma in FAILING_VERBS:
        return {NEGATED}  # "the vote to remove him failed"
    if (child.dep_ == "acl" and intent.lemma_.lower() in ATTEMPT_NOUNS and intent.dep_ in {"dobj", "nsubjpass"}
            and intent.head.lemma_.lower() in FOILING_VERBS):
        return {NEGATED}  # "foiled an attempt by the Islamic State to bomb the embassy": no bomb went off
    if child.dep_ == "acl" and intent.pos_ == "NOUN" and intent.lemma_.lower() in REQUEST_NOUNS:
        return {HYPOTHETICAL}  # "rejects a request to be released", "calls for him to resign": asked for, not done
    if child.dep_ in {"acl", "relcl"} and intent.lemma_.lower() in PERMISSION_NOUNS and to_infinitive(child):
        return {HYPOTHETICAL}  # "denied permission to land", "a license to export arms": allowed, not done
    if child.dep_ == "acl" and intent.pos_ == "NOUN" and intent.lemma_.lower() in PLAN_NOUNS:
        # "has plans to invade"; "has no plans to invade" is no plan at all
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in intent.children)
        return {NEGATED} if negated else {PLANNED}
    return set()


def _phrase_verb(noun: Token) -> Token | None:
    """'struck in response to Iranian strikes', 'in retaliation for the attack': the verb a phrase of two
    prepositions hangs the noun on (the clause verb of the noun the inner phrase hangs on)."""
    inner = noun.head
    if noun.dep_ != "pobj" or inner.dep_ != "prep":
        return None
    return clause_verb(inner.head)


def _scheduled(verb: Token) -> set[str]:
    """'Talks are planned for next week', 'a vote is expected on Friday': an act named as the subject of
    a passive verb of planning or expecting is still to come."""
    lemma = verb.lemma_.lower()
    if lemma in EXPECT_VERBS:
        return {EXPECTED}
    return {PLANNED} if lemma in PLAN_VERBS else set()


FAILING_VERBS = {"fail", "collapse", "falter"}
FOILING_VERBS = {"foil", "thwart", "prevent", "avert", "disrupt", "frustrate"}
REQUEST_NOUNS = {"request", "demand", "call", "appeal", "bid", "petition", "plea"}
PERMISSION_NOUNS = {"permit", "permission", "license", "licence", "clearance", "authorization", "authorisation"}
PLAN_NOUNS = {"plan", "intention", "intent", "desire", "wish", "aim", "readiness", "willingness", "decision"}


DEPICTING_VERBS = {"show", "depict", "film", "capture", "record", "reveal"}


def _governors(token: Token) -> list[tuple[Token, Token]]:
    """(child, head) steps upward while the head still scopes over the event."""
    steps = []
    current = token
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            break
        infinitive = to_infinitive(current)
        if current.dep_ in {"acl", "relcl"} and infinitive and head.dep_ in {"dobj", "attr", "nsubjpass", "nsubj"}:
            # "will have a meeting to discuss": the purpose clause shares the light verb's modality
            steps.append((current, head.head))
            current = head.head
            continue
        if (current.dep_ == "acl" and current.tag_ == "VBG" and head.dep_ == "dobj"
                and head.head.lemma_.lower() in DEPICTING_VERBS):
            # "videos allegedly showing soldiers killing civilians": what is shown is as sure as the showing
            steps.append((current, head.head))
            current = head.head
            continue
        if current.dep_ == "conj" and current.tag_ in FINITE_TAGS and not _shares_reported_clause(current):
            break  # "did not want to escalate and called for dialogue": a finite conjunct has its own scope
        if current.dep_ in {"xcomp", "ccomp", "conj", "pcomp", "acomp"} or (current.dep_ == "advcl" and infinitive) or (
                current.dep_ == "advcl" and _ruled_out(current, head)):
            steps.append((current, head))
            if current.dep_ == "pcomp" and head.dep_ == "prep":
                steps.append((head, head.head))
                current = head.head
                continue
            current = head
            continue
        break
    return steps


def _reported_above(verb: Token) -> set[str]:
    """{REPORTED} when a verb that scopes over `verb` reports it, else nothing: for an act that only shares
    what is said, not its negation or plan."""
    return {m for child, head in _governors(verb) for m in _matrix_markers(child, head)} & {REPORTED}


def _shares_reported_clause(conjunct: Token) -> bool:
    """"says that Guinea has detained soldiers and seized their ammunition": a conjunct sharing the
    perfect of a reported verb (the tagger reads its participle as a past) is reported with it."""
    head = conjunct.head
    return (head.dep_ == "ccomp" and head.head.lemma_ in REPORT_VERBS
            and perfect(head)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in conjunct.children))


BARRING_VERBS = {"ban", "bar", "prohibit", "forbid"}  # (not "blocks them from returning": often the act coded)
CANCEL_VERBS = {"cancel", "scrap", "abandon", "skip", "postpone", "delay", "shelve", "scuttle", "boycott", "lift", "revoke",
                "rescind", "quash", "annul"}


UNDOING_PARTICLES = {"call": "off", "rule": "out"}


def cancels(verb: Token) -> bool:
    """'cancelled', 'scrapped', 'called off', 'ruled out': a verb that undoes or forgoes the act its object names."""
    if verb.lemma_ in CANCEL_VERBS:
        return True
    particle = UNDOING_PARTICLES.get(verb.lemma_)
    return particle is not None and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


SELF_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
SELF_POSSESSIVES = {"his", "her", "its", "their", "our", "my"}
# Stances taken by saying them: "said they still regarded Assad as president", "said it rejected the plan".
STANCE_VERBS = {"consider", "regard", "recognise", "recognize", "reject", "condemn", "welcome", "support", "back",
                "oppose", "accept", "endorse", "approve", "deplore", "denounce", "refuse"}


# Verbs that voice a position named by their object: "said they had raised their concerns".
EXPRESSING_VERBS = {"raise", "express", "voice", "reiterate", "convey"}


# Roots of acts done by saying them: "I am asking all Americans", "we condemn the attack", "I count on Turkey".
VERBAL_ROOTS = {"01", "02", "03", "05", "10", "11", "12", "13"}


def _said_in_first_person(pred: Predicate) -> bool:
    """A speaker's first-person appeal, demand, promise or rebuke quoted is made by saying it."""
    if pred.entry.code[:2] not in VERBAL_ROOTS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in pred.anchor.children)


def speaker_own_act(anchor: Token, voiced_noun: bool = False) -> bool:
    """'Iran and Syria said they still regarded Assad as president': a speaker stating its own
    stance takes it by saying so; its other deeds ('said they had fired') stay reported. A position
    the speaker says it voiced ('said they had raised their concerns', `voiced_noun`) is the same:
    the speaker is the authority on its own words."""
    lemma = anchor.lemma_.lower()
    if lemma not in STANCE_VERBS and not (voiced_noun and lemma in EXPRESSING_VERBS):
        return False
    return _speaker_is_doer(anchor)


def announced_own_policy(anchor: Token, root: str) -> bool:
    """'Orban announces that Hungary has ended all support for Ukraine', 'Qatar announces it has arrested
    ten people': a state announcing a policy act or an arrest of its own does it by announcing it (its
    deeds of force, 'announced it had fired', stay reported)."""
    return root in POLICY_ROOTS and anchor.head.lemma_.lower() in ANNOUNCING_VERBS and _speaker_is_doer(anchor)


POLICY_ROOTS = {"03", "05", "06", "07", "08", "09", "12", "16", "17"}  # (an investigation too: "announces it is investigating")
ANNOUNCING_VERBS = {"announce", "declare"}


def _speaker_is_doer(anchor: Token) -> bool:
    """Is the subject of a reported clause the speaker itself (by pronoun, possessive or another name)?"""
    if anchor.dep_ != "ccomp" or anchor.head.lemma_ not in REPORT_VERBS:
        return False
    speakers = [c for c in anchor.head.children if c.dep_ == "nsubj"]
    if not speakers:
        return False
    return any(c.dep_ == "nsubj" and (c.lower_ in SELF_PRONOUNS or any(  # "his delegation rejected"
        d.dep_ == "poss" and d.lower_ in SELF_POSSESSIVES for d in c.children)
        or _same_actor(c, speakers[0])) for c in anchor.children)


def _actor_code(token: Token) -> str | None:
    """The CAMEO code of the actor mention the token heads or lies in, if any."""
    for span in token.doc.spans.get("actor", []):
        if span.start <= token.i < span.end and span._.actor_code:
            return str(span._.actor_code)
    return None


def _same_actor(subject: Token, speaker: Token) -> bool:
    """'The Chinese foreign ministry said Beijing supported ...': a speaker naming itself by
    another name (its capital, its country) is still stating its own stance. Codes must be equal
    or one the prefix of the other (CHN, CHNGOV), so a ministry speaking of its country's
    protesters (CHNCVL) does not count."""
    mine, theirs = _actor_code(speaker), _actor_code(subject)
    return bool(mine and theirs) and one_side(mine, theirs)


def one_side(one: str, other: str) -> bool:
    """Codes of one side: equal, or one the prefix of the other (CHN, CHNGOV); not CHNGOV and CHNCVL."""
    return one.startswith(other) or other.startswith(one)


def _circumstance(pred: Predicate) -> bool:
    """"says talks have not closed despite renewed fighting between Iran and the U.S.": an act named as the
    circumstance of what is said is taken as known, not as part of the claim."""
    return pred.is_noun and pred.light is None and pred.token.dep_ == "pobj" and pred.token.head.lower_ in CIRCUMSTANCE_PREPS


# A meeting announced, scheduled or prepared for has not been held yet: "announces an emergency summit".
ARRANGING_VERBS = {"announce", "schedule", "plan", "propose", "arrange", "organize", "organise"}
ARRANGEMENT_NOUNS = {"preparation", "plan", "arrangement", "proposal"}


def _arranged_meeting(pred: Predicate) -> bool:
    noun = pred.token
    if not pred.is_noun or pred.entry.code[:2] != CONSULT_ROOT:
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ARRANGING_VERBS
    return (noun.dep_ == "pobj" and noun.head.lower_ == "for"
            and noun.head.head.lemma_.lower() in ARRANGEMENT_NOUNS)


def _said_clause_of_misread_conjunct(verb: Token) -> Token | None:
    """The clause a reporting verb introduces, when a subjectless past verb after it was joined to the
    reporting verb instead of to that clause."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ == "conj" and head.tag_ == verb.tag_:
        return _said_clause_of_misread_conjunct(head)  # ("..., killed several soldiers and seized weapons")
    if (verb.dep_ != "conj" or head.lemma_ not in REPORT_VERBS or verb.tag_ not in {"VBD", "VBN"} or head.tag_ == verb.tag_
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i), None)


def modality_of(pred: Predicate) -> str:
    """The single modality label of an event, from its predicate and what governs it."""
    markers: set[str] = set()
    chain = [pred.token] + ([pred.light] if pred.light is not None else [])
    for token in chain:
        markers |= _own_markers(token)
    if any(c.dep_ == "nsubj" and names_no_one(c) and (c.lower_ in NO_ONE or c.lemma_.lower() in DOING_BODIES)
           for c in pred.token.children):
        markers.add(NEGATED)  # "no party has claimed responsibility" (its own subject: not a clause joined to it)
    if _arranged_meeting(pred):
        markers.add(PLANNED)
    called = _called_for(pred)
    if called is not None:
        markers.add(called)
    anchor = pred.anchor
    if pred.is_noun and pred.light is None and clause_verb(pred.token) is not None:
        # "Paris said its troops deployed at the request of Bamako": the noun shares its clause's modality,
        # unless it is the clause's background ("will not cede the base following threats by Trump")
        anchor = clause_verb(pred.token)
        if pred.token.head.lower_ not in CIRCUMSTANCE_PREPS:
            markers |= _own_markers(anchor) - {REPORTED}
    elif pred.is_noun and pred.light is None and pred.token.dep_ in {"nsubj", "nsubjpass"} and acts_as_verb(pred.token.head):
        anchor = pred.token.head  # "says an Israeli airstrike killed five": the noun's clause is what is said
        if anchor.lemma_ in REPORT_VERBS:
            markers |= _own_markers(anchor) & {NEGATED}  # "Protests are not reported in Mosul": none there
            if pred.token.dep_ == "nsubjpass" and anchor.lemma_ == "report":
                markers.add(REPORTED)  # "renewed drone attacks are reported in Khartoum": heard, not seen
        if pred.token.dep_ == "nsubjpass":
            markers |= _scheduled(anchor)
    elif (pred.is_noun and pred.light is None and pred.entry.code[:2] in VIOLENT_ROOTS
          and (verb := _phrase_verb(pred.token)) is not None):
        # "it is reported that Saudi Arabia struck Iran in response to Iranian strikes": the attack the clause
        # answers is part of what is reported (a truce it breaks is not: "in violation of the ceasefire")
        markers |= _reported_above(verb)
    if accused_act(anchor) is not None:
        markers.add(REPORTED)  # the result of an alleged act is alleged with it
    said = _said_clause_of_misread_conjunct(anchor)
    if said is not None:
        # "Al-Shabaab claims that its fighters have overrun a base, killed several soldiers and ...": the
        # parser joins the later verbs to the claim, but they are what is claimed
        markers |= _matrix_markers(said, anchor.head)
    if anchor.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "when" for c in anchor.children) and (
            acts_as_verb(anchor.head)):
        # "Afghanistan says nine children were killed when a home was hit by a Pakistani airstrike": a clause
        # of time inside what is said is said with it
        markers |= _reported_above(anchor.head)
    deliberated = False  # "would consider charging him": a hypothesis of its own, not a future in the past
    for child, head in _governors(anchor):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in child.children):
            # "declines to confirm whether its forces shot down the airliner": open, whatever is said of it
            markers.add(HYPOTHETICAL)
            break
        if child.dep_ != "conj":
            matrix = _matrix_markers(child, head)
            if (head.lemma_.lower() in ATTEMPT_VERBS and pred.entry.code[:2] in ATTEMPTED_ROOTS
                    and not pred.entry.code.startswith(ASSASSINATION)):  # (an attempt on a life is no killing)
                matrix = matrix - {HYPOTHETICAL}  # "tried to storm parliament": the storming was done, if not won
            if matrix == {HYPOTHETICAL} and head.lemma_.lower() in REQUEST_VERBS:
                markers.discard(NEGATED)  # "pressed Trump not to commute it": asked for, not denied
            deliberated = deliberated or (matrix == {HYPOTHETICAL} and head.lemma_.lower() in HYPOTHESIS_VERBS)
            markers |= matrix
        markers |= _own_markers(head) - ({REPORTED} if child.dep_ == "ccomp" else set())
        if head.lemma_ in REPORT_VERBS and child.dep_ == "ccomp" and HYPOTHETICAL in markers and not deliberated:
            markers.discard(HYPOTHETICAL)  # "said they would meet": future in the past, not a hypothesis
            markers.add(PLANNED)
    if in_quotation(pred.token) and not markers:
        markers.add(REPORTED)
    # (a claim stays a claim, even of one's own act: "the army claims to have killed 40 militants")
    claimed = any(head.lemma_.lower() == "claim" for _, head in _governors(anchor))
    if markers == {REPORTED} and not claimed and (speaker_own_act(anchor, voiced_noun=pred.is_noun and pred.light is not None)
                                  or announced_own_policy(anchor, pred.entry.code[:2]) or _said_in_first_person(pred)
                                  or _circumstance(pred)):
        markers = {ASSERTED}
    for label in PRECEDENCE:
        if label in markers:
            return label
    return ASSERTED
