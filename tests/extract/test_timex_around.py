"""Timexes read from the words around a found date, and anchors that come from the story.

Lists that name the month once, "the day before/after" a date, lists of years, an
infinitive that is a past clause's subject, and "that same day" after a month or a year.
"""

from __future__ import annotations

from typing import Any

import pytest

from variorum.extract.timex import find_timex, find_timex_in_text
from variorum.model import Article, Timex
from variorum.nlp import load_nlp

PUBLISHED = "2025-03-18"  # a Tuesday


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def _timex(nlp: Any, text: str) -> tuple[Timex, ...]:
    article = Article(id="a", text=text, published=PUBLISHED)
    return find_timex(nlp(article.clean_text), article)


# sentence, every (span text, value) expected, in text order
CASES = [
    # a list that names the month once: each day is its own timex
    (
        "The ferry conference meets in Bergen on June 24 and 25.",
        [("June 24", "2025-06-24"), ("25", "2025-06-25")],
    ),
    (
        "Harbour pilots struck from Feb. 10 to 12.",
        [("Feb. 10", "2025-02-10"), ("12", "2025-02-12")],
    ),
    (
        "The port opens on May 20 or 21, the mayor said.",
        [("May 20", "2025-05-20"), ("21", "2025-05-21")],
    ),
    # not a list of days: a count, a clock time, a list that runs backwards
    ("The ferry left on Jan. 3 and 40 cars stayed behind.", [("Jan. 3", "2025-01-03")]),
    (
        "The kiosk is open May 3 to 5 p.m.",
        [("May 3", "2025-05-03"), ("5 p.m.", "2025-05-03T17:00")],
    ),
    ("Crossings resume on April 24 and 2 more ferries join.", [("April 24", "2025-04-24")]),
    # "the day before/after" a date is one timex a day off it
    (
        "The day before last Tuesday's hearing, the captain resigned.",
        [("The day before last Tuesday", "2025-03-10")],
    ),
    ("The quay reopened the day after Christmas.", [("the day after Christmas", "2024-12-26")]),
    ("The ferry sailed the day before yesterday.", [("the day before yesterday", "2025-03-16")]),
    # a year after a year and a comma is the next item of a list
    (
        "Her ferry crossed the strait in 2011, 2014 and 2019.",
        [("2011", "2011"), ("2014", "2014"), ("2019", "2019")],
    ),
    # "that same day" after a month or a year: a day of it, the rest unknown
    (
        "The dock burned last October. The harbour master resigned that same day.",
        [("last October", "2024-10"), ("that same day", "2024-10-XX")],
    ),
    (
        "The ferry line folded in 2009. Its owner left the country the next day.",
        [("2009", "2009"), ("the next day", "2009-XX-XX")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_dates_read_around_a_date(nlp: Any, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in _timex(nlp, sentence)]
    assert found == expected
    for t in _timex(nlp, sentence):
        assert sentence[t.span.start : t.span.end] == t.text


# An infinitive that is the subject of a past clause (or that the parser reads as one, as in
# "the first ... to <verb> on Friday were") happened then; under a future clause it lies ahead.
SUBJECT_INFINITIVE = [
    ("Among the first three ports to reopen on Friday were Halden and Moss.", "2025-03-14"),
    ("To sail on Friday was a mistake, the skipper said.", "2025-03-14"),
    ("To sail on Friday would be a mistake.", "2025-03-21"),
]


@pytest.mark.parametrize(("sentence", "value"), SUBJECT_INFINITIVE)
def test_an_infinitive_subject_shares_its_clause_time(nlp: Any, sentence: str, value: str) -> None:
    (friday,) = [t for t in _timex(nlp, sentence) if t.text == "Friday"]
    assert friday.value == value


def test_text_only_variant_reads_lists_too() -> None:
    found = [(t.text, t.value) for t in find_timex_in_text(CASES[0][0], PUBLISHED)]
    assert found == CASES[0][1]
