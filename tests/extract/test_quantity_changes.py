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
    # a negation turns a bound around
    ("The hall holds not more than 300 people.", "300", "<"),
    ("Fares will be not less than $4 a trip.", "4", ">"),
    ("The quay is no longer than 80 metres.", "80", "<"),
    ("Crews of not under 12 sailors are needed.", "12", ">"),
    # bounds and approximations beside the shared lexicon, before the number
    ("The crossing took the better part of 40 minutes.", "40", "~"),
    ("Repairs cost in the region of $2 million.", "2", "~"),
    ("Repairs cost in the vicinity of $2 million.", "2", "~"),
    ("Revenue was of the order of $80 million.", "80", "~"),
    ("Something like 300 dockers came to the meeting.", "300", "~"),
    ("Tolls stayed just short of $3 all year.", "3", "<"),
    ("The fare is not quite 13 euros.", "13", "<"),
    ("Each berth takes at the very least 4 tugs.", "4", ">"),
    # ... and after it
    ("Passengers aged 65 and over travel free.", "65", ">"),
    ("Voters 45 or older backed the plan.", "45", ">"),
    ("Children of 12 and under pay half.", "12", "<"),
    ("The port has 40-plus berths.", "40", ">"),
    ("The trip takes 90 minutes or thereabouts.", "90", "~"),
    ("He sailed for 10 years and over the decade grew rich.", "10", "="),
    ("The line carried 300 cars and over 40 lorries.", "300", "="),
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
