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


def fold(text: str) -> str | None:
    """``text`` lower-cased for the rough patterns, or None where that would move an offset."""
    folded = text.translate(_FOLD).lower()
    return folded if len(folded) == len(text) else None


def matches_at_rough(
    exact: re.Pattern[str], rough: re.Pattern[str], text: str, folded: str
) -> Iterator[re.Match[str]]:
    """What ``exact.finditer(text)`` gives, for a pattern that never matches the empty string
    and whose every match starts where ``rough`` matches ``folded``."""
    search, match = rough.search, exact.match
    pos = 0
    while (hit := search(folded, pos)) is not None:
        found = match(text, hit.start())
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
