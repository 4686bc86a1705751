"""Quantity extraction on sentences written for these tests (one behaviour per row)."""

from __future__ import annotations

import pytest

from variorum.extract._numbers import parse_digits, parse_words
from variorum.extract.pipeline import extract_article
from variorum.extract.quantities import (
    cqe_unit_name,
    extract_quantities,
    find_quantities,
    with_unit_names,
)
from variorum.model import Article, Quantity
from variorum.nlp import load_nlp


def _quantities(text: str) -> tuple[Quantity, ...]:
    return find_quantities(load_nlp()(text), Article(id="t", text=text))


def _one(text: str, surface: str) -> Quantity:
    found = [q for q in _quantities(text) if surface in q.text or q.text in surface]
    assert found, f"no quantity at {surface!r}: {[q.text for q in _quantities(text)]}"
    return found[0]


# text, a piece of the quantity's text, value, low, high, change, unit
CASES = [
    # cardinals, in digits and in words
    ("The union said 312 nurses walked out.", "312", 312, None, None, "=", "nurse"),
    ("Eight nurses were hurt.", "Eight", 8, None, None, "=", "nurse"),
    ("Around a dozen firefighters stayed.", "dozen", 12, None, None, "~", "firefighter"),
    ("Hundreds of residents queued.", "Hundreds", 100, None, None, "=", "resident"),
    ("A third of the members voted no.", "third", 1 / 3, None, None, "=", None),
    ("The council hired 3,400 staff.", "3,400", 3400, None, None, "=", "staff"),
    ("Two hundred and fifty people came.", "Two hundred", 250, None, None, "=", "people"),
    ("Some hundred boats sailed.", "hundred", 100, None, None, "~", "boat"),
    # a share of a scale word is one amount
    ("Half a million residents left.", "Half a million", 5e5, None, None, "=", "resident"),
    ("A quarter of a million fans came.", "quarter of a million", 2.5e5, None, None, "=", "fan"),
    ("Half a dozen boats sank.", "Half a dozen", 6, None, None, "=", "boat"),
    ("Two and a half million viewers watched.", "Two and a half", 2.5e6, None, None, "=", None),
    # money
    ("The plan costs $75 million.", "$75 million", 75e6, None, None, "=", "USD"),
    ("The club spent £2bn on players.", "£2bn", 2e9, None, None, "=", "GBP"),
    ("They paid 40 million dollars for it.", "40 million", 40e6, None, None, "=", "USD"),
    ("The fine was €3.5m.", "€3.5m", 3.5e6, None, None, "=", "EUR"),
    ("Tickets cost 25k each.", "25k", 25e3, None, None, "=", None),
    ("Rent is $1,200 a month.", "$1,200", 1200, None, None, "=", "USD per month"),
    # percentages
    ("Turnout was 64 per cent.", "64 per cent", 64, None, None, "=", "percent"),
    ("Prices rose 5% in March.", "5%", 5, None, None, "up", "percent"),
    ("Sales fell by 3,000 units.", "3,000", 3000, None, None, "down", "unit"),
    ("Shares were down 2.5 percent.", "2.5 percent", 2.5, None, None, "down", "percent"),
    # ranges
    ("Between 300 and 400 workers joined.", "300", None, 300, 400, "=", "worker"),
    ("The crowd was 300-400 strong.", "300-400", None, 300, 400, "=", None),
    ("It will cost $20 to $25 billion.", "$20", None, 20e9, 25e9, "=", "USD"),
    ("Estimates ran from 300 to 400.", "300", None, 300, 400, "=", None),
    # "or" between neighbouring counts written alike: one amount the writer is unsure of
    ("Two or three ferries sank.", "Two or three", None, 2, 3, "=", "ferry"),
    ("A crossing costs 5 or 6 euros.", "5 or 6", None, 5, 6, "=", "EUR"),
    # ... but not two measures, nor numbers too far apart to be one guess
    ("He served 3 years or 40 months.", "3 years", 3, None, None, "=", "year"),
    ("One or 12 crews came.", "12", 12, None, None, "=", "crew"),
    # "from" opens a range, also with a few words after the first end and its unit, and
    # each further "to" is one more step
    ("Mileage climbed from 30 mpg overall to 34.", "30 mpg", None, 30, 34, "=", "mile per gallon"),
    ("Exports grew from 4% in 2019 to 6% this year.", "4%", None, 4, 6, "=", "percent"),
    ("The toll rose from $3 to $4 to $5.", "from $3 to $4", None, 3, 4, "=", "USD"),
    ("The toll rose from $3 to $4 to $5.", "$4 to $5", None, 4, 5, "=", "USD"),
    ("Traffic fell from 40 ships in March to 25 ships.", "40", 40, None, None, "=", "ship"),
    ("The firm cut 300 jobs to 2,000.", "300", 300, None, None, "down", "job"),
    # a move and the level it reached, each with its unit: not a range
    ("Revenue rose $5 million to $40 million.", "$5 million", 5e6, None, None, "up", "USD"),
    ("Revenue rose $5 million to $40 million.", "$40 million", 40e6, None, None, "=", "USD"),
    ("Shares in the ferry line fell 14p to 212p.", "14p", 14, None, None, "down", "GBX"),
    ("Profits climbed 10 to 15 percent.", "10", None, 10, 15, "up", "percent"),
    # bounds and approximations
    ("The hall holds up to 400 people.", "400", 400, None, 400, "<", "people"),
    ("More than 300 dockworkers struck.", "300", 300, 300, None, ">", "dockworker"),
    ("At least 12 people died.", "12", 12, 12, None, ">", "people"),
    ("Fewer than 20 boats remain.", "20", 20, None, 20, "<", "boat"),
    ("About 70 homes flooded.", "70", 70, None, None, "~", "home"),
    ("Some 5,000 fans attended.", "5,000", 5000, None, None, "~", "fan"),
    ("Nearly 90 flights were cancelled.", "90", 90, None, None, "~", "flight"),
    # durations and ages
    ("Travellers face a 14-day quarantine.", "14-day", 14, None, None, "=", "day"),
    ("A 41-year-old man was arrested.", "41-year-old", 41, None, None, "=", "year of age"),
    ("The talks lasted six hours.", "six hours", 6, None, None, "=", "hour"),
    # physical units
    ("The storm brought winds of 120mph.", "120mph", 120, None, None, "=", "mile per hour"),
    ("The road is 47 feet wide.", "47 feet", 47, None, None, "=", "foot"),
    ("The plant makes 5kW of power.", "5kW", 5, None, None, "=", "kilowatt"),
    (
        "Top relievers: RHP Sam Diaz (0.7 WAR).",
        "0.7",
        0.7,
        None,
        None,
        "=",
        "win above replacement",
    ),
    # a unit word with modifiers is still the unit
    ("The hull has lasted 40 previous years at sea.", "40", 40, None, None, "=", "year"),
    ("The berth is 12 US feet deep.", "12", 12, None, None, "=", "foot"),
    # a bare number takes the unit of the nearest parallel quantity of its size
    # numbers whose shared noun is written once, after the last of them
    ("Ferries come with two-, three- and four-deck layouts.", "two-", 2, None, None, "=", "deck"),
    ("Ferries come with two-, three- and four-deck layouts.", "three-", 3, None, None, "=", "deck"),
    ("Ferries come with two- or four-deck layouts.", "four-deck", 4, None, None, "=", "deck"),
    # shares written in words are shares of what they name; of a measure, that measure
    ("Half the ferries were late.", "Half", 0.5, None, None, "=", "fraction of ferry"),
    ("A third of those asked said no.", "third", 1 / 3, None, None, "=", "fraction"),
    ("Two out of three voters agreed.", "Two", 2 / 3, None, None, "=", "fraction of voter"),
    ("The city is one of five bidders.", "one", 0.2, None, None, "=", "fraction of bidder"),
    ("The walk takes half an hour.", "half", 0.5, None, None, "=", "hour"),
    # an order of magnitude counts what it names; it is no share
    ("Tens of thousands of fans came.", "Tens of thousands", 10000, None, None, "=", "fan"),
    # units the sentence implies: ages, an index's level after a move in points
    ("Life expectancy in the valley is around 81.", "81", 81, None, None, "~", "year of age"),
    ("Women aged 40 were invited.", "40", 40, None, None, "=", "year of age"),
    (
        "The index shed 120 points, or 1.5%, to close at 7,900.",
        "7,900",
        7900,
        None,
        None,
        "=",
        "point",
    ),
    # bounds after the number; "within" is not one (NewsQuant reads "within ten days" as 10)
    ("They hired 300 or more dockers.", "300", 300, 300, None, ">", "docker"),
    ("The crew hired nine more divers.", "nine", 9, 9, None, ">", "diver"),
    ("A dozen or so boats left.", "dozen", 12, None, None, "~", "boat"),
    ("It costs 5 dollars or less.", "5 dollars", 5, None, 5, "<", "USD"),
    ("The deal closed within ten days.", "ten", 10, None, None, "=", "day"),
    # a level reached by a verb with no amount of its own tells the move
    ("Output fell to 49.5 tonnes.", "49.5", 49.5, None, None, "down", "metric ton"),
    ("Fares climbed to 6.2% last year.", "6.2%", 6.2, None, None, "up", "percent"),
    ("Shares rose 8% to 3.65.", "3.65", 3.65, None, None, "=", None),
    # alternatives joined by "or" are not restatements: the second has no "around"
    ("It would be around 30k or 55k dearer.", "55k", 55e3, None, None, "=", None),
    (
        "The crane costs 2,400,000 YEN for the 6 speed model and 2,100,000 for the other.",
        "2,100,000",
        2.1e6,
        None,
        None,
        "=",
        "JPY",
    ),
]


@pytest.mark.parametrize(("text", "surface", "value", "low", "high", "change", "unit"), CASES)
def test_quantity(
    text: str,
    surface: str,
    value: float | None,
    low: float | None,
    high: float | None,
    change: str,
    unit: str | None,
) -> None:
    q = _one(text, surface)
    assert q.value == pytest.approx(value) if value is not None else q.value is None
    assert q.low == pytest.approx(low) if low is not None else q.low is None
    assert q.high == pytest.approx(high) if high is not None else q.high is None
    assert q.change == change
    if unit is not None:
        assert q.unit == unit


def test_pence_at_the_end_of_a_sentence() -> None:
    assert _one("The shares closed at 96.4 p.", "96.4").unit == "GBX"


# Numbers that are not quantities: years, dates, clock times, ordinals, names, phone numbers.
NOT_QUANTITIES = [
    ("The law was passed in 1911.", "1911"),
    ("The strike began on March 3.", "3"),
    ("They met on 9 May.", "9"),
    ("The vote closes at 11 a.m.", "11"),
    ("The final whistle blew at 17:45.", "17"),
    ("It was the 22nd attempt.", "22"),
    ("Leaders of the G-7 met in Rome.", "7"),
    ("The airline grounded its Boeing 737 fleet.", "737"),
    ("Call the office on 555-123-4567 today.", "555"),
    ("The Rovers won 3-1 at home.", "3"),
    ("Game 7 is on Sunday.", "7"),
    ("the ftse 100 slipped as the sp 500 rose.", "100"),
    ("the ftse 100 slipped as the sp 500 rose.", "500"),
    ("No one came to the meeting.", "one"),
    ("The report was dated 2019-09-01.", "2019"),
    # "one" as an article before the amount
    ("The town has just one 40,000 tonne silo.", "one"),
    # a scale word after a vague quantifier names no number
    ("Several hundred dockers marched.", "hundred"),
    ("A few thousand fans waited at the gate.", "thousand"),
    ("The fraud cost a few hundred thousand dollars.", "hundred"),
    # a leading zero: a clock time, a code, the tail of a number split by a stray space
    ("The bulletin airs at 0730 local time.", "0730"),
    ("Losses ran to 40,000-90 ,000 crowns.", "000"),
]


@pytest.mark.parametrize(("text", "digits"), NOT_QUANTITIES)
def test_not_a_quantity(text: str, digits: str) -> None:
    assert not [q for q in _quantities(text) if digits in q.text]


# text, a piece of the quantity's text, a word the concept must hold
CONCEPTS = [
    ("The striking dockworkers numbered 3,000.", "3,000", "dockworkers"),
    ("Ford has 13,000 workers in Britain.", "13,000", "Ford"),
    ("The union lost 60% of its members.", "60%", "members"),
    ("Maximum winds of 120 mph hit the coast.", "120 mph", "winds"),
    # the subject whose share, rate or property it is
    ("The ferry company lost 40% of its passengers.", "40%", "company"),
    ("The harbour can borrow at an interest rate of 2.5pc.", "2.5pc", "harbour"),
    # a quantity listed after another hangs where the first does
    ("Berth depths remain 9 metres, 11 metres and 14 metres.", "11 metres", "depths"),
    # words written with hyphens stay whole
    ("Dockers signed long-term contracts of $9 million.", "$9 million", "long-term"),
    ("The government offered a one-off payment of £1,500.", "£1,500", "one-off"),
    # the complements of the noun: where from, what on
    ("Revenue from the container terminal rose 8%.", "8%", "terminal"),
    # changed by: what changed, and whose it is
    ("The port hiked mooring fees by £30 a day.", "£30", "fees"),
    ("The port hiked mooring fees by £30 a day.", "£30", "port"),
    ("The shop has the refurbished crane for $30.", "$30", "crane"),
    ("The shop has the refurbished crane for $30.", "$30", "shop"),
    # an object that is itself a quantity is not the concept
    ("Kestrel lost 1.85 percent to 3,640 yen.", "3,640", "Kestrel"),
    # "each of", "all of": the things themselves
    ("Each of the new cranes costs about $9 million.", "$9 million", "cranes"),
    # a gerund subject
    ("Testing between May and June came back at 7 ppm.", "7 ppm", "Testing"),
    # adjectives of time are kinds, not dates
    ("The port lowered its daily limit by 10 per cent.", "10 per cent", "daily"),
    # a participle inside a noun phrase does not make a clause
    ("Add 20mL of 12% fuming nitric acid.", "12%", "acid"),
    # a name the quantity itself carries, in market round-ups
    ("The worst performers were Halden Maritime, down 14p at 212p.", "14p", "Maritime"),
    ("Markets at noon: Dow +0.4% Nasdaq +0.9%.", "+0.4%", "Dow"),
    ("Markets at noon: Dow +0.4% Nasdaq +0.9%.", "+0.9%", "Nasdaq"),
    ("Markets at noon: Dow -0.4% FTSE 100 -0.7% DAX +0.2%.", "-0.7%", "100"),
    # round-ups: "Name, down X at Y" gives both amounts to the name
    (
        "Top fallers were Halden Maritime, down 14p at 212p, Orla Ports, down 9p at 88p.",
        "9p",
        "Orla",
    ),
    (
        "Top fallers were Halden Maritime, down 14p at 212p, Orla Ports, down 9p at 88p.",
        "88p",
        "Orla",
    ),
    # a label before a dash names the subject
    ("Halden — The ferry operator gained 3.1% in early trade.", "3.1%", "Halden"),
    # a quantity in a bracket measures the noun after it there
    ("They fitted a steel pipe (40mm outer diameter) to the pump.", "40mm", "diameter"),
    # "most" of what the clause before is about
    ("The oil slick spread for 9 miles, but most settled 20 feet deep.", "20 feet", "slick"),
    # a restatement after the amount's complement keeps its concept
    (
        "The fund lost 40% of its assets, or more than $3 billion, last year.",
        "$3 billion",
        "assets",
    ),
    # "respectively" pairs each amount with an item of the list
    (
        "Berths are 200 metres and 300 metres for the ferry and cargo quays, respectively.",
        "300 metres",
        "cargo",
    ),
    # what a bracket annotates
    ("Top scorers: Ana Ruiz (14.2 ppg), Mia Cole (11.8 ppg).", "11.8 ppg", "Cole"),
    # the number that ends a name is part of it
    ("The FTSE 250 fell 0.9%.", "0.9%", "250"),
    # a pronoun subject stands for the subject of the clause its clause is embedded in
    ("Harbour Rail is set to reveal it will axe 850 roles.", "850", "Rail"),
]


# text, a piece of the quantity's text, a word the concept must not hold
NOT_IN_CONCEPT = [
    # other quantities of the sentence
    ("Berth depths remain 9 metres, 11 metres and 14 metres.", "14 metres", "9"),
    ("The terminal, valued at over 3 billion, grows 4 percent a year.", "4 percent", "billion"),
    # dates and times: when, not what
    ("Bookings in the quarter climbed to $9 million.", "$9 million", "quarter"),
    ("Between 1990 and 2000 river temperatures rose by 2 degrees.", "2 degrees", "1990"),
    # a quantity that is the subject is what its clause is about: not the object
    ("Eight dockers left the union.", "Eight", "union"),
    # a complement that states the amount is not what it is about, nor what follows it
    ("The berth was let at a rent of $9,000, which beat the going rate.", "$9,000", "rate"),
    ("The quay has a depth of 14 metres for the new cranes.", "14 metres", "cranes"),
    # a complement's own relative clauses and appositives describe it further
    ("They expect a 12% fall in the port's traffic, a drop which is rare.", "12%", "drop"),
    # a bracketed aside is not about the clause's subject
    ("The valve gap was 3.5mm (60% of the pipe's bore).", "60%", "gap"),
    # "respectively": the other item is not this amount's
    (
        "Berths are 200 metres and 300 metres for the ferry and cargo quays, respectively.",
        "200 metres",
        "cargo",
    ),
    # markets listed one after another: each change is its own index's
    ("Markets at noon: Dow +0.4% Nasdaq +0.9%.", "+0.9%", "Dow"),
    # words that grade the amount, not the thing
    ("The union said its total strike fund was $4 million.", "$4 million", "total"),
    # a participle's noun is not the subject of the clause
    ("The watchdog fined shops offering 20 per cent discounts.", "20 per cent", "shops"),
    # ... only if it can stand for it: "it" is not the plural "engineers"
    ("The engineers say it will reach a top speed of 90 knots.", "90 knots", "engineers"),
    # "we" is the writer, not what is measured
    ("The engineers say we tested each hull for 3 hours.", "3 hours", "engineers"),
]


@pytest.mark.parametrize(("text", "surface", "word"), NOT_IN_CONCEPT)
def test_not_in_concept(text: str, surface: str, word: str) -> None:
    concept = _one(text, surface).concept or ""
    assert word not in concept.replace(",", " ").split()


@pytest.mark.parametrize(("text", "surface", "word"), CONCEPTS)
def test_concept(text: str, surface: str, word: str) -> None:
    concept = _one(text, surface).concept
    assert concept is not None and word in concept.replace(",", " ").split()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Between 300 and 400 workers joined.", "Between 300 and 400"),
        ("Estimates ran from 300 to 400.", "from 300 to 400"),
        ("More than 300 dockworkers struck.", "More than 300"),
    ],
)
def test_span_takes_in_the_words_that_bound_it(text: str, surface: str) -> None:
    assert surface in [q.text for q in _quantities(text)]


def test_spans_index_the_text() -> None:
    text = "Officials said about 1,400 people left, up from 900 last week."
    for q in _quantities(text):
        assert q.span.of(text) == q.text
        assert q.sentence.contains(q.span)


def test_plain_text_helper() -> None:
    (q,) = extract_quantities("Exports rose 7%.")
    assert (q.value, q.unit, q.change) == (7, "percent", "up")


@pytest.mark.parametrize(
    ("text", "value"),
    [("3,000", 3000), ("1.5", 1.5), ("1/2", 0.5), ("2½", 2.5), (".534", 0.534)],
)
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("forty-two", 42), ("two hundred and fifty", 250), ("four thousand", 4000), ("dozen", 12)],
)
def test_parse_words(text: str, value: float) -> None:
    assert parse_words(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("unit", "cqe"),
    [("USD", "dollar"), ("GBP per year", "pound sterling per year"), ("percent", "percentage"),
     ("kilometre", "kilometre"), (None, None), ("fraction of ferry", "% ferry"),
     ("fraction", "% -"), ("GBX", "penny")],
)  # fmt: skip
def test_cqe_unit_name(unit: str | None, cqe: str | None) -> None:
    assert cqe_unit_name(unit) == cqe


@pytest.mark.parametrize(
    ("surface", "cqe"), [("down 14p", "point"), ("212 p", "point"), ("40 pence", "penny")]
)
def test_cqe_names_the_symbol_p_a_point(surface: str, cqe: str) -> None:
    # The CQE ontology lists the symbol "p" under "point" before "penny".
    assert cqe_unit_name("GBX", surface) == cqe


@pytest.mark.parametrize(
    ("text", "iso", "cqe"),
    [("The levy is £4 a tonne.", "GBP per metric ton", "pound sterling per metric ton"),
     ("Turnout was 64 per cent.", "percent", "percentage"),
     ("The quay is 300 metres long.", "metre", "metre")],
)  # fmt: skip
def test_unit_names_option(text: str, iso: str, cqe: str) -> None:
    (default,) = extract_quantities(text)
    (named,) = extract_quantities(text, unit_names="cqe")
    assert (default.unit, named.unit) == (iso, cqe)
    assert with_unit_names((default,), "cqe") == (named,)
    assert with_unit_names((default,), "iso") == (default,)


def test_unit_names_option_rejects_unknown_names() -> None:
    with pytest.raises(ValueError, match="unit_names"):
        with_unit_names(extract_quantities("It cost $5."), "si")  # type: ignore[arg-type]


def test_quantities_alone_need_no_named_entities() -> None:
    # extract_quantities parses without NER; the article pipeline parses with it: the
    # quantities are the same, dates in noun phrases included
    text = (
        "Ticket sales in the third quarter rose 4 percent to $1.2 million, the ferry line "
        "said on Monday. NASA said they had spent $3 billion. Crews work 12 hours "
        "every single day."
    )
    article = Article(id="text", text=text, published="2026-03-17")
    assert extract_quantities(text) == extract_article(article).quantities
    assert "ner" not in load_nlp(entities=False).pipe_names
    assert "ner" in load_nlp().pipe_names
