"""Anaphoric expressions resolved against the story's reference time, not its publication date.

"On June 3, 1997, he was hired, and the following year ..." means 1998: TimeBank and
TempEval annotators anchor "the following year", "that day", "the previous Friday" and "the
next morning" to the last date the story mentioned. Deictic expressions ("yesterday", "last
week", a bare weekday) stay anchored to the publication date (``_timex_resolve``), and an
anaphoric expression with no date before it keeps its publication-date reading.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from . import _timex_calendar as cal
from ._timex_context import Resolved, part_of_day_suffix
from ._timex_patterns import Candidate

Granularity = Literal["year", "quarter", "month", "day"]


@dataclass(frozen=True)
class Reference:
    """The last date the story named, and how finely it named it."""

    day: dt.date
    granularity: Granularity


_CALENDAR_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?|-Q([1-4]))?(?=$|T)")
_SHIFT = {"following": 1, "next": 1, "previous": -1, "same": 0, "that": 0}
_ANAPHORIC_REL = ("the following", "the previous", "the same")


def reference_of(got: Resolved) -> Reference | None:
    """The reference time a resolved expression sets: a calendar year, quarter, month or day."""
    if got.type not in ("DATE", "TIME"):
        return None
    m = _CALENDAR_VALUE.match(got.value)
    if m is None:
        return None  # weeks, halves, seasons, decades and the vague _REF values set none
    year, month, day, quarter = m.groups()
    try:
        if quarter:
            return Reference(dt.date(int(year), 3 * int(quarter) - 2, 1), "quarter")
        if day:
            return Reference(dt.date(int(year), int(month), int(day)), "day")
        if month:
            return Reference(dt.date(int(year), int(month), 1), "month")
        return Reference(dt.date(int(year), 1, 1), "year")
    except ValueError:
        return None


def _words(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def is_anaphoric(cand: Candidate, got: Resolved) -> bool:
    g = cand.groups
    if cand.rule in ("ago", "year_ago") and "-Q" in got.value:
        return True  # an earnings report's "a year earlier": the quarter just named, a year back
    if cand.rule == "rel_day":
        return True
    if cand.rule == "clock":  # "at 10 p.m." with no day of its own: the day just narrated
        return not (g["pre"] or g["post"] or g["mon"])
    if cand.rule == "pod_alone":  # "in the morning", "by mid afternoon": likewise
        return True
    if cand.rule == "deictic":  # "overnight": the night before the day just narrated
        return _words(g["dx"]) == "overnight"
    if cand.rule in ("rel_unit", "weekday"):
        return _words(g["rel"]) in _ANAPHORIC_REL
    if cand.rule == "the_unit":
        the = _words(g["the"])
        return the.startswith("that") or the == "the same"
    return False


def resolve_against(cand: Candidate, got: Resolved, ref: Reference) -> Resolved | None:
    """The value of an anaphoric candidate (first resolved as ``got``) seen from ``ref``;
    None where ``ref`` is too coarse."""
    g = cand.groups
    if "-Q" in got.value:  # "a year earlier", "year-earlier" in a quarterly report
        if ref.granularity != "quarter":
            return None
        year, quarter = cal.shift_quarters(ref.day.year, cal.quarter_of(ref.day), -4)
        return Resolved("DATE", f"{year:04d}-Q{quarter}")
    if cand.rule == "deictic":
        night = cal.day_value(ref.day - dt.timedelta(days=1)) + "TNI"
        return Resolved("TIME", night) if ref.granularity == "day" else None
    if cand.rule in ("clock", "pod_alone"):
        clock = got.value[got.value.find("T") :]
        return (
            Resolved("TIME", cal.day_value(ref.day) + clock) if ref.granularity == "day" else None
        )
    rel = _words(g.get("rel") or g.get("the"))
    shift = _SHIFT.get(rel.split()[-1], 0)
    if cand.rule == "weekday":
        if ref.granularity != "day" or g["pl"]:
            return None
        day = cal.weekday_date(
            ref.day, cal.weekday_number(g["wd"] or ""), "before" if shift < 0 else "after"
        )
        pod = part_of_day_suffix(g["pod"])
        return Resolved("TIME" if pod else "DATE", cal.day_value(day) + pod)
    unit = (g["unit"] or "").lower()
    if unit == "year":
        return Resolved("DATE", f"{ref.day.year + shift:04d}")
    if unit == "month" and ref.granularity in ("month", "day"):
        return Resolved(
            "DATE", cal.month_value(*cal.shift_months(ref.day.year, ref.day.month, shift))
        )
    if unit == "day" and ref.granularity in ("month", "year"):
        # "last October ... that same day": a day of the month (or year) just named, which
        # TimeML writes with the unknown part as X.
        month = f"{ref.day.month:02d}" if ref.granularity == "month" else "XX"
        return Resolved("DATE", f"{ref.day.year:04d}-{month}-XX")
    if ref.granularity != "day":
        return None
    if unit == "week":
        return Resolved("DATE", cal.week_value(ref.day + dt.timedelta(weeks=shift)))
    named = cal.day_value(ref.day + dt.timedelta(days=shift))
    if unit == "day":
        return Resolved("DATE", named)
    if unit in cal.PART_OF_DAY_CODE:  # "the next morning"
        return Resolved("TIME", named + part_of_day_suffix(unit))
    return None


_YEAR_BACK = re.compile(r"year-ago|year-earlier|year\s+ago|last\s+year", re.IGNORECASE)


def _is_comparison(cand: Candidate, got: Resolved) -> bool:
    """ "a year earlier", "the year-ago quarter": a period results are compared with, which
    moves no story time (the next "year-earlier" still means the reported quarter's)."""
    if "-Q" not in got.value:
        return False
    return cand.rule in ("ago", "year_ago") or bool(
        cand.rule == "quarter"
        and _YEAR_BACK.search(f"{cand.groups['the']} {cand.groups['mod']} {cand.groups['back']}")
    )


def follow_narrative(
    found: list[tuple[Candidate, Resolved]], text: str
) -> list[tuple[Candidate, Resolved]]:
    """Re-resolve the anaphoric expressions of ``found`` (in text order, in ``text``) against
    the last date named before each; every other expression is kept as it was."""
    ref: Reference | None = None
    # The quarter a day just closed ("the quarter ended Sept. 30"): results compared "a
    # year earlier" are that quarter's, not the day's.
    ended: Reference | None = None
    last_quarter: tuple[Reference, int] | None = None  # and where its expression ends
    out: list[tuple[Candidate, Resolved]] = []
    for cand, got in found:
        if ref is not None and is_anaphoric(cand, got):
            against = ended if ended is not None and "-Q" in got.value else ref
            got = resolve_against(cand, got, against) or got
        if not _is_comparison(cand, got):
            named = reference_of(got)
            if named is not None:
                closes = (
                    named.granularity == "day"
                    and last_quarter is not None
                    and _QUARTER_ENDED.fullmatch(text, last_quarter[1], cand.start) is not None
                )
                ended = last_quarter[0] if closes and last_quarter is not None else None
                if named.granularity == "quarter":
                    last_quarter = (named, cand.end)
                ref = named
        out.append((cand, got))
    return out


# What joins a quarter to the day that closes it: "ended", ", which ended on", "ending".
_QUARTER_ENDED = re.compile(r",?\s+(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?")
