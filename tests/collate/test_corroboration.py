"""Independent sources: outlets that relay one another count once."""

from __future__ import annotations

import pytest

from variorum.collate.corroboration import independent_count, independent_sources
from variorum.collate.types import RelayEdge


@pytest.mark.parametrize(
    ("outlets", "edges", "expected"),
    [
        (["A", "B", "C"], [], 3),
        (["A", "B", "C"], [("B", "A")], 2),
        (["A", "B", "C"], [("B", "A"), ("C", "B")], 1),
        (["B", "C"], [("B", "X"), ("C", "X")], 1),  # both relay a source that does not state it
        (["A", "B"], [("C", "D")], 2),  # edges between others do not matter
        ([], [("A", "B")], 0),
        (["A", "A", "B"], [], 2),
    ],
)
def test_independent_count(outlets: list[str], edges: list[tuple[str, str]], expected: int) -> None:
    assert independent_count(outlets, edges) == expected


def test_independent_sources_clusters_and_relay_edges() -> None:
    edge = RelayEdge("B", "A", "attribution", ())
    assert independent_sources(["C", "A", "B"], [edge]) == (("A", "B"), ("C",))
