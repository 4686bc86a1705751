"""One timeline across articles: each dated event traced to its sentences, with date conflicts.

Every time expression with a resolved calendar value (``2026-03-02``, ``2026-03``,
``2026-03-02T14:00``) dates the event of its sentence: the sentence's claim (subject,
predicate, object) where the claims extractor gives one, else the sentence itself. Events
from different articles are one entry when their predicates agree and their arguments
mostly share content words (candidates from an inverted index, never all pairs). An entry
whose outlets give dates that cannot both hold (2 March against 3 March; a month against a
day outside it) is listed as a date conflict.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract._timex_calendar import parse_anchor
from ..model import ArticleFindings, Claim, Span
from ._grouping import ArticleFacts, UnionFind, jaccard, overlap, similar_pairs
from .lexical import content_stems, stem
from .types import DateConflict, TimelineEntry, TimelineMention
from .verdicts import CLOSE_CHECKS, worded_alike

SAME_EVENT = 0.5
_FULL_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}){0,2})?)?$")


def is_calendar_value(value: str) -> bool:
    """A resolved year-month, date or date-time (not "XXXX-03-02", not a week or season)."""
    return bool(_FULL_DATE.match(value))


def compatible(a: str, b: str) -> bool:
    """Can both values date the same event? "2026-03" and "2026-03-02" can; two days cannot.

    Times of day are not compared: outlets round them differently.
    """
    a, b = a[:10], b[:10]
    return a.startswith(b) or b.startswith(a)


@dataclass(frozen=True)
class _Event:
    mention: TimelineMention
    claim: Claim | None
    predicate: str | None
    args: frozenset[str]
    terms: frozenset[str]
    sentence_terms: frozenset[str]


def _event_of(claims: Sequence[Claim], timex: Span) -> Claim | None:
    for c in claims:
        if timex in c.timex:
            return c
    return claims[0] if claims else None


def build_timeline(
    findings: Sequence[ArticleFindings], facts: dict[str, ArticleFacts]
) -> tuple[tuple[TimelineEntry, ...], tuple[DateConflict, ...]]:
    claims_of: dict[tuple[str, Span], list[Claim]] = defaultdict(list)
    for found in findings:
        for c in found.claims:
            claims_of[(c.article, c.sentence)].append(c)
    events: list[_Event] = []
    for found in findings:
        fact = facts[found.article.id]
        for t in found.timex:
            if t.type not in ("DATE", "TIME") or not is_calendar_value(t.value):
                continue
            claim = _event_of(claims_of.get((t.article, t.sentence), []), t.span)
            mention = TimelineMention(
                t.value, fact.published, fact.id, fact.outlet, t.span, t.sentence, t.text
            )
            sentence = t.sentence.of(fact.text)
            rest = frozenset(content_stems(sentence.replace(t.text, " ")))
            if claim is not None and claim.predicate:
                predicate = " ".join(content_stems(claim.predicate)) or claim.predicate.lower()
                args = frozenset(content_stems(f"{claim.subject or ''} {claim.object or ''}"))
                terms = args | {"P:" + predicate}
            else:
                predicate, args, terms = None, rest, rest
            events.append(_Event(mention, claim, predicate, args, terms, rest))
    events = _one_date_per_event(events)
    events.sort(key=lambda e: (e.mention.article, e.mention.timex, e.mention.value))

    def score(i: int, j: int) -> float:
        a, b = events[i], events[j]
        if a.predicate and b.predicate:
            if a.predicate != b.predicate:
                return 0.0
            if a.args and b.args:
                # One outlet's object may say more ("on March 2 over unpaid wages").
                shared = len(a.args & b.args)
                return max(jaccard(a.args, b.args), overlap(a.args, b.args) if shared >= 2 else 0.0)
            return jaccard(a.sentence_terms, b.sentence_terms)
        return jaccard(a.sentence_terms, b.sentence_terms)

    uf = UnionFind[int]()
    # Identical events join at once; only distinct ones go through the index.
    distinct: dict[tuple[str | None, frozenset[str], frozenset[str]], int] = {}
    for i, e in enumerate(events):
        uf.union(distinct.setdefault((e.predicate, e.args, e.sentence_terms), i), i)
    reps = sorted(distinct.values())
    for i, j, _s in similar_pairs(
        [events[r].terms for r in reps], lambda x, y: score(reps[x], reps[y]), SAME_EVENT
    ):
        uf.union(reps[i], reps[j])
    clusters = [sorted(g) for g in uf.groups()]

    drafts = []
    for members in clusters:
        group = [events[i] for i in members]
        drafts.append((_date_of(group), group))
    drafts.sort(key=lambda d: (d[0], _event_text(d[1][0], facts), d[1][0].mention))
    entries: list[TimelineEntry] = []
    conflicts: list[DateConflict] = []
    for n, (date, group) in enumerate(drafts, start=1):
        eid = f"t{n}"
        head = group[0]
        mentions = tuple(sorted(e.mention for e in group))
        claim = head.claim if head.predicate else None
        event = _event_text(head, facts)
        entries.append(
            TimelineEntry(
                id=eid,
                date=date,
                dates=tuple(sorted({m.value for m in mentions})),
                event=event,
                subject=claim.subject if claim else None,
                predicate=claim.predicate if claim else None,
                object=claim.object if claim else None,
                mentions=mentions,
                outlets=tuple(sorted({m.outlet for m in mentions})),
            )
        )
        conflict = None
        if not _is_state(head.predicate):
            conflict = _conflict(eid, event, mentions, _wordings_by_value(group))
        if conflict is not None:
            conflicts.append(conflict)
    return tuple(entries), tuple(conflicts)


# A state holds on many days ("the town was quiet on Tuesday"): two dates for it are no
# disagreement, unlike two dates for an event ("the strike began on March 2").
_STATE_WORDS = ("be", "have", "remain", "seem", "stay", "appear")
_STATE_PREDICATES = frozenset(_STATE_WORDS) | {stem(w) for w in _STATE_WORDS}
RECURRENCE_DAYS = 7


def _is_state(predicate: str | None) -> bool:
    return predicate is not None and set(predicate.split()) <= _STATE_PREDICATES


def _one_date_per_event(events: list[_Event]) -> list[_Event]:
    """One date per event of a sentence: the most specific value, then the first written.

    "The strike began on March 2, last month" dates the strike once, on March 2; the other
    expression qualifies it and would otherwise read as a second, conflicting date.
    """
    best: dict[tuple[str, Span, int], _Event] = {}
    for e in events:
        key = (e.mention.article, e.mention.sentence, id(e.claim) if e.claim else 0)
        held = best.get(key)
        if held is None or (len(e.mention.value[:10]), -e.mention.timex.start) > (
            len(held.mention.value[:10]),
            -held.mention.timex.start,
        ):
            best[key] = e
    return [
        e
        for e in events
        if best[(e.mention.article, e.mention.sentence, id(e.claim) if e.claim else 0)] is e
    ]


def _event_text(event: _Event, facts: dict[str, ArticleFacts]) -> str:
    c = event.claim
    if c is not None and c.predicate:
        return " ".join(" ".join(x.split()) for x in (c.subject, c.predicate, c.object) if x)
    m = event.mention
    return " ".join(m.sentence.of(facts[m.article].text).split())


def _date_of(group: Sequence[_Event]) -> str:
    """The value most outlets give (ties: the earliest), refined to the most specific value
    compatible with it."""
    outlets: dict[str, set[str]] = defaultdict(set)
    for e in group:
        outlets[e.mention.value].add(e.mention.outlet)
    best = sorted(outlets, key=lambda v: (-len(outlets[v]), v))[0]
    refined = [v for v in outlets if compatible(v, best) and len(v) > len(best)]
    return sorted(refined, key=lambda v: (-len(outlets[v]), -len(v), v))[0] if refined else best


def _recurs(a: str, b: str, mentions: Sequence[TimelineMention]) -> bool:
    """Whether two days for one event read as the event happening again: articles published
    a week or more apart, each dating it within a week of its own publication ("protesters
    marched on Friday" in a report of July 22 and in one of August 5)."""
    near: dict[str, list[dt.date]] = {a: [], b: []}
    for m in mentions:
        if m.value not in near:
            continue
        day, published = parse_anchor(m.value), parse_anchor(m.published)
        if day is None or published is None or abs((day - published).days) > RECURRENCE_DAYS:
            return False
        near[m.value].append(published)
    return all(
        abs((pa - pb).days) >= RECURRENCE_DAYS for pa in near[a] for pb in near[b]
    )


def _wordings_by_value(group: Sequence[_Event]) -> dict[str, list[frozenset[str]]]:
    """Each date value of an entry -> the content words of the sentences that give it."""
    out: dict[str, list[frozenset[str]]] = defaultdict(list)
    for e in group:
        out[e.mention.value].append(e.sentence_terms)
    return out


def _said_alike(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> bool:
    """Whether some sentence giving one date and some giving the other state the same thing
    (most of their words shared): only then are two dates a disagreement. Entries join on
    predicate and arguments, so "the council voted to impose" sanctions one week and a
    no-fly zone the next would otherwise be one event with two dates."""
    return any(worded_alike(x, y) for x in a[:CLOSE_CHECKS] for y in b[:CLOSE_CHECKS])


def _conflict(
    eid: str,
    event: str,
    mentions: Sequence[TimelineMention],
    wordings: dict[str, list[frozenset[str]]],
) -> DateConflict | None:
    by_value: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_value[m.value].add(m.outlet)
    values = sorted(by_value)
    # Incompatible values given by at least two outlets between them, in wordings of the
    # same statement.
    clash = any(
        not compatible(a, b)
        and len(by_value[a] | by_value[b]) >= 2
        and not _recurs(a, b, mentions)
        and _said_alike(wordings[a], wordings[b])
        for i, a in enumerate(values)
        for b in values[i + 1 :]
    )
    if not clash or len({m.outlet for m in mentions}) < 2:
        return None
    counts = Counter(m.value for m in mentions)
    return DateConflict(
        eid,
        event,
        tuple(
            (v, tuple(sorted(by_value[v]))) for v in sorted(values, key=lambda v: (-counts[v], v))
        ),
    )
