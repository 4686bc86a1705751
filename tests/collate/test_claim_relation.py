"""The claim-relation classifier on pairs written for these tests (no shared data)."""

from __future__ import annotations

import math

import pytest

from variorum import embed
from variorum.collate._relation_embedding import (
    EmbeddingSignals,
    alignment_f1,
    embedding_signals,
)
from variorum.collate.claim_relation import (
    FEATURES,
    LEXICAL_WEIGHTS,
    RELATIONS,
    SIGNAL_WEIGHTS,
    WEIGHTS,
    contested_language,
    features,
    relation,
    relations,
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
    assert len(SIGNAL_WEIGHTS) == len(FEATURES)
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


CALM = "The union said the strike ends Friday."
DENIAL = "The union denied the strike ends Friday, but it was false."


@pytest.mark.parametrize(
    ("b", "signals", "expected"),
    [
        (
            "The strike at the Northgate terminal ends on Friday, the dockworkers' union said.",
            EmbeddingSignals(cosine=0.85, alignment=0.75, falsity=-0.01),
            "strengthen",
        ),
        (
            "Heavy rain flooded the ring road.",
            EmbeddingSignals(cosine=0.05, alignment=0.15, falsity=0.0),
            "neither",
        ),
        (
            "Terminal managers denied the strike would end Friday, but the union has not "
            "confirmed any date and the claim was false, they argued.",
            EmbeddingSignals(cosine=0.5, alignment=0.45, falsity=0.05),
            "weaken",
        ),
    ],
)
def test_relation_with_signals(b: str, signals: EmbeddingSignals, expected: str) -> None:
    assert relation(UNION, b, signals=signals) == expected


@pytest.mark.parametrize("text", [CALM, DENIAL])
def test_a_larger_falsity_shift_never_lowers_weaken(text: str) -> None:
    weaken = RELATIONS.index("weaken")
    low = scores(features(UNION, text, signals=EmbeddingSignals(0.5, 0.45, -0.02)))
    high = scores(features(UNION, text, signals=EmbeddingSignals(0.5, 0.45, 0.04)))
    assert high[weaken] > low[weaken]


def test_signals_supersede_the_cosine_argument() -> None:
    signals = EmbeddingSignals(cosine=0.3, alignment=0.4, falsity=0.01)
    vector = features(UNION, CALM, 0.9, signals)
    assert vector[1] == 0.3
    assert vector[4:] == (0.4, 0.01)


def test_relations_without_embeddings_match_relation() -> None:
    pairs = [(UNION, CALM), (UNION, DENIAL), (UNION, "Heavy rain flooded the ring road.")]
    assert relations(pairs, use_embeddings=False) == [relation(a, b) for a, b in pairs]


needs_embeddings = pytest.mark.skipif(
    not embed.available(), reason="sentence embeddings not installed"
)


@needs_embeddings
def test_embedding_signals_of_identical_and_unrelated_claims() -> None:
    same, unrelated = embedding_signals(
        [(UNION, UNION), (UNION, "Heavy rain flooded the ring road.")]
    )
    assert same.cosine == pytest.approx(1.0, abs=1e-4)
    assert same.alignment == pytest.approx(1.0, abs=1e-4)
    assert unrelated.cosine < 0.5
    assert unrelated.alignment < same.alignment


@needs_embeddings
def test_embedding_signals_match_the_sentence_embeddings() -> None:
    pairs = [(UNION, CALM), (DENIAL, UNION)]
    vectors = embed.embed([UNION, CALM, DENIAL])
    signals = embedding_signals(pairs)
    assert signals[0].cosine == pytest.approx(float(vectors[0] @ vectors[1]), abs=1e-4)
    assert signals[1].cosine == pytest.approx(float(vectors[2] @ vectors[0]), abs=1e-4)
    assert all(math.isfinite(s.falsity) for s in signals)
    expected = [relation(a, b, signals=s) for (a, b), s in zip(pairs, signals, strict=True)]
    assert relations(pairs) == expected


@pytest.mark.parametrize(
    ("a_rows", "b_rows", "expected"),
    [
        ([[1.0, 0.0], [0.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]], 1.0),
        ([[1.0, 0.0]], [[0.0, 1.0]], 0.0),
        # b restates half of a: recall 0.5, precision 1.0
        ([[1.0, 0.0], [0.0, 1.0]], [[1.0, 0.0]], 2 * 0.5 * 1.0 / 1.5),
    ],
)
def test_alignment_f1(
    a_rows: list[list[float]], b_rows: list[list[float]], expected: float
) -> None:
    np = pytest.importorskip("numpy")
    assert alignment_f1(np.array(a_rows), np.array(b_rows)) == pytest.approx(expected)
