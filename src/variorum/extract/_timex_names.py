"""Temporal words that are part of a name: "Valley Today", the show "Next Week", "90 Minutes".

A name refers to no time (TimeML annotates none), but the words match the date rules. Two
signs give a name away without a parse: a unit word written with a capital inside a quoted
title, and "Today" right after another capitalised word.
"""

from __future__ import annotations

import re

# Rules whose last word is an ordinary noun or adverb, written in lower case unless it is
# part of a name; month, weekday and holiday names are always capitalised.
_COMMON_WORD_RULES = frozenset(("rel_unit", "the_unit", "duration", "clock", "deictic"))
_QUOTE_BEFORE = re.compile(r"(?:[\"“‘`]|'')\s*$")
_QUOTE_AFTER = re.compile(r"[.,!?]?\s*(?:[\"”’]|'')")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“'`])\s(?-i:[A-Z][\w&.-]*)\s+$")


def is_name(rule: str, text: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` of ``rule`` is (part of) a name, not a time."""
    if rule not in _COMMON_WORD_RULES:
        return False
    words = text[start:end].split()
    last = words[-1]
    if not last[:1].isupper() or last.isupper():
        return False  # lower case, or an all-capitals line (a headline, a shouted word)
    if len(words) > 1 and (
        _QUOTE_BEFORE.search(text, max(0, start - 3), start) or _QUOTE_AFTER.match(text, end)
    ):
        return True  # "Next Week", ''90 Minutes'': a title in quotes
    before = text[max(0, start - 30) : start]
    return last == "Today" and len(words) == 1 and bool(_CAPITALISED_WORD_BEFORE.search(before))
