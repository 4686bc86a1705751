"""Figures a developing story revises: a later, different number is an update, not a conflict.

"At least 18 killed" on Monday and "30 killed" on Wednesday do not contradict each other: the
toll rose. A row whose readings disagree is an *update* when

* what is counted is something that runs on: a span of time ("six months of civil war"),
  a toll-like count, known by the words of its sentence (killed, injured, arrested,
  displaced, missing, cases, bodies buried ...), a total carried forward ("bringing the
  total to 12") or a graded level an authority revises (an alert level); and
* the figures that cannot agree were never published on the same day. A toll is revised
  both ways as suspected deaths are confirmed or ruled out ("an estimated 90" one week,
  "64 confirmed" a month later), so the direction of the change does not matter; two
  outlets giving different tolls on one day do disagree.

A figure for a fixed thing (the value of a settlement, a distance, a yearly rate: "floods kill
400 a year") stays a conflict.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from ..model import Quantity

_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
_RUNNING_COUNT = re.compile(
    r"\b(?:kill|dead\b|death|die[ds]?\b|dying|injur|wound|hurt|casualt|arrest|detain"
    r"|displac|fled\b|flee|evacuat|missing|rescued|infect|cases\b|toll|victims?\b|refugees?\b"
    r"|confirmed\b|bod(?:y|ies)\b|buried"
    # a tally carried forward: "bringing the total to 12"
    r"|(?:bring|brought|take|took|rais|push)\w* (?:the )?(?:\w+ )?(?:total|tally|count)s? to\b"
    # a graded level an authority revises: "raised the alert level", "on a six-point scale"
    r"|(?:alert|threat|warning|danger|risk) (?:level|phase)|\bon an? [\w-]+ scale\b)",
    re.IGNORECASE,
)

# A yearly rate ("floods kill 400 a year") is a fixed statistic, not a toll that runs on.
_YEARLY = re.compile(
    r"\b(?:a|each|every|per|an average|a normal|a typical|in an? \w+) year\b|\bannually\b"
    r"|\byear after year\b",
    re.IGNORECASE,
)

Widened = Callable[[Quantity], "tuple[float, float] | None"]


def is_update(
    members: Sequence[Quantity],
    published: Mapping[str, str],
    texts: Mapping[str, str],
    widened: Widened,
) -> bool:
    """Whether members that do not all agree are a running count's successive figures.

    ``widened`` gives the values a member allows, its approximate wording widened.
    """
    by_day: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for q in members:
        day = published.get(q.article, "")[:10]
        if not day:
            return False
        span = widened(q)
        if span is not None:
            by_day[day].append(span)
    if len(by_day) < 2:
        return False
    for spans in by_day.values():
        # Intervals on a line that meet pairwise share a point: one test per day.
        if max(s[0] for s in spans) > min(s[1] for s in spans):
            return False
    return all(runs_on(q, texts) for q in members)


def runs_on(q: Quantity, texts: Mapping[str, str]) -> bool:
    """Whether ``q`` counts something that runs on: a span of time or a toll."""
    unit = (q.unit or "").lower()
    if unit.startswith(_TIME_UNITS):
        return True
    sentence = q.sentence.of(texts.get(q.article, ""))
    return _RUNNING_COUNT.search(sentence) is not None and _YEARLY.search(sentence) is None
