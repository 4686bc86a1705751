"""``WordIndex`` says where listed words can start; without an index it says "maybe"."""

from __future__ import annotations

import pytest

from variorum.extract._word_index import WordIndex

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
