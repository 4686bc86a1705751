"""What a quantity takes from the quantities before it in its sentence: a unit it leaves
unsaid ("310 flats by auction and 92 by tender"), a unit the sentence implies (an age, an
index's level in points), and whether a change verb's number is the level reached after
the move was stated ("lost 85 points, or 1.3%, to fall to 6,310")."""

from __future__ import annotations

import re
from dataclasses import replace

from . import _context as ctx
from ._quantity_found import Found


def same_order(a: Found, b: Found) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low < 10


_AGE_BEFORE = re.compile(
    r"(?:\baged|\bages?\s+of|\bat\s+age|\blife\s+expectancy(?:\s+[\w']+){0,5}?"
    r"\s+(?:is|was|of|at|to|reached|hit))\s+"
    r"(?:(?:about|around|nearly|almost|roughly|just|over|under)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+$")


def implied_unit(text: str, f: Found, same_sentence: list[Found]) -> Found:
    """A bare number whose unit the sentence implies: an age ("men aged 40", "life
    expectancy there is around 73"), or an index's level after its move in points ("the
    index shed 120 points, or 1.5%, to close at 7,900")."""
    before = text[max(0, f.start - 60) : f.start]
    if _AGE_BEFORE.search(before):
        return replace(f, unit="year of age")
    moved_in_points = any(b.unit == "point" and b.change in {"up", "down"} for b in same_sentence)
    if moved_in_points and _LEVEL_BEFORE.search(before):
        return replace(f, unit="point")
    return f


def level_after_stated_move(text: str, f: Found, same_sentence: list[Found]) -> bool:
    """Whether ``f`` is the level a verb moved to ("fell to 7,425") after the sentence has
    already stated the move's amount."""
    if f.change not in ("up", "down") or not any(b.change in ("up", "down") for b in same_sentence):
        return False
    before = text[max(0, f.start - 40) : f.start].lower()
    return any(pattern.search(before) for pattern, _ in ctx.MOVED_TO)


def elliptical_unit(text: str, prev: Found, f: Found) -> Found:
    """A bare number parallel to the quantity before it shares its unit: "310 flats by auction
    and 92 by tender", "460 vehicles compared with 63", "rose 2% but fell by 1".

    Not across a sentence end, and not from a percentage to a level ("rose 8% to 3.65").
    """
    if prev.unit is None or f.words or "." in text[prev.end : f.start].replace(". ", "\n")[:-1]:
        return f
    between = text[prev.end : f.start]
    if "\n" in between or re.search(r"[.;!?]\s", between):
        return f
    if prev.unit.startswith(("percent", "basis point", "count")):
        if not (f.change in {"up", "down"} and prev.change in {"up", "down"}):
            return f
    elif re.search(r"\bto\s+$", between) and prev.change in {"up", "down"}:
        return f
    return replace(f, unit=prev.unit)
