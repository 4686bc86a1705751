"""Running the timex regexes fast without changing what they find.

Python's ``re`` tries a case-insensitive pattern that opens with ``\\b`` or an optional group
at every position of the text, and a long alternation of words costs at each one. A rough
pattern (lower-case words, no flags) run over a case-folded copy of the text is much
cheaper; the real pattern is then tried only where the rough one matches.

Why that is exact: the folded text has the same length as the text, and folding keeps every
character's class (word character, space, digit; checked over all of Unicode), so ``\\b``
holds at the same places in both; the only characters other than A-Z that ``re.IGNORECASE``
matches to an ASCII letter (İ, ı, ſ and the Kelvin sign) are folded to that letter. A rough
pattern built from a real one's lower-cased words, with case-sensitive look-aheads and some
assertions dropped, therefore matches wherever the real one does, so trying the real one at
every rough match, left to right, finds what ``finditer`` finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
# The characters ``str.lower`` alone would not fold to one ASCII letter (it lower-cases "K").
_FOLD_CHARS = "İıſ"


def fold(text: str) -> str | None:
    """``text`` lower-cased for the rough patterns, or None where that would move an offset."""
    # A translation table walks the text in Python-level steps; most texts hold none of
    # the four characters, and a containment test each is a fast scan.
    if any(c in text for c in _FOLD_CHARS):
        text = text.translate(_FOLD)
    folded = text.lower()
    return folded if len(folded) == len(text) else None


def matches_at_rough(
    exact: re.Pattern[str],
    rough: re.Pattern[str],
    text: str,
    folded: str,
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[re.Match[str]]:
    """What ``exact.finditer(text, pos, endpos)`` gives, for a pattern that never matches
    the empty string and whose every match starts where ``rough`` matches ``folded``."""
    search, match = rough.search, exact.match
    end = len(text) if endpos is None else endpos
    while (hit := search(folded, pos, end)) is not None:
        found = match(text, hit.start(), end)
        if found is None:
            pos = hit.start() + 1
            continue
        yield found
        pos = found.end()


def rough_anchor(anchor: str) -> re.Pattern[str]:
    """The rough form of an anchor regex: its words in lower case, without ``\\b`` and
    without the look-ahead that asks for a capital (anchors hold no other upper-case escape)."""
    rough = anchor.replace("(?-i:(?=[A-Z]))", "").replace(r"\b", "")
    if re.search(r"\\[A-Z]", rough):
        raise ValueError(f"anchor {anchor!r} has an escape that lower-casing would change")
    return re.compile(rough.lower())


# Rules that no anchor narrows: (a rough pattern any text they match in must hold, a rough
# pattern that matches where every match of the rule starts). Written from each rule's
# words in ``_timex_patterns._RULES``; change them together (the tests compare a scan with
# these against a full scan).
ROUGH_RULES: dict[str, tuple[str | None, str]] = {
    "iso": (None, r"\d{4}-[01]\d-[0-3]\d"),
    "slash": (None, r"\d\d?/\d"),
    "century": ("century", r"\b(?:the|early|late|mid|\d)"),
    "spoken_year": ("nineteen|thousand", r"\b(?:the|nineteen|two)"),
    "decade": ("0'?s|ties", r"\b(?:the|early|late|mid|\d|')"),
    "pod_alone": ("morning|afternoon|evening", r"\b(?:early|late|mid|the)"),
    "rel_day": ("day|morning|afternoon|evening|night", r"\b(?:the|that)"),
    "year_ago": ("year", r"\b(?:the|comparable|same|year|prior|mid)"),
    "the_unit": ("year|month|week|day|time", r"\b(?:the|that|this|a)\s"),
    "fiscal_year": (
        r"1[6-9]\d\d|20\d\d",
        r"\b(?:early|earlier|late|the|mid|by|fiscal|calendar|spring|summer|fall|autumn"
        r"|winter|1[6-9]\d\d|20\d\d)",
    ),
    "vague": (
        None,
        r"\b(?:right|now|soon|current|recent|late|nowadays|these|the|at|coming|upcoming"
        r"|next|past|last|for|in|within|decades|years|months|weeks|days|hours|minutes)",
    ),
}


# Where a match of a rule that runs in anchor windows can start, as rough patterns over the
# folded text: the first word of every way the rule can begin (see ``_timex_patterns._RULES``;
# change them together, the tests compare these scans with plain ones). A word stands for
# every word it begins ("earl" for "early" and "earlier", "a" for "about" and "an extra"),
# and only rules that open with ``\b`` keep it: "month" matches "mid April" in "humid April".
_NUMBER_WORDS = (
    "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven"
    "|eight|nine|ten|eleven|twelve|thirteen|fifteen|hundred|a"
)
_EDGE_WORDS = "earl|late|the|mid|by"
_RELATIVE_WORDS = "last|next|this|past|coming|the"
_MONTH_WORDS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WEEKDAY_WORDS = "mon|tue|wed|thu|fri|sat|sun"
WINDOW_STARTS: dict[str, str] = {
    "duration": (
        r"\b(?:\d|about|around|nearly|almost|approximately|roughly|some|over|more|less|at|up"
        r"|just|only|barely|fewer|under|the|past|last|next|first|each|another|couple|several"
        r"|few|many|" + _NUMBER_WORDS + ")"
    ),
    "rel_unit": f"{_EDGE_WORDS}|{_RELATIVE_WORDS}",
    "hyphen_dur": (
        r"\b(?:\d|half|decade|day|year|month|week|hour|several|multi|" + _NUMBER_WORDS + ")"
    ),
    "month": f"{_EDGE_WORDS}|{_RELATIVE_WORDS}|{_MONTH_WORDS}",
    "mdy": f"{_EDGE_WORDS}|{_RELATIVE_WORDS}|{_WEEKDAY_WORDS}|{_MONTH_WORDS}",
    "dmy": rf"{_WEEKDAY_WORDS}|\d",
    "weekday": f"earl|late|{_RELATIVE_WORDS}|{_WEEKDAY_WORDS}",
    "set": (
        r"\b(?:every|each|per|daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly"
        r"|semiannually|once|twice|\d|" + _NUMBER_WORDS + "|" + _WEEKDAY_WORDS + ")"
    ),
    "deictic": "earl|late|mid|yesterday|today|tomorrow|tonight|last|overnight|this",
}
