"""Ranges: "between 300 and 400", "300-400", "$20 to $25 billion" as one quantity."""

from __future__ import annotations

import re

from ._quantity_found import Found

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|through)\s*$", re.IGNORECASE)


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """Join "between 300 and 400", "300-400", "$20 to $25 billion" into ranges."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _is_range(text, a, b):
            out.append(_as_range(text, a, b))
            i += 2
            continue
        if b is not None and text[a.end : b.start] == "-" and a.unit == b.unit is None:
            i += 2  # "drew 1-1", "won 3-1", "ISO 7810-1": a score or a code
            continue
        out.append(a)
        i += 1
    return out


def _is_range(text: str, a: Found, b: Found) -> bool:
    between = text[a.end : b.start]
    if not _RANGE_JOIN.match(between):
        return False
    word = between.strip().lower()
    before = text[max(0, a.start - 12) : a.start].lower()
    if word == "and" and not re.search(r"between\s+$", before):
        return False
    if a.unit is not None and b.unit is not None and not _same_unit(a.unit, b.unit):
        return False
    if a.unit is not None and b.unit is None and a.explicit_unit:
        return False
    if word in {"-", "–", "—"} and _scaled_low(a, b) >= b.value:
        return False  # "2-1", "89-89": a score, not a range
    if a.change in {"up", "down"} and word == "to" and a.explicit_unit and b.explicit_unit:
        return False  # "fell 68p to 212p": a move, then the level it reached
    return not (b.change in {"up", "down"} or (a.change in {"up", "down"} and word != "to"))


def _same_unit(a: str, b: str) -> bool:
    """ "$52,000 and $75,000 a year": a rate's denominator may be written once."""
    return a == b or a.startswith(b + " per ") or b.startswith(a + " per ")


def _scaled_low(a: Found, b: Found) -> float:
    """The low end with the high end's multiplier when it has none: "$20 to $25 billion"."""
    if a.multiplier == 1.0 and b.multiplier != 1.0 and a.raw < b.raw:
        return a.raw * b.multiplier
    return a.value


def _as_range(text: str, a: Found, b: Found) -> Found:
    low = _scaled_low(a, b)
    lo, hi = min(low, b.value), max(low, b.value)
    return Found(
        start=a.start, end=b.end, num_end=b.num_end, value=lo, raw=lo,
        multiplier=b.multiplier, unit=max(a.unit or "", b.unit or "", key=len) or None,
        explicit_unit=a.explicit_unit or b.explicit_unit,
        change=a.change if a.change in {"~", "up", "down"} else "=", words=a.words, high=hi,
    )  # fmt: skip
