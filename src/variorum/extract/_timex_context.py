"""What every resolver shares: the resolved value, the tense lookup, amounts and directions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..model import TimexType
from . import _timex_calendar as cal

Tense = Literal["past", "present", "future"] | None
TenseOf = Callable[[], Tense]


@dataclass(frozen=True)
class Resolved:
    type: TimexType
    value: str
    anchored: bool = True
    start: int | None = None  # a narrower span than the candidate's, when set
    end: int | None = None


_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half": 0.5,
}  # fmt: skip
_VAGUE = re.compile(r"few|couple|several|some|many|number", re.IGNORECASE)
_COUPLE = re.compile(r"couple", re.IGNORECASE)
_WORD = re.compile(r"1/2|[a-z]+|\d+(?:\.\d+)?", re.IGNORECASE)


def parse_amount(text: str) -> float | None:
    """'three' -> 3, 'twenty-four' -> 24, '5 1/2' -> 5.5, 'two to three' -> 2; vague -> None."""
    if _COUPLE.search(text):
        return 2
    if _VAGUE.search(text):
        return None
    text = re.split(r"\s*(?:\bto\b|\bor\b|-(?=\d))\s*", text.strip(), maxsplit=1)[0]
    total = 0.0
    for word in _WORD.findall(text):
        low = word.lower()
        if low == "1/2":
            total += 0.5
        elif low[0].isdigit():
            total += float(low)
        elif low == "hundred":
            total = (total or 1) * 100
        elif low in _SMALL_NUMBERS:
            total += _SMALL_NUMBERS[low]
    return total or None


def default_direction(tense: Tense) -> cal.Direction:
    """News narrates the past: a bare weekday is past unless the verb is future."""
    return "future" if tense == "future" else "past"


def lean(tense: Tense) -> int:
    return {"past": -1, "future": 1}.get(tense or "", 0)


_REL_DIRECTION: dict[str, cal.Direction] = {
    "last": "before", "past": "before", "previous": "before", "next": "after",
    "coming": "after", "following": "after", "this": "same", "current": "same", "same": "same",
}  # fmt: skip


def relative(rel: str | None) -> cal.Direction | None:
    if not rel:
        return None
    words = rel.lower().split()
    if words[:2] == ["this", "past"]:
        return "before"
    if words[:2] == ["this", "coming"]:
        return "after"
    return _REL_DIRECTION.get(words[-1])


def part_of_day_suffix(word: str | None) -> str:
    """ "TMO" for "morning"; "" for no part of the day."""
    return "T" + cal.PART_OF_DAY_CODE[word.lower()] if word else ""


class Ctx:
    """What every rule needs: the text, the anchor and a lazy tense lookup."""

    def __init__(self, text: str, anchor: dt.date | None, tense_of: TenseOf) -> None:
        self.text = text
        self.anchor = anchor
        self._tense_of = tense_of
        self._tense: Tense = None
        self._tense_known = False

    @property
    def tense(self) -> Tense:
        if not self._tense_known:
            self._tense, self._tense_known = self._tense_of(), True
        return self._tense
