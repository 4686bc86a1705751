"""Anaphoric expressions read against the story's own dates (issue 5)."""

from __future__ import annotations

import pytest

from variorum.extract.timex import find_timex_in_text

PUBLISHED = "2025-10-24"

# A results story: "a year earlier" is the reported quarter a year back, also where the
# quarter is named with the day that closed it.
CASES = [
    (
        "The mill earned $4 million in its fiscal second quarter ended Sept. 30, against a "
        "loss of $1 million a year earlier.",
        "a year earlier",
        "2024-Q2",
    ),
    (
        "The mill earned $4 million in the third quarter, against a loss of $1 million a year "
        "earlier.",
        "a year earlier",
        "2024-Q3",
    ),
    (
        "The mill earned $4 million in the fiscal second quarter. On Oct. 2 it cut jobs, "
        "after a loss of $1 million a year earlier.",
        "a year earlier",
        "2024-Q3",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "value"), CASES)
def test_year_earlier_follows_the_reported_quarter(text: str, phrase: str, value: str) -> None:
    found = {t.text: t.value for t in find_timex_in_text(text, PUBLISHED)}
    assert found.get(phrase) == value, found
