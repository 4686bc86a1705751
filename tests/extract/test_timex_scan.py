"""The rough-pattern shortcuts of ``_timex_scan`` find exactly what the rules find alone."""

from __future__ import annotations

import re

import pytest

from variorum.extract import _timex_patterns as patterns
from variorum.extract._timex_scan import (
    ROUGH_RULES,
    WINDOW_STARTS,
    fold,
    matches_at_rough,
    rough_anchor,
)

# Every rule that ROUGH_RULES narrows, written to match here, with the words before a match
# that the rough start patterns must not miss ("earlier 1991", "the same day").
ROUGH_TEXT = (
    "The 2011-03-15 filing, dated 3/15/2011, cited the late 20th century, the year "
    "nineteen ninety-six, the mid-1990s, the '80s and the early nineties. Late afternoon "
    "talks ran into the evening; the following day and that same morning were calm. "
    "Year-ago results, the comparable year-earlier quarter and mid-year figures fell. "
    "The same week, that same day, this year and a full month passed. Earlier 1991, "
    "fiscal 2012, by the end of 2013 and the summer of 2014 are years; right now, "
    "lately, these days, the near future, at present, the coming weeks and for years "
    "are vague. In 1987 and in 20 minutes, ſoon: the 21ſt Century and İn the YEAR 2000. "
    "Over the years, in the early years and the years that followed, for a while, at a "
    "later date and in future quarters are vague too."
)


def _scan_without(
    monkeypatch: pytest.MonkeyPatch, text: str, *shortcuts: str
) -> list[patterns.Candidate]:
    """``find_candidates`` with the shortcut tables named (``_ANCHORS``, ...) emptied."""
    caches = (patterns._anchors, patterns._rough_rules, patterns._window_starts)
    with monkeypatch.context() as patch:
        for name in shortcuts:
            patch.setattr(patterns, name, {})
        for cache in caches:
            cache.cache_clear()
        try:
            return patterns.find_candidates(text)
        finally:
            for cache in caches:
                cache.cache_clear()


def _full_scan(monkeypatch: pytest.MonkeyPatch, text: str) -> list[patterns.Candidate]:
    return _scan_without(monkeypatch, text, "_ANCHORS", "ROUGH_RULES", "WINDOW_STARTS")


@pytest.mark.parametrize("text", [ROUGH_TEXT, ROUGH_TEXT.upper(), ROUGH_TEXT.lower()])
def test_rough_scan_finds_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    fast = patterns.find_candidates(text)
    full = _full_scan(monkeypatch, text)
    assert sorted((c.rule, c.start, c.end, str(c.groups)) for c in fast) == sorted(
        (c.rule, c.start, c.end, str(c.groups)) for c in full
    )
    assert set(ROUGH_RULES) <= {c.rule for c in full}  # the text exercises every one


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("March İn", "march in"),
        ("ſpring Kelvin", "spring kelvin"),
        ("\u0130stanbul", "istanbul"),
    ],
)
def test_fold_keeps_offsets(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(text) is not None and len(text) == len(folded)


@pytest.mark.parametrize("name", sorted(patterns._ANCHORS))
def test_rough_anchor_hits_are_the_anchor_hits(name: str) -> None:
    anchor_rx = patterns._ANCHORS[name][0]
    anchor = re.compile(anchor_rx, re.IGNORECASE)
    rough = rough_anchor(anchor_rx)
    folded = fold(ROUGH_TEXT + " " + patterns_text())
    text = ROUGH_TEXT + " " + patterns_text()
    assert folded is not None
    assert [m.span() for m in matches_at_rough(anchor, rough, text, folded)] == [
        m.span() for m in anchor.finditer(text)
    ]


def patterns_text() -> str:
    return (
        "Officials said on Monday, March 14, that the strike began two weeks ago and ends "
        "at 5:30 p.m. tomorrow; every Tuesday, at noon, in the third quarter, last summer, "
        "on Christmas Eve and New Year's Day, overnight. THANKSGIVING, MARCH, a Tuesday."
    )


# Every rule that WINDOW_STARTS narrows, with each way it can begin: edge words ("earlier",
# "mid"), relative words, weekdays, a match inside a longer word ("humid April", "blast
# week"), number words ("fifteen") and digits.
WINDOW_TEXT = (
    "About fifteen years and more than 20 days passed, a couple of weeks, several months, "
    "the last two decades, an additional year. Earlier this month, late last week, the end "
    "of next year, this coming spring and by the end of the year. Mid-April, humid April 3, "
    "blast week, the week of March 4, Tuesday, Oct. 5, 2010, earlier Tuesday morning, "
    "Thurs. Sept 9, 15th of March, Mon. 3 May 1999, last Friday, this past Sunday evening. "
    "A 10-year plan, fifteen-month delay, half-year, multi-year deals, month-long talks, "
    "decades-long feud. Every other week, twice a year, 3 times per month, daily, on "
    "Mondays. Early yesterday, late tonight, mid-morning today, last night, overnight, "
    "this afternoon."
)


@pytest.mark.parametrize("text", [WINDOW_TEXT, WINDOW_TEXT.upper(), WINDOW_TEXT.lower()])
def test_window_starts_find_what_a_window_scan_finds(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    fast = patterns.find_candidates(text)
    plain = _scan_without(monkeypatch, text, "WINDOW_STARTS")
    assert [(c.rule, c.start, c.end, c.groups) for c in fast] == [
        (c.rule, c.start, c.end, c.groups) for c in plain
    ]
    if text == WINDOW_TEXT:
        assert set(WINDOW_STARTS) <= {c.rule for c in plain}  # the text exercises every one


@pytest.mark.parametrize("name", sorted(WINDOW_STARTS))
def test_window_start_rules_run_in_windows(name: str) -> None:
    assert name in patterns._ANCHORS  # a start pattern only narrows an anchor's windows


ANCHOR_TEXT = (
    "Officials said on Monday, March 14, 2026, that the strike, which began two weeks ago, "
    "would end by 5:30 p.m. EST tomorrow. The union meets every Tuesday and twice a month; "
    "it met at noon on Wednesday and again in the early summer of 2019. The company's "
    "third-quarter results, due next week, follow a 14-day review and the last half of "
    "1996. Thanksgiving and New Year's Day fall in the coming weeks; the fiscal year ended "
    "Sept. 30. Talks ran overnight and into this morning, three years after a decade-long "
    "dispute, and Mondays are busy. Twelve trading days later, a several-year deal was signed."
)


def test_anchor_windows_find_what_a_full_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    windowed = patterns.find_candidates(ANCHOR_TEXT)
    full = _full_scan(monkeypatch, ANCHOR_TEXT)
    assert sorted((c.rule, c.start, c.end) for c in windowed) == sorted(
        (c.rule, c.start, c.end) for c in full
    )
    assert len(full) > 15
