"""Verdicts on one aligned group: a negation or a date is a difference only between claims
that state the same thing, not between claims that merely share background words."""

from __future__ import annotations

import pytest

from variorum.collate.verdicts import judge_group
from variorum.model import Claim, Span


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
