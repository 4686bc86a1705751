"""Figures a developing story revises: a later, different number is an update, not a conflict.

"At least 18 killed" on Monday and "30 killed" on Wednesday do not contradict each other: the
toll rose. A row of disjoint readings is an *update* when

* each reading comes from articles published after all those of the reading before it
  (in value order, rising or falling), so the figures follow the calendar; and
* what is counted is something that runs on: a span of time ("six months of civil war"),
  or a toll-like count, known by the words of its sentence (killed, injured, arrested,
  displaced, missing, cases ...).

A figure for a fixed thing (the value of a settlement, a distance) stays a conflict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence

from ..model import Quantity

_TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
_RUNNING_COUNT = re.compile(
    r"\b(?:kill|dead\b|death|die[ds]?\b|dying|injur|wound|hurt|casualt|arrest|detain"
    r"|displac|fled\b|flee|evacuat|missing|rescued|infect|cases\b|toll|victims?\b|refugees?\b"
    r"|confirmed\b)",
    re.IGNORECASE,
)


def is_update(
    split: Sequence[Sequence[Quantity]],
    published: Mapping[str, str],
    texts: Mapping[str, str],
) -> bool:
    """Whether disjoint readings (``split``, lowest value first) are successive updates."""
    if len(split) < 2:
        return False
    days: list[tuple[str, str]] = []
    for reading in split:
        dated = sorted(published.get(q.article, "")[:10] for q in reading)
        if not dated or not dated[0]:
            return False
        days.append((dated[0], dated[-1]))
    pairs = list(itertools.pairwise(days))
    rising = all(before[1] < after[0] for before, after in pairs)
    falling = all(before[0] > after[1] for before, after in pairs)
    if not (rising or falling):
        return False
    return all(runs_on(q, texts) for reading in split for q in reading)


def runs_on(q: Quantity, texts: Mapping[str, str]) -> bool:
    """Whether ``q`` counts something that runs on: a span of time or a toll."""
    unit = (q.unit or "").lower()
    if unit.startswith(_TIME_UNITS):
        return True
    text = texts.get(q.article, "")
    return _RUNNING_COUNT.search(q.sentence.of(text)) is not None
