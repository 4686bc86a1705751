"""Concepts of quantities paired with a list by "respectively".

"Berth depths are 9 metres, 11 metres and 14 metres at the ferry, tug and container
quays, respectively": each depth belongs to one quay, in order. The parse seldom
gets such lists right, so the pairing is read off the text: a run of quantities joined by
commas and "and", then a preposition and a list of as many items before "respectively".
"""

from __future__ import annotations

import re

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# What may stand between two quantities of one run: "9 metres, 11 metres and 14 metres".
_RUN_JOIN = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*", re.IGNORECASE)
# The list after the run: "at the ferry, tug and container quays, respectively".
_LIST_AFTER = re.compile(
    r"\s+(?:for|in|of|at|among|on)\s+(?:the\s+)?(?P<items>[^.;:()]+?),?\s+respectively\b",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)


def _paired_in_sentence(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """For quantities at ``spans`` (character offsets in ``text``, in order, within one
    sentence), the list item each is paired with by "respectively", by position in
    ``spans``; empty when the sentence pairs nothing."""
    if not spans or _RESPECTIVELY.search(text, spans[0][0]) is None:
        return {}
    paired: dict[int, str] = {}
    run = [0]
    for n in range(1, len(spans) + 1):
        joined = n < len(spans) and _RUN_JOIN.fullmatch(text, spans[n - 1][1], spans[n][0])
        if joined:
            run.append(n)
            continue
        if len(run) >= 2:
            listed = _LIST_AFTER.match(text, spans[run[-1]][1])
            if listed is not None:
                items = [_DETERMINERS.sub("", i) for i in _ITEM_SPLIT.split(listed["items"])]
                if len(items) == len(run) and all(items):
                    paired.update(zip(run, items, strict=True))
        run = [n]
    return paired


def respective_items(text: str, quantities: list[tuple[int, int, int]]) -> dict[int, str]:
    """For quantities given as (start, end, end of their sentence), in text order, the
    "respectively" list item each is paired with, by its index in ``quantities``."""
    paired: dict[int, str] = {}
    first = 0
    while first < len(quantities):
        sent_end = quantities[first][2]
        after = first
        while after < len(quantities) and quantities[after][2] == sent_end:
            after += 1
        spans = [(q[0], q[1]) for q in quantities[first:after]]
        for n, item in _paired_in_sentence(text[:sent_end], spans).items():
            paired[first + n] = item
        first = after
    return paired
