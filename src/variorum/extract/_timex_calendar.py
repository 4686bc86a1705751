"""Calendar arithmetic and TIMEX3 value formatting, independent of any text.

Directions say where a relative expression points from the anchor (the publication date):
``past`` and ``future`` include the anchor day itself ("Friday" in a story dated Friday),
``before`` and ``after`` exclude it ("last Friday", "next Friday").
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Direction = Literal["past", "future", "before", "after", "same", "nearest"]

MONTH_NUMBER = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAY_NUMBER = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
PART_OF_DAY_CODE = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip
SEASON_CODE = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def month_number(word: str) -> int:
    return MONTH_NUMBER[word[:3].lower()]


def weekday_number(word: str) -> int:
    return WEEKDAY_NUMBER[word[:3].lower()]


def parse_anchor(published: str | None) -> dt.date | None:
    """The date part of an ISO 8601 date or date-time; None when absent or unreadable."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def day_value(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_quarters(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def weekday_date(anchor: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The date of ``weekday`` seen from ``anchor`` in ``direction``."""
    today = anchor.weekday()
    if direction == "before":
        return anchor - dt.timedelta(days=(today - weekday - 1) % 7 + 1)
    if direction == "after":
        return anchor + dt.timedelta(days=(weekday - today - 1) % 7 + 1)
    if direction == "future":
        return anchor + dt.timedelta(days=(weekday - today) % 7)
    if direction == "same":
        return anchor + dt.timedelta(days=weekday - today)
    return anchor - dt.timedelta(days=(today - weekday) % 7)


def month_year(anchor: dt.date, month: int, direction: Direction) -> int:
    """The year of the named ``month`` seen from ``anchor`` in ``direction``."""
    y, m = anchor.year, anchor.month
    if direction == "past":
        return y if month <= m else y - 1
    if direction == "before":
        return y if month < m else y - 1
    if direction == "future":
        return y if month >= m else y + 1
    if direction == "after":
        return y if month > m else y + 1
    if direction == "nearest":
        return y + closest_year(month, m, 12, 0, 0)
    return y


def closest_year(position: int, here: int, per_year: int, lean: int, penalty: int) -> int:
    """Year offset (-1, 0, 1) putting a yearly ``position`` closest to ``here``.

    Positions count units (days, months, quarters) within a year of ``per_year`` units;
    ``lean`` is -1 when the verb is past, 1 when future, 0 when unknown: a candidate on the
    other side of the anchor costs ``penalty`` units extra, so the tense decides close calls
    but "Nov. 10" in a past-tense sentence dated Nov. 2 stays in the same year.
    """

    def cost(offset: int) -> int:
        distance = offset * per_year + position - here
        wrong_side = lean * distance < 0
        return abs(distance) + (penalty if wrong_side else 0)

    return min((-1, 0, 1), key=cost)


def day_year(anchor: dt.date, month: int, day: int, direction: Direction) -> int:
    """The year of "Sept. 30" seen from ``anchor``: past dates lie on or before it."""
    y = anchor.year
    here = (anchor.month, anchor.day)
    if direction in ("past", "before"):
        return y if (month, day) <= here else y - 1
    if direction in ("future", "after"):
        return y if (month, day) >= here else y + 1
    if direction == "nearest":
        return y + closest_year(month * 31 + day, here[0] * 31 + here[1], 372, 0, 0)
    return y


def season_year(anchor: dt.date, season: str, direction: Direction) -> int:
    """Year of a season; winter belongs to the year of its January-February part's December."""
    current = _SEASON_ORDER[(anchor.month % 12) // 3]
    now, then = _SEASON_ORDER.index(current), _SEASON_ORDER.index(season)
    y = anchor.year
    if direction in ("before", "past"):
        return y if then < now or (direction == "past" and then == now) else y - 1
    if direction in ("after", "future"):
        return y if then > now or (direction == "future" and then == now) else y + 1
    return y


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Movable holidays as (month, weekday, n): Thanksgiving is the fourth Thursday of November.
_NTH_WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "labor": (9, 0, 1), "mother's": (5, 6, 2), "father's": (6, 6, 3),
}  # fmt: skip
_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "new": (1, 1), "halloween": (10, 31), "independence": (7, 4),
    "veterans": (11, 11), "valentine's": (2, 14), "boxing": (12, 26), "st.": (3, 17), "st": (3, 17),
}  # fmt: skip


def holiday_date(name: str, year: int) -> dt.date:
    """Fixed and movable holidays that news text names."""
    key = name.lower().split()[0]
    if key in _NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS[key])
    if key == "memorial":  # last Monday of May
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if key == "election":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    if key == "easter":
        return _easter(year)
    if key == "good":  # Good Friday
        return _easter(year) - dt.timedelta(days=2)
    month, day = _FIXED_HOLIDAYS[key]
    return dt.date(year, month, day)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def duration_value(amount: float | None, unit: str) -> str:
    """P3Y, PT5H30M, PXW (``amount`` None: a vague "several weeks")."""
    unit = unit.lower().rstrip("s")
    if unit in ("centurie", "century"):
        amount, code, timed = (None if amount is None else amount * 100), "Y", False
    elif unit == "decade":
        amount, code, timed = (None if amount is None else amount * 10), "Y", False
    elif unit == "quarter":
        code, timed = "Q", False
    elif unit == "fortnight":
        amount, code, timed = (None if amount is None else amount * 2), "W", False
    else:
        code, timed = _UNIT_CODE.get(unit, ("D", False))
    if amount is None:
        return f"PT X{code}".replace(" ", "") if timed else f"PX{code}"
    if amount != int(amount):
        return _fractional(amount, code, timed)
    return f"PT{int(amount)}{code}" if timed else f"P{int(amount)}{code}"


_UNIT_CODE = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "weekend": ("D", False), "week": ("W", False),
    "month": ("M", False), "year": ("Y", False),
}  # fmt: skip
_SMALLER = {"H": ("M", 60), "M": ("S", 60), "D": ("H", 24), "Y": ("M", 12)}


def _fractional(amount: float, code: str, timed: bool) -> str:
    """5.5 hours -> PT5H30M; 1.5 years -> P1Y6M; other fractions keep a decimal."""
    whole = int(amount)
    smaller = _SMALLER.get(code) if timed or code in ("D", "Y") else None
    if smaller is None:
        return f"PT{amount:g}{code}" if timed else f"P{amount:g}{code}"
    small_code, factor = smaller
    part = round((amount - whole) * factor)
    if code == "D":
        return f"P{whole}DT{part}H" if whole else f"PT{part}H"
    head = f"{whole}{code}" if whole else ""
    return f"PT{head}{part}{small_code}" if timed else f"P{head}{part}{small_code}"
