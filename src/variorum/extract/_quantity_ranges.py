"""Ranges: "between 300 and 400", "300-400", "$20 to $25 billion" as one quantity."""

from __future__ import annotations

import re

from ._quantity_found import Found

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|through)\s*$", re.IGNORECASE)
# "from" opens a range: "from 240 to 273", also with a few words between the first end, when
# it has its unit, and "to" ("from 30 mpg overall to 34", "from 4% in 2019 to 6%"); not
# across a clause, nor after a bare number, whose counted noun may differ from the second's
# ("from 12 rooms to 3 offices").
_FROM_BEFORE = re.compile(r"(?:^|\W)from\s+$", re.IGNORECASE)
_FROM_JOIN = re.compile(r"^\s+(?:(?:[^\W\d][\w'’-]*|(?:1[89]|20)\d\d)\s+){1,3}to\s+$")
_CHAIN_JOIN = re.compile(r"^\s*to\s*$", re.IGNORECASE)
_OR_JOIN = re.compile(r"^\s+or\s+$", re.IGNORECASE)


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
            # "rose from $3 to $4 to $5": each step is a range, (3, 4), (4, 5).
            while (
                i < len(found)
                and _opens_with_from(text, a)
                and _CHAIN_JOIN.match(text[b.end : found[i].start])
                and _is_range(text, b, found[i], chained=True)
            ):
                a, b = b, found[i]
                out.append(_as_range(text, a, b))
                i += 1
            continue
        if b is not None and text[a.end : b.start] == "-" and a.unit == b.unit is None:
            i += 2  # "drew 1-1", "won 3-1", "ISO 7810-1": a score or a code
            continue
        out.append(a)
        i += 1
    return out


def _opens_with_from(text: str, a: Found) -> bool:
    return _FROM_BEFORE.search(text, max(0, a.start - 8), a.start) is not None


def _is_range(text: str, a: Found, b: Found, *, chained: bool = False) -> bool:
    between = text[a.end : b.start]
    if _OR_JOIN.match(between):
        # "two- or four-deck layouts": a number ``suspended_hyphen`` read as one of a list
        # ends at its hyphen; the list offers two kinds, not one rough amount
        return not text[a.start : a.end].endswith("-") and _one_uncertain_count(a, b)
    from_opens = chained or _opens_with_from(text, a)
    if not _RANGE_JOIN.match(between):
        if not (from_opens and a.explicit_unit and _FROM_JOIN.match(between)):
            return False
        between = " to "
    word = between.strip().lower()
    before = text[max(0, a.start - 12) : a.start].lower()
    if word == "and" and not re.search(r"between\s+$", before):
        return False
    if a.unit is not None and b.unit is not None and not _same_unit(a.unit, b.unit):
        return False
    if a.unit is not None and b.unit is None and a.explicit_unit and not from_opens:
        return False  # "cut 300 jobs to 2,000"; but "from 30 mpg to 34" is one range
    if word in {"-", "–", "—"} and _scaled_low(a, b) >= b.value:
        return False  # "2-1", "89-89": a score, not a range
    if a.change in {"up", "down"} and word == "to" and a.explicit_unit and b.explicit_unit:
        return False  # "fell 68p to 212p": a move, then the level it reached
    return not (b.change in {"up", "down"} or (a.change in {"up", "down"} and word != "to"))


def _one_uncertain_count(a: Found, b: Found) -> bool:
    """ "three or four years", "20 or 30 percent": neighbouring whole numbers written
    alike, the unit at most on the second, are one amount the writer is unsure of; not
    "3 years or 40 months", nor "one or 12" (too far apart to be one guess)."""
    written_alike = a.words == b.words and a.multiplier == b.multiplier
    whole = a.value.is_integer() and b.value.is_integer()
    unit_once = not a.explicit_unit or a.unit == b.unit
    # "about 30 or 45 minutes faster, respectively": a cue on the first of a paired list
    plain = a.change == "=" and b.change == "="
    return written_alike and whole and unit_once and plain and a.value < b.value <= 2 * a.value


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
