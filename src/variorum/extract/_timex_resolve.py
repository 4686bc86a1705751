"""Normalisation of recognised candidates to TIMEX3 type and value against the anchor date.

``resolve`` turns one ``Candidate`` into a ``Resolved`` (or None to reject it). Values follow
the TimeBank/AQUAINT conventions: "last week" -> 1998-W07, "the third quarter" -> 1989-Q3,
"the past three years" -> P3Y, "recently" -> PAST_REF, "every week" -> SET P1W. Without an
anchor, relative values keep X for what the anchor would have given ("XXXX-WXX-6") and are
marked unanchored; they are never resolved against today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model import TimexType
from . import _timex_calendar as cal
from ._timex_context import (
    Ctx,
    Resolved,
    Tense,
    TenseOf,
    default_direction,
    lean,
    parse_amount,
    part_of_day_suffix,
    relative,
)
from ._timex_fiscal import (
    PERIOD_ENDED,
    in_quarterly_report,
    quarter,
    quarter_a_year_back,
    year_ago,
)
from ._timex_names import is_name
from ._timex_patterns import Candidate
from ._timex_vague import is_rate, set_value, vague


def _weekday(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    wd = cal.weekday_number(g["wd"] or "")
    pod = part_of_day_suffix(g["pod"])
    if g["pl"]:
        return Resolved("SET", f"XXXX-WXX-{wd + 1}{pod}")
    kind: TimexType = "TIME" if pod else "DATE"
    if x.anchor is None:
        return Resolved(kind, f"XXXX-WXX-{wd + 1}{pod}", anchored=False)
    direction = relative(g["rel"]) or default_direction(x.tense)
    day = cal.weekday_date(x.anchor, wd, direction)
    return Resolved(kind, cal.day_value(day) + pod)


def _date_of(x: Ctx, month: int, day: int, year: str | None) -> tuple[str, bool] | None:
    if year:
        y = int(year)
    elif x.anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", False
    else:
        here = x.anchor.month * 31 + x.anchor.day
        # As for a bare month: with no tense to go by ("the Nov. 14 shooting"), news
        # narrates the past, so a date a little further back beats one just ahead.
        pull, penalty = (-1, 93) if x.tense is None else (lean(x.tense), 240)
        y = x.anchor.year + cal.closest_year(month * 31 + day, here, 372, pull, penalty)
    try:
        return dt.date(y, month, day).isoformat(), True
    except ValueError:
        return None


# A chronology's entry, "Feb. 26 - The council imposes sanctions": a date opening its
# sentence or line, then a dash or colon. A chronology recaps what has happened, so its
# dates lie on or before the publication date whatever the tense of the entry.
_ENTRY_OPENS = re.compile(r"(?:^|[\n.!?\"”]\s*)$")
_ENTRY_DASH = re.compile(r"\s*[-–—:]\s")


def _chronology_entry(c: Candidate, x: Ctx) -> bool:
    return (
        _ENTRY_DASH.match(x.text, c.end) is not None
        and _ENTRY_OPENS.search(x.text[max(0, c.start - 3) : c.start]) is not None
    )


def _month_day(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    day = int(re.sub(r"\D", "", g["d"] or ""))
    month = cal.month_number(g["mon"] or "")
    direction = relative(g.get("rel"))
    if direction is None and not g["y"] and _chronology_entry(c, x):
        direction = "past"
    if direction and not g["y"] and x.anchor is not None:  # "last Oct. 23"
        year = cal.day_year(x.anchor, month, day, direction)
        got = _date_of(x, month, day, str(year))
    else:
        got = _date_of(x, month, day, g["y"])
    if got is None:
        return None
    if g.get("weekof") and got[1]:  # "the week of April 9": the week that holds it
        return Resolved("DATE", cal.week_value(dt.date.fromisoformat(got[0])))
    return Resolved("DATE", got[0], got[1])


# "May" and "March" are also a verb and a modal: alone they need a temporal preposition.
_MONTH_CUE = re.compile(
    r"(?:\b(?:in|since|by|until|till|through|from|of|during|before|after|to|between|and|or"
    r"|early|late|mid|last|next|this|that|each|every|on|for|than|the)\s*-?\s*)$",
    re.IGNORECASE,
)


def _month(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    word = g["mon"] or ""
    if not word.endswith(".") and len(word) <= 4 and word.lower() not in ("may", "june", "july"):
        return None  # "Mar", "Dec" without a day are names or codes, not months
    bare = not (g["y"] or g["ry"] or g["sy"] or g["rel"] or g["edge"])
    if (
        bare
        and word.lower() in ("may", "march")
        and not _MONTH_CUE.search(x.text[max(0, c.start - 12) : c.start])
    ):
        return None
    month = cal.month_number(word)
    year_named = int(g["y"]) if g["y"] else spoken_year(g["sy"]) if g["sy"] else None
    if year_named:
        return Resolved("DATE", cal.month_value(year_named, month))
    if g["sy"]:
        return None  # "nineteen five" and the like: no year we can read
    if x.anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}", anchored=False)
    direction = relative(g["rel"])
    if g["ry"]:  # "June last year", "January this year"
        shift = {"last": -1, "next": 1}.get(g["ry"].lower(), 0)
        year = x.anchor.year + shift
    elif direction == "same":  # "this September": the one of the current year
        year = x.anchor.year
    elif direction is None:
        # With no tense to go by, news narrates the past: a slight pull backwards
        # ("from $41.20 in March" in a story of October is this year's March).
        pull, penalty = (lean(x.tense), 8) if lean(x.tense) else (-1, 3)
        year = x.anchor.year + cal.closest_year(month, x.anchor.month, 12, pull, penalty)
    else:
        year = cal.month_year(x.anchor, month, direction)
    return Resolved("DATE", cal.month_value(year, month))


_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?(?::\d\d)?\s*(?:(?P<ap>[ap])\.?m\b\.?|o'clock"
    r"|in\s+the\s+(?P<pod>morning|afternoon|evening))?",
    re.IGNORECASE,
)
_HIGH = re.compile(r"\bhigh\s+$", re.IGNORECASE)
_DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _clock(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    t = (g["t"] or "").lower()
    if t in ("noon", "midday"):
        if _HIGH.search(x.text, max(0, c.start - 6), c.start):
            return None  # "high noon": a showdown (or the film), not twelve o'clock
        hh, mm = 12, 0
    elif t == "midnight":
        hh, mm = 24, 0
    else:
        m = _CLOCK.match(t)
        if m is None:
            return None
        hh, mm = int(m["h"]), int(m["m"] or 0)
        if m["ap"] == "p" or (m["pod"] in ("afternoon", "evening") and hh < 12):
            hh = hh + 12 if hh < 12 else hh
        elif m["ap"] == "a" and hh == 12:
            hh = 0
        if hh > 24 or mm > 59:
            return None
    clock = f"T{hh:02d}:{mm:02d}"
    if g["mon"]:
        got = _date_of(x, cal.month_number(g["mon"]), int(re.sub(r"\D", "", g["d"] or "")), g["y"])
        return None if got is None else Resolved("TIME", got[0] + clock, got[1])
    day_word = (g["pre"] or g["post"] or "").lower()
    if x.anchor is None:
        if day_word and day_word not in _DEICTIC_SHIFT:
            wd = cal.weekday_number(day_word)
            return Resolved("TIME", f"XXXX-WXX-{wd + 1}{clock}", anchored=False)
        return Resolved("TIME", "XXXX-XX-XX" + clock, anchored=False)
    if day_word in _DEICTIC_SHIFT:
        day = x.anchor + dt.timedelta(days=_DEICTIC_SHIFT[day_word])
    elif day_word:
        day = cal.weekday_date(x.anchor, cal.weekday_number(day_word), default_direction(x.tense))
    else:
        day = x.anchor
    return Resolved("TIME", cal.day_value(day) + clock)


# "today's world", "tomorrow's leaders", "the people of tomorrow": the present or coming
# era, not a day.
_ERA_NOUN = (
    r"(?:world|youth|society|generation|children|kids|young|families|technology|computers"
    r"|culture|economy|age|times|standards|leaders|people|women|men|workers|jobs)"
)
_ERA_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?" + _ERA_NOUN + r"\b", re.IGNORECASE)
_ERA_BEFORE = re.compile(r"\b" + _ERA_NOUN + r"\s+of\s+$", re.IGNORECASE)


def _is_era(text: str, start: int, end: int) -> bool:
    return bool(_ERA_AFTER.match(text, end) or _ERA_BEFORE.search(text, max(0, start - 24), start))


def _deictic(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    dx = " ".join((g["dx"] or "").lower().split())
    if dx in ("today", "tomorrow") and not g["pod"] and _is_era(x.text, c.start, c.end):
        return None
    pod_word = g["pod"] or g["pod1"]
    shift = _DEICTIC_SHIFT.get(dx, 0)
    if dx == "tonight":
        pod_word = "night"
    elif dx in ("last night", "overnight"):
        shift, pod_word = -1, "night"
    elif dx.startswith("this "):
        pod_word = dx.split()[1]
    pod = part_of_day_suffix(pod_word)
    kind: TimexType = "TIME" if pod else "DATE"
    if x.anchor is None:
        return Resolved(kind, "XXXX-XX-XX" + pod, anchored=False)
    return Resolved(kind, cal.day_value(x.anchor + dt.timedelta(days=shift)) + pod)


def _pod_alone(c: Candidate, x: Ctx) -> Resolved | None:
    pod = part_of_day_suffix(c.groups["pod"])
    if x.anchor is None:
        return Resolved("TIME", "XXXX-XX-XX" + pod, anchored=False)
    return Resolved("TIME", cal.day_value(x.anchor) + pod)


def _rel_day(c: Candidate, x: Ctx) -> Resolved | None:
    """ "the next day", "that night": with no date named before, seen from the publication day."""
    rel = (c.groups["rel"] or "").lower()
    shift = -1 if "previous" in rel else 0 if "same" in rel or "that" in rel else 1
    unit = (c.groups["unit"] or "").lower()
    pod = part_of_day_suffix(unit) if unit in cal.PART_OF_DAY_CODE else ""
    if x.anchor is None:
        return Resolved("TIME" if pod else "DATE", "XXXX-XX-XX" + pod, anchored=False)
    return Resolved(
        "TIME" if pod else "DATE", cal.day_value(x.anchor + dt.timedelta(days=shift)) + pod
    )


def _unit_value(anchor: dt.date, unit: str, delta: int, tense: Tense) -> str | None:
    """The calendar unit containing the anchor, shifted by ``delta`` units."""
    unit = unit.lower()
    if unit == "week":
        return cal.week_value(anchor + dt.timedelta(weeks=delta))
    if unit == "weekend":
        if delta == 0 and anchor.weekday() < 5 and tense != "future":
            delta = -1
        return cal.week_value(anchor + dt.timedelta(weeks=delta)) + "-WE"
    if unit == "month":
        return cal.month_value(*cal.shift_months(anchor.year, anchor.month, delta))
    if unit == "year":
        return f"{anchor.year + delta:04d}"
    if unit == "quarter":
        y, q = cal.shift_quarters(anchor.year, cal.quarter_of(anchor), delta)
        return f"{y:04d}-Q{q}"
    if unit == "decade":
        return f"{anchor.year // 10 + delta:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    return None


_UNANCHORED_UNIT = {
    "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
    "quarter": "XXXX-QX", "decade": "XXX", "century": "XX",
}  # fmt: skip


def _rel_unit(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    unit = (g["unit"] or "").lower()
    rel = relative(g["rel"]) or "same"
    delta = {"before": -1, "after": 1}.get(rel, 0)
    if unit in cal.SEASON_CODE:
        code = cal.SEASON_CODE[unit]
        if x.anchor is None:
            return Resolved("DATE", "XXXX-" + code, anchored=False)
        return Resolved("DATE", f"{cal.season_year(x.anchor, code, rel):04d}-{code}")
    if unit in ("decade", "century") and "past" in (g["rel"] or "").lower():
        return Resolved("DURATION", cal.duration_value(1, unit))  # "the past decade": P10Y
    if x.anchor is None:
        return Resolved("DATE", _UNANCHORED_UNIT[unit], anchored=False)
    value = _unit_value(x.anchor, unit, delta, x.tense)
    return None if value is None else Resolved("DATE", value)


def _ago(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    unit = (g["unit"] or "").lower().rstrip("s").replace("centurie", "century")
    amount = parse_amount(g["n"] or "")
    direction = (g["dir"] or "").lower()
    forward = direction.startswith(("from", "hence"))
    if direction == "earlier" and unit not in ("year", "decade", "century"):
        return Resolved("DURATION", cal.duration_value(amount, unit))
    if amount is None:
        return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF")
    if x.anchor is None:
        return Resolved("DATE", _UNANCHORED_UNIT.get(unit, "XXXX-XX-XX"), anchored=False)
    sign = 1 if forward else -1
    n = int(amount) if amount == int(amount) else amount
    quarterly = in_quarterly_report(x.text, c.start)
    if unit == "year" and n == 1 and quarterly:
        return quarter_a_year_back(x.anchor)
    if unit in ("year", "decade", "century"):
        years = int(n * {"year": 1, "decade": 10, "century": 100}[unit])
        return Resolved("DATE", f"{x.anchor.year + sign * years:04d}")
    if unit in ("month", "quarter"):
        months = int(n * (3 if unit == "quarter" else 1))
        return Resolved(
            "DATE", cal.month_value(*cal.shift_months(x.anchor.year, x.anchor.month, sign * months))
        )
    if unit in ("week", "fortnight", "weekend"):
        weeks = int(n * (2 if unit == "fortnight" else 1))
        return Resolved("DATE", cal.week_value(x.anchor + dt.timedelta(weeks=sign * weeks)))
    if unit in ("day", "night"):
        return Resolved("DATE", cal.day_value(x.anchor + dt.timedelta(days=sign * int(n))))
    return Resolved("DATE", cal.day_value(x.anchor))


def _duration(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    unit = (g["unit"] or "").lower()
    n_text = (g["n"] or "").lower()
    if n_text in ("a", "an") and unit.startswith("second"):
        return None  # "a second term"
    if _is_fraction(n_text, unit, x.text, c.end):
        return None  # "over a quarter of its staff"
    if n_text in ("a", "an") and is_rate(x.text, c.start, c.end):
        return None  # "$3 million a year", "six sailings a week": the unit of a rate
    if n_text == "one" and unit == "day" and _SOMEDAY.search(x.text, max(0, c.start - 8), c.start):
        return Resolved("DATE", "FUTURE_REF")  # "the city will one day be ..."
    amount = parse_amount(n_text)
    if amount is not None and g["half"]:
        amount += 0.5
    plural = unit.endswith(("s", "ies"))
    if amount is not None and amount > 1 and not plural and n_text[:1].isdigit():
        return None  # "100 day" is more likely part of a compound we do not understand
    value = cal.duration_value(amount, unit)
    verb = _LAST_THE_VERB.match(x.text, c.start)
    after_modal = _SOMEDAY.search(x.text, max(0, c.start - 8), c.start)
    if verb and after_modal and (g["mod"] or "").lower() == "last":
        return Resolved("DURATION", value, start=verb.end())  # "expected to last four months"
    return Resolved("DURATION", value)


_FRACTION = re.compile(r"\s+of\b")
_LAST_THE_VERB = re.compile(r"last\s+", re.IGNORECASE)
_SOMEDAY = re.compile(r"\b(?:will|would|could|may|might|can|to)\s+$", re.IGNORECASE)


def _is_fraction(n_text: str, unit: str, text: str, end: int) -> bool:
    """ "a quarter of", "three-quarters of": a share of something, not three months."""
    small = n_text in ("a", "an", "one", "three")
    return small and unit.lower().startswith("quarter") and bool(_FRACTION.match(text, end))


def _hyphen_duration(c: Candidate, x: Ctx) -> Resolved | None:
    n_text = (c.groups["n"] or "").lower()
    if n_text in ("a", "an") or _is_fraction(n_text, c.groups["unit"] or "", x.text, c.end):
        return None  # "a second group", "three-quarters of its water": no durations
    if c.groups["u2"]:  # "day-long", "decades-long"
        vague = bool(c.groups["pl"])
        return Resolved("DURATION", cal.duration_value(None if vague else 1, c.groups["u2"]))
    if n_text in ("several", "multi"):  # "a several-year tenure", "multi-year deals"
        return Resolved("DURATION", cal.duration_value(None, c.groups["unit"] or ""))
    amount = parse_amount(c.groups["n"] or "")
    if amount is None:
        return None
    return Resolved("DURATION", cal.duration_value(amount, c.groups["unit"] or ""))


# A four-digit number followed by a counted noun is a quantity, not a year.
_COUNTED = re.compile(
    r"\s+(?:people|persons|troops|soldiers|workers|jobs|employees|shares|points|units|votes"
    r"|cases|deaths|meters|metres|feet|miles|kilometers|km|tons|tonnes|barrels|acres|hectares"
    r"|students|members|dollars|yuan|euros|pounds|yen|men|women|children|residents|homes"
    r"|houses|cars|vehicles|copies|pages|calories|delegates|seats|beds|rooms|flights|miners"
    r"|refugees|prisoners|pilgrims|police|officers|civilians|protesters|page|to\s+\d)\b",
    re.IGNORECASE,
)


# "in 1994, 1995 and 1997": a year right after another year and a comma is the next item of a
# list, not the tail of a figure such as "12, 1995" or "1.1995".
_YEAR_LISTED = re.compile(r"(?<![\d,.])(?:1[6-9]\d\d|20\d\d),\s+$")


def _year(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    before = x.text[max(0, c.start - 6) : c.start]
    in_figure = bool(re.search(r"[$£€#]\s*$|\bNo\.\s*$|\d[,.]?\s*$", before))
    if in_figure and not _YEAR_LISTED.search(x.text, max(0, c.start - 8), c.start):
        return None
    if _COUNTED.match(x.text, c.end):
        return None
    year = g["y"] or ""
    pre = (g["pre"] or "").lower().split()
    season = next((cal.SEASON_CODE[w] for w in pre if w in cal.SEASON_CODE), None)
    return Resolved("DATE", f"{year}-{season}" if season else year)


def spoken_year(text: str) -> int | None:
    """1996 for "nineteen ninety-six", 2001 for "two thousand and one"; None if not a year."""
    words = text.lower().split(maxsplit=1)
    if words[0] == "nineteen":
        tens = parse_amount(words[1]) or 0
        return 1900 + int(tens) if 10 <= tens < 100 else None
    units = parse_amount(words[1].split("and", 1)[1]) if "and" in words[1] else 0
    return 2000 + int(units or 0)


def _spoken_year(c: Candidate, x: Ctx) -> Resolved | None:
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if _COUNTED.match(x.text, c.end):
        return None
    year = spoken_year(c.groups["sy"] or "")
    return None if year is None else Resolved("DATE", f"{year}")


def _decade(c: Candidate, x: Ctx) -> Resolved | None:
    """ "the 1990s" -> 199; "the '80s" is taken as of the 20th century."""
    spelled = c.groups["sp"]
    if spelled:
        return Resolved("DATE", f"19{_SPELLED_DECADE.index(spelled.lower()[:3]) + 2}")
    return Resolved("DATE", c.groups["y"] or f"19{c.groups['yy']}")


_SPELLED_DECADE = ("twe", "thi", "for", "fif", "six", "sev", "eig", "nin")


def _century(c: Candidate, x: Ctx) -> Resolved | None:
    """ "the 20th century" -> 19 (the TIMEX3 value names its hundreds)."""
    return Resolved("DATE", f"{int(c.groups['ord'] or 1) - 1:02d}")


# "for the year", "the end of the year", "earlier in the year": the calendar year itself.
_NAMES_THE_YEAR = re.compile(r"\b(?:of|for|(?:earlier|later)\s+in)\s+$", re.IGNORECASE)


def _the_unit(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    unit = (g["unit"] or "").lower()
    the = (g["the"] or "").lower()
    mod = (g["mod"] or "").strip().lower()
    if the == "a" and is_rate(x.text, c.start, c.end):
        return None
    if the == "a" and mod in ("fiscal", "calendar"):
        return None  # "swapped for a calendar year": a kind of accounting period, no time
    if the == "a" and mod and unit != "time":
        return Resolved("DURATION", cal.duration_value(1, unit))  # "for a full year"
    if unit == "year" and the == "the" and mod in ("", "fiscal", "entire", "whole"):
        # "for the year", "the end of the year" name the calendar year; "during the year" spans it.
        named = _NAMES_THE_YEAR.search(x.text, max(0, c.start - 12), c.start)
        # "for the fiscal year" names it as well; "for the whole year" measures it.
        measured = mod not in ("", "fiscal") or PERIOD_ENDED.match(x.text, c.end)
        if not (named and x.anchor) or measured:
            return Resolved("DURATION", "P1Y")
    if x.anchor is None:
        return Resolved("DATE", _UNANCHORED_UNIT.get(unit, "XXXX-XX-XX"), anchored=False)
    if unit == "day":
        return None if the == "the" else Resolved("DATE", cal.day_value(x.anchor))
    value = _unit_value(x.anchor, unit, 0, x.tense)
    return None if value is None else Resolved("DATE", value)


def _season(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    code = cal.SEASON_CODE[(g["s"] or "").lower()]
    year = g["y"] or (spoken_year(g["sy"]) if g["sy"] else None)
    if not (g["edge"] or g["rel"] or year):
        return None  # a bare "summer" is too often no time at all ("summer camp")
    if year:
        return Resolved("DATE", f"{year}-{code}")
    if re.match(r"\s+of\b", x.text[c.end : c.end + 4]):
        return None  # "the fall of the old regime"
    if x.anchor is None:
        return Resolved("DATE", "XXXX-" + code, anchored=False)
    rel = g["rel"] or ""
    direction = relative(rel) if rel.lower() != "the" else None
    direction = direction or default_direction(x.tense)
    return Resolved("DATE", f"{cal.season_year(x.anchor, code, direction):04d}-{code}")


def _holiday(c: Candidate, x: Ctx) -> Resolved | None:
    g = c.groups
    name = g["h"] or ""
    eve = (g["suf"] or "").lower() == "eve"
    if x.anchor is None:
        return Resolved("DATE", "XXXX-XX-XX", anchored=False)
    direction = relative(g["rel"]) or default_direction(x.tense)
    year = x.anchor.year
    # "once Easter week began": a holiday's week has begun by its first day, six days before.
    lead = dt.timedelta(days=6 if (g["suf"] or "").lower() == "week" else 0)
    for y in (x.anchor.year - 1, x.anchor.year, x.anchor.year + 1):
        day = cal.holiday_date(name, y) - lead
        if direction in ("past", "before") and day <= x.anchor:
            year = y
        elif direction in ("future", "after") and day >= x.anchor:
            year = y
            break
    day = cal.holiday_date(name, year) - dt.timedelta(days=1 if eve else 0)
    if (g["suf"] or "").lower() == "week":
        return Resolved("DATE", cal.week_value(day))
    return Resolved("DATE", cal.day_value(day))


_RESOLVERS: dict[str, Callable[[Candidate, Ctx], Resolved | None]] = {
    "iso": lambda c, x: _iso(c),
    "slash": lambda c, x: _slash(c),
    "mdy": _month_day,
    "dmy": _month_day,
    "month": _month,
    "weekday": _weekday,
    "clock": _clock,
    "deictic": _deictic,
    "pod_alone": _pod_alone,
    "rel_unit": _rel_unit,
    "rel_day": _rel_day,
    "ago": _ago,
    "duration": _duration,
    "hyphen_dur": _hyphen_duration,
    "another_unit": lambda c, x: Resolved(
        "DURATION", cal.duration_value(1, c.groups["unit"] or "")
    ),
    "quarter": quarter,
    "fiscal_year": _year,
    "decade": _decade,
    "century": _century,
    "spoken_year": _spoken_year,
    "year_ago": year_ago,
    "the_unit": _the_unit,
    "season": _season,
    "holiday": _holiday,
    "set": set_value,
    "vague": vague,
}


def _iso(c: Candidate) -> Resolved | None:
    g = c.groups
    try:
        day = dt.date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    except ValueError:
        return None
    if g["hh"]:
        return Resolved("TIME", f"{day.isoformat()}T{g['hh']}:{g['mi']}")
    return Resolved("DATE", day.isoformat())


def _slash(c: Candidate) -> Resolved | None:
    g = c.groups
    year = int(g["y"] or 0)
    if year < 100:
        year += 1900 if year > 30 else 2000
    try:
        return Resolved("DATE", dt.date(year, int(g["m"] or 0), int(g["d"] or 0)).isoformat())
    except ValueError:
        return None


def resolve(
    cand: Candidate, text: str, anchor: dt.date | None, tense_of: TenseOf
) -> Resolved | None:
    """TIMEX3 type and value of one candidate, or None when it is not a timex after all."""
    if is_name(cand.rule, text, cand.start, cand.end):
        return None
    return _RESOLVERS[cand.rule](cand, Ctx(text, anchor, tense_of))
