"""Optional sentence embeddings: unit vectors when installed, a clear error when not."""

from __future__ import annotations

import pytest

from variorum import embed


def test_embeddings_are_unit_vectors_and_order_is_kept() -> None:
    if not embed.available():
        pytest.skip("embeddings not installed")
    texts = ["The dockworkers' strike ended.", "Port workers ended their walkout.", "Rain."]
    vectors = embed.embed(texts)
    assert vectors.shape == (3, embed.DIMENSIONS)
    assert abs(float((vectors[0] ** 2).sum()) - 1.0) < 1e-4
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    again = embed.embed(texts[::-1])
    assert abs(float(again[2] @ vectors[0]) - 1.0) < 1e-4


def test_available_is_a_bool() -> None:
    assert isinstance(embed.available(), bool)
