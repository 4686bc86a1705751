"""Quantity rows: interval arithmetic on what the numbers allow, and what they count."""

from __future__ import annotations

import math
import re

import pytest

from variorum.collate._updates import runs_on
from variorum.collate.quantities import align_quantity_rows, interval, judge
from variorum.model import (
    Article,
    ArticleFindings,
    EntityMention,
    Quantity,
    Sentence,
    Span,
    Timex,
)


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


def _tonnage_findings(texts: tuple[str, str]) -> list[ArticleFindings]:
    out = []
    for n, text in enumerate(texts):
        figure = re.search(r"\d+ tonnes", text)
        assert figure is not None
        quantity = Quantity(
            f"a{n}", Span(*figure.span()), figure.group(), float(figure.group().split()[0]),
            None, None, "=", "tonne", "aid", Span(0, len(text)),
        )  # fmt: skip
        out.append(ArticleFindings(article=Article(id=f"a{n}", text=text), quantities=(quantity,)))
    return out


@pytest.mark.parametrize(
    ("texts", "agreements"),
    [
        # two single loads that differ: a conflict
        (("Its plane carried 80 tonnes of aid.", "Its plane carried 15 tonnes of aid."),
         ["conflict"]),
        # a sum over several planes against one plane's load: two amounts, no conflict
        (("Five planes took a total of 80 tonnes of aid.", "Its plane took 15 tonnes of aid."),
         ["single-source", "single-source"]),
        (("Five planes took 80 tonnes of aid in all.", "Its plane took 15 tonnes of aid."),
         ["single-source", "single-source"]),
        # a sum and a figure that can agree still share a row
        (("Its planes took a total of 15 tonnes of aid.", "Its planes took 15 tonnes of aid."),
         ["agree"]),
    ],
)  # fmt: skip
def test_a_sum_does_not_conflict_with_one_part_of_it(
    texts: tuple[str, str], agreements: list[str]
) -> None:
    found = _tonnage_findings(texts)
    one_event = {(f.article.id, Span(0, len(f.article.text))): "c1" for f in found}
    assert sorted(r.agreement for r in align_quantity_rows(found, one_event)) == agreements


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
        # a toll revised down, then up, as deaths are confirmed: still an update
        (
            ("Floods killed 30 people in Carrow.", "Floods killed 18 people in Carrow.",
             "Floods killed 25 people in Carrow."),
            ("2026-03-02", "2026-03-05", "2026-03-09"),
            "update",
        ),
        # a total carried forward, and an alert level, are revised as the story runs
        (
            (
                "The new ward brought the total to 23 beds.",
                "The new ward brought the total to 24 beds.",
            ),
            ("2026-03-02", "2026-03-03"),
            "update",
        ),
        (
            ("Officials rated the threat at 3 on a six-point scale.",
             "Officials rated the threat at 4 on a six-point scale."),
            ("2026-03-02", "2026-03-03"),
            "update",
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


_YEAR = re.compile(r"1[89]\d\d")


def _scoped_findings(
    texts: tuple[str, ...], unit: str, places: tuple[str, ...] = (), day: str = "2026-03-02"
) -> list[ArticleFindings]:
    """One figure per text (its first number), with the places and written years it names."""
    out = []
    for n, text in enumerate(texts):
        article = f"a{n}"
        sentence = Span(0, len(text))
        match = next(m for m in re.finditer(r"\d[\d,]*", text) if not _YEAR.fullmatch(m.group()))
        value = float(match.group().replace(",", ""))
        quantity = Quantity(
            article, Span(match.start(), match.end()), match.group(), value, None, None, "=",
            unit, None, sentence,  # type: ignore[arg-type]
        )  # fmt: skip
        entities = tuple(
            EntityMention(article, Span(m.start(), m.end()), name, "GPE", sentence)
            for name in places
            for m in re.finditer(re.escape(name), text)
        )
        timex = tuple(
            Timex(article, Span(m.start(), m.end()), m.group(), "DATE", m.group(), sentence)
            for m in re.finditer(r"\b1[89]\d\d\b", text)
        )
        out.append(
            ArticleFindings(
                article=Article(id=article, text=text, published=day),
                sentences=(Sentence(article, sentence),),
                entities=entities,
                timex=timex,
                quantities=(quantity,),
            )
        )
    return out


@pytest.mark.parametrize(
    ("texts", "unit", "rows"),
    [
        # two places, two counts
        (("Halden has 170 confirmed cases.", "Carrow has 1,000 confirmed cases."), "case", 2),
        # one place, one count in dispute
        (("Carrow has 170 confirmed cases.", "Carrow has 1,000 confirmed cases."), "case", 1),
        # a sentence naming several places keeps a figure that shares one
        (("Carrow and Halden have 170 cases.", "Carrow has 170 cases."), "case", 1),
        # the floods of two written years are two events
        (("The 1953 flood killed 1,000 people.", "The 1911 flood killed 20,000 people."),
         "people", 2),
        # the world and one country
        (("Floods kill 500,000 people worldwide each year.",
          "Floods kill 35,000 people in Carrow each year."), "people", 2),
        # a country left unnamed is not the world
        (("Floods kill 500,000 people worldwide each year.",
          "Floods drown 900 of us in this country each year."), "people", 2),
        # a distance is the distance of the place just before it, not of the one after
        (("Rebels held Zawar, 50 km west of Tobruk.", "Rebels held Zintel, 150 km west of Tobruk."),
         "kilometre", 2),
        (("Rebels held Zawar, 40 km (25 miles) west of Tobruk.",
          "Rebels held Zintel, 150 km (95 miles) west of Tobruk."), "mile", 2),
        (("Rebels held Zawar, 50 km west of Tobruk.", "Zawar lies 50 km from Tobruk."),
         "kilometre", 1),
    ],
)
def test_figures_placed_apart_count_different_things(
    texts: tuple[str, ...], unit: str, rows: int
) -> None:
    places = ("Halden", "Carrow", "Zawar", "Zintel", "Tobruk")
    found = _scoped_findings(texts, unit, places)
    if unit == "mile":  # the figure in brackets
        found = [
            ArticleFindings(
                article=f.article, sentences=f.sentences, entities=f.entities, timex=f.timex,
                quantities=(_second_number(f),),
            )
            for f in found
        ]  # fmt: skip
    one_event = {(f.article.id, Span(0, len(f.article.text))): "c1" for f in found}
    assert len(align_quantity_rows(found, one_event)) == rows


def _second_number(f: ArticleFindings) -> Quantity:
    match = list(re.finditer(r"\d[\d,]*", f.article.text))[1]
    first = f.quantities[0]
    return Quantity(
        first.article, Span(match.start(), match.end()), match.group(), float(match.group()),
        None, None, "=", "mile", None, first.sentence,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("Floods killed 18 people in Carrow.", True),
        ("Floods kill 18 people a year in Carrow.", False),  # a yearly rate is fixed
        ("Floods kill 18 people in Carrow in an average year.", False),
        ("The settlement is worth 18 million.", False),
    ],
)
def test_a_running_count_is_known_by_its_words(text: str, running: bool) -> None:
    match = re.search(r"\d+", text)
    assert match is not None
    figure = Quantity(
        "a", Span(match.start(), match.end()), match.group(), 18.0, None, None, "=", "people",
        None, Span(0, len(text)),
    )  # fmt: skip
    assert runs_on(figure, {"a": text}) is running
