"""Quantity rows: interval arithmetic on what the numbers allow, and what they count."""

from __future__ import annotations

import math
import re

import pytest

from variorum.collate.quantities import align_quantity_rows, interval, judge
from variorum.model import Article, ArticleFindings, Quantity, Span


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


def _row_findings(concepts: tuple[str | None, str | None]) -> list[ArticleFindings]:
    texts = ("Canada froze $2 billion in assets.", "The United States froze $30 billion in assets.")
    values = (2e9, 30e9)
    out = []
    for n, (text, value, concept) in enumerate(zip(texts, values, concepts, strict=True)):
        start = text.index("$")
        end = text.index(" in assets")
        quantity = Quantity(
            f"a{n}", Span(start, end), text[start:end], value, None, None, "=", "USD", concept,
            Span(0, len(text)),
        )  # fmt: skip
        out.append(ArticleFindings(article=Article(id=f"a{n}", text=text), quantities=(quantity,)))
    return out


@pytest.mark.parametrize(
    ("concepts", "rows", "agreement"),
    [
        # rival figures in one event, with nothing named alike: two amounts, no conflict
        ((None, None), 2, "single-source"),
        # the same named thing with two values: a conflict
        (("frozen assets", "frozen assets"), 1, "conflict"),
    ],
)
def test_a_rival_figure_conflicts_only_for_a_thing_both_name(
    concepts: tuple[str | None, str | None], rows: int, agreement: str
) -> None:
    found = _row_findings(concepts)
    one_event = {(f.article.id, Span(0, len(f.article.text))): "c1" for f in found}
    aligned = align_quantity_rows(found, one_event)
    assert len(aligned) == rows
    assert {r.agreement for r in aligned} == {agreement}


def _toll_findings(sentences: tuple[str, ...], days: tuple[str, ...]) -> list[ArticleFindings]:
    out = []
    for n, (text, day) in enumerate(zip(sentences, days, strict=True)):
        match = next(m for m in re.finditer(r"\$?\d[\d,.]*(?: million)?", text))
        number = float(match.group().strip("$").replace(",", "").replace(" million", ""))
        value = number * (1e6 if "million" in match.group() else 1)
        unit: str = "USD" if match.group().startswith("$") else "people"
        quantity = Quantity(
            f"a{n}", Span(match.start(), match.end()), match.group(), value, None, None, "=",
            unit, "settlement" if unit == "USD" else None, Span(0, len(text)),
        )  # fmt: skip
        article = Article(id=f"a{n}", text=text, published=day)
        out.append(ArticleFindings(article=article, quantities=(quantity,)))
    return out


@pytest.mark.parametrize(
    ("sentences", "days", "agreement"),
    [
        # a toll that rises day by day: an update
        (
            ("Floods killed 18 people in Carrow.", "Floods killed 30 people in Carrow."),
            ("2026-03-02", "2026-03-04"),
            "update",
        ),
        # the same figures on the same day: outlets disagree
        (
            ("Floods killed 18 people in Carrow.", "Floods killed 30 people in Carrow."),
            ("2026-03-02", "2026-03-02"),
            "conflict",
        ),
        # a fixed sum given two ways on successive days: still a conflict
        (
            ("The settlement is worth $40 million.", "The settlement is worth $75 million."),
            ("2026-03-14", "2026-03-15"),
            "conflict",
        ),
    ],
)
def test_a_revised_toll_is_an_update_and_a_rival_sum_a_conflict(
    sentences: tuple[str, ...], days: tuple[str, ...], agreement: str
) -> None:
    found = _toll_findings(sentences, days)
    one_event = {(f.article.id, Span(0, len(f.article.text))): "c1" for f in found}
    (row,) = align_quantity_rows(found, one_event)
    assert row.agreement == agreement


def test_an_open_bound_does_not_gather_counts_that_disagree_with_each_other() -> None:
    texts = (
        "At least 200 cases were confirmed in Carrow.",
        "Officials counted 311 cases in Carrow.",
        "Officials counted 1,261 cases in Halden.",
    )
    found = []
    for n, text in enumerate(texts):
        match = re.search(r"\d[\d,]*", text)
        assert match is not None
        value = float(match.group().replace(",", ""))
        bound = text.startswith("At least")
        quantity = Quantity(
            f"a{n}", Span(match.start(), match.end()), match.group(), value,
            value if bound else None, None, ">" if bound else "=", "case", None,
            Span(0, len(text)),
        )  # fmt: skip
        article = Article(id=f"a{n}", text=text, published="2026-03-02")
        found.append(ArticleFindings(article=article, quantities=(quantity,)))
    rows = align_quantity_rows(found, {})
    assert all(r.agreement != "conflict" for r in rows)
    assert any(len(r.members) == 2 for r in rows)  # "at least 200" and "311" still agree
