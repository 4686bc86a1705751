"""Publication dates as people write them, to ISO 8601.

Only absolute dates are read ("14 March 2026", "March 14, 2026", "2026-03-14T08:00Z",
"Sat 14 Mar 2026 10:32 GMT"). Relative ones ("2 hours ago") return ``None``: resolving
them against today's date would invent a date the article never stated.
"""

from __future__ import annotations

import re
from datetime import date, datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s)\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|Z)?)?"
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_DAY_MONTH_YEAR = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})" + _TIME,
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    _WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})" + _TIME,
    re.IGNORECASE,
)
_SLASHED_ISO = re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})")
_ZONES_AT_UTC = frozenset({"GMT", "UTC", "Z"})


def parse_date(text: str) -> str | None:
    """The first absolute date in ``text`` as ``YYYY-MM-DD`` (``THH:MM`` when a time is given)."""
    text = text.strip()
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _SLASHED_ISO):
        match = pattern.search(text)
        if match is not None:
            iso = _to_iso(match)
            if iso is not None:
                return iso
    return None


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    month_text = parts["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
    try:
        day = date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None
    if parts.get("hour") is None:
        return day.isoformat()
    hour = int(parts["hour"])
    ampm = (parts.get("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    second = int(parts["second"]) if parts.get("second") else 0
    try:
        moment = datetime(day.year, day.month, day.day, hour, int(parts["minute"]), second)
    except ValueError:
        return day.isoformat()
    iso = moment.isoformat(timespec="seconds" if second else "minutes")
    zone = parts.get("zone")
    if zone:
        zone = zone.upper()
        if zone in _ZONES_AT_UTC:
            iso += "Z"
        elif zone[0] in "+-":
            iso += zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
        # Named local zones (BST, EST, ...) are left off rather than guessed at.
    return iso


_PUBLISHED_LINE = re.compile(
    r"^(?:[•·*\-]\s*)?(?P<kind>first published|published|last updated|updated|posted)"
    r"(?:\s+(?:on|at))?\s*[:,]?\s*(?P<rest>.*?)\s*$",
    re.IGNORECASE,
)
_RELATIVE_TIME = re.compile(
    r"^(?:about\s+|an?\s+|\d+\s*)(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago$"
    r"|^(?:just now|yesterday|today|moments ago)$",
    re.IGNORECASE,
)
_MAX_PUBLISHED_LINE_WORDS = 14


def parse_published_line(line: str) -> tuple[str, str | None] | None:
    """Read a "Published 14 March 2026" / "Updated: 2 hours ago" / "• Published" line.

    Returns ``(kind, iso)`` with kind "published" or "updated" and ``iso`` the date when it
    is absolute, or ``None`` when the line is not such a line (a sentence that merely starts
    with "Published ..." is not one: the rest must be empty, a date, or a relative time).
    """
    match = _PUBLISHED_LINE.match(line.strip())
    if match is None or len(line.split()) > _MAX_PUBLISHED_LINE_WORDS:
        return None
    kind = "updated" if "updated" in match["kind"].lower() else "published"
    rest = match["rest"].rstrip(".")
    if not rest:
        return kind, None
    if _RELATIVE_TIME.match(rest):
        return kind, None
    if not _starts_like_a_date(rest):
        return None
    iso = parse_date(rest)
    if iso is None:
        return None
    return kind, iso


def _starts_like_a_date(text: str) -> bool:
    first = text.split(None, 1)[0].strip(".,").lower()
    return first[:1].isdigit() or first in _MONTHS or first[:3] in _WEEKDAYS


_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
