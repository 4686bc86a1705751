"""``WordIndex`` says where listed words can start; without an index it says "maybe"."""

from __future__ import annotations

import re

import pytest

from variorum.extract._attribution_cues import HEDGE_PATTERN, HEDGE_WORDS
from variorum.extract._timex_scan import fold
from variorum.extract._word_index import WordIndex
from variorum.extract.claims import _HEDGE_PHRASES, _HEDGE_WORDS

TEXT = "the pier may close; dismay, mayday"  # "may" at 9, 23 and 28


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 9, False),
        (0, 10, True),  # a word that starts inside the stretch counts, even running past it
        (10, 23, False),
        (23, 24, True),
        (24, 28, False),
        (28, 34, True),
        (29, 34, False),
    ],
)
def test_may_match_where_a_word_starts(start: int, end: int, expected: bool) -> None:
    assert WordIndex(TEXT, ("may",)).may_match(start, end) is expected


def test_overlapping_words_are_all_found() -> None:
    index = WordIndex("said to said", ("said to", "to said"))
    assert index.may_match(5, 6)  # "to said" starts inside "said to"


def test_without_a_folded_text_every_stretch_may_match() -> None:
    assert WordIndex(None, ("may",)).may_match(0, 1)


# Every form each regex takes, in mixed case and inflected ("ſ" and "İ" read as "s" and
# "i" to a case-blind regex): each match must hold one of the words its index looks for.
CLAIM_HEDGES = (
    "Allegedly, ALLEGED, reportedly, Apparently, purportedly, ſupposedly, unconfirmed, "
    "unverified, Claimed, rumored, rumoured, citing no evidence, without providing any "
    "evidence, Is said to, were believed to, İt is unclear, could not be independently "
    "verified, Could Not Be confirmed"
)
QUOTE_STANCES = (
    "ALLEGEDLY allegations claimed Claims citing no evidence gave no evidence without "
    "offering any evidence Reportedly unconfirmed UNVERIFIED unſubstantiated purportedly "
    "supposed denİed denies deny denying denial disputed Disputes falsely false"
)


@pytest.mark.parametrize(
    ("pattern", "words", "text", "count"),
    [
        (_HEDGE_PHRASES, _HEDGE_WORDS, CLAIM_HEDGES, 18),
        (HEDGE_PATTERN, HEDGE_WORDS, QUOTE_STANCES, 22),
    ],
)
def test_every_match_holds_a_word_looked_for(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str, count: int
) -> None:
    folded = fold(text)
    assert folded is not None
    matches = list(pattern.finditer(text))
    assert len(matches) == count  # every form matched
    for match in matches:
        assert any(word in folded[match.start() : match.end()] for word in words)
