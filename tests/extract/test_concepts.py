"""Quantity concepts (what a quantity is about) on sentences written for these tests.

One construction per row; the rows of ``test_quantities.py`` cover the older rules.
"""

from __future__ import annotations

import pytest

from variorum.extract.quantities import find_quantities
from variorum.model import Article, Quantity
from variorum.nlp import load_nlp


def _one(text: str, surface: str) -> Quantity:
    found = find_quantities(load_nlp()(text), Article(id="t", text=text))
    picked = [q for q in found if surface in q.text or q.text in surface]
    assert picked, f"no quantity at {surface!r}: {[q.text for q in found]}"
    return picked[0]


def _words(concept: str | None) -> list[str]:
    return (concept or "").replace(",", " ").split()


# text, a piece of the quantity's text, a word the concept must hold
HOLDS = [
    # the level a change noun reaches: "a rise ... to 12 per cent" is the rise's
    ("There was a 30 basis point rise in the ferry fares to 12 per cent.", "12 per", "rise"),
    # an amount said of a verb that has an object: the object, and whose it is
    ("The crews will chill the catch to minus 20 degrees Celsius.", "20 degrees", "catch"),
    ("The crews will chill the catch to minus 20 degrees Celsius.", "20 degrees", "crews"),
    # a count inside the object, through a preposition: the object, and whose it is
    ("The ferry operator has made fare reductions on 25 island routes.", "25", "reductions"),
    ("The ferry operator has made fare reductions on 25 island routes.", "25", "operator"),
    ("The line has introduced discounts on 12 winter sailings.", "12", "discounts"),
    # a share written "one of four" keeps the subject it is a share of
    ("Halden Yard is one of four bidders for the ferry contract.", "one of four", "Halden"),
    # what the amount is of, after "worth" or a restatement in a bracket
    ("The ferry carries three weeks' worth of fuel for the crossing.", "three weeks", "fuel"),
    ("The new ferry has an engine that delivers 380 Nm (280 lb-ft) of torque.", "380", "torque"),
    # the noun an amount modifies is the whole compound, to its last noun
    ("It is basically a $700 brick bread oven, but mobile.", "$700", "oven"),
    # whose the counted things are, when nothing else says what they are about
    ("Two of Halden's pilots were fired on Monday.", "Two", "Halden"),
    # "with X at N": X, which the parser often leaves beside the amount
    ("The port reopened with the water level at 2.1 metres.", "2.1 metres", "level"),
    (
        "Researchers say the damage was seen with salt levels at 900 parts per million.",
        "900",
        "salt",
    ),
    # a stretch of time that is not a time frame keeps its concept
    ("The fare rises 2% for every 10 miles travelled.", "10 miles", "fare"),
    ("The ferry waited for 40 minutes at the pier.", "40 minutes", "ferry"),
    # how long a state lasts, when the one in it is another quantity's
    ("There are 400 sailors who have been idle for over three years.", "three years", "idle"),
    ("In a survey of 900 ferry firms, analysts found that fares rose.", "900", "survey"),
    # an existential clause counts things by what a relative clause says they are, or
    # where they are
    ("There are 900 workers who have been idle for a year.", "900", "idle"),
    ("There were 40 passengers who were injured in the crash.", "40", "injured"),
    ("There are 12 ferries in the fleet.", "12", "fleet"),
    # "a NOUN with N things": the noun the "with" phrase describes
    ("It was a weakened crew with six newcomers from the spring.", "six", "crew"),
    ("The new flagship is a ferry with 300 cabins.", "300", "ferry"),
    # what an amount is for
    ("The operator added an extra 20 miles for the ferry's winter route.", "20 miles", "route"),
    ("The board set aside over $40 million for repairs.", "$40 million", "repairs"),
    # an amount in a noun's complement: the noun it completes too
    ("Demand for 40 sq m cabins has surged this summer.", "40 sq m", "Demand"),
    ("The figures show the depth of the 800 sq m berth market.", "800 sq m", "depth"),
    # "between" names both of a pair, also when the parser hangs the second on the noun
    ("The price difference between the old berth and the new berth was $40.", "$40", "old"),
    (
        "The exchange rate between the euro and the Norwegian krone stood at 11.2 kroner.",
        "11.2",
        "krone",
    ),
    # an amount beside a date is still the subject's
    (
        "The ferry's draught reached 6.1 metres on 3 March, 5.9 metres on 9 April.",
        "5.9 metres",
        "draught",
    ),
]

# text, a piece of the quantity's text, a word the concept must not hold
LACKS = [
    # a phrase set before the subject says where the clause holds; not the subject's
    ("In a survey of 900 ferry firms, analysts found that fares rose.", "900", "analysts"),
    # a date the parser hangs the amount on is when, not what
    (
        "The ferry's draught reached 6.1 metres on 3 March, 5.9 metres on 9 April.",
        "5.9 metres",
        "March",
    ),
    # a participle and the clauses on it describe the noun: "crane" is not the subject
    ("The port ordered a crane designed to lift 40 tonnes of steel.", "40 tonnes", "crane"),
    # "for" a list of items pairs the amounts with them, one each
    ("Fares are 5 euros and 8 euros for the day and night sailings.", "8 euros", "day"),
    # ... a circumstance, not the clause's subject's
    ("The port reopened with the water level at 2.1 metres.", "2.1 metres", "port"),
    # "in addition to": a preposition, not a noun the amount completes
    ("The ferry carried 40 cars in addition to 300 passengers.", "300", "addition"),
    # "worth" belongs to the amount, it is not a noun that owns what follows
    ("The ferry carries three weeks' worth of fuel for the crossing.", "three weeks", "worth"),
    # a measure's own adjective is not a state
    ("The captain is 52 years old.", "52 years", "old"),
    # "with" adds circumstances: the count inside it is not the object's
    ("Orla Ferries has placed orders with 3 shipyards.", "3", "orders"),
    # a date inside the noun phrase says when, adjectives and all, not what is counted
    ("Ticket sales in the third quarter rose 4 percent.", "4 percent", "third"),
    ("Ticket sales in the third quarter rose 4 percent.", "4 percent", "quarter"),
    ("The pension rises 6 percent with every full year of waiting.", "6 percent", "year"),
    # a season of sport says when, though no calendar names it
    ("Ferry traffic last season rose 8 percent.", "8 percent", "season"),
]


# "they" stands for a plural noun or an organisation's name, told without NER
THEY = [
    ("NASA said they had spent $3 billion on the probe.", "$3 billion", "NASA"),
    ("Halden Freight Ltd said they moved 400 containers.", "400", "Ltd"),
]

# a person's name is no organisation: "they" does not stand for it
THEY_NOT = [("Mara Voss said they had spent $3 billion on the probe.", "$3 billion", "Voss")]


# text, a piece of the quantity's text: quantities that have no concept
NO_CONCEPT = [
    # one member picked out of a group names a thing; it measures nothing
    ("The Sound Queen is one of the oldest ferries on the route.", "one"),
    ("The Sound Queen, one of the oldest ferries in the fleet, sails at dawn.", "one"),
    ("The pier was one of the port's largest projects.", "one"),
    # a stretch of time that says when, like a date
    ("In the past 12 months the ferry line has cut 40 sailings.", "12 months"),
    ("Over the next five years the port will spend $90 million.", "five years"),
    ("The comet passes the island every 12 years.", "12 years"),
    ("The pier collapsed three weeks ago.", "three weeks"),
    ("The visitors scored after 40 minutes of a dull game.", "40 minutes"),
]


@pytest.mark.parametrize(("text", "surface"), NO_CONCEPT)
def test_no_concept(text: str, surface: str) -> None:
    assert _one(text, surface).concept is None


@pytest.mark.parametrize(("text", "surface", "word"), HOLDS)
def test_concept_holds(text: str, surface: str, word: str) -> None:
    assert word in _words(_one(text, surface).concept)


@pytest.mark.parametrize(("text", "surface", "word"), LACKS)
def test_concept_lacks(text: str, surface: str, word: str) -> None:
    assert word not in _words(_one(text, surface).concept)


@pytest.mark.parametrize(("text", "surface", "word"), THEY)
def test_they_stands_for_an_organisation(text: str, surface: str, word: str) -> None:
    assert word in _words(_one(text, surface).concept)


@pytest.mark.parametrize(("text", "surface", "word"), THEY_NOT)
def test_they_does_not_stand_for_a_person(text: str, surface: str, word: str) -> None:
    assert word not in _words(_one(text, surface).concept)


def test_the_daily_limit_is_a_kind_not_a_time() -> None:
    # a temporal adjective on its own describes the noun
    assert "daily" in _words(_one("The daily limit is 40 tonnes.", "40 tonnes").concept)
