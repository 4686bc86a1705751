"""The claim-relation classifier on pairs written for these tests (no shared data)."""

from __future__ import annotations

import math

import pytest

from variorum.collate.claim_relation import (
    FEATURES,
    LEXICAL_WEIGHTS,
    RELATIONS,
    WEIGHTS,
    contested_language,
    features,
    relation,
    scores,
)

UNION = "The dockworkers' union said the strike at the Northgate terminal would end on Friday."


@pytest.mark.parametrize(
    ("a", "b", "cosine", "expected"),
    [
        (
            UNION,
            "The strike at the Northgate terminal will end on Friday, the dockworkers' union said.",
            None,
            "strengthen",
        ),
        (UNION, "The city zoo welcomed a baby giraffe on Tuesday.", None, "neither"),
        (
            UNION,
            "Terminal managers denied the strike would end Friday, but the union has not "
            "confirmed any date and the claim was false, they argued.",
            None,
            "weaken",
        ),
        (
            UNION,
            "The union's leaders confirmed the stoppage finishes at the end of the week.",
            0.85,
            "strengthen",
        ),
        (UNION, "Heavy rain flooded the ring road.", 0.05, "neither"),
        (
            UNION,
            "Managers denied the strike would end, but the union has not said so; it is false.",
            0.55,
            "weaken",
        ),
    ],
)
def test_relation(a: str, b: str, cosine: float | None, expected: str) -> None:
    assert relation(a, b, cosine) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The mayor opened a library.", 0),
        ("The mayor denied it, but the council did not agree.", 3),
        ("She didn't accept the allegations; in fact she disputed them.", 4),
        ("Prices fell however nobody was surprised.", 2),
    ],
)
def test_contested_language(text: str, count: int) -> None:
    assert contested_language(text) == count


@pytest.mark.parametrize("cosine", [None, 0.0, 0.4, 1.0])
def test_features_and_scores_are_well_formed(cosine: float | None) -> None:
    vector = features(UNION, "The union denied the strike would end.", cosine)
    assert len(vector) == len(FEATURES) == len(WEIGHTS) == len(LEXICAL_WEIGHTS)
    assert math.isnan(vector[1]) == (cosine is None)
    assert 0.0 <= vector[3] <= 1.0
    probabilities = scores(vector)
    assert len(probabilities) == len(RELATIONS)
    assert math.isclose(sum(probabilities), 1.0)


@pytest.mark.parametrize(("a", "b"), [(UNION, UNION), ("", ""), (UNION, "")])
def test_degenerate_pairs_give_a_relation(a: str, b: str) -> None:
    assert relation(a, b) in RELATIONS


@pytest.mark.parametrize("cosine", [None, 0.5])
def test_more_contested_language_never_lowers_weaken(cosine: float | None) -> None:
    calm = scores(features(UNION, "The union said the strike ends Friday.", cosine))
    heated = scores(
        features(UNION, "The union denied the strike ends Friday, but it was false.", cosine)
    )
    assert heated[RELATIONS.index("weaken")] > calm[RELATIONS.index("weaken")]
