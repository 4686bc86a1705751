"""Change cues beside the shared lexicon (``_quantity_changes``) and the "5G" unit, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from variorum.extract.quantities import find_quantities
from variorum.model import Article, Quantity
from variorum.nlp import load_nlp


def _quantities(text: str) -> tuple[Quantity, ...]:
    return find_quantities(load_nlp()(text), Article(id="t", text=text), unit_names="cqe")


def _at(text: str, number: str) -> Quantity:
    found = [q for q in _quantities(text) if number in q.text]
    assert found, f"no quantity at {number!r}: {[q.text for q in _quantities(text)]}"
    return found[0]


# text, the number, the change it takes
CHANGES = [
    # an approximation right before the number outranks the change verb before it
    ("Ferry fares rose about 2.5% on Tuesday.", "2.5", "~"),
    ("The harbour lost nearly 300 jobs over the winter.", "300", "~"),
    ("Pier rents were up roughly 4 per cent on the year.", "4", "~"),
    ("The port will cut its fleet by some 12 vessels.", "12", "~"),
    ("Landings are growing almost 6 percent a year.", "6", "~"),
    # "higher at" / "lower at" a level: a bound, as CQE's lexicon has those words
    ("Diesel at the quay was slightly higher at $2.30 a gallon.", "2.30", ">"),
    ("Harbour tolls closed lower at 4.10 euros.", "4.10", "<"),
    # "N fewer" mirrors "N more"
    ("There were 40 fewer sailings to the islands this winter.", "40", "<"),
    ("The ferry line ran 40 more sailings this winter.", "40", ">"),
    ("She ran the 10 km fewer times this year than last.", "10", "="),
    # unchanged: no approximation, or an approximation with no change verb
    ("Ferry fares rose 2.5% on Tuesday.", "2.5", "up"),
    ("The harbour lost 300 jobs over the winter.", "300", "down"),
    ("About 300 dockers came to the meeting.", "300", "~"),
    ("Diesel at the quay was $2.30 a gallon.", "2.30", "="),
]


@pytest.mark.parametrize(("text", "number", "change"), CHANGES)
def test_change(text: str, number: str, change: str) -> None:
    assert _at(text, number).change == change


def test_a_level_higher_at_is_a_lower_bound() -> None:
    q = _at("Diesel at the quay was slightly higher at $2.30 a gallon.", "2.30")
    assert (q.value, q.low, q.high) == (2.3, 2.3, None)


# text, the generations named (value, unit, concept)
GENERATIONS = [
    ("The 5G masts on the pier went live in May.", [(5.0, "generation wireless", None)]),
    (
        "Passengers get 4G on the crossing, and 5G in port.",
        [(4.0, "generation wireless", None), (5.0, "generation wireless", None)],
    ),
    ("The terminal has a 10G fibre link.", []),  # not a single digit: no generation
]


@pytest.mark.parametrize(("text", "expected"), GENERATIONS)
def test_wireless_generation(text: str, expected: list[tuple[float, str, None]]) -> None:
    found = [
        (q.value, q.unit, q.concept) for q in _quantities(text) if q.unit == "generation wireless"
    ]
    assert found == expected
