"""The bound, approximation or change the words before a number give it, as NewsQuant's
annotation (following CQE's bound lexicon) reads them.

The lexicon itself (change verbs, bound and approximation words) is ``_context``'s. CQE
reads the words before a number in order and lets the last one in its lexicon decide, so the
word nearest the number wins: "rose about 5%" is an approximation ("~"), not a rise; and
"slightly higher at $2.30" names a level above ("higher" and "lower" are bounds in that
lexicon, not moves). "40 fewer sailings" is the mirror of "40 more sailings" (a bound).
"""

from __future__ import annotations

import re

from ..model import Change
from . import _context as ctx

# An approximation right before the number, after a change verb ("fell roughly 8%", "was up
# about 3 points", "cut by some 40 tonnes").
_APPROX_LAST = re.compile(r"(?:^|\W)(?:about|around|some|nearly|almost|roughly|approximately)\s*$")
# A level "higher at" / "lower at": a bound in CQE's lexicon ("closed lower at 88p").
_BOUND_LEVEL_BEFORE: tuple[tuple[re.Pattern[str], Change], ...] = (
    (re.compile(r"(?:^|\W)higher\s+at\s*$"), ">"),
    (re.compile(r"(?:^|\W)lower\s+at\s*$"), "<"),
)

# Bounds and approximations beside ``_context.BOUND_BEFORE``, tried before it, in one
# pattern (each number's context is searched once). A negation turns a bound around: "not
# more than 300" is at most 300, "not under 12" at least 12.
_MORE_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<at_most>not (?:more|greater|higher|larger|bigger|longer|older) than"
    r"|no (?:greater|higher|larger|bigger|longer|older) than"
    r"|not (?:over|above|exceeding|to exceed|beyond)|at the (?:very )?most"
    r"|(?:just|a little|a bit|a shade|slightly|well) short of|south of|not quite)"
    r"|(?P<at_least>not (?:less|fewer|lower|smaller|shorter|younger) than"
    r"|no (?:lower|smaller|shorter|younger) than|not (?:under|below)"
    r"|at the (?:very )?least|at a minimum)"
    r"|(?P<about>the better part of|getting on for|nigh on|(?:in|on|of) the order of"
    r"|in the (?:neighbourhood|neighborhood|vicinity) of|something like|more or less))"
    r"\s*(?:(?:just|only|slightly|well|still|barely)\s+)?$"
)
_MORE_BEFORE_CUES: dict[str, Change] = {"at_most": "<", "at_least": ">", "about": "~"}
# The words those phrases end with, and the fillers that may follow them.
_MORE_BEFORE_LAST = frozenset(
    "than over above exceeding exceed beyond most of quite under below least minimum for on"
    " like less".split()
)
_FILLERS = frozenset("just only slightly well still barely".split())


def more_bound_before(before: str) -> tuple[Change, int] | None:
    """The bound or approximation that ``before`` (lower-cased text before a number) ends
    with, of those beside ``_context.BOUND_BEFORE``, and where its words start."""
    words = before.rsplit(None, 2)
    last = words[-1] if words else ""
    if last in _FILLERS and len(words) > 1:
        last = words[-2]
    if last not in _MORE_BEFORE_LAST:
        return None  # the search below is the dearer test; most contexts fail this one
    m = _MORE_BEFORE.search(before)
    if m is None or m.lastgroup is None:
        return None
    return _MORE_BEFORE_CUES[m.lastgroup], m.start()


# After the number and its unit, beside ``_context.BOUND_AFTER``: "aged 65 and over", "40-plus
# berths", "90 minutes or thereabouts", "children of 12 and under"; not "for 10 years and
# over the next decade" (a phrase goes on).
_PHRASE_GOES_ON = (
    r"(?!\s*(?:\d|to\b|the\b|an?\b|this\b|that\b|these\b|those\b|its\b|his\b|her\b"
    r"|their\b|our\b|my\b|your\b))"
)
MORE_BOUND_AFTER: tuple[tuple[re.Pattern[str], Change], ...] = (
    (
        re.compile(
            rf"-plus\b|\s+and\s+(?:over|above|up|upwards)\b{_PHRASE_GOES_ON}"
            r"|\s+(?:and|or)\s+older\b|\s+or\s+(?:longer|upwards)\b"
        ),
        ">",
    ),
    (
        re.compile(
            rf"\s+and\s+(?:under|below)\b{_PHRASE_GOES_ON}|\s+(?:and|or)\s+younger\b"
            r"|\s+or\s+shorter\b"
        ),
        "<",
    ),
    (re.compile(r"\s+or\s+thereabouts\b"), "~"),
)
# Right after a bare number, beside ``_context.BOUND_AFTER``: "40 fewer sailings", not "40
# fewer than last year" (a comparison) nor "ran the 10 km fewer times" (after a unit).
BOUND_FEWER_AFTER = re.compile(r"\s+fewer\b(?!\s+than\b)")


def cue_before(before: str, change: Change) -> Change:
    """The change that ``before`` (the lower-cased text before a number) gives it, unless
    the number already has one (``change`` other than "=")."""
    if change != "=":
        return change
    for pattern, cue in ctx.CHANGE_BEFORE:
        if pattern.search(before):
            return "~" if _APPROX_LAST.search(before) else cue  # the nearest word decides
    for pattern, cue in _BOUND_LEVEL_BEFORE:
        if pattern.search(before):
            return cue
    more = more_bound_before(before)
    if more is not None:
        return more[0]
    for pattern, cue in ctx.BOUND_BEFORE:
        if pattern.search(before):
            return cue
    return change
