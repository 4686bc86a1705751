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
    for pattern, cue in ctx.BOUND_BEFORE:
        if pattern.search(before):
            return cue
    return change
