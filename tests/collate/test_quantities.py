"""Quantity rows: interval arithmetic on what the numbers allow, and what they count."""

from __future__ import annotations

import math

import pytest

from variorum.collate.quantities import interval, judge
from variorum.model import Quantity, Span


def q(
    article: str,
    value: float | None,
    change: str = "=",
    low: float | None = None,
    high: float | None = None,
) -> Quantity:
    return Quantity(
        article,
        Span(0, 3),
        "x",
        value,
        low,
        high,
        change,
        "people",  # type: ignore[arg-type]
        "dockworkers",
        Span(0, 10),
    )


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (q("a", 312), (312, 312)),
        (q("a", 300, ">", low=300), (300, math.inf)),
        (q("a", 400, "<", high=400), (-math.inf, 400)),
        (q("a", None, "~", low=200, high=999), (200, 999)),
    ],
)
def test_interval(quantity: Quantity, expected: tuple[float, float]) -> None:
    assert interval(quantity) == expected


@pytest.mark.parametrize(
    ("members", "agreement"),
    [
        ((q("a", 312), q("b", 312)), "agree"),
        ((q("a", 300, ">", low=300), q("b", 312)), "agree"),
        ((q("a", 400, "<", high=400), q("b", 312)), "agree"),
        ((q("a", 12, "~"), q("b", 14)), "precision"),
        ((q("a", 40e6), q("b", 75e6)), "conflict"),
        ((q("a", 40e6),), "single-source"),
    ],
)
def test_judge(members: tuple[Quantity, ...], agreement: str) -> None:
    assert judge(members)[0] == agreement


def _count(article: str, text: str, value: float, change: str = "=", low: float | None = None,
           concept: str | None = None) -> Quantity:
    return Quantity(article, Span(0, len(text)), text, value, low, None, change,  # type: ignore[arg-type]
                    "dockworker", concept, Span(0, 40))


def test_a_vague_plural_allows_an_order_of_magnitude_only_when_widened() -> None:
    hundreds = _count("a", "hundreds", 100)
    assert interval(hundreds) is None
    assert interval(hundreds, widen=True) == (200, 1000)


@pytest.mark.parametrize(
    ("members", "agreement"),
    [
        ((_count("a", "312", 312), _count("b", "hundreds", 100)), "precision"),
        ((_count("a", "more than 300", 300, ">", low=300), _count("b", "312", 312),
          _count("c", "hundreds", 100)), "precision"),
        ((_count("a", "1,500", 1500), _count("b", "hundreds", 100)), "conflict"),
    ],
)
def test_vague_plurals_differ_only_in_precision(
    members: tuple[Quantity, ...], agreement: str
) -> None:
    assert judge(members)[0] == agreement
