"""Earnings-report periods: quarters, halves, "year-earlier" and "the year-ago quarter".

Company results name periods relative to the last reported quarter, not to the publication
date: "the quarter" in a report dated November is the third, "a year earlier" is that
quarter a year back, and a fiscal quarter is named by the calendar year it is reported in.
"""

from __future__ import annotations

import datetime as dt
import re

from . import _timex_calendar as cal
from ._timex_context import Ctx, Resolved, lean
from ._timex_patterns import MONTH, Candidate

QUARTER_CONTEXT = re.compile(r"\bquarter\b", re.IGNORECASE)


# "In the six months, profit climbed to $8 million from $6 million a year earlier": a sentence
# about a longer period compares it, not the quarter, with the year before.
_LONGER_PERIOD = re.compile(
    r"\b(?:(?:nine|six|12|twelve)[-\s]months?|first\s+half|(?:the|full)\s+(?:fiscal\s+)?year"
    r"|year\s+to\s+date|year-to-date)\b(?![-'’])",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z])|\n\s*\n")


def in_quarterly_report(text: str, pos: int) -> bool:
    """Whether the last few paragraphs before ``pos`` talk of a quarter (an earnings report)
    and its own sentence of no longer period."""
    if not QUARTER_CONTEXT.search(text, max(0, pos - 600), pos):
        return False
    window = max(0, pos - 300)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, window, pos)]
    return not _LONGER_PERIOD.search(text, starts[-1] if starts else window, pos)


def quarter_a_year_back(anchor: dt.date) -> Resolved:
    """Earnings reports compare the last reported quarter with the same one a year earlier."""
    y, q = cal.shift_quarters(anchor.year, cal.quarter_of(anchor), -5)
    return Resolved("DATE", f"{y:04d}-Q{q}")


_OF_A_DECADE = re.compile(r"\s+of\s+(?:the\s+)?(?:'\d0s|\d{3}0'?s)\b", re.IGNORECASE)
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
            "fourth": 4, "4th": 4, "last": 4, "final": 4}  # fmt: skip
_YEAR_BACK = ("year-ago", "year-earlier", "comparable year-ago", "year-ago fiscal",
              "fiscal year-ago")  # fmt: skip


ENDED = re.compile(r",?\s+end(?:ed|ing)\s+(?P<mon>" + MONTH + ")", re.IGNORECASE)
# "the year ended May 31", "the year ending next month": an accounting period, not a calendar year
PERIOD_ENDED = re.compile(r",?\s+end(?:ed|ing)\b", re.IGNORECASE)


def quarter(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    unit = (g["unit"] or "").lower()
    mod = " ".join((g["mod"] or "").lower().split())
    the = (g["the"] or "").lower()
    ordinal = _ORDINAL.get((g["ord"] or "").lower())
    if not (the or mod or ordinal):
        return None
    if unit == "period" and not mod:
        return None
    back = bool(g["back"])
    if mod == "same" and not back:
        return None
    explicit = g["y1"] or g["y2"] or g["y3"]
    if unit == "half":
        if _OF_A_DECADE.match(x.text, c.end):
            return None  # "the last half of the '60s": the decade is the timex
        if ordinal is None and mod == "last":
            ordinal = 2  # "the last half of 1996": the second half
        if ordinal is None:
            return None
        part = "H1" if ordinal == 1 else "H2"
        if explicit:
            return Resolved("DATE", f"{explicit}-{part}")
        if x.anchor is None:
            return Resolved("DATE", "XXXX-" + part, anchored=False)
        y = x.anchor.year - (1 if "last year" in the or mod in _YEAR_BACK else 0)
        y += 1 if the.startswith("next") else 0
        return Resolved("DATE", f"{y:04d}-{part}")
    if x.anchor is None:
        return Resolved("DATE", f"{explicit or 'XXXX'}-Q{ordinal or 'X'}", anchored=bool(explicit))
    y, current = x.anchor.year, cal.quarter_of(x.anchor)
    if explicit:  # "the 1991 quarter": the last reported one, in that year
        return Resolved("DATE", f"{explicit}-Q{ordinal or cal.shift_quarters(y, current, -1)[1]}")
    ended = ENDED.match(x.text, c.end)
    if ordinal is None and ended and unit == "quarter":  # "the quarter ended Nov. 30"
        q = (cal.month_number(ended["mon"]) - 2) % 12 // 3 + 1  # the quarter of its middle month
        y += cal.closest_year(q, current, 4, -1, 1)
    elif ordinal is None and the.startswith("next"):
        return None  # "next year's quarter": which one is not said
    elif ordinal is None:  # "the quarter", "the latest quarter": the one last reported
        y, q = cal.shift_quarters(y, current, 0 if mod == "current" else -1)
    else:
        q = ordinal
        # A fiscal quarter is named by the calendar year it is reported in.
        if the.startswith("next"):
            y += 1  # "next year's third quarter"
        elif not the.startswith("this") and "fiscal" not in x.text[c.start : c.end].lower():
            y += cal.closest_year(q, current, 4, lean(x.tense), 1)
    if mod in _YEAR_BACK or the.startswith("last year") or back:
        y -= 1
    return Resolved("DATE", f"{y:04d}-Q{q}")


def year_ago(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    word = (g["w"] or "").lower()
    back = word in ("year-ago", "year-earlier", "year-before", "prior-year")
    if word in ("year-to-date",):
        return None
    if x.anchor is None:
        return Resolved("DATE", "XXXX", anchored=False)
    y = x.anchor.year - (1 if back else 0)
    if (g["unit"] or "").lower() == "quarter":
        ordinal = _ORDINAL.get((g["ord"] or "").lower())
        if ordinal is None:
            yq, ordinal = cal.shift_quarters(x.anchor.year, cal.quarter_of(x.anchor), -1)
            y = yq - (1 if back else 0)
        return Resolved("DATE", f"{y:04d}-Q{ordinal}")
    if back and in_quarterly_report(x.text, c.start):
        return quarter_a_year_back(x.anchor)  # "against year-earlier sales"
    return Resolved("DATE", f"{y:04d}")
