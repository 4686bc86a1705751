"""Temporal expressions: recognition, span conventions and TIMEX3 values (issue 5)."""

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


def _timex(nlp: Any, text: str, published: str | None = PUBLISHED) -> tuple[Timex, ...]:
    article = Article(id="a", text=text, published=published)
    return find_timex(nlp(article.clean_text), article)


def _one(found: tuple[Timex, ...], phrase: str) -> Timex:
    hits = [t for t in found if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.text for t in found]}"
    return hits[0]


# sentence, expected span text, type, value
CASES = [
    # absolute dates
    ("The treaty was signed on June 9, 1951, in Lund.", "June 9, 1951", "DATE", "1951-06-09"),
    ("Results are due 2025-04-02, the ministry said.", "2025-04-02", "DATE", "2025-04-02"),
    # weekdays: tense decides the direction
    ("On Saturday, protesters marched to the square.", "Saturday", "DATE", "2025-03-15"),
    ("The ministers will meet on Monday to sign it.", "Monday", "DATE", "2025-03-24"),
    ("Police closed the bridge Sunday morning.", "Sunday morning", "TIME", "2025-03-16TMO"),
    # relative expressions
    ("Prices at the pump rose sharply last month.", "last month", "DATE", "2025-02"),
    ("The council voted last week to close the pool.", "last week", "DATE", "2025-W11"),
    ("He resigned a day before the vote.", "a day", "DURATION", "P1D"),
    ("The new rules took effect in February.", "February", "DATE", "2025-02"),
    ("Exports fell by a fifth last year.", "last year", "DATE", "2024"),
    ("Profits rose 8% in the third quarter.", "the third quarter", "DATE", "2024-Q3"),
    ("Yesterday the mayor said nothing.", "Yesterday", "DATE", "2025-03-17"),
    ("The plant closed three years ago.", "three years ago", "DATE", "2022"),
    # times with zones
    ("The plane touched down at 19:25 EDT.", "19:25 EDT", "TIME", "2025-03-18T19:25"),
    # durations
    ("Arrivals face a 14-day quarantine.", "14-day", "DURATION", "P14D"),
    ("The ban applies for a period of one year.", "one year", "DURATION", "P1Y"),
    ("Inflation doubled over the past three years.", "the past three years", "DURATION", "P3Y"),
    # sets
    ("The committee meets every week in the town hall.", "every week", "SET", "P1W"),
    ("The paper is printed daily in two cities.", "daily", "SET", "P1D"),
    # bare years
    ("The bridge was built in 1911 by the city.", "1911", "DATE", "1911"),
    # month names with a year word, and "this <month>" in the current year
    ("The mill closed in June last year.", "June last year", "DATE", "2024-06"),
    ("An election is due this September.", "this September", "DATE", "2025-09"),
    ("It was June nineteen ninety-seven.", "June nineteen ninety-seven", "DATE", "1997-06"),
    # weekdays that only a coming day can be
    ("The team could arrive as early as Friday.", "Friday", "DATE", "2025-03-21"),
    ("The ministry scheduled a briefing Thursday.", "Thursday", "DATE", "2025-03-20"),
    ("The permit had been scheduled to lapse Friday.", "Friday", "DATE", "2025-03-14"),
    ("The permit had been due to lapse Friday.", "Friday", "DATE", "2025-03-14"),
    ("Estonia was the first country to join the pact on Friday.", "Friday", "DATE", "2025-03-14"),
    ("The strike made it hard to ship goods on Friday.", "Friday", "DATE", "2025-03-14"),
    ("Crowds gathered to mark the anniversary on Friday.", "Friday", "DATE", "2025-03-14"),
    ("They agreed to meet on Friday.", "Friday", "DATE", "2025-03-21"),
    ("Shares rising to $9 from $5 in August.", "August", "DATE", "2024-08"),
    ("Ten members had filed reports by Wednesday.", "Wednesday", "DATE", "2025-03-12"),
    ("The offer stands until Friday.", "Friday", "DATE", "2025-03-21"),
    ("Officials must decide by Jan. 5.", "Jan. 5", "DATE", "2026-01-05"),
    ("He was robbed last Nov. 14 at his shop.", "last Nov. 14", "DATE", "2024-11-14"),
    ("She hopes the river will one day run clean.", "one day", "DATE", "FUTURE_REF"),
    # anaphoric expressions follow the last date the story named
    (
        "He was hired on June 3, 1997, and the following year he left.",
        "the following year",
        "DATE",
        "1998",
    ),
    (
        "She landed on March 3, 2024. The next day she flew on.",
        "The next day",
        "DATE",
        "2024-03-04",
    ),
    ("He fled in June 2021 and came back later that year.", "that year", "DATE", "2021"),
    ("The next day, officials reopened the road.", "The next day", "DATE", "2025-03-19"),
    (
        "The fire began on July 4, 2023. By 10 p.m. it was out.",
        "10 p.m.",
        "TIME",
        "2023-07-04T22:00",
    ),
    (
        "The storm hit on Oct. 29, 2012. That night the subway flooded.",
        "That night",
        "TIME",
        "2012-10-29TNI",
    ),
    (
        "Net fell in the first quarter of 2024 from a year earlier.",
        "a year earlier",
        "DATE",
        "2023-Q1",
    ),
    (
        "Shares fell on March 7, 2025, after heavy selling in the morning.",
        "the morning",
        "TIME",
        "2025-03-07TMO",
    ),
    (
        "Shares fell Friday, March 14, after overnight losses in Tokyo.",
        "overnight",
        "TIME",
        "2025-03-13TNI",
    ),
    # a chronology's entry recaps the past, whatever its tense; a schedule looks ahead
    ("June 20 - The council imposes a curfew.", "June 20", "DATE", "2024-06-20"),
    ("The council meets on June 20.", "June 20", "DATE", "2025-06-20"),
    # holidays
    ("Residents will cast ballots on Election Day.", "Election Day", "DATE", "2025-11-04"),
    ("Shops closed on Good Friday.", "Good Friday", "DATE", "2024-03-29"),
    # centuries and decades
    ("The temple dates from the 11th century.", "the 11th century", "DATE", "10"),
    ("Rents soared in the late '80s.", "the late '80s", "DATE", "198"),
    ("Markets may stay volatile in the near term.", "the near term", "DATE", "FUTURE_REF"),
    ("Shelling resumed by mid afternoon.", "mid afternoon", "TIME", "2025-03-18TAF"),
    # earnings reports
    ("It earned $9 million for the year ended Jan. 31.", "the year", "DURATION", "P1Y"),
    ("Sales rose in the fiscal fourth quarter.", "the fiscal fourth quarter", "DATE", "2025-Q4"),
    ("Sales should grow in the current fiscal year.", "the current fiscal year", "DATE", "2025"),
    ("It sees a loss for the year ending next month.", "the year", "DURATION", "P1Y"),
    ("Earnings will fall for the fiscal year.", "the fiscal year", "DATE", "2025"),
    (
        "The offer expires at 5 p.m. EST, April 2.",
        "5 p.m. EST, April 2",
        "TIME",
        "2025-04-02T17:00",
    ),
    ("Third-quarter net fell from year-earlier net.", "year-earlier", "DATE", "2023-Q3"),
    (
        "Third-quarter net fell from the year-ago quarter. Year-ago results had a gain.",
        "Year-ago",
        "DATE",
        "2023-Q3",
    ),
    ("Profit fell from $8 million in the 2023 quarter.", "the 2023 quarter", "DATE", "2023-Q4"),
    (
        "Net rose in the quarter from $3 million in the corresponding period last year.",
        "the corresponding period last year",
        "DATE",
        "2023-Q4",
    ),
    (
        "Net fell in the fourth quarter. In the quarter a year ago, it made $2 million.",
        "the quarter a year ago",
        "DATE",
        "2023-Q4",
    ),
    (
        "Net fell in the quarter. In the six months, profit climbed to $8 million from $6 million"
        " a year earlier.",
        "a year earlier",
        "DATE",
        "2024",
    ),
    # vague expressions
    ("The firm recently hired a new chief.", "recently", "DATE", "PAST_REF"),
    ("A ruling is due in the coming weeks.", "the coming weeks", "DURATION", "PXW"),
    ("Sales have slowed in recent years.", "recent years", "DURATION", "PXY"),
    ("Planting started late earlier in the year.", "the year", "DATE", "2025"),
    ("The hearing is set for the week of April 7.", "the week of April 7", "DATE", "2025-W15"),
    (
        "Rents rose in the spring of nineteen eighty-seven.",
        "the spring of nineteen eighty-seven",
        "DATE",
        "1987-SP",
    ),
    ("Talks resumed on 5 March in Geneva.", "5 March", "DATE", "2025-03-05"),
    ("It grew for the first time in years.", "years", "DURATION", "PXY"),
    ("Troops will arrive within weeks.", "weeks", "DURATION", "PXW"),
    ("Rescuers arrived within minutes.", "minutes", "DURATION", "PTXM"),
    ("The inquiry is expected to last four months.", "four months", "DURATION", "P4M"),
    ("Orders recovered from the lows of the early summer.", "the early summer", "DATE", "2024-SU"),
    ("Prices may rise in the months ahead.", "the months ahead", "DURATION", "PXM"),
    ("Buyers paid the then current price.", "then current", "DATE", "PAST_REF"),
    ("Profit fell in the last half of 2024.", "the last half of 2024", "DATE", "2024-H2"),
    ("The road is now open again.", "now", "DATE", "PRESENT_REF"),
    ("She currently lives in Lyon.", "currently", "DATE", "PRESENT_REF"),
    ("Regulators may soon issue a ruling.", "soon", "DATE", "FUTURE_REF"),
    ("The lease could be renewed for an additional year.", "an additional year", "DURATION", "P1Y"),
    ("Output held in the last half of the '60s.", "the '60s", "DATE", "196"),
    # a number glued to a word is no amount: "UNESCO 40 years ago" starts at "40"
    ("It marks the founding of UNESCO 40 years ago.", "40 years ago", "DATE", "1985"),
    # a date with no tense to go by ("the Sept. 1 shooting") leans to the past
    ("Police studied footage of the Sept. 1 shooting.", "Sept. 1", "DATE", "2024-09-01"),
    # quarters counted as TimeBank writes them: in quarters, not months
    ("The mill lost money in the past two quarters.", "the past two quarters", "DURATION", "P2Q"),
    ("It pays interest every quarter.", "every quarter", "SET", "P1Q"),
    # a whole period is the period: "every full year", "each calendar month"
    ("The pension grows for every full year of work.", "every full year", "SET", "P1Y"),
    ("Fees are billed each calendar month.", "each calendar month", "SET", "P1M"),
    (
        "The merger may close in next year's second quarter.",
        "next year's second quarter",
        "DATE",
        "2026-Q2",
    ),
    # decades spelled out, as broadcast transcripts write them
    ("Hate groups dwindled through the nineties.", "the nineties", "DATE", "199"),
    ("The lease was renewed for a full year.", "a full year", "DURATION", "P1Y"),
    # "most recently in 2019": the year names the time, "recently" adds nothing
    ("Floods hit the valley twice, most recently in 2019.", "2019", "DATE", "2019"),
    # stretches of unstated length, and references with no date of their own
    ("The orchard has changed hands many times over the years.", "the years", "DURATION", "PXY"),
    ("Growth was slow in the early years, the founder said.", "the early years", "DURATION", "PXY"),
    ("In the years that followed, silt filled the harbour.", "the years", "DURATION", "PXY"),
    ("The ensuing years brought two more floods.", "The ensuing years", "DURATION", "PXY"),
    ("She held a several-year post in Oslo.", "several-year", "DURATION", "PXY"),
    ("The shipyard signed multi-month contracts.", "multi-month", "DURATION", "PXM"),
    ("The valley will be without a train for a while.", "a while", "DURATION", "PXX"),
    ("The board will set the price at a later date.", "a later date", "DATE", "FUTURE_REF"),
    ("Credits will cut its taxes in future quarters.", "future quarters", "DATE", "FUTURE_REF"),
    ("Ten trading days after it listed, shares fell.", "Ten trading days", "DURATION", "P10D"),
    ("Refunds arrive within five business days.", "five business days", "DURATION", "P5D"),
]


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value"), CASES)
def test_values_against_publication_date(
    nlp: Any, sentence: str, phrase: str, kind: str, value: str
) -> None:
    found = _one(_timex(nlp, sentence), phrase)
    assert (found.type, found.value, found.anchored) == (kind, value, True)
    assert sentence[found.span.start : found.span.end] == phrase
    assert found.sentence.contains(found.span)


UNANCHORED = [
    ("On Saturday, protesters marched to the square.", "Saturday", "XXXX-WXX-6", False),
    ("Prices at the pump rose sharply last month.", "last month", "XXXX-XX", False),
    ("The new rules took effect in February.", "February", "XXXX-02", False),
    ("Yesterday the mayor said nothing.", "Yesterday", "XXXX-XX-XX", False),
    ("The treaty was signed on June 9, 1951, in Lund.", "June 9, 1951", "1951-06-09", True),
    ("Inflation doubled over the past three years.", "the past three years", "P3Y", True),
]


@pytest.mark.parametrize(("sentence", "phrase", "value", "anchored"), UNANCHORED)
def test_without_publication_date_nothing_is_guessed(
    nlp: Any, sentence: str, phrase: str, value: str, anchored: bool
) -> None:
    found = _one(_timex(nlp, sentence, published=None), phrase)
    assert (found.value, found.anchored) == (value, anchored)


NOT_TIMEX = [
    "You may go now if you wish.",  # "may" the modal
    "Troops march into the city.",  # "march" the verb
    "About 1500 people attended.",  # a count, not a year
    "The fall of the dynasty surprised few.",  # "fall" is no season here
    "Mr. Lyle, 47 years old, was named chairman.",  # an age, not a duration
    "Phones are everywhere in today's world.",  # the present era, not a day
    "The bonds pay $3 million a year in coupons.",  # the unit of a rate
    "The ferry adds six sailings a week to Oslo.",  # likewise
    "She left soon after the vote.",  # "soon" without a modal: a conjunction's part
    'He said so on KTV\'s "Next Week" program.',  # a show's title
    "She told Valley Today about it.",  # a newspaper's name
    "Floods marred the past four winters.",  # no "the past" left over
    "In the early years of our ferry line, roads were poor.",  # the years of something named
    "While the council met, the river rose.",  # "while" the conjunction
    "Schools must train the workers of tomorrow.",  # the coming era, not a day
    "Mayors spoke of the future of the valley.",  # a fate, not a time
    "Sales should grow 12% annually for years to come.",  # the period of a rate
    "The plant can bottle 40,000 crates daily.",  # likewise
    "For the exiles, high noon has arrived.",  # an idiom, not twelve o'clock
    "The club swapped a fiscal year for a calendar year.",  # kinds of period
    "She is a widow in her nineties.",  # an age, not a decade
    "Floods hit the valley twice, most recently in 2019.",  # the year is the time
]


def test_a_holiday_week_has_begun_by_its_first_day(nlp: Any) -> None:
    found = _one(_timex(nlp, "Choirs sang once Easter week began.", "2000-04-17"), "Easter week")
    assert found.value == "2000-W16"  # Easter Sunday 2000 was April 23


@pytest.mark.parametrize("sentence", NOT_TIMEX)
def test_words_that_only_look_temporal(nlp: Any, sentence: str) -> None:
    texts = [t.text.lower() for t in _timex(nlp, sentence)]
    lookalikes = (
        "may", "march", "1500", "the fall", "47 years", "today", "a year", "a week", "soon",
        "next week", "the past", "the future", "annually", "daily", "noon", "recently",
        "a fiscal year", "a calendar year", "her nineties", "nineties", "tomorrow", "while",
        "the early years",
    )  # fmt: skip
    assert not any(w in texts for w in lookalikes), texts


@pytest.mark.parametrize(("sentence", "phrase", "kind", "value"), CASES[:3] + CASES[5:8])
def test_text_only_variant_agrees_on_plain_cases(
    sentence: str, phrase: str, kind: str, value: str
) -> None:
    found = _one(find_timex_in_text(sentence, PUBLISHED), phrase)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [("Now, he says, the plan looks weak.", False), ("Prices are now falling.", True)],
)
def test_now_as_discourse_marker_is_no_timex(nlp: Any, sentence: str, found: bool) -> None:
    assert any(t.text.lower() == "now" for t in _timex(nlp, sentence)) is found
