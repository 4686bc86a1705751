"""Shares written in words ("half the crew", "a third of voters", "one in five homes",
"one of four bidders"): their unit says what they are a share of.

A share is not a count of the noun after it: "half the crew" is 0.5 of the crew, not 0.5
crew members. Its unit is "fraction of crew" ("fraction" alone when no noun names the whole:
"a third of those asked"). A share of a measure is that measure: "half an hour" is 0.5
hour, "a quarter of a mile" 0.25 mile.
"""

from __future__ import annotations

import re
from typing import Any

from ._concepts import counted_noun
from ._units import word_unit_table

_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
# What the scanner reads as a share (see ``_FRACTION_RE`` and ``ONE_IN_RE`` in quantities).
SHARE_RE = re.compile(
    rf"(?:{_NUMBER_WORD}[\s-]+)?(?:half|thirds?|quarters?|fifths?|tenths?)"
    # not an order of magnitude: "tens of thousands" is a count, not a share
    r"|(?!(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b)"
    r"\w+\s+(?:in|out\s+of|of)\s+(?:every\s+)?\w+",
    re.IGNORECASE,
)
# "one in five homes", "two out of three voters", "one of four bidders": a share; the
# "of" form only with a small whole written as a number, not "one of 2019's best".
ONE_IN_RE = re.compile(
    r"\b(?P<n>one|two|three|\d+)\s+(?:(?:in|out\s+of)\s+(?:every\s+)?(?P<d>\w+)"
    r"|of\s+(?P<w>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d{1,3})"
    r"(?=\s+[a-z]))\b",
    re.IGNORECASE,
)


def share_unit(doc: Any, number_index: int, sent_end: int) -> tuple[str, int | None]:
    """The unit of the share whose last token is ``number_index`` and the index of the
    noun it names, if any: "half the cabins" -> ("fraction of cabin", i); "half an hour" ->
    ("hour", i); "a third of those asked" -> ("fraction", None)."""
    i = number_index
    if i + 1 < sent_end and doc[i + 1].pos_ == "DET":
        i += 1  # "half the cabins", "half an hour"
    counted = counted_noun(doc, i, sent_end)
    if counted is None:
        return "fraction", None
    noun, noun_index = counted
    measure = word_unit_table().get(noun.rsplit(" ", 1)[-1])
    if measure is not None:
        return measure, noun_index
    return f"fraction of {noun}", noun_index
