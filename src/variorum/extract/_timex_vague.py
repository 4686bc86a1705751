"""Vague and recurring expressions: "now", "recently", "recent years", "daily", "every week".

These name no calendar unit of their own: TIMEX3 gives them reference values (PRESENT_REF,
PAST_REF, FUTURE_REF), durations of unstated length (PXY) or SET values (P1D).
"""

from __future__ import annotations

import re

from . import _timex_calendar as cal
from ._timex_context import Ctx, Resolved, parse_amount, part_of_day_suffix
from ._timex_patterns import MONTH, NUM_WORD, WEEKDAY, Candidate

# What a rate's "a year" follows: an amount ("$500 million", "358,000", "20%") or counted
# things ("four flights", "24 hours"). TimeBank leaves these unannotated: the period is the
# denominator of a quantity, not a time the text talks about.
_RATE_BEFORE = re.compile(
    r"(?:\d%?|%|\b(?:million|billion|trillion|thousand|percent|cents?|dollars)"
    r"|\b(?:\d[\d,.]*|" + NUM_WORD + r")\s+[a-z]+s)\s+$",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|from\s+now)\b", re.IGNORECASE)


def is_rate(text: str, start: int, end: int) -> bool:
    if _RELATIVE_AFTER.match(text, end):
        return False  # "$5 a share a year earlier": a time, not a rate
    return bool(_RATE_BEFORE.search(text, max(0, start - 40), start))


_ADVERB_SET = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W",
    "semiannually": "P6M", "annual": "P1Y", "biannual": "P6M",
}  # fmt: skip


def set_value(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    if g["adv"]:
        adv = g["adv"].lower()
        if adv in ("annual", "biannual"):
            return None  # "annual report": an adjective of kind, rarely a timex in the gold
        if is_rate(x.text, c.start, c.end):
            # "to grow 7% annually", "5,000 cars annually": the period a quantity is
            # counted over, as with "$2 million a year".
            return None
        return Resolved("SET", _ADVERB_SET[adv])
    if g["plural"]:
        return Resolved("SET", f"XXXX-WXX-{cal.weekday_number(g['plural']) + 1}")
    if g["per"]:
        return Resolved("SET", cal.duration_value(1, g["per"]))
    what = g["what"] or ""
    low = what.lower()
    if low in cal.PART_OF_DAY_CODE:
        return Resolved("SET", "XXXX-XX-XX" + part_of_day_suffix(low))
    if low in cal.SEASON_CODE:
        return Resolved("SET", "XXXX-" + cal.SEASON_CODE[low])
    if what[:1].isupper() and low[:3] in cal.WEEKDAY_NUMBER:
        return Resolved("SET", f"XXXX-WXX-{cal.weekday_number(low) + 1}")
    if what[:1].isupper() and low[:3] in cal.MONTH_NUMBER:
        return Resolved("SET", f"XXXX-{cal.month_number(low):02d}")
    amount = parse_amount(g["n"] or "one") or 1
    return Resolved("SET", cal.duration_value(amount, low))


_STRETCH = frozenset(("few", "recent", "coming", "upcoming", "ahead"))
_PLURAL_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months", "years", "decades"))
_THEN = re.compile(r"\bthen[-\s]$", re.IGNORECASE)
_PRESENT = ("now", "right now", "currently", "current", "nowadays", "these days",
            "at present", "presently", "the moment")  # fmt: skip
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"\s+(?:\d|" + NUM_WORD + r"\b|several\b|few\b)", re.IGNORECASE)
# "will soon vote", "may soon issue", "it soon will open": the near future (FUTURE_REF).
_MODAL_SOON = re.compile(
    r"\b(?:will|would|may|might|could|should|to)\s+soon\b|\bsoon\s+(?:will|would)\b",
    re.IGNORECASE,
)
# A date right after "recently" names when: "most recently in 1996", "recently on Friday".
_DATE_AFTER = re.compile(
    r",?\s+(?:(?:last|this|in|on)\s+)?(?:" + MONTH + "|" + WEEKDAY + r"|(?:19|20)\d\d\b"
    r"|(?:last|this)\s+(?:week|month|year)\b)",
    re.IGNORECASE,
)
_FUTURE = ("future", "soon", "coming", "upcoming", "next", "term", "ahead")  # "the near term"


# A preposition the match needs but the TIMEX3 span leaves out: "for a while", "at a later
# date", "in future quarters".
_LEAD_PREPOSITION = re.compile(r"(?:for|in|at)\s+", re.IGNORECASE)
_YEARS_WORD = re.compile(r"years", re.IGNORECASE)
_UNNUMBERED_YEARS = frozenset(("the", "early", "ensuing", "intervening", "following"))


def vague(c: Candidate, x: Ctx) -> Resolved | None:
    v = " ".join((c.groups["v"] or "").lower().split())
    words = v.split()
    if v in ("for a while", "at a later date") or (len(words) == 3 and words[1] == "future"):
        lead = _LEAD_PREPOSITION.match(x.text, c.start)
        start = lead.end() if lead else c.start
        if v == "for a while":
            return Resolved("DURATION", "PXX", start=start)  # a stretch of unknown length
        return Resolved("DATE", "FUTURE_REF", start=start)  # "at a later date", "in future years"
    if words[0] == "the" and words[-1] == "years" and words[-2] in _UNNUMBERED_YEARS:
        # "over the years", "in the early years": years of unstated number (TIMEX3 PXY).
        return Resolved("DURATION", "PXY")
    if v == "the years that followed":
        years = _YEARS_WORD.search(x.text, c.start, c.end)
        return Resolved("DURATION", "PXY", end=years.end() if years else None)
    if (
        words[-1] in _PLURAL_UNITS
        and len(words) <= 2
        and (words[0] in ("for", "in", "within") or words[0] in _PLURAL_UNITS)
    ):
        if len(words) == 1:
            return None  # bare "years" is too often part of something else
        unit = words[-1].rstrip("s")
        return Resolved("DURATION", cal.duration_value(None, unit), start=c.end - len(words[-1]))
    unit = next((w for w in reversed(words) if w in _PLURAL_UNITS), "")
    if unit and "and" not in words and _STRETCH.intersection(words):
        # "in recent years", "in the coming weeks", "the next few days": a stretch of
        # unstated length reaching back or ahead from the telling (TIMEX3 PXY, PXW).
        return Resolved("DURATION", cal.duration_value(None, unit))
    if v == "current" and _THEN.search(x.text, max(0, c.start - 5), c.start):
        return Resolved("DATE", "PAST_REF", start=c.start - 5)  # "the then-current price"
    if c.groups["v"] == "Now" and x.text.startswith((",", " for "), c.end):
        return None  # "Now, he says, ...": a discourse marker, not a time (TimeML)
    if v.endswith("future") and _OF_AFTER.match(x.text, c.end):
        return None  # "the future of our towns": a fate, not a time
    if v.endswith("past") and _COUNT_AFTER.match(x.text, c.end):
        return None  # "the past four winters": a count of something we do not resolve
    if v == "soon" and not _MODAL_SOON.search(x.text, max(0, c.start - 8), c.end + 6):
        return None  # "as soon as he arrives", "soon after": a conjunction, not a time
    if v == "recently" and _DATE_AFTER.match(x.text, c.end):
        return None  # "most recently in May 2019": the date that follows is the time
    if v in _PRESENT:
        return Resolved("DATE", "PRESENT_REF")
    if any(w in _FUTURE for w in words):
        return Resolved("DATE", "FUTURE_REF")
    return Resolved("DATE", "PAST_REF")
