"""Pairing quantities with a "respectively" list, on sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from variorum.extract._concept_respectively import respective_items


def _spans(text: str, *amounts: str) -> list[tuple[int, int, int]]:
    return [
        (m.start(), m.end(), len(text))
        for a in amounts
        for m in [re.search(re.escape(a), text)]
        if m
    ]


@pytest.mark.parametrize(
    ("text", "amounts", "items"),
    [
        ("Berths are 200 m, 250 m and 300 m for the ferry, tug and cargo quays, respectively.",
         ("200 m", "250 m", "300 m"), {0: "ferry", 1: "tug", 2: "cargo quays"}),
        ("Fees rose 3% and 4% in Oslo and Bergen respectively.", ("3%", "4%"),
         {0: "Oslo", 1: "Bergen"}),
        # as many items as amounts, or nothing
        ("Fees rose 3% and 4% in Oslo, Bergen and Hull, respectively.", ("3%", "4%"), {}),
        # no "respectively": no pairing
        ("Fees rose 3% and 4% in Oslo and Bergen.", ("3%", "4%"), {}),
        # amounts not joined into one run are not paired
        ("Fees rose 3% in May; 4% came later, in Oslo and Bergen respectively.", ("3%", "4%"), {}),
    ],
)  # fmt: skip
def test_respective_items(text: str, amounts: tuple[str, ...], items: dict[int, str]) -> None:
    assert respective_items(text, _spans(text, *amounts)) == items
