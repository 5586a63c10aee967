"""One event across many reports: stored events (mentions) grouped into the real events they tell.

GDELT counts every report as an event, so one abduction retold by a hundred outlets became a hundred
"events". Here two mentions can be one event when
  - they have the same CAMEO root;
  - their dyads agree: the same country (or organisation) on each side, roles aside, for an event
    between two countries (TURMIL, TUR and TURGOV shooting down a Russian jet are one actor); the
    same actors by prefix for an event inside one country (TURMIL against TURGOV is not TURMIL
    against TURLEG); either direction for the roots where "A met B" is "B met A" (03-06); a side one
    mention does not name agrees with any, at a higher bar of similarity (`partial_threshold`);
  - their dates are compatible at their precisions (2015, 2015-11 and 2015-11-24 are); two days
    next to each other only with close words (`tolerance_similarity`: reports differ by a day
    across time zones); an event dated by its publication day, or by a date carried over from an
    earlier sentence (its own sentence holds no date), may have happened in the week before;
  - their modalities can tell one event: facts with facts (asserted, reported), plans with plans,
    and a plan with a fact when two articles tell them ("Britain would expel 23 diplomats", then
    "Britain had expelled 23 diplomats on March 14"); a denial only with a denial;
  - and they are not two events that one sentence states side by side.
Their similarity is the cosine of the content words of their evidence sentences, each word weighted
by how rare it is among the store's evidence sentences, plus a bonus for the same trigger word and
for the same full CAMEO code. Mentions are joined by average linkage (the most similar pair first;
two groups only when every pair across them can be one event and their average similarity clears
`threshold`); then a group that only looks back ("after Turkey shot down a Russian bomber in
November 2015") joins the one more precisely dated event it can be, if they share some words.

The settings were chosen on the demo corpus' same-event gold (evaluation/gold/clusters.yaml, scored
by `datelines evaluate clusters`), which is development data; F1 is flat for thresholds 0.25-0.35.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from datelines.store import Store, queries

if TYPE_CHECKING:
    from datelines.query.kept_answer import KeptAnswer

SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})  # intent, consult, diplomatic and material cooperation
MODALITY_GROUPS = {"asserted": "occurred", "reported": "occurred", "planned": "future", "expected": "future",
                   "negated": "negated", "hypothetical": "hypothetical"}
# Which modality a clustered event shows: the firmest among its mentions.
MODALITY_ORDER = ("asserted", "reported", "planned", "expected", "hypothetical", "negated")
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3}
# What a clustered event keeps of each of its mentions, beside the evidence span and text.
MENTION_FIELDS = ("code", "source", "target", "date", "precision", "date_source", "modality", "confidence",
                  "trigger", "source_text", "target_text", "location")


@dataclass(frozen=True)
class ClusterSettings:
    threshold: float = 0.3  # average similarity two groups need to be joined
    partial_threshold: float = 0.5  # a pair where a side is named in one mention and not in the other
    day_tolerance: int = 1  # days two day-precise dates may differ ...
    tolerance_similarity: float = 0.5  # ... when the mentions are at least this similar
    window: int = 7  # an event dated by publication (or by a sentence before its own) happened in the week before
    attach_threshold: float = 0.1  # a retrospective mention joins the only event it can be at this similarity
    trigger_bonus: float = 0.15
    code_bonus: float = 0.1
    same_story_bonus: float = 0.3  # two mentions of one article on one day the text gives


DEFAULT_SETTINGS = ClusterSettings()

# Words that say nothing about which event a sentence tells.
_STOPWORDS = """
a about after again against ago all also an and any are as at be because been before being between both but by
could did do does during each earlier for from had has have having he her his how i if in into is it its last
later least more most much new next no not now of on one only or other our out over own said same says she since
so some such than that the their them then there these they this those three through to told two under until up
us was we were what when where which while who whom why will with would year years week weeks day days month
months today yesterday tomorrow morning evening night afternoon
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
"""
STOPWORDS = frozenset(_STOPWORDS.split())
WORD = re.compile(r"[a-z0-9][a-z0-9$.,-]*[a-z0-9]|[a-z0-9]")
UNITED_STATES = re.compile(r"\bU\.?S\.?(?=\W|$)|\bUnited States\b")


def content_words(sentence: str) -> set[str]:
    """The words of a sentence that can tell one event from another, crudely stemmed (the first five
    letters: Russia/Russian, strike/strikes, diplomat/diplomats)."""
    words = set()
    sentence = UNITED_STATES.sub(" usa ", sentence)  # "US" would otherwise be the pronoun
    for word in WORD.findall(sentence.lower().replace("\u2019", "'")):
        word = word.strip(".,")
        if word in STOPWORDS or len(word) < 2:
            continue
        words.add(word if word[0].isdigit() or word[0] == "$" else word[:5])
    return words


# --- dates -----------------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_interval(value: str | None, precision: str | None = None) -> tuple[date, date] | None:
    """First and last day an ISO prefix covers: 2015 -> 2015-01-01..2015-12-31, 195 (a decade) ->
    1950-01-01..1959-12-31. None for a value it cannot read."""
    if not value:
        return None
    if re.fullmatch(r"\d{3}", value):
        return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            one = date(year, month, day)
            return one, one
        if month is not None:
            last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
            return date(year, month, 1), last
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


# --- mentions ----------------------------------------------------------------------------------------

def principal(code: str | None) -> str | None:
    """The country or organisation of an actor code: TURMIL -> TUR, IGOUNO -> IGOUNO."""
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


@dataclass
class Mention:
    """One stored event, with what clustering compares."""

    event: dict[str, Any]
    published: str | None
    interval: tuple[date, date] | None
    firm: bool  # dated by words of its own sentence, not by publication nor carried over from before
    words: set[str] = field(default_factory=set)
    trigger: str = ""
    id: int = field(init=False)  # the event's id, read millions of times while linking a busy dyad

    def __post_init__(self) -> None:
        self.id = self.event["id"]


def mention_of(event: dict[str, Any], published: str | None, settings: ClusterSettings,
             dated: set[tuple[str, int]] | None = None) -> Mention:
    """`dated`: the (article, sentence) pairs holding a date of their own (None: take every
    text-dated event as dated by its sentence)."""
    by_text = event.get("date_source") != "publication"
    sentence = (event.get("evidence") or {}).get("sentence")
    firm = by_text and (dated is None or (event["article_id"], sentence) in dated)
    interval = date_interval(event.get("date"), event.get("precision"))
    if not firm and published:
        # By publication: that day or the week before. Carried over from an earlier sentence: between
        # that date and publication, give or take the same week.
        day = date.fromisoformat(published)
        low, high = (interval if by_text and interval else (day, day))
        interval = (min(low, day) - timedelta(days=settings.window), max(high, day))
    evidence = event.get("evidence") or {}
    trigger = " ".join(sorted(content_words(event.get("trigger") or "")))
    return Mention(event, published, interval, firm, content_words(evidence.get("text") or ""), trigger)


def _domestic(m: Mention) -> bool:
    s, t = principal(m.event.get("source")), principal(m.event.get("target"))
    return s is not None and s == t


def _side(a: str | None, b: str | None, domestic: bool) -> str:
    """'same', 'open' (a side one of them does not name: nothing confirms it) or 'different'."""
    if not a or not b:
        return "open"
    if domestic:
        return "same" if a.startswith(b) or b.startswith(a) else "different"
    return "same" if principal(a) == principal(b) else "different"


def dyad_agreement(a: Mention, b: Mention) -> str | None:
    """'same' when both sides agree, 'open' when they agree where named, None when they differ."""
    domestic = _domestic(a) or _domestic(b)
    orders = [(b.event.get("source"), b.event.get("target"))]
    if a.event["root"] in SYMMETRIC_ROOTS:
        orders.append((b.event.get("target"), b.event.get("source")))
    best = None
    for source, target in orders:
        sides = (_side(a.event.get("source"), source, domestic), _side(a.event.get("target"), target, domestic))
        if "different" in sides:
            continue
        if sides == ("same", "same"):
            return "same"
        if sides.count("open") == 1:  # one side agrees, the other is not named by both; none agreeing is too little
            best = "open"
    return best


def _day_gap(a: tuple[date, date], b: tuple[date, date]) -> int:
    """Days between two intervals (0 when they overlap)."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


# --- similarity --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WordFrequencies:
    """In how many evidence sentences each content word stands, and how many sentences there are."""

    sentences: int
    counts: dict[str, int]

    @classmethod
    def of(cls, texts: Iterable[str]) -> WordFrequencies:
        counts: Counter = Counter()
        n = 0
        for text in texts:
            counts.update(content_words(text))
            n += 1
        return cls(n, dict(counts))


_store_frequencies: dict[tuple[str, int], tuple[tuple[int, int], WordFrequencies]] = {}


def store_frequencies(store: Store) -> WordFrequencies:
    """Word frequencies over every evidence sentence of the store, kept until its events change: how
    rare a word is does not then depend on which events a query happens to select."""
    version = queries.events_version(store)
    key = (store.url, id(store.engine))  # in-memory stores share a URL
    kept = _store_frequencies.get(key)
    if kept is None or kept[0] != version:
        kept = (version, _stored_or_counted(store, version))
        _store_frequencies[key] = kept
    return kept[1]


def _stored_or_counted(store: Store, version: tuple[int, int]) -> WordFrequencies:
    """The frequencies the store keeps for this events version; else counted (reading every evidence
    sentence: seconds at a million events) and kept for the next process."""
    stored = queries.stored_word_frequencies(store, version)
    if stored is not None:
        return WordFrequencies(*stored)
    counted = WordFrequencies.of(queries.evidence_sentences(store))
    try:
        queries.save_word_frequencies(store, version, counted.sentences, counted.counts)
    except SQLAlchemyError:  # a store opened read-only: count again next time
        pass
    return counted


class Similarity:
    """Cosine of IDF-weighted content words, plus bonuses for the same trigger and the same code."""

    def __init__(self, mentions: list[Mention], settings: ClusterSettings, frequencies: WordFrequencies | None = None) -> None:
        self.settings = settings
        if frequencies is None:  # from the sentences being clustered
            sentences: dict[tuple[str, int], set[str]] = {}
            for m in mentions:
                sentences[(m.event["article_id"], (m.event.get("evidence") or {}).get("sentence", -1))] = m.words
            frequencies = WordFrequencies(len(sentences), dict(Counter(w for words in sentences.values() for w in words)))
        count = max(frequencies.sentences, 1)
        self.idf: dict[str, float] = defaultdict(lambda: math.log(1 + count) + 1.0)  # a word never seen is rare
        words = set().union(*(m.words for m in mentions))  # the store's vocabulary is far larger
        self.idf.update({word: math.log((1 + count) / (1 + n)) + 1.0 for word in words
                         if (n := frequencies.counts.get(word)) is not None})
        # Sums over sets of words, whose order follows the process's hash seed: math.fsum rounds the
        # exact sum, whatever the order, so every process gives the same scores (and clusters).
        self.norm = {m.id: math.sqrt(math.fsum(self.idf[w] ** 2 for w in m.words)) or 1.0 for m in mentions}

    def __call__(self, a: Mention, b: Mention) -> float:
        shared = a.words & b.words
        cosine = math.fsum(self.idf[w] ** 2 for w in shared) / (self.norm[a.id] * self.norm[b.id])
        bonus = 0.0
        if a.trigger and a.trigger == b.trigger:
            bonus += self.settings.trigger_bonus
        if a.event["code"] == b.event["code"]:
            bonus += self.settings.code_bonus
        if a.event["article_id"] == b.event["article_id"] and _same_day(a, b):
            bonus += self.settings.same_story_bonus  # one report tells one day's strike twice, in other words
        return cosine + bonus


def _same_day(a: Mention, b: Mention) -> bool:
    """Both dated by the text (their own sentence or the one the story goes on from) to one same day
    (two mentions dated by their report's day joined so: one wrong pair in the same-event gold)."""
    ea, eb = a.event, b.event
    return (ea.get("precision") == eb.get("precision") == "day" and ea.get("date") == eb.get("date")
            and ea.get("date_source") == eb.get("date_source") == "text")


def modalities_agree(ea: dict[str, Any], eb: dict[str, Any]) -> bool:
    """Facts with facts (asserted, reported), plans with plans (planned, expected), a denial with a
    denial, a hypothesis with a hypothesis; and a plan with a fact when two articles tell them (the
    visit announced on Monday and made on Tuesday), never inside one article, which states its plans
    and its facts apart."""
    ga = MODALITY_GROUPS.get(ea.get("modality"), ea.get("modality"))
    gb = MODALITY_GROUPS.get(eb.get("modality"), eb.get("modality"))
    if ga == gb:
        return True
    return {ga, gb} == {"occurred", "future"} and ea["article_id"] != eb["article_id"]


def _same_sentence(a: Mention, b: Mention) -> bool:
    ea, eb = a.event, b.event
    return ea["article_id"] == eb["article_id"] and (ea.get("evidence") or {}).get("sentence") == (eb.get("evidence") or {}).get("sentence")


def pair_requirement(a: Mention, b: Mention, settings: ClusterSettings) -> float | None:
    """The similarity two mentions need to be one event (0 when nothing but the threshold applies),
    or None when they cannot be one event whatever their words."""
    ea, eb = a.event, b.event
    if ea["root"] != eb["root"] or not modalities_agree(ea, eb):
        return None
    dyad = dyad_agreement(a, b)
    if dyad is None:
        return None
    if _same_sentence(a, b):
        # two events one sentence states side by side, unless it is one symmetric event told both ways
        reversed_pair = ea.get("source") == eb.get("target") and ea.get("target") == eb.get("source")
        if not (reversed_pair and ea["root"] in SYMMETRIC_ROOTS):
            return None
    need = settings.partial_threshold if dyad == "open" else 0.0
    if a.interval is None or b.interval is None:
        return need if ea.get("date") == eb.get("date") else None
    gap = _day_gap(a.interval, b.interval)
    if gap == 0:
        return need
    if a.firm and b.firm and gap <= settings.day_tolerance:
        return max(need, settings.tolerance_similarity)
    return None


def pair_score(a: Mention, b: Mention, similarity: Similarity, settings: ClusterSettings) -> float | None:
    """How alike two mentions are, or None when they cannot be one event."""
    need = pair_requirement(a, b, settings)
    if need is None:
        return None
    score = similarity(a, b)
    return score if score >= need else None


# --- clustering --------------------------------------------------------------------------------------

def _blocks(mentions: list[Mention]) -> Iterable[list[Mention]]:
    """Mentions that could be one event share a root."""
    by_root: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_root[m.event["root"]].append(m)
    yield from by_root.values()


def candidate_pairs(block: list[Mention], settings: ClusterSettings) -> Iterable[tuple[Mention, Mention]]:
    """The pairs worth comparing: they share a country or organisation on a side (on either side for
    the symmetric roots) and their dates come within the day tolerance of each other. Sorting by date
    keeps a large store from comparing every pair of its events."""
    buckets: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in block:
        symmetric = m.event["root"] in SYMMETRIC_ROOTS
        for side, code in (("S", m.event.get("source")), ("T", m.event.get("target"))):
            if (country := principal(code)) is not None:
                buckets[("A" if symmetric else side, country)].append(m)
    tolerance = timedelta(days=settings.day_tolerance)
    seen: set[tuple[int, int]] = set()

    def fresh(a: Mention, b: Mention) -> bool:
        key = (min(a.id, b.id), max(a.id, b.id))
        if key in seen:
            return False
        seen.add(key)
        return True

    for bucket in buckets.values():
        dated = sorted((m for m in bucket if m.interval), key=lambda m: (m.interval[0], m.id))
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if b.interval[0] > a.interval[1] + tolerance:
                    break
                if fresh(a, b):
                    yield (a, b) if a.id < b.id else (b, a)
        undated = [m for m in bucket if not m.interval]
        for a in undated:
            for b in bucket:
                if a is not b and fresh(a, b):
                    yield (a, b) if a.id < b.id else (b, a)


def group_mentions(mentions: list[Mention], settings: ClusterSettings = DEFAULT_SETTINGS,
                   frequencies: WordFrequencies | None = None) -> list[list[Mention]]:
    """Average-linkage clustering under the compatibility rules, then retrospective mentions ("after
    Turkey shot down a Russian bomber in November 2015") joined to the only event they can be;
    every mention in exactly one group."""
    similarity = Similarity(mentions, settings, frequencies)
    groups: list[list[Mention]] = []
    for block in _blocks(mentions):
        block.sort(key=lambda m: m.id)
        scores: dict[tuple[int, int], float] = {}
        for a, b in candidate_pairs(block, settings):
            score = pair_score(a, b, similarity, settings)
            if score is not None:
                scores[(a.id, b.id)] = score
        members = _link(block, scores, settings.threshold)
        groups.extend(_attach_retrospective(members, scores, settings))
    return groups


def _cross(scores: dict[tuple[int, int], float], one: list[Mention], other: list[Mention]) -> list[float] | None:
    """Scores of every pair across two groups, or None as soon as a pair cannot be one event (large
    groups of a busy dyad meet often: stopping at the first such pair keeps that cheap)."""
    others = [b.id for b in other]
    cross = []
    for a in [m.id for m in one]:
        for b in others:
            score = scores.get((a, b) if a < b else (b, a))
            if score is None:
                return None
            cross.append(score)
    return cross


def _link(block: list[Mention], scores: dict[tuple[int, int], float], threshold: float) -> list[list[Mention]]:
    """Average linkage, the most similar pair first. Two groups can be joined only when every pair
    across them has a score; counting the scored pairs between groups tells that without looking at
    the pairs, and a pair of groups found too far apart stays so until one of them grows, so a busy
    dyad-year's thousands of pairs between the same large groups are not compared again and again.
    What is joined, and in which order, is what comparing every time would give."""
    group_of = {m.id: i for i, m in enumerate(block)}
    members: dict[int, list[Mention]] = {i: [m] for i, m in enumerate(block)}
    scored: dict[int, Counter] = defaultdict(Counter)  # group -> other group -> scored pairs between them
    for x, y in scores:
        scored[group_of[x]][group_of[y]] += 1
        scored[group_of[y]][group_of[x]] += 1
    grown = dict.fromkeys(members, 0)  # how often each group has grown
    apart: dict[tuple[int, int], tuple[int, int]] = {}  # (gx, gy) -> their growth when found too far apart
    for (x, y), _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        gx, gy = group_of[x], group_of[y]
        if gx == gy or scored[gx][gy] < len(members[gx]) * len(members[gy]):
            continue  # a pair across them cannot be one event
        if apart.get((gx, gy)) == (grown[gx], grown[gy]):
            continue
        cross = _cross(scores, members[gx], members[gy])
        if cross is None or sum(cross) / len(cross) < threshold:
            apart[(gx, gy)] = (grown[gx], grown[gy])
            continue
        members[gx].extend(members.pop(gy))
        grown[gx] += 1
        for m in members[gx]:
            group_of[m.id] = gx
        _merge_counts(scored, gx, gy)
    return list(members.values())


def _merge_counts(scored: dict[int, Counter], into: int, gone: int) -> None:
    """Group `gone` joined group `into`: its scored pairs with every other group now are `into`'s."""
    for other, count in scored.pop(gone).items():
        if other == into:
            continue
        del scored[other][gone]
        scored[other][into] += count
        scored[into][other] += count
    del scored[into][gone]


def _retrospective(group: list[Mention]) -> int | None:
    """How many days the narrowest date of a group covers, when every mention of it looks back at a
    done thing with a month or more of precision ("after Turkey shot down a Russian bomber in November
    2015"): asserted or reported, dated by its own words, before its report's month is out. None
    for any other group."""
    widths = []
    for m in group:
        if not (m.firm and m.interval and m.event.get("modality") in ("asserted", "reported")):
            return None
        if m.published and m.interval[1] >= date.fromisoformat(m.published):
            return None
        widths.append((m.interval[1] - m.interval[0]).days + 1)
    return min(widths) if widths and min(widths) >= 28 else None


def _narrowest(group: list[Mention]) -> int:
    widths = [(m.interval[1] - m.interval[0]).days + 1 for m in group if m.interval]
    return min(widths) if widths else 1 << 30


def _attach_retrospective(groups: list[list[Mention]], scores: dict[tuple[int, int], float],
                          settings: ClusterSettings) -> list[list[Mention]]:
    """A group that only looks back ("Russia began bombing targets in Syria in September") joins a
    more precisely dated group when that is the only group it can be one event with and they share
    some words."""
    looking_back = [(width, group) for group in groups if (width := _retrospective(group)) is not None]
    for width, group in sorted(looking_back, key=lambda item: -item[0]):
        candidates = []
        for other in groups:
            if other is group or _narrowest(other) >= width:
                continue
            cross = _cross(scores, group, other)
            if cross is not None:
                candidates.append((sum(cross) / len(cross), other))
        if len(candidates) == 1 and candidates[0][0] >= settings.attach_threshold:
            candidates[0][1].extend(group)
            groups = [g for g in groups if g is not group]
    return groups


def _most_common(values: list[Any], prefer: Any = None) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    tied = [v for v in values if v is not None and counts[v] == top]
    return max(tied, key=prefer) if prefer else tied[0]


def _dyad_of(events: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The dyad most mentions give, both sides together (a meeting told as A-B and as B-A counts in
    the first orientation); on a tie the most specific codes, then the first report's."""
    symmetric = events[0]["root"] in SYMMETRIC_ROOTS
    counts: Counter = Counter()
    for e in events:
        pair = (e.get("source"), e.get("target"))
        if symmetric and pair not in counts and pair[::-1] in counts:
            pair = pair[::-1]
        counts[pair] += 1
    best = max(counts.values())
    tied = [pair for pair in counts if counts[pair] == best]
    return max(tied, key=lambda pair: sum(len(code or "") for code in pair))


def _best_date(mentions: list[Mention]) -> tuple[str, str, str]:
    """The most precise date among the mentions, text-dated before publication-dated; among equally
    precise ones the most told (then the first report's)."""
    ranked = sorted(mentions, key=lambda m: (not m.firm, PRECISION_RANK.get(m.event.get("precision") or "", 9)))
    best = ranked[0]
    peers = [m for m in ranked if m.firm == best.firm and m.event.get("precision") == best.event.get("precision")]
    value = _most_common([m.event.get("date") for m in peers])
    return value, best.event.get("precision"), best.event.get("date_source")


def describe(group: list[Mention], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One clustered event: its coding (the most told, the most specific on a tie), its most precise
    date, its modality, its mentions with their evidence, the articles that report it and the first."""
    from datelines.ontology.cameo import lookup

    events = [m.event for m in sorted(group, key=lambda m: ((m.published or ""), m.id))]
    code = _most_common([e["code"] for e in events], prefer=len)
    source, target = _dyad_of(events)
    modality = min((e.get("modality") for e in events), key=lambda x: MODALITY_ORDER.index(x) if x in MODALITY_ORDER else 99)
    when, precision, date_source = _best_date(group)
    try:
        cameo = lookup(code)
        goldstein, quad, plover = cameo.goldstein, cameo.quad, cameo.plover
    except (KeyError, ValueError):
        goldstein, quad, plover = events[0].get("goldstein"), events[0].get("quad"), events[0].get("plover")
    reporting = list(dict.fromkeys(e["article_id"] for e in events))
    sources = [_article_summary(articles.get(a), a) for a in reporting]
    return {
        "id": min(e["id"] for e in events),
        "date": when,
        "precision": precision,
        "date_source": date_source,
        "root": events[0]["root"],
        "code": code,
        "source": source,
        "target": target,
        "modality": modality,
        "goldstein": goldstein,
        "quad": quad,
        "plover": plover,
        "confidence": max((e.get("confidence") or 0.0) for e in events),
        "reports": len(reporting),
        "mentions": len(events),
        "first_report": sources[0],
        "sources": sources,
        "event_ids": [e["id"] for e in events],
        "evidence": [{**(e.get("evidence") or {}), "event_id": e["id"], "article_id": e["article_id"],
                      "published": (articles.get(e["article_id"]) or {}).get("published"),
                      **{k: e.get(k) for k in MENTION_FIELDS}} for e in events],
    }


def _article_summary(article: dict[str, Any] | None, article_id: str) -> dict[str, Any]:
    article = article or {}
    return {"id": article_id, "published": article.get("published"), "title": article.get("title"),
            "url": article.get("url"), "source": article.get("source")}


def cluster_events(events: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
                   settings: ClusterSettings = DEFAULT_SETTINGS,
                   dated: set[tuple[str, int]] | None = None,
                   frequencies: WordFrequencies | None = None) -> list[dict[str, Any]]:
    """Stored events (as `list_events` gives them) -> clustered events, ordered by date. `articles`:
    id -> {published, title, ...}; `dated`: the (article, sentence) pairs with a date of their own;
    `frequencies`: how common words are (default: among these events' sentences)."""
    mentions = [mention_of(e, (articles.get(e["article_id"]) or {}).get("published"), settings, dated) for e in events]
    clustered = [describe(group, articles) for group in group_mentions(mentions, settings, frequencies)]
    return sorted(clustered, key=timeline_order)


def timeline_order(event: dict[str, Any]) -> tuple:
    """By date (an ISO prefix sorts before the days it covers: 2015-11 before 2015-11-24), then by the
    first report, then by id."""
    return (event.get("date") or "", (event.get("first_report") or {}).get("published") or "", event["id"])


def clustered_events(store: Store, flt: queries.EventFilter,
                     settings: ClusterSettings = DEFAULT_SETTINGS) -> list[dict[str, Any]]:
    """The stored events the filter selects, clustered into the events they tell (read from the
    store when it keeps this answer for its current events: datelines.query.cluster_cache)."""
    return _answer(store, flt, settings).entries()


def clustered_page(store: Store, flt: queries.EventFilter, settings: ClusterSettings = DEFAULT_SETTINGS,
                   offset: int = 0, limit: int | None = None) -> tuple[int, list[dict[str, Any]]]:
    """How many clustered events the filter selects, and those [offset:offset + limit]: a kept
    answer builds only the page (its evidence is most of the answer)."""
    answer = _answer(store, flt, settings)
    return len(answer), answer.entries(offset, None if limit is None else offset + limit)


def clustered_heads(store: Store, flt: queries.EventFilter,
                    settings: ClusterSettings = DEFAULT_SETTINGS) -> list[dict[str, Any]]:
    """The clustered events without their reports and evidence: their date, coding, confidence and
    counts, all a series or a network reads."""
    return _answer(store, flt, settings).heads()


def _answer(store: Store, flt: queries.EventFilter, settings: ClusterSettings) -> KeptAnswer:
    from datelines.query.cluster_cache import kept_or_computed

    return kept_or_computed(store, flt, settings, lambda: cluster_now(store, flt, settings))


def cluster_now(store: Store, flt: queries.EventFilter,
                settings: ClusterSettings = DEFAULT_SETTINGS) -> list[dict[str, Any]]:
    """The stored events the filter selects, clustered at question time."""
    events = queries.list_events(store, replace(flt, limit=None, offset=0))
    article_ids = [e["article_id"] for e in events]
    articles = queries.articles_by_id(store, article_ids)
    return cluster_events(events, articles, settings, queries.dated_sentences(store, article_ids), store_frequencies(store))
