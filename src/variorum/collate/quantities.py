"""Line up the quantities that several articles give for the same thing, and judge them.

Two quantities share a row when they measure the same concept in the same unit about the
same event: their sentences belong to one aligned claim group (or are lexically close), and
the words around each number (its verb and modifiers: "turned away in the first week" vs
"let in later") overlap. The counted noun alone is never enough.

Each row is judged by interval arithmetic on what the numbers allow: "more than 300" is
[300, inf), "up to 400" is (-inf, 400], "around a dozen" is 12 +- 25%. Rows whose exact
readings intersect *agree*; rows that meet only once approximations are widened differ only
in *precision*; disjoint readings *conflict*, unless they are a developing story's successive
figures for a running count (an *update*, see ``_updates``).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..model import ArticleFindings, Quantity, Span
from ._quantity_scope import FigureScopes, PlacesAndYears, placed_apart
from ._updates import is_update, runs_on
from .lexical import content_stems, stem

Agreement = Literal["agree", "precision", "conflict", "update", "single-source"]

APPROXIMATE_SPREAD = 0.25  # "around a dozen" covers 12 +- 25%
ROUNDING_SPREAD = 0.02  # "$40 million" may be a rounded "$40.6 million"
CONTEXT_WINDOW = 6  # content words either side of a number that say what it counts
MIN_CONTEXT_OVERLAP = 0.2  # Jaccard of those words for two numbers to count the same thing
CROSS_GROUP_CONTEXT_OVERLAP = 0.3  # context Jaccard for numbers outside one claim group
# The same distinctive figure ("$40 million", "4.5%") under another name ("the deal" /
# "the settlement") is one row when most of the shorter context is in the longer one.
SAME_FIGURE_CONTEXT_OVERLAP = 0.5
# Units that measure rather than count: a head count join never applies to them.
_NOT_COUNTED = frozenset(
    stem(u) for u in (
        "percent", "year", "month", "week", "day", "hour", "minute", "second", "year of age",
        "people", "person", "time",
    )
)
DISTINCTIVE_FROM = 100.0  # counts below this ("two men") recur by chance

# A sum over several things ("five planes took a total of 80 tonnes", "40 tonnes in
# all") and one thing's figure ("one plane took 15 tonnes") are different amounts.
_TOTAL_BEFORE = re.compile(
    r"\b(?:a total of|an? (?:combined|aggregate|cumulative)(?: total of)?|in total|in all"
    r"|altogether)[\s,]*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    r"[\s,]*(?:combined\b|(?:[\w-]+ ){0,3}?(?:in total|in all|altogether)\b)", re.IGNORECASE
)

_CLAUSE_BREAK = re.compile(r"[;:,()]|\s(?:while|whereas|but|and then|although)\s")


@dataclass(frozen=True)
class QuantityRow:
    """Quantities from several articles that measure one thing, with the verdict on them.

    ``members`` are sorted by article then position, at most one per article. ``interval``
    is what all members allow together (None on conflict). ``readings`` splits the members
    into mutually compatible sets: more than one reading means a conflict, or an update
    (successive figures for a running count). ``claim_group`` is the id of the aligned
    claim group the sentences belong to, when there is one.
    """

    id: str
    concept: str | None
    unit: str | None
    members: tuple[Quantity, ...]
    articles: tuple[str, ...]
    agreement: Agreement
    interval: tuple[float, float] | None
    readings: tuple[tuple[Quantity, ...], ...]
    claim_group: str | None


_VAGUE_PLURAL = re.compile(
    r"(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|millions|billions)"
)


def is_vague(quantity: Quantity) -> bool:
    """ "hundreds", "dozens", "tens of thousands": an order of magnitude, not a number."""
    return _VAGUE_PLURAL.fullmatch(quantity.text.strip().lower()) is not None


def interval(quantity: Quantity, *, widen: bool = False) -> tuple[float, float] | None:
    """The values ``quantity`` allows; ``widen`` adds the slack of approximate wording.

    A vague plural allows no exact value: only widened does it allow two to ten times its
    unit ("hundreds" is 200 to 1,000), so it can agree with a figure only in precision.
    """
    value, low, high = quantity.value, quantity.low, quantity.high
    change = quantity.change
    if is_vague(quantity) and value is not None:
        return (2 * value, 10 * value) if widen else None
    if change == ">":
        base = low if low is not None else value
        return None if base is None else (base, math.inf)
    if change == "<":
        base = high if high is not None else value
        return None if base is None else (-math.inf, base)
    if low is not None and high is not None:
        lo, hi = low, high
    elif value is not None:
        lo = hi = value
    else:
        return None
    if change == "~" and widen:
        spread = APPROXIMATE_SPREAD
    elif widen:
        spread = ROUNDING_SPREAD
    else:
        return (lo, hi)
    return (lo - abs(lo) * spread, hi + abs(hi) * spread)


def _intersect(
    intervals: Sequence[tuple[float, float]],
) -> tuple[float, float] | None:
    lo = max(i[0] for i in intervals)
    hi = min(i[1] for i in intervals)
    return (lo, hi) if lo <= hi else None


def judge(members: Sequence[Quantity]) -> tuple[Agreement, tuple[float, float] | None]:
    """The verdict on quantities stated for one thing, and the interval they share."""
    if len({q.article for q in members}) < 2:
        only = interval(members[0]) if members else None
        return "single-source", only
    exact = [i for q in members if (i := interval(q)) is not None]
    vague = [i for q in members if interval(q) is None and (i := interval(q, widen=True))]
    if not exact:  # only vague words ("hundreds" in two outlets): alike, or apart
        together = _intersect(vague) if vague else None
        return ("agree", together) if together or not vague else ("conflict", None)
    shared = _intersect(exact)
    if shared is not None and not vague:
        return "agree", shared
    if shared is not None and (within := _intersect([shared, *vague])) is not None:
        return "precision", within
    wide = [i for q in members if (i := interval(q, widen=True)) is not None]
    shared = _intersect(wide)
    if shared is not None:
        return "precision", shared
    return "conflict", None


def judge_in_time(
    members: Sequence[Quantity], published: Mapping[str, str], texts: Mapping[str, str]
) -> tuple[Agreement, tuple[float, float] | None, tuple[tuple[Quantity, ...], ...]]:
    """``judge``, with a conflict that is a running count's successive figures an *update*;
    and the readings: the disjoint ones of a conflict or an update, else all members."""
    agreement, shared = judge(members)
    if agreement != "conflict":
        return agreement, shared, (tuple(members),)
    split = readings(members)
    running = is_update(members, published, texts, lambda q: interval(q, widen=True))
    return ("update" if running else "conflict"), shared, split


def readings(members: Sequence[Quantity]) -> tuple[tuple[Quantity, ...], ...]:
    """Members grouped into sets whose (widened) intervals share a point, lowest first."""
    ordered = sorted(
        members, key=lambda q: ((interval(q, widen=True) or (0.0, 0.0))[0], q.article)
    )
    out: list[list[Quantity]] = []
    current: tuple[float, float] | None = None
    for q in ordered:
        span = interval(q, widen=True)
        if span is None:
            continue
        if out and current is not None and (both := _intersect([current, span])):
            out[-1].append(q)
            current = both
        else:
            out.append([q])
            current = span
    return tuple(tuple(sorted(r, key=_position)) for r in out)


def _position(q: Quantity) -> tuple[str, int]:
    return (q.article, q.span.start)


def _unit_key(q: Quantity) -> str:
    unit = (q.unit or "").strip().lower()
    return stem(unit) if unit else ""


def _concept_stems(q: Quantity) -> frozenset[str]:
    if q.concept:
        return frozenset(content_stems(q.concept))
    return frozenset()


def context_stems(q: Quantity, text: str) -> frozenset[str]:
    """Content words next to the number within its clause, minus what it counts.

    These carry the verb and modifiers ("turned away in the first week"), which tell two
    counts of the same noun apart.
    """
    sentence = q.sentence.of(text)
    rel_start = q.span.start - q.sentence.start
    rel_end = q.span.end - q.sentence.start
    before = _CLAUSE_BREAK.split(sentence[:rel_start])[-1]
    after = _CLAUSE_BREAK.split(sentence[rel_end:])[0]
    concept = _concept_stems(q) | {_unit_key(q)}
    left = [t for t in content_stems(before) if t not in concept][-CONTEXT_WINDOW:]
    right = [t for t in content_stems(after) if t not in concept][:CONTEXT_WINDOW]
    return frozenset(t for t in left + right if not t[0].isdigit())


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


@dataclass(eq=False)  # rows are compared by identity ("row in candidates")
class _Row:
    unit: str
    concept: frozenset[str]
    members: list[Quantity]
    contexts: list[frozenset[str]]
    groups: set[str]
    articles: set[str]
    shared: tuple[float, float] | None = None  # what all members allow, widened
    # The distinct places and written years of the members' sentences (``_quantity_scope``).
    places: set[frozenset[str]] = field(default_factory=set)
    years: set[frozenset[str]] = field(default_factory=set)
    totals: set[bool] = field(default_factory=set)  # whether each member is a sum (``_is_total``)

    def join(self, q: Quantity, widened: tuple[float, float], where: PlacesAndYears) -> None:
        self.shared = _intersect([self.shared, widened]) if self.shared else None
        self.members.append(q)
        self.articles.add(q.article)
        self.scope(where)

    def scope(self, where: PlacesAndYears) -> None:
        if where[0]:
            self.places.add(where[0])
        if where[1]:
            self.years.add(where[1])

    def placed_apart_from(self, places: frozenset[str], years: frozenset[str]) -> bool:
        """Whether a member's sentence names other places, or writes other years."""
        return any(placed_apart(places, theirs) for theirs in self.places) or any(
            placed_apart(years, theirs) for theirs in self.years
        )


def align_quantity_rows(
    findings: Sequence[ArticleFindings],
    group_of_sentence: Mapping[tuple[str, Span], str],
    scopes: FigureScopes | None = None,
) -> tuple[QuantityRow, ...]:
    """Rows of quantities, given which claim group each (article, sentence) belongs to.

    Quantities are bucketed by unit and concept head (blocking: numbers of different units
    or concepts are never compared), then each joins the best row in its bucket whose
    event (claim group) matches and whose context words overlap. ``scopes`` (built from
    ``findings`` when not given) keeps figures placed apart out of one row.
    """
    texts = {f.article.id: f.article.text for f in findings}
    published = {f.article.id: f.article.published or "" for f in findings}
    scopes = scopes if scopes is not None else FigureScopes(findings)
    buckets: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    quantities = sorted(
        ((q, w) for f in findings for q in f.quantities if (w := interval(q, widen=True))),
        key=lambda qw: _position(qw[0]),
    )
    running: dict[int, bool] = {}  # id(quantity) -> whether it counts a running toll

    def keeps_running(x: Quantity) -> bool:
        if id(x) not in running:
            running[id(x)] = runs_on(x, texts)
        return running[id(x)]

    by_figure: dict[tuple[str, float], list[_Row]] = defaultdict(list)
    by_unit: dict[str, list[_Row]] = defaultdict(list)  # rows of a bare head count
    for q, widened in quantities:
        concept = _concept_stems(q)
        head = sorted(concept)[0] if len(concept) == 1 else _head(q)
        key = (_unit_key(q), head)
        context = context_stems(q, texts[q.article])
        group = group_of_sentence.get((q.article, q.span)) or group_of_sentence.get(
            (q.article, q.sentence)
        )
        figure = _figure(q)
        total = _is_total(q, texts[q.article])
        scoped_by = scopes.of(q)
        scoped = any(scoped_by)
        candidates = list(buckets[key])
        if figure is not None:
            candidates += [r for r in by_figure.get(figure, ()) if r not in candidates]
        # Head counts of one noun may sit in buckets of different concept heads.
        candidates += [r for r in by_unit.get(key[0], ()) if r not in candidates]
        best: _Row | None = None
        best_score = 0.0
        for row in candidates:
            if q.article in row.articles or (scoped and row.placed_apart_from(*scoped_by)):
                continue
            overlap = max(_jaccard(context, c) for c in row.contexts[:8])
            if not context and not any(row.contexts):
                overlap = 1.0
            same_event = group is not None and group in row.groups
            same_figure = figure is not None and row in by_figure.get(figure, ()) and max(
                _overlap(context, c) for c in row.contexts[:8]
            ) >= SAME_FIGURE_CONTEXT_OVERLAP
            if same_figure:
                overlap = max(overlap, SAME_FIGURE_CONTEXT_OVERLAP)
            # Outside one claim group, only the same named concept in a like context
            # ("settlement is worth $40 million" / "settlement ... is worth $75 million"),
            # or the same distinctive figure in a like context.
            same_count = _same_count(q, widened, row)
            if not same_event and not same_figure and not same_count and not (
                concept and concept == row.concept and overlap >= CROSS_GROUP_CONTEXT_OVERLAP
            ):
                continue
            named_alike = bool(concept and row.concept and concept & row.concept)
            apart = not named_alike or row.totals != {total}
            if apart and not _can_agree(widened, row) and not (
                keeps_running(q) and keeps_running(row.members[0])
            ):
                # A rival figure is a conflict only for a thing both name, or a toll both
                # keep: figures that merely sit in one event ("Canada froze $2 billion",
                # "the US froze $30 billion") are different amounts, not a disagreement;
                # nor is a sum against one part of it.
                continue
            concept_overlap = _jaccard(concept, row.concept) if concept and row.concept else 1.0
            score = overlap + 0.5 * concept_overlap
            if (overlap >= MIN_CONTEXT_OVERLAP or same_count) and score > best_score:
                best, best_score = row, score
        if best is None:
            best = _Row(
                key[0], concept, [q], [context], {group} if group else set(), {q.article},
                widened,
            )  # fmt: skip
            best.scope(scoped_by)
            best.totals.add(total)
            buckets[key].append(best)
            if not best.concept and q.unit and key[0] not in _NOT_COUNTED:
                by_unit[key[0]].append(best)
            if figure is not None:
                by_figure[figure].append(best)
        else:
            if figure is not None and best not in by_figure[figure]:
                by_figure[figure].append(best)
            best.join(q, widened, scoped_by)
            best.totals.add(total)
            if len(best.contexts) < 8:
                best.contexts.append(context)
            if group:
                best.groups.add(group)
    rows = [row for bucket in buckets.values() for row in bucket]
    return _finish(rows, published, texts)


def _can_agree(widened: tuple[float, float], row: _Row) -> bool:
    """Whether a figure's (widened) interval meets that of one of the row's first members."""
    for member in row.members[:8]:
        theirs = interval(member, widen=True)
        if theirs is not None and _intersect([widened, theirs]) is not None:
            return True
    return False


def _same_count(q: Quantity, mine: tuple[float, float], row: _Row) -> bool:
    """A large head count of the same people or things, compatible with all the row holds.

    "more than 300 dockworkers", "312 dockworkers" and "hundreds of dockworkers" share no
    context words, yet a reader takes them for one count. Only counts of a hundred or more
    of a counted noun, at most one side naming a concept, and only when the number can agree
    with every member (this join never makes a conflict; agreeing with the first member only
    let an open bound, "at least two cases", gather every count of a long story).
    """
    first = row.members[0]
    if (q.concept and first.concept) or not q.unit or _unit_key(q) in _NOT_COUNTED:
        return False
    if len(q.unit) == 3 and q.unit.isupper():
        return False  # a currency code
    theirs = row.shared
    if theirs is None or min(mine[1], theirs[1]) < DISTINCTIVE_FROM:
        return False
    return _intersect([mine, theirs]) is not None


def _is_total(q: Quantity, text: str) -> bool:
    """Whether ``q`` sums several things: "a total of 80 tonnes", "40 tonnes in all"."""
    return bool(
        _TOTAL_BEFORE.search(text, max(0, q.span.start - 30), q.span.start)
        or _TOTAL_AFTER.match(text, q.span.end)
    )


def _figure(q: Quantity) -> tuple[str, float] | None:
    """(unit, value) of a figure specific enough that two outlets giving it are giving the
    same fact: money, a percentage, or a count of a hundred or more."""
    if q.value is None or q.change in ("up", "down"):
        return None
    unit = _unit_key(q)
    money = len(q.unit or "") == 3 and (q.unit or "").isupper()
    if money or unit == "percent" or abs(q.value) >= DISTINCTIVE_FROM:
        return (unit, q.value)
    return None


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _head(q: Quantity) -> str:
    """Concept head when the concept is several words: its last content word, or the unit."""
    if q.concept:
        stems = content_stems(q.concept)
        if stems:
            return stems[-1]
    return _unit_key(q)


def _finish(
    rows: Sequence[_Row], published: Mapping[str, str], texts: Mapping[str, str]
) -> tuple[QuantityRow, ...]:
    ordered = sorted(
        rows, key=lambda r: (-len(r.members), _position(min(r.members, key=_position)))
    )
    out: list[QuantityRow] = []
    for number, row in enumerate(ordered, start=1):
        members = tuple(sorted(row.members, key=_position))
        agreement, shared, split = judge_in_time(members, published, texts)
        first = members[0]
        out.append(
            QuantityRow(
                id=f"q{number}",
                concept=first.concept,
                unit=first.unit,
                members=members,
                articles=tuple(sorted({q.article for q in members})),
                agreement=agreement,
                interval=shared,
                readings=split,
                claim_group=min(row.groups) if row.groups else None,
            )
        )
    return tuple(out)


def align_quantities(findings: Sequence[ArticleFindings]) -> tuple[QuantityRow, ...]:
    """Quantity rows across ``findings`` (aligns claims first to know which are one event).

    ``variorum.collate.claims.align`` returns claim groups and rows together from one
    alignment; call it instead of both functions when both are wanted.
    """
    from .claims import align

    return align(findings)[1]
