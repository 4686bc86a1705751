"""The rough-pattern shortcuts of ``_timex_scan`` find exactly what the rules find alone."""

from __future__ import annotations

import re

import pytest

from variorum.extract import _timex_patterns as patterns
from variorum.extract._timex_scan import ROUGH_RULES, fold, matches_at_rough, rough_anchor

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


def _full_scan(monkeypatch: pytest.MonkeyPatch, text: str) -> list[patterns.Candidate]:
    monkeypatch.setattr(patterns, "_ANCHORS", {})
    monkeypatch.setattr(patterns, "ROUGH_RULES", {})
    patterns._anchors.cache_clear()
    patterns._rough_rules.cache_clear()
    try:
        return patterns.find_candidates(text)
    finally:
        patterns._anchors.cache_clear()
        patterns._rough_rules.cache_clear()


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
