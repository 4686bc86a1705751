"""Independent sources: outlets that relay one another count once."""

from __future__ import annotations

import pytest

from variorum.collate import collate_findings
from variorum.collate.corroboration import independent_count, independent_sources
from variorum.collate.types import RelayEdge
from variorum.model import Duplicate

from .collate_helpers import Builder


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


CLAIM = "The harbour authority fined the shipping line forty thousand euros on Friday."


def _claim_group_sources(*builders: Builder, duplicates: tuple[Duplicate, ...] = ()):  # type: ignore[no-untyped-def]
    for b in builders:
        b.claim("fined", "harbour authority", "fine", "shipping line")
    collation = collate_findings([b.build() for b in builders], duplicates=duplicates)
    [group] = [g for g in collation.claims if len(g.articles) == len(builders)]
    return next(c for c in collation.corroboration if c.claim == group.id)


def test_a_claim_credited_to_another_outlet_counts_for_that_outlet() -> None:
    post = Builder("p", CLAIM, "Harbour Post", "2026-03-14")
    bulletin = Builder("b", CLAIM[:-1] + ", the Harbour Post reported.", "Bulletin", "2026-03-15")
    herald = Builder("h", CLAIM, "Herald", "2026-03-15")
    bulletin.claims.clear()
    k = _claim_group_sources(post, bulletin, herald)
    assert (k.articles, k.independent) == (3, 2)
    assert ("Bulletin", "Harbour Post") in k.sources


def test_a_reprint_never_counts_twice_but_its_outlet_still_can() -> None:
    wire = Builder("w", CLAIM, "Wire", "2026-03-15")
    reprint = Builder("r", CLAIM, "Ledger", "2026-03-15")
    ledger = Builder("l", "Reporting on its own. " + CLAIM, "Ledger", "2026-03-17")
    k = _claim_group_sources(wire, reprint, ledger, duplicates=(Duplicate("r", "w", 0.95),))
    assert k.independent == 2
    assert ("Ledger", "Wire") in k.sources and ("Ledger",) in k.sources
