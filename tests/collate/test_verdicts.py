"""Verdicts on one aligned group: a negation or a date is a difference only between claims
that state the same thing, not between claims that merely share background words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from variorum.collate.verdicts import judge_group
from variorum.model import Claim, Span, Timex


def claim(article: str, text: str, *, negated: bool = False, names: tuple[str, ...] = ()) -> Claim:
    return Claim(
        article=article,
        sentence=Span(0, len(text)),
        text=text,
        subject=None,
        predicate=None,
        object=None,
        negated=negated,
        hedges=(),
        attributed_to=None,
        entities=names,
        quantities=(),
        timex=(),
    )


@pytest.mark.parametrize(
    ("plain", "negated", "names", "verdict"),
    [
        # the same statement, once denied: a conflict
        (
            "Halden Maritime paid the back wages to the dockworkers",
            "Halden Maritime never paid the back wages to the dockworkers",
            ("Halden Maritime",),
            "conflicting",
        ),
        # a short denial echoing a longer, different statement: no conflict
        (
            "The ballot was the third vote on a pay offer since the merger",
            "It was not the third vote",
            (),
            "agreed",
        ),
        # two words in common and no shared name: too little to call it the same claim
        (
            "The ferry sailed on time",
            "The ferry did not sail after the storm warning",
            (),
            "agreed",
        ),
        # the same two words about the same named thing: the same claim
        (
            "The Northgate terminal closed",
            "The Northgate terminal did not close",
            ("Northgate",),
            "conflicting",
        ),
    ],
)
def test_negation_conflicts_only_between_close_wordings(
    plain: str, negated: str, names: tuple[str, ...], verdict: str
) -> None:
    claims = [
        claim("a1", plain, names=names),
        claim("a2", negated, negated=True, names=names),
    ]
    texts = {"a1": plain, "a2": negated}
    result = judge_group(claims, [], {}, texts)
    assert result.verdict == verdict
    assert ("negation" in result.kinds) == (verdict == "conflicting")


def _dated(article: str, text: str, when: str, value: str) -> tuple[Claim, Timex]:
    claim_ = claim(article, text, names=("Carrow",))
    start = text.index(when)
    timex = Timex(article, Span(start, start + len(when)), when, "DATE", value, claim_.sentence)
    return replace(claim_, timex=(timex.span,)), timex


@pytest.mark.parametrize(
    ("first", "second", "published", "conflict"),
    [
        # a year left to the publication date: a year apart, two anniversaries
        (("on 25 June", "2009-06-25"), ("on 25 June", "2010-06-25"), "2010-07-01", False),
        # the same, published within days: one event, two dates
        (("on 25 June", "2009-06-25"), ("on 24 June", "2009-06-24"), "2009-06-27", True),
        # a year written out compares whenever it was published
        (("on 25 June 2009", "2009-06-25"), ("on 24 June", "2010-06-24"), "2010-07-01", True),
        # a year only one of them states: the other's was inferred, the day is the same
        (("on 25 June 2009", "2009-06-25"), ("on 25 June", "2010-06-25"), "2009-06-29", False),
        # the same relative words read against two days: a line relayed a day later
        (("this morning", "2011-02-20TMO"), ("this morning", "2011-02-21TMO"), "2009-06-27", False),
        # "the weekend" of two listings weeks apart: two weekends
        (("at the weekend", "2011-W35-WE"), ("at the weekend", "2011-W38-WE"), "2011-09-20", False),
    ],
)
def test_dates_left_to_the_publication_date_compare_only_between_close_articles(
    first: tuple[str, str], second: tuple[str, str], published: str, conflict: bool
) -> None:
    text = "The Carrow ferry sank {} with all its cargo aboard"
    a, ta = _dated("a1", text.format(first[0]), *first)
    b, tb = _dated("a2", text.format(second[0]), *second)
    c, tc = _dated("a3", text.format(first[0]), *first)
    texts = {x.article: x.text for x in (a, b, c)}
    timex = {(t.article, t.span): t for t in (ta, tb, tc)}
    dates = {"a1": "2009-06-26", "a3": "2009-06-26", "a2": published}
    result = judge_group([a, b, c], [], timex, texts, published=dates)
    assert (result.verdict == "conflicting") is conflict


@pytest.mark.parametrize(
    ("speakers", "conflict"),
    [
        (("Lena Marsh", "Tom Reyes"), False),  # two people's "I": two statements
        (("Lena Marsh", "Lena Marsh"), True),  # one person, said both ways
        (("I", "I"), False),  # no name: nothing says it is one person
    ],
)
def test_a_speakers_own_i_conflicts_only_with_the_same_speaker(
    speakers: tuple[str, str], conflict: bool
) -> None:
    plain = "I will sail again from the Carrow quay this spring"
    negated = "I will never sail again from the Carrow quay"
    claims = [
        replace(claim("a1", plain), subject="I", attributed_to=speakers[0]),
        replace(claim("a2", negated, negated=True), subject="I", attributed_to=speakers[1]),
    ]
    result = judge_group(claims, [], {}, {"a1": plain, "a2": negated})
    assert (result.verdict == "conflicting") is conflict
    assert ("negation" in result.kinds) is conflict


def test_claims_whose_sentences_hold_the_same_negation_do_not_differ_in_polarity() -> None:
    # The parse took the reporting clause for one claim and the quoted clause for the other.
    plain = "Okafor told the radio the offer does not add up for the Carrow crews"
    negated = "The offer doesn't add up for the Carrow crews, Okafor said"
    claims = [
        claim("a1", plain, names=("Carrow",)),
        claim("a2", negated, negated=True, names=("Carrow",)),
    ]
    result = judge_group(claims, [], {}, {"a1": plain, "a2": negated})
    assert "negation" not in result.kinds
