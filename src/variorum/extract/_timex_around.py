"""Dates read from the words around a date the rules found.

A list that names the month once ("on May 4 and 5", "from June 10 to 12"): TimeML annotates
each date of it as its own timex, and the bare day number takes the first date's month and
year. The date rules cannot see the number alone (a bare "5" is no date), so the list is read
after them, from each full date they found.

"The day before" / "the day after" a date: one timex, the date moved by a day ("the day
before yesterday" in the TimeML guidelines).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from . import _timex_calendar as cal
from ._timex_context import Resolved
from ._timex_patterns import Candidate

_FULL_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)$")
# The next day number of the list; not a clock time, a figure or the count of something.
_NEXT_DAY = re.compile(
    r"\s*,?\s*(?:and|or|to|through|until|till)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?![-/.:,]?\d|\s*(?:%|a\.m|p\.m|am\b|pm\b|o'clock|percent|per\b|of\b|million|billion"
    r"|[a-z]+s\b))",
    re.IGNORECASE,
)


def coordinated_days(
    text: str, found: list[tuple[Candidate, Resolved]]
) -> list[tuple[Candidate, Resolved]]:
    """``found`` (in text order) with the day numbers that continue a month-day date."""
    out: list[tuple[Candidate, Resolved]] = []
    for i, (cand, got) in enumerate(found):
        out.append((cand, got))
        full = _FULL_DAY.match(got.value) if cand.rule == "mdy" else None
        m = _NEXT_DAY.match(text, cand.end) if full else None
        if full is None or m is None:
            continue
        year, month, first = (int(part) for part in full.groups())
        day = int(m.group("d"))
        if not first < day <= calendar.monthrange(year, month)[1]:
            continue  # a list runs forward within its month
        start, end = m.span("d")
        if i + 1 < len(found) and found[i + 1][0].start < m.end():
            continue  # the words after the date are another timex ("May 4 to 5 p.m.")
        value = f"{year:04d}-{month:02d}-{day:02d}"
        out.append((Candidate("mdy", start, end, {}), Resolved("DATE", value, got.anchored)))
    return out


_DAY_BEFORE_AFTER = re.compile(r"(?:\bthe\s+)?\bday\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
# Rules whose full-day value names a date or a deictic day (not a clock time, not a duration).
_DAY_RULES = frozenset(("mdy", "dmy", "weekday", "deictic", "holiday", "iso", "slash"))


def day_before_after(
    text: str, found: list[tuple[Candidate, Resolved]]
) -> list[tuple[Candidate, Resolved]]:
    """``found`` with "the day before/after <date>" read as one timex a day off that date."""
    out: list[tuple[Candidate, Resolved]] = []
    for cand, got in found:
        full = _FULL_DAY.match(got.value) if cand.rule in _DAY_RULES else None
        m = _DAY_BEFORE_AFTER.search(text, max(0, cand.start - 20), cand.start) if full else None
        if full is None or m is None or (out and out[-1][0].end > m.start()):
            out.append((cand, got))
            continue
        shift = dt.timedelta(days=-1 if m.group("dir").lower() == "before" else 1)
        day = dt.date(*(int(part) for part in full.groups())) + shift
        moved = Resolved("DATE", cal.day_value(day), got.anchored)
        out.append((Candidate(cand.rule, m.start(), cand.end, cand.groups), moved))
    return out
