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
