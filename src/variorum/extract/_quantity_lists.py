"""Numbers written as a list whose shared noun comes once, after the last of them."""

from __future__ import annotations

import re

# "two-, three- and four-deck": numbers whose shared noun is written once, after the last.
_SUSPENDED_NEXT = re.compile(
    r"-(?:,?\s+|\s*,\s*)(?:[\w.]+-,?\s+)*(?:(?:and|or|to)\s+)?[\w.]+-(?P<unit>[a-z]+)\b",
    re.IGNORECASE,
)
_SUSPENDED_LAST = re.compile(r"[\w.]+-,?\s+(?:[\w.]+-,?\s+)*(?:and|or|to)\s+$", re.IGNORECASE)
_SUSPENDED_UNIT = re.compile(r"-(?P<unit>[a-z]+)\b", re.IGNORECASE)


def suspended_hyphen(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(noun, end) of a number in a list whose noun is written once: each of "two-,
    three- and four-deck" counts decks. None for any other number."""
    if text[end : end + 1] != "-":
        return None
    m = _SUSPENDED_NEXT.match(text, end)
    if m is not None:
        return m.group("unit").lower(), end + 1
    if _SUSPENDED_LAST.search(text, max(0, start - 40), start) is None:
        return None
    last = _SUSPENDED_UNIT.match(text, end)
    return (last.group("unit").lower(), last.end()) if last is not None else None
